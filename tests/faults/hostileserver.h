#pragma once

// A deliberately broken HTTP server for tests/faults/tst_hostile.cpp: raw bytes over a
// real loopback socket, on a thread of its own (so a flood does not wait for the test's
// event loop), answering each request with whatever its handler writes. QHttpServer can't
// do this: it will not send two Content-Length headers, a status of -200 or a header
// line without a colon.
#include <QByteArray>
#include <QCryptographicHash>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>

namespace HostileTest {

struct Request
{
    QByteArray method;
    QByteArray path; // with the query
    QByteArray headers;
    QByteArray body;
};

// Writes the answer to `socket` (on the server thread). It may keep writing later (a
// trickle, an endless stream) through timers parented to the socket.
using Handler = std::function<void(QTcpSocket *socket, const Request &request)>;

class Server : public QObject
{
public:
    explicit Server(Handler handler) : m_handler(std::move(handler))
    {
        m_context.moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(&m_context, [this] {
            m_server = new QTcpServer;
            m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
            QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                while (QTcpSocket *socket = m_server->nextPendingConnection())
                    accept(socket);
            });
        }, Qt::BlockingQueuedConnection);
    }
    ~Server() override
    {
        QMetaObject::invokeMethod(&m_context, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    int requestCount() const { return m_requests.load(); }
    QByteArray lastRequest() const
    {
        QMutexLocker locker(&m_mutex);
        return m_last;
    }

private:
    void accept(QTcpSocket *socket)
    {
        socket->setParent(m_server);
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request request;
            request.headers = buffer->left(end);
            const QList<QByteArray> line = request.headers.left(request.headers.indexOf("\r\n")).split(' ');
            request.method = line.value(0);
            request.path = line.value(1);
            qsizetype length = 0;
            for (const QByteArray &header : request.headers.split('\n')) {
                if (header.toLower().startsWith("content-length:"))
                    length = header.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < end + 4 + length)
                return;
            request.body = buffer->mid(end + 4, length);
            buffer->remove(0, end + 4 + length);
            ++m_requests;
            {
                QMutexLocker locker(&m_mutex);
                m_last = request.headers + "\r\n\r\n" + request.body;
            }
            m_handler(socket, request);
        });
    }

    Handler m_handler;
    QThread m_thread;
    QObject m_context;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    std::atomic<int> m_requests{0};
    mutable QMutex m_mutex;
    QByteArray m_last;
};

// Answers a WebSocket upgrade (RFC 6455 §4.2.2): after this, the socket carries frames.
inline void acceptWebSocket(QTcpSocket *socket, const Request &request)
{
    QByteArray key;
    for (const QByteArray &line : request.headers.split('\n')) {
        if (line.toLower().startsWith("sec-websocket-key:"))
            key = line.mid(18).trimmed();
    }
    const QByteArray accept = QCryptographicHash::hash(
        QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), QCryptographicHash::Sha1).toBase64();
    socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  "Sec-WebSocket-Accept: " + accept + "\r\n\r\n");
}

// A server frame header (unmasked) with a 64-bit length.
inline QByteArray frameHeader(int opcode, bool fin, quint64 length)
{
    QByteArray h;
    h.append(char((fin ? 0x80 : 0) | opcode));
    h.append(char(127));
    for (int i = 7; i >= 0; --i)
        h.append(char((length >> (8 * i)) & 0xff));
    return h;
}

// Calls `write` every intervalMs on the socket's thread until it returns false or the
// socket goes away.
inline void keepWriting(QTcpSocket *socket, int intervalMs, std::function<bool(QTcpSocket *)> write)
{
    auto *timer = new QTimer(socket);
    QObject::connect(timer, &QTimer::timeout, socket, [timer, socket, write] {
        if (socket->state() != QAbstractSocket::ConnectedState || !write(socket))
            timer->stop();
    });
    timer->start(intervalMs);
}

} // namespace HostileTest
