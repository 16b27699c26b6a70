#pragma once

#include <QByteArray>
#include <QString>

class QHttpServerRequest;

namespace Easel::Sim {

// Hooks the simulator consults so tests can make it misbehave. The default does nothing.
class FaultInjector
{
public:
    enum class RequestAction {
        Proceed,
        Drop,          // abort the connection
        Answer500,     // aiohttp's text/plain 500 page
        AnswerGarbage, // 200 with JSON cut in the middle
        Hang,          // never answer; keep the connection open
        Answer502Html, // a reverse proxy's HTML "502 Bad Gateway"
        Truncate,      // the real answer, full Content-Length, half the body, then close
        InvalidUtf8,   // the real answer with bytes that are not UTF-8 in it
        WrongShape,    // 200 with JSON of the wrong shape
        Replace,       // 200 with RequestDecision::body (application/json)
        Answer400,     // an empty 400, as server.py's image_upload refuses an upload it cannot place
    };
    enum class FrameAction { Send, Drop, Garble, Replace };

    struct RequestDecision
    {
        RequestAction action = RequestAction::Proceed;
        int delayMs = 0;
        QByteArray body; // Replace only
    };
    struct FrameDecision
    {
        FrameAction action = FrameAction::Send;
        int delayMs = 0;
        QByteArray replacement; // Replace only
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
