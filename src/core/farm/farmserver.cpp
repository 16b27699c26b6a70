#include "farmserver.h"

#include "comfyclient.h"
#include "connectionmonitor.h"
#include "eventstream.h"
#include "futurecallback.h"
#include "jobresync.h"
#include "jobrunner.h"
#include "nodecatalogue.h"
#include "serversession.h"

#include <QCoreApplication>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Easel {

FarmServer::FarmServer(const QUrl &url, const QString &outputDirectory, const TransportOptions &transport,
                       const QString &displayName, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_id(url.toString())
    , m_displayName(displayName)
    , m_session(new ServerSession(url, outputDirectory, transport, this))
{
    // The session tracks accepted prompts and collects the finished ones, as for the
    // window's server; what a forgotten prompt means is the dispatcher's call (it may run
    // it elsewhere).
    connect(monitor(), &ConnectionMonitor::stateChanged, this, &FarmServer::onConnectionState);
    connect(events(), &EventStream::statusReceived, this, [this](int remaining) {
        m_queueRemaining = remaining;
        emit healthChanged();
    });
    connect(client(), &ComfyClient::errorOccurred, this,
            [this](const ProtocolError &error) { m_lastError = error.message(); });
}

FarmServer::~FarmServer() = default;

ComfyClient *FarmServer::client() const
{
    return m_session->client();
}

EventStream *FarmServer::events() const
{
    return m_session->events();
}

ConnectionMonitor *FarmServer::monitor() const
{
    return m_session->monitor();
}

JobRunner *FarmServer::runner() const
{
    return m_session->runner();
}

JobResync *FarmServer::resync() const
{
    return m_session->resync();
}

void FarmServer::start()
{
    m_session->open();
}

void FarmServer::stop()
{
    m_session->close();
}

bool FarmServer::isConnected() const
{
    return monitor()->isUsable();
}

void FarmServer::setWarmCheckpoint(const QString &checkpoint)
{
    if (checkpoint.isEmpty() || checkpoint == m_warmCheckpoint)
        return;
    m_warmCheckpoint = checkpoint;
    emit healthChanged();
}

void FarmServer::onConnectionState()
{
    if (monitor()->isUsable()) {
        m_everConnected = true;
        if (m_down) {
            m_down = false;
            m_downSince = {};
            emit cameBack();
        }
        readServer();
    } else if (m_everConnected && !m_down) {
        m_down = true;
        m_downSince = QDateTime::currentDateTimeUtc();
        emit wentDown();
    }
    setUsable();
    emit healthChanged();
}

void FarmServer::readServer()
{
    // Each connection: the server may have been restarted with other nodes or models.
    const quint64 generation = ++m_readGeneration;
    onFinished(client()->systemStats(), this, [this, generation](const Result<SystemStats> &result) {
        if (generation != m_readGeneration || !result.isOk())
            return;
        m_stats = result.value();
        m_statsKnown = true;
        emit healthChanged();
    });
    onFinished(client()->objectInfo(), this, [this, generation](const Result<QByteArray> &result) {
        if (generation != m_readGeneration)
            return;
        if (!result.isOk()) {
            m_lastError = result.error().message();
            emit healthChanged();
            return;
        }
        // A real server's catalogue is megabytes: parsed on the pool, not on this thread.
        const QByteArray json = result.value();
        onFinished(QtConcurrent::run([json] {
                       return std::make_shared<const NodeCatalogue>(NodeCatalogue::fromJson(json));
                   }),
                   this, [this, generation](const std::shared_ptr<const NodeCatalogue> &catalogue) {
                       if (generation != m_readGeneration)
                           return;
                       m_catalogue = catalogue;
                       setUsable();
                       emit healthChanged();
                   });
    });
}

void FarmServer::setUsable()
{
    const bool usable = isUsable();
    if (usable == m_wasUsable)
        return;
    m_wasUsable = usable;
    emit usableChanged(usable);
}

QString FarmServer::stateText() const
{
    const char *context = "Easel::FarmServer";
    QString state;
    switch (monitor()->state()) {
    case ConnectionMonitor::State::Idle:
        state = QCoreApplication::translate(context, "not started");
        break;
    case ConnectionMonitor::State::Connecting:
        state = QCoreApplication::translate(context, "connecting");
        break;
    case ConnectionMonitor::State::Connected:
    case ConnectionMonitor::State::ServerRestarted:
        state = m_catalogue ? QCoreApplication::translate(context, "ready")
                            : QCoreApplication::translate(context, "reading its nodes");
        break;
    case ConnectionMonitor::State::Lost:
    case ConnectionMonitor::State::Reconnecting:
        state = QCoreApplication::translate(context, "down");
        break;
    case ConnectionMonitor::State::Incompatible:
        state = QCoreApplication::translate(context, "incompatible");
        break;
    }
    return state;
}

QString FarmServer::healthSummary() const
{
    const char *context = "Easel::FarmServer";
    QStringList parts{stateText()};
    if (m_statsKnown && !m_stats.devices.isEmpty()) {
        const DeviceStats &gpu = m_stats.devices.constFirst();
        parts.append(QCoreApplication::translate(context, "%1, %2 of %3 free")
                         .arg(gpu.name, QLocale().formattedDataSize(gpu.vramFree),
                              QLocale().formattedDataSize(gpu.vramTotal)));
    }
    if (m_statsKnown && !m_stats.comfyuiVersion.isEmpty())
        parts.append(QCoreApplication::translate(context, "ComfyUI %1").arg(m_stats.comfyuiVersion));
    parts.append(QCoreApplication::translate(context, "%n queued", nullptr, m_queueRemaining));
    return parts.join(u" · "_s);
}

} // namespace Easel
