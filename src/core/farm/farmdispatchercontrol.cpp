// FarmDispatcher's control of single jobs under the caller's ids: what JobQueue needs to
// keep its cancel, interrupt, pause and restart working when its jobs run on a farm.
#include "farmdispatcher.h"

#include "comfyclient.h"
#include "farmlostjobs.h"
#include "farmserver.h"
#include "futurecallback.h"
#include "jobresync.h"
#include "promptlocator.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Easel {

FarmJob *FarmDispatcher::findJob(const QString &jobId)
{
    auto it = m_jobs.find(jobId);
    return it == m_jobs.end() ? nullptr : &*it;
}

FarmJob *FarmDispatcher::currentJob(FarmServer *server, const QString &promptId)
{
    FarmJob *job = jobForPrompt(promptId);
    if (!job || job->promptId != promptId || job->server != server->id() || !job->isOnServer())
        return nullptr;
    return job;
}

void FarmDispatcher::startClocks()
{
    if (!m_started.isValid())
        m_started = QDateTime::currentDateTimeUtc();
    m_wasIdle = false;
    m_lost->start();
}

bool FarmDispatcher::add(const QString &jobId, const FarmJobRequest &request, const QString &pinnedServer)
{
    if (jobId.isEmpty())
        return false;
    if (const FarmJob *old = findJob(jobId)) {
        if (!old->isFinished())
            return false;
        remove(jobId); // a retry: a new record, the old attempts' traffic is ignored
    }
    FarmJob job;
    job.id = jobId;
    job.request = request;
    job.needs = FarmJobNeeds::of(request.promptJson);
    job.pinnedServer = pinnedServer;
    m_order.append(jobId);
    m_jobs.insert(jobId, job);
    startClocks();
    schedulePump();
    return true;
}

bool FarmDispatcher::adopt(const QString &jobId, const FarmJobRequest &request, const QString &serverId,
                           const QString &promptId)
{
    if (jobId.isEmpty() || promptId.isEmpty() || (findJob(jobId) && !findJob(jobId)->isFinished()))
        return false;
    if (findJob(jobId))
        remove(jobId);
    const FarmJob job = FarmJob::adopted(jobId, request, serverId, promptId);
    m_order.append(jobId);
    m_byPrompt.insert(promptId, jobId);
    FarmJob &stored = *m_jobs.insert(jobId, job);
    startClocks();
    FarmServer *on = server(serverId);
    if (!on) {
        // Nobody can be asked: run it again (a server left out of the farm is its owner's call).
        log(FarmDecision::Kind::Lost, jobId, serverId, tr("its server is not in the farm"));
        requeue(stored, tr("to run elsewhere"));
        return true;
    }
    // Followed at once (its events, a /history poll when silent); its resync says whether
    // the server finished it, still has it, or forgot it (then it is run elsewhere). A
    // server that does not answer within the lost timeout gets it deleted when it returns.
    on->runner()->resume(promptId, request.promptJson);
    on->resync()->track(promptId);
    m_lost->startClock(jobId);
    checkAdopted();
    return true;
}

void FarmDispatcher::checkAdopted()
{
    QSet<FarmServer *> ask;
    for (FarmJob &job : m_jobs) {
        if (job.state != FarmJob::State::Adopted)
            continue;
        FarmServer *on = server(job.server);
        if (!on || !on->isConnected())
            continue;
        move(job, FarmJob::State::OnServer);
        m_lost->stopClock(job.id);
        ask.insert(on);
    }
    for (FarmServer *on : std::as_const(ask)) {
        qCInfo(lcFarm, "asking %s about the jobs Easel had there before it restarted", qPrintable(on->id()));
        on->resync()->resyncNow();
    }
}

void FarmDispatcher::forgetAttempt(FarmJob &job)
{
    if (FarmServer *on = server(job.server)) {
        on->runner()->forget(job.promptId);
        on->resync()->untrack(job.promptId);
    }
}

void FarmDispatcher::endCancelled(FarmJob &job)
{
    if (!move(job, FarmJob::State::Failed))
        return;
    m_lost->stopClock(job.id);
    job.message = tr("Cancelled");
    job.outputs.clear();
    job.outcome = {};
    job.outcome.status = JobOutcome::Status::Interrupted;
    job.outcome.message = job.message;
    log(FarmDecision::Kind::Finished, job.id, job.server, job.message);
    emit jobFinished(job.id);
    schedulePump();
}

void FarmDispatcher::cancel(const QString &jobId)
{
    FarmJob *job = findJob(jobId);
    if (!job || job->isFinished())
        return;
    if (!job->isOnServer()) {
        endCancelled(*job); // not on a server yet: nothing ran (an upload's answer is ignored)
        return;
    }
    if (job->isCancelled())
        return;
    if (!server(job->server)) {
        endCancelled(*job);
        return;
    }
    if (!job->isAccepted()) {
        move(*job, FarmJob::State::PostingCancelled); // until the POST is answered (or fails: then it ends)
        return;
    }
    if (move(*job, FarmJob::State::Cancelling))
        cancelOnServer(*job);
}

void FarmDispatcher::cancelOnServer(FarmJob &job)
{
    FarmServer *on = server(job.server);
    if (!on) {
        endCancelled(job);
        return;
    }
    // Out of its queue first, then see where it is: it may have started in between.
    const QString jobId = job.id;
    const QString promptId = job.promptId;
    auto current = [this, jobId, promptId]() -> FarmJob * {
        FarmJob *again = findJob(jobId);
        return again && again->promptId == promptId && again->state == FarmJob::State::Cancelling ? again : nullptr;
    };
    ComfyClient *client = on->client();
    PromptLocator::locate(client, promptId, PromptLocator::Mode::DeleteFirst, this,
                          [this, client, promptId, current, on](const PromptLocation &location) {
                              FarmJob *cancelled = current();
                              if (!cancelled)
                                  return;
                              if (location.place == PromptLocation::Place::Running) {
                                  client->interrupt(promptId); // its runner reports it Interrupted
                                  return;
                              }
                              if (location.place == PromptLocation::Place::Finished)
                                  return; // it ran: its runner reports how it ended
                              // Deleted while pending, or the server cannot be asked: whatever
                              // it still holds of the prompt is deleted when it is back.
                              if (location.place == PromptLocation::Place::Unknown && !location.historyAnswered)
                                  m_lost->abandon(on->id(), promptId);
                              forgetAttempt(*cancelled);
                              endCancelled(*cancelled);
                          });
}

void FarmDispatcher::interrupt(const QString &jobId)
{
    const FarmJob *job = findJob(jobId);
    if (!job || !job->isOnServer())
        return;
    // Always targeted: the server may be running someone else's prompt.
    if (FarmServer *on = server(job->server))
        on->client()->interrupt(job->promptId);
}

void FarmDispatcher::takeBack(const QString &jobId)
{
    FarmJob *job = findJob(jobId);
    if (!job || job->isFinished() || job->state == FarmJob::State::TakingBack || job->isCancelled())
        return;
    auto drop = [this](const QString &id) {
        FarmJob *dropped = findJob(id);
        if (!dropped)
            return;
        log(FarmDecision::Kind::Requeued, id, dropped->server, tr("taken back before it ran"));
        if (!move(*dropped, FarmJob::State::Failed)) // so that remove() takes it
            return;
        m_lost->stopClock(id);
        remove(id);
        emit jobTakenBack(id);
        schedulePump();
    };
    if (!job->isOnServer()) {
        drop(jobId); // waiting here, or uploading (its upload's answer is ignored)
        return;
    }
    if (job->state == FarmJob::State::Posting) {
        move(*job, FarmJob::State::PostingTakenBack); // asked once the POST is answered
        return;
    }
    FarmServer *on = server(job->server);
    if (job->state != FarmJob::State::OnServer || !on || !on->isConnected())
        return; // done there, not asked yet (adopted), or nobody to ask: it goes on
    move(*job, FarmJob::State::TakingBack);
    const QString promptId = job->promptId;
    auto current = [this, jobId, promptId]() -> FarmJob * {
        FarmJob *again = findJob(jobId);
        return again && again->promptId == promptId && again->state == FarmJob::State::TakingBack ? again
                                                                                                  : nullptr;
    };
    PromptLocator::locate(on->client(), promptId, PromptLocator::Mode::DeleteFirst, this,
                          [this, current, drop, jobId](const PromptLocation &location) {
                              FarmJob *asked = current();
                              if (!asked)
                                  return;
                              // Running, still pending, run already or unknown: it goes on, and
                              // its runner reports it.
                              if (location.place != PromptLocation::Place::Gone) {
                                  move(*asked, FarmJob::State::OnServer);
                                  return;
                              }
                              forgetAttempt(*asked);
                              drop(jobId);
                          });
}

void FarmDispatcher::remove(const QString &jobId)
{
    auto it = m_jobs.find(jobId);
    if (it == m_jobs.end() || !it->isFinished())
        return;
    for (const QString &promptId : std::as_const(it->attempts)) {
        if (m_byPrompt.value(promptId) == jobId)
            m_byPrompt.remove(promptId);
    }
    m_lost->stopClock(jobId);
    m_jobs.erase(it);
    m_order.removeOne(jobId);
}

int FarmDispatcher::freePlaces() const
{
    QHash<QString, int> load;
    int waiting = 0;
    for (const FarmJob &job : m_jobs) {
        if (job.holdsPlace())
            ++load[job.server];
        else if (job.state == FarmJob::State::Waiting)
            ++waiting;
    }
    int room = 0;
    for (FarmServer *server : m_servers) {
        if (server->isUsable())
            room += std::max(0, m_window - load.value(server->id()));
    }
    return std::max(0, room - waiting);
}

} // namespace Easel
