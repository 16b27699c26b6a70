#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Easel {

// The GUI thread's one clock for everything the window shows at display rate: every
// DisplayThrottle (the viewer following the newest frame or output, the filmstrip following
// the newest output, the running node, the progress, the per-job lines) and the window's
// painted frame (FramePacer) are due at a time, and one timer wakes the thread for all that
// are due. With a timer each they woke the thread separately, out of phase, so on a fast
// server the window took a state in, painted it, took the next state in a few ms later and
// waited for the next painted frame to show it.
//
// Clients due within slackMs of each other are served by the same wake-up, in the order
// they were scheduled, painting clients (FramePacer) after the state they paint. A client
// scheduled during a wake-up and due by then (the filmstrip choosing an output makes the
// viewer want to show it) is served in the same wake-up.
class DisplayFrame : public QObject
{
    Q_OBJECT
public:
    class Client
    {
    public:
        virtual ~Client();
        virtual void frameDue() = 0;
    };
    enum class Order { State, Paint };

    static constexpr int slackMs = 4;

    // The clock of the thread that runs the application's event loop (made on first use).
    static DisplayFrame *instance();

    // Milliseconds on this clock (monotonic).
    qint64 now() const { return m_clock.elapsed(); }
    // Serves the client at dueMs (now() or earlier: the next turn of the event loop, never
    // inside this call). A client already scheduled keeps the earlier of the two times.
    void schedule(Client *client, qint64 dueMs, Order order = Order::State);
    void unschedule(Client *client);
    bool isScheduled(const Client *client) const;
    // Wake-ups of the timer that served at least one client.
    qint64 wakeUps() const { return m_wakeUps; }
    // Clients served.
    qint64 served() const { return m_served; }

private:
    explicit DisplayFrame(QObject *parent);
    void tick();
    void arm();

    struct Entry
    {
        Client *client;
        qint64 due;
        Order order;
    };
    QList<Entry> m_entries; // a handful: the window's paced widgets
    QTimer m_timer;
    QElapsedTimer m_clock;
    bool m_ticking = false;
    qint64 m_wakeUps = 0;
    qint64 m_served = 0;
};

} // namespace Easel
