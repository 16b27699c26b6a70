// MainWindow's servers (issue 11, issue 16): QueueServers gives the queue its own server or
// a render farm; the Servers dock, the status line, "Run on" and the queue's server column
// show what it has.
#include "mainwindow.h"
#include "viewer/filmstrip.h"
#include "viewer/viewerpane.h"
#include "ui_mainwindow.h"

#include "applicationprofiles.h"
#include "jobdispatch.h"
#include "queueservers.h"
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
    if (!m_servers->canSwitch()) {
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
    if (!m_servers->useFarm(servers)) {
        refuseSwitch();
        return false;
    }
    // The first server serves the editor: catalogue, thumbnails, uploads.
    connectPrimary(servers.constFirst().url, servers.constFirst().transport);
    showServersDock();
    return true;
}

bool MainWindow::isFarm() const
{
    return m_servers->isFarm();
}

FarmDispatcher *MainWindow::farm() const
{
    return m_servers->farm();
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

// The queue's servers changed (a farm started or stopped): the Servers dock, the queue's
// server column, the library's stores and names, and "Run on" follow them.
void MainWindow::onServersChanged()
{
    FarmServerModel *model = m_servers->serverModel();
    m_serversPanel->setModel(model);
    if (!model)
        m_serversDock->hide();
    const JobDispatch *dispatch = m_queue->dispatch();
    m_queuePanel->setShowServers(!dispatch->serverIds().isEmpty());
    if (m_gallery) {
        for (OutputStore *store : m_servers->extraStores()) {
            m_gallery->followStore(store);
            if (Filmstrip *strip = m_viewer->filmstrip())
                strip->followStore(store);
        }
        QHash<QString, QString> names;
        for (const QString &id : dispatch->serverIds())
            names.insert(id, dispatch->serverName(id));
        if (!names.isEmpty())
            m_gallery->setServerDisplayNames(names);
    }
    fillRunOnChoices();
    updateConnectionStatus();
}

void MainWindow::refuseSwitch()
{
    const int running = std::max(1, m_queue->inFlightCount());
    QMessageBox::information(this, tr("Connections"),
                             tr("%n job(s) still run on a server. Switch when they have finished.", nullptr, running));
}

void MainWindow::updateConnectionStatus()
{
    m_connectionLabel->setText(m_servers->statusText());
    m_connectionLabel->setToolTip(m_servers->statusDetails());
}

// "Run on:" beside the queue button: any server, or one of the farm's (hidden without one).
void MainWindow::fillRunOnChoices()
{
    QComboBox *combo = m_ui->runOnCombo;
    const QString chosen = combo->currentData().toString();
    combo->clear();
    combo->addItem(tr("Any server"), QString());
    const JobDispatch *dispatch = m_queue->dispatch();
    const QStringList ids = dispatch->serverIds(); // none for the queue's own server
    for (const QString &id : ids) {
        combo->addItem(dispatch->serverName(id), id);
        combo->setItemData(combo->count() - 1, id, Qt::ToolTipRole);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    combo->setVisible(!ids.isEmpty());
    m_ui->runOnLabel->setVisible(!ids.isEmpty());
}

void MainWindow::pinBatch(const QString &batchId, const QString &serverId)
{
    if (batchId.isEmpty() || serverId.isEmpty())
        return;
    m_queue->pinBatch(batchId, serverId);
}

// The editor's uploads the prompt still uses (node id -> local file): a farm uploads them
// to whichever server runs each job; one server has them already (the editor uploaded
// them there) and its dispatch passes them over. An upload whose node now names another
// image is forgotten.
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
        if (it->input == "image"_L1)
            uploads.insert(it.key(), it->localPath);
        ++it;
    }
    return uploads;
}

// The library's workflow filter: the name goes to the store that records the job (in a
// farm, the store of the job's server).
void MainWindow::setWorkflowName(const QueuedJob &job, const QString &name)
{
    if (OutputStore *store = m_servers->storeOf(job))
        store->setWorkflowName(job.promptId, name);
}

} // namespace Easel
