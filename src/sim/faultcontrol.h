#pragma once

#include "faultinjector.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Easel::Sim {

// The simulator's misbehaviour on purpose, switched by tests (C++ API), by easel-sim's
// --fault flags and by POST /sim/control (loopback only, when enabled). One JSON command
// per fault, the same everywhere:
//   {"fault": "close_ws_every", "seconds": 2}     close every WebSocket every N s
//   {"fault": "close_ws"}                        close every WebSocket once
//   {"fault": "silent", "on": true}              stop answering (HTTP and WS) without closing
//   {"fault": "restart"}                         forget queue and history, drop every socket
//   {"fault": "http_500", "path": "/history", "count": 2}       (count -1 or absent: always)
//   {"fault": "http_400", "path": "/upload/mask"}   an empty 400 (server.py refusing an upload)
//   {"fault": "http_502_html" | "truncated" | "invalid_utf8" | "wrong_shape" | "drop", ...}
//   {"fault": "slow", "path": "/view", "ms": 800}
//   {"fault": "lying_binary", "on": true}        binary frames whose lengths lie
//   {"fault": "bomb_preview", "on": true}        previews: 64 KB PNGs claiming 65535x65535
//   {"fault": "escape_names", "on": true}        output names like ../../../x.png
//   {"fault": "huge_object_info", "classes": 50000}
//   {"fault": "clear"}                           back to normal
class FaultControl : public QObject, public FaultInjector
{
    Q_OBJECT
public:
    explicit FaultControl(QObject *parent = nullptr);
    ~FaultControl() override;

    // Empty on success, otherwise why the command was refused.
    QString apply(const QJsonObject &command);
    // A command-line spec, NAME[:KEY=VALUE[,KEY=VALUE]...], e.g. "http_500:path=/view,count=2".
    QString applySpec(const QString &spec);
    static QStringList faultNames();

    void clear();
    void closeWebSocketsEvery(int ms);
    void setSilent(bool silent);
    bool isSilent() const { return m_silent; }
    // count < 0: every matching request; otherwise the next `count` ones.
    void failRequests(RequestAction action, const QString &pathPrefix, int count = -1);
    void setSlow(const QString &pathPrefix, int ms);
    void setLyingBinaryFrames(bool on) { m_lyingBinary = on; }
    void setBombPreviews(bool on) { m_bombPreviews = on; }
    void setEscapingFileNames(bool on) { m_escapeNames = on; }
    bool escapesFileNames() const { return m_escapeNames; }
    void setObjectInfoClasses(int classes) { m_objectInfoClasses = classes; }
    int faultsInjected() const { return m_injected; }

    RequestDecision onRequest(const QString &method, const QString &path) override;
    FrameDecision onFrame(const QString &sid, bool text, const QByteArray &payload) override;

    // The prefix escape_names puts before every output file name.
    static QByteArray escapePrefix() { return QByteArrayLiteral("../../../"); }
    // A small PNG whose header claims 65535x65535 (a decompression bomb for a naive decoder).
    static QByteArray bombPng();
    static QByteArray objectInfoWithClasses(int classes);

signals:
    void closeWebSocketsRequested();
    void restartRequested();
    void silenceChanged(bool silent);

private:
    struct RequestFault
    {
        RequestAction action;
        QString prefix;
        int remaining; // < 0 = always
    };

    QTimer *m_closeTimer;
    QList<RequestFault> m_requestFaults;
    QString m_slowPrefix;
    int m_slowMs = 0;
    bool m_silent = false;
    bool m_lyingBinary = false;
    bool m_bombPreviews = false;
    bool m_escapeNames = false;
    int m_objectInfoClasses = 0;
    int m_injected = 0;
};

} // namespace Easel::Sim
