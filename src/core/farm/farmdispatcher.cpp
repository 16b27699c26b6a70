// FarmDispatcher: the farm's jobs placed on its servers (FarmPlacement), their input images
// uploaded (FarmUploader), posted, sent back to wait or failed. What the servers report is
// in farmdispatcherservers.cpp, the control of single jobs in farmdispatchercontrol.cpp.
#include "farmdispatcher.h"

#include "comfyclient.h"
#include "farmlostjobs.h"
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
    , m_lost(new FarmLostJobs(this))
    , m_uploader(new FarmUploader(this))
{
    qRegisterMetaType<Easel::FarmDecision>();
    m_pumpTimer->setSingleShot(true);
    m_pumpTimer->setInterval(0);
    connect(m_pumpTimer, &QTimer::timeout, this, &FarmDispatcher::pump);
    // Lost jobs and servers that stay away are judged by the clock, not by an event.
    connect(m_lost, &FarmLostJobs::tick, this, [this] {
        checkAdopted();
        checkLost();
        pump();
    });
}

FarmDispatcher::~FarmDispatcher() = default;

int FarmDispatcher::lostTimeoutMs() const
{
    return m_lost->timeoutMs();
}

void FarmDispatcher::setLostTimeoutMs(int ms)
{
    m_lost->setTimeoutMs(ms);
}

bool FarmDispatcher::move(FarmJob &job, FarmJob::State to)
{
    if (job.transition(to))
        return true;
    qCWarning(lcFarm, "job %s may not move from %s to %s", qPrintable(job.id), FarmJob::name(job.state),
              FarmJob::name(to));
    return false;
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

void FarmDispatcher::setPreviewMode(EventStream::PreviewMode mode)
{
    m_previewMode = mode;
    for (FarmServer *server : std::as_const(m_servers))
        server->events()->setPreviewMode(mode);
}

void FarmDispatcher::setPreviewsWanted(bool wanted)
{
    m_previewsWanted = wanted;
    for (FarmServer *server : std::as_const(m_servers))
        server->events()->setPreviewsWanted(wanted);
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
        if (job.server == serverId && (job.isOnServer() || job.state == FarmJob::State::Uploading))
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
        if (job.holdsPlace()) {
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
        m_lost->stop();
        emit idle();
    }
}

QString FarmDispatcher::tryDispatch(FarmJob &job, const QList<FarmPlacement::Server> &servers)
{
    FarmPlacement::Rules rules;
    rules.window = m_window;
    rules.lostTimeoutMs = m_lost->timeoutMs();
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
    m_lost->stopClock(job.id);
    job.outputs.clear();
    // The id is fixed before the upload and the POST, so a restarted Easel can find it.
    job.promptId = ComfyClient::makePromptId();
    job.attempts.append(job.promptId);
    m_byPrompt.insert(job.promptId, job.id);
    server->setWarmCheckpoint(job.needs.checkpoint);
    const QString jobId = job.id;
    const QString promptId = job.promptId;
    if (job.request.imageUploads.isEmpty()) {
        move(job, FarmJob::State::Posting);
        post(job.id, server, job.request.promptJson);
    } else {
        move(job, FarmJob::State::Uploading);
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
                move(*it, FarmJob::State::Posting);
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

void FarmDispatcher::requeue(FarmJob &job, const QString &reason)
{
    if (!move(job, FarmJob::State::Waiting))
        return;
    m_lost->stopClock(job.id);
    log(FarmDecision::Kind::Requeued, job.id, job.server, reason);
    job.server.clear();
    emit jobRequeued(job.id, reason);
    schedulePump();
}

void FarmDispatcher::fail(FarmJob &job, const QString &message)
{
    if (!move(job, FarmJob::State::Failed))
        return;
    m_lost->stopClock(job.id);
    job.message = message;
    job.outcome = {};
    job.outcome.status = JobOutcome::Status::Failed;
    job.outcome.message = message;
    emit jobFinished(job.id);
    schedulePump();
}

} // namespace Easel
