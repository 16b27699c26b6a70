#include "kioskcontroller.h"

#include "gallerywidget.h"
#include "jobqueue.h"
#include "jsontree.h"
#include "kioskeditrules.h"
#include "kioskescapefilter.h"
#include "kioskunlockdialog.h"
#include "kioskwindowguard.h"
#include "mainwindow.h"
#include "maskeditor/imageinputcontroller.h"
#include "outputlistmodel.h"
#include "previewpane.h"
#include "settingstransfer.h"
#include "viewer/imageview.h"
#include "workfloweditor.h"
#include "workflowfiltermodel.h"
#include "workflowmodel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDebug>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
const QStringList urlSchemes = {u"http"_s, u"https"_s, u"file"_s};
} // namespace

KioskController::KioskController(MainWindow *window, const KioskPolicy &policy, KioskThrottle::Clock clock,
                                 QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_policy(policy)
    , m_throttle(clock)
    , m_fairShare(policy.maxWaitingJobs(), qint64(policy.minIntervalSeconds()) * 1000, clock)
    , m_workflows(policy.approvedWorkflows())
    , m_idleTimer(new QTimer(this))
    , m_filter(new KioskEscapeFilter(window, this))
    , m_guard(new KioskWindowGuard(window, this))
{
    // The administrator's rules, before any workflow is open: every edit, offered choice
    // and control_after_generate step asks them.
    KioskEditRules::install(m_policy, window->editor()->model());
    m_guard->setGraceMs(m_policy.retakeSeconds() * 1000);
    lockDown();
    buildKioskBar();
    for (const QString &scheme : urlSchemes)
        QDesktopServices::setUrlHandler(scheme, this, "refuseUrl");
    // Native file dialogs would not pass through the event filter; Qt's own do.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs, true);
    m_filter->setOutputView(window->findChild<QListView *>(u"outputView"_s));
    qApp->installEventFilter(m_filter);
    connect(m_filter, &KioskEscapeFilter::userActive, this, &KioskController::restartIdleTimer);
    connect(m_filter, &KioskEscapeFilter::escapeBlocked, this, &KioskController::escapeBlocked);

    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(std::chrono::seconds(std::max(1, m_policy.idleTimeoutSeconds())));
    connect(m_idleTimer, &QTimer::timeout, this, &KioskController::resetToCleanState);
    restartIdleTimer();

    connect(window->editor(), &WorkflowEditor::documentChanged, this, &KioskController::ensureApproved);
    connect(window->editor(), &WorkflowEditor::opened, this, &KioskController::ensureApproved);
    JobQueue *queue = window->jobQueue();
    connect(queue, &JobQueue::jobOutputSaved, this,
            [this](const QString &, const SavedOutput &output) { onOutputSaved(output.path); });
    connect(queue, &JobQueue::jobStateChanged, this,
            [this](const QString &jobId, QueuedJob::State state) { onJobStateChanged(jobId, int(state)); });
    connect(queue, &JobQueue::jobAdded, this, &KioskController::updateCancel);
    connect(queue, &JobQueue::overallProgressChanged, this, [this](double fraction) {
        m_progress->setVisible(fraction >= 0);
        if (fraction >= 0)
            m_progress->setValue(int(fraction * 100.0 + 0.5));
    });
    connect(queue, &JobQueue::idle, m_progress, &QWidget::hide);
    selectWorkflow(0);
}

KioskController::~KioskController()
{
    qApp->removeEventFilter(m_filter);
    for (const QString &scheme : urlSchemes)
        QDesktopServices::unsetUrlHandler(scheme);
}

void KioskController::lockDown()
{
    MainWindow *w = m_window;
    w->setWindowFlags(w->windowFlags() | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
    w->setAcceptDrops(false);
    w->menuBar()->hide();
    w->menuBar()->setEnabled(false);
    for (QToolBar *bar : w->findChildren<QToolBar *>())
        bar->hide();
    // The workflow's inputs and this session's pictures stay, fixed in place and without
    // title bars; every other dock (queue of other clients, log, library, servers) goes.
    for (QDockWidget *dock : w->findChildren<QDockWidget *>()) {
        dock->toggleViewAction()->setVisible(false);
        dock->toggleViewAction()->setEnabled(false);
        if (dock->objectName() == "editorDock"_L1 || dock->objectName() == "queueDock"_L1) {
            dock->setFloating(false);
            dock->setFeatures(QDockWidget::NoDockWidgetFeatures);
            dock->setTitleBarWidget(new QWidget(dock));
            dock->show();
        } else {
            dock->hide();
        }
    }
    makeActionsInert();

    // Only the big Generate button: no counts, sweeps (they set inputs past the locks) or
    // interrupts (the queue view with other clients' jobs is gone too).
    for (const char *name : {"countLabel", "countSpin", "sweepButton", "interruptButton", "logView"}) {
        // Every one of that name (the queue panel has an interrupt button of its own).
        for (QWidget *widget : w->findChildren<QWidget *>(QLatin1StringView(name))) {
            widget->hide();
            widget->setEnabled(false);
        }
    }
    // The window enables these again after each document change: cut them off as well.
    for (const char *name : {"sweepButton", "interruptButton"}) {
        for (QPushButton *button : w->findChildren<QPushButton *>(QLatin1StringView(name)))
            QObject::disconnect(button, &QPushButton::clicked, nullptr, nullptr);
    }
    if (auto *count = w->findChild<QSpinBox *>(u"countSpin"_s))
        count->setValue(1);
    // Generate asks the fair share and the rules first (KioskController::generate): the
    // window's action, the editor's Ctrl+Enter and the button below.
    if (auto *action = w->findChild<QAction *>(u"actionQueue"_s)) {
        QObject::disconnect(action, &QAction::triggered, w, nullptr);
        connect(action, &QAction::triggered, this, &KioskController::generate);
    }
    // Visitors read the inputs in the editor's words ("Positive prompt", "Seed", from
    // ParameterLabels) in the Simple view, where a workflow with such inputs opens. One
    // with none there opens the whole list, and it reads the same: the visitor's view
    // leaves out link rows, unconnected sockets and node ids, in either view.
    for (const char *name : {"simpleButton", "allButton"}) {
        if (auto *button = w->editor()->findChild<QAbstractButton *>(QLatin1StringView(name)))
            button->hide();
    }
    if (auto *tree = w->editor()->findChild<QTreeView *>(u"treeView"_s)) {
        if (auto *filter = qobject_cast<WorkflowFilterModel *>(tree->model()))
            filter->setVisitorView(true);
        // The labels are short ("Seed", "Upscale method"): the values get the rest of
        // the fixed dock rather than a cut "nearest-e…".
        tree->header()->setSectionResizeMode(WorkflowModel::NameColumn, QHeaderView::ResizeToContents);
    }
    QObject::disconnect(w->editor(), &WorkflowEditor::queueRequested, w, nullptr);
    connect(w->editor(), &WorkflowEditor::queueRequested, this, &KioskController::generate);
    // Visitors read the kiosk's own line only: the window's status bar (server address,
    // the server's errors) and progress line (node ids, failures) go to the log.
    w->statusBar()->hide();
    connect(w->statusBar(), &QStatusBar::messageChanged, this, [w](const QString &message) {
        if (message.isEmpty())
            return;
        qInfo().noquote() << "kiosk: status:" << message;
        w->statusBar()->clearMessage();
    });
    if (auto *line = w->findChild<QLabel *>(u"progressLabel"_s))
        line->hide();
    if (auto *queue = w->findChild<QPushButton *>(u"queueButton"_s)) {
        QObject::disconnect(queue, &QPushButton::clicked, w, nullptr);
        connect(queue, &QPushButton::clicked, this, &KioskController::generate);
        queue->setAutoRepeat(false);
        queue->setText(tr("Generate"));
        queue->setMinimumHeight(72);
        QFont font = queue->font();
        font.setPointSizeF(font.pointSizeF() * 1.8);
        font.setBold(true);
        queue->setFont(font);
    }
    if (auto *tabs = w->findChild<QTabWidget *>(u"outputTabs"_s)) {
        // Every tab but this session's: the queue (other clients' jobs), the library (past
        // sessions, the file system) and whatever other parts add (servers, say).
        for (int index = tabs->count() - 1; index >= 0; --index) {
            QWidget *tab = tabs->widget(index);
            if (tab->objectName() == "sessionTab"_L1)
                continue;
            tabs->removeTab(index);
            tab->hide();
            tab->setEnabled(false);
        }
        tabs->tabBar()->hide();
        // The library's own dock too, wherever a desktop session left it.
        if (auto *dock = w->findChild<QDockWidget *>(u"libraryDock"_s)) {
            dock->hide();
            dock->toggleViewAction()->setVisible(false);
            dock->toggleViewAction()->setEnabled(false);
        }
        // The window hides this tab behind its filmstrip; in a kiosk it is the gallery.
        tabs->setTabVisible(0, true);
        tabs->setCurrentIndex(0);
    }
    // The library's "Use these settings" (and its drops) would open a new document:
    // they go through the locks instead.
    if (auto *gallery = w->findChild<GalleryWidget *>()) {
        QObject::disconnect(gallery, &GalleryWidget::useSettingsRequested, w, nullptr);
        QObject::disconnect(gallery, &GalleryWidget::workflowFileOpened, w, nullptr);
        gallery->setAcceptDrops(false);
        connect(gallery, &GalleryWidget::useSettingsRequested, this,
                [this](const QByteArray &prompt, const QByteArray &, const QString &) { applySettings(prompt); });
    }
    if (auto *outputs = w->findChild<QListView *>(u"outputView"_s)) {
        // Double-click opened the file with the desktop's viewer.
        QObject::disconnect(outputs, &QAbstractItemView::activated, w, nullptr);
        outputs->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(outputs, &QWidget::customContextMenuRequested, this, &KioskController::showOutputMenu);
        outputs->setToolTip(tr("This session's pictures, newest first."));
        m_outputs = qobject_cast<OutputListModel *>(outputs->model());
        // An empty list says what will appear in it.
        auto *empty = new QLabel(tr("Your pictures appear here. Press Generate to make one."), outputs->viewport());
        empty->setObjectName(u"kioskOutputsEmpty"_s);
        empty->setWordWrap(true);
        empty->setAlignment(Qt::AlignCenter);
        empty->setEnabled(false); // the placeholder colour
        auto *emptyLayout = new QVBoxLayout(outputs->viewport());
        emptyLayout->addWidget(empty);
        if (QAbstractItemModel *model = outputs->model()) {
            const auto update = [empty, model] { empty->setVisible(model->rowCount() == 0); };
            connect(model, &QAbstractItemModel::rowsInserted, empty, update);
            connect(model, &QAbstractItemModel::rowsRemoved, empty, update);
            connect(model, &QAbstractItemModel::modelReset, empty, update);
            update();
        }
    }
    // Pictures into image inputs: pasting and dropping would send the visitor's own picture
    // to the server, as the upload from disk would (off); a mask is drawn only on an input
    // the rules leave editable, and is saved through the same check.
    if (auto *images = w->findChild<ImageInputController *>()) {
        WorkflowEditor *editor = w->editor();
        QObject::disconnect(editor, &WorkflowEditor::maskEditRequested, images, nullptr);
        QObject::disconnect(editor, &WorkflowEditor::imagePasteRequested, images, nullptr);
        QObject::disconnect(editor, &WorkflowEditor::imageDropped, images, nullptr);
        connect(editor, &WorkflowEditor::maskEditRequested, images, [editor, images](const QString &node,
                                                                                   const QString &input) {
            if (editor->model()->mayEdit(node, input))
                images->editMask(node, input);
        });
    }
    // The viewer: no drag of the picture out of the window (a file would leave), no window
    // of its own (F11), no menu; and no details panel, which names the server.
    for (ImageView *image : w->findChildren<ImageView *>()) {
        // Visitors have a Generate button, not a queue: the empty viewer speaks of it.
        image->setPlaceholderText(tr("Press Generate: the live preview and your pictures appear here."));
        QObject::disconnect(image, &ImageView::dragOutRequested, nullptr, nullptr);
        QObject::disconnect(image, &ImageView::fullScreenRequested, nullptr, nullptr);
        QObject::disconnect(image, &ImageView::contextMenuRequested, nullptr, nullptr);
    }
    for (const char *name : {"viewerDetailsButton", "outputDetails"}) {
        for (QWidget *widget : w->findChildren<QWidget *>(QLatin1StringView(name))) {
            if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
                button->setChecked(false);
                QObject::disconnect(button, nullptr, nullptr, nullptr);
            }
            widget->hide();
            widget->setEnabled(false);
            widget->setMaximumSize(0, 0); // whatever shows it again shows nothing
        }
    }
    // Nothing is dragged out (files) or in (workflows, images).
    for (QAbstractItemView *view : w->findChildren<QAbstractItemView *>()) {
        view->setDragEnabled(false);
        view->setDragDropMode(QAbstractItemView::NoDragDrop);
        view->setAcceptDrops(false);
        view->viewport()->setAcceptDrops(false);
    }
    w->editor()->setAcceptDrops(false);
    if (auto *tree = w->editor()->findChild<QTreeView *>())
        tree->setContextMenuPolicy(Qt::NoContextMenu); // rename, bypass, mute
}

void KioskController::makeActionsInert()
{
    // Recent files would reopen any file the user had: the menu stays empty.
    QObject::disconnect(m_window->editor(), &WorkflowEditor::recentFilesChanged, m_window, nullptr);
    if (auto *recent = m_window->findChild<QMenu *>(u"menuRecent"_s)) {
        recent->clear();
        recent->setEnabled(false);
    }
    // Every action of the window's menus and tool bars but Queue: open, save, recent
    // files, preferences, quit, and whatever other parts add (server or profile choices).
    // Hidden, disabled, without shortcuts and disconnected, so nothing re-enables them.
    for (QAction *action : m_window->findChildren<QAction *>()) {
        QObject *owner = action->parent();
        const bool windowAction = owner == m_window || qobject_cast<QMenu *>(owner) || qobject_cast<QMenuBar *>(owner)
                                  || qobject_cast<QToolBar *>(owner);
        if (!windowAction || action->objectName() == "actionQueue"_L1)
            continue;
        action->setShortcuts({});
        action->setVisible(false);
        action->setEnabled(false);
        QObject::disconnect(action, &QAction::triggered, nullptr, nullptr);
        QObject::disconnect(action, &QAction::toggled, nullptr, nullptr);
    }
}

void KioskController::buildKioskBar()
{
    auto *bar = new QWidget(m_window);
    bar->setObjectName(u"kioskBar"_s);
    bar->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *label = new QLabel(tr("Workflow:"), bar);
    m_workflowCombo = new QComboBox(bar);
    m_workflowCombo->setObjectName(u"kioskWorkflows"_s);
    m_workflowCombo->setMinimumWidth(280);
    for (const QString &path : std::as_const(m_workflows))
        m_workflowCombo->addItem(QFileInfo(path).completeBaseName(), path);
    if (m_workflows.isEmpty())
        m_workflowCombo->addItem(tr("No approved workflows"));
    m_workflowCombo->setEnabled(m_workflows.size() > 1);
    label->setBuddy(m_workflowCombo);
    connect(m_workflowCombo, &QComboBox::activated, this, &KioskController::selectWorkflow);
    auto *admin = new QToolButton(bar);
    admin->setObjectName(u"kioskAdminButton"_s);
    admin->setText(tr("Administrator…"));
    admin->setAutoRaise(true);
    connect(admin, &QToolButton::clicked, this, &KioskController::showUnlockDialog);
    m_status = new QLabel(bar);
    m_status->setObjectName(u"kioskStatus"_s);
    m_progress = new QProgressBar(bar);
    m_progress->setObjectName(u"kioskProgress"_s);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel my picture"), bar);
    m_cancel->setObjectName(u"kioskCancel"_s);
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &KioskController::cancelWaiting);
    layout->addWidget(label);
    layout->addWidget(m_workflowCombo);
    layout->addSpacing(12);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addStretch(1);
    layout->addWidget(admin);
    if (auto *central = m_window->findChild<QVBoxLayout *>(u"centralLayout"_s))
        central->insertWidget(0, bar);
}

void KioskController::show()
{
    m_guard->retake();
}

void KioskController::selectWorkflow(int index)
{
    if (index < 0 || index >= m_workflows.size())
        return;
    m_current = index;
    if (m_workflowCombo)
        m_workflowCombo->setCurrentIndex(index);
    m_window->editor()->openFile(m_workflows.at(index), WorkflowEditor::OpenMode::Discard);
}

void KioskController::ensureApproved()
{
    // Whatever replaced the document (a forwarded file, a restored autosave), only an
    // approved workflow may stay open.
    WorkflowEditor *editor = m_window->editor();
    if (!editor->hasDocument() || m_policy.isApproved(editor->filePath()))
        return;
    emit escapeBlocked(u"document"_s);
    QTimer::singleShot(0, this, [this] {
        if (m_workflows.isEmpty())
            m_window->editor()->closeDocument();
        else
            selectWorkflow(m_current);
    });
}

int KioskController::applySettings(const QByteArray &apiPromptJson, int *refused)
{
    // The same plan and the same checked edit as everywhere else (SettingsTransfer,
    // WorkflowModel::setValues): the kiosk's rules are the model's, so nothing is re-checked here.
    int applied = 0;
    QStringList refusals;
    WorkflowEditor *editor = m_window->editor();
    const SettingsTransfer plan = editor->hasDocument() ? SettingsTransfer::plan(editor->document(), apiPromptJson)
                                                        : SettingsTransfer();
    if (!editor->hasDocument() || !plan.sameGraph()) {
        qInfo().noquote() << "kiosk: settings of another workflow:" << plan.error << plan.differences.join(u"; "_s);
        setVisitorStatus(tr("These settings belong to another workflow. Pick that workflow first."));
        if (refused)
            *refused = 0;
        return 0;
    }
    applied = editor->model()->setValues(plan.changes, tr("Use these settings"), &refusals);
    if (!refusals.isEmpty())
        qInfo().noquote() << "kiosk: settings not used:" << refusals.join(u"; "_s);
    if (refused)
        *refused = int(refusals.size());
    setVisitorStatus(tr("%n setting(s) used", nullptr, applied)
                     + (refusals.isEmpty() ? QString()
                                           : tr("; %n kept as the administrator set them", nullptr,
                                                int(refusals.size()))));
    return applied;
}

bool KioskController::generate()
{
    restartIdleTimer();
    WorkflowEditor *editor = m_window->editor();
    if (!editor->hasDocument())
        return false;
    switch (m_fairShare.check(unfinishedJobs())) {
    case KioskFairShare::Verdict::TooMany:
    case KioskFairShare::Verdict::TooSoon:
        // Held down or pressed again: nothing more is queued, and nothing alarming shown.
        setVisitorStatus(tr("Your picture is on its way."));
        return false;
    case KioskFairShare::Verdict::Go:
        break;
    }
    // The last check before anything leaves: values the administrator's workflow holds
    // out of a rule are not sent.
    const QStringList problems = KioskEditRules::checkDocument(m_policy, editor->document());
    if (!problems.isEmpty()) {
        qWarning().noquote() << "kiosk: not queued, values outside the rules:" << problems.join(u"; "_s);
        setVisitorStatus(tr("Some values are outside what is allowed here; they are marked in the list."));
        return false;
    }
    const int before = m_window->jobQueue()->jobCount();
    if (auto *count = m_window->findChild<QSpinBox *>(u"countSpin"_s))
        count->setValue(1);
    m_window->queueWorkflow();
    if (m_window->jobQueue()->jobCount() == before)
        return false; // the workflow could not be converted (its problems are shown)
    m_fairShare.recordGenerate();
    setVisitorStatus(tr("Your picture is on its way."));
    updateCancel();
    return true;
}

int KioskController::unfinishedJobs() const
{
    int count = 0;
    JobQueue *queue = m_window->jobQueue();
    for (int row = 0; row < queue->rowCount(); ++row) {
        const QueuedJob *job = queue->job(queue->index(row, 0).data(JobQueue::JobIdRole).toString());
        if (job && job->state != QueuedJob::State::Foreign && !job->isFinished())
            ++count;
    }
    return count;
}

bool KioskController::cancelWaiting()
{
    restartIdleTimer();
    JobQueue *queue = m_window->jobQueue();
    // The newest of the visitor's jobs that is not running yet.
    for (int row = queue->rowCount() - 1; row >= 0; --row) {
        const QString jobId = queue->index(row, 0).data(JobQueue::JobIdRole).toString();
        const QueuedJob *job = queue->job(jobId);
        if (job && (job->state == QueuedJob::State::Waiting || job->state == QueuedJob::State::Submitted)) {
            const bool cancelled = queue->cancel(jobId);
            if (cancelled)
                setVisitorStatus(tr("Cancelled."));
            updateCancel();
            return cancelled;
        }
    }
    return false;
}

void KioskController::updateCancel()
{
    bool waiting = false;
    JobQueue *queue = m_window->jobQueue();
    for (int row = 0; row < queue->rowCount() && !waiting; ++row) {
        const QueuedJob *job = queue->job(queue->index(row, 0).data(JobQueue::JobIdRole).toString());
        waiting = job && (job->state == QueuedJob::State::Waiting || job->state == QueuedJob::State::Submitted);
    }
    m_cancel->setVisible(waiting);
}

void KioskController::onJobStateChanged(const QString &jobId, int state)
{
    Q_UNUSED(jobId)
    updateCancel();
    switch (QueuedJob::State(state)) {
    case QueuedJob::State::Done:
        setVisitorStatus(tr("Your picture is ready."));
        break;
    case QueuedJob::State::Failed:
    case QueuedJob::State::Interrupted:
        // The reason (the server's words, an address) is in the log only.
        setVisitorStatus(tr("This picture could not be made. Please try again."));
        break;
    default:
        break;
    }
}

QString KioskController::visitorStatus() const
{
    return m_status->text();
}

void KioskController::setVisitorStatus(const QString &text)
{
    m_status->setText(text);
}

void KioskController::showOutputMenu(const QPoint &position)
{
    auto *view = qobject_cast<QListView *>(sender());
    if (!view)
        return;
    const QModelIndex index = view->indexAt(position);
    if (!index.isValid())
        return;
    const QString jobId = m_window->jobQueue()->jobIdForPrompt(index.data(OutputListModel::PromptIdRole).toString());
    const QueuedJob *job = m_window->jobQueue()->job(jobId);
    const QueueBatch *batch = job ? m_window->jobQueue()->batch(job->batchId) : nullptr;
    if (!batch)
        return;
    // Only this: no "show in folder", copy path or open with.
    QMenu menu(view);
    const QByteArray prompt = batch->promptJson;
    menu.addAction(tr("Use these settings"), this, [this, prompt] { applySettings(prompt); });
    menu.exec(view->viewport()->mapToGlobal(position));
}

void KioskController::resetToCleanState()
{
    // Dialogs first (a half-typed PIN, a message), then the session itself.
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<QDialog *>(top); dialog && dialog->isVisible())
            dialog->reject();
    }
    // The previous visitor's jobs are cancelled at once, a running one too: the next
    // visitor starts with the whole fair share. Pictures already saved stay in the folders.
    JobQueue *queue = m_window->jobQueue();
    QStringList unfinished;
    for (int row = 0; row < queue->rowCount(); ++row) {
        const QString jobId = queue->index(row, 0).data(JobQueue::JobIdRole).toString();
        if (const QueuedJob *job = queue->job(jobId);
            job && job->state != QueuedJob::State::Foreign && !job->isFinished())
            unfinished.append(jobId);
    }
    for (const QString &jobId : std::as_const(unfinished))
        queue->cancel(jobId);
    m_fairShare.reset();
    if (m_outputs)
        m_outputs->clear();
    if (auto *preview = m_window->findChild<PreviewPane *>())
        preview->clear();
    m_window->statusBar()->clearMessage();
    if (auto *line = m_window->findChild<QLabel *>(u"progressLabel"_s))
        line->clear();
    setVisitorStatus({});
    m_progress->hide();
    selectWorkflow(0);
    if (auto *editorStatus = m_window->editor()->findChild<QLabel *>(u"statusLabel"_s)) {
        editorStatus->clear();
        editorStatus->hide();
    }
    updateCancel();
    m_guard->retake();
    restartIdleTimer();
    emit resetDone();
}

void KioskController::showUnlockDialog()
{
    KioskUnlockDialog dialog(m_policy.pinHash(), &m_throttle, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_unlocked = true;
    m_filter->setUnlocked(true);
    m_guard->setEnabled(false);
    // The administrator leaves: no "save changes?" question, then the window may close.
    m_window->editor()->closeDocument();
    m_window->close();
    emit adminQuitRequested();
}

void KioskController::refuseUrl(const QUrl &url)
{
    ++m_refusedUrls;
    emit urlRefused(url);
}

void KioskController::restartIdleTimer()
{
    if (m_policy.idleTimeoutSeconds() > 0)
        m_idleTimer->start();
}

void KioskController::onOutputSaved(const QString &path)
{
    const QString share = m_policy.shareFolder();
    if (share.isEmpty())
        return;
    // A copy for the print or share folder, off the GUI thread; an existing name is kept.
    const QString target = QDir(share).filePath(QFileInfo(path).fileName());
    (void)QtConcurrent::run([path, share, target] {
        QDir().mkpath(share);
        if (!QFileInfo::exists(target))
            QFile::copy(path, target);
    });
}

} // namespace Easel
