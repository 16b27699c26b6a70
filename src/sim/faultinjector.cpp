#include "faultinjector.h"

namespace Easel::Sim {

FaultInjector::~FaultInjector() = default;

FaultInjector::RequestDecision FaultInjector::onRequest(const QString &, const QString &)
{
    return {};
}

FaultInjector::FrameDecision FaultInjector::onFrame(const QString &, bool, const QByteArray &)
{
    return {};
}

int FaultInjector::stepStallMs(const QString &, const QString &, int)
{
    return 0;
}

RequestFaultInjector::RequestFaultInjector(const QString &pathPrefix, RequestAction action, int delayMs)
    : m_prefix(pathPrefix), m_action(action), m_delayMs(delayMs)
{
}

FaultInjector::RequestDecision RequestFaultInjector::onRequest(const QString &, const QString &path)
{
    if (!path.startsWith(m_prefix))
        return {};
    return {m_action, m_delayMs, {}};
}

FaultInjector::FrameDecision FrameDropInjector::onFrame(const QString &, bool, const QByteArray &)
{
    return {m_enabled ? FrameAction::Drop : FrameAction::Send, 0, {}};
}

} // namespace Easel::Sim
