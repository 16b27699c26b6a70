#include "jobresync.h"

#include "comfyclient.h"
#include "connectionmonitor.h"
#include "eventstream.h"
#include "futurecallback.h"

#include <QTimer>

namespace Easel {

JobResync::JobResync(ComfyClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_periodic(new QTimer(this))
{
    connect(m_periodic, &QTimer::timeout, this, [this] {
        if (!m_tracked.isEmpty())
            resyncNow();
    });
}

JobResync::~JobResync() = default;

void JobResync::follow(ConnectionMonitor *monitor, EventStream *events)
{
    m_monitor = monitor;
    if (monitor)
        connect(monitor, &ConnectionMonitor::reconnected, this, &JobResync::resyncNow);
    if (events)
        connect(events, &EventStream::silenceDetected, this, &JobResync::resyncNow);
}

void JobResync::track(const QString &promptId)
{
    m_tracked.insert(promptId);
}

void JobResync::untrack(const QString &promptId)
{
    m_tracked.remove(promptId);
    m_toAsk.removeAll(promptId);
    m_unknown.remove(promptId);
}

void JobResync::setPeriodicMs(int ms)
{
    if (ms <= 0) {
        m_periodic->stop();
        return;
    }
    m_periodic->start(ms);
}

void JobResync::resyncNow()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    if (m_tracked.isEmpty()) {
        emit resyncFinished();
        return;
    }
    m_busy = true;
    m_again = false;
    m_confirming = false;
    m_unknown.clear();
    askQueue(false);
}

void JobResync::askQueue(bool confirming)
{
    ++m_queueRequests;
    const quint64 generation = ++m_generation;
    onFinished(m_client->queue(), this,
               [this, generation, confirming](const Result<QueueSnapshot> &snapshot) {
                   if (generation != m_generation)
                       return;
                   if (!snapshot.isOk()) {
                       emit resyncFailed(snapshot.error().message());
                       settle();
                       return;
                   }
                   onQueue(snapshot.value(), confirming);
               });
}

void JobResync::onQueue(const QueueSnapshot &snapshot, bool confirming)
{
    QSet<QString> seen;
    for (const QueueItem &item : snapshot.running) {
        if (m_tracked.contains(item.promptId)) {
            seen.insert(item.promptId);
            emit running(item.promptId);
        }
    }
    for (qsizetype i = 0; i < snapshot.pending.size(); ++i) {
        const QString &id = snapshot.pending.at(i).promptId;
        if (m_tracked.contains(id)) {
            seen.insert(id);
            emit stillQueued(id, int(i));
        }
    }
    m_confirming = confirming;
    // Only the jobs in neither list cost a request each.
    const QSet<QString> candidates = confirming ? m_unknown : m_tracked;
    m_unknown.clear();
    m_toAsk.clear();
    for (const QString &id : candidates) {
        if (!seen.contains(id) && m_tracked.contains(id))
            m_toAsk.append(id);
    }
    pump();
}

void JobResync::pump()
{
    while (m_inFlight < m_maxConcurrent && !m_toAsk.isEmpty())
        askHistory(m_toAsk.takeFirst());
    if (m_inFlight == 0 && m_toAsk.isEmpty()) {
        if (!m_confirming && !m_unknown.isEmpty()) {
            askQueue(true); // second look before calling anything forgotten
            return;
        }
        const QSet<QString> gone = m_confirming ? m_unknown : QSet<QString>();
        m_unknown.clear();
        for (const QString &id : gone) {
            if (!m_tracked.remove(id))
                continue;
            emit forgotten(id);
        }
        if (!gone.isEmpty() && m_monitor)
            m_monitor->reportServerRestarted();
        settle();
    }
}

void JobResync::askHistory(const QString &promptId)
{
    ++m_inFlight;
    ++m_historyRequests;
    const quint64 generation = m_generation;
    onFinished(m_client->historyEntry(promptId), this,
               [this, generation, promptId](const Result<QList<HistoryEntry>> &entry) {
                   if (generation != m_generation)
                       return;
                   --m_inFlight;
                   if (!entry.isOk()) {
                       // Cannot tell; the job stays tracked for the next resync.
                   } else if (!entry.value().isEmpty()) {
                       if (m_tracked.remove(promptId))
                           emit finishedOnServer(promptId, entry.value().constFirst());
                   } else if (m_tracked.contains(promptId)) {
                       m_unknown.insert(promptId);
                   }
                   pump();
               });
}

void JobResync::settle()
{
    m_busy = false;
    m_confirming = false;
    m_toAsk.clear();
    emit resyncFinished();
    if (m_again)
        QTimer::singleShot(0, this, &JobResync::resyncNow);
}

} // namespace Easel
