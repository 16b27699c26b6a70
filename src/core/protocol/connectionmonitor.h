#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Easel {

class ComfyClient;
class EventStream;

// The one place that knows how the connection to a server is doing, for the status bar
// and for the parts that must act on a reconnect (JobResync). It follows the EventStream
// (which reconnects with backoff and jitter and drops a socket whose pings go unanswered)
// and probes the server once per connection:
//  - GET /system_stats must answer ComfyUI's shape, or the server is Incompatible;
//  - GET /history/{landmark} for the last prompt known to have finished there: empty means
//    the server forgot its history, i.e. it restarted (ServerRestarted).
// JobResync also reports a restart when jobs it tracks are gone from /queue and /history.
class ConnectionMonitor : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,            // not opened
        Connecting,      // first connection under way
        Connected,
        Lost,            // the socket went away; a reconnect will be scheduled
        Reconnecting,    // waiting reconnectInSeconds() before the next attempt
        ServerRestarted, // connected again, to a server that forgot its queue and history
        Incompatible,    // connected, but the server does not speak ComfyUI's protocol
    };
    Q_ENUM(State)

    ConnectionMonitor(ComfyClient *client, EventStream *events, QObject *parent = nullptr);
    ~ConnectionMonitor() override;

    State state() const { return m_state; }
    bool isUsable() const { return m_state == State::Connected || m_state == State::ServerRestarted; }
    // Seconds until the next reconnect attempt (Reconnecting only), rounded up.
    int reconnectInSeconds() const;
    int reconnectCount() const { return m_reconnects; }
    QString incompatibilityReason() const { return m_reason; }
    // One translated line for the status bar, kept up to date (descriptionChanged).
    QString description() const;

    // A prompt the server has finished: its history entry is the landmark that tells a
    // restarted server (which forgets it) from a reconnect to the same one.
    void noteFinishedPrompt(const QString &promptId) { m_landmark = promptId; }
    void reportServerRestarted();
    // /object_info or another answer Easel cannot use.
    void reportIncompatible(const QString &reason);
    // The user saw the restart notice.
    void acknowledgeRestart();
    // Whether each connection is probed (/system_stats, landmark); on by default.
    void setProbing(bool enabled) { m_probing = enabled; }

signals:
    void stateChanged(Easel::ConnectionMonitor::State state);
    void descriptionChanged(const QString &description);
    // Connected again after a loss (not the first connection): resync every known job now.
    void reconnected();
    void serverRestarted();

private:
    void setState(State state);
    void onConnected();
    void probe();
    void updateDescription();

    ComfyClient *m_client;
    EventStream *m_events;
    QTimer *m_countdown;
    QElapsedTimer m_reconnectClock;
    State m_state = State::Idle;
    int m_reconnectDelayMs = 0;
    int m_reconnects = 0;
    bool m_everConnected = false;
    bool m_probing = true;
    quint64 m_probeGeneration = 0;
    QString m_landmark;
    QString m_reason;
    QString m_description;
};

} // namespace Easel
