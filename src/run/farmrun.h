#pragma once

#include "runservers.h"
#include "terminalreporter.h"

#include <QList>
#include <QObject>

namespace Easel {

class FarmDispatcher;
class FarmQueueDispatch;
class JobQueue;
class RunQueue;
struct RunJobs;

// easel-run with several --server options: the window's road to a farm (Easel's own
// queue over a FarmQueueDispatch on a FarmDispatcher) spreads the jobs over every server
// that answers; each output is saved as it arrives and the server that ran each job is
// printed, by its profile's name when it came from --profile. Exit codes as HeadlessRun's.
class FarmRun : public QObject
{
    Q_OBJECT
public:
    FarmRun(const QList<RunServer> &servers, const QString &outputDirectory, QObject *parent = nullptr);
    ~FarmRun() override;

    // Starts the run (jobs: not copied; it must outlive the run).
    void start(const RunJobs &jobs);
    void setConnectTimeoutMs(int ms) { m_connectTimeoutMs = ms; }
    TerminalReporter &reporter() { return m_reporter; }
    // --print-outputs: one JSON line per saved output on stdout, for scripts; progress and
    // messages then go to stderr.
    void setPrintOutputs(bool on);

signals:
    void finished(int exitCode);

private:
    void probe(int index);
    void startFarm();
    void queueAll();

    QList<RunServer> m_servers;
    QList<RunServer> m_reachable;
    QString m_outputDirectory;
    TerminalReporter m_reporter;
    bool m_printOutputs = false;
    const RunJobs *m_jobs = nullptr;
    // Built once the reachable servers are known; deleted users first.
    FarmDispatcher *m_farm = nullptr;
    FarmQueueDispatch *m_dispatch = nullptr;
    JobQueue *m_queue = nullptr;
    RunQueue *m_run = nullptr;
    int m_connectTimeoutMs = 5000;
};

} // namespace Easel
