#include "jobqueue.h"

#include "comfyclient.h"
#include "futurecallback.h"
#include "singleserverdispatch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSaveFile>
#include <QThreadPool>
#include <QTimer>
#include <QUuid>
#include <climits>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

constexpr int journalVersion = 1;
constexpr int touchIntervalMs = 16; // one model update per frame at most
constexpr int saveDelayMs = 100;

QString makeId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString stateKey(QueuedJob::State state)
{
    switch (state) {
    case QueuedJob::State::Waiting: return u"waiting"_s;
    case QueuedJob::State::Submitted: return u"submitted"_s;
    case QueuedJob::State::Running: return u"running"_s;
    default: return {};
    }
}

// What the journal holds, read on a worker thread.
struct JournalContents
{
    bool ok = false;
    bool missing = false;
    QString error;
    QString clientId;
    bool paused = false;
    QList<QueueBatch> batches;
    QList<QueuedJob> jobs;
    QHash<QString, quint64> pulledBack; // waiting jobs a pause took back, and when sent
};

JournalContents readJournal(const QString &path)
{
    JournalContents contents;
    QFile file(path);
    if (!file.exists()) {
        contents.ok = true;
        contents.missing = true;
        return contents;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        contents.error = file.errorString();
        return contents;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || root.value("version"_L1).toInt() != journalVersion) {
        contents.error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                     : u"unknown journal version"_s;
        return contents;
    }
    contents.clientId = root.value("clientId"_L1).toString();
    contents.paused = root.value("paused"_L1).toBool();
    QSet<QString> batchIds;
    for (const QJsonValue &value : root.value("batches"_L1).toArray()) {
        const QJsonObject object = value.toObject();
        QueueBatch batch;
        batch.id = object.value("id"_L1).toString();
        batch.label = object.value("label"_L1).toString();
        batch.promptJson = object.value("prompt"_L1).toString().toUtf8();
        batch.workflowJson = object.value("workflow"_L1).toString().toUtf8();
        batch.created = QDateTime::fromString(object.value("created"_L1).toString(), Qt::ISODateWithMs);
        batch.pinnedServer = object.value("pinned"_L1).toString();
        const QJsonObject uploads = object.value("uploads"_L1).toObject();
        for (auto it = uploads.constBegin(); it != uploads.constEnd(); ++it) {
            if (it.value().isString())
                batch.imageUploads.insert(it.key(), it.value().toString());
        }
        if (batch.id.isEmpty() || !JsonTree::parse(batch.promptJson).isObject())
            continue;
        batchIds.insert(batch.id);
        contents.batches.append(batch);
    }
    for (const QJsonValue &value : root.value("jobs"_L1).toArray()) {
        const QJsonObject object = value.toObject();
        QueuedJob job;
        job.id = object.value("id"_L1).toString();
        job.batchId = object.value("batch"_L1).toString();
        job.indexInBatch = object.value("index"_L1).toInt();
        job.promptId = object.value("promptId"_L1).toString();
        const QString state = object.value("state"_L1).toString();
        job.state = state == "submitted"_L1 ? QueuedJob::State::Submitted
                    : state == "running"_L1 ? QueuedJob::State::Running
                                            : QueuedJob::State::Waiting;
        if (job.id.isEmpty() || job.promptId.isEmpty() || !batchIds.contains(job.batchId))
            continue;
        if (job.state != QueuedJob::State::Waiting)
            job.server = object.value("server"_L1).toString();
        else if (object.contains("pulledBack"_L1))
            contents.pulledBack.insert(job.id, object.value("pulledBack"_L1).toString().toULongLong());
        job.journalOverrides = object.value("overrides"_L1).toArray();
        for (const QJsonValue &item : std::as_const(job.journalOverrides)) {
            const QJsonArray triple = item.toArray();
            // The value is kept as JSON text: 64-bit seeds stay exact.
            job.overrides.append({triple.at(0).toString(), triple.at(1).toString(),
                                  JsonTree::parse(triple.at(2).toString().toUtf8()), triple.at(3).toBool()});
        }
        job.restored = true;
        contents.jobs.append(job);
    }
    contents.ok = true;
    return contents;
}

bool writeJournal(const QString &path, const QByteArray &bytes, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

JobQueue::JobQueue(JobRunner *runner, ComfyClient *client, EventStream *events, QObject *parent)
    : QAbstractTableModel(parent)
    , m_single(new SingleServerDispatch(runner, client, events, this))
    , m_dispatch(m_single)
    , m_touchTimer(new QTimer(this))
    , m_saveTimer(new QTimer(this))
    , m_tickTimer(new QTimer(this))
    , m_writer(std::make_unique<QThreadPool>())
{
    qRegisterMetaType<Easel::JobFailure>();
    qRegisterMetaType<Easel::QueuedJob::State>();
    m_writer->setMaxThreadCount(1); // writes land in order

    m_touchTimer->setSingleShot(true);
    m_touchTimer->setInterval(touchIntervalMs);
    connect(m_touchTimer, &QTimer::timeout, this, &JobQueue::flushTouched);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(saveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, [this] {
        if (m_journalPath.isEmpty())
            return;
        const QByteArray bytes = serializeJournal();
        const QString path = m_journalPath;
        onFinished(QtConcurrent::run(m_writer.get(), [path, bytes] {
                       QString error;
                       return writeJournal(path, bytes, &error) ? QString() : error;
                   }),
                   this, [this](const QString &error) {
                       if (!error.isEmpty())
                           emit journalError(tr("Cannot write the queue journal: %1").arg(error));
                   });
    });
    m_tickTimer->setInterval(1000);
    connect(m_tickTimer, &QTimer::timeout, this, &JobQueue::tick);

    connectDispatch();
    m_single->setWatchOtherClients(m_showForeign);
}

JobQueue::~JobQueue()
{
    if (m_saveTimer->isActive())
        flushJournal();
    m_writer->waitForDone();
}

// ---------------------------------------------------------------------------------------
// Queueing

QString JobQueue::enqueue(const QByteArray &promptJson, const QList<SweepVariant> &variants,
                          const QString &label, const QByteArray &workflowJson,
                          const QHash<QString, QString> &imageUploads)
{
    const JsonTree parsed = JsonTree::parse(promptJson);
    if (!parsed.isObject())
        return {};
    QueueBatch batch;
    batch.id = makeId();
    batch.label = label.isEmpty() ? tr("Batch %1").arg(m_batches.size() + 1) : label;
    batch.promptJson = promptJson;
    batch.workflowJson = workflowJson;
    batch.imageUploads = imageUploads;
    batch.created = QDateTime::currentDateTimeUtc();
    m_batches.insert(batch.id, batch);
    m_parsedPrompts.insert(batch.id, parsed);

    // After sweeps and seeds, the frontend's own queue-time rules, once per job.
    const QList<SweepVariant> jobs = m_queueTime.resolve(parsed, variants, workflowJson);
    const int first = rowCount();
    beginInsertRows({}, first, first + int(jobs.size()) - 1);
    m_jobs.reserve(m_jobs.size() + jobs.size());
    int index = 0;
    for (const SweepVariant &variant : jobs) {
        QueuedJob job;
        job.id = makeId();
        job.batchId = batch.id;
        job.indexInBatch = ++index;
        job.overrides = variant.overrides;
        for (const InputOverride &item : job.overrides)
            job.journalOverrides.append(
                item.queueTime ? QJsonArray{item.nodeId, item.input, QString::fromUtf8(item.value.toPython()), true}
                               : QJsonArray{item.nodeId, item.input, QString::fromUtf8(item.value.toPython())});
        job.promptId = ComfyClient::makePromptId();
        m_byPrompt.insert(job.promptId, job.id);
        m_jobs.append(job);
    }
    endInsertRows();
    for (int i = first - int(m_foreign.size()); i < int(m_jobs.size()); ++i)
        emit jobAdded(m_jobs.at(i).id);
    scheduleSave();
    if (!m_tickTimer->isActive())
        m_tickTimer->start();
    QTimer::singleShot(0, this, &JobQueue::pump);
    return batch.id;
}

QString JobQueue::enqueueSweep(const QByteArray &promptJson, const SweepSpec &spec,
                               const QByteArray &workflowJson, QString *errorMessage,
                               const QHash<QString, QString> &imageUploads)
{
    const QList<SweepVariant> variants = Sweep::expand(spec, promptJson, errorMessage);
    if (variants.isEmpty())
        return {};
    return enqueue(promptJson, variants, spec.label, workflowJson, imageUploads);
}

// ---------------------------------------------------------------------------------------
// Control

void JobQueue::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    scheduleSave();
    emit pausedChanged(paused);
    // Waiting jobs read "Paused" now, or "Waiting" again.
    if (rowCount() > 0)
        emit dataChanged(index(0, StateColumn), index(rowCount() - 1, StateColumn), {Qt::DisplayRole});
    if (paused)
        pauseDispatched();
    else
        pump();
}

void JobQueue::returnToWaiting(const QString &jobId)
{
    QueuedJob *job = findJob(jobId);
    if (!job)
        return;
    if (job->cancelRequested) {
        finishCancel(jobId); // cancelled while being taken back: it never ran
        return;
    }
    // A fresh id: the old one was on the server once, and late traffic about it must not
    // be taken for the job's next run.
    m_byPrompt.remove(job->promptId);
    job->promptId = ComfyClient::makePromptId();
    m_byPrompt.insert(job->promptId, job->id);
    job->progress = 0;
    job->nodesDone = 0;
    job->serverDone = false;
    const quint64 order = m_submitOrder.value(jobId);
    setState(*job, QueuedJob::State::Waiting);
    m_pulledBack.insert(jobId, order);
    // At the head of the waiting jobs, after those taken back that were sent before it.
    const int from = queueIndexOf(jobId);
    int target = -1;
    for (int i = 0; i < int(m_jobs.size()) && target < 0; ++i) {
        const QueuedJob &other = m_jobs.at(i);
        if (i == from || other.state != QueuedJob::State::Waiting || other.held)
            continue;
        auto earlier = m_pulledBack.constFind(other.id);
        if (earlier == m_pulledBack.cend() || *earlier > order)
            target = i;
    }
    if (target >= 0 && target < from) {
        const int offset = int(m_foreign.size());
        moveRows({}, from + offset, 1, {}, target + offset);
    }
    scheduleSave();
    pump();
}

int JobQueue::maxInFlight() const
{
    return m_single->maxInFlight();
}

void JobQueue::setMaxInFlight(int jobs)
{
    m_single->setMaxInFlight(jobs);
    pump();
}

bool JobQueue::cancel(const QString &jobId)
{
    QueuedJob *job = findJob(jobId);
    if (!job || job->isFinished() || job->state == QueuedJob::State::Foreign)
        return false;
    if (job->state == QueuedJob::State::Waiting && !job->held) {
        setState(*job, QueuedJob::State::Cancelled);
        job->finishedAt = QDateTime::currentDateTimeUtc();
        checkBatchFinished(job->batchId);
        scheduleSave();
        pump();
        return true;
    }
    if (job->cancelRequested || !job->held)
        return true;
    job->cancelRequested = true;
    // Out of the server's queue, or interrupted: it ends with the dispatch's finished(),
    // shown as Cancelled (or as it really ended, when it finished first).
    m_dispatch->cancel(jobId);
    return true;
}

void JobQueue::finishCancel(const QString &jobId)
{
    QueuedJob *job = findJob(jobId);
    if (!job)
        return;
    job->finishedAt = QDateTime::currentDateTimeUtc();
    const bool wasRunning = !job->runningNode.isEmpty();
    job->runningNode.clear();
    setState(*job, QueuedJob::State::Cancelled);
    if (wasRunning)
        emit runningNodeChanged(jobId, {});
    checkBatchFinished(job->batchId);
    scheduleSave();
    pump();
}

bool JobQueue::interrupt(const QString &jobId)
{
    QueuedJob *job = findJob(jobId);
    if (!job || !job->isOnServer())
        return false;
    if (job->held)
        m_dispatch->interrupt(jobId); // always targeted at the job's own prompt
    return true;
}

bool JobQueue::retry(const QString &jobId)
{
    QueuedJob *job = findJob(jobId);
    if (!job || !job->isFinished() || job->state == QueuedJob::State::Done)
        return false;
    if (!m_parsedPrompts.contains(job->batchId))
        m_parsedPrompts.insert(job->batchId, JsonTree::parse(m_batches.value(job->batchId).promptJson));
    m_byPrompt.remove(job->promptId);
    job->promptId = ComfyClient::makePromptId(); // the old id has a history entry
    m_byPrompt.insert(job->promptId, job->id);
    job->failure = {};
    job->outputs.clear();
    job->progress = 0;
    job->nodesDone = 0;
    job->stepValue = job->stepMax = 0;
    job->cancelRequested = false;
    job->serverDone = false;
    job->restored = false;
    job->server.clear();
    job->submittedAt = job->startedAt = job->finishedAt = {};
    setState(*job, QueuedJob::State::Waiting);
    scheduleSave();
    if (!m_tickTimer->isActive())
        m_tickTimer->start();
    pump();
    return true;
}

bool JobQueue::moveJob(const QString &jobId, int toQueueIndex)
{
    const int from = queueIndexOf(jobId);
    if (from < 0)
        return false;
    const int offset = int(m_foreign.size());
    toQueueIndex = std::clamp(toQueueIndex, 0, int(m_jobs.size()));
    // moveRows' destination is "before this row" in the old numbering.
    const int destination = toQueueIndex > from ? toQueueIndex + 1 : toQueueIndex;
    return moveRows({}, from + offset, 1, {}, std::min(destination, int(m_jobs.size())) + offset);
}

void JobQueue::removeFinished()
{
    for (int i = int(m_jobs.size()) - 1; i >= 0; --i) {
        if (!m_jobs.at(i).isFinished())
            continue;
        const int row = i + int(m_foreign.size());
        beginRemoveRows({}, row, row);
        const QueuedJob job = m_jobs.takeAt(i);
        endRemoveRows();
        m_byPrompt.remove(job.promptId);
        m_touched.remove(job.id);
        m_submitOrder.remove(job.id);
        m_indexHint.remove(job.id);
    }
    QSet<QString> used;
    for (const QueuedJob &job : std::as_const(m_jobs))
        used.insert(job.batchId);
    for (auto it = m_batches.begin(); it != m_batches.end();) {
        if (used.contains(it.key())) {
            ++it;
        } else {
            m_parsedPrompts.remove(it.key());
            m_queueTime.forgetBatch(it.key());
            m_labels.forget(it.key());
            it = m_batches.erase(it);
        }
    }
}

void JobQueue::setShowForeignJobs(bool show)
{
    m_showForeign = show;
    m_dispatch->setWatchOtherClients(show);
    if (!show)
        onOtherClientsJobs({}, {});
}

// ---------------------------------------------------------------------------------------
// Dispatch

void JobQueue::pump()
{
    if (m_paused || m_loading)
        return;
    // Asked again after each job: the dispatch may take fewer at once than it has places
    // (one server takes one POST at a time).
    for (QueuedJob &job : m_jobs) {
        if (m_dispatch->freePlaces() <= 0)
            break;
        if (job.state != QueuedJob::State::Waiting || job.held)
            continue;
        dispatchJob(job);
    }
    // Idle only when every job has ended: one the server has finished may still be
    // downloading its outputs.
    if (std::all_of(m_jobs.cbegin(), m_jobs.cend(), [](const QueuedJob &job) { return job.isFinished(); })) {
        m_tickTimer->stop();
        emit idle();
    }
}

void JobQueue::failUnsendable(QueuedJob &job)
{
    job.failure.message = tr("The job's inputs no longer match the workflow");
    job.finishedAt = QDateTime::currentDateTimeUtc();
    setState(job, QueuedJob::State::Failed);
    emit jobFailed(job.id, job.failure);
    checkBatchFinished(job.batchId);
}

QByteArray JobQueue::jobPrompt(const QueuedJob &job)
{
    return job.overrides.isEmpty() ? m_batches.value(job.batchId).promptJson
                                   : Sweep::apply(parsedPrompt(job.batchId), job.overrides);
}

const JsonTree &JobQueue::parsedPrompt(const QString &batchId)
{
    auto it = m_parsedPrompts.find(batchId);
    if (it == m_parsedPrompts.end())
        it = m_parsedPrompts.insert(batchId, JsonTree::parse(m_batches.value(batchId).promptJson));
    return *it;
}

void JobQueue::finishJob(QueuedJob &finishing, const JobOutcome &outcome)
{
    QueuedJob *job = &finishing;
    job->held = false;
    job->finishedAt = QDateTime::currentDateTimeUtc();
    const bool hadNode = !job->runningNode.isEmpty();
    job->runningNode.clear();
    if (job->outputs.isEmpty())
        job->outputs = outcome.outputs;
    QueuedJob::State state = QueuedJob::State::Done;
    switch (outcome.status) {
    case JobOutcome::Status::Succeeded:
        job->progress = 1.0;
        if (job->startedAt.isValid()) {
            const double ms = double(job->startedAt.msecsTo(job->finishedAt));
            ++m_averageSamples;
            // A moving average that settles after a few jobs and follows slow drifts.
            m_averageMs += (ms - m_averageMs) / std::min(m_averageSamples, 10);
        }
        break;
    case JobOutcome::Status::Interrupted:
        state = job->cancelRequested ? QueuedJob::State::Cancelled : QueuedJob::State::Interrupted;
        break;
    case JobOutcome::Status::Failed:
    case JobOutcome::Status::Rejected:
        state = QueuedJob::State::Failed;
        job->failure.message = outcome.message;
        job->failure.nodeId = outcome.nodeId;
        job->failure.nodeType = outcome.nodeType;
        job->failure.exceptionType = outcome.exceptionType;
        job->failure.exceptionMessage = outcome.exceptionMessage;
        job->failure.traceback = outcome.traceback;
        job->failure.rejected = outcome.status == JobOutcome::Status::Rejected;
        job->failure.nodeErrors = outcome.error.nodeErrors();
        if (job->failure.nodeId.isEmpty() && job->failure.nodeErrors.size() == 1)
            job->failure.nodeId = job->failure.nodeErrors.constFirst().nodeId;
        break;
    }
    const QString jobId = job->id;
    const QString batchId = job->batchId;
    setState(*job, state);
    if (hadNode)
        emit runningNodeChanged(jobId, {});
    if (state == QueuedJob::State::Failed) {
        if (const QueuedJob *failed = findJob(jobId))
            emit jobFailed(jobId, failed->failure);
    }
    checkBatchFinished(batchId);
    scheduleSave();
    pump();
}

void JobQueue::checkBatchFinished(const QString &batchId)
{
    // Called for every job that ends: the cheap state test first, so that a long sweep's
    // finished jobs cost no string comparison.
    for (const QueuedJob &job : std::as_const(m_jobs)) {
        if (!job.isFinished() && job.batchId == batchId)
            return;
    }
    int done = 0;
    int failed = 0;
    int stopped = 0; // the user's own cancel or interrupt is not a failure
    QString firstOutput;
    for (const QueuedJob &job : std::as_const(m_jobs)) {
        if (job.batchId != batchId)
            continue;
        if (job.state == QueuedJob::State::Done) {
            ++done;
            if (firstOutput.isEmpty() && !job.outputs.isEmpty())
                firstOutput = job.outputs.constFirst().path;
        } else if (job.state == QueuedJob::State::Failed) {
            ++failed;
        } else {
            ++stopped;
        }
    }
    m_parsedPrompts.remove(batchId); // nothing left to submit: free the parsed prompt
    m_queueTime.forgetBatch(batchId);
    emit batchFinished(batchId, m_batches.value(batchId).label, done, failed, firstOutput, stopped);
}

// ---------------------------------------------------------------------------------------
// Journal

void JobQueue::scheduleSave()
{
    if (!m_journalPath.isEmpty() && !m_saveTimer->isActive())
        m_saveTimer->start();
}

QByteArray JobQueue::serializeJournal() const
{
    QJsonObject root;
    root.insert("version"_L1, journalVersion);
    root.insert("clientId"_L1, m_single->clientId());
    root.insert("paused"_L1, m_paused);
    QJsonArray jobs;
    QSet<QString> usedBatches;
    for (const QueuedJob &job : m_jobs) {
        const QString state = stateKey(job.state);
        if (state.isEmpty())
            continue; // finished: nothing to bring back
        QJsonObject object;
        object.insert("id"_L1, job.id);
        object.insert("batch"_L1, job.batchId);
        object.insert("index"_L1, job.indexInBatch);
        object.insert("promptId"_L1, job.promptId);
        object.insert("state"_L1, state);
        if (!job.server.isEmpty() && job.isOnServer())
            object.insert("server"_L1, job.server);
        if (job.state == QueuedJob::State::Waiting && m_pulledBack.contains(job.id))
            object.insert("pulledBack"_L1, QString::number(m_pulledBack.value(job.id)));
        object.insert("overrides"_L1, job.journalOverrides);
        jobs.append(object);
        usedBatches.insert(job.batchId);
    }
    QJsonArray batches;
    for (const QString &id : std::as_const(usedBatches)) {
        const QueueBatch batch = m_batches.value(id);
        QJsonObject object;
        object.insert("id"_L1, batch.id);
        object.insert("label"_L1, batch.label);
        // As text: a JSON number inside would lose 64-bit precision in QJsonDocument.
        object.insert("prompt"_L1, QString::fromUtf8(batch.promptJson));
        object.insert("workflow"_L1, QString::fromUtf8(batch.workflowJson));
        object.insert("created"_L1, batch.created.toString(Qt::ISODateWithMs));
        if (!batch.pinnedServer.isEmpty())
            object.insert("pinned"_L1, batch.pinnedServer);
        if (!batch.imageUploads.isEmpty()) {
            QJsonObject uploads;
            for (auto it = batch.imageUploads.cbegin(); it != batch.imageUploads.cend(); ++it)
                uploads.insert(it.key(), it.value());
            object.insert("uploads"_L1, uploads);
        }
        batches.append(object);
    }
    root.insert("batches"_L1, batches);
    root.insert("jobs"_L1, jobs);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool JobQueue::flushJournal()
{
    m_saveTimer->stop();
    m_writer->waitForDone();
    if (m_journalPath.isEmpty())
        return false;
    QString error;
    if (!writeJournal(m_journalPath, serializeJournal(), &error)) {
        emit journalError(tr("Cannot write the queue journal: %1").arg(error));
        return false;
    }
    return true;
}

void JobQueue::loadJournal()
{
    if (m_journalPath.isEmpty() || m_loading)
        return;
    m_loading = true;
    const QString path = m_journalPath;
    onFinished(QtConcurrent::run([path] { return readJournal(path); }), this,
               [this](const JournalContents &contents) {
                   m_loading = false;
                   if (!contents.ok) {
                       emit journalError(tr("Cannot read the queue journal: %1").arg(contents.error));
                       pump();
                       return;
                   }
                   m_savedClientId = contents.clientId;
                   for (const QueueBatch &batch : contents.batches) {
                       if (!m_batches.contains(batch.id))
                           m_batches.insert(batch.id, batch);
                   }
                   // Restored jobs go before the ones queued while the journal loaded.
                   QList<QueuedJob> restored;
                   for (const QueuedJob &job : contents.jobs) {
                       if (!m_byPrompt.contains(job.promptId) && !findJob(job.id))
                           restored.append(job);
                   }
                   if (!restored.isEmpty()) {
                       const int first = int(m_foreign.size());
                       beginInsertRows({}, first, first + int(restored.size()) - 1);
                       for (qsizetype i = 0; i < restored.size(); ++i) {
                           m_byPrompt.insert(restored.at(i).promptId, restored.at(i).id);
                           m_jobs.insert(i, restored.at(i));
                       }
                       endInsertRows();
                   }
                   QList<QString> onServer;
                   for (const QueuedJob &job : std::as_const(restored)) {
                       if (contents.pulledBack.contains(job.id)) {
                           const quint64 order = contents.pulledBack.value(job.id);
                           m_pulledBack.insert(job.id, order);
                           m_submitCount = std::max(m_submitCount, order);
                       }
                       emit jobAdded(job.id);
                       if (job.isOnServer())
                           onServer.append(job.id);
                   }
                   if (contents.paused && !m_paused) {
                       m_paused = true;
                       emit pausedChanged(true);
                   }
                   emit journalLoaded(int(restored.size()));
                   if (!restored.isEmpty() && !m_tickTimer->isActive())
                       m_tickTimer->start();
                   adoptRestored(onServer);
                   // A pause holds back what has not run, found on the server or not.
                   if (m_paused)
                       pauseDispatched();
                   pump();
               });
}

// ---------------------------------------------------------------------------------------
// Other clients' jobs

void JobQueue::onOtherClientsJobs(const QStringList &running, const QStringList &pending)
{
    QList<QueuedJob> foreign;
    auto collect = [&](const QStringList &promptIds, QueuedJob::State shownState) {
        for (const QString &promptId : promptIds) {
            if (m_byPrompt.contains(promptId))
                continue; // one of Easel's
            QueuedJob job;
            job.id = u"foreign:"_s + promptId;
            job.promptId = promptId;
            job.state = QueuedJob::State::Foreign;
            job.runningNode = shownState == QueuedJob::State::Running ? u"*"_s : QString();
            foreign.append(job);
        }
    };
    if (m_showForeign) {
        collect(running, QueuedJob::State::Running);
        collect(pending, QueuedJob::State::Submitted);
    }
    QStringList before;
    QStringList after;
    for (const QueuedJob &job : std::as_const(m_foreign))
        before.append(job.id + job.runningNode);
    for (const QueuedJob &job : std::as_const(foreign))
        after.append(job.id + job.runningNode);
    if (before == after)
        return;
    if (!m_foreign.isEmpty()) {
        beginRemoveRows({}, 0, int(m_foreign.size()) - 1);
        m_foreign.clear();
        endRemoveRows();
    }
    if (!foreign.isEmpty()) {
        beginInsertRows({}, 0, int(foreign.size()) - 1);
        m_foreign = foreign;
        endInsertRows();
    }
}

// ---------------------------------------------------------------------------------------
// Bookkeeping

void JobQueue::setState(QueuedJob &job, QueuedJob::State state)
{
    if (job.state == state)
        return;
    job.state = state;
    if (state != QueuedJob::State::Waiting)
        m_pulledBack.remove(job.id);
    if (state == QueuedJob::State::Running && !job.startedAt.isValid())
        job.startedAt = QDateTime::currentDateTimeUtc();
    touch(job.id);
    emit jobStateChanged(job.id, state);
}

void JobQueue::touch(const QString &jobId)
{
    m_touched.insert(jobId);
    if (!m_touchTimer->isActive())
        m_touchTimer->start();
}

void JobQueue::flushTouched()
{
    const QSet<QString> touched = std::exchange(m_touched, {});
    const int offset = int(m_foreign.size());
    // Positions and estimates of every row move when any job changes state: one range.
    int first = INT_MAX;
    int last = -1;
    for (int i = 0; i < int(m_jobs.size()); ++i) {
        if (touched.contains(m_jobs.at(i).id)) {
            first = std::min(first, i);
            last = std::max(last, i);
        }
    }
    if (last >= 0)
        emit dataChanged(index(first + offset, 0), index(last + offset, ColumnCount - 1));
    const double overall = overallProgress();
    if (overall != m_lastOverall) {
        m_lastOverall = overall;
        emit overallProgressChanged(overall);
    }
}

void JobQueue::tick()
{
    // Elapsed and estimated times move with the clock.
    const int offset = int(m_foreign.size());
    if (!m_jobs.isEmpty())
        emit dataChanged(index(offset, ElapsedColumn), index(offset + int(m_jobs.size()) - 1, EstimateColumn),
                         {Qt::DisplayRole});
}

QueuedJob *JobQueue::findJob(const QString &jobId)
{
    const int i = queueIndexOf(jobId);
    return i < 0 ? nullptr : &m_jobs[i];
}

const QueuedJob *JobQueue::job(const QString &jobId) const
{
    return const_cast<JobQueue *>(this)->findJob(jobId);
}

const QueueBatch *JobQueue::batch(const QString &batchId) const
{
    auto it = m_batches.constFind(batchId);
    return it == m_batches.cend() ? nullptr : &*it;
}

QueuedJob *JobQueue::jobForPrompt(const QString &promptId)
{
    const QString jobId = m_byPrompt.value(promptId);
    if (jobId.isEmpty())
        return nullptr;
    QueuedJob *job = findJob(jobId);
    return job && job->promptId == promptId ? job : nullptr;
}

int JobQueue::queueIndexOf(const QString &jobId) const
{
    // Every runner signal looks its job up: with a long sweep a scan each time adds up.
    // Rows move and go, so the remembered index is only a hint, checked before use.
    const int hint = m_indexHint.value(jobId, -1);
    if (hint >= 0 && hint < int(m_jobs.size()) && m_jobs.at(hint).id == jobId)
        return hint;
    for (int i = 0; i < int(m_jobs.size()); ++i) {
        if (m_jobs.at(i).id == jobId) {
            m_indexHint.insert(jobId, i);
            return i;
        }
    }
    m_indexHint.remove(jobId);
    return -1;
}

int JobQueue::rowOf(const QString &jobId) const
{
    for (int i = 0; i < int(m_foreign.size()); ++i) {
        if (m_foreign.at(i).id == jobId)
            return i;
    }
    const int i = queueIndexOf(jobId);
    return i < 0 ? -1 : i + int(m_foreign.size());
}

QModelIndex JobQueue::indexOf(const QString &jobId, int column) const
{
    const int row = rowOf(jobId);
    return row < 0 ? QModelIndex() : index(row, column);
}

QStringList JobQueue::jobIds() const
{
    QStringList ids;
    ids.reserve(m_jobs.size());
    for (const QueuedJob &job : m_jobs)
        ids.append(job.id);
    return ids;
}

int JobQueue::waitingCount() const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(), [](const QueuedJob &job) {
        return job.state == QueuedJob::State::Waiting;
    }));
}

int JobQueue::inFlightCount() const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(),
                             [](const QueuedJob &job) { return job.holdsServerPlace(); }));
}

QString JobQueue::runningJobId() const
{
    for (const QueuedJob &job : m_jobs) {
        if (job.state == QueuedJob::State::Running)
            return job.id;
    }
    return {};
}

double JobQueue::overallProgress() const
{
    // Over the batches that still have work (and those that just finished with them).
    QSet<QString> active;
    for (const QueuedJob &job : m_jobs) {
        if (!job.isFinished())
            active.insert(job.batchId);
    }
    if (active.isEmpty())
        return -1;
    double done = 0;
    int total = 0;
    for (const QueuedJob &job : m_jobs) {
        if (!active.contains(job.batchId))
            continue;
        ++total;
        done += job.isFinished() ? 1.0 : job.state == QueuedJob::State::Running ? job.progress : 0.0;
    }
    return total ? done / total : -1;
}

QString JobQueue::jobName(const QString &jobId) const
{
    const QueuedJob *found = job(jobId);
    if (!found)
        return {};
    const auto batch = m_batches.constFind(found->batchId);
    if (batch == m_batches.constEnd())
        return {};
    return m_labels.name(*batch, *found, batchSize(found->batchId));
}

int JobQueue::batchSize(const QString &batchId) const
{
    return m_labels.batchSize(batchId, [this, &batchId] {
        int size = 0;
        for (const QueuedJob &job : m_jobs)
            size += job.batchId == batchId ? 1 : 0;
        return size;
    });
}

QString JobQueue::stateName(QueuedJob::State state)
{
    switch (state) {
    case QueuedJob::State::Waiting: return tr("Waiting");
    case QueuedJob::State::Submitted: return tr("On the server");
    case QueuedJob::State::Running: return tr("Running");
    case QueuedJob::State::Done: return tr("Done");
    case QueuedJob::State::Failed: return tr("Failed");
    case QueuedJob::State::Cancelled: return tr("Cancelled");
    case QueuedJob::State::Interrupted: return tr("Interrupted");
    case QueuedJob::State::Foreign: return tr("Other client");
    }
    return {};
}

// ---------------------------------------------------------------------------------------
// Model

int JobQueue::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_foreign.size() + m_jobs.size());
}

int JobQueue::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QString formatDuration(qint64 ms)
{
    const qint64 s = (ms + 500) / 1000;
    if (s < 60)
        return JobQueue::tr("%1 s").arg(s);
    if (s < 3600)
        return u"%1:%2"_s.arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
    return u"%1:%2:%3"_s.arg(s / 3600).arg((s / 60) % 60, 2, 10, QChar(u'0')).arg(s % 60, 2, 10, QChar(u'0'));
}
} // namespace

QVariant JobQueue::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool foreign = row < int(m_foreign.size());
    const QueuedJob &job = foreign ? m_foreign.at(row) : m_jobs.at(row - int(m_foreign.size()));
    switch (role) {
    case JobIdRole: return job.id;
    case BatchIdRole: return job.batchId;
    case PromptIdRole: return job.promptId;
    case StateRole: return int(job.state);
    case ProgressRole: return job.progress;
    case RunningNodeRole: return job.runningNode;
    case StepValueRole: return job.stepValue;
    case StepMaxRole: return job.stepMax;
    case IsForeignRole: return foreign;
    case FailureMessageRole: return job.failure.message;
    case ServerRole: return job.server;
    case Qt::ToolTipRole: {
        if (foreign)
            return job.promptId;
        // The whole name (the column elides it in the middle), what it changes, why it failed.
        QStringList lines{jobName(job.id)};
        if (!job.failure.message.isEmpty())
            lines << job.failure.message;
        return lines.join(u'\n');
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (index.column()) {
    case JobColumn: {
        if (foreign)
            return tr("Another client's job");
        return jobName(job.id);
    }
    case ChangesColumn: {
        const auto batch = m_batches.constFind(job.batchId);
        return batch == m_batches.constEnd() ? QString() : m_labels.changes(*batch, job.overrides);
    }
    case StateColumn:
        if (foreign)
            return job.runningNode.isEmpty() ? tr("Other client, pending") : tr("Other client, running");
        if (job.state == QueuedJob::State::Running)
            return tr("Running %1%").arg(qRound(job.progress * 100));
        if (job.state == QueuedJob::State::Waiting && job.held)
            return tr("Waiting for a server");
        if (job.state == QueuedJob::State::Waiting && m_paused)
            return tr("Paused");
        return stateName(job.state);
    case PositionColumn: {
        if (job.isFinished())
            return {};
        // Foreign jobs on the server run first, then Easel's in queue order.
        int position = int(m_foreign.size()) + 1;
        if (foreign)
            return row + 1;
        for (const QueuedJob &other : m_jobs) {
            if (other.id == job.id)
                break;
            if (!other.isFinished())
                ++position;
        }
        return position;
    }
    case ElapsedColumn:
        if (job.startedAt.isValid())
            return formatDuration(job.startedAt.msecsTo(job.finishedAt.isValid() ? job.finishedAt : now));
        return {};
    case EstimateColumn: {
        if (job.isFinished() || foreign)
            return {};
        // Time left until this job is done: the running job's rest, from its own measured
        // pace once it has made progress, plus a measured average job for each ahead. "—"
        // while nothing has been measured: no number is better than a wrong one.
        const auto remaining = [this, &now](const QueuedJob &other) -> double {
            if (other.state != QueuedJob::State::Running)
                return m_averageSamples > 0 ? m_averageMs : -1;
            const double elapsed = other.startedAt.isValid() ? double(other.startedAt.msecsTo(now)) : 0;
            if (other.progress >= 0.05 && elapsed > 0)
                return elapsed * (1.0 - other.progress) / other.progress;
            return m_averageSamples > 0 ? std::max(0.0, m_averageMs - elapsed) : -1;
        };
        double ms = 0;
        for (const QueuedJob &other : m_jobs) {
            if (other.isFinished())
                continue;
            const double rest = remaining(other);
            if (rest < 0)
                return tr("—");
            ms += rest;
            if (other.id == job.id)
                break;
        }
        // On a farm the jobs ahead share its servers.
        ms /= double(std::max<qsizetype>(1, m_dispatch->serverIds().size()));
        return formatDuration(qint64(ms));
    }
    case ServerColumn:
        if (job.server.isEmpty())
            return {};
        return m_dispatch->serverName(job.server);
    default:
        return {};
    }
}

QVariant JobQueue::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case JobColumn: return tr("Job");
    case ChangesColumn: return tr("Changes");
    case StateColumn: return tr("State");
    case PositionColumn: return tr("Position");
    case ElapsedColumn: return tr("Elapsed");
    case EstimateColumn: return tr("Estimate");
    case ServerColumn: return tr("Server");
    default: return {};
    }
}

Qt::ItemFlags JobQueue::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const int queueIndex = index.row() - int(m_foreign.size());
    if (queueIndex >= 0 && m_jobs.at(queueIndex).state == QueuedJob::State::Waiting && !m_jobs.at(queueIndex).held)
        result |= Qt::ItemIsDragEnabled;
    return result;
}

bool JobQueue::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                        const QModelIndex &destinationParent, int destinationChild)
{
    const int offset = int(m_foreign.size());
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0)
        return false;
    const int from = sourceRow - offset;
    const int to = destinationChild - offset;
    if (from < 0 || from + count > int(m_jobs.size()) || to < 0 || to > int(m_jobs.size()))
        return false;
    if (to >= from && to <= from + count)
        return false; // onto itself
    for (int i = from; i < from + count; ++i) {
        if (m_jobs.at(i).state != QueuedJob::State::Waiting || m_jobs.at(i).held)
            return false; // only waiting jobs move: the others are on the server or done
    }
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const QList<QueuedJob> moving = m_jobs.mid(from, count);
    m_jobs.remove(from, count);
    const int insertAt = to > from ? to - count : to;
    for (int i = 0; i < count; ++i)
        m_jobs.insert(insertAt + i, moving.at(i));
    endMoveRows();
    // Positions and estimates of the rows in between changed.
    const int first = std::min(from, insertAt) + offset;
    const int last = std::max(from + count, insertAt + count) - 1 + offset;
    emit dataChanged(index(first, PositionColumn), index(last, EstimateColumn), {Qt::DisplayRole});
    scheduleSave();
    return true;
}

QStringList JobQueue::mimeTypes() const
{
    return {QString::fromLatin1(jobIdsMimeType)};
}

QMimeData *JobQueue::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = index.data(JobIdRole).toString();
        if (!ids.contains(id) && (flags(index) & Qt::ItemIsDragEnabled))
            ids.append(id);
    }
    if (ids.isEmpty())
        return nullptr;
    // In queue order, whatever order the view selected them in.
    std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
        return queueIndexOf(a) < queueIndexOf(b);
    });
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(jobIdsMimeType), ids.join(u'\n').toUtf8());
    return data;
}

bool JobQueue::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                               const QModelIndex &) const
{
    return data && action == Qt::MoveAction && data->hasFormat(QString::fromLatin1(jobIdsMimeType));
}

bool JobQueue::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                            const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    // Dropped onto a row: before it; below the last row: at the end.
    int target = parent.isValid() ? parent.row() : row < 0 ? rowCount() : row;
    target = std::max(target - int(m_foreign.size()), 0);
    const QStringList ids = QString::fromUtf8(data->data(QString::fromLatin1(jobIdsMimeType)))
                                .split(u'\n', Qt::SkipEmptyParts);
    // The queue index each job should take, in order: target, target+1, ...
    for (const QString &id : ids) {
        const int from = queueIndexOf(id);
        if (from < 0)
            continue;
        const int offset = int(m_foreign.size());
        if (from < target) {
            moveRows({}, from + offset, 1, {}, target + offset); // lands at target - 1
        } else {
            if (from != target)
                moveRows({}, from + offset, 1, {}, target + offset);
            ++target;
        }
    }
    return false; // see the header
}

} // namespace Easel
