// The panel's step line (the running job's node and step, or why nothing runs) and its
// following of the running job in the list.
#include "queuepanel.h"

#include "jobqueue.h"
#include "queueview.h"

#include <QLabel>
#include <QProgressBar>
#include <QScrollBar>

namespace Easel {

QString QueuePanel::nodeLabel(const QString &jobId, const QString &nodeId)
{
    // Read once per job from the prompt it runs: the same words as the editor ("KSampler",
    // "Positive prompt"), and the id only for a node the prompt does not name.
    if (jobId != m_labelsJobId) {
        m_labelsJobId = jobId;
        const QueuedJob *job = m_queue ? m_queue->job(jobId) : nullptr;
        const QueueBatch *batch = job ? m_queue->batch(job->batchId) : nullptr;
        m_labels = batch ? ParameterLabels::fromApiPrompt(batch->promptJson) : ParameterLabels();
    }
    const QString label = m_labels.nodeLabel(nodeId);
    return label.isEmpty() || label == nodeId ? tr("node %1").arg(nodeId) : label;
}

void QueuePanel::showStep()
{
    if (!m_queue)
        return;
    // The node and step of a job that is still going (on a farm, the one that spoke last).
    const QueuedJob *stepJob = m_step.jobId.isEmpty() ? nullptr : m_queue->job(m_step.jobId);
    if (!stepJob || stepJob->isFinished())
        m_step = {};
    const QString running = m_step.jobId.isEmpty() ? m_queue->runningJobId() : m_step.jobId;
    if (!running.isEmpty()) {
        if (m_step.max > 0) {
            m_barShown = true;
            m_stepBar->setRange(0, int(m_step.max));
            m_stepBar->setValue(int(m_step.value));
            m_stepBar->setTextVisible(true);
            m_stepLabel->setText(tr("%1: step %2 of %3", "node label, step, steps")
                                     .arg(nodeLabel(m_step.jobId, m_step.nodeId))
                                     .arg(m_step.value)
                                     .arg(m_step.max));
        } else {
            // A node without steps, or the job has not named one yet. The bar of the run's
            // earlier steps stays, empty and without a count, rather than blinking between jobs.
            m_stepBar->setValue(0);
            m_stepBar->setTextVisible(false);
            m_stepLabel->setText(m_step.nodeId.isEmpty()
                                     ? tr("Running %1").arg(m_queue->jobName(running))
                                     : tr("Running %1", "node label").arg(nodeLabel(m_step.jobId, m_step.nodeId)));
        }
        m_stepBar->setVisible(m_barShown);
        followRunningJob();
        return;
    }
    m_step = {};
    m_barShown = false;
    m_stepBar->setVisible(false);
    const int waiting = m_queue->waitingCount();
    if (m_queue->isPaused() && waiting > 0)
        m_stepLabel->setText(tr("Paused: %n job(s) waiting. Resume to go on.", nullptr, waiting));
    else if (m_queue->isPaused())
        m_stepLabel->setText(tr("Paused"));
    else
        m_stepLabel->clear();
}

void QueuePanel::followRunningJob()
{
    // Not while the pointer is over the list: the row the artist aims at stays put.
    if (!m_followRunning || !m_queue || !m_view->isVisible() || m_view->viewport()->underMouse())
        return;
    const QString running = m_queue->runningJobId();
    if (running.isEmpty())
        return;
    const QModelIndex index = m_queue->indexOf(running);
    if (!index.isValid())
        return;
    // Two finished rows above it (what just came out), the waiting ones below. Nothing
    // moves while the view already shows it so: no scroll, no repaint of the list.
    const QModelIndex top = m_queue->index(std::max(0, index.row() - 2), 0);
    if (m_view->indexAt(QPoint(1, 1)) == top)
        return;
    m_view->scrollTo(top, QAbstractItemView::PositionAtTop);
}

void QueuePanel::updateFollowing()
{
    if (!m_queue)
        return;
    const QModelIndex index = m_queue->indexOf(m_queue->runningJobId());
    if (!index.isValid()) {
        // Between jobs: at the end of the list, where the next one will run, is following.
        const QScrollBar *bar = m_view->verticalScrollBar();
        m_followRunning = bar->value() == bar->maximum();
        return;
    }
    m_followRunning = m_view->viewport()->rect().intersects(m_view->visualRect(index));
}

} // namespace Easel
