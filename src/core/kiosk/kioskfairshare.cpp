#include "kioskfairshare.h"

#include <QElapsedTimer>

#include <algorithm>

namespace Easel {

KioskFairShare::KioskFairShare(int maxJobs, qint64 minIntervalMs, Clock clock)
    : m_maxJobs(std::max(1, maxJobs))
    , m_minIntervalMs(std::max<qint64>(0, minIntervalMs))
    , m_clock(std::move(clock))
{
    if (!m_clock) {
        // Monotonic: changing the system time neither shortens nor lengthens the interval.
        m_clock = [] {
            static QElapsedTimer timer = [] {
                QElapsedTimer t;
                t.start();
                return t;
            }();
            return timer.elapsed();
        };
    }
}

KioskFairShare::Verdict KioskFairShare::check(int unfinishedJobs) const
{
    if (unfinishedJobs >= m_maxJobs)
        return Verdict::TooMany;
    if (waitMs() > 0)
        return Verdict::TooSoon;
    return Verdict::Go;
}

qint64 KioskFairShare::waitMs() const
{
    if (m_last < 0)
        return 0;
    return std::max<qint64>(0, m_last + m_minIntervalMs - m_clock());
}

void KioskFairShare::recordGenerate()
{
    m_last = m_clock();
}

} // namespace Easel
