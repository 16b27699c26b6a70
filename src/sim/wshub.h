#pragma once

#include "jsontree.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <memory>
#include <vector>

class QWebSocket;

namespace Easel::Sim {

class FaultInjector;

// The /ws side: sids, the feature-flag exchange and the delivery rules of
// comfyui-protocol.md §2.1-§2.2. Text frames are written like Python's json.dumps.
class WsHub : public QObject
{
    Q_OBJECT
public:
    explicit WsHub(QObject *parent = nullptr);
    ~WsHub() override;

    void setFaultInjector(FaultInjector *injector) { m_injector = injector; }
    // Takes the socket; sends the first status frame (and the reconnect hint).
    void addSocket(std::unique_ptr<QWebSocket> socket, int queueRemaining, const QString &runningNodeForSid);
    // sid empty = broadcast.
    void sendJson(const QString &type, const JsonTree &data, const QString &sid);
    void sendBinary(const QByteArray &payload, const QString &sid);
    bool isConnected(const QString &sid) const;
    bool supportsPreviewMetadata(const QString &sid) const;
    int socketCount() const { return int(m_clients.size()); }
    void closeAll();
    // Frozen: the sockets stay open but nothing is read from them (pings go unanswered)
    // and new connections get no first frame: a server that stopped without closing.
    void setFrozen(bool frozen);
    bool isFrozen() const { return m_frozen; }

    static JsonTree serverFeatures();
    static QByteArray envelope(const QString &type, const JsonTree &data);

signals:
    void clientConnected(const QString &sid);

private:
    struct Client
    {
        QPointer<QWebSocket> socket;
        QString sid;
        bool sawFirstMessage = false;
        bool previewMetadata = false;
    };
    void deliver(Client *client, const QByteArray &payload, bool text);
    void onTextMessage(QWebSocket *socket, const QString &message);
    void onDisconnected(QWebSocket *socket);
    Client *clientFor(const QString &sid) const;

    QHash<QWebSocket *, Client *> m_clients;
    QHash<QString, Client *> m_bySid; // the latest socket of a sid wins
    FaultInjector *m_injector = nullptr;
    bool m_frozen = false;
    std::vector<std::unique_ptr<QWebSocket>> m_parked; // connected while frozen
};

} // namespace Easel::Sim
