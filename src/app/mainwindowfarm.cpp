// MainWindow's render farm (issue 11): a FarmDispatcher over several servers feeds the
// queue; the Servers dock, the status line, "Run on" and the queue's server column follow it.
#include "mainwindow.h"
#include "viewer/filmstrip.h"
#include "viewer/viewerpane.h"
#include "ui_mainwindow.h"

#include "applicationprofiles.h"
#include "comfyclient.h"
#include "connectionmonitor.h"
#include "farmdispatcher.h"
#include "farmqueuedispatch.h"
#include "farmserver.h"
#include "farmservermodel.h"
#include "gallerywidget.h"
#include "jobqueue.h"
#include "jsontree.h"
#include "outputstore.h"
#include "profilestore.h"
#include "queuepanel.h"
#include "serverspanel.h"

#include <QDockWidget>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Easel {

// The farm chosen in the Connections dialog: its profiles' secrets come from the keychain
// (asynchronously), then the queue moves over to it.
void MainWindow::chooseFarm(const QStringList &profileNames)
{
    if (m_queue->inFlightCount() > 0) {
        refuseSwitch();
        return;
    }
    auto *profiles = new ApplicationProfiles(this);
    QPointer<MainWindow> self = this;
    profiles->store()->loadSeveral(profileNames, [self, profiles](const QList<ProfileStore::LoadResult> &loaded) {
        profiles->deleteLater();
        if (!self)
            return;
        ServerChoices servers;
        for (const ProfileStore::LoadResult &result : loaded) {
            if (!result.warning.isEmpty())
                self->log(result.warning);
            if (result.found)
                servers.append({result.profile.serverUrl(), result.profile.transportOptions(), result.profile.name});
        }
        if (servers.size() < 2) {
            self->log(tr("The farm needs at least two saved servers."));
            return;
        }
        self->useFarm(servers);
    });
}

bool MainWindow::useFarm(const ServerChoices &servers)
{
    if (servers.size() < 2)
        return false;
    if (m_queue->inFlightCount() > 0) {
        refuseSwitch();
        return false;
    }
    if (m_farm && !stopFarm()) {
        refuseSwitch();
        return false;
    }
    startFarm(servers);
    // The first server serves the editor: catalogue, thumbnails, uploads.
    connectPrimary(servers.constFirst().url, servers.constFirst().transport);
    showServersDock();
    log(tr("Using a farm of %n servers.", nullptr, int(servers.size())));
    return true;
}

void MainWindow::setUpServersDock()
{
    m_serversPanel = new ServersPanel(this);
    m_serversDock = new QDockWidget(tr("Servers"), this);
    m_serversDock->setObjectName(u"serversDock"_s); // for saveState
    m_serversDock->setWidget(m_serversPanel);
    QAction *toggle = m_serversDock->toggleViewAction();
    toggle->setObjectName(u"actionServers"_s);
    toggle->setStatusTip(tr("Show or hide the servers of the render farm"));
    addWorkspaceDock(m_serversDock, Qt::BottomDockWidgetArea, false);
    connect(m_ui->runOnCombo, &QComboBox::activated, this, [this] {
        m_ui->runOnCombo->setToolTip(m_ui->runOnCombo->currentData(Qt::ToolTipRole).toString());
    });
}

// Shown in farm mode; a dock that was hidden opens low (a row per server), so the editor
// and the queue keep their room.
void MainWindow::showServersDock()
{
    if (!m_serversDock->isHidden())
        return;
    m_serversDock->show();
    // The panel's rows plus the dock's title bar.
    const int title = style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, m_serversDock);
    resizeDocks({m_serversDock}, {m_serversPanel->preferredHeight() + title}, Qt::Vertical);
}

void MainWindow::startFarm(const ServerChoices &servers)
{
    m_farm = new FarmDispatcher(m_outputDirectory, this);
    QHash<QString, QString> names;
    for (const ServerChoice &choice : servers) {
        FarmServer *server = m_farm->addServer(choice.url, choice.transport, choice.name);
        names.insert(server->id(), server->displayName());
    }
    m_dispatch = new FarmQueueDispatch(m_farm, this);
    if (!m_queue->setDispatch(m_dispatch))
        log(tr("The queue could not be moved to the farm: jobs are still on a server."));
    m_farmModel = new FarmServerModel(m_farm, this);
    m_serversPanel->setModel(m_farmModel);
    connect(m_farmModel, &QAbstractItemModel::dataChanged, this, &MainWindow::updateFarmStatus);
    connect(m_farmModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateFarmStatus);
    // What the artist needs to hear of the dispatcher's choices: losses and resends (each
    // assignment shows in the queue's server column; failures in the job's row).
    connect(m_farm, &FarmDispatcher::decision, this, [this](const FarmDecision &decision) {
        if (decision.kind == FarmDecision::Kind::Lost || decision.kind == FarmDecision::Kind::Requeued) {
            const FarmServer *server = m_farm->server(decision.server);
            log(tr("%1: %2").arg(server ? server->displayName() : decision.server, decision.reason));
        }
    });
    m_queuePanel->setShowServers(true);
    if (m_gallery) {
        for (FarmServer *server : m_farm->servers()) {
            m_gallery->followStore(server->runner()->store());
            if (Filmstrip *strip = m_viewer->filmstrip())
                strip->followStore(server->runner()->store());
        }
        m_gallery->setServerDisplayNames(names);
    }
    fillRunOnChoices();
    m_farm->start();
    updateFarmStatus();
}

// Refused (false, nothing changed) while the dispatch holds jobs (on a server, uploading,
// or waiting there for another server): deleted under them, they would never end.
bool MainWindow::stopFarm()
{
    if (!m_queue->setDispatch(nullptr))
        return false;
    m_serversPanel->setModel(nullptr);
    delete m_farmModel;
    delete m_dispatch;
    delete m_farm;
    m_farmModel = nullptr;
    m_dispatch = nullptr;
    m_farm = nullptr;
    m_queuePanel->setShowServers(false);
    m_serversDock->hide();
    fillRunOnChoices();
    m_connectionLabel->setText(m_monitor->description());
    return true;
}

void MainWindow::refuseSwitch()
{
    const int running = std::max(1, m_queue->inFlightCount());
    QMessageBox::information(this, tr("Connections"),
                             tr("%n job(s) still run on a server. Switch when they have finished.", nullptr, running));
}

void MainWindow::updateFarmStatus()
{
    if (!m_farm)
        return;
    const int servers = m_farmModel->rowCount();
    int ready = 0;
    for (int row = 0; row < servers; ++row)
        ready += m_farmModel->index(row, 0).data(FarmServerModel::UsableRole).toBool() ? 1 : 0;
    m_connectionLabel->setText(tr("Farm: %1 of %n servers ready", nullptr, servers).arg(ready));
    QStringList lines;
    for (int row = 0; row < servers; ++row)
        lines.append(m_farmModel->index(row, 0).data(FarmServerModel::SummaryRole).toString());
    m_connectionLabel->setToolTip(lines.join(u'\n'));
}

// "Run on:" beside the queue button: any server, or one of the farm's (hidden without one).
void MainWindow::fillRunOnChoices()
{
    QComboBox *combo = m_ui->runOnCombo;
    const QString chosen = combo->currentData().toString();
    combo->clear();
    combo->addItem(tr("Any server"), QString());
    if (m_farm) {
        for (const FarmServer *server : m_farm->servers()) {
            combo->addItem(server->displayName(), server->id());
            combo->setItemData(combo->count() - 1, server->id(), Qt::ToolTipRole);
        }
    }
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    combo->setVisible(m_farm != nullptr);
    m_ui->runOnLabel->setVisible(m_farm != nullptr);
}

void MainWindow::pinBatch(const QString &batchId, const QString &serverId)
{
    if (!m_farm || batchId.isEmpty() || serverId.isEmpty())
        return;
    m_queue->pinBatch(batchId, serverId);
}

// The editor's uploads the prompt still uses (node id -> local file), for a farm: each job
// uploads them to whichever server runs it. An upload whose node now names another image
// is forgotten. One server already has them (the editor uploaded them there): none.
QHash<QString, QString> MainWindow::uploadsForBatch(const QByteArray &prompt)
{
    QHash<QString, QString> uploads;
    if (m_uploads.isEmpty())
        return uploads;
    const JsonTree tree = JsonTree::parse(prompt);
    for (auto it = m_uploads.begin(); it != m_uploads.end();) {
        const JsonTree value = tree.value(it.key()).value(u"inputs").value(it->input);
        if (!value.isString() || value.toString() != it->name) {
            it = m_uploads.erase(it);
            continue;
        }
        // The farm puts the server's name for the file into the node's "image" input.
        if (m_farm && it->input == "image"_L1)
            uploads.insert(it.key(), it->localPath);
        ++it;
    }
    return uploads;
}

// The library's workflow filter: the name goes to the store that records the job, which
// in a farm is the store of the job's server.
void MainWindow::setWorkflowName(const QueuedJob &job, const QString &name)
{
    if (!m_farm) {
        m_store->setWorkflowName(job.promptId, name);
        return;
    }
    if (FarmServer *server = m_farm->server(job.server); server && server->runner()->store())
        server->runner()->store()->setWorkflowName(job.promptId, name);
}

} // namespace Easel
