#include "headlessrun.h"

#include "outputsummary.h"

#include "comfyclient.h"
#include "eventstream.h"
#include "futurecallback.h"
#include "jobresync.h"
#include "jobrunner.h"
#include "serversession.h"

#include <QTimer>

namespace Easel {

HeadlessRun::HeadlessRun(const QUrl &server, const QString &outputDirectory,
                         const TransportOptions &transport, QObject *parent)
    : QObject(parent)
    , m_session(new ServerSession(server, outputDirectory, transport, this))
    , m_client(m_session->client())
    , m_events(m_session->events())
    , m_runner(m_session->runner())
{
    m_events->setPreviewMode(EventStream::PreviewMode::None); // shows none: decodes none
    connect(m_runner, &JobRunner::jobFinished, this, &HeadlessRun::onJobFinished);
    // A prompt the server forgot (it restarted) ends as a failure instead of waiting forever.
    connect(m_session->resync(), &JobResync::forgotten, m_runner, [this](const QString &promptId) {
        m_runner->abandon(promptId, tr("The server restarted and lost this job."));
    });
    connect(m_runner, &JobRunner::jobProgress, this,
            [this](const QString &promptId, double fraction, const QString &nodeId) {
                const QString detail = nodeId.isEmpty() ? QString() : tr("node %1").arg(nodeId);
                m_reporter.progress(m_jobNumber.value(promptId), int(m_prompts.size()), fraction, detail);
            });
    connect(m_runner, &JobRunner::jobWaiting, this, [this](const QString &promptId, const QString &state) {
        // A countdown comes once a second: a log line is written when what is awaited
        // changes, not for every second of it.
        QString kind = state;
        kind.removeIf([](QChar c) { return c.isDigit(); });
        if (state.isEmpty() || std::exchange(m_waitingKind[promptId], kind) == kind)
            return;
        m_reporter.line(tr("job %1/%2: %3").arg(m_jobNumber.value(promptId)).arg(m_prompts.size()).arg(state));
    });
    connect(m_runner, &JobRunner::jobOutputSaved, this, [this](const SavedOutput &output) {
        if (m_printOutputs) {
            std::fputs(savedOutputJsonLine(output.record, m_jobNumber.value(output.promptId)).append('\n').constData(), stdout);
            std::fflush(stdout);
        } else {
            m_reporter.line(describeSavedOutput(output.record));
        }
    });
}

void HeadlessRun::start(const QList<QByteArray> &prompts, const QByteArray &workflowJson)
{
    m_prompts = prompts;
    m_workflowJson = workflowJson;
    // Ask the server something cheap first, so a wrong address fails at once with the
    // transport's own reason instead of as N rejected jobs.
    m_client->setTransferTimeoutMs(m_connectTimeoutMs);
    onFinished(m_client->queueRemaining(), this, [this](const Result<int> &result) {
        m_client->setTransferTimeoutMs(30000);
        if (!result.isOk()) {
            m_reporter.line(tr("Cannot reach the server at %1: %2")
                                .arg(m_client->baseUrl().toString(), result.error().message()));
            emit finished(ServerUnreachable);
            return;
        }
        connect(m_events, &EventStream::connected, this, &HeadlessRun::submitAll);
        m_events->open(m_client->baseUrl());
        // Without live events the runner still learns of the end from /history.
        QTimer::singleShot(m_connectTimeoutMs, this, [this] {
            if (!m_submitted) {
                m_reporter.line(tr("No event stream from the server; following the jobs by polling."));
                submitAll();
            }
        });
    });
}

void HeadlessRun::submitAll()
{
    if (m_submitted)
        return;
    m_submitted = true;
    // A window of prompts at the server, the next one sent as one leaves it: 10,000 POSTs
    // at once would each hold a reply (and Qt's timers for it) in QNAM's queue, and every
    // timer start and stop costs O(n) there; the server sees a full queue either way.
    connect(m_runner, &JobRunner::jobLeftServer, this, &HeadlessRun::submitNext);
    connect(m_runner, &JobRunner::jobFinished, this, &HeadlessRun::submitNext);
    for (int i = 0; i < maxAtServer; ++i)
        submitNext();
}

void HeadlessRun::submitNext()
{
    if (m_nextPrompt >= m_prompts.size() || m_runner->activeJobCount() >= maxAtServer)
        return;
    const int i = m_nextPrompt++;
    const QString promptId = m_runner->submit(m_prompts.at(i), m_jobWorkflows.value(i, m_workflowJson));
    m_jobNumber.insert(promptId, i + 1);
    m_reporter.line(tr("job %1/%2 queued as %3").arg(i + 1).arg(m_prompts.size()).arg(promptId));
}

void HeadlessRun::onJobFinished(const QString &promptId, const JobOutcome &outcome)
{
    ++m_finished;
    const int number = m_jobNumber.value(promptId);
    const int count = int(m_prompts.size());
    switch (outcome.status) {
    case JobOutcome::Status::Succeeded:
        if (outcome.outputs.isEmpty()) {
            // Nothing to show for it: say so, and let the exit code say so too.
            ++m_failed;
            m_reporter.line(tr("job %1/%2 finished on the server but produced no output files")
                                .arg(number)
                                .arg(count));
            break;
        }
        m_reporter.line(tr("job %1/%2 done: %n output(s) saved", nullptr, int(outcome.outputs.size()))
                            .arg(number)
                            .arg(count));
        break;
    case JobOutcome::Status::Rejected: {
        ++m_failed;
        m_reporter.line(tr("job %1/%2 rejected: %3").arg(number).arg(count).arg(outcome.message));
        for (const NodeError &node : outcome.error.nodeErrors()) {
            for (const NodeErrorReason &reason : node.reasons) {
                m_reporter.line(tr("  node %1 (%2), input %3: %4 %5")
                                    .arg(node.nodeId, node.classType,
                                         reason.inputName.isEmpty() ? tr("-") : reason.inputName,
                                         reason.message, reason.details));
            }
        }
        break;
    }
    case JobOutcome::Status::Failed:
    case JobOutcome::Status::Interrupted:
        ++m_failed;
        m_reporter.line(tr("job %1/%2 failed: %3").arg(number).arg(count).arg(outcome.message));
        break;
    }
    if (m_finished == count) {
        m_reporter.line(tr("%1 of %2 job(s) succeeded; outputs in %3")
                            .arg(count - m_failed)
                            .arg(count)
                            .arg(m_runner->outputDirectory()));
        emit finished(m_failed == 0 ? Success : JobsFailed);
    }
}

} // namespace Easel

namespace Easel {

void HeadlessRun::setPrintOutputs(bool on)
{
    m_printOutputs = on;
    m_reporter = TerminalReporter(on ? stderr : stdout);
}

} // namespace Easel
