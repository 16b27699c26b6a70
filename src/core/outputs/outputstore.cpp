#include "outputstore.h"

#include "comfyclient.h"
#include "contentclaims.h"
#include "futurecallback.h"
#include "libraryindex.h"
#include "mediainfo.h"
#include "outputintegrity.h"
#include "promptfacts.h"
#include "safefilename.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOutputs, "easel.outputs")

namespace Easel {

namespace {

struct WriteResult
{
    qint64 size = -1;
    QString error;
    OutputRecord media; // what the written file holds (readMediaInfo)
    QString path;       // where the bytes are: the reserved path or a shared file
    bool staleShared = false; // the shared candidate no longer held the bytes
};

// A finished and checked download renamed into place (on a worker thread: it touches the
// disk).
WriteResult placeDownload(const QString &part, const QString &path)
{
    WriteResult result;
    const qint64 size = QFileInfo(part).size();
    QFile::remove(path); // only our own complete copy can be there (the path is reserved)
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        result.error = QCoreApplication::translate("Easel::OutputStore",
                                                   "Cannot move the download into place at %1")
                           .arg(path);
        return result;
    }
    result.size = size;
    return result;
}

// The SHA-256 and size of a file, read in blocks (never whole in memory); empty when it
// cannot be read.
struct FileDigest
{
    QByteArray sha256;
    qint64 size = -1;
};

FileDigest digestOf(const QString &path)
{
    FileDigest digest;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return digest;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return digest;
    digest.sha256 = hash.result();
    digest.size = file.size();
    return digest;
}

// A finished download checked against its type, and hashed: on a worker thread.
struct CheckedDownload
{
    FileDigest digest;
    QString error;
};

CheckedDownload checkDownload(const QString &serverFileName, const QString &part)
{
    CheckedDownload result;
    if (const QString problem = outputFileProblem(serverFileName, part); !problem.isEmpty()) {
        QFile::remove(part);
        result.error = problem;
        return result;
    }
    result.digest = digestOf(part);
    return result;
}

// QSaveFile writes beside the target and renames on commit: the path either holds the
// whole file or nothing (text outputs, which Easel writes itself).
WriteResult writeAtomically(const QString &path, const QByteArray &bytes)
{
    WriteResult result;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        result.error = QCoreApplication::translate("Easel::OutputStore", "Cannot create the folder %1")
                           .arg(QFileInfo(path).absolutePath());
        return result;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        result.error = QCoreApplication::translate("Easel::OutputStore", "Cannot write %1: %2")
                           .arg(path, file.errorString());
        return result;
    }
    result.size = bytes.size();
    return result;
}

// Writes (text) or places (downloads) the file, then reads what it holds, both on the
// worker: the index gets the kind, size, frames, duration and codec with the row that
// says Stored.
WriteResult writeAndRead(const OutputRecord &record, const QByteArray &bytes)
{
    WriteResult result = writeAtomically(record.path, bytes);
    if (result.size >= 0)
        result.media = readMediaInfo(record);
    return result;
}

// The download's place: the file of an earlier output with the same bytes when that file
// still holds them (size and hash read again: it may have been edited or replaced since it
// was stored), else its own reserved path.
WriteResult placeOrShare(const OutputRecord &record, const QString &part, const FileDigest &digest,
                         const QString &shared)
{
    WriteResult result;
    if (!shared.isEmpty()) {
        const QFileInfo existing(shared);
        const bool same = existing.isFile() && existing.size() == digest.size
                          && digestOf(shared).sha256 == digest.sha256;
        if (same) {
            QFile::remove(part);
            result.size = digest.size;
            result.path = shared;
            OutputRecord at = record;
            at.path = shared;
            result.media = readMediaInfo(at);
            result.media.path = shared;
            return result;
        }
        result.staleShared = true;
    }
    const bool stale = result.staleShared;
    result = placeDownload(part, record.path);
    result.staleShared = stale;
    result.path = record.path;
    if (result.size >= 0)
        result.media = readMediaInfo(record);
    return result;
}

} // namespace

QString OutputStore::boundedText(const QString &text)
{
    if (text.size() <= maxTextChars)
        return text;
    // A node that prints a whole tensor or a log can send megabytes of text: the library
    // keeps the first part and says what was cut, so memory and the index stay bounded.
    return text.left(maxTextChars) + u"\n\n"_s
           + QCoreApplication::translate("Easel::OutputStore",
                                         "[Easel kept the first %1 of %2 characters of this text]")
                 .arg(maxTextChars)
                 .arg(text.size());
}

OutputStore::OutputStore(ComfyClient *client, const QString &libraryDirectory, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_index(std::make_unique<LibraryIndex>(libraryDirectory))
{
    qRegisterMetaType<Easel::OutputRecord>();
    // Queued: a waiter retries on its own thread's next turn, never inside the releasing
    // store's callback.
    connect(ContentClaims::instance(), &ContentClaims::released, this, &OutputStore::placeWaiting,
            Qt::QueuedConnection);
}

OutputStore::~OutputStore()
{
    // Placements still running go with this store: other stores waiting for the same
    // bytes must not wait for ever.
    for (const QByteArray &sha256 : std::as_const(m_claimed))
        ContentClaims::instance()->release(m_libraryKey, sha256);
}

void OutputStore::beginBatch()
{
    if (!m_batchOpen)
        m_batchOpen = m_index->transaction(); // without one, each write commits by itself
}

void OutputStore::commitBatch()
{
    if (!m_batchOpen)
        return;
    m_batchOpen = false;
    if (!m_index->commit())
        qCWarning(lcOutputs) << "cannot commit the library index" << m_index->errorString();
}

bool OutputStore::open()
{
    return m_index->open();
}

QString OutputStore::errorString() const
{
    return m_index->errorString();
}

QString OutputStore::libraryDirectory() const
{
    return m_index->libraryDirectory();
}

QString OutputStore::server() const
{
    return m_client->baseUrl().toString();
}

void OutputStore::setRetryDelays(int firstMs, int maxMs)
{
    m_firstRetryMs = firstMs;
    m_maxRetryMs = maxMs;
}

void OutputStore::recordJob(const QString &promptId, const QByteArray &apiJson,
                            const QByteArray &workflowJson, const QByteArray &baseApiJson,
                            const QString &workflowName)
{
    JobRecord job;
    job.promptId = promptId;
    job.server = server();
    job.apiJson = apiJson;
    job.workflowJson = workflowJson;
    job.changedInputs = changedInputs(baseApiJson, apiJson);
    const QString pendingName = m_pendingNames.take(promptId);
    job.workflowName = workflowName.isEmpty() ? pendingName : workflowName;
    job.submittedAt = QDateTime::currentDateTimeUtc();
    // Committed at once, before the caller posts the prompt: should Easel die the moment
    // the server has it, the next start still fetches its outputs (recoverUnfetchedJobs).
    if (!m_index->addJob(job))
        qCWarning(lcOutputs) << "cannot record job" << promptId << m_index->errorString();
    if (m_recentJobs.size() >= 4096)
        m_recentJobs.clear(); // jobs that never reached history (forgotten, rejected)
    m_recentJobs.insert(promptId, {apiJson, job.workflowName});
}

void OutputStore::setWorkflowName(const QString &promptId, const QString &name)
{
    if (promptId.isEmpty() || name.isEmpty())
        return;
    const auto recent = m_recentJobs.find(promptId);
    if (recent != m_recentJobs.end() && recent->workflowName.isEmpty())
        recent->workflowName = name; // as the index does: only where no name was given
    if (recent != m_recentJobs.end() || m_index->job(promptId)) {
        if (!m_index->setWorkflowName(promptId, name))
            qCWarning(lcOutputs) << "cannot name job" << promptId << m_index->errorString();
        return;
    }
    m_pendingNames.insert(promptId, name);
}

QString OutputStore::reservePath(const QString &serverFileName, const QString &promptId) const
{
    const QString name = safeFileName(serverFileName);
    const QFileInfo info(name);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    const QDir dir(m_index->libraryDirectory());
    const auto free = [&](const QString &path) {
        return !QFileInfo::exists(path) && !m_index->isPathTaken(path);
    };
    // The server's name, else the name marked with the job ("name (1a2b3c4d).png"), else
    // with a random tag: a constant number of looks whatever the library holds. Probing
    // "name (1)", "name (2)", ... cost one look per earlier copy: ~500 per job after 1,000
    // fully cached jobs that all report the same file.
    QString candidate = dir.filePath(name);
    if (free(candidate))
        return candidate;
    const QString job = promptId.left(8);
    if (!job.isEmpty()) {
        candidate = dir.filePath(u"%1 (%2)%3"_s.arg(base, job, suffix));
        if (free(candidate))
            return candidate;
    }
    for (;;) {
        const QString tag = QString::number(QRandomGenerator::global()->generate(), 36);
        candidate = dir.filePath(u"%1 (%2)%3"_s.arg(base, job.isEmpty() ? tag : job + u'-' + tag, suffix));
        if (free(candidate))
            return candidate;
    }
}

int OutputStore::addHistoryEntry(const HistoryEntry &entry)
{
    QByteArray apiJson;
    QString workflowName;
    if (const auto recent = m_recentJobs.constFind(entry.promptId); recent != m_recentJobs.cend()) {
        apiJson = recent->apiJson;
        workflowName = recent->workflowName;
    } else if (const std::optional<JobRecord> job = m_index->job(entry.promptId)) {
        apiJson = job->apiJson;
        workflowName = job->workflowName;
    } else {
        // Not queued by this library (or its record was lost): keep what history knows.
        JobRecord known;
        known.promptId = entry.promptId;
        known.server = server();
        known.apiJson = QJsonDocument(entry.prompt).toJson(QJsonDocument::Compact);
        const QJsonObject workflow = entry.extraData.value("extra_pnginfo"_L1).toObject()
                                         .value("workflow"_L1).toObject();
        if (!workflow.isEmpty())
            known.workflowJson = QJsonDocument(workflow).toJson(QJsonDocument::Compact);
        known.changedInputs = "{}";
        beginBatch();
        m_index->addJob(known);
        apiJson = known.apiJson;
    }
    const PromptFacts facts = promptFacts(apiJson);
    const QDateTime createdAt = entry.startTimestampMs > 0
                                    ? QDateTime::fromMSecsSinceEpoch(entry.startTimestampMs, Qt::UTC)
                                    : QDateTime::currentDateTimeUtc();
    beginBatch();
    QList<OutputRecord> added;
    bool allNew = true;
    for (const NodeOutput &node : entry.outputs) {
        int textIndex = 0;
        for (const TypedOutput &output : typedOutputs(node)) {
            OutputRecord record;
            record.server = server();
            record.promptId = entry.promptId;
            record.nodeId = node.nodeId;
            record.kind = output.kind;
            if (output.hasFile()) {
                record.serverFileName = output.file.filename;
                record.subfolder = output.file.subfolder;
                record.type = output.file.type;
                record.path = reservePath(output.file.filename, entry.promptId);
            } else if (output.kind == MediaKind::Text) {
                // No file on the server: Easel writes the text into the library as a .txt
                // file, so a text output can be opened, dragged out and found like any
                // other. The name is made here, unique within the job.
                ++textIndex;
                record.serverFileName = u"text_%1_%2.txt"_s.arg(safeFileName(node.nodeId)).arg(textIndex);
                record.type = textOutputType;
                record.path = reservePath(u"%1_%2"_s.arg(entry.promptId.left(8), record.serverFileName), entry.promptId);
                record.text = boundedText(output.text);
            } else {
                continue; // a key Easel does not know: kept in the entry's raw JSON only
            }
            record.createdAt = createdAt;
            record.seed = facts.seed;
            record.promptText = facts.promptText;
            record.workflowName = workflowName;
            record.id = m_index->addPendingOutput(record); // 0 when already known: no duplicate
            if (record.id == 0)
                allNew = false;
            else
                added.append(record);
        }
    }
    m_index->markJobFetched(entry.promptId);
    m_recentJobs.remove(entry.promptId);
    // Every Pending row (with the path it reserves) is committed before its file is written.
    commitBatch();
    if (allNew) {
        // The rows just written, as the index holds them: no need to read them back.
        for (const OutputRecord &record : std::as_const(added))
            enqueue(record);
    } else {
        // History read again: some files are known already, stored or still owed.
        for (const OutputRecord &record : m_index->outputsOfJob(entry.promptId)) {
            if (record.state == OutputRecord::State::Pending)
                enqueue(record, false);
        }
    }
    pump();
    return m_outstanding.value(entry.promptId);
}

void OutputStore::fetchJob(const QString &promptId)
{
    if (m_fetchingJobs.contains(promptId))
        return;
    m_fetchingJobs.insert(promptId);
    onFinished(m_client->historyEntry(promptId), this,
               [this, promptId](const Result<QList<HistoryEntry>> &result) {
                   m_fetchingJobs.remove(promptId);
                   // Empty: still queued or running, or the server forgot it; asked again later.
                   if (result.isOk() && !result.value().isEmpty())
                       addHistoryEntry(result.value().constFirst());
               });
}

void OutputStore::resumePending()
{
    for (const OutputRecord &record : m_index->pendingOutputs(server()))
        enqueue(record, false);
    pump();
}

void OutputStore::recoverUnfetchedJobs(const QSet<QString> &except)
{
    for (const QString &promptId : m_index->unfetchedJobs(server())) {
        if (!except.contains(promptId))
            fetchJob(promptId);
    }
}

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
               [this, record, part, jobCapped, limits](const Result<qint64> &result) {
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
        onFinished(QtConcurrent::run([record, part] { return checkDownload(record.serverFileName, part); }),
                   this, [this, record, part](const CheckedDownload &checked) {
                       if (checked.digest.size < 0) {
                           QFile::remove(part);
                           --m_inFlight;
                           failed(record, checked.error.isEmpty()
                                              ? tr("Cannot read the download of %1").arg(record.serverFileName)
                                              : checked.error);
                           pump();
                           return;
                       }
                       place(record, part, checked.digest.sha256, checked.digest.size);
                   });
    });
}

void OutputStore::place(const OutputRecord &record, const QString &part, const QByteArray &sha256,
                        qint64 size)
{
    // One placement per content and library at a time, across every store of the process
    // (a farm has one per server, all writing into the same folder): a second identical
    // download waits for the first to be stored, then shares its file instead of making a
    // second copy.
    if (m_libraryKey.isEmpty())
        m_libraryKey = ContentClaims::libraryKey(libraryDirectory());
    if (!ContentClaims::instance()->claim(m_libraryKey, sha256)) {
        m_waitingToPlace.append({record, part, sha256, size});
        return;
    }
    m_claimed.insert(sha256);
    const QString shared = m_index->storedWithHash(sha256, size);
    const FileDigest digest{sha256, size};
    onFinished(QtConcurrent::run([record, part, digest, shared] { return placeOrShare(record, part, digest, shared); }),
               this, [this, record, sha256, shared](const WriteResult &written) {
                   --m_inFlight;
                   if (written.staleShared) {
                       qCInfo(lcOutputs) << "not sharing" << shared << "- it changed or went away since it was stored";
                       m_index->forgetHash(shared);
                   }
                   if (written.size < 0)
                       failed(record, written.error);
                   else
                       stored(record, written.size, &written.media, sha256, written.path);
                   // Released once the row is Stored (committed): those that waited for
                   // these bytes, in this store or another, now find the stored file.
                   m_claimed.remove(sha256);
                   ContentClaims::instance()->release(m_libraryKey, sha256);
                   pump();
               });
}

void OutputStore::placeWaiting(const QString &library, const QByteArray &sha256)
{
    if (library != m_libraryKey)
        return;
    QList<WaitingPlacement> waiting;
    for (qsizetype i = 0; i < m_waitingToPlace.size();) {
        if (m_waitingToPlace.at(i).sha256 == sha256)
            waiting.append(m_waitingToPlace.takeAt(i));
        else
            ++i;
    }
    // The first claims the bytes again; the rest wait for that placement.
    for (const WaitingPlacement &w : std::as_const(waiting))
        place(w.record, w.part, w.sha256, w.size);
}

void OutputStore::stored(const OutputRecord &record, qint64 size, const OutputRecord *media,
                         const QByteArray &sha256, const QString &path)
{
    m_jobBytes[record.promptId] += size;
    m_queued.remove(record.id);
    m_records.remove(record.id);
    m_sessionAttempts.remove(record.id);
    const QString at = path.isEmpty() ? record.path : path;
    if (!m_index->markStoredAs(record.id, size, sha256, at))
        qCWarning(lcOutputs) << "cannot mark stored" << at << m_index->errorString();
    OutputRecord done = media ? *media : record;
    done.path = at;
    if (media && !m_index->setMediaInfo(record.id, *media))
        qCWarning(lcOutputs) << "cannot record media of" << record.path << m_index->errorString();
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
