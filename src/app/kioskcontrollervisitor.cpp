// KioskController's visitor flow: the kiosk bar, Generate under the fair share and the
// rules, Cancel, the calm status text, "Use these settings" on a result and the copy of
// each saved picture for the share folder.

#include "kioskcontroller.h"

#include "bartextcontrast.h"
#include "jobqueue.h"
#include "kioskeditrules.h"
#include "mainwindow.h"
#include "outputlistmodel.h"
#include "workfloweditor.h"

#include <QComboBox>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Easel {

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
    BarTextContrast::apply(m_progress);
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
