// OutputStore's download queue: each Pending row fetched through /view (or its text
// written by the writer), hashed as it streams in, then checked and placed by the writer
// (outputstoreplacement.cpp); retries with backoff, and each job settled once all its
// files are stored or given up on.

#include "outputstore.h"

#include "comfyclient.h"
#include "futurecallback.h"
#include "libraryindex.h"
#include "outputstorefiles.h"

#include <QFileInfo>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Easel {

using namespace StoreFiles;

void OutputStore::enqueue(const OutputRecord &record)
{
    if (m_queued.contains(record.id))
        return;
    m_queued.insert(record.id);
    m_queue.append(record.id);
    m_records.insert(record.id, record);
    ++m_outstanding[record.promptId];
}

void OutputStore::pump()
{
    while (m_inFlight < m_maxInFlight && !m_queue.isEmpty()) {
        // Every queued row came from the writer as the index has it (Pending, its reserved
        // path free or its part file this process's): no read back, no look at the disk here.
        const qint64 id = m_queue.takeFirst();
        const auto record = m_records.constFind(id);
        if (record == m_records.cend())
            continue;
        download(*record);
    }
}

void OutputStore::download(const OutputRecord &record)
{
    ++m_inFlight;
    if (record.type == textOutputType) {
        onWriter([record](OutputStoreWriter &writer) { return writer.writeText(record); },
                 [this, record](const OutputStoreWriter::Placed &written) {
                     --m_inFlight;
                     if (written.size < 0)
                         failed(record, written.error);
                     else
                         stored(record, written.size, &written.media, written.path);
                     pump();
                 });
        return;
    }
    OutputFile file;
    file.filename = record.serverFileName;
    file.subfolder = record.subfolder;
    file.type = record.type;
    // Kept in memory up to viewInMemoryBytes, then handed to the writer, which writes it
    // once to its place or, when the library holds the bytes already, not at all. A larger
    // body streams into a hidden part file beside its place (never whole in memory), made
    // once the body outgrows memory, then checked against its type and renamed into place:
    // the path holds the whole file or nothing either way.
    const QString part = OutputStoreWriter::partPath(record.path);
    // A job's files together stay under bytesPerJob: this one may take what is left.
    const ProtocolLimits &limits = m_client->limits();
    const qint64 left = limits.bytesPerJob - m_jobBytes.value(record.promptId);
    const bool jobCapped = left < limits.viewBytes;
    // Run where the client finishes the download (this thread), without a watcher's
    // events: a finished download goes straight to the writer; a failure is taken on this
    // thread's next turn (the client is inside its own callback here).
    m_client->viewToFile(file, part, std::max<qint64>(left, 1), limits.viewInMemoryBytes)
        .then(QtFuture::Launch::Sync,
              [store = QPointer<OutputStore>(this), record, part, jobCapped,
               bytesPerJob = limits.bytesPerJob](const QFuture<Result<SavedFile>> &future) {
                  if (!store || future.resultCount() == 0)
                      return;
                  Result<SavedFile> result = future.result();
                  if (result.isOk()) {
                      // Hashed as it came in: straight to the writer, which checks the bytes
                      // against their type before they go anywhere.
                      SavedFile &saved = result.value();
                      store->place({record, part, saved.sha256, saved.size, std::move(saved.bytes), saved.inMemory});
                      return;
                  }
                  const bool overJob = jobCapped && result.error().kind() == ProtocolError::Kind::TooLarge;
                  const QString message = overJob ? tr("%1 would take the job past its limit of %2 bytes for all its files")
                                                        .arg(record.serverFileName)
                                                        .arg(bytesPerJob)
                                                  : result.error().message();
                  QMetaObject::invokeMethod(
                      store.data(),
                      [store, record, part, message] {
                          --store->m_inFlight;
                          store->failed(record, message, part);
                          store->pump();
                      },
                      Qt::QueuedConnection);
              });
}

void OutputStore::stored(const OutputRecord &record, qint64 size, const OutputRecord *media, const QString &path)
{
    m_jobBytes[record.promptId] += size;
    m_queued.remove(record.id);
    m_records.remove(record.id);
    m_sessionAttempts.remove(record.id);
    OutputRecord done = media ? *media : record;
    done.path = path.isEmpty() ? record.path : path;
    if (media && media->mediaState == OutputRecord::MediaState::Unreadable)
        qCInfo(lcOutputs) << "stored but unreadable" << record.path << media->mediaError;
    done.state = OutputRecord::State::Stored;
    done.size = size;
    done.storedAt = QDateTime::currentDateTimeUtc();
    emit outputStored(done);
    settleOne(record.promptId, true, {});
}

void OutputStore::failed(const OutputRecord &record, const QString &message, const QString &part)
{
    const int attempts = ++m_sessionAttempts[record.id];
    const int tries = record.attempts + 1; // as the index will have it
    if (const auto kept = m_records.find(record.id); kept != m_records.end())
        kept->attempts = tries;
    const bool retry = attempts < m_maxAttempts;
    qCInfo(lcOutputs) << "download failed" << record.serverFileName << message
                      << (retry ? "retrying" : "giving up until the next start");
    emit downloadFailed(record, message, retry);
    const qint64 id = record.id;
    if (retry) {
        // The part file stays: the next try truncates it (removing it on the writer could
        // land after that try has opened it again).
        onWriter([id, tries](OutputStoreWriter &writer) { writer.attemptFailed(id, tries, {}); });
        const int delay = int(std::min<qint64>(m_maxRetryMs, qint64(m_firstRetryMs) << (attempts - 1)));
        QTimer::singleShot(delay, this, [this, id] {
            m_queue.prepend(id);
            pump();
        });
        return;
    }
    // Stays Pending in the index: resumePending() on the next start tries again. Settled
    // once the writer has counted the try and removed the part file.
    m_queued.remove(id);
    m_records.remove(id);
    const QString promptId = record.promptId;
    const QString error = tr("Could not fetch %1: %2").arg(record.serverFileName, message);
    onWriter(
        [id, tries, part](OutputStoreWriter &writer) {
            writer.attemptFailed(id, tries, part);
            return true;
        },
        [this, promptId, error](bool) { settleOne(promptId, false, error); });
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
    m_storedBefore.remove(promptId);
}

} // namespace Easel
