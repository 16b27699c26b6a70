#include "farmlostjobs.h"

#include <QTimer>

namespace Easel {

FarmLostJobs::FarmLostJobs(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &FarmLostJobs::tick);
}

FarmLostJobs::~FarmLostJobs() = default;

void FarmLostJobs::setTickMs(int ms)
{
    m_timer->setInterval(ms);
}

void FarmLostJobs::start()
{
    if (!m_timer->isActive())
        m_timer->start();
}

void FarmLostJobs::stop()
{
    m_timer->stop();
}

bool FarmLostJobs::isActive() const
{
    return m_timer->isActive();
}

void FarmLostJobs::startClock(const QString &jobId, const QDateTime &now)
{
    m_clocks.insert(jobId, now);
}

void FarmLostJobs::stopClock(const QString &jobId)
{
    m_clocks.remove(jobId);
}

bool FarmLostJobs::hasExpired(const QString &jobId, const QDateTime &now) const
{
    const auto it = m_clocks.constFind(jobId);
    return it != m_clocks.cend() && it->msecsTo(now) >= m_timeoutMs;
}

void FarmLostJobs::abandon(const QString &serverId, const QString &promptId)
{
    QStringList &prompts = m_abandoned[serverId];
    if (!prompts.contains(promptId))
        prompts.append(promptId);
}

} // namespace Easel
