#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace Easel {

class JobQueue;
class TerminalReporter;
struct RunJobs;

// easel-run's jobs in Easel's own queue, the same road the window's jobs take, to one
// server or to a farm (the queue's JobDispatch decides which): the jobs go in as one batch
// and this says what becomes of each, as lines (or JSON lines for the outputs with
// --print-outputs), then the summary, then finished(exit code): 0 when every job
// succeeded with at least one output, 1 otherwise.
class RunQueue : public QObject
{
    Q_OBJECT
public:
    // Neither owned; both outlive this object.
    RunQueue(JobQueue *queue, TerminalReporter *reporter, const QString &outputDirectory,
             QObject *parent = nullptr);

    void setPrintOutputs(bool on) { m_printOutputs = on; }
    // Queues the jobs (once); returns how many.
    int queueAll(const RunJobs &jobs);
    bool isQueued() const { return m_count > 0; }

    int jobCount() const { return m_count; }
    // 1-based, in the order of the jobs given (0 for another id).
    int jobNumber(const QString &jobId) const;
    // A job's server by its name (the profile's, else its address; empty for one server).
    QString serverName(const QString &serverId) const;

signals:
    void finished(int exitCode);

private:
    void onJobEnded(const QString &jobId);

    JobQueue *m_queue;
    TerminalReporter *m_reporter;
    QString m_outputDirectory;
    bool m_printOutputs = false;
    int m_count = 0;
    int m_finished = 0;
    int m_failed = 0;
    QHash<QString, int> m_perServer;        // server id -> jobs done there
    QHash<QString, QString> m_runningNode;  // job id -> the node it runs
    QHash<QString, QString> m_waitingKind;  // job id -> the wait last reported (digits removed)
    QHash<QString, int> m_lastPercent;      // job id -> the progress last reported
};

} // namespace Easel
