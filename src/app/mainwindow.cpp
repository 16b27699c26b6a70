#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "applicationprofiles.h"
#include "batchnotifier.h"
#include "rungroupsummary.h"
#include "catalogueloader.h"
#include "docklayout.h"
#include "comfyclient.h"
#include "connectiondialog.h"
#include "connectionmonitor.h"
#include "eventstream.h"
#include "failuredetails.h"
#include "futurecallback.h"
#include "graphmapdock.h"
#include "gallerywidget.h"
#include "imageinputcontroller.h"
#include "jobdispatch.h"
#include "jobfailureinputs.h"
#include "jobqueue.h"
#include "jobresync.h"
#include "jobrunner.h"
#include "mediaplayerpage.h"
#include "nodecatalogue.h"
#include "noticebar.h"
#include "outputlistmodel.h"
#include "outputstore.h"
#include "promptpreflight.h"
#include "queuepanel.h"
#include "queueservers.h"
#include "queuetimetemplates.h"
#include "settings.h"
#include "settingsdialog.h"
#include "shortcuts.h"
#include "startpage.h"
#include "sweepdialog.h"
#include "taskbarprogress.h"
#include "viewer/filmstrip.h"
#include "viewer/librarydock.h"
#include "viewer/libraryfocus.h"
#include "viewer/outputactions.h"
#include "viewer/viewerpane.h"
#include "gallerymodel.h"
#include "workfloweditor.h"
#include "workflowmodel.h"
#include "serversession.h"
#include "settingstransfer.h"
#include "sweepspec.h"

#include <QAbstractItemView>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSaveFile>
#include <QScopeGuard>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTime>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

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
    // The preview pane shows the newest frame: stale ones are dropped before decoding.
    m_events->setPreviewMode(EventStream::PreviewMode::Latest);
    m_ui->setupUi(this);
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
    m_ui->outputView->setModel(m_outputs);
    m_ui->outputView->setGridSize(QSize(thumbnailSize + 24, thumbnailSize + 36));
    m_progressBar->setObjectName(u"progressBar"_s);
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
    // downloads cut off last time resumed when the session opened it.
    if (m_session->isStoreOpen()) {
        m_gallery = new GalleryWidget(m_store, m_ui->libraryTab);
        m_ui->libraryLayout->addWidget(m_gallery);
        connect(m_gallery, &GalleryWidget::workflowFileOpened, this,
                [this](const QString &path, const QByteArray &, const QByteArray &) { openWorkflow(path); });
        connect(m_gallery, &GalleryWidget::useSettingsRequested, this,
                [this](const QByteArray &apiPromptJson, const QByteArray &workflowJson, const QString &) {
                    useOutputSettings(apiPromptJson, workflowJson);
                });
    } else {
        m_ui->outputTabs->setTabEnabled(m_ui->outputTabs->indexOf(m_ui->libraryTab), false);
        log(tr("The output library cannot be opened: %1").arg(m_store->errorString()));
    }
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
    connect(m_ui->outputView, &QListView::activated, this, [](const QModelIndex &index) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(index.data(OutputListModel::PathRole).toString()));
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

void MainWindow::setUpEditor()
{
    connect(m_editor, &WorkflowEditor::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_editor, &WorkflowEditor::documentChanged, this, [this] {
        m_uploads.clear(); // those were the previous document's
        updateTitle();
        updateButtons();
    });
    connect(m_editor, &WorkflowEditor::saved, this, &MainWindow::updateTitle);
    connect(m_editor, &WorkflowEditor::opened, this, [this](const QString &path) {
        log(tr("Opened %1").arg(QFileInfo(path).fileName()));
        updateTitle();
        updateButtons();
    });
    connect(m_editor, &WorkflowEditor::openFailed, this, [this](const QString &, const QString &message) {
        log(message);
        statusBar()->showMessage(message, 15000);
    });
    connect(m_editor, &WorkflowEditor::queueRequested, this, [this] { queueWorkflow(); });
    connect(m_editor, &WorkflowEditor::uploadRequested, this, &MainWindow::uploadImage);
    m_editor->setClient(m_client); // thumbnails of image inputs
    // The graph map beside the tree (issue 22): hidden until View › Graph shows it.
    auto *graphMap = new GraphMapDock(m_editor, this);
    graphMap->setQueue(m_queue);
    graphMap->toggleViewAction()->setObjectName(u"actionGraphMap"_s); // a shortcut's id
    addWorkspaceDock(graphMap, Qt::LeftDockWidgetArea, false, 0.25);
    m_images = new ImageInputController(m_editor, this);
    m_images->setClient(m_client);
    connect(m_images, &ImageInputController::uploadRequested, this, &MainWindow::uploadImage);
    m_images->setImageToImageStarter([this] {
        for (const Starter &starter : StartPage::shippedStarters()) {
            if (starter.id == "image-to-image"_L1) {
                openStarter(starter);
                break;
            }
        }
        return m_editor->hasDocument();
    });
    connect(m_images, &ImageInputController::messageShown, m_editor, &WorkflowEditor::showMessage);
    connect(m_images, &ImageInputController::maskSaved, this,
            [this](const QString &nodeId, const QString &input, const QString &value, const QString &localPath) {
                // The farm uploads the local copy of the masked picture to the server that runs a job.
                if (!localPath.isEmpty())
                    m_uploads.insert(nodeId, {input, value, localPath});
                m_editor->uploadFinished(nodeId, input, value);
            });
    connect(m_viewer->actions(), &OutputActions::useAsInputRequested, m_images,
            [this](const OutputRef &output) { m_images->useAsInput(output.path); });
    connect(m_editor, &WorkflowEditor::recentFilesChanged, this,
            [this] { m_editor->populateRecentFilesMenu(m_ui->menuRecent); });
    m_editor->populateRecentFilesMenu(m_ui->menuRecent);
}

void MainWindow::setUpQueue()
{
    m_queuePanel->setQueue(m_queue);
    m_queue->setKeepFinished(Settings().keepFinishedJobs());
    m_queue->setJournalPath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u'/'
                            + m_servers->journalFileName());
    m_queue->loadJournal();
    new BatchNotifier(m_queue, this, m_tray, this);
    // The document's name goes with each job it queues: the library's workflow filter.
    // A retry or a pull-back sends the job again under a new prompt id, and jobs restored
    // from the journal were queued by an earlier session, so the name is given again at
    // every submission (the batch's label when this session did not queue it).
    connect(m_queue, &JobQueue::jobAdded, this, [this](const QString &jobId) {
        const QueuedJob *job = m_queue->job(jobId);
        if (!job || m_queueingName.isEmpty())
            return;
        m_batchWorkflowNames.insert(job->batchId, m_queueingName);
        // Batches the queue has dropped (keepFinishedJobs) need their name no more.
        if (m_batchWorkflowNames.size() % 256 == 0)
            m_batchWorkflowNames.removeIf([this](auto it) { return !m_queue->batch(it.key()); });
        setWorkflowName(*job, m_queueingName);
    });
    connect(m_queue, &JobQueue::jobStateChanged, this, [this](const QString &jobId, QueuedJob::State state) {
        const QueuedJob *job = state == QueuedJob::State::Submitted ? m_queue->job(jobId) : nullptr;
        if (!job)
            return;
        QString name = m_batchWorkflowNames.value(job->batchId);
        if (const QueueBatch *batch = m_queue->batch(job->batchId); name.isEmpty() && batch)
            name = batch->label;
        setWorkflowName(*job, name);
    });

    connect(m_ui->queueButton, &QPushButton::clicked, this, [this] { queueWorkflow(); });
    connect(m_ui->actionQueue, &QAction::triggered, this, [this] { queueWorkflow(); });
    connect(m_ui->sweepButton, &QPushButton::clicked, this, &MainWindow::queueVariations);
    connect(m_ui->actionVariations, &QAction::triggered, this, &MainWindow::queueVariations);
    connect(m_ui->interruptButton, &QPushButton::clicked, this, &MainWindow::interruptRunning);
    connect(m_ui->actionPause, &QAction::toggled, m_queue, &JobQueue::setPaused);
    connect(m_queue, &JobQueue::pausedChanged, m_ui->actionPause, &QAction::setChecked);

    m_viewer->setJobNames([this](const QString &jobId) { return m_queue->jobName(jobId); });
    connect(m_queue, &JobQueue::previewReceived, m_viewer, &ViewerPane::showPreview);
    connect(m_queue, &JobQueue::runningNodeChanged, this, [this](const QString &jobId, const QString &nodeId) {
        m_editor->setRunningNode(nodeId);
        if (!nodeId.isEmpty())
            m_ui->progressLabel->setText(tr("Running %1").arg(m_queue->jobName(jobId)));
    });
    // Nothing runs any more after a pause took the waiting jobs back: say so.
    connect(m_queue, &JobQueue::pausedChanged, this, [this](bool paused) {
        if (paused && m_queue->runningJobId().isEmpty())
            m_ui->progressLabel->setText(tr("Paused"));
        else if (!paused && m_ui->progressLabel->text() == tr("Paused"))
            m_ui->progressLabel->clear();
    });
    connect(m_queue, &JobQueue::overallProgressChanged, this, [this](double fraction) {
        m_progressBar->setVisible(fraction >= 0);
        if (fraction >= 0)
            m_progressBar->setValue(int(fraction * 100.0 + 0.5));
        updateButtons();
    });
    connect(m_queue, &JobQueue::idle, this, [this] {
        m_progressBar->setVisible(false);
        updateButtons();
    });
    // The same progress on the task-bar entry, where the desktop has one.
    auto *taskbar = new TaskbarProgress(this);
    connect(m_queue, &JobQueue::overallProgressChanged, taskbar, &TaskbarProgress::setProgress);
    connect(m_queue, &JobQueue::idle, taskbar, [taskbar] { taskbar->setProgress(-1); });
    connect(m_queue, &JobQueue::jobFailed, this, &MainWindow::onJobFailed);
    // The viewer stays on the batch's last picture (the filmstrip follows it).
    m_runGroups = new RunGroupSummary(m_queue, this);
    connect(m_runGroups, &RunGroupSummary::finished, m_ui->progressLabel, &QLabel::setText);
    connect(m_queue, &JobQueue::journalError, this, &MainWindow::log);
    // Whichever server's runner saved it (a farm's servers save into the same library).
    connect(m_queue, &JobQueue::jobOutputSaved, this,
            [this](const QString &, const SavedOutput &output) { onOutputSaved(output); });
    // A click on a job shows its outputs in the viewer (its last one; a running job's live
    // preview); double-click or Enter also explains a failure.
    if (auto *queueView = m_queuePanel->findChild<QAbstractItemView *>(u"queueView"_s)) {
        connect(queueView, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
            if (const QueuedJob *job = m_queue->job(index.data(JobQueue::JobIdRole).toString()))
                m_viewer->showJob(job->promptId);
        });
    }
    connect(m_queuePanel, &QueuePanel::jobActivated, this, [this](const QString &jobId) {
        const QueuedJob *job = m_queue->job(jobId);
        if (job)
            m_viewer->showJob(job->promptId);
        if (!job || job->state != QueuedJob::State::Failed)
            return;
        // Named as the queue names it, with what to do next and a way to do it.
        const QString name = m_queue->jobName(jobId);
        QDialog dialog(this);
        dialog.setObjectName(u"failureDialog"_s);
        dialog.setWindowTitle(tr("Why “%1” failed").arg(name));
        auto *layout = new QVBoxLayout(&dialog);
        auto *details = new FailureDetails(&dialog);
        details->showFailure(name, job->failure);
        layout->addWidget(details);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
        QPushButton *retry = buttons->addButton(tr("&Retry"), QDialogButtonBox::AcceptRole);
        retry->setObjectName(u"retryButton"_s);
        QPushButton *settings = buttons->addButton(tr("Open Its &Settings"), QDialogButtonBox::ActionRole);
        settings->setObjectName(u"openSettingsButton"_s);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        connect(retry, &QPushButton::clicked, &dialog, [this, &dialog, jobId] {
            m_queue->retry(jobId);
            dialog.accept();
        });
        connect(settings, &QPushButton::clicked, &dialog, [this, &dialog, jobId] {
            dialog.accept();
            openJobSettings(jobId);
        });
        layout->addWidget(buttons);
        dialog.resize(640, 420);
        dialog.exec();
    });
    connect(m_queuePanel, &QueuePanel::showOutputRequested, this, [this](const QString &jobId) {
        const QueuedJob *job = m_queue->job(jobId);
        if (job && !job->outputs.isEmpty())
            m_viewer->showJob(job->promptId);
    });
    connect(m_queuePanel, &QueuePanel::openSettingsRequested, this, &MainWindow::openJobSettings);
}

// The settings one job runs with (its batch's prompt with the job's own changes), applied
// to the open workflow as "Use these settings" does.
void MainWindow::openJobSettings(const QString &jobId)
{
    const QueuedJob *job = m_queue->job(jobId);
    const QueueBatch *batch = job ? m_queue->batch(job->batchId) : nullptr;
    if (!batch)
        return;
    const QByteArray prompt = Sweep::apply(batch->promptJson, job->overrides);
    if (!prompt.isEmpty())
        useOutputSettings(prompt);
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
    dialog.exec();
}

void MainWindow::chooseWorkflow()
{
    Settings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workflow"), settings.lastWorkflowDirectory(),
        tr("Workflows and images (*.json *.png *.webp);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setLastWorkflowDirectory(QFileInfo(path).absolutePath());
    openWorkflow(path);
}

void MainWindow::openWorkflow(const QString &path)
{
    m_editor->openFile(path);
}

void MainWindow::useOutputSettings(const QByteArray &ranPromptJson, const QByteArray &workflowJson)
{
    // The resolved text the job ran with, or (the user's choice) the {a|b} and %…% text
    // as written, which the job's saved workflow keeps.
    const QByteArray apiPromptJson = Settings().useSettingsKeepsTemplates()
        ? QueueTimeTemplates::restore(ranPromptJson, workflowJson, m_catalogue)
        : ranPromptJson;
    QString difference;
    if (m_editor->hasDocument()) {
        const SettingsTransfer plan = SettingsTransfer::plan(m_editor->document(), apiPromptJson);
        if (plan.sameGraph()) {
            // Through the editor's model: one undo step, checked like a typed value.
            QStringList refused;
            const int applied = m_editor->model()->setValues(plan.changes, tr("Use settings of an output"), &refused);
            const QString message = tr("Applied %n value(s) of the output to the open workflow.", nullptr, applied);
            statusBar()->showMessage(message, 10000);
            log(message);
            if (!refused.isEmpty())
                log(tr("Not applied: %1").arg(refused.join(u"; "_s)));
            if (!plan.skipped.isEmpty())
                log(tr("Left as they are (linked in the open workflow): %1").arg(plan.skipped.join(u", "_s)));
            return;
        }
        difference = plan.error.isEmpty() ? plan.differences.join(u"; "_s) : plan.error;
    }
    // Another graph (or none open): the job's own prompt, exactly as queued, as a new document.
    const QString path = QStandardPaths::writableLocation(QStandardPaths::TempLocation)
                         + u"/easel-settings-%1.json"_s.arg(QDateTime::currentMSecsSinceEpoch());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(apiPromptJson) != apiPromptJson.size() || !file.commit()) {
        log(tr("The output's workflow cannot be opened: %1").arg(file.errorString()));
        return;
    }
    openWorkflow(path);
    if (!difference.isEmpty()) {
        const QString message =
            tr("The open workflow is a different graph (%1), so the output's workflow was opened as a new document.")
                .arg(difference);
        statusBar()->showMessage(message, 15000);
        log(message);
    }
}

// The API prompt of the open document, or an empty array with ok false when it cannot
// be converted (the problems panel says why) or the user chose not to queue it.
QByteArray MainWindow::promptForQueue(bool *ok)
{
    *ok = false;
    if (!m_editor->hasDocument())
        return {};
    WorkflowDiagnostics diagnostics;
    const QByteArray prompt = m_editor->apiPromptJson(&diagnostics);
    if (prompt.isEmpty()) {
        log(tr("The workflow cannot be converted to a prompt; see the problems below the tree."));
        return {};
    }
    // What the server is sure to refuse (unknown node types, broken links, loops, wrong
    // shapes) stays here: the nodes are marked in the tree, and the log lists them.
    if (PromptPreflight::refuses(diagnostics)) {
        int count = 0;
        for (const WorkflowDiagnostic &d : std::as_const(diagnostics)) {
            if (PromptPreflight::refuses({d})) {
                log(d.toString());
                ++count;
            }
        }
        const QString message = tr("Not queued: the server would refuse this workflow (%n problem(s), "
                                   "marked on the nodes and listed in the log).", nullptr, count);
        log(message);
        statusBar()->showMessage(message, 15000);
        return {};
    }
    // Other local findings inform; they do not block. The catalogue may be stale, and the
    // server's own answer (node_errors on the inputs) is the authority.
    if (hasErrors(diagnostics)) {
        log(tr("Queued with %n problem(s) found here; the server will judge them.", nullptr,
               int(diagnostics.size())));
    }
    *ok = true;
    return prompt;
}

void MainWindow::queueWorkflow(QueuePlace place)
{
    const int count = m_ui->countSpin->value();
    const QString label = m_editor->displayName();
    m_queueingName = label;
    const auto named = qScopeGuard([this] { m_queueingName.clear(); });
    QStringList batchIds; // one batch per run (each its own seed), told as one group
    const auto grouped = qScopeGuard([this, &label, &batchIds] { m_runGroups->addGroup(label, batchIds); });
    for (int i = 0; i < count; ++i) {
        bool ok = false;
        const QByteArray prompt = promptForQueue(&ok);
        if (!ok)
            return;
        // Runs queued together are told apart in the queue as a sweep's jobs are ("3/10").
        const QString runLabel = count > 1 ? tr("%1 %2/%3", "workflow, run, runs").arg(label).arg(i + 1).arg(count)
                                           : label;
        const QString batchId =
            m_queue->enqueue(prompt, {}, runLabel, m_editor->savedWorkflowJson(), uploadsForBatch(prompt));
        batchIds.append(batchId);
        pinBatch(batchId, m_ui->runOnCombo->currentData().toString());
        if (place == QueuePlace::Front)
            moveBatchToFront(batchId);
        // As the web UI does: the queued prompt keeps the current values, then seeds set
        // to increment or randomize change for the next run.
        m_editor->applyAfterQueue();
    }
    m_ui->progressLabel->setText(tr("Queued %n job(s)", nullptr, count));
    m_ui->outputTabs->setCurrentWidget(m_ui->queueTab);
    m_ui->queueDock->raise(); // when tabbed behind another dock
    updateButtons();
}

void MainWindow::queueVariations()
{
    bool ok = false;
    const QByteArray prompt = promptForQueue(&ok);
    if (!ok)
        return;
    SweepDialog dialog(prompt, this);
    // The choices of every combo input, so a list axis can be picked from them.
    QHash<QString, QStringList> choices;
    const WorkflowModel *model = m_editor->model();
    for (int nodeRow = 0; nodeRow < model->rowCount(); ++nodeRow) {
        const QModelIndex node = model->index(nodeRow, 0);
        for (int inputRow = 0; inputRow < model->rowCount(node); ++inputRow) {
            const QModelIndex input = model->index(inputRow, 0, node);
            const QStringList list = input.data(WorkflowModel::ChoicesRole).toStringList();
            if (!list.isEmpty()) {
                choices.insert(input.data(WorkflowModel::NodeIdRole).toString() + u'.'
                                   + input.data(WorkflowModel::InputNameRole).toString(),
                               list);
            }
        }
    }
    dialog.setChoices(choices);
    // "Run on": the dispatch's servers (none for the queue's own server: hidden).
    QList<std::pair<QString, QString>> servers;
    const JobDispatch *dispatch = m_queue->dispatch();
    for (const QString &id : dispatch->serverIds())
        servers.append({id, dispatch->serverName(id)});
    dialog.setServers(servers);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    m_queueingName = m_editor->displayName();
    const auto named = qScopeGuard([this] { m_queueingName.clear(); });
    const QString batchId = m_queue->enqueueSweep(prompt, dialog.spec(), m_editor->savedWorkflowJson(), &error,
                                                  uploadsForBatch(prompt));
    if (batchId.isEmpty()) {
        log(error);
        return;
    }
    pinBatch(batchId, dialog.pinnedServer());
    m_editor->applyAfterQueue();
    m_ui->outputTabs->setCurrentWidget(m_ui->queueTab);
    updateButtons();
}

void MainWindow::interruptRunning()
{
    for (int row = 0; row < m_queue->rowCount(); ++row) {
        const QString jobId = m_queue->index(row, 0).data(JobQueue::JobIdRole).toString();
        const QueuedJob *job = m_queue->job(jobId);
        if (job && job->state == QueuedJob::State::Running)
            m_queue->interrupt(jobId);
    }
}

void MainWindow::onJobFailed(const QString &jobId, const JobFailure &failure)
{
    Q_UNUSED(jobId)
    log(failure.message);
    // A rejected prompt's reasons on their nodes and inputs, an execution error on its node.
    if (const QList<InputError> errors = inputErrorsOf(failure); !errors.isEmpty())
        m_editor->setNodeErrors(errors);
    m_ui->progressLabel->setText(failure.message);
}

void MainWindow::onOutputSaved(const SavedOutput &output)
{
    m_outputs->addOutput(output.path, output.promptId, output.nodeId, output.file.filename);
    m_outputs->loadThumbnail(output.path, thumbnailSize, maxOutputPixels);
    // With a library the filmstrip follows the store and shows it; without one, here.
    if (!m_viewer->filmstrip())
        m_viewer->showOutput(OutputRef{0, output.path, output.promptId, output.nodeId});
}

// The viewer at the centre, and the one set of output actions wired to the window.
void MainWindow::setUpViewer()
{
    m_viewer = new ViewerPane(m_gallery ? m_store : nullptr, this);
    m_ui->previewLayout->addWidget(m_viewer);
    // The filmstrip in a dock under the viewer: it can go to a side, or be closed for a
    // taller picture.
    QDockWidget *filmstripDock = nullptr;
    if (m_viewer->filmstrip()) {
        filmstripDock = new QDockWidget(tr("Filmstrip"), this);
        filmstripDock->setObjectName(u"filmstripDock"_s);
        filmstripDock->setWidget(m_viewer->filmstrip()); // out of the viewer's layout
        addWorkspaceDock(filmstripDock, Qt::BottomDockWidgetArea, true);
    }
    // Video, animations, sound and text play on the viewer's media page.
    auto *media = new MediaPlayerPage;
    m_viewer->setMediaPage(media);
    connect(m_viewer, &ViewerPane::mediaOutputRequested, media, &MediaPlayerPage::showOutput);
    // This session's outputs are the filmstrip under the viewer (a filter of the library);
    // the old list stays for the kiosk, which shows it as its gallery.
    if (m_viewer->filmstrip())
        m_ui->outputTabs->setTabVisible(m_ui->outputTabs->indexOf(m_ui->sessionTab), false);
    OutputActions *actions = m_viewer->actions();
    connect(actions, &OutputActions::messageRaised, this, [this](const QString &message) {
        statusBar()->showMessage(message, 15000);
        log(message);
    });
    connect(actions, &OutputActions::useSettingsRequested, this, &MainWindow::useOutputSettings);
    connect(actions, &OutputActions::showWorkflowRequested, this,
            [this](const QString &path, const QByteArray &apiPromptJson) {
                if (apiPromptJson.isEmpty())
                    openWorkflow(path); // the file's embedded workflow
                else
                    useOutputSettings(apiPromptJson);
            });
    if (m_gallery) {
        connect(actions, &OutputActions::favouriteChanged, m_gallery->model(), &GalleryModel::noteFavourite);
        connect(actions, &OutputActions::favouriteChanged, m_viewer->filmstrip()->model(), &GalleryModel::noteFavourite);
        connect(actions, &OutputActions::tagsChanged, m_gallery->model(), &GalleryModel::noteTagsChanged);
        connect(actions, &OutputActions::outputTrashed, this,
                [this](const OutputRef &output) { m_gallery->model()->removeIds({output.id}); });
        // The library can have the whole window (Ctrl+L); opening an item brings the
        // viewer back and shows it there: one viewer everywhere.
        auto *focus = new LibraryFocus(m_ui->outputTabs, m_ui->libraryTab,
                                       {m_ui->editorDock, centralWidget(), filmstripDock, m_ui->logDock}, this);
        focus->setObjectName(u"libraryFocus"_s);
        m_ui->menuView->insertAction(m_ui->menuView->actions().value(0), focus->action());
        addAction(focus->action());
        connect(m_gallery, &GalleryWidget::outputOpened, focus, [focus] { focus->setActive(false); });
        connect(m_gallery, &GalleryWidget::outputOpened, m_viewer, &ViewerPane::showOutput);
        connect(m_gallery, &GalleryWidget::compareRequested, focus, [focus] { focus->setActive(false); });
        connect(m_gallery, &GalleryWidget::compareRequested, m_viewer, &ViewerPane::compareOutputs);
        m_gallery->setOutputActions(actions);
        // Or the library in a dock of its own, as tall as the user makes it; hidden until
        // asked for, and where the last session left it (restoreState, then syncPlacement).
        m_libraryDock = new LibraryDock(m_gallery, m_ui->outputTabs, m_ui->libraryTab, this);
        addWorkspaceDock(m_libraryDock, Qt::RightDockWidgetArea, false);
        connect(m_docks, &DockLayout::layoutReset, m_libraryDock, &LibraryDock::syncPlacement);
    }
}

// The viewer is the central widget; everything else is a dock around it (ux.md: the
// picture is the point). Defaults: the workflow on the left, the queue on the right, both
// the window's full height; the filmstrip under the viewer; the log hidden.
void MainWindow::setUpDocks()
{
    m_docks = new DockLayout(this, m_ui->menuView);
    m_docks->setObjectName(u"dockLayout"_s);
    m_docks->add(m_ui->editorDock, {Qt::LeftDockWidgetArea, true, 0.3, 360, 560});
    m_docks->add(m_ui->queueDock, {Qt::RightDockWidgetArea, true, 0.24, 300, 460});
    m_docks->add(m_ui->logDock, {Qt::BottomDockWidgetArea, false, 0.15, 100, 240});
    m_ui->queueDock->setMinimumWidth(200);
    connect(m_docks, &DockLayout::layoutReset, this, [this] {
        if (m_servers->serverModel())
            showServersDock();
    });
}

void MainWindow::addWorkspaceDock(QDockWidget *dock, Qt::DockWidgetArea side, bool shownByDefault, double share)
{
    m_docks->add(dock, {side, shownByDefault, share, 0, 100000});
}

void MainWindow::uploadImage(const QString &nodeId, const QString &input, const QString &localPath)
{
    const auto read = QtConcurrent::run([localPath] {
        QFile file(localPath);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    });
    onFinished(read, this, [this, nodeId, input, localPath](const QByteArray &bytes) {
        if (bytes.isEmpty()) {
            m_editor->uploadFailed(nodeId, input, tr("%1 cannot be read").arg(localPath));
            return;
        }
        QPointer<WorkflowEditor> editor = m_editor;
        const auto progress = [editor, nodeId, input](qint64 sent, qint64 total) {
            if (editor)
                editor->uploadProgress(nodeId, input, sent, total);
        };
        onFinished(m_client->uploadImage(bytes, QFileInfo(localPath).fileName(), {}, u"input"_s, false, progress), this,
                   [this, nodeId, input, localPath](const Result<UploadResult> &result) {
                       if (!result.isOk()) {
                           m_editor->uploadFailed(nodeId, input, result.error().message());
                           return;
                       }
                       const QString name = result.value().inputValue();
                       m_uploads.insert(nodeId, {input, name, QFileInfo(localPath).absoluteFilePath()});
                       m_editor->uploadFinished(nodeId, input, name);
                   });
    });
}

// Jobs a restarted server forgot arrive one by one from the resync; one notice gathers
// them and offers a single retry, so nothing is silently dropped and nothing runs twice
// without the user saying so (the queue keeps each one as failed until then).
void MainWindow::noteLostJob(const QString &jobId)
{
    if (jobId.isEmpty() || m_lostJobIds.contains(jobId))
        return;
    m_lostJobIds.append(jobId);
    const int lost = int(m_lostJobIds.size());
    m_restartNotice->showNotice(tr("The server restarted and lost %n job(s). They are kept in the queue as failed.",
                                   nullptr, lost),
                                tr("Retry %n job(s)", nullptr, lost));
}

void MainWindow::retryLostJobs()
{
    int retried = 0;
    for (const QString &jobId : std::as_const(m_lostJobIds))
        retried += m_queue->retry(jobId) ? 1 : 0;
    m_lostJobIds.clear();
    log(tr("%n lost job(s) queued again.", nullptr, retried));
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
    bool running = false;
    for (int row = 0; row < m_queue->rowCount() && !running; ++row) {
        const QueuedJob *job = m_queue->job(m_queue->index(row, 0).data(JobQueue::JobIdRole).toString());
        running = job && job->state == QueuedJob::State::Running;
    }
    m_ui->interruptButton->setEnabled(running);
}

} // namespace Easel
