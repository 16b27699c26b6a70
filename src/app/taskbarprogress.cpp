#include "taskbarprogress.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QUuid>

#ifdef EASEL_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#endif

#include <cmath>

using namespace Qt::StringLiterals;

namespace Easel {

TaskbarProgress::TaskbarProgress(QObject *parent)
    : QObject(parent)
{
}

TaskbarProgress::~TaskbarProgress()
{
    // A bar left visible would stay on the dock icon after Easel quits on some docks.
    if (m_sentPerMille >= 0) {
        m_fraction = -1;
        send();
    }
#ifdef EASEL_HAVE_DBUS
    if (m_privateBus)
        QDBusConnection::disconnectFromBus(m_connectionName);
#endif
}

QString TaskbarProgress::appUri(const QString &desktopFileName)
{
    QString name = desktopFileName;
    if (!name.endsWith(".desktop"_L1))
        name += ".desktop"_L1;
    return u"application://"_s + name;
}

QString TaskbarProgress::appUri()
{
    const QString name = QGuiApplication::desktopFileName();
    return appUri(name.isEmpty() ? QCoreApplication::applicationName() : name);
}

QVariantMap TaskbarProgress::properties(double fraction)
{
    const bool visible = fraction >= 0;
    return {{u"progress"_s, visible ? std::clamp(fraction, 0.0, 1.0) : 0.0},
            {u"progress-visible"_s, visible}};
}

bool TaskbarProgress::connectToBus(const QString &address)
{
#ifdef EASEL_HAVE_DBUS
    if (m_privateBus)
        QDBusConnection::disconnectFromBus(m_connectionName);
    m_connectionName = u"easel-taskbar-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_privateBus = true;
    m_triedSession = true;
    return QDBusConnection::connectToBus(address, m_connectionName).isConnected();
#else
    Q_UNUSED(address)
    return false;
#endif
}

bool TaskbarProgress::isConnected()
{
#ifdef EASEL_HAVE_DBUS
    if (m_connectionName.isEmpty() && !m_triedSession) {
        m_triedSession = true;
        // Only a bus that is there already: without an address libdbus may try to
        // autolaunch a daemon (dbus-launch), which is not ours to start.
        const bool hasBus = qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")
                            || (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")
                                && QFileInfo::exists(qEnvironmentVariable("XDG_RUNTIME_DIR") + "/bus"_L1));
        if (hasBus && QDBusConnection::sessionBus().isConnected())
            m_connectionName = QDBusConnection::sessionBus().name();
    }
    return !m_connectionName.isEmpty() && QDBusConnection(m_connectionName).isConnected();
#else
    return false;
#endif
}

void TaskbarProgress::setProgress(double fraction)
{
    m_fraction = std::isfinite(fraction) ? fraction : -1.0;
    const int perMille = m_fraction < 0 ? -1 : int(std::lround(std::clamp(m_fraction, 0.0, 1.0) * 1000.0));
    if (perMille == m_sentPerMille)
        return; // the dock would draw the same bar
    send();
}

void TaskbarProgress::send()
{
    m_sentPerMille = m_fraction < 0 ? -1 : int(std::lround(std::clamp(m_fraction, 0.0, 1.0) * 1000.0));
#ifdef EASEL_HAVE_DBUS
    if (!isConnected())
        return;
    QDBusMessage message = QDBusMessage::createSignal(QString::fromLatin1(objectPath),
                                                      QString::fromLatin1(interfaceName),
                                                      QString::fromLatin1(signalName));
    message << appUri() << properties(m_fraction);
    if (QDBusConnection(m_connectionName).send(message))
        ++m_sent;
#endif
}

} // namespace Easel
