#include "serversession.h"

#include "comfyclient.h"
#include "connectionmonitor.h"
#include "eventstream.h"
#include "jobresync.h"
#include "jobresyncwiring.h"
#include "jobrunner.h"
#include "outputstore.h"

namespace Easel {

ServerSession::ServerSession(const QUrl &url, const QString &outputDirectory, const TransportOptions &transport,
                             QObject *parent, EventStream::WorkerThread events)
    : QObject(parent)
    , m_url(url)
    , m_client(new ComfyClient(url, this))
    , m_events(new EventStream(this, events))
    , m_monitor(new ConnectionMonitor(m_client, m_events, this))
    , m_store(new OutputStore(m_client, outputDirectory, this))
    , m_runner(new JobRunner(m_client, m_events, m_store, this))
    , m_resync(new JobResync(m_client, this))
{
    // Before anything talks to the server (the store's resumed downloads included).
    m_client->setTransportOptions(transport);
    m_events->setTransportOptions(transport);
    // The library opens on the store's writer thread: this returns at once, whatever a
    // migration or another process's lock costs there. What an earlier session left
    // half-downloaded resumes once it is open (queued behind the open).
    connect(m_store, &OutputStore::libraryFailed, this, [](const QString &error) {
        qWarning("Cannot open the library index: %s", qPrintable(error));
    });
    m_store->open();
    m_store->resumePending();
    // Accepted prompts are tracked so a reconnect looks them up; finished ones on the
    // server are collected. What a forgotten prompt means stays the owner's call.
    followJobs(m_resync, m_runner, m_monitor, m_events);
}

ServerSession::~ServerSession()
{
    // Nobody hears from this session again: not the owner, and not one part from another
    // while they go (a socket's close, an aborted reply, a timer due now).
    const QList<QObject *> parts{m_resync, m_runner, m_store, m_monitor, m_events, m_client};
    for (QObject *part : parts) {
        part->disconnect();
        part->blockSignals(true);
    }
    // Users before what they use: each part's destructor may still reach what it was given.
    for (QObject *part : parts)
        delete part;
}

bool ServerSession::isStoreOpen() const
{
    return m_store->libraryState() == OutputStore::LibraryState::Open;
}

QString ServerSession::storeError() const
{
    return m_store->errorString();
}

void ServerSession::open(const QString &clientId)
{
    m_events->open(m_url, clientId);
}

void ServerSession::close()
{
    m_events->close();
}

void ServerSession::reconnect(const QUrl &url, const TransportOptions &transport, const QString &clientId)
{
    m_url = url;
    m_client->setBaseUrl(url);
    m_client->setTransportOptions(transport);
    m_events->setTransportOptions(transport);
    m_events->open(url, clientId);
}

} // namespace Easel
