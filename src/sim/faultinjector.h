#pragma once

#include <QByteArray>
#include <QString>

class QHttpServerRequest;

namespace Easel::Sim {

// Hooks the simulator consults so tests can make it misbehave. The default does nothing.
class FaultInjector
{
public:
    enum class RequestAction { Proceed, Drop, Answer500, AnswerGarbage };
    enum class FrameAction { Send, Drop, Garble };

    struct RequestDecision
    {
        RequestAction action = RequestAction::Proceed;
        int delayMs = 0;
    };
    struct FrameDecision
    {
        FrameAction action = FrameAction::Send;
        int delayMs = 0;
    };

    virtual ~FaultInjector();
    // Request arrival (path without the /api prefix).
    virtual RequestDecision onRequest(const QString &method, const QString &path);
    // Each outgoing WebSocket frame; `text` tells text from binary.
    virtual FrameDecision onFrame(const QString &sid, bool text, const QByteArray &payload);
    // Before each node step; a positive value stalls that step by so many ms.
    virtual int stepStallMs(const QString &promptId, const QString &nodeId, int step);
};

// Answers every HTTP request matching a path prefix with a fixed fault.
class RequestFaultInjector : public FaultInjector
{
public:
    RequestFaultInjector(const QString &pathPrefix, RequestAction action, int delayMs = 0);
    RequestDecision onRequest(const QString &method, const QString &path) override;

private:
    QString m_prefix;
    RequestAction m_action;
    int m_delayMs;
};

// Drops every WebSocket frame while enabled (a silent network partition).
class FrameDropInjector : public FaultInjector
{
public:
    void setEnabled(bool enabled) { m_enabled = enabled; }
    FrameDecision onFrame(const QString &sid, bool text, const QByteArray &payload) override;

private:
    bool m_enabled = true;
};

} // namespace Easel::Sim
