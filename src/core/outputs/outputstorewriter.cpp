#include "outputstorewriter.h"

#include "contentclaims.h"
#include "libraryindex.h"
#include "libraryowner.h"
#include "mediainfo.h"
#include "outputintegrity.h"
#include "outputstore.h"
#include "outputstorefiles.h"
#include "promptfacts.h"
#include "safefilename.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Easel {

using namespace StoreFiles;

namespace {

// Another process storing the same bytes again and again while this one checks its file
// (each time changed on disk) would otherwise keep the placement going: after this many
// rounds the output keeps its own copy.
constexpr int maxClaimRounds = 3;

} // namespace

OutputStoreWriter::OutputStoreWriter(QString libraryDirectory, QString databasePath, QString owner)
    : m_libraryDirectory(std::move(libraryDirectory))
    , m_databasePath(std::move(databasePath))
    , m_owner(std::move(owner))
{}

OutputStoreWriter::~OutputStoreWriter() = default;

QString OutputStoreWriter::partPath(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return path.left(slash + 1) + u'.' + path.mid(slash + 1) + u".part"_s;
}

void OutputStoreWriter::post(QObject *answerTo, Task task)
{
    bool wake = false;
    {
        const QMutexLocker lock(&m_tasksLock);
        wake = m_tasks.isEmpty(); // else a drain is due and takes this task too
        m_answerTo = answerTo;
        m_tasks.append(std::move(task));
    }
    if (wake)
        QMetaObject::invokeMethod(this, &OutputStoreWriter::drain, Qt::QueuedConnection);
}

void OutputStoreWriter::drain()
{
    QList<Task> tasks;
    QObject *answerTo = nullptr;
    {
        const QMutexLocker lock(&m_tasksLock);
        tasks.swap(m_tasks);
        answerTo = m_answerTo;
    }
    QList<Answer> answers;
    const auto finish = [&answers](const Finish &finished, const QString &notCommitted) {
        if (Answer answer = finished ? finished(notCommitted) : Answer(); answer)
            answers.append(std::move(answer));
    };
    for (qsizetype i = 0; i < tasks.size();) {
        qsizetype end = i;
        while (end < tasks.size() && tasks.at(end).groupable)
            ++end;
        // A job's row, the Pending rows of the entry before it, the Stored row of a download
        // placed meanwhile: one commit instead of one each (issue 17: a commit's WAL frames
        // and its pages rewritten were most of this thread's time). The operations' own
        // transactions nest inside this one (LibraryIndex::transaction).
        if (end - i >= 2 && ensureOpen() && m_index->transaction()) {
            QList<Finish> finishes;
            finishes.reserve(end - i);
            for (; i < end; ++i)
                finishes.append(tasks.at(i).run(*this));
            const QString notCommitted = m_index->commit() ? QString() : m_index->errorString();
            if (!notCommitted.isEmpty())
                qCWarning(lcOutputs)
                    << "cannot commit" << finishes.size() << "library writes:" << notCommitted;
            for (const Finish &finished : std::as_const(finishes))
                finish(finished, notCommitted);
            continue;
        }
        finish(tasks.at(i).run(*this), {});
        ++i;
    }
    if (!answers.isEmpty() && answerTo) {
        QMetaObject::invokeMethod(
            answerTo,
            [answers = std::move(answers)] {
                for (const Answer &answer : answers)
                    answer();
            },
            Qt::QueuedConnection);
    }
}

void OutputStoreWriter::uncommitted(bool &added, const QString &)
{
    added = false;
}

void OutputStoreWriter::uncommitted(RecordedEntry &recorded, const QString &error)
{
    // None of its rows is in the index: nothing to fetch (a Pending row of an earlier
    // commit is fetched on the next start).
    recorded.added.clear();
    recorded.resumed.clear();
    recorded.error = error;
}

void OutputStoreWriter::uncommitted(PlacedBytes &placed, const QString &error)
{
    // The row is still Pending: the store tries again (writing the file again at its own
    // reserved path), or the next start marks the file found there Stored.
    placed.size = -1;
    placed.error = error;
}

bool OutputStoreWriter::open()
{
    if (m_index)
        return true;
    if (m_lastOpenTry.isValid() && !m_lastOpenTry.hasExpired(retryOpenMs))
        return false; // failed a moment ago: each call would wait the busy timeout again
    m_lastOpenTry.start();
    auto index = std::make_unique<LibraryIndex>(m_libraryDirectory, m_databasePath);
    if (!index->open()) {
        m_openError = index->errorString();
        if (!m_failureSaid) {
            m_failureSaid = true;
            // Said to the user by the store's owner (libraryFailed); logged here for the record.
            qCInfo(lcOutputs) << "cannot open the library index" << m_databasePath << m_openError;
            emit openFailed(m_openError);
        }
        return false;
    }
    index->setOwner(m_owner);
    m_index = std::move(index);
    m_openError.clear();
    // The Pending rows this writer records are this process's until it ends (LibraryOwner).
    if (!m_ownerHeld) {
        m_ownerHeld = true;
        if (!LibraryOwner::hold(m_libraryDirectory))
            qCWarning(lcOutputs) << "cannot hold the library's owner lock in" << m_libraryDirectory;
    }
    emit opened(ContentClaims::libraryKey(m_libraryDirectory));
    return true;
}

QString OutputStoreWriter::errorString() const
{
    return m_index ? m_index->errorString() : m_openError;
}

void OutputStoreWriter::close()
{
    m_index.reset(); // on this thread: a connection never leaves the thread that made it
    if (m_ownerHeld) {
        m_ownerHeld = false;
        LibraryOwner::release(m_libraryDirectory);
    }
}

bool OutputStoreWriter::addJob(JobRecord job, const QByteArray &baseApiJson, const std::optional<QJsonObject> &api)
{
    if (!ensureOpen())
        return false;
    // The job's prompt parsed once here at most (not at all when the caller parsed it): its
    // changed inputs and the facts its outputs get when its history entry is recorded.
    const QJsonObject prompt = api ? *api : parsePrompt(job.apiJson);
    if (baseApiJson.isEmpty()) {
        job.changedInputs = "{}";
    } else {
        if (baseApiJson != m_baseApiJson) {
            m_baseApiJson = baseApiJson;
            m_baseApi = parsePrompt(baseApiJson);
        }
        job.changedInputs = changedInputs(m_baseApi, prompt);
    }
    if (m_jobFacts.size() >= 4096)
        m_jobFacts.clear(); // jobs that never reached history (forgotten, rejected)
    m_jobFacts.insert(job.promptId, {job.apiJson, promptFacts(job.apiJson, prompt)});
    if (m_index->addJob(job))
        return true;
    qCWarning(lcOutputs) << "cannot record job" << job.promptId << m_index->errorString();
    return false;
}

void OutputStoreWriter::setWorkflowName(const QString &promptId, const QString &name)
{
    if (ensureOpen() && !m_index->setWorkflowName(promptId, name))
        qCWarning(lcOutputs) << "cannot name job" << promptId << m_index->errorString();
}

QString OutputStoreWriter::reservePath(const QString &serverFileName, const QString &promptId) const
{
    const QString name = safeFileName(serverFileName);
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
    // Split only when the name is taken (most names are free).
    const QFileInfo info(name);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
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

OutputStoreWriter::RecordedEntry OutputStoreWriter::recordEntry(const HistoryEntry &entry, QList<OutputRecord> records,
                                                                QByteArray apiJson, QString workflowName,
                                                                const QString &server)
{
    RecordedEntry recorded;
    if (!ensureOpen()) {
        recorded.error = errorString();
        return recorded;
    }
    if (!m_index->transaction()) {
        recorded.error = m_index->errorString();
        return recorded;
    }
    std::optional<PromptFacts> facts;
    if (apiJson.isEmpty()) {
        if (const std::optional<JobRecord> job = m_index->job(entry.promptId)) {
            apiJson = job->apiJson;
            workflowName = job->workflowName;
        } else {
            // Not queued by this library (or its record was lost): keep what history knows.
            JobRecord known;
            known.promptId = entry.promptId;
            known.server = server;
            known.apiJson = QJsonDocument(entry.prompt).toJson(QJsonDocument::Compact);
            const QJsonObject workflow = entry.extraData.value("extra_pnginfo"_L1).toObject()
                                             .value("workflow"_L1).toObject();
            if (!workflow.isEmpty())
                known.workflowJson = QJsonDocument(workflow).toJson(QJsonDocument::Compact);
            known.changedInputs = "{}";
            m_index->addJob(known);
            apiJson = known.apiJson;
            facts = promptFacts(apiJson, entry.prompt); // the entry's prompt, parsed already
        }
    }
    if (!facts) {
        // From addJob's parse when this writer recorded the job with this very prompt; else
        // (a job resumed after a restart: the index's row only) read from the prompt.
        const auto known = m_jobFacts.constFind(entry.promptId);
        facts = known != m_jobFacts.cend() && known->apiJson == apiJson ? known->facts : promptFacts(apiJson);
    }
    m_jobFacts.remove(entry.promptId);
    bool allNew = true;
    for (OutputRecord &record : records) {
        // A text output's name is made by the store, unique within the job; the job's
        // mark keeps it apart from other jobs' texts.
        record.path = reservePath(record.type == OutputStore::textOutputType
                                      ? u"%1_%2"_s.arg(entry.promptId.left(8), record.serverFileName)
                                      : record.serverFileName,
                                  entry.promptId);
        record.seed = facts->seed;
        record.promptText = facts->promptText;
        record.workflowName = workflowName;
        record.id = m_index->addPendingOutput(record); // 0 when already known: no duplicate
        if (record.id == 0)
            allNew = false;
        else
            recorded.added.append(record);
    }
    m_index->markJobFetched(entry.promptId);
    // Every Pending row (with the path it reserves) is committed before its file is written.
    // No part file is made here: most downloads stay in memory and need none (placeBytes),
    // and an empty file per output was a third of this thread's time (a new inode each).
    if (!m_index->commit()) {
        recorded.error = m_index->errorString();
        recorded.added.clear();
        return recorded;
    }
    if (!allNew) {
        // History read again: some files are known already, stored or still owed. Those
        // owed are fetched here unless another live process fetches them (LibraryOwner).
        QSet<qint64> added;
        for (const OutputRecord &record : std::as_const(recorded.added))
            added.insert(record.id);
        const QString library = m_libraryDirectory;
        for (const OutputRecord &record : m_index->takePendingOutputs(server, entry.promptId, [library](const QString &owner) {
                 return LibraryOwner::isAlive(library, owner);
             })) {
            if (!added.contains(record.id))
                recorded.resumed.append(record);
        }
        for (const OutputRecord &record : m_index->outputsOfJob(entry.promptId)) {
            if (record.state == OutputRecord::State::Stored)
                recorded.storedBefore.append(record);
        }
    }
    return recorded;
}

OutputStoreWriter::Resumed OutputStoreWriter::takePending(const QString &server)
{
    Resumed resumed;
    if (!ensureOpen())
        return resumed;
    const QString library = m_libraryDirectory;
    const QList<OutputRecord> rows = m_index->takePendingOutputs(server, {}, [library](const QString &owner) {
        return LibraryOwner::isAlive(library, owner);
    });
    for (OutputRecord record : rows) {
        const QFileInfo info(record.path);
        if (!info.exists()) {
            // A part file of an earlier session's download, cut off: a download kept in
            // memory this time would never reuse (and so never remove) it.
            QFile::remove(partPath(record.path));
            resumed.owed.append(record);
            continue;
        }
        markStored(record, info.size(), {}, record.path, nullptr);
        record.state = OutputRecord::State::Stored;
        record.size = info.size();
        resumed.stored.append(record);
    }
    return resumed;
}

QStringList OutputStoreWriter::unfetchedJobs(const QString &server)
{
    return ensureOpen() ? m_index->unfetchedJobs(server) : QStringList();
}

void OutputStoreWriter::markStored(const OutputRecord &record, qint64 size, const QByteArray &sha256,
                                   const QString &path, const OutputRecord *media)
{
    // The row's Stored state and its media facts in one statement (one commit).
    if (!m_index->markStoredAs(record.id, size, sha256, path, media, record.path))
        qCWarning(lcOutputs) << "cannot mark stored" << path << m_index->errorString();
}

OutputStoreWriter::Placed OutputStoreWriter::place(const OutputRecord &record, const QString &part,
                                                   const QByteArray &sha256, qint64 size)
{
    Placed placed;
    if (!ensureOpen()) {
        QFile::remove(part);
        placed.error = errorString();
        return placed;
    }
    const FileDigest digest{sha256, size};
    QString shared = m_index->storedWithHash(sha256, size);
    QString from = part;
    for (int rounds = 0;; ++rounds) {
        const WriteResult written = placeOrShare(record, from, digest, shared);
        if (written.staleShared) {
            qCInfo(lcOutputs) << "not sharing" << shared << "- it changed or went away since it was stored";
            m_index->forgetHash(shared);
        }
        if (written.size < 0) {
            placed.error = written.error;
            return placed;
        }
        placed.path = written.path;
        placed.media = written.media;
        if (written.path != record.path) {
            // Sharing: recorded only if that file is still on record with these bytes.
            // Else (removed meanwhile, perhaps by another process) this copy is gone: the
            // row stays Pending and is fetched again.
            if (m_index->shareContent(record.id, size, sha256, written.path, &written.media))
                placed.size = written.size;
            else
                placed.error = QCoreApplication::translate("Easel::OutputStore",
                                                           "%1 was removed from the library while it was being shared")
                                   .arg(written.path);
            return placed;
        }
        const std::optional<QString> holder = m_index->claimContent(record.id, size, sha256, record.path, &written.media);
        if (holder && !holder->isEmpty() && rounds < maxClaimRounds) {
            // Another process stored the same bytes after this one looked: check its file
            // and share it, removing this copy.
            qCInfo(lcOutputs) << "another process stored these bytes at" << *holder;
            shared = *holder;
            from = record.path;
            continue;
        }
        // holder empty: this row now holds the bytes (marked by the claim). nullopt (the
        // index failed) or too many rounds: marked here with its own copy.
        if (!holder || !holder->isEmpty())
            markStored(record, written.size, sha256, record.path, &written.media);
        placed.size = written.size;
        return placed;
    }
}

OutputStoreWriter::PlacedBytes OutputStoreWriter::placeBytes(const OutputRecord &record,
                                                             const QByteArray &bytes,
                                                             const QByteArray &sha256)
{
    PlacedBytes placed;
    if (!ensureOpen()) {
        placed.error = errorString();
        return placed;
    }
    if (const QString problem = outputBytesProblem(record.serverFileName, bytes); !problem.isEmpty()) {
        placed.error = problem;
        return placed;
    }
    // One write transaction (BEGIN IMMEDIATE) from the look-up to the Stored row: SQLite's
    // write lock, taken in turn by every store and process of the library, keeps anyone from
    // storing these bytes in between. So the look-up is made once, no claim round is needed,
    // and a file is made only when the library does not hold the bytes. The lock is held
    // while one small file is written (at most viewInMemoryBytes); a process killed in
    // between leaves no lock, the row Pending and at most the whole file at its path
    // (writeNewFile), which the next start marks Stored (takePending).
    if (!m_index->transaction()) {
        placed.error = m_index->errorString();
        return placed;
    }
    const qint64 size = bytes.size();
    const QString holder = m_index->storedWithHash(sha256, size);
    OutputRecord at = record;
    if (!holder.isEmpty() && holdsBytes(holder, bytes)) {
        at.path = holder;
    } else {
        if (!holder.isEmpty()) {
            qCInfo(lcOutputs) << "not sharing" << holder << "- it changed or went away since it was stored";
            m_index->forgetHash(holder);
        }
        const WriteResult written = writeNewFile(record.path, bytes);
        if (written.size < 0) {
            m_index->commit();
            placed.error = written.error;
            return placed;
        }
    }
    placed.media = readMediaInfo(at, bytes); // the bytes at at.path (checked or just written)
    placed.media.path = at.path;
    const bool marked = m_index->markStoredAs(record.id, size, sha256, at.path, &placed.media, record.path);
    if (!m_index->commit() || !marked) {
        // Still Pending: tried again (a file written stays at its own reserved path).
        placed.error = m_index->errorString();
        return placed;
    }
    placed.size = size;
    placed.path = at.path;
    return placed;
}

OutputStoreWriter::Placed OutputStoreWriter::writeText(const OutputRecord &record)
{
    Placed placed;
    // A text output: its text is in the row; only the file is written.
    const WriteResult written = writeAndRead(record, record.text.toUtf8());
    if (written.size < 0) {
        placed.error = written.error;
        return placed;
    }
    if (ensureOpen())
        markStored(record, written.size, {}, record.path, &written.media);
    placed.size = written.size;
    placed.path = record.path;
    placed.media = written.media;
    return placed;
}

void OutputStoreWriter::attemptFailed(qint64 id, int attempts, const QString &part)
{
    if (ensureOpen())
        m_index->markAttemptFailed(id, attempts);
    if (!part.isEmpty())
        QFile::remove(part);
}

} // namespace Easel
