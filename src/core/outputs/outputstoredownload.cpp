// OutputStore's download queue: each Pending row fetched through /view (or its text
// written), hashed as it streams in, then checked and placed on a worker
// (outputstoreplacement.cpp); retries with
// backoff, and each job settled once all its files are stored or given up on.

#include "outputstore.h"

#include "comfyclient.h"
#include "futurecallback.h"
#include "libraryindex.h"
#include "outputstorefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Easel {

using namespace StoreFiles;

void OutputStore::enqueue(const OutputRecord &record, bool fresh)
{
    if (m_queued.contains(record.id))
        return;
    m_queued.insert(record.id);
    m_queue.append(record.id);
    if (fresh)
        m_records.insert(record.id, record);
    ++m_outstanding[record.promptId];
}

void OutputStore::pump()
{
    while (m_inFlight < m_maxInFlight && !m_queue.isEmpty()) {
        // A row this store has just written is Pending, untagged and changed only here, so
        // the copy kept at enqueue is what the index has: no read back per file. Rows of an
        // earlier session are read (with their tags) as before.
        const qint64 id = m_queue.takeFirst();
        const std::optional<OutputRecord> record = m_records.contains(id)
                                                       ? std::optional(m_records.value(id))
                                                       : m_index->output(id);
        if (!record)
            continue;
        if (record->state == OutputRecord::State::Stored) {
            m_queued.remove(record->id);
            m_records.remove(record->id);
            settleOne(record->promptId, true, {});
            continue;
        }
        if (QFileInfo::exists(record->path)) {
            // Written before a crash or quit, but not yet marked: QSaveFile only ever
            // leaves a complete file at the reserved path.
            stored(*record, QFileInfo(record->path).size());
            continue;
        }
        download(*record);
    }
}

void OutputStore::download(const OutputRecord &record)
{
    ++m_inFlight;
    if (record.type == textOutputType) {
        // A text output: its text is in the row; only the file is written.
        const QByteArray bytes = record.text.toUtf8();
        onFinished(QtConcurrent::run([record, bytes] { return writeAndRead(record, bytes); }), this,
                   [this, record](const WriteResult &written) {
                       --m_inFlight;
                       if (written.size < 0)
                           failed(record, written.error);
                       else
                           stored(record, written.size, &written.media);
                       pump();
                   });
        return;
    }
    OutputFile file;
    file.filename = record.serverFileName;
    file.subfolder = record.subfolder;
    file.type = record.type;
    // Streamed into a hidden part file beside its place (never whole in memory), checked
    // against its type and renamed into place: the path holds the whole file or nothing.
    const QFileInfo target(record.path);
    if (!QDir().mkpath(target.absolutePath())) {
        --m_inFlight;
        failed(record, tr("Cannot create the folder %1").arg(target.absolutePath()));
        pump();
        return;
    }
    const QString part = target.absoluteDir().filePath(u"."_s + target.fileName() + u".part"_s);
    // A job's files together stay under bytesPerJob: this one may take what is left.
    const ProtocolLimits &limits = m_client->limits();
    const qint64 left = limits.bytesPerJob - m_jobBytes.value(record.promptId);
    const bool jobCapped = left < limits.viewBytes;
    onFinished(m_client->viewToFile(file, part, std::max<qint64>(left, 1)), this,
               [this, record, part, jobCapped, limits](const Result<SavedFile> &result) {
        if (!result.isOk()) {
            QFile::remove(part);
            --m_inFlight;
            const bool overJob = jobCapped && result.error().kind() == ProtocolError::Kind::TooLarge;
            failed(record, overJob ? tr("%1 would take the job past its limit of %2 bytes for all its files")
                                         .arg(record.serverFileName)
                                         .arg(limits.bytesPerJob)
                                   : result.error().message());
            pump();
            return;
        }
        // Hashed as it streamed in: straight to placement, whose worker checks the file
        // against its type before it goes anywhere (one worker hop per file, not two).
        place(record, part, result.value().sha256, result.value().size);
    });
}

void OutputStore::stored(const OutputRecord &record, qint64 size, const OutputRecord *media,
                         const QByteArray &sha256, const QString &path, bool marked)
{
    m_jobBytes[record.promptId] += size;
    m_queued.remove(record.id);
    m_records.remove(record.id);
    m_sessionAttempts.remove(record.id);
    const QString at = path.isEmpty() ? record.path : path;
    OutputRecord done = media ? *media : record;
    done.path = at;
    if (!marked) {
        // The row's Stored state and its media facts in one commit (two cost a WAL commit
        // each per file). marked: the content claim wrote both already, in its commit.
        const bool batch = media && m_index->transaction();
        if (!m_index->markStoredAs(record.id, size, sha256, at))
            qCWarning(lcOutputs) << "cannot mark stored" << at << m_index->errorString();
        if (media && !m_index->setMediaInfo(record.id, *media))
            qCWarning(lcOutputs) << "cannot record media of" << record.path << m_index->errorString();
        if (batch && !m_index->commit())
            qCWarning(lcOutputs) << "cannot commit the library index" << m_index->errorString();
    }
    if (media && media->mediaState == OutputRecord::MediaState::Unreadable)
        qCInfo(lcOutputs) << "stored but unreadable" << record.path << media->mediaError;
    done.state = OutputRecord::State::Stored;
    done.size = size;
    done.storedAt = QDateTime::currentDateTimeUtc();
    emit outputStored(done);
    settleOne(record.promptId, true, {});
}

void OutputStore::failed(const OutputRecord &record, const QString &message)
{
    const int attempts = ++m_sessionAttempts[record.id];
    m_index->markAttemptFailed(record.id, record.attempts + 1);
    if (const auto kept = m_records.find(record.id); kept != m_records.end())
        kept->attempts = record.attempts + 1; // as the index now has it
    const bool retry = attempts < m_maxAttempts;
    qCInfo(lcOutputs) << "download failed" << record.serverFileName << message
                      << (retry ? "retrying" : "giving up until the next start");
    emit downloadFailed(record, message, retry);
    if (!retry) {
        // Stays Pending in the index: resumePending() on the next start tries again.
        m_queued.remove(record.id);
        m_records.remove(record.id);
        settleOne(record.promptId, false,
                  tr("Could not fetch %1: %2").arg(record.serverFileName, message));
        return;
    }
    const int delay = int(std::min<qint64>(m_maxRetryMs, qint64(m_firstRetryMs) << (attempts - 1)));
    const qint64 id = record.id;
    QTimer::singleShot(delay, this, [this, id] {
        m_queue.prepend(id);
        pump();
    });
}

void OutputStore::settleOne(const QString &promptId, bool ok, const QString &error)
{
    if (!ok) {
        ++m_failures[promptId];
        m_lastError[promptId] = error;
    }
    auto it = m_outstanding.find(promptId);
    if (it == m_outstanding.end())
        return;
    if (--it.value() > 0)
        return;
    m_outstanding.erase(it);
    m_jobBytes.remove(promptId);
    const int failures = m_failures.take(promptId);
    emit jobSettled(promptId, failures, m_lastError.take(promptId));
}

} // namespace Easel
