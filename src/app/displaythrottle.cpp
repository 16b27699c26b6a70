#include "displaythrottle.h"

namespace Easel {

DisplayThrottle::DisplayThrottle(int intervalMs, std::function<void()> apply, QObject *parent)
    : QObject(parent)
    , m_apply(std::move(apply))
    , m_intervalMs(intervalMs)
{
}

qint64 DisplayThrottle::dueMs() const
{
    DisplayFrame *frame = DisplayFrame::instance();
    return m_appliedAt < 0 ? frame->now() : m_appliedAt + m_intervalMs;
}

void DisplayThrottle::request()
{
    if (m_pending)
        return; // already due: the apply then reads the newest state
    m_pending = true;
    DisplayFrame::instance()->schedule(this, dueMs());
}

void DisplayThrottle::setIntervalMs(int ms)
{
    m_intervalMs = ms;
    if (m_pending) {
        // Due at the new time, earlier or later.
        DisplayFrame::instance()->unschedule(this);
        DisplayFrame::instance()->schedule(this, dueMs());
    }
}

void DisplayThrottle::flush()
{
    if (m_pending)
        apply();
}

void DisplayThrottle::cancel()
{
    m_pending = false;
    DisplayFrame::instance()->unschedule(this);
}

void DisplayThrottle::apply()
{
    DisplayFrame *frame = DisplayFrame::instance();
    frame->unschedule(this);
    if (!m_pending)
        return;
    m_pending = false;
    m_appliedAt = frame->now();
    ++m_applied;
    m_apply();
}

} // namespace Easel
