#include "outputstore.h"

#include "comfyclient.h"
#include "futurecallback.h"
#include "libraryindex.h"
#include "outputintegrity.h"
#include "promptfacts.h"
#include "safefilename.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
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
};

// QSaveFile writes beside the target and renames on commit: the path either holds the
// whole file or nothing. The path was reserved in the index, so only our own complete
// copy can be there already.
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

} // namespace

OutputStore::OutputStore(ComfyClient *client, const QString &libraryDirectory, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_index(std::make_unique<LibraryIndex>(libraryDirectory))
{
    qRegisterMetaType<Easel::OutputRecord>();
}

OutputStore::~OutputStore() = default;

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
    if (!m_index->addJob(job))
        qCWarning(lcOutputs) << "cannot record job" << promptId << m_index->errorString();
}

void OutputStore::setWorkflowName(const QString &promptId, const QString &name)
{
    if (promptId.isEmpty() || name.isEmpty())
        return;
    if (m_index->job(promptId)) {
        if (!m_index->setWorkflowName(promptId, name))
            qCWarning(lcOutputs) << "cannot name job" << promptId << m_index->errorString();
        return;
    }
    m_pendingNames.insert(promptId, name);
}

QString OutputStore::reservePath(const QString &serverFileName) const
{
    const QString name = safeFileName(serverFileName);
    const QFileInfo info(name);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    const QDir dir(m_index->libraryDirectory());
    QString candidate = dir.filePath(name);
    for (int n = 1; QFileInfo::exists(candidate) || m_index->isPathTaken(candidate); ++n)
        candidate = dir.filePath(u"%1 (%2)%3"_s.arg(base).arg(n).arg(suffix));
    return candidate;
}

int OutputStore::addHistoryEntry(const HistoryEntry &entry)
{
    std::optional<JobRecord> job = m_index->job(entry.promptId);
    if (!job) {
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
        m_index->addJob(known);
        job = known;
    }
    const PromptFacts facts = promptFacts(job->apiJson);
    const QDateTime createdAt = entry.startTimestampMs > 0
                                    ? QDateTime::fromMSecsSinceEpoch(entry.startTimestampMs, Qt::UTC)
                                    : QDateTime::currentDateTimeUtc();
    m_index->transaction();
    for (const NodeOutput &node : entry.outputs) {
        for (const OutputFile &file : node.files) {
            OutputRecord record;
            record.server = server();
            record.promptId = entry.promptId;
            record.nodeId = node.nodeId;
            record.serverFileName = file.filename;
            record.subfolder = file.subfolder;
            record.type = file.type;
            record.path = reservePath(file.filename);
            record.createdAt = createdAt;
            record.seed = facts.seed;
            record.promptText = facts.promptText;
            record.workflowName = job->workflowName;
            m_index->addPendingOutput(record); // 0 when already known: no duplicate
        }
    }
    m_index->markJobFetched(entry.promptId);
    m_index->commit();
    for (const OutputRecord &record : m_index->outputsOfJob(entry.promptId)) {
        if (record.state == OutputRecord::State::Pending)
            enqueue(record.id, record.promptId);
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
        enqueue(record.id, record.promptId);
    pump();
}

void OutputStore::recoverUnfetchedJobs(const QSet<QString> &except)
{
    for (const QString &promptId : m_index->unfetchedJobs(server())) {
        if (!except.contains(promptId))
            fetchJob(promptId);
    }
}

void OutputStore::enqueue(qint64 id, const QString &promptId)
{
    if (m_queued.contains(id))
        return;
    m_queued.insert(id);
    m_queue.append(id);
    ++m_outstanding[promptId];
}

void OutputStore::pump()
{
    while (m_inFlight < m_maxInFlight && !m_queue.isEmpty()) {
        const std::optional<OutputRecord> record = m_index->output(m_queue.takeFirst());
        if (!record)
            continue;
        if (record->state == OutputRecord::State::Stored) {
            m_queued.remove(record->id);
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
    OutputFile file;
    file.filename = record.serverFileName;
    file.subfolder = record.subfolder;
    file.type = record.type;
    onFinished(m_client->view(file), this, [this, record](const Result<QByteArray> &result) {
        if (!result.isOk()) {
            --m_inFlight;
            failed(record, result.error().message());
            pump();
            return;
        }
        const QString path = record.path;
        const QByteArray bytes = result.value();
        if (!looksComplete(bytes)) {
            --m_inFlight;
            failed(record, tr("The download of %1 was cut short (%2 bytes)")
                               .arg(record.serverFileName).arg(bytes.size()));
            pump();
            return;
        }
        onFinished(QtConcurrent::run([path, bytes] { return writeAtomically(path, bytes); }), this,
                   [this, record](const WriteResult &written) {
                       --m_inFlight;
                       if (written.size < 0)
                           failed(record, written.error);
                       else
                           stored(record, written.size);
                       pump();
                   });
    });
}

void OutputStore::stored(const OutputRecord &record, qint64 size)
{
    m_queued.remove(record.id);
    m_sessionAttempts.remove(record.id);
    if (!m_index->markStored(record.id, size))
        qCWarning(lcOutputs) << "cannot mark stored" << record.path << m_index->errorString();
    OutputRecord done = record;
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
    const bool retry = attempts < m_maxAttempts;
    qCInfo(lcOutputs) << "download failed" << record.serverFileName << message
                      << (retry ? "retrying" : "giving up until the next start");
    emit downloadFailed(record, message, retry);
    if (!retry) {
        // Stays Pending in the index: resumePending() on the next start tries again.
        m_queued.remove(record.id);
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
    const int failures = m_failures.take(promptId);
    emit jobSettled(promptId, failures, m_lastError.take(promptId));
}

} // namespace Easel
