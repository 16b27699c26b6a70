#pragma once

#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QDateTime;
QT_END_NAMESPACE

namespace Easel {

struct QueuedJob;

// How long until a job is done: the running job's rest, from its own measured pace once it
// has made progress, plus a measured average job for each one ahead. Nothing measured yet:
// no number (-1), which is better than a wrong one.
class JobTimeEstimator
{
public:
    // A job that ran to the end, in milliseconds.
    void addRun(double ms);
    double averageMs() const { return m_averageMs; }
    bool hasRuns() const { return m_runs > 0; }

    // Time left until jobId is done, in queue order over jobs; on a farm (servers > 1) the
    // jobs ahead share its servers. -1 when it cannot say.
    double msUntilDone(const QList<QueuedJob> &jobs, const QString &jobId, const QDateTime &now,
                       int servers) const;

private:
    double m_averageMs = 0;
    int m_runs = 0;
};

} // namespace Easel
