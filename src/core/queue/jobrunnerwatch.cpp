// JobRunner when events stop coming (jobrunner.h): silent prompts are asked about through
// /history, a prompt the server knows nothing of is watched until it counts as lost, and
// an unanswered POST /prompt is said to wait. The rest of the runner is in jobrunner.cpp.
#include "jobrunner.h"

#include "comfyclient.h"
#include "eventstream.h"
#include "futurecallback.h"

#include <algorithm>

namespace Easel {

void JobRunner::pollSilentJobs()
{
    // Silence is normal for a job that waits in the server's queue: only the running
    // prompt produces events. So with the stream up, only jobs the server has started
    // (or whose state a restart left unknown) are asked about, and never twice at once;
    // asking /history for every waiting job would be a storm with a long queue. With the
    // stream down, every accepted job is asked, one question per job per interval.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool streamDown = m_events->state() != EventStream::State::Connected;
    // The first accepted job that has not started is the one the server runs next (or
    // runs already, if its first events were missed): it alone is also asked.
    const RunnerJob *next = nullptr;
    QList<QPair<QString, qint64>> unanswered;
    for (const RunnerJob &job : std::as_const(m_jobs)) {
        if (!job.accepted && job.postedAt.isValid()) {
            const qint64 waitedMs = job.postedAt.msecsTo(now);
            if (waitedMs >= m_answerNoticeAfterMs)
                unanswered.append({job.promptId, waitedMs});
        }
        if (job.accepted && !job.started && (!next || job.acceptedOrder < next->acceptedOrder))
            next = &job;
    }
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it) {
        if (!it->accepted || it->fetching || it->polling)
            continue;
        if (!streamDown && !it->started && !it->resumed && &*it != next)
            continue;
        if (it->lastEvent.msecsTo(now) < m_pollAfterMs)
            continue;
        it->lastEvent = now;
        it->polling = true;
        const QString promptId = it->promptId;
        onFinished(m_client->historyEntry(promptId), this, [this, promptId](const Result<QList<HistoryEntry>> &result) {
            auto job = m_jobs.find(promptId);
            if (job == m_jobs.end())
                return;
            job->polling = false;
            if (result.isOk() && !result.value().isEmpty())
                fetchOutputs(promptId);
            else if (result.isOk())
                checkUnknownJob(promptId);
        });
    }
    // A POST the server has not answered yet (a slow proxy, a server busy loading a
    // model): say so and for how long, so the wait is visible; the request's own deadline
    // ends it (ProtocolLimits).
    for (const auto &[promptId, waitedMs] : std::as_const(unanswered)) {
        auto it = m_jobs.find(promptId);
        if (it == m_jobs.end() || it->accepted)
            continue;
        it->waitingShown = true;
        emit jobWaiting(promptId, tr("waiting for the server's answer, %n second(s)", "",
                                     int(waitedMs / 1000)));
    }
}

void JobRunner::checkUnknownJob(const QString &promptId)
{
    auto it = m_jobs.find(promptId);
    if (it == m_jobs.end() || it->polling)
        return;
    it->polling = true;
    onFinished(m_client->queue(), this, [this, promptId](const Result<QueueSnapshot> &snapshot) {
        auto job = m_jobs.find(promptId);
        if (job == m_jobs.end())
            return;
        job->polling = false;
        if (!snapshot.isOk() || job->fetching)
            return; // unanswered: the server's reachability is the connection monitor's
        const auto known = [&](const QList<QueueItem> &items) {
            return std::any_of(items.cbegin(), items.cend(),
                               [&](const QueueItem &item) { return item.promptId == promptId; });
        };
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (known(snapshot.value().running) || known(snapshot.value().pending)) {
            if (job->unknownSince.isValid())
                emit jobWaiting(promptId, {});
            job->unknownSince = {};
            return;
        }
        if (!job->unknownSince.isValid())
            job->unknownSince = now;
        const qint64 leftMs = m_lostAfterMs - job->unknownSince.msecsTo(now);
        if (leftMs <= 0) {
            abandon(promptId, tr("The server does not know this job (in neither its queue nor its "
                                 "history for %n second(s)); it was lost",
                                 "", int(m_lostAfterMs / 1000)));
            return;
        }
        emit jobWaiting(promptId, tr("the server does not know this job; lost in %n second(s)",
                                     "", int((leftMs + 999) / 1000)));
    });
}

} // namespace Easel
