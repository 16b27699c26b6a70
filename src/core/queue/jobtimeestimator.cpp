#include "jobtimeestimator.h"

#include "queuedjob.h"

namespace Easel {

void JobTimeEstimator::addRun(double ms)
{
    ++m_runs;
    // A moving average that settles after a few jobs and follows slow drifts.
    m_averageMs += (ms - m_averageMs) / std::min(m_runs, 10);
}

double JobTimeEstimator::msUntilDone(const QList<QueuedJob> &jobs, const QString &jobId,
                                     const QDateTime &now, int servers) const
{
    const auto remaining = [this, &now](const QueuedJob &other) -> double {
        if (other.state != QueuedJob::State::Running)
            return hasRuns() ? m_averageMs : -1;
        const double elapsed = other.startedAt.isValid() ? double(other.startedAt.msecsTo(now)) : 0;
        if (other.progress >= 0.05 && elapsed > 0)
            return elapsed * (1.0 - other.progress) / other.progress;
        return hasRuns() ? std::max(0.0, m_averageMs - elapsed) : -1;
    };
    double ms = 0;
    for (const QueuedJob &other : jobs) {
        if (other.isFinished())
            continue;
        const double rest = remaining(other);
        if (rest < 0)
            return -1;
        ms += rest;
        if (other.id == jobId)
            break;
    }
    return ms / double(std::max(1, servers));
}

} // namespace Easel
