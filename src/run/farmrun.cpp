#include "farmrun.h"

#include "runjobs.h"
#include "runqueue.h"

#include "comfyclient.h"
#include "farmdispatcher.h"
#include "farmqueuedispatch.h"
#include "farmserver.h"
#include "futurecallback.h"
#include "headlessrun.h"
#include "jobqueue.h"

#include <QTimer>
#include <memory>

namespace Easel {

FarmRun::FarmRun(const QList<RunServer> &servers, const QString &outputDirectory, QObject *parent)
    : QObject(parent)
    , m_servers(servers)
    , m_outputDirectory(outputDirectory)
{
}

FarmRun::~FarmRun()
{
    // The queue uses the dispatch, which uses the farm.
    delete m_run;
    delete m_queue;
    delete m_dispatch;
    delete m_farm;
}

void FarmRun::start(const RunJobs &jobs)
{
    m_jobs = &jobs;
    probe(0);
}

void FarmRun::probe(int index)
{
    // Each server is asked something cheap first: one that does not answer is left out
    // (and said so) instead of holding jobs until the lost timeout.
    if (index >= m_servers.size()) {
        if (m_reachable.isEmpty()) {
            emit finished(HeadlessRun::ServerUnreachable);
            return;
        }
        startFarm();
        return;
    }
    const RunServer &server = m_servers.at(index);
    auto client = std::make_shared<ComfyClient>(server.url);
    client->setTransportOptions(server.transport);
    client->setTransferTimeoutMs(m_connectTimeoutMs);
    client->setMaxRetries(0);
    onFinished(client->queueRemaining(), this, [this, index, client](const Result<int> &result) {
        if (result.isOk()) {
            m_reachable.append(m_servers.at(index));
        } else if (m_servers.at(index).name.isEmpty()) {
            m_reporter.line(tr("Cannot reach the server at %1: %2")
                                .arg(m_servers.at(index).url.toString(), result.error().message()));
        } else {
            m_reporter.line(tr("Cannot reach %1 at %2: %3")
                                .arg(m_servers.at(index).name, m_servers.at(index).url.toString(),
                                     result.error().message()));
        }
        // Not from inside the client's own callback: it is released on the next turn.
        QMetaObject::invokeMethod(this, [this, index, client] { probe(index + 1); }, Qt::QueuedConnection);
    });
}

void FarmRun::startFarm()
{
    m_farm = new FarmDispatcher(m_outputDirectory, this);
    m_farm->setPreviewMode(EventStream::PreviewMode::None); // shows none: decodes none, as on one server
    for (const RunServer &server : std::as_const(m_reachable))
        m_farm->addServer(server.url, server.transport, server.name);
    m_farm->setDiscoveryTimeoutMs(m_connectTimeoutMs * 2);
    m_dispatch = new FarmQueueDispatch(m_farm, this);
    m_queue = new JobQueue(m_dispatch, this);
    m_run = new RunQueue(m_queue, &m_reporter, m_outputDirectory, this);
    m_run->setPrintOutputs(m_printOutputs);
    connect(m_run, &RunQueue::finished, this, &FarmRun::finished);
    // The farm's choices, as lines: where each job went, and why it moved.
    connect(m_farm, &FarmDispatcher::decision, this, [this](const FarmDecision &decision) {
        const int number = m_run->jobNumber(decision.jobId);
        const int count = m_run->jobCount();
        switch (decision.kind) {
        case FarmDecision::Kind::Assigned:
            m_reporter.line(tr("job %1/%2 sent to %3 (%4)")
                                .arg(number)
                                .arg(count)
                                .arg(m_run->serverName(decision.server), decision.reason));
            break;
        case FarmDecision::Kind::Lost:
        case FarmDecision::Kind::Requeued:
        case FarmDecision::Kind::Collected:
            m_reporter.line(tr("job %1/%2 on %3: %4")
                                .arg(number)
                                .arg(count)
                                .arg(m_run->serverName(decision.server), decision.reason));
            break;
        case FarmDecision::Kind::Unrunnable:
        case FarmDecision::Kind::Finished:
            break; // said when the job ends
        }
    });
    m_farm->start();
    // Every answering server gets to read its catalogue first, so the first jobs spread
    // over all of them instead of going to whichever connected first (at most the
    // connect timeout).
    auto *wait = new QTimer(this);
    wait->setSingleShot(true);
    auto queueOnce = [this, wait] {
        if (!wait->isActive())
            return;
        for (FarmServer *server : m_farm->servers()) {
            if (!server->isUsable())
                return;
        }
        wait->stop();
        queueAll();
    };
    for (FarmServer *server : m_farm->servers())
        connect(server, &FarmServer::usableChanged, this, queueOnce);
    connect(wait, &QTimer::timeout, this, &FarmRun::queueAll);
    wait->start(m_connectTimeoutMs);
}

void FarmRun::queueAll()
{
    if (m_run->isQueued())
        return;
    const int count = m_run->queueAll(*m_jobs);
    m_reporter.line(tr("%n job(s) queued on a farm of %1 server(s)", nullptr, count).arg(m_reachable.size()));
}

void FarmRun::setPrintOutputs(bool on)
{
    m_printOutputs = on;
    m_reporter = TerminalReporter(on ? stderr : stdout);
    if (m_run)
        m_run->setPrintOutputs(on);
}

} // namespace Easel
