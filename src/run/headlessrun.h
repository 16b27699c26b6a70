#pragma once

#include "terminalreporter.h"
#include "transportoptions.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

namespace Easel {

class ComfyClient;
class EventStream;
class JobRunner;
class ServerSession;
struct JobOutcome;

// easel-run's work: checks the server, queues the prompts, reports progress, saves every
// output, and finishes with the exit code (0 only when every job succeeded).
class HeadlessRun : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Success = 0, JobsFailed = 1, BadUsage = 2, ServerUnreachable = 3 };

    // transport: what a connection profile (--profile) adds to every request and to the
    // event stream: headers, pinned certificate, API key.
    HeadlessRun(const QUrl &server, const QString &outputDirectory,
                const TransportOptions &transport = {}, QObject *parent = nullptr);

    // Starts the run; finished(exitCode) is emitted once.
    void start(const QList<QByteArray> &prompts, const QByteArray &workflowJson);
    // Each job's own saved workflow for its outputs' metadata (index = job), set before
    // start; a job without one gets start's workflowJson.
    void setJobWorkflows(const QList<QByteArray> &workflows) { m_jobWorkflows = workflows; }
    void setConnectTimeoutMs(int ms) { m_connectTimeoutMs = ms; }
    TerminalReporter &reporter() { return m_reporter; }
    // --print-outputs: one JSON line per saved output on stdout, for scripts; progress and
    // messages then go to stderr.
    void setPrintOutputs(bool on);

signals:
    void finished(int exitCode);

private:
    void submitAll();
    void submitNext();
    void onJobFinished(const QString &promptId, const JobOutcome &outcome);

    ServerSession *m_session;
    ComfyClient *m_client;
    EventStream *m_events;
    JobRunner *m_runner;
    TerminalReporter m_reporter;
    bool m_printOutputs = false;
    QList<QByteArray> m_prompts;
    QByteArray m_workflowJson;
    QList<QByteArray> m_jobWorkflows;
    QHash<QString, int> m_jobNumber; // prompt id -> 1-based job number
    QHash<QString, QString> m_waitingKind; // prompt id -> the wait last reported (digits removed)
    int m_finished = 0;
    int m_failed = 0;
    int m_connectTimeoutMs = 5000;
    bool m_submitted = false;
    int m_nextPrompt = 0;
    static constexpr int maxAtServer = 64;
};

} // namespace Easel
