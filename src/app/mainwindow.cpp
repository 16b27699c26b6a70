// MainWindow: the window built (menus, status line, catalogue, connections), its events and
// title; its concerns live beside it: mainwindowqueue.cpp, mainwindowdocument.cpp,
// mainwindowviewer.cpp, mainwindowfarm.cpp, mainwindowworkspace.cpp.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "applicationprofiles.h"
#include "bartextcontrast.h"
#include "catalogueloader.h"
#include "comfyclient.h"
#include "connectiondialog.h"
#include "connectionmonitor.h"
#include "docklayout.h"
#include "framepacer.h"
#include "labelhost.h"
#include "eventstream.h"
#include "gallerywidget.h"
#include "jobqueue.h"
#include "jobresync.h"
#include "jobrunner.h"
#include "nodecatalogue.h"
#include "noticebar.h"
#include "outputlistmodel.h"
#include "outputstore.h"
#include "queuepanel.h"
#include "queueservers.h"
#include "serversession.h"
#include "settings.h"
#include "settingsdialog.h"
#include "startpage.h"
#include "viewer/filmstrip.h"
#include "viewer/librarydock.h"
#include "viewer/libraryfocus.h"
#include "viewer/viewerpane.h"
#include "workfloweditor.h"

#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QLabel>
#include <QProgressBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTime>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
constexpr int thumbnailSize = 128;
constexpr qint64 maxOutputPixels = 16384LL * 16384;
} // namespace

MainWindow::MainWindow(const QUrl &server, const QString &outputDirectory, QWidget *parent,
                       const TransportOptions &transport)
    : MainWindow(ServerChoices{ServerChoice{server, transport, {}}}, outputDirectory, parent)
{
}

MainWindow::MainWindow(const ServerChoices &servers, const QString &outputDirectory, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_outputDirectory(outputDirectory)
    , m_server(servers.value(0).url)
    , m_session(new ServerSession(m_server, outputDirectory, servers.value(0).transport, this))
    , m_client(m_session->client())
    , m_events(m_session->events())
    , m_monitor(m_session->monitor())
    , m_store(m_session->store())
    , m_runner(m_session->runner())
    , m_queue(new JobQueue(m_runner, m_client, m_events, this))
    , m_resync(m_session->resync())
    , m_editor(new WorkflowEditor(this))
    , m_queuePanel(new QueuePanel(this))
    , m_outputs(new OutputListModel(this))
    , m_connectionLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_tray(new QSystemTrayIcon(this))
    , m_servers(new QueueServers(m_queue, m_session, outputDirectory, this))
    , m_restartNotice(new NoticeBar(this))
    , m_catalogueLoader(new CatalogueLoader(m_client, {}, this))
{
    // The viewer shows the newest frame at display rate: frames are decoded only when it
    // takes one (PreviewPacer), on this server and a farm's.
    m_servers->setPreviewMode(EventStream::PreviewMode::Latest);
    m_ui->setupUi(this);
    new FramePacer(this); // one painted frame per refresh, however fast the jobs go
    LabelHost::wrap(m_ui->progressLabel); // per-job texts lay out nothing above the line
    m_ui->toolBar->setObjectName(u"mainToolBar"_s);
    m_ui->logView->setAccessibleName(tr("Log"));
    setUpDocks();
    // Where the workflow goes: the start page while none is open (mainwindowworkspace.cpp).
    m_editorStack = new QStackedWidget(this);
    m_editorStack->setObjectName(u"editorStack"_s);
    m_startPage = new StartPage(m_editorStack);
    m_editorStack->addWidget(m_startPage);
    m_editorStack->addWidget(m_editor);
    m_ui->editorLayout->addWidget(m_editorStack);
    m_ui->queueTabLayout->addWidget(m_queuePanel);
    m_outputs->setMaxRows(Settings().sessionOutputRows());
    // Decoded when the list shows a row, not per output: the list is mostly behind the queue.
    m_outputs->setThumbnailSize(thumbnailSize, maxOutputPixels);
    m_ui->outputView->setModel(m_outputs);
    m_ui->outputView->setGridSize(QSize(thumbnailSize + 24, thumbnailSize + 36));
    m_progressBar->setObjectName(u"progressBar"_s);
    BarTextContrast::apply(m_progressBar);
    m_progressBar->setMaximumWidth(220);
    m_progressBar->setRange(0, 100);
    m_progressBar->setValue(0);
    m_progressBar->setVisible(false);
    statusBar()->addPermanentWidget(m_progressBar);
    statusBar()->addPermanentWidget(m_connectionLabel);
    m_tray->setIcon(windowIcon());
    m_ui->centralLayout->insertWidget(0, m_restartNotice);
    connect(m_restartNotice, &NoticeBar::actionTriggered, this, &MainWindow::retryLostJobs);
    connect(m_restartNotice, &NoticeBar::dismissed, this, [this] { m_lostJobIds.clear(); });

    // The library keeps every output of every session (SQLite index beside the files);
    // downloads cut off last time resume once the session has opened it. It opens on the
    // store's writer thread (a migration or another process's lock never holds the
    // window): the gallery reads through a worker of its own meanwhile, and the tab says
    // how the open went (showLibraryState).
    m_gallery = new GalleryWidget(m_store, m_ui->libraryTab);
    m_ui->libraryLayout->addWidget(m_gallery);
    connect(m_gallery, &GalleryWidget::workflowFileOpened, this,
            [this](const QString &path, const QByteArray &, const QByteArray &) { openWorkflow(path); });
    connect(m_gallery, &GalleryWidget::useSettingsRequested, this,
            [this](const QByteArray &apiPromptJson, const QByteArray &workflowJson, const QString &) {
                useOutputSettings(apiPromptJson, workflowJson);
            });
    connect(m_store, &OutputStore::libraryOpened, this, &MainWindow::showLibraryState);
    connect(m_store, &OutputStore::libraryFailed, this, &MainWindow::showLibraryState);
    showLibraryState();
    setUpViewer();

    setUpEditor();
    setUpServersDock();
    // A farm's dispatch is given to the queue before its journal is read, so jobs it
    // restores are looked up on the servers they were sent to (a farm keeps a journal of its
    // own: QueueServers::journalFileName).
    m_servers->use(servers);
    onServersChanged();
    connect(m_servers, &QueueServers::serversChanged, this, &MainWindow::onServersChanged);
    connect(m_servers, &QueueServers::statusChanged, this, &MainWindow::updateConnectionStatus);
    connect(m_servers, &QueueServers::message, this, &MainWindow::log);
    setUpQueue();

    // After a reconnect, every job on the server is looked up once (one GET /queue, then
    // /history for the jobs in neither list): finished ones get their outputs, forgotten
    // ones (the server restarted) fail visibly and can be retried. The same wiring as each
    // farm server's (the session wires it); what a forgotten job means is the window's.
    connect(m_resync, &JobResync::forgotten, m_runner, [this](const QString &promptId) {
        m_runner->abandon(promptId, tr("The server restarted and lost this job. Retry queues it again."));
        noteLostJob(m_queue->jobIdForPrompt(promptId));
    });
    connect(m_monitor, &ConnectionMonitor::serverRestarted, this, [this] {
        log(tr("The server restarted and forgot its queue; Easel's jobs are checked again."));
    });
    connect(m_monitor, &ConnectionMonitor::stateChanged, this, [this] {
        if (m_monitor->isUsable() && !m_catalogue)
            loadCatalogue();
    });
    // The cached catalogue of this server first (no wait), then the server's own.
    connect(m_catalogueLoader, &CatalogueLoader::catalogueChanged, this, &MainWindow::setCatalogue);
    connect(m_catalogueLoader, &CatalogueLoader::failed, this, [this](const QString &message) {
        log(tr("The server's node list could not be read: %1").arg(message));
    });
    connect(m_catalogueLoader, &CatalogueLoader::emptyCatalogue, this,
            [this] { m_monitor->reportIncompatible(tr("/object_info lists no nodes")); });
    connect(m_client, &ComfyClient::errorOccurred, this, [this](const ProtocolError &error) {
        statusBar()->showMessage(error.message(), 10000);
    });
    connect(m_events, &EventStream::protocolWarning, this, &MainWindow::log);

    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseWorkflow);
    connect(m_ui->actionSave, &QAction::triggered, this, [this] {
        QString error;
        if (m_editor->hasDocument() && !m_editor->save(&error) && !error.isEmpty())
            log(error);
    });
    connect(m_ui->actionSaveAs, &QAction::triggered, m_editor, &WorkflowEditor::saveAsWithDialog);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    m_ui->actionOpen->setShortcut(QKeySequence::Open);
    m_ui->actionSave->setShortcut(QKeySequence::Save);
    m_ui->actionSaveAs->setShortcut(QKeySequence::SaveAs);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionPreferences->setShortcut(QKeySequence::Preferences);
    m_ui->menuEdit->insertAction(m_ui->actionPreferences, m_editor->undoAction());
    m_ui->menuEdit->insertAction(m_ui->actionPreferences, m_editor->redoAction());
    m_ui->menuEdit->insertSeparator(m_ui->actionPreferences);
    connect(m_ui->outputView, &QListView::activated, this, [this](const QModelIndex &index) {
        const QString path = index.data(OutputListModel::PathRole).toString();
        if (!path.isEmpty()) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        } else if (m_ui->outputTabs->indexOf(m_ui->libraryTab) >= 0) {
            // The last row, "Older outputs are in the Library": that is where it leads.
            m_ui->outputTabs->setCurrentWidget(m_ui->libraryTab);
        }
    });

    QMenu *serverMenu = new QMenu(tr("&Server"), this);
    serverMenu->setObjectName(u"menuServer"_s);
    QAction *connectionsAction = serverMenu->addAction(tr("&Connections…"), this, &MainWindow::showConnections);
    connectionsAction->setObjectName(u"actionConnections"_s);
    menuBar()->insertMenu(m_ui->menuQueue->menuAction(), serverMenu);

    setUpWorkspace();
    retranslateCodeTexts();
    m_session->open(m_queue->savedClientId());
    updateButtons();
    updateTitle();
    // The last session's layout; the first time (or after a layout of an older version,
    // which restoreState refuses), the default places sized for this screen.
    Settings settings;
    const bool firstTime = settings.windowGeometry().isEmpty();
    if (!settings.restoreWindowLayout(this)) {
        if (const QScreen *screen = this->screen(); screen && firstTime) {
            const QSize available = screen->availableSize();
            // The whole desktop up to 2560×1440: the picture is the point, and a laptop's
            // 1366×768 has no room to spare.
            resize(std::min(2560, available.width()), std::min(1440, available.height()));
        }
        fitToScreen();
        m_docks->reset();
    }
    fitToScreen(); // the form's 1280×800 is taller than a 1366×768 laptop's desktop
    if (m_libraryDock)
        m_libraryDock->syncPlacement();
    // Whatever the last session left: the Servers dock shows a farm's servers (View →
    // Servers still shows it, with a hint, for one server).
    if (m_servers->serverModel())
        showServersDock();
    else
        m_serversDock->hide();
}

MainWindow::~MainWindow()
{
    // Children are deleted in creation order, the event stream before the queue: write the
    // queue's pending journal now, while everything it names is alive.
    m_queue->flushJournal();
}

void MainWindow::loadCatalogue()
{
    m_catalogueLoader->load();
}

void MainWindow::setCatalogue(const std::shared_ptr<const NodeCatalogue> &catalogue)
{
    m_catalogue = catalogue;
    m_editor->setCatalogue(catalogue);
    m_queue->setCatalogue(catalogue);
    updateServerModels();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_editor->confirmDiscard()) {
        event->ignore();
        return;
    }
    m_queue->flushJournal();
    // The layout with every pane where the user put it, not as the library's focus hid them.
    if (auto *focus = findChild<LibraryFocus *>(u"libraryFocus"_s))
        focus->setActive(false);
    Settings().saveWindowLayout(this);
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateCodeTexts();
    }
    QMainWindow::changeEvent(event);
}

// Texts set in code rather than in the form: set again when the language changes.
void MainWindow::retranslateCodeTexts()
{
    updateConnectionStatus();
    if (m_serversDock)
        m_serversDock->setWindowTitle(tr("Servers"));
    m_ui->runOnCombo->setItemText(0, tr("Any server"));
    m_progressBar->setToolTip(tr("Progress of the queue"));
    // Said on the bar: beside the running job's own percentage, a bare "14%" read as it.
    m_progressBar->setFormat(tr("Queue %p%", "the whole queue's progress"));
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString name = m_editor->hasDocument() ? m_editor->displayName() : tr("No workflow");
    setWindowTitle(tr("%1[*] — Easel").arg(name));
    setWindowModified(m_editor->isModified());
}

void MainWindow::showConnections()
{
    ApplicationProfiles profiles;
    ConnectionDialog dialog(profiles.store(), this);
    connect(&dialog, &ConnectionDialog::profileChosen, this, [this](const ConnectionProfile &profile) {
        useConnection(profile.serverUrl(), profile.transportOptions());
    });
    connect(&dialog, &ConnectionDialog::farmChosen, this, &MainWindow::chooseFarm);
    dialog.exec();
}

void MainWindow::useConnection(const QUrl &server, const TransportOptions &transport)
{
    // Jobs on a server are followed through its event stream and their outputs fetched
    // from it: switching now would leave them waiting for what goes to the old server.
    if (!m_servers->useOwnServer()) {
        refuseSwitch(); // they stay where they are until they end
        return;
    }
    connectPrimary(server, transport);
}

// The window's own server: the only one, or a farm's first (the editor's catalogue,
// thumbnails and uploads).
void MainWindow::connectPrimary(const QUrl &server, const TransportOptions &transport)
{
    m_server = server;
    m_session->reconnect(server, transport, m_queue->savedClientId());
    loadCatalogue();
    log(tr("Connected to %1").arg(server.toString()));
}

void MainWindow::showPreferences()
{
    Settings settings;
    SettingsDialog dialog(&settings, this);
    // Says what this window runs with when the command line or a profile chose otherwise.
    dialog.setRunning(m_servers->description(), m_outputDirectory);
    // Live: the queue takes its new bound at Apply or OK.
    connect(&dialog, &SettingsDialog::applied, this,
            [this, &settings] {
                const int keep = settings.keepFinishedJobs();
                m_queue->setKeepFinished(keep, QueuePanel::keepFinishedSlack(keep));
            });
    dialog.exec();
}

void MainWindow::onOutputSaved(const SavedOutput &output)
{
    m_outputs->addOutput(output.path, output.promptId, output.nodeId, output.file.filename);
    // With a library the filmstrip follows the store and shows it; without one, here.
    if (!m_viewer->filmstrip())
        m_viewer->showOutput(OutputRef{0, output.path, output.promptId, output.nodeId});
}

void MainWindow::log(const QString &message)
{
    m_ui->logView->appendPlainText(u"%1  %2"_s.arg(QTime::currentTime().toString(u"HH:mm:ss"_s), message));
}

void MainWindow::updateButtons()
{
    const bool hasDocument = m_editor->hasDocument();
    m_ui->queueButton->setEnabled(hasDocument);
    m_ui->actionQueue->setEnabled(hasDocument);
    m_ui->sweepButton->setEnabled(hasDocument);
    m_ui->actionVariations->setEnabled(hasDocument);
    m_ui->actionSave->setEnabled(hasDocument);
    m_ui->actionSaveAs->setEnabled(hasDocument);
    m_ui->interruptButton->setEnabled(!m_queue->runningJobId().isEmpty());
}

} // namespace Easel
