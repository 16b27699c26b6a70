// How JobQueue sends its jobs: through one JobDispatch, its own server's or a farm's.
// JobQueue keeps the order, the pause and the journal; the dispatch is given only as many
// jobs as it has free places, so reorder and pause still act before the next one.
#include "jobqueue.h"
#include "singleserverdispatch.h"

#include <QTimer>

namespace Easel {

bool JobQueue::setDispatch(JobDispatch *dispatch)
{
    JobDispatch *next = dispatch ? dispatch : m_single;
    if (next == m_dispatch)
        return true;
    if (!next)
        return false; // no server of its own to go back to
    // Jobs on a server belong to the dispatch that sent them.
    if (holdsJobs())
        return false;
    for (const QMetaObject::Connection &connection : std::as_const(m_dispatchConnections))
        disconnect(connection);
    m_dispatchConnections.clear();
    m_dispatch->setWatchOtherClients(false);
    onOtherClientsJobs({}, {});
    m_dispatch = next;
    connectDispatch();
    m_dispatch->setWatchOtherClients(m_showForeign);
    QTimer::singleShot(0, this, &JobQueue::pump);
    return true;
}

bool JobQueue::holdsJobs() const
{
    return std::any_of(m_jobs.cbegin(), m_jobs.cend(), [](const QueuedJob &job) { return job.isHeld(); });
}

JobDispatch *JobQueue::dispatch() const
{
    return m_dispatch;
}

bool JobQueue::pinBatch(const QString &batchId, const QString &serverId)
{
    auto it = m_batches.find(batchId);
    if (it == m_batches.end())
        return false;
    it->pinnedServer = serverId;
    scheduleSave();
    return true;
}

void JobQueue::connectDispatch()
{
    auto on = [this](auto signal, auto handler) {
        m_dispatchConnections.append(connect(m_dispatch.data(), signal, this, handler));
    };
    // Traffic about a job the dispatch no longer holds for this queue (cancelled, taken
    // back, finished) is ignored.
    auto held = [this](const QString &jobId) -> QueuedJob * {
        QueuedJob *job = findJob(jobId);
        return job && job->isHeld() && !job->isFinished() ? job : nullptr;
    };
    on(&JobDispatch::placesChanged, [this] { pump(); });
    on(&JobDispatch::assigned, [this](const QString &jobId, const QString &server, const QString &promptId,
                                      const QString &) { onDispatchAssigned(jobId, server, promptId); });
    on(&JobDispatch::nodeExecuting, [this, held](const QString &jobId, const QString &nodeId) {
        if (QueuedJob *job = held(jobId))
            onJobNode(*job, nodeId);
    });
    on(&JobDispatch::progress, [this, held](const QString &jobId, double fraction, const QString &nodeId) {
        if (QueuedJob *job = held(jobId))
            onJobProgress(*job, fraction, nodeId);
    });
    on(&JobDispatch::nodesDone, [held](const QString &jobId, int done, int total) {
        if (QueuedJob *job = held(jobId)) {
            job->nodesDone = done;
            job->nodesTotal = total;
        }
    });
    on(&JobDispatch::stepProgress,
       [this, held](const QString &jobId, const QString &nodeId, double value, double max) {
           if (QueuedJob *job = held(jobId))
               onJobSteps(*job, nodeId, value, max);
       });
    on(&JobDispatch::previewFrame, [this, held](const QString &jobId, const QString &nodeId, const QImage &image) {
        if (QueuedJob *job = held(jobId))
            onJobPreview(*job, nodeId, image);
    });
    on(&JobDispatch::outputSaved, [this, held](const QString &jobId, const SavedOutput &output) {
        if (QueuedJob *job = held(jobId))
            onJobOutput(*job, output);
    });
    on(&JobDispatch::leftServer, [this, held](const QString &jobId) {
        if (QueuedJob *job = held(jobId)) {
            if (job->step == QueuedJob::Step::Handed && job->isOnServer())
                setState(*job, job->state, QueuedJob::Step::Collecting);
        }
    });
    on(&JobDispatch::waiting, [this, held](const QString &jobId, const QString &state) {
        if (QueuedJob *job = held(jobId); job && job->waitingNote != state) {
            job->waitingNote = state;
            touch(jobId);
        }
    });
    on(&JobDispatch::requeued, [this](const QString &jobId, const QString &) { onDispatchRequeued(jobId); });
    on(&JobDispatch::takenBack, [this](const QString &jobId) { onDispatchTakenBack(jobId); });
    on(&JobDispatch::finished, [this](const QString &jobId, const JobOutcome &outcome) {
        onDispatchFinished(jobId, outcome);
    });
    on(&JobDispatch::otherClientsJobs, [this](const QStringList &running, const QStringList &pending) {
        onOtherClientsJobs(running, pending);
    });
}

void JobQueue::dispatchJob(QueuedJob &job)
{
    const QByteArray prompt = jobPrompt(job);
    if (prompt.isEmpty()) {
        job.submittedAt = QDateTime::currentDateTimeUtc();
        failUnsendable(job);
        return;
    }
    const QueueBatch &batchInfo = *batch(job.batchId);
    DispatchRequest request;
    request.jobId = job.id;
    request.promptId = job.promptId;
    request.maybePosted = job.isRestored();
    request.promptJson = prompt;
    request.workflowJson = m_queueTime.jobWorkflow(job.batchId, batchInfo.workflowJson, job.overrides);
    request.basePromptJson = batchInfo.promptJson;
    // The batch's tree has the count (overrides add no node): the runner parses nothing.
    if (const JsonTree &tree = parsedPrompt(job.batchId); tree.isObject())
        request.promptNodes = tree.size();
    request.pinnedServer = batchInfo.pinnedServer;
    request.imageUploads = batchInfo.imageUploads;
    if (!setState(job, QueuedJob::State::Waiting, QueuedJob::Step::Handed))
        return;
    job.server.clear();
    m_submitOrder.insert(job.id, ++m_submitCount);
    touch(job.id);
    m_dispatch->dispatch(request);
    scheduleSave();
}

void JobQueue::onDispatchAssigned(const QString &jobId, const QString &server, const QString &promptId)
{
    QueuedJob *job = findJob(jobId);
    if (!job || !job->isHeld() || job->isFinished())
        return;
    // The prompt id is the dispatch's (a new one each time it is sent somewhere).
    m_byPrompt.remove(job->promptId);
    job->promptId = promptId;
    m_byPrompt.insert(promptId, jobId);
    job->server = server;
    job->submittedAt = QDateTime::currentDateTimeUtc();
    setState(*job, QueuedJob::State::Submitted,
             job->isCancelling() ? QueuedJob::Step::Cancelling : QueuedJob::Step::Handed);
    touch(jobId);
    scheduleSave();
    // Sent again after a loss while the queue is paused: a pause holds back what has not run.
    if (m_paused && !job->isCancelling())
        m_dispatch->takeBack(jobId);
}

void JobQueue::onDispatchRequeued(const QString &jobId)
{
    QueuedJob *job = findJob(jobId);
    if (!job || !job->isHeld() || job->isFinished())
        return;
    // Lost on its server: it waits inside the dispatch for another one (still held, so it
    // neither moves nor is sent twice), shown as waiting.
    const bool hadNode = !job->runningNode.isEmpty();
    job->runningNode.clear();
    job->progress = 0;
    job->nodesDone = 0;
    job->stepValue = job->stepMax = 0;
    job->server.clear();
    job->startedAt = {};
    job->outputs.clear();
    setState(*job, QueuedJob::State::Waiting,
             job->isCancelling() ? QueuedJob::Step::Cancelling : QueuedJob::Step::Handed);
    if (hadNode)
        emit runningNodeChanged(jobId, {});
    scheduleSave();
}

void JobQueue::onDispatchTakenBack(const QString &jobId)
{
    QueuedJob *job = findJob(jobId);
    if (!job || !job->isHeld() || job->isFinished())
        return;
    job->server.clear();
    // Back at the head of the waiting jobs, as a pause on the single server does.
    returnToWaiting(jobId);
}

void JobQueue::onDispatchFinished(const QString &jobId, const JobOutcome &outcome)
{
    QueuedJob *job = findJob(jobId);
    if (!job || !job->isHeld() || job->isFinished())
        return;
    finishJob(*job, outcome);
}

void JobQueue::pauseDispatched()
{
    // What is pending on a server would still run: each is taken back (the dispatch
    // checks on its server that it has not started). Running jobs go on.
    QStringList pending;
    for (const QueuedJob &job : std::as_const(m_jobs)) {
        if (job.step == QueuedJob::Step::Handed
            && (job.state == QueuedJob::State::Submitted || job.state == QueuedJob::State::Waiting))
            pending.append(job.id);
    }
    for (const QString &jobId : std::as_const(pending))
        m_dispatch->takeBack(jobId);
}

void JobQueue::adoptRestored(const QList<QString> &jobIds)
{
    for (const QString &jobId : jobIds) {
        QueuedJob *job = findJob(jobId);
        if (!job || !job->isOnServer() || !setState(*job, job->state, QueuedJob::Step::Handed))
            continue;
        const QueueBatch *batchInfo = batch(job->batchId);
        m_dispatch->adopt(jobId, job->promptId, job->server, jobPrompt(*job),
                          batchInfo ? m_queueTime.jobWorkflow(job->batchId, batchInfo->workflowJson, job->overrides)
                                    : QByteArray(),
                          batchInfo ? batchInfo->imageUploads : QHash<QString, QString>());
    }
}

} // namespace Easel
