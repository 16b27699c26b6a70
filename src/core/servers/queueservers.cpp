#include "queueservers.h"

#include "connectionmonitor.h"
#include "farmdispatcher.h"
#include "farmqueuedispatch.h"
#include "farmserver.h"
#include "farmservermodel.h"
#include "jobqueue.h"
#include "jobrunner.h"
#include "queuedjob.h"
#include "serversession.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Easel {

// The texts below were the window's and keep its translation context.

QueueServers::QueueServers(JobQueue *queue,
                           ServerSession *primary,
                           const QString &outputDirectory,
                           QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_primary(primary)
    , m_outputDirectory(outputDirectory)
{
    // One server's state is its monitor's; a farm's is the count of its ready servers.
    connect(primary->monitor(), &ConnectionMonitor::descriptionChanged, this, [this] {
        if (!m_farm)
            emit statusChanged();
    });
}

// The farm's parts are children: deleted after this body, the dispatcher before its
// adapter (which holds it weakly), as they were made.
QueueServers::~QueueServers() = default;

bool QueueServers::use(const ServerChoices &servers)
{
    if (servers.isEmpty())
        return false;
    return servers.size() >= 2 ? useFarm(servers) : useOwnServer();
}

bool QueueServers::useFarm(const ServerChoices &servers)
{
    if (servers.size() < 2 || !canSwitch())
        return false;
    if (m_farm)
        stopFarm();
    if (!startFarm(servers))
        return false;
    emit message(QCoreApplication::translate(
        "Easel::MainWindow", "Using a farm of %n servers.", nullptr, int(servers.size())));
    return true;
}

bool QueueServers::useOwnServer()
{
    if (!canSwitch())
        return false;
    if (!m_farm)
        return true;
    stopFarm();
    emit message(QCoreApplication::translate("Easel::MainWindow",
                                             "The farm is stopped; Easel uses one server again."));
    return true;
}

void QueueServers::setPreviewMode(EventStream::PreviewMode mode)
{
    m_previewMode = mode;
    m_primary->events()->setPreviewMode(mode);
    if (m_farm)
        m_farm->setPreviewMode(mode);
}

void QueueServers::setPreviewsWanted(bool wanted)
{
    m_previewsWanted = wanted;
    m_primary->events()->setPreviewsWanted(wanted);
    if (m_farm)
        m_farm->setPreviewsWanted(wanted);
}

bool QueueServers::canSwitch() const
{
    return !m_queue->holdsJobs();
}

// Built whole and handed to the queue, or not at all: a refusal takes it down again.
bool QueueServers::startFarm(const ServerChoices &servers)
{
    auto *farm = new FarmDispatcher(m_outputDirectory, this);
    farm->setPreviewMode(m_previewMode);
    farm->setPreviewsWanted(m_previewsWanted);
    for (const ServerChoice &choice : servers)
        farm->addServer(choice.url, choice.transport, choice.name);
    auto *dispatch = new FarmQueueDispatch(farm, this);
    if (!m_queue->setDispatch(dispatch)) {
        delete dispatch;
        delete farm;
        return false;
    }
    m_farm = farm;
    m_farmDispatch = dispatch;
    m_model = new FarmServerModel(m_farm, this);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &QueueServers::statusChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueueServers::statusChanged);
    // What the artist needs to hear of the dispatcher's choices: losses and resends (each
    // assignment shows in the queue's server column; failures in the job's row).
    connect(m_farm, &FarmDispatcher::decision, this, [this](const FarmDecision &decision) {
        if (decision.kind != FarmDecision::Kind::Lost
            && decision.kind != FarmDecision::Kind::Requeued)
            return;
        const FarmServer *server = m_farm->server(decision.server);
        emit message(QCoreApplication::translate("Easel::MainWindow", "%1: %2")
                         .arg(server ? server->displayName() : decision.server, decision.reason));
    });
    emit serversChanged();
    m_farm->start();
    emit statusChanged();
    return true;
}

// Only when canSwitch(): the queue gives the farm's dispatch up before it goes.
void QueueServers::stopFarm()
{
    const bool moved = m_queue->setDispatch(nullptr);
    Q_ASSERT(moved);
    Q_UNUSED(moved)
    FarmServerModel *model = std::exchange(m_model, nullptr);
    JobDispatch *dispatch = std::exchange(m_farmDispatch, nullptr);
    FarmDispatcher *farm = std::exchange(m_farm, nullptr);
    emit serversChanged(); // users let go of the model and the stores before they go
    delete model;
    delete dispatch;
    delete farm;
    emit statusChanged();
}

QString QueueServers::journalFileName() const
{
    return m_farm ? u"queue-farm.json"_s : u"queue.json"_s;
}

OutputStore *QueueServers::storeOf(const QueuedJob &job) const
{
    if (!m_farm)
        return m_primary->store();
    const FarmServer *server = m_farm->server(job.server);
    return server ? server->runner()->store() : nullptr;
}

QList<OutputStore *> QueueServers::extraStores() const
{
    QList<OutputStore *> stores;
    if (m_farm) {
        for (const FarmServer *server : m_farm->servers())
            stores.append(server->runner()->store());
    }
    return stores;
}

QString QueueServers::statusText() const
{
    if (!m_farm)
        return m_primary->monitor()->description();
    const int servers = m_model->rowCount();
    int ready = 0;
    for (int row = 0; row < servers; ++row)
        ready += m_model->index(row, 0).data(FarmServerModel::UsableRole).toBool() ? 1 : 0;
    return QCoreApplication::translate(
               "Easel::MainWindow", "Farm: %1 of %n servers ready", nullptr, servers)
        .arg(ready);
}

QString QueueServers::statusDetails() const
{
    if (!m_farm)
        return {};
    QStringList lines;
    for (int row = 0; row < m_model->rowCount(); ++row)
        lines.append(m_model->index(row, 0).data(FarmServerModel::SummaryRole).toString());
    return lines.join(u'\n');
}

QString QueueServers::description() const
{
    return m_farm ? QCoreApplication::translate("Easel::MainWindow", "a render farm")
                  : m_primary->url().toString();
}

} // namespace Easel
