#pragma once

#include "transportoptions.h"
#include "wiretypes.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>
#include <memory>

namespace Easel {

class ComfyClient;
class ConnectionMonitor;
class EventStream;
class JobResync;
class JobRunner;
class NodeCatalogue;
class ServerSession;

// One server of a farm: its own ServerSession (client, event stream, monitor, store,
// runner saving into the farm's shared output folder with each output recording this
// server, and resync), plus what the dispatcher decides on: its health (connection, queue length,
// /system_stats) and its node catalogue (/object_info, parsed off the GUI thread), read
// again on every (re)connection since a server that comes back may have other nodes.
class FarmServer : public QObject
{
    Q_OBJECT
public:
    // transport: what the server's connection profile adds (headers, pinned certificate,
    // API key); displayName: the profile's name, for the panel and the queue (empty = URL).
    FarmServer(const QUrl &url, const QString &outputDirectory, const TransportOptions &transport = {},
               const QString &displayName = {}, QObject *parent = nullptr);
    ~FarmServer() override;

    QString id() const { return m_id; } // the base URL as text: unique in a farm
    QUrl url() const { return m_url; }
    // The profile's name, or the URL when it has none.
    QString displayName() const { return m_displayName.isEmpty() ? m_id : m_displayName; }
    ServerSession *session() const { return m_session; }
    ComfyClient *client() const;
    EventStream *events() const;
    ConnectionMonitor *monitor() const;
    JobRunner *runner() const;
    JobResync *resync() const;

    void start();
    void stop();

    bool isConnected() const;
    // Connected and its catalogue read: jobs may be sent.
    bool isUsable() const { return isConnected() && m_catalogue != nullptr; }
    bool hasCatalogue() const { return m_catalogue != nullptr; }
    const NodeCatalogue *catalogue() const { return m_catalogue.get(); }
    bool statsKnown() const { return m_statsKnown; }
    const SystemStats &systemStats() const { return m_stats; }
    // Prompts in the server's queue (every client's, running included), from its status.
    int queueRemaining() const { return m_queueRemaining; }
    QString warmCheckpoint() const { return m_warmCheckpoint; }
    void setWarmCheckpoint(const QString &checkpoint);
    QString lastError() const { return m_lastError; }
    QDateTime downSince() const { return m_downSince; }
    bool everConnected() const { return m_everConnected; }
    int jobsRun() const { return m_jobsRun; }
    void countJobRun() { ++m_jobsRun; emit healthChanged(); }
    // A translated word or two: ready, down, connecting, ...
    QString stateText() const;
    // One translated line: state, GPU, free VRAM, version, queue.
    QString healthSummary() const;

signals:
    void healthChanged();
    void usableChanged(bool usable);
    void wentDown();
    void cameBack();

private:
    void onConnectionState();
    void readServer();
    void setUsable();

    QUrl m_url;
    QString m_id;
    QString m_displayName;
    ServerSession *m_session;
    std::shared_ptr<const NodeCatalogue> m_catalogue;
    SystemStats m_stats;
    bool m_statsKnown = false;
    bool m_everConnected = false;
    bool m_wasUsable = false;
    bool m_down = false;
    int m_queueRemaining = 0;
    int m_jobsRun = 0;
    quint64 m_readGeneration = 0;
    QString m_warmCheckpoint;
    QString m_lastError;
    QDateTime m_downSince;
};

} // namespace Easel
