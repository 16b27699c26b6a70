#include "simserver.h"

#include "executionengine.h"
#include "faultcontrol.h"
#include "faultinjector.h"
#include "httpreply.h"
#include "maskcompositor.h"
#include "simcatalogue.h"
#include "wshub.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace Easel::Sim {

SimServer::SimServer(QObject *parent)
    : QAbstractHttpServer(parent), m_catalogue(std::make_unique<SimCatalogue>()), m_compositor(std::make_unique<MaskCompositor>())
{
    m_hub = new WsHub(this);
    m_engine = new ExecutionEngine(*m_catalogue, *m_hub, this);
    connect(m_engine, &ExecutionEngine::promptFinished, this, &SimServer::promptFinished);
    connect(m_engine, &ExecutionEngine::promptStarted, this, &SimServer::promptStarted);
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &SimServer::acceptWebSockets);
    m_ownDir = std::make_unique<QTemporaryDir>();
    setDataDir(m_ownDir->path());
}

SimServer::~SimServer()
{
    // Before the data directory (a member destroyed first) can go away.
    m_compositor->settleAll();
}

void SimServer::waitForPendingFiles()
{
    m_compositor->settleAll();
}

quint16 SimServer::listen(const QHostAddress &address, quint16 port)
{
    m_address = address;
    m_port = QAbstractHttpServer::listen(address, port);
    return m_port;
}

QUrl SimServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? u"https"_s : u"http"_s);
    url.setHost(m_address == QHostAddress::LocalHost || m_address == QHostAddress::Any
                    ? u"127.0.0.1"_s : m_address.toString());
    url.setPort(m_port);
    url.setPath(u"/"_s);
    return url;
}

void SimServer::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    sslSetup(certificate, key);
    m_tls = true;
}

void SimServer::setRequiredHeader(const QByteArray &name, const QByteArray &value)
{
    m_requiredHeader = name;
    m_requiredValue = value;
}

bool SimServer::authorized(const QHttpServerRequest &request) const
{
    return m_requiredHeader.isEmpty() || request.value(m_requiredHeader) == m_requiredValue;
}

static HttpReply unauthorizedReply()
{
    return {401, "text/plain; charset=utf-8", "401: Unauthorized", {{"WWW-Authenticate", "Bearer"}}};
}

void SimServer::setStepMs(int ms) { m_engine->setStepMs(ms); }
int SimServer::stepMs() const { return m_engine->stepMs(); }
void SimServer::setHeld(bool held) { m_engine->setHeld(held); }
void SimServer::removeNodeClasses(const QStringList &classNames) { m_catalogue->removeClasses(classNames); }
QString SimServer::dataDir() const { return m_dataDir; }

void SimServer::setDataDir(const QString &dir)
{
    m_dataDir = QDir(dir).absolutePath();
    for (const char16_t *sub : {u"output", u"input", u"temp"})
        QDir(m_dataDir).mkpath(QString::fromUtf16(sub));
    m_engine->setDataDir(m_dataDir);
}

void SimServer::setFaultInjector(FaultInjector *injector)
{
    m_injector = injector;
    m_hub->setFaultInjector(injector);
    m_engine->setFaultInjector(injector);
}

void SimServer::closeAllWebSockets()
{
    m_hub->closeAll();
}

FaultControl *SimServer::faults()
{
    if (!m_faults) {
        m_faults = new FaultControl(this);
        connect(m_faults, &FaultControl::closeWebSocketsRequested, this, &SimServer::closeAllWebSockets);
        connect(m_faults, &FaultControl::restartRequested, this, &SimServer::restart);
        connect(m_faults, &FaultControl::silenceChanged, m_hub, &WsHub::setFrozen);
        setFaultInjector(m_faults);
    }
    return m_faults;
}

void SimServer::restart()
{
    // Queued: a restart asked for from one of our own signals (promptStarted, say) must not
    // pull the running prompt from under the engine's feet.
    QMetaObject::invokeMethod(this, [this] {
        m_engine->reset();
        m_counter = 0;
        m_hub->closeAll();
    }, Qt::QueuedConnection);
}

HttpReply SimServer::control(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QHostAddress peer = socket->peerAddress();
    if (!peer.isLoopback() && peer != QHostAddress(QHostAddress::LocalHostIPv6))
        return HttpReply::empty(403);
    if (request.method() != QHttpServerRequest::Method::Post)
        return HttpReply::empty(405);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    auto answer = [](int status, const QJsonObject &object) {
        return HttpReply{status, "application/json; charset=utf-8",
                         QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
    };
    if (!doc.isObject())
        return answer(400, {{u"error"_s, u"expected a JSON object like {\"fault\": \"restart\"}"_s}});
    const QString error = faults()->apply(doc.object());
    if (!error.isEmpty())
        return answer(400, {{u"error"_s, error}});
    return answer(200, {{u"ok"_s, true}});
}

void SimServer::acceptWebSockets()
{
    while (hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
        if (!socket)
            continue;
        const QString sid = QUrlQuery(socket->requestUrl()).queryItemValue(u"clientId"_s);
        m_hub->addSocket(std::move(socket), m_engine->queueRemaining(), m_engine->runningNodeFor(sid));
    }
}

void SimServer::write(const QHttpServerRequest &request, QTcpSocket *socket, const HttpReply &reply)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    for (const auto &[key, value] : reply.headers)
        responder.writeHeader(key, value);
    responder.writeHeader("Server", "Python/3.11 aiohttp/3.8.4 (easel-sim)");
    responder.writeBody(reply.body);
    // Onto the wire now, not when the socket's write notifier next fires. A queued prompt
    // starts on the engine's next tick (a 0 ms timer), and its WebSocket messages
    // (execution_start, executing, progress) go out on another socket; with both writes
    // buffered, which socket Qt flushed first was up to the event loop, so with fast steps
    // a client could get a prompt's events before the POST /prompt answer that names it.
    // ComfyUI's answer leaves first: the prompt worker is another thread that has to pick
    // the item up, and its messages go through the event loop's message queue after the
    // handler has returned (server.py send_sync → publish_loop).
    socket->flush();
}

bool SimServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QString path = request.url().path();
    if (path.startsWith("/api/"_L1))
        path = path.mid(4);
    emit requestReceived(request.method() == QHttpServerRequest::Method::Post ? u"POST"_s : u"GET"_s, path);
    if (!authorized(request)) {
        // A refused WebSocket upgrade must return false (else Qt upgrades it anyway);
        // missingHandler then answers 401.
        if (request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
            return false;
        write(request, socket, unauthorizedReply());
        return true;
    }
    if (path == "/ws"_L1) {
        if (request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
            return true; // leave the responder untouched: the upgrade follows
        write(request, socket, HttpReply::empty(400));
        return true;
    }
    if (m_controlEnabled && path == "/sim/control"_L1) {
        write(request, socket, control(request, socket));
        return true;
    }
    FaultInjector::RequestDecision decision;
    if (m_injector) {
        const QString method = request.method() == QHttpServerRequest::Method::Post ? u"POST"_s : u"GET"_s;
        decision = m_injector->onRequest(method, path);
    }
    HttpReply reply;
    switch (decision.action) {
    case FaultInjector::RequestAction::Drop:
        socket->abort();
        return true;
    case FaultInjector::RequestAction::Answer500:
        reply = HttpReply::serverError();
        break;
    case FaultInjector::RequestAction::Answer400:
        reply = HttpReply::empty(400); // web.Response(status=400): no body
        break;
    case FaultInjector::RequestAction::AnswerGarbage:
        reply = {200, "application/json; charset=utf-8", "{\"garbage\": [1, 2,", {}};
        break;
    case FaultInjector::RequestAction::Hang:
        return true; // the connection stays open and nothing is ever written
    case FaultInjector::RequestAction::Answer502Html:
        reply = {502, "text/html; charset=utf-8",
                 "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                 "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n"
                 "</body>\r\n</html>\r\n",
                 {}};
        break;
    case FaultInjector::RequestAction::WrongShape:
        reply = {200, "application/json; charset=utf-8",
                 "[{\"prompt_id\": 7, \"outputs\": \"none\", \"status\": [null]}, 3.5, \"x\"]", {}};
        break;
    case FaultInjector::RequestAction::Replace:
        reply = {200, "application/json; charset=utf-8", decision.body, {}};
        break;
    case FaultInjector::RequestAction::Truncate:
    case FaultInjector::RequestAction::InvalidUtf8:
    case FaultInjector::RequestAction::Proceed:
        reply = dispatch(request, path);
        break;
    }
    if (m_faults && m_faults->escapesFileNames() && path.startsWith("/history"_L1))
        reply.body.replace(QByteArrayLiteral("\"filename\": \""), QByteArray(QByteArrayLiteral("\"filename\": \"") + FaultControl::escapePrefix()));
    if (decision.action == FaultInjector::RequestAction::InvalidUtf8) {
        // Bytes that are not UTF-8 inside the first string (or at the start of the body).
        const qsizetype quote = reply.body.indexOf('"');
        reply.body.insert(quote < 0 ? 0 : quote + 1, QByteArray("\xC3\x28\xFF\xFE\xED\xA0\x80", 7));
    }
    if (decision.action == FaultInjector::RequestAction::Truncate) {
        // Announce the whole body, send half of it, close: the connection dropped mid-body.
        QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " OK\r\nContent-Type: "
            + reply.contentType + "\r\nContent-Length: " + QByteArray::number(reply.body.size())
            + "\r\n\r\n";
        socket->write(head + reply.body.left(reply.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return true;
    }
    if (decision.delayMs <= 0) {
        write(request, socket, reply);
        return true;
    }
    // Late answer: the responder keeps a raw socket pointer (qt64-notes §3), so guard it
    // and keep our own copy of the request data we need.
    QPointer<QTcpSocket> guarded = socket;
    QTimer::singleShot(decision.delayMs, this, [guarded, reply] {
        if (!guarded || guarded->state() != QAbstractSocket::ConnectedState)
            return;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Delayed\r\nContent-Type: "
            + reply.contentType + "\r\nContent-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
        for (const auto &[key, value] : reply.headers)
            head += key + ": " + value + "\r\n";
        guarded->write(head + "\r\n" + reply.body);
    });
    return true;
}

void SimServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    write(request, socket, authorized(request) ? HttpReply::empty(404) : unauthorizedReply());
}


} // namespace Easel::Sim
