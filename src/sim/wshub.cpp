#include "wshub.h"

#include "faultinjector.h"

#include <QTimer>
#include <QUrlQuery>
#include <QUuid>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace Easel::Sim {

WsHub::WsHub(QObject *parent) : QObject(parent) {}

WsHub::~WsHub()
{
    closeAll();
}

JsonTree WsHub::serverFeatures()
{
    JsonTree flags = JsonTree::object();
    flags.insert(u"supports_preview_metadata"_s, JsonTree::fromBool(true));
    flags.insert(u"max_upload_size"_s, JsonTree::fromInt(104857600));
    return flags;
}

QByteArray WsHub::envelope(const QString &type, const JsonTree &data)
{
    JsonTree message = JsonTree::object();
    message.insert(u"type"_s, JsonTree::fromString(type));
    message.insert(u"data"_s, data);
    return message.toPython();
}

static void freezeSocket(QWebSocket *socket, bool frozen)
{
    // QWebSocket answers pings by itself; with the TCP socket's signals blocked it reads
    // nothing, so it answers nothing.
    if (!socket)
        return;
    const QList<QAbstractSocket *> transports = socket->findChildren<QAbstractSocket *>();
    for (QAbstractSocket *transport : transports)
        transport->blockSignals(frozen);
}

void WsHub::addSocket(std::unique_ptr<QWebSocket> owned, int queueRemaining, const QString &runningNodeForSid)
{
    if (m_frozen) {
        freezeSocket(owned.get(), true);
        m_parked.push_back(std::move(owned));
        return;
    }
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    QString sid = QUrlQuery(socket->requestUrl()).queryItemValue(u"clientId"_s, QUrl::FullyDecoded);
    if (sid.isEmpty())
        sid = QUuid::createUuid().toString(QUuid::Id128);
    auto *client = new Client{socket, sid};
    m_clients.insert(socket, client);
    m_bySid.insert(sid, client);
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &message) { onTextMessage(socket, message); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { onDisconnected(socket); });

    JsonTree status = JsonTree::object();
    JsonTree execInfo = JsonTree::object();
    execInfo.insert(u"queue_remaining"_s, JsonTree::fromInt(queueRemaining));
    JsonTree inner = JsonTree::object();
    inner.insert(u"exec_info"_s, execInfo);
    status.insert(u"status"_s, inner);
    status.insert(u"sid"_s, JsonTree::fromString(sid));
    deliver(client, envelope(u"status"_s, status), true);
    if (!runningNodeForSid.isEmpty()) {
        JsonTree executing = JsonTree::object();
        executing.insert(u"node"_s, JsonTree::fromString(runningNodeForSid));
        deliver(client, envelope(u"executing"_s, executing), true);
    }
    emit clientConnected(sid);
}

void WsHub::onTextMessage(QWebSocket *socket, const QString &message)
{
    Client *client = m_clients.value(socket);
    if (!client || client->sawFirstMessage)
        return;
    client->sawFirstMessage = true;
    const JsonTree tree = JsonTree::parse(message.toUtf8());
    if (tree.value(u"type").toString() != "feature_flags"_L1)
        return;
    const JsonTree flag = tree.value(u"data").value(u"supports_preview_metadata");
    client->previewMetadata = flag.isBool() && flag.toBool();
    deliver(client, envelope(u"feature_flags"_s, serverFeatures()), true);
}

void WsHub::onDisconnected(QWebSocket *socket)
{
    Client *client = m_clients.take(socket);
    if (!client)
        return;
    if (m_bySid.value(client->sid) == client)
        m_bySid.remove(client->sid);
    delete client;
    socket->deleteLater();
}

WsHub::Client *WsHub::clientFor(const QString &sid) const
{
    return m_bySid.value(sid);
}

bool WsHub::isConnected(const QString &sid) const
{
    return clientFor(sid) != nullptr;
}

bool WsHub::supportsPreviewMetadata(const QString &sid) const
{
    const Client *client = clientFor(sid);
    return client && client->previewMetadata;
}

void WsHub::deliver(Client *client, const QByteArray &payload, bool text)
{
    FaultInjector::FrameDecision decision;
    if (m_injector)
        decision = m_injector->onFrame(client->sid, text, payload);
    if (decision.action == FaultInjector::FrameAction::Drop)
        return;
    QByteArray bytes = payload;
    if (decision.action == FaultInjector::FrameAction::Garble)
        bytes = bytes.left(bytes.size() / 2) + QByteArrayLiteral("\x01garbled");
    else if (decision.action == FaultInjector::FrameAction::Replace)
        bytes = decision.replacement;
    QPointer<QWebSocket> socket = client->socket;
    auto send = [socket, bytes, text] {
        if (!socket)
            return;
        if (text)
            socket->sendTextMessage(QString::fromUtf8(bytes));
        else
            socket->sendBinaryMessage(bytes);
    };
    if (decision.delayMs > 0)
        QTimer::singleShot(decision.delayMs, this, send);
    else
        send();
}

void WsHub::sendJson(const QString &type, const JsonTree &data, const QString &sid)
{
    const QByteArray payload = envelope(type, data);
    if (sid.isEmpty()) {
        const QList<Client *> clients = m_clients.values();
        for (Client *client : clients)
            deliver(client, payload, true);
    } else if (Client *client = clientFor(sid)) {
        deliver(client, payload, true);
    }
}

void WsHub::sendBinary(const QByteArray &payload, const QString &sid)
{
    if (sid.isEmpty()) {
        const QList<Client *> clients = m_clients.values();
        for (Client *client : clients)
            deliver(client, payload, false);
    } else if (Client *client = clientFor(sid)) {
        deliver(client, payload, false);
    }
}

void WsHub::setFrozen(bool frozen)
{
    if (m_frozen == frozen)
        return;
    m_frozen = frozen;
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it)
        freezeSocket(it.key(), frozen);
    if (!frozen) {
        // Connections that arrived while frozen never got their first frame: drop them, the
        // clients reconnect.
        for (auto &socket : m_parked)
            socket->abort();
        m_parked.clear();
    }
}

void WsHub::closeAll()
{
    for (auto &socket : m_parked)
        socket->abort();
    m_parked.clear();
    const QList<QWebSocket *> sockets = m_clients.keys();
    for (QWebSocket *socket : sockets) {
        if (socket)
            socket->abort();
    }
    qDeleteAll(m_clients);
    m_clients.clear();
    m_bySid.clear();
}

} // namespace Easel::Sim
