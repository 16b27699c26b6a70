#include "kioskcontroller.h"

#include "jobqueue.h"
#include "kioskeditrules.h"
#include "kioskescapefilter.h"
#include "kioskunlockdialog.h"
#include "kioskwindowguard.h"
#include "mainwindow.h"
#include "outputlistmodel.h"
#include "previewpane.h"
#include "workfloweditor.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>

// KioskController's session: lock-down at construction, the idle reset to a clean state,
// the refused URLs and the administrator's way out. The rest by concern:
// kioskcontrollerlockdown.cpp, kioskcontrollerworkflows.cpp, kioskcontrollervisitor.cpp.

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

void KioskController::show()
{
    m_guard->retake();
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

} // namespace Easel
