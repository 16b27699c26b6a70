#pragma once

#include "wiretypes.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Easel {

class ComfyClient;
class ConnectionMonitor;
class EventStream;

// Finds out, after a reconnect or a silence, where every job Easel knows stands on the
// server. ComfyUI replays nothing, so nothing is guessed (comfyui-protocol.md §7.2):
//  1. one GET /queue for all tracked jobs: those running or pending are reported as such
//     (a job merely waiting in the queue costs nothing more: no storm with 1,000 queued);
//  2. GET /history/{id} only for the tracked jobs that are in neither list, at most
//     maxConcurrentRequests() at a time: an entry means finishedOnServer;
//  3. a job still in neither place is asked once more (/queue, then its /history) so a
//     job that moved between the two answers is not misread; then it is forgotten: the
//     server restarted or someone deleted it. It is reported, never silently dropped.
// Finished and forgotten jobs are untracked. Resyncs never overlap: one asked for while
// another runs starts when it ends.
class JobResync : public QObject
{
    Q_OBJECT
public:
    explicit JobResync(ComfyClient *client, QObject *parent = nullptr);
    ~JobResync() override;

    // Resync on every reconnect (monitor) and whenever the stream reports silence while a
    // watched prompt runs (events); forgotten jobs tell the monitor the server restarted.
    void follow(ConnectionMonitor *monitor, EventStream *events);

    // Track a job once the server accepted its POST /prompt (or once found in /queue at start).
    void track(const QString &promptId);
    void untrack(const QString &promptId);
    bool isTracked(const QString &promptId) const { return m_tracked.contains(promptId); }
    int trackedCount() const { return int(m_tracked.size()); }

    void resyncNow();
    bool isResyncing() const { return m_busy; }

    int maxConcurrentRequests() const { return m_maxConcurrent; }
    void setMaxConcurrentRequests(int n) { m_maxConcurrent = qMax(1, n); }
    // While jobs are tracked, resync this often even without a reason (0 = never, the
    // default: reconnects and silences are the reasons).
    void setPeriodicMs(int ms);

    // Requests made, for tests and the log.
    int queueRequestCount() const { return m_queueRequests; }
    int historyRequestCount() const { return m_historyRequests; }

signals:
    void finishedOnServer(const QString &promptId, const Easel::HistoryEntry &entry);
    void stillQueued(const QString &promptId, int position);
    void running(const QString &promptId);
    void forgotten(const QString &promptId);
    // The server could not be asked (/queue failed); a later resync will try again.
    void resyncFailed(const QString &message);
    void resyncFinished();

private:
    void askQueue(bool confirming);
    void onQueue(const QueueSnapshot &snapshot, bool confirming);
    void pump();
    void askHistory(const QString &promptId);
    void settle();

    ComfyClient *m_client;
    ConnectionMonitor *m_monitor = nullptr;
    QTimer *m_periodic;
    QSet<QString> m_tracked;
    QStringList m_toAsk;          // ids waiting for their /history request
    QSet<QString> m_unknown;      // in neither /queue nor /history on the first pass
    int m_inFlight = 0;
    int m_maxConcurrent = 4;
    bool m_busy = false;
    bool m_again = false;
    bool m_confirming = false;
    int m_queueRequests = 0;
    int m_historyRequests = 0;
    quint64 m_generation = 0;
};

} // namespace Easel
