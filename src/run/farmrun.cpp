#include "farmrun.h"

#include "outputsummary.h"

#include "comfyclient.h"
#include "farmdispatcher.h"
#include "farmserver.h"
#include "futurecallback.h"
#include "headlessrun.h"

#include <QTimer>
#include <memory>

namespace Easel {

FarmRun::FarmRun(const QList<RunServer> &servers, const QString &outputDirectory, QObject *parent)
    : QObject(parent)
    , m_servers(servers)
    , m_outputDirectory(outputDirectory)
{
}

void FarmRun::start(const QList<QByteArray> &prompts, const QByteArray &workflowJson)
{
    m_prompts = prompts;
    m_workflowJson = workflowJson;
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
        dispatch();
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

void FarmRun::dispatch()
{
    m_farm = new FarmDispatcher(m_outputDirectory, this);
    for (const RunServer &server : std::as_const(m_reachable))
        m_farm->addServer(server.url, server.transport, server.name);
    m_farm->setDiscoveryTimeoutMs(m_connectTimeoutMs * 2);
    connect(m_farm, &FarmDispatcher::jobFinished, this, &FarmRun::onJobFinished);
    connect(m_farm, &FarmDispatcher::jobOutputSaved, this, [this](const QString &jobId, const SavedOutput &output) {
        if (m_printOutputs) {
            std::fputs(savedOutputJsonLine(output.record, m_jobNumber.value(jobId)).append('\n').constData(), stdout);
            std::fflush(stdout);
        } else {
            m_reporter.line(describeSavedOutput(output.record));
        }
    });
    connect(m_farm, &FarmDispatcher::jobProgress, this, [this](const QString &jobId, double fraction) {
        m_reporter.progress(m_jobNumber.value(jobId), int(m_prompts.size()), fraction, {});
    });
    connect(m_farm, &FarmDispatcher::decision, this, [this](const FarmDecision &decision) {
        const int number = m_jobNumber.value(decision.jobId);
        const int count = int(m_prompts.size());
        switch (decision.kind) {
        case FarmDecision::Kind::Assigned:
            m_reporter.line(tr("job %1/%2 sent to %3 (%4)")
                                .arg(number)
                                .arg(count)
                                .arg(serverName(decision.server), decision.reason));
            break;
        case FarmDecision::Kind::Lost:
        case FarmDecision::Kind::Requeued:
        case FarmDecision::Kind::Collected:
            m_reporter.line(tr("job %1/%2 on %3: %4")
                                .arg(number)
                                .arg(count)
                                .arg(serverName(decision.server), decision.reason));
            break;
        case FarmDecision::Kind::Unrunnable:
        case FarmDecision::Kind::Finished:
            break; // said by onJobFinished
        }
    });
    m_farm->start();
    // Every answering server gets to read its catalogue first, so the first jobs spread
    // over all of them instead of going to whichever connected first (at most the
    // connect timeout).
    auto *wait = new QTimer(this);
    wait->setSingleShot(true);
    auto enqueueOnce = [this, wait] {
        if (!wait->isActive())
            return;
        for (FarmServer *server : m_farm->servers()) {
            if (!server->isUsable())
                return;
        }
        wait->stop();
        enqueueAll();
    };
    for (FarmServer *server : m_farm->servers())
        connect(server, &FarmServer::usableChanged, this, enqueueOnce);
    connect(wait, &QTimer::timeout, this, [this] { enqueueAll(); });
    wait->start(m_connectTimeoutMs);
}

void FarmRun::enqueueAll()
{
    QList<FarmJobRequest> jobs;
    for (qsizetype i = 0; i < m_prompts.size(); ++i)
        jobs.append({m_prompts.at(i), m_jobWorkflows.value(i, m_workflowJson), {}});
    const QStringList ids = m_farm->enqueue(jobs);
    for (int i = 0; i < ids.size(); ++i)
        m_jobNumber.insert(ids.at(i), i + 1);
    m_reporter.line(tr("%n job(s) queued on a farm of %1 server(s)", nullptr, int(ids.size())).arg(m_reachable.size()));
}

QString FarmRun::serverName(const QString &id) const
{
    const FarmServer *server = m_farm->server(id);
    return server ? server->displayName() : id;
}

void FarmRun::onJobFinished(const QString &jobId)
{
    const FarmJob *job = m_farm->job(jobId);
    if (!job)
        return;
    ++m_finished;
    const int number = m_jobNumber.value(jobId);
    const int count = int(m_prompts.size());
    if (job->state == FarmJob::State::Done) {
        ++m_perServer[job->server];
        m_reporter.line(tr("job %1/%2 done on %3: %n output(s) saved", nullptr, int(job->outputs.size()))
                            .arg(number)
                            .arg(count)
                            .arg(serverName(job->server)));
    } else {
        ++m_failed;
        m_reporter.line(tr("job %1/%2 failed: %3").arg(number).arg(count).arg(job->message));
    }
    if (m_finished < count)
        return;
    for (const FarmServer *server : m_farm->servers())
        m_reporter.line(tr("%1: %n job(s)", nullptr, m_perServer.value(server->id())).arg(server->displayName()));
    m_reporter.line(tr("%1 of %2 job(s) succeeded; outputs in %3").arg(count - m_failed).arg(count).arg(m_outputDirectory));
    emit finished(m_failed == 0 ? HeadlessRun::Success : HeadlessRun::JobsFailed);
}

} // namespace Easel

namespace Easel {

void FarmRun::setPrintOutputs(bool on)
{
    m_printOutputs = on;
    m_reporter = TerminalReporter(on ? stderr : stdout);
}

} // namespace Easel
