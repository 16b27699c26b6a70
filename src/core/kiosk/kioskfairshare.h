#pragma once

#include <QtGlobal>

#include <functional>

namespace Easel {

// A kiosk's fair share of a shared server: at most maxJobs of its jobs unfinished
// (waiting in Easel, waiting on the server or running) and at least minIntervalMs between
// two Generates, so a visitor holding Generate down queues a picture or two, not a
// thousand. The clock (monotonic milliseconds) is injectable so tests move time.
class KioskFairShare
{
public:
    using Clock = std::function<qint64()>;
    enum class Verdict { Go, TooMany, TooSoon };

    explicit KioskFairShare(int maxJobs = 2, qint64 minIntervalMs = 5000, Clock clock = {});

    // May the kiosk queue another job now, with this many of its own jobs unfinished?
    Verdict check(int unfinishedJobs) const;
    // Until the interval allows the next Generate (0 when it does).
    qint64 waitMs() const;
    void recordGenerate();
    // The idle reset: the next visitor starts without the previous one's interval.
    void reset() { m_last = -1; }

    int maxJobs() const { return m_maxJobs; }
    qint64 minIntervalMs() const { return m_minIntervalMs; }

private:
    int m_maxJobs;
    qint64 m_minIntervalMs;
    Clock m_clock;
    qint64 m_last = -1; // the clock at the last Generate; -1: none yet
};

} // namespace Easel
