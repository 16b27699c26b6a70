#pragma once

#include <QtGlobal>

#include <functional>

namespace Easel {

// Throttles PIN attempts: the first few failures are free, then each further failure
// locks attempts out for twice as long as the one before (base, 2×base, … up to a cap).
// The cap is short (2 minutes) so a visitor who keeps guessing cannot lock the
// administrator out for long: the slow hash and the PIN rules (KioskPin) are what keep
// guessing hopeless, not the wait. A success clears the count. The clock (monotonic milliseconds) is injectable
// so tests can move time without waiting.
class KioskThrottle
{
public:
    using Clock = std::function<qint64()>;

    static constexpr int freeAttempts = 3;
    static constexpr qint64 baseLockoutMs = 30'000;
    static constexpr qint64 maxLockoutMs = 2 * 60'000;

    explicit KioskThrottle(Clock clock = {});

    // May a PIN be tried now? remainingMs() says how long until it may when not.
    bool mayAttempt() const;
    qint64 remainingMs() const;
    int failures() const { return m_failures; }

    void recordFailure();
    void recordSuccess();
    // The lockout after the given number of consecutive failures (0 while still free).
    static qint64 lockoutAfter(int failures);

private:
    Clock m_clock;
    int m_failures = 0;
    qint64 m_lockedUntil = 0;
};

} // namespace Easel
