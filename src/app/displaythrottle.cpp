#include "displaythrottle.h"

#include <algorithm>

namespace Easel {

DisplayThrottle::DisplayThrottle(int intervalMs, std::function<void()> apply, QObject *parent)
    : QObject(parent)
    , m_apply(std::move(apply))
    , m_intervalMs(intervalMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DisplayThrottle::apply);
}

void DisplayThrottle::request()
{
    m_pending = true;
    if (m_timer.isActive())
        return;
    const qint64 since = m_sinceApply.isValid() ? m_sinceApply.elapsed() : m_intervalMs;
    m_timer.start(int(std::max<qint64>(0, m_intervalMs - since)));
}

void DisplayThrottle::flush()
{
    if (m_pending)
        apply();
}

void DisplayThrottle::cancel()
{
    m_pending = false;
    m_timer.stop();
}

void DisplayThrottle::apply()
{
    m_timer.stop();
    if (!m_pending)
        return;
    m_pending = false;
    m_sinceApply.start();
    ++m_applied;
    m_apply();
}

} // namespace Easel
