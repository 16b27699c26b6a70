// FarmDispatcher and its servers: each server's traffic routed to the job whose current
// attempt it is, a prompt's end, a server going down and coming back, and the jobs lost
// with it (judged by FarmLostJobs' clocks).
#include "farmdispatcher.h"

#include "comfyclient.h"
#include "farmlostjobs.h"
#include "farmserver.h"
#include "jobresync.h"

#include <QCoreApplication>

namespace Easel {

namespace {
// Nothing reached the server: safe to send elsewhere at once.
bool neverArrived(const ProtocolError &error)
{
    return error.kind() == ProtocolError::Kind::ConnectionRefused
           || error.kind() == ProtocolError::Kind::HostNotFound;
}

} // namespace

FarmServer *FarmDispatcher::addServer(const QUrl &url, const TransportOptions &transport,
                                      const QString &displayName)
{
    auto *server = new FarmServer(url, m_outputDirectory, transport, displayName, this);
    server->runner()->setPollAfterMs(m_pollAfterMs);
    server->events()->setPreviewMode(m_previewMode);
    server->events()->setPreviewsWanted(m_previewsWanted);
    m_servers.append(server);
    connect(server->runner(), &JobRunner::jobFinished, this,
            [this, server](const QString &promptId, const JobOutcome &outcome) {
                onRunnerFinished(server, promptId, outcome);
            });
    // Per-job traffic, for the job's current attempt on this server only: a lost attempt
    // that still talks (its server came back) is not the job any more.
    JobRunner *runner = server->runner();
    connect(runner, &JobRunner::jobProgress, this,
            [this, server](const QString &promptId, double fraction, const QString &nodeId) {
                if (const FarmJob *job = currentJob(server, promptId))
                    emit jobProgress(job->id, fraction, nodeId);
            });
    connect(runner, &JobRunner::jobNodeExecuting, this,
            [this, server](const QString &promptId, const QString &nodeId) {
                if (const FarmJob *job = currentJob(server, promptId))
                    emit jobNodeExecuting(job->id, nodeId);
            });
    connect(runner, &JobRunner::jobNodesDone, this, [this, server](const QString &promptId, int done, int total) {
        if (const FarmJob *job = currentJob(server, promptId))
            emit jobNodesDone(job->id, done, total);
    });
    connect(runner, &JobRunner::jobStepProgress, this,
            [this, server](const QString &promptId, const QString &nodeId, double value, double max) {
                if (const FarmJob *job = currentJob(server, promptId))
                    emit jobStepProgress(job->id, nodeId, value, max);
            });
    connect(runner, &JobRunner::jobWaiting, this,
            [this, server](const QString &promptId, const QString &state) {
                if (const FarmJob *job = currentJob(server, promptId))
                    emit jobWaiting(job->id, state);
            });
    connect(runner, &JobRunner::jobPreviewFrame, this,
            [this, server](const QString &promptId, const QString &nodeId, const QImage &image) {
                if (const FarmJob *job = currentJob(server, promptId))
                    emit jobPreviewFrame(job->id, nodeId, image);
            });
    connect(runner, &JobRunner::jobAccepted, this, [this, server](const QString &promptId, double) {
        FarmJob *job = currentJob(server, promptId);
        if (!job)
            return;
        // The server was there just now: a clock from while the POST was under way (it went
        // down meanwhile, checkLost waited for this answer) counts from here, so the answer is
        // not taken for lost at the next tick, before the connection is back.
        if (m_lost->hasClock(job->id))
            m_lost->startClock(job->id);
        // A delete sent before the POST's answer could overtake it: sent now instead.
        switch (job->state) {
        case FarmJob::State::Posting:
            move(*job, FarmJob::State::OnServer);
            break;
        case FarmJob::State::PostingCancelled:
            move(*job, FarmJob::State::Cancelling);
            cancelOnServer(*job);
            break;
        case FarmJob::State::PostingTakenBack:
            move(*job, FarmJob::State::OnServer);
            takeBack(job->id);
            break;
        default:
            break;
        }
    });
    connect(runner, &JobRunner::jobLeftServer, this, [this, server](const QString &promptId) {
        FarmJob *job = currentJob(server, promptId);
        if (!job || job->state == FarmJob::State::LeftServer)
            return;
        // Its place in the window is free: the next job goes there now, not after downloads.
        // (A cancelled one stays cancelled, so that a loss never runs it again.)
        if (!job->isCancelled() && !move(*job, FarmJob::State::LeftServer))
            return;
        emit jobLeftServer(job->id);
        schedulePump();
    });
    connect(runner, &JobRunner::jobOutputSaved, this, [this, server](const SavedOutput &output) {
        // Kept as they come: the outcome's list is read back from the index, which another
        // server's store may hold locked at that moment.
        if (FarmJob *job = currentJob(server, output.promptId)) {
            job->outputs.append(output);
            emit jobOutputSaved(job->id, output);
        }
    });
    connect(server->resync(), &JobResync::forgotten, this,
            [this, server](const QString &promptId) { onForgotten(server, promptId); });
    connect(server->resync(), &JobResync::finishedOnServer, this,
            [this, server](const QString &promptId, const HistoryEntry &) {
                const FarmJob *job = jobForPrompt(promptId);
                if (job && job->promptId == promptId && job->server == server->id())
                    log(FarmDecision::Kind::Collected, job->id, server->id(),
                        tr("finished there while it was away; outputs fetched, not run again"));
            });
    connect(server, &FarmServer::wentDown, this, [this, server] { onServerDown(server); });
    connect(server, &FarmServer::cameBack, this, [this, server] { onServerBack(server); });
    connect(server, &FarmServer::usableChanged, this, &FarmDispatcher::schedulePump);
    return server;
}

void FarmDispatcher::onRunnerFinished(FarmServer *server, const QString &promptId, const JobOutcome &outcome)
{
    FarmJob *job = jobForPrompt(promptId);
    if (!job || job->promptId != promptId || job->server != server->id() || !job->isOnServer())
        return; // an attempt given up on already
    if (outcome.status == JobOutcome::Status::Rejected && outcome.error.isTransportFailure()) {
        if (neverArrived(outcome.error)) {
            if (job->isCancelled()) {
                endCancelled(*job);
                return;
            }
            requeue(*job, tr("not reachable: %1").arg(outcome.error.message()));
            return;
        }
        // The POST may have reached the server: follow the prompt there until its resync
        // (or the lost timeout) says where it stands; never post it twice. As far as
        // anyone can tell it was answered: deletes may go now.
        server->runner()->resume(promptId, job->request.promptJson);
        server->resync()->track(promptId);
        if (job->state == FarmJob::State::PostingCancelled) {
            move(*job, FarmJob::State::Cancelling);
            cancelOnServer(*job);
            return;
        }
        if (job->state == FarmJob::State::Posting || job->state == FarmJob::State::PostingTakenBack)
            move(*job, FarmJob::State::OnServer);
        if (!server->isConnected())
            m_lost->startClock(job->id);
        else
            server->resync()->resyncNow();
        return;
    }
    if (job->outputs.isEmpty())
        job->outputs = outcome.outputs;
    job->outcome = outcome;
    if (job->outcome.outputs.isEmpty())
        job->outcome.outputs = job->outputs;
    m_lost->stopClock(job->id);
    if (outcome.status == JobOutcome::Status::Succeeded) {
        move(*job, FarmJob::State::Done);
        server->countJobRun();
    } else {
        move(*job, FarmJob::State::Failed);
        job->message = tr("%1: %2").arg(server->id(), outcome.message);
    }
    log(FarmDecision::Kind::Finished, job->id, server->id(),
        job->state == FarmJob::State::Done ? tr("done") : job->message);
    emit jobFinished(job->id);
    schedulePump();
}

void FarmDispatcher::onServerDown(FarmServer *server)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const FarmJob &job : std::as_const(m_jobs)) {
        if (job.server == server->id() && (job.isOnServer() || job.state == FarmJob::State::Uploading))
            m_lost->startClock(job.id, now);
    }
    qCInfo(lcFarm, "server %s went down; %d job(s) there wait for it up to %d ms",
           qPrintable(server->id()), inFlight(server->id()), m_lost->timeoutMs());
    schedulePump();
}

void FarmDispatcher::onServerBack(FarmServer *server)
{
    // Its resync (on the reconnect) settles the jobs it still has; until then they are not lost.
    for (const FarmJob &job : std::as_const(m_jobs)) {
        if (job.server == server->id() && job.isOnServer())
            m_lost->stopClock(job.id);
    }
    // Prompts given up on while it was away were run elsewhere: whatever it still holds
    // of them must not run there too.
    const QStringList abandoned = m_lost->takeAbandoned(server->id());
    if (!abandoned.isEmpty()) {
        server->client()->deleteFromQueue(abandoned);
        for (const QString &promptId : abandoned)
            server->client()->interrupt(promptId);
    }
    qCInfo(lcFarm, "server %s is back", qPrintable(server->id()));
    schedulePump();
}

void FarmDispatcher::onForgotten(FarmServer *server, const QString &promptId)
{
    server->runner()->forget(promptId);
    FarmJob *job = jobForPrompt(promptId);
    if (job && job->promptId == promptId && job->server == server->id() && job->isOnServer())
        declareLost(*job, tr("the server has no record of it (restarted)"));
}

void FarmDispatcher::declareLost(FarmJob &job, const QString &reason)
{
    FarmServer *lostOn = server(job.server);
    log(FarmDecision::Kind::Lost, job.id, job.server, reason);
    if (lostOn) {
        lostOn->runner()->forget(job.promptId);
        lostOn->resync()->untrack(job.promptId);
        if (!lostOn->isConnected())
            m_lost->abandon(lostOn->id(), job.promptId);
    }
    if (job.isCancelled()) {
        endCancelled(job);
        return;
    }
    requeue(job, tr("to run elsewhere"));
}

void FarmDispatcher::checkLost()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &id : std::as_const(m_order)) {
        FarmJob &job = m_jobs[id];
        if (!job.isOnServer() || !m_lost->hasClock(id))
            continue;
        // Its POST is still under way: the client's retry may yet post it (after asking the
        // returned server for it), so a job given up on now could run twice. The answer, or
        // the client giving up (onRunnerFinished starts its clock anew), decides. The retry
        // ends: each try and each ask has its own deadline.
        if (!job.isAccepted())
            continue;
        FarmServer *on = server(job.server);
        if (on && on->isConnected())
            continue;
        if (m_lost->hasExpired(id, now))
            declareLost(job, tr("its server has been down for %1 s").arg(m_lost->timeoutMs() / 1000.0));
    }
}

} // namespace Easel
