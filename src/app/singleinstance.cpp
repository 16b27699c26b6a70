#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcInstance, "easel.instance", QtWarningMsg)

namespace Easel {

namespace {

constexpr quint32 magic = 0x4561534c; // "EaSL"
constexpr quint32 protocolVersion = 1;
constexpr char ack = 'A';
// A hostile or broken peer cannot make the primary buffer more than this.
constexpr qint64 maxMessageBytes = 1 << 20;

QString lockDirectory()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    return dir;
}

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_key(key)
{}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
}

QString SingleInstance::keyFor(const QString &profile)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    const QByteArray seed = (user + u'\n' + QDir::homePath() + u'\n' + profile).toUtf8();
    const QByteArray hash
        = QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex().left(16);
    return u"easel-"_s + QString::fromLatin1(hash);
}

QString SingleInstance::serverName() const
{
    return m_server ? m_server->fullServerName() : m_key;
}

bool SingleInstance::isPrimary() const
{
    return m_server && m_server->isListening();
}

bool SingleInstance::listen()
{
    if (isPrimary())
        return true;
    // The lock decides who is primary even when two instances start together; QLockFile
    // takes over the lock of a crashed instance (its process is gone).
    m_lock = std::make_unique<QLockFile>(lockDirectory() + u'/' + m_key + u".lock"_s);
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        m_lock.reset();
        return false;
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // We hold the lock, so a socket left at this name belongs to a dead instance.
    QLocalServer::removeServer(m_key);
    if (!m_server->listen(m_key)) {
        qCWarning(lcInstance,
                  "cannot listen on %s: %s",
                  qPrintable(m_key),
                  qPrintable(m_server->errorString()));
        delete m_server;
        m_server = nullptr;
        // Still the only instance (we hold the lock); run without the hand-over.
        return true;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::readConnection);
    qCDebug(lcInstance, "primary instance on %s", qPrintable(m_server->fullServerName()));
    return true;
}

void SingleInstance::readConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > maxMessageBytes) {
                socket->abort();
                return;
            }
            QDataStream in(socket);
            in.setVersion(QDataStream::Qt_6_4);
            in.startTransaction();
            quint32 receivedMagic = 0;
            quint32 version = 0;
            QStringList paths;
            in >> receivedMagic >> version >> paths;
            if (!in.commitTransaction())
                return; // wait for the rest
            if (receivedMagic != magic || version != protocolVersion) {
                qCWarning(lcInstance, "ignoring a malformed hand-over");
                socket->abort();
                return;
            }
            socket->write(&ack, 1);
            socket->flush();
            qCDebug(
                lcInstance, "received %lld file(s) from another instance", qlonglong(paths.size()));
            emit filesReceived(paths);
        });
    }
}

bool SingleInstance::forward(const QStringList &paths, int timeoutMs)
{
    QStringList absolute;
    absolute.reserve(paths.size());
    for (const QString &path : paths)
        absolute.append(QFileInfo(path).absoluteFilePath());

    QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    // The primary may hold the lock but not yet listen: retry until the deadline.
    for (;;) {
        socket.connectToServer(m_key);
        if (socket.waitForConnected(
                int(qMax<qint64>(1, qMin<qint64>(500, deadline.remainingTime())))))
            break;
        if (deadline.hasExpired())
            return false;
        QThread::msleep(50);
    }
    QByteArray message;
    {
        QDataStream out(&message, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << magic << protocolVersion << absolute;
    }
    socket.write(message);
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime()))))
            return false;
    }
    while (socket.bytesAvailable() < 1) {
        if (deadline.hasExpired()
            || !socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            return false;
    }
    char answer = 0;
    socket.getChar(&answer);
    socket.disconnectFromServer();
    return answer == ack;
}

} // namespace Easel
