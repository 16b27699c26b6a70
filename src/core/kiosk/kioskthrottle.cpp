#include "kioskthrottle.h"

#include <QElapsedTimer>

#include <algorithm>

namespace Easel {

KioskThrottle::KioskThrottle(Clock clock)
    : m_clock(std::move(clock))
{
    if (!m_clock) {
        // One monotonic timer for the process: wall-clock changes cannot shorten a lockout.
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

bool KioskThrottle::mayAttempt() const
{
    return remainingMs() == 0;
}

qint64 KioskThrottle::remainingMs() const
{
    return std::max<qint64>(0, m_lockedUntil - m_clock());
}

qint64 KioskThrottle::lockoutAfter(int failures)
{
    if (failures < freeAttempts)
        return 0;
    const int doublings = std::min(failures - freeAttempts, 20);
    return std::min(maxLockoutMs, baseLockoutMs << doublings);
}

void KioskThrottle::recordFailure()
{
    ++m_failures;
    const qint64 lockout = lockoutAfter(m_failures);
    if (lockout > 0)
        m_lockedUntil = m_clock() + lockout;
}

void KioskThrottle::recordSuccess()
{
    m_failures = 0;
    m_lockedUntil = 0;
}

} // namespace Easel
