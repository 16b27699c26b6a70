#include "displayframe.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <limits>

namespace Easel {

namespace {

// Made on first use, parented to the application: gone with it, and never made again by
// a client's destructor that runs later.
QPointer<DisplayFrame> &theFrame()
{
    static QPointer<DisplayFrame> frame;
    return frame;
}

} // namespace

DisplayFrame::Client::~Client()
{
    if (DisplayFrame *frame = theFrame())
        frame->unschedule(this);
}

DisplayFrame::DisplayFrame(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DisplayFrame::tick);
}

DisplayFrame *DisplayFrame::instance()
{
    QPointer<DisplayFrame> &frame = theFrame();
    if (!frame) {
        Q_ASSERT(QCoreApplication::instance());
        Q_ASSERT(QThread::currentThread() == QCoreApplication::instance()->thread());
        frame = new DisplayFrame(QCoreApplication::instance());
    }
    return frame;
}

void DisplayFrame::schedule(Client *client, qint64 dueMs, Order order)
{
    for (Entry &entry : m_entries) {
        if (entry.client == client) {
            if (dueMs < entry.due) {
                entry.due = dueMs;
                arm();
            }
            return;
        }
    }
    m_entries.append({client, dueMs, order});
    arm();
}

void DisplayFrame::unschedule(Client *client)
{
    m_entries.removeIf([client](const Entry &entry) { return entry.client == client; });
    arm();
}

bool DisplayFrame::isScheduled(const Client *client) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [client](const Entry &entry) { return entry.client == client; });
}

void DisplayFrame::arm()
{
    if (m_ticking)
        return; // the wake-up under way arms the timer when it is done
    if (m_entries.isEmpty()) {
        m_timer.stop();
        return;
    }
    qint64 due = std::numeric_limits<qint64>::max();
    for (const Entry &entry : m_entries)
        due = std::min(due, entry.due);
    const int wait = int(std::clamp<qint64>(due - now(), 0, std::numeric_limits<int>::max()));
    // Already set for that time (or within a millisecond of it): not set again.
    if (m_timer.isActive() && std::abs(m_timer.remainingTime() - wait) <= 1)
        return;
    m_timer.start(wait);
}

void DisplayFrame::tick()
{
    m_ticking = true;
    QList<const Client *> served;
    for (;;) {
        const qint64 limit = now() + slackMs;
        qsizetype pick = -1;
        for (const Order order : {Order::State, Order::Paint}) {
            for (qsizetype i = 0; i < m_entries.size() && pick < 0; ++i) {
                const Entry &entry = m_entries.at(i);
                // Served once a wake-up: one that asks again at once waits for the next.
                if (entry.order == order && entry.due <= limit && !served.contains(entry.client))
                    pick = i;
            }
            if (pick >= 0)
                break;
        }
        if (pick < 0)
            break;
        Client *client = m_entries.takeAt(pick).client;
        served.append(client);
        ++m_served;
        client->frameDue(); // may schedule, unschedule or destroy other clients
    }
    if (!served.isEmpty())
        ++m_wakeUps;
    m_ticking = false;
    arm();
}

} // namespace Easel
