// The parts of the main window that explain the workspace (issue 19): the start page where
// the workflow goes while none is open, File › New from Template, the Help menu, and the
// window-wide keyboard shortcuts (editable, saved).
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "comfyclient.h"
#include "connectionmonitor.h"
#include "futurecallback.h"
#include "imageinputcontroller.h"
#include "jobqueue.h"
#include "nodecatalogue.h"
#include "shortcuts.h"
#include "shortcutsdialog.h"
#include "startpage.h"
#include "starterworkflows.h"
#include "workfloweditor.h"

#include <QAction>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QScreen>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Easel {

void MainWindow::setUpWorkspace()
{
    const QList<Starter> starters = StartPage::shippedStarters();
    m_startPage->setStarters(starters);
    m_startPage->setRecentFiles(WorkflowEditor::recentFiles());
    connect(m_editor, &WorkflowEditor::recentFilesChanged, m_startPage,
            [this] { m_startPage->setRecentFiles(WorkflowEditor::recentFiles()); });
    connect(m_startPage, &StartPage::starterChosen, this, &MainWindow::openStarter);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openWorkflow);
    connect(m_startPage, &StartPage::openDialogRequested, this, &MainWindow::chooseWorkflow);
    // Ctrl+V with no workflow open: a picture on the clipboard can start image to image.
    // (The editor has its own Ctrl+V; only one of the two pages is visible at a time.)
    auto *paste = new QAction(tr("Paste Image"), m_startPage);
    paste->setShortcut(QKeySequence::Paste);
    paste->setShortcutContext(Qt::WindowShortcut);
    connect(paste, &QAction::triggered, this, [this] { m_images->pasteFromClipboard({}, {}); });
    m_startPage->addAction(paste);
    connect(m_editor, &WorkflowEditor::documentChanged, this, &MainWindow::showStartPageOrEditor);
    showStartPageOrEditor();

    // File › New from Template: the same starters, in the order of the start page.
    auto *templates = new QMenu(tr("New from &Template"), this);
    templates->setObjectName(u"menuNewFromTemplate"_s);
    for (const Starter &starter : starters) {
        QAction *action = templates->addAction(starter.title, this, [this, starter] { openStarter(starter); });
        action->setToolTip(starter.description);
        action->setStatusTip(starter.description);
        action->setObjectName(u"actionTemplate_"_s + starter.id);
    }
    m_ui->menuFile->insertMenu(m_ui->actionOpen, templates);

    setUpHelpMenu();
    setUpShortcuts();
    m_editor->leaveShortcutsToWindow();

    // The server's version for Help › About, asked once it answers.
    connect(m_monitor, &ConnectionMonitor::stateChanged, this, [this] {
        if (!m_monitor->isUsable() || !m_serverVersion.isEmpty())
            return;
        onFinished(m_client->systemStats(), this, [this](const Result<SystemStats> &stats) {
            if (stats.isOk())
                m_serverVersion = stats.value().comfyuiVersion;
        });
    });
}

void MainWindow::showStartPageOrEditor()
{
    m_editorStack->setCurrentWidget(m_editor->hasDocument() ? static_cast<QWidget *>(m_editor)
                                                            : static_cast<QWidget *>(m_startPage));
    // The status line is about the workflow now open, not the one before it; a running
    // job's line stays until the queue says otherwise.
    statusBar()->clearMessage();
    if (!m_queue->runningJobId().isEmpty())
        return;
    if (!m_editor->hasDocument()) {
        m_ui->progressLabel->clear();
        return;
    }
    const QString keys = m_ui->actionQueue->shortcut().toString(QKeySequence::NativeText);
    m_ui->progressLabel->setText(keys.isEmpty() ? tr("%1 is open.").arg(m_editor->displayName())
                                                : tr("%1 is open. %2 queues it.").arg(m_editor->displayName(), keys));
}

void MainWindow::updateServerModels()
{
    // How many checkpoints the server lists: none means the start page says what to do.
    int checkpoints = -1;
    if (m_catalogue) {
        if (const NodeClass *loader = m_catalogue->nodeClass(u"CheckpointLoaderSimple"_s)) {
            for (const InputSpec &spec : loader->inputs) {
                if (spec.name == "ckpt_name"_L1)
                    checkpoints = int(spec.choices().size());
            }
        }
    }
    m_startPage->setServerModels(checkpoints);
}

void MainWindow::openStarter(const Starter &starter)
{
    if (!m_editor->confirmDiscard())
        return;
    WorkflowDocument document = StarterWorkflows::document(starter);
    if (m_catalogue)
        document.setCatalogue(m_catalogue);
    const StarterWorkflows::ModelFit fit = StarterWorkflows::fitToServer(document);
    m_editor->setDocument(document);
    updateTitle();
    updateButtons();
    log(tr("New workflow from the starter “%1”").arg(starter.title));
    if (!fit.missing.isEmpty()) {
        const QString message =
            tr("The server has no file for %1. Put one into the server's models folder and restart it, "
               "or start from “Check the server (no model)”.")
                .arg(fit.missing.join(u"; "_s));
        statusBar()->showMessage(message, 20000);
        log(message);
    } else if (!fit.replaced.isEmpty()) {
        const QString message = tr("Using the server's own models: %1").arg(fit.replaced.join(u"; "_s));
        statusBar()->showMessage(message, 15000);
        log(message);
    }
}

void MainWindow::setUpHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"menuHelp"_s);
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts…"), this, &MainWindow::showShortcuts);
    keys->setObjectName(u"actionKeyboardShortcuts"_s);
    QAction *docs = help->addAction(tr("Easel &Documentation"), this, &MainWindow::showDocumentation);
    docs->setObjectName(u"actionDocumentation"_s);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Easel"), this, &MainWindow::showAbout);
    about->setObjectName(u"actionAbout"_s);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(u"actionAboutQt"_s);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::setUpShortcuts()
{
    m_shortcuts = new Shortcuts(this);
    // The queue commands, named and placed as in the web UI.
    auto *queueFront = new QAction(tr("Queue at &Front"), this);
    queueFront->setObjectName(u"actionQueueFront"_s);
    connect(queueFront, &QAction::triggered, this, [this] { queueWorkflow(QueuePlace::Front); });
    auto *cancelRunning = new QAction(tr("&Cancel Running Job"), this);
    cancelRunning->setObjectName(u"actionCancelRunning"_s);
    connect(cancelRunning, &QAction::triggered, this, &MainWindow::interruptRunning);
    m_ui->menuQueue->insertAction(m_ui->actionVariations, queueFront);
    m_ui->menuQueue->insertAction(m_ui->actionPause, cancelRunning);
    addAction(queueFront);
    addAction(cancelRunning);
    auto *find = new QAction(tr("&Find Setting"), this);
    find->setObjectName(u"actionFind"_s);
    connect(find, &QAction::triggered, this, [this] {
        if (m_editor->hasDocument())
            m_editor->focusFilter();
    });
    m_ui->menuEdit->insertAction(m_ui->actionPreferences, find);
    addAction(find);
    const auto queueEnabled = [this, queueFront] { queueFront->setEnabled(m_editor->hasDocument()); };
    connect(m_editor, &WorkflowEditor::documentChanged, this, queueEnabled);
    queueEnabled();

    using K = QKeySequence;
    m_shortcuts->add(u"queue"_s, m_ui->actionQueue, {K(Qt::CTRL | Qt::Key_Return), K(Qt::CTRL | Qt::Key_Enter)});
    m_shortcuts->add(u"queueFront"_s, queueFront,
                     {K(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), K(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter)});
    m_shortcuts->add(u"cancelRunning"_s, cancelRunning,
                     {K(Qt::CTRL | Qt::ALT | Qt::Key_Return), K(Qt::CTRL | Qt::ALT | Qt::Key_Enter)});
    m_shortcuts->add(u"variations"_s, m_ui->actionVariations, {K(Qt::CTRL | Qt::SHIFT | Qt::Key_V)});
    m_shortcuts->add(u"pause"_s, m_ui->actionPause, {K(Qt::CTRL | Qt::Key_P)});
    m_shortcuts->add(u"open"_s, m_ui->actionOpen, {K(K::Open)});
    m_shortcuts->add(u"save"_s, m_ui->actionSave, {K(K::Save)});
    m_shortcuts->add(u"saveAs"_s, m_ui->actionSaveAs, {K(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});
    m_shortcuts->add(u"undo"_s, m_editor->undoAction(), {K(K::Undo)});
    m_shortcuts->add(u"redo"_s, m_editor->redoAction(), {K(Qt::CTRL | Qt::Key_Y), K(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    m_shortcuts->add(u"find"_s, find, {K(K::Find)});
    if (auto *graphMap = findChild<QAction *>(u"actionGraphMap"_s)) // View › Graph (issue 22)
        m_shortcuts->add(u"graphMap"_s, graphMap, {K(Qt::CTRL | Qt::SHIFT | Qt::Key_G)});
    m_shortcuts->add(u"preferences"_s, m_ui->actionPreferences, {K(Qt::CTRL | Qt::Key_Comma)});
    m_shortcuts->add(u"quit"_s, m_ui->actionQuit, {K(K::Quit)});
    // The window holds every one of them, so their keys work wherever the focus is, and
    // also while a kiosk hides the menu bar (its own lock disables what it forbids).
    for (const Shortcuts::Entry &entry : m_shortcuts->entries())
        addAction(entry.action);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(m_shortcuts, this);
    dialog.exec();
}

void MainWindow::showDocumentation()
{
    // The manual installed beside the program, else the one in a source checkout.
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates{appDir + u"/../share/doc/easel/README.md"_s, appDir + u"/../../README.md"_s,
                                 appDir + u"/../README.md"_s};
    for (const QString &path : candidates) {
        if (QFileInfo::exists(path)) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(QDir::cleanPath(path)));
            return;
        }
    }
    QMessageBox::information(this, tr("Easel Documentation"),
                             tr("The documentation is not installed here. It is the README.md and the docs "
                                "folder of Easel's source."));
}

void MainWindow::showAbout()
{
    const QString server = m_serverVersion.isEmpty() ? tr("not known (not connected yet)")
                                                     : m_serverVersion;
    QMessageBox::about(this, tr("About Easel"),
                       tr("<h3>Easel %1</h3><p>A desktop client for ComfyUI.</p>"
                          "<p>Qt %2 (built with %3)<br>ComfyUI server at %4: %5</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), QString::fromLatin1(qVersion()),
                                QStringLiteral(QT_VERSION_STR), m_server.toDisplayString().toHtmlEscaped(),
                                server.toHtmlEscaped()));
}

// The window within the screen's available geometry (what panels and docks leave): a
// saved size from a larger screen, or the form's default, is shrunk and moved inside it.
void MainWindow::fitToScreen()
{
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // The frame (title bar, borders) is not known before the first show: leave room for it.
    constexpr int frameAllowance = 40;
    const QSize fitted(std::min(width(), available.width()),
                       std::min(height(), available.height() - frameAllowance));
    if (fitted != size())
        resize(fitted);
    QRect frame(pos(), fitted);
    if (!available.contains(frame)) {
        frame.moveLeft(std::clamp(frame.left(), available.left(), std::max(available.left(), available.right() - fitted.width())));
        frame.moveTop(std::clamp(frame.top(), available.top(), std::max(available.top(), available.bottom() - fitted.height() - frameAllowance)));
        move(frame.topLeft());
    }
}

void MainWindow::moveBatchToFront(const QString &batchId)
{
    // Before every other waiting job: after those already on the server, which cannot move.
    const QStringList ids = m_queue->jobIds();
    int front = 0;
    while (front < ids.size()) {
        const QueuedJob *job = m_queue->job(ids.at(front));
        if (job && job->state == QueuedJob::State::Waiting && !job->isHeld())
            break;
        ++front;
    }
    int place = front;
    for (const QString &id : ids) {
        const QueuedJob *job = m_queue->job(id);
        if (job && job->batchId == batchId && m_queue->moveJob(id, place))
            ++place;
    }
}

} // namespace Easel
