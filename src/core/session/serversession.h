#pragma once

#include "eventstream.h"
#include "transportoptions.h"

#include <QObject>
#include <QUrl>

namespace Easel {

class ComfyClient;
class ConnectionMonitor;
class JobResync;
class JobRunner;
class OutputStore;

// One server's stack, built here and nowhere else: the HTTP client, the event stream, the
// connection monitor over both, the output store (library folder and index), the runner
// that takes prompts from POST to saved files, and the resync that looks every tracked
// prompt up after a reconnect, tied together by followJobs(). The window's server, every
// server of a farm and easel-run are each one session.
//
// Each part is built after what it uses and destroyed before it (resync, runner, store,
// monitor, events, client). Teardown first cuts every part's outgoing connections, so
// from the moment the destructor starts nothing of this session calls anyone back: a
// job still running on the server, a reply still in flight, the socket's close.
class ServerSession : public QObject
{
    Q_OBJECT
public:
    // outputDirectory: the library the runner saves into (its own store and index, opened
    // from here on the store's writer thread, never on the caller's: OutputStore::
    // libraryOpened/libraryFailed say how it went; what an earlier session left
    // half-downloaded resumes once it is open). transport: what a
    // connection profile adds to requests and to the WebSocket upgrade, set before
    // anything talks to the server. events: where the event stream reads its socket
    // (EventStream::WorkerThread).
    ServerSession(const QUrl &url, const QString &outputDirectory, const TransportOptions &transport = {},
                  QObject *parent = nullptr, EventStream::WorkerThread events = EventStream::WorkerThread::Own);
    ~ServerSession() override;

    QUrl url() const { return m_url; }
    ComfyClient *client() const { return m_client; }
    EventStream *events() const { return m_events; }
    ConnectionMonitor *monitor() const { return m_monitor; }
    OutputStore *store() const { return m_store; }
    JobRunner *runner() const { return m_runner; }
    JobResync *resync() const { return m_resync; }
    // The store's index is open (so far: it opens after the constructor returns; while
    // it cannot be opened storeError() says why).
    bool isStoreOpen() const;
    QString storeError() const;

    // Opens the event stream (clientId: a saved one, so the server sends this session's
    // events again after a restart of Easel; empty = a new one).
    void open(const QString &clientId = {});
    void close();
    // Moves the whole stack to another server or connection profile and opens it.
    void reconnect(const QUrl &url, const TransportOptions &transport, const QString &clientId = {});

private:
    QUrl m_url;
    ComfyClient *m_client;
    EventStream *m_events;
    ConnectionMonitor *m_monitor;
    OutputStore *m_store;
    JobRunner *m_runner;
    JobResync *m_resync;
};

} // namespace Easel
