// What the user does to the queue: pause, cancel, interrupt, retry, reorder, clear.
#include "jobqueue.h"

#include "comfyclient.h"
#include "jobdispatch.h"
#include "singleserverdispatch.h"

#include <QSet>
#include <QTimer>

#include <algorithm>

namespace Easel {

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
    if (job->isCancelling()) {
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
    job->waitingNote.clear();
    const quint64 order = m_submitOrder.value(jobId);
    setState(*job, QueuedJob::State::Waiting, QueuedJob::Step::Idle);
    m_pulledBack.insert(jobId, order);
    // At the head of the waiting jobs, after those taken back that were sent before it.
    const int from = queueIndexOf(jobId);
    int target = -1;
    for (int i = 0; i < int(m_jobs.size()) && target < 0; ++i) {
        const QueuedJob &other = m_jobs.at(i);
        if (i == from || other.state != QueuedJob::State::Waiting || other.isHeld())
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
    return m_single ? m_single->maxInFlight() : 0;
}

void JobQueue::setMaxInFlight(int jobs)
{
    if (!m_single)
        return;
    m_single->setMaxInFlight(jobs);
    pump();
}

bool JobQueue::cancel(const QString &jobId)
{
    QueuedJob *job = findJob(jobId);
    if (!job || job->isFinished() || job->state == QueuedJob::State::Foreign)
        return false;
    if (job->state == QueuedJob::State::Waiting && !job->isHeld()) {
        setState(*job, QueuedJob::State::Cancelled, QueuedJob::Step::Idle);
        job->finishedAt = QDateTime::currentDateTimeUtc();
        checkBatchFinished(job->batchId, jobId);
        scheduleSave();
        pump();
        return true;
    }
    if (job->isCancelling() || !job->isHeld())
        return true;
    setState(*job, job->state, QueuedJob::Step::Cancelling);
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
    setState(*job, QueuedJob::State::Cancelled, QueuedJob::Step::Idle);
    if (wasRunning)
        emit runningNodeChanged(jobId, {});
    checkBatchFinished(job->batchId, jobId);
    scheduleSave();
    pump();
}

bool JobQueue::interrupt(const QString &jobId)
{
    QueuedJob *job = findJob(jobId);
    if (!job || !job->isOnServer())
        return false;
    if (job->isHeld())
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
    job->waitingNote.clear();
    job->server.clear();
    job->submittedAt = job->startedAt = job->finishedAt = {};
    setState(*job, QueuedJob::State::Waiting, QueuedJob::Step::Idle);
    scheduleSave();
    startClock();
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

template<typename Keep>
void JobQueue::removeJobs(Keep keep)
{
    // Neighbouring rows go as one range: one removal (and one shift of the rows after it)
    // per run of rows, not per row, which in a queue of 20,000 rows cost a shift each.
    for (int end = int(m_jobs.size()) - 1; end >= 0; --end) {
        if (keep(m_jobs.at(end)))
            continue;
        int begin = end;
        while (begin > 0 && !keep(m_jobs.at(begin - 1)))
            --begin;
        const int offset = int(m_foreign.size());
        beginRemoveRows({}, begin + offset, end + offset);
        for (int i = begin; i <= end; ++i) {
            const QueuedJob &job = m_jobs.at(i);
            m_byPrompt.remove(job.promptId);
            m_submitOrder.remove(job.id);
            forgetRow(job.id);
            countJob(job, -1);
        }
        m_jobs.remove(begin, end - begin + 1);
        endRemoveRows();
        end = begin;
    }
    for (auto it = m_batches.begin(); it != m_batches.end();) {
        // Every batch no row is left in (the counts know without a scan of the rows).
        if (const auto count = m_batchCounts.constFind(it.key()); count != m_batchCounts.cend() && count->rows > 0) {
            ++it;
        } else {
            m_parsedPrompts.remove(it.key());
            m_queueTime.forgetBatch(it.key());
            m_labels.forget(it.key());
            m_dropped.remove(it.key());
            m_batchCounts.remove(it.key());
            it = m_batches.erase(it);
        }
    }
}

void JobQueue::removeFinished()
{
    removeJobs([](const QueuedJob &job) { return !job.isFinished(); });
}

void JobQueue::setKeepFinished(int jobs, int slack)
{
    m_keepFinished = std::max(0, jobs);
    m_keepSlack = std::max(0, slack);
    scheduleDropOldFinished();
}

void JobQueue::scheduleDropOldFinished()
{
    // Later, not inside the job's own ending: callers still hold the finished job, and a
    // long run ends jobs in bursts (one pass drops them all).
    if (m_keepFinished <= 0 || m_dropPending)
        return;
    m_dropPending = true;
    QTimer::singleShot(0, this, [this] {
        m_dropPending = false;
        dropOldFinished();
    });
}

void JobQueue::dropOldFinished()
{
    if (m_keepFinished <= 0)
        return;
    QList<int> finished;
    for (int i = 0; i < int(m_jobs.size()); ++i) {
        if (m_jobs.at(i).isFinished())
            finished.append(i);
    }
    const qsizetype excess = finished.size() - m_keepFinished;
    if (excess <= m_keepSlack)
        return;
    // The ones that ended first go (rows may have been moved or retried).
    std::stable_sort(finished.begin(), finished.end(), [this](int a, int b) {
        return m_jobs.at(a).finishedAt < m_jobs.at(b).finishedAt;
    });
    QSet<QString> drop;
    for (qsizetype k = 0; k < excess; ++k) {
        const QueuedJob &job = m_jobs.at(finished.at(k));
        drop.insert(job.id);
        DroppedTally &tally = m_dropped[job.batchId];
        if (job.state == QueuedJob::State::Done) {
            ++tally.done;
            if (tally.firstOutput.isEmpty() && !job.outputs.isEmpty())
                tally.firstOutput = job.outputs.constFirst().path;
        } else if (job.state == QueuedJob::State::Failed) {
            ++tally.failed;
        } else {
            ++tally.stopped;
        }
    }
    removeJobs([&drop](const QueuedJob &job) { return !job.isFinished() || !drop.contains(job.id); });
    scheduleSave();
}

void JobQueue::setShowForeignJobs(bool show)
{
    m_showForeign = show;
    m_dispatch->setWatchOtherClients(show);
    if (!show)
        onOtherClientsJobs({}, {});
}

} // namespace Easel
