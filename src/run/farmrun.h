#pragma once

#include "runservers.h"
#include "terminalreporter.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

namespace Easel {

class FarmDispatcher;

// easel-run with several --server options: the same FarmDispatcher as the window spreads
// the prompts over every server that answers; each output is saved as it arrives and the
// server that ran each job is printed, by its profile's name when it came from --profile.
// Exit codes as HeadlessRun's.
class FarmRun : public QObject
{
    Q_OBJECT
public:
    FarmRun(const QList<RunServer> &servers, const QString &outputDirectory, QObject *parent = nullptr);

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
    void probe(int index);
    void dispatch();
    void enqueueAll();
    void onJobFinished(const QString &jobId);

    QString serverName(const QString &id) const;

    QList<RunServer> m_servers;
    QList<RunServer> m_reachable;
    QString m_outputDirectory;
    FarmDispatcher *m_farm = nullptr;
    TerminalReporter m_reporter;
    bool m_printOutputs = false;
    QList<QByteArray> m_prompts;
    QByteArray m_workflowJson;
    QList<QByteArray> m_jobWorkflows;
    QHash<QString, int> m_jobNumber; // job id -> 1-based number
    QHash<QString, int> m_perServer;
    int m_finished = 0;
    int m_failed = 0;
    int m_connectTimeoutMs = 5000;
};

} // namespace Easel
