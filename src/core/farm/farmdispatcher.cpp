#include "farmdispatcher.h"

#include "comfyclient.h"
#include "eventstream.h"
#include "farmserver.h"
#include "farmuploader.h"
#include "futurecallback.h"
#include "jobresync.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcFarm, "easel.farm")

namespace Easel {

namespace {
// Nothing reached the server: safe to send elsewhere at once.
bool neverArrived(const ProtocolError &error)
{
    return error.kind() == ProtocolError::Kind::ConnectionRefused
           || error.kind() == ProtocolError::Kind::HostNotFound;
}

const char *kindName(FarmDecision::Kind kind)
{
    switch (kind) {
    case FarmDecision::Kind::Assigned: return "assigned";
    case FarmDecision::Kind::Unrunnable: return "unrunnable";
    case FarmDecision::Kind::Lost: return "lost";
    case FarmDecision::Kind::Requeued: return "requeued";
    case FarmDecision::Kind::Collected: return "collected";
    case FarmDecision::Kind::Finished: return "finished";
    }
    return "?";
}
} // namespace

FarmDispatcher::FarmDispatcher(const QString &outputDirectory, QObject *parent)
    : QObject(parent)
    , m_outputDirectory(outputDirectory)
    , m_pumpTimer(new QTimer(this))
    , m_lostTimer(new QTimer(this))
    , m_uploader(new FarmUploader(this))
{
    qRegisterMetaType<Easel::FarmDecision>();
    m_pumpTimer->setSingleShot(true);
    m_pumpTimer->setInterval(0);
    connect(m_pumpTimer, &QTimer::timeout, this, &FarmDispatcher::pump);
    // Lost jobs and servers that stay away are judged by the clock, not by an event.
    m_lostTimer->setInterval(500);
    connect(m_lostTimer, &QTimer::timeout, this, [this] {
        checkAdopted();
        checkLost();
        pump();
    });
}

FarmDispatcher::~FarmDispatcher() = default;

FarmServer *FarmDispatcher::addServer(const QUrl &url, const TransportOptions &transport,
                                      const QString &displayName)
{
    auto *server = new FarmServer(url, m_outputDirectory, transport, displayName, this);
    server->runner()->setPollAfterMs(m_pollAfterMs);
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
        job->accepted = true;
        // A delete sent before the POST's answer could overtake it: sent now instead.
        if (std::exchange(job->cancelPending, false))
            cancelOnServer(*job);
        else if (std::exchange(job->takeBackPending, false))
            takeBack(job->id);
    });
    connect(runner, &JobRunner::jobLeftServer, this, [this, server](const QString &promptId) {
        FarmJob *job = currentJob(server, promptId);
        if (!job || job->leftServer)
            return;
        // Its place in the window is free: the next job goes there now, not after downloads.
        job->leftServer = true;
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

FarmServer *FarmDispatcher::server(const QString &id) const
{
    for (FarmServer *server : m_servers) {
        if (server->id() == id)
            return server;
    }
    return nullptr;
}

void FarmDispatcher::start()
{
    m_started = QDateTime::currentDateTimeUtc();
    for (FarmServer *server : std::as_const(m_servers))
        server->start();
}

void FarmDispatcher::setPollAfterMs(int ms)
{
    m_pollAfterMs = ms;
    for (FarmServer *server : std::as_const(m_servers))
        server->runner()->setPollAfterMs(ms);
}

const FarmJob *FarmDispatcher::job(const QString &jobId) const
{
    const auto it = m_jobs.constFind(jobId);
    return it == m_jobs.constEnd() ? nullptr : &*it;
}

FarmJob *FarmDispatcher::jobForPrompt(const QString &promptId)
{
    const auto it = m_byPrompt.constFind(promptId);
    if (it == m_byPrompt.constEnd())
        return nullptr;
    auto job = m_jobs.find(it.value());
    return job == m_jobs.end() ? nullptr : &*job;
}

int FarmDispatcher::unfinishedCount() const
{
    int count = 0;
    for (const FarmJob &job : m_jobs)
        count += job.isFinished() ? 0 : 1;
    return count;
}

int FarmDispatcher::inFlight(const QString &serverId) const
{
    int count = 0;
    for (const FarmJob &job : m_jobs) {
        if (job.server == serverId && (job.state == FarmJob::State::OnServer || job.state == FarmJob::State::Uploading))
            ++count;
    }
    return count;
}

void FarmDispatcher::log(FarmDecision::Kind kind, const QString &jobId, const QString &server,
                         const QString &reason)
{
    qCInfo(lcFarm, "%s %s on %s: %s", kindName(kind), qPrintable(jobId), qPrintable(server),
           qPrintable(reason));
    emit decision({kind, jobId, server, reason});
}

void FarmDispatcher::schedulePump()
{
    if (!m_pumpTimer->isActive())
        m_pumpTimer->start();
}

void FarmDispatcher::pump()
{
    QElapsedTimer clock;
    clock.start();
    // What placement decides on, once per pump; each job sent adds to its server's load.
    QList<FarmPlacement::Server> servers;
    servers.reserve(m_servers.size());
    bool anyUsable = false;
    for (FarmServer *server : std::as_const(m_servers)) {
        servers.append({server->id(), server->catalogue(), server->isConnected(), server->isUsable(),
                         server->downSince(), server->warmCheckpoint(), server->queueRemaining(), 0});
        anyUsable = anyUsable || server->isUsable();
    }
    for (const FarmJob &job : std::as_const(m_jobs)) {
        if ((job.state == FarmJob::State::OnServer && !job.leftServer) || job.state == FarmJob::State::Uploading) {
            for (FarmPlacement::Server &server : servers) {
                if (server.id == job.server)
                    ++server.load;
            }
        }
    }
    // A copy: what a job's signals set off may add or drop jobs.
    const QStringList order = m_order;
    for (const QString &id : order) {
        auto it = m_jobs.find(id);
        if (it == m_jobs.end() || it->state != FarmJob::State::Waiting)
            continue;
        bool room = false;
        for (const FarmPlacement::Server &server : std::as_const(servers))
            room = room || (server.usable && server.load < m_window);
        // Every server full: the rest wait (those no server can run fail once there is
        // room). With none usable every job is looked at: it may have to fail now.
        if (!room && anyUsable)
            break;
        const QString chosen = tryDispatch(*it, servers);
        for (FarmPlacement::Server &server : servers) {
            if (!chosen.isEmpty() && server.id == chosen)
                ++server.load;
        }
    }
    m_decisionNs += clock.nsecsElapsed();
    const int places = freePlaces();
    if (places != m_lastPlaces) {
        m_lastPlaces = places;
        emit placesChanged();
    }
    if (!m_wasIdle && unfinishedCount() == 0) {
        m_wasIdle = true;
        m_lostTimer->stop();
        emit idle();
    }
}

QString FarmDispatcher::tryDispatch(FarmJob &job, const QList<FarmPlacement::Server> &servers)
{
    FarmPlacement::Rules rules;
    rules.window = m_window;
    rules.lostTimeoutMs = m_lostTimeoutMs;
    rules.now = QDateTime::currentDateTimeUtc();
    rules.discovering = m_started.msecsTo(rules.now) < m_discoveryTimeoutMs;
    const FarmPlacement::Decision decision =
        FarmPlacement::place({job.needs, job.pinnedServer, job.skipServers}, servers, rules);
    switch (decision.kind) {
    case FarmPlacement::Decision::Kind::Wait:
        return {};
    case FarmPlacement::Decision::Kind::Unrunnable:
        log(FarmDecision::Kind::Unrunnable, job.id, {}, decision.reason);
        fail(job, decision.reason);
        return {};
    case FarmPlacement::Decision::Kind::Send:
        break;
    }
    log(FarmDecision::Kind::Assigned, job.id, decision.server, decision.reason);
    send(job, server(decision.server), decision.reason);
    return decision.server;
}

void FarmDispatcher::send(FarmJob &job, FarmServer *server, const QString &reason)
{
    job.server = server->id();
    job.lostClock = {};
    job.leftServer = false;
    job.outputs.clear();
    // The id is fixed before the upload and the POST, so a restarted Easel can find it.
    job.promptId = ComfyClient::makePromptId();
    job.attempts.append(job.promptId);
    job.accepted = false;
    job.takeBackPending = false;
    job.cancelPending = false;
    m_byPrompt.insert(job.promptId, job.id);
    server->setWarmCheckpoint(job.needs.checkpoint);
    const QString jobId = job.id;
    const QString promptId = job.promptId;
    if (job.request.imageUploads.isEmpty()) {
        job.state = FarmJob::State::OnServer;
        post(job.id, server, job.request.promptJson);
    } else {
        job.state = FarmJob::State::Uploading;
        upload(job, server);
    }
    // Last: whoever listens may add jobs (the job reference would not survive that).
    emit jobAssigned(jobId, server->id(), promptId, reason);
}

void FarmDispatcher::upload(FarmJob &job, FarmServer *server)
{
    const QString jobId = job.id;
    const QString promptId = job.promptId;
    m_uploader->upload(
        server->client(), server->id(), job.request.imageUploads, job.request.promptJson,
        [this, jobId, promptId, server](const FarmUploader::Outcome &outcome) {
            // This attempt only: the job may have been cancelled, lost or sent elsewhere since.
            auto it = m_jobs.find(jobId);
            if (it == m_jobs.end() || it->state != FarmJob::State::Uploading || it->server != server->id()
                || it->promptId != promptId)
                return;
            switch (outcome.status) {
            case FarmUploader::Outcome::Status::Uploaded:
                it->state = FarmJob::State::OnServer;
                post(jobId, server, outcome.promptJson);
                break;
            case FarmUploader::Outcome::Status::Unreadable:
                fail(*it, tr("Cannot read %1 for node %2: %3").arg(outcome.path, outcome.nodeId, outcome.error));
                break;
            case FarmUploader::Outcome::Status::TransportFailed:
                requeue(*it, tr("upload failed: %1").arg(outcome.error));
                break;
            case FarmUploader::Outcome::Status::Refused:
                fail(*it, tr("%1 refused the upload for node %2: %3").arg(server->id(), outcome.nodeId, outcome.error));
                break;
            }
        });
}

void FarmDispatcher::post(const QString &jobId, FarmServer *server, const QByteArray &prompt)
{
    const FarmJob &job = m_jobs[jobId];
    server->runner()->submit(prompt, job.request.workflowJson, {}, job.promptId);
}

void FarmDispatcher::onRunnerFinished(FarmServer *server, const QString &promptId, const JobOutcome &outcome)
{
    FarmJob *job = jobForPrompt(promptId);
    if (!job || job->promptId != promptId || job->server != server->id() || job->state != FarmJob::State::OnServer)
        return; // an attempt given up on already
    if (outcome.status == JobOutcome::Status::Rejected && outcome.error.isTransportFailure()) {
        if (neverArrived(outcome.error)) {
            if (job->cancelRequested) {
                endCancelled(*job);
                return;
            }
            requeue(*job, tr("not reachable: %1").arg(outcome.error.message()));
            return;
        }
        // The POST may have reached the server: follow the prompt there until its resync
        // (or the lost timeout) says where it stands; never post it twice.
        server->runner()->resume(promptId, job->request.promptJson);
        server->resync()->track(promptId);
        job->accepted = true; // as far as anyone can tell: deletes may go now
        if (std::exchange(job->cancelPending, false)) {
            cancelOnServer(*job);
            return;
        }
        if (!server->isConnected())
            job->lostClock = QDateTime::currentDateTimeUtc();
        else
            server->resync()->resyncNow();
        return;
    }
    if (job->outputs.isEmpty())
        job->outputs = outcome.outputs;
    job->outcome = outcome;
    if (job->outcome.outputs.isEmpty())
        job->outcome.outputs = job->outputs;
    if (outcome.status == JobOutcome::Status::Succeeded) {
        job->state = FarmJob::State::Done;
        server->countJobRun();
    } else {
        job->state = FarmJob::State::Failed;
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
    for (FarmJob &job : m_jobs) {
        if (job.server == server->id() && (job.state == FarmJob::State::OnServer || job.state == FarmJob::State::Uploading))
            job.lostClock = now;
    }
    qCInfo(lcFarm, "server %s went down; %d job(s) there wait for it up to %d ms",
           qPrintable(server->id()), inFlight(server->id()), m_lostTimeoutMs);
    schedulePump();
}

void FarmDispatcher::onServerBack(FarmServer *server)
{
    // Its resync (on the reconnect) settles the jobs it still has; until then they are not lost.
    for (FarmJob &job : m_jobs) {
        if (job.server == server->id() && job.state == FarmJob::State::OnServer)
            job.lostClock = {};
    }
    // Prompts given up on while it was away were run elsewhere: whatever it still holds
    // of them must not run there too.
    const QStringList abandoned = m_abandoned.take(server->id());
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
    if (job && job->promptId == promptId && job->server == server->id() && job->state == FarmJob::State::OnServer)
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
            m_abandoned[lostOn->id()].append(job.promptId);
    }
    if (job.cancelRequested) {
        endCancelled(job);
        return;
    }
    requeue(job, tr("to run elsewhere"));
}

void FarmDispatcher::requeue(FarmJob &job, const QString &reason)
{
    job.state = FarmJob::State::Waiting;
    job.lostClock = {};
    job.leftServer = false;
    job.takingBack = false;
    job.adopting = false;
    log(FarmDecision::Kind::Requeued, job.id, job.server, reason);
    job.server.clear();
    emit jobRequeued(job.id, reason);
    schedulePump();
}

void FarmDispatcher::checkLost()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &id : std::as_const(m_order)) {
        FarmJob &job = m_jobs[id];
        if (job.state != FarmJob::State::OnServer || !job.lostClock.isValid())
            continue;
        FarmServer *on = server(job.server);
        if (on && on->isConnected())
            continue;
        if (job.lostClock.msecsTo(now) >= m_lostTimeoutMs)
            declareLost(job, tr("its server has been down for %1 s").arg(m_lostTimeoutMs / 1000.0));
    }
}

void FarmDispatcher::fail(FarmJob &job, const QString &message)
{
    job.state = FarmJob::State::Failed;
    job.message = message;
    job.outcome = {};
    job.outcome.status = JobOutcome::Status::Failed;
    job.outcome.message = message;
    emit jobFinished(job.id);
    schedulePump();
}

} // namespace Easel
