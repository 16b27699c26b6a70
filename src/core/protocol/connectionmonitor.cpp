#include "connectionmonitor.h"

#include "comfyclient.h"
#include "eventstream.h"
#include "futurecallback.h"

#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Easel {

ConnectionMonitor::ConnectionMonitor(ComfyClient *client, EventStream *events, QObject *parent)
    : QObject(parent), m_client(client), m_events(events), m_countdown(new QTimer(this))
{
    // The status bar counts down the seconds to the next attempt.
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &ConnectionMonitor::updateDescription);

    connect(m_events, &EventStream::stateChanged, this, [this](EventStream::State state) {
        if (state == EventStream::State::Connecting && !m_everConnected)
            setState(State::Connecting);
    });
    connect(m_events, &EventStream::connected, this, &ConnectionMonitor::onConnected);
    connect(m_events, &EventStream::disconnected, this, [this] {
        ++m_probeGeneration; // a probe of the old connection no longer counts
        if (m_state != State::Reconnecting)
            setState(State::Lost);
    });
    connect(m_events, &EventStream::reconnectScheduled, this, [this](int delayMs, int) {
        m_reconnectDelayMs = delayMs;
        m_reconnectClock.start();
        // Before the first connection the server was never there: still "connecting".
        setState(m_everConnected ? State::Reconnecting : State::Connecting);
        m_countdown->start();
        updateDescription();
    });
}

ConnectionMonitor::~ConnectionMonitor() = default;

int ConnectionMonitor::reconnectInSeconds() const
{
    if (m_state != State::Reconnecting || !m_reconnectClock.isValid())
        return 0;
    const qint64 left = std::max<qint64>(0, m_reconnectDelayMs - m_reconnectClock.elapsed());
    return int((left + 999) / 1000);
}

QString ConnectionMonitor::description() const
{
    return m_description;
}

void ConnectionMonitor::setState(State state)
{
    if (state != State::Reconnecting)
        m_countdown->stop();
    if (m_state == state) {
        updateDescription();
        return;
    }
    m_state = state;
    emit stateChanged(state);
    updateDescription();
}

void ConnectionMonitor::onConnected()
{
    const bool again = m_everConnected;
    m_everConnected = true;
    if (again)
        ++m_reconnects;
    // A restart notice stays until acknowledged; an incompatible server until it changes.
    if (m_state != State::ServerRestarted && m_state != State::Incompatible)
        setState(State::Connected);
    else if (m_state == State::Incompatible)
        setState(State::Connected); // re-probed below
    if (m_probing)
        probe();
    if (again)
        emit reconnected();
}

void ConnectionMonitor::probe()
{
    const quint64 generation = ++m_probeGeneration;
    onFinished(m_client->systemStats(), this, [this, generation](const Result<SystemStats> &stats) {
        if (generation != m_probeGeneration || stats.isOk())
            return;
        const ProtocolError &error = stats.error();
        const bool notComfy = error.kind() == ProtocolError::Kind::MalformedJson
                              || error.kind() == ProtocolError::Kind::UnexpectedShape
                              || (error.kind() == ProtocolError::Kind::Http
                                  && error.httpStatus() == 404);
        if (notComfy)
            reportIncompatible(error.message());
    });
    if (m_landmark.isEmpty())
        return;
    const QString landmark = m_landmark;
    onFinished(m_client->historyEntry(landmark), this,
               [this, generation, landmark](const Result<QList<HistoryEntry>> &entry) {
                   if (generation != m_probeGeneration || !entry.isOk())
                       return;
                   if (entry.value().isEmpty() && landmark == m_landmark)
                       reportServerRestarted();
               });
}

void ConnectionMonitor::reportServerRestarted()
{
    if (m_state == State::Incompatible)
        return;
    m_landmark.clear(); // the new server's first finished prompt becomes the next one
    const bool news = m_state != State::ServerRestarted;
    setState(State::ServerRestarted);
    if (news)
        emit serverRestarted();
}

void ConnectionMonitor::reportIncompatible(const QString &reason)
{
    m_reason = reason;
    setState(State::Incompatible);
}

void ConnectionMonitor::acknowledgeRestart()
{
    if (m_state == State::ServerRestarted)
        setState(m_events->state() == EventStream::State::Connected ? State::Connected : State::Lost);
}

void ConnectionMonitor::updateDescription()
{
    const QString server = m_client->baseUrl().toDisplayString(QUrl::RemoveUserInfo
                                                               | QUrl::StripTrailingSlash);
    QString text;
    switch (m_state) {
    case State::Idle:
        text = tr("Not connected");
        break;
    case State::Connecting:
        text = tr("Connecting to %1…").arg(server);
        break;
    case State::Connected:
        text = tr("Connected to %1").arg(server);
        break;
    case State::Lost:
        text = tr("Connection to %1 lost").arg(server);
        break;
    case State::Reconnecting:
        text = tr("Connection to %1 lost; reconnecting in %n s", nullptr, reconnectInSeconds())
                   .arg(server);
        break;
    case State::ServerRestarted:
        text = tr("%1 restarted; jobs it forgot can be queued again").arg(server);
        break;
    case State::Incompatible:
        text = tr("%1 is not a compatible ComfyUI server: %2").arg(server, m_reason);
        break;
    }
    if (text == m_description)
        return;
    m_description = text;
    emit descriptionChanged(text);
}

} // namespace Easel
