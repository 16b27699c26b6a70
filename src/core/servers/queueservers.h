#pragma once

#include "eventstream.h"
#include "serverchoice.h"

#include <QObject>
#include <QString>

namespace Easel {

class FarmDispatcher;
class FarmServerModel;
class JobDispatch;
class JobQueue;
class OutputStore;
class ServerSession;
struct QueuedJob;

// The servers a queue sends its jobs to: its own one (the session the queue was built on,
// through the queue's SingleServerDispatch) or a render farm over several (a
// FarmDispatcher behind a FarmQueueDispatch, owned here). Whoever shows the queue asks
// this object and JobQueue, never which of the two it has: switching (never while the
// queue's dispatch holds a job), the journal that goes with each, the store that records
// a job and how the servers' state reads are decided here.
class QueueServers : public QObject
{
    Q_OBJECT
public:
    // queue and primary (the queue's own server, which also serves the editor) are not
    // owned and must outlive this object. outputDirectory: the library a farm saves into.
    QueueServers(JobQueue *queue,
                 ServerSession *primary,
                 const QString &outputDirectory,
                 QObject *parent = nullptr);
    ~QueueServers() override;

    // Two or more servers: a farm over them; one: the queue's own server (the caller
    // points the primary session at it). Refused (false, nothing changed) while
    // canSwitch() is false, and for an empty list.
    bool use(const ServerChoices &servers);
    // A farm (two or more servers, else false).
    bool useFarm(const ServerChoices &servers);
    // The queue's own server again (a farm stops).
    bool useOwnServer();
    // False while the queue's dispatch holds a job: on a server, being uploaded, waiting
    // inside a farm for another server, or downloading its outputs. Such a job belongs to
    // the dispatch that sent it and would never end under another one.
    bool canSwitch() const;

    // Previews of every server the queue uses (the primary one and a farm's, now and later):
    // EventStream::setPreviewMode and setPreviewsWanted.
    void setPreviewMode(EventStream::PreviewMode mode);
    void setPreviewsWanted(bool wanted);

    bool isFarm() const { return m_farm != nullptr; }
    FarmDispatcher *farm() const { return m_farm; } // nullptr with one server
    // The farm's servers, one row each (the Servers panel); nullptr with one server.
    FarmServerModel *serverModel() const { return m_model; }
    // Where the queue keeps its journal, a file name in the application's data folder: a
    // farm has its own, so a one-server session never takes its jobs for its server's.
    QString journalFileName() const;
    // The store that records a job's outputs (its server's), nullptr when none does.
    OutputStore *storeOf(const QueuedJob &job) const;
    // Stores beside the primary one that receive outputs (a farm's servers'); empty with one
    // server.
    QList<OutputStore *> extraStores() const;
    // The servers' state in a few words for a status bar, with the details for its tool tip.
    QString statusText() const;
    QString statusDetails() const;
    // What jobs run on, as the preferences say it: "a render farm" or the server's address.
    QString description() const;

signals:
    // A farm started or stopped: the dispatch, the server model and the stores changed.
    void serversChanged();
    void statusChanged();
    // Worth telling the user (a job lost on a farm server and sent elsewhere; a switch).
    void message(const QString &text);

private:
    bool startFarm(const ServerChoices &servers);
    void stopFarm();

    JobQueue *m_queue;
    ServerSession *m_primary;
    QString m_outputDirectory;
    FarmDispatcher *m_farm = nullptr;
    JobDispatch *m_farmDispatch = nullptr;
    FarmServerModel *m_model = nullptr;
    EventStream::PreviewMode m_previewMode = EventStream::PreviewMode::All;
    bool m_previewsWanted = true;
};

} // namespace Easel
