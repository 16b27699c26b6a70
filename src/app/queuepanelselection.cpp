// What the panel does with the selected jobs: its context menu, moving them, the buttons
// and actions that apply to them, cancel, interrupt and retry.
#include "queuepanel.h"

#include "jobqueue.h"
#include "queueview.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QPushButton>
#include <QSet>

namespace Easel {

QStringList QueuePanel::selectedJobIds() const
{
    QStringList ids;
    if (!m_view->selectionModel())
        return ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (!index.data(JobQueue::IsForeignRole).toBool())
            ids.append(index.data(JobQueue::JobIdRole).toString());
    }
    return ids;
}

QString QueuePanel::currentJobId() const
{
    const QStringList ids = selectedJobIds();
    if (!ids.isEmpty())
        return ids.constFirst();
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && !current.data(JobQueue::IsForeignRole).toBool()
               ? current.data(JobQueue::JobIdRole).toString()
               : QString();
}

QMenu *QueuePanel::createContextMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("queueContextMenu"));
    menu->addAction(m_showOutput);
    menu->addAction(m_openSettings);
    menu->addSeparator();
    menu->addAction(m_moveTop);
    menu->addAction(m_moveUp);
    menu->addAction(m_moveDown);
    menu->addAction(m_moveBottom);
    menu->addSeparator();
    menu->addAction(m_cancelAction);
    menu->addAction(m_retryAction);
    return menu;
}

void QueuePanel::moveSelected(Move move)
{
    if (!m_queue)
        return;
    // The queue's order of the waiting jobs that may move; the selected ones among them.
    const auto movable = [this](const QString &id) {
        const QueuedJob *job = m_queue->job(id);
        return job && job->state == QueuedJob::State::Waiting && !job->isHeld();
    };
    const QStringList order = m_queue->jobIds();
    const QStringList picked = selectedJobIds();
    const QSet<QString> pickedSet(picked.begin(), picked.end());
    QStringList selected;
    for (const QString &id : order) {
        if (pickedSet.contains(id) && movable(id))
            selected.append(id);
    }
    if (selected.isEmpty())
        return;
    const auto neighbour = [&](const QString &id, int direction) {
        const QStringList ids = m_queue->jobIds();
        for (int i = int(ids.indexOf(id)) + direction; i >= 0 && i < ids.size(); i += direction) {
            if (movable(ids.at(i)))
                return i;
        }
        return -1;
    };
    switch (move) {
    case Move::Top: {
        int first = 0;
        while (first < order.size() && !movable(order.at(first)))
            ++first;
        for (qsizetype i = selected.size() - 1; i >= 0; --i)
            m_queue->moveJob(selected.at(i), first);
        break;
    }
    case Move::Bottom:
        for (const QString &id : std::as_const(selected))
            m_queue->moveJob(id, int(m_queue->jobIds().size()) - 1);
        break;
    case Move::Up:
        for (const QString &id : std::as_const(selected)) {
            const int target = neighbour(id, -1);
            if (target >= 0 && !selected.contains(m_queue->jobIds().at(target)))
                m_queue->moveJob(id, target);
        }
        break;
    case Move::Down:
        for (qsizetype i = selected.size() - 1; i >= 0; --i) {
            const int target = neighbour(selected.at(i), 1);
            if (target >= 0 && !selected.contains(m_queue->jobIds().at(target)))
                m_queue->moveJob(selected.at(i), target);
        }
        break;
    }
    if (const QModelIndex current = m_queue->indexOf(selected.constFirst()); current.isValid())
        m_view->scrollTo(current);
}

void QueuePanel::updateButtons()
{
    ++m_buttonUpdates;
    bool cancellable = false;
    bool running = false;
    bool retryable = false;
    if (m_queue) {
        for (const QString &id : selectedJobIds()) {
            const QueuedJob *job = m_queue->job(id);
            if (!job)
                continue;
            cancellable |= !job->isFinished();
            running |= job->state == QueuedJob::State::Running;
            retryable |= job->isFinished() && job->state != QueuedJob::State::Done;
        }
    }
    bool waiting = false;
    bool hasOutput = false;
    if (m_queue) {
        for (const QString &id : selectedJobIds()) {
            if (const QueuedJob *job = m_queue->job(id)) {
                waiting |= job->state == QueuedJob::State::Waiting && !job->isHeld();
                hasOutput |= !job->outputs.isEmpty();
            }
        }
    }
    m_cancelButton->setEnabled(cancellable);
    m_interruptButton->setEnabled(running);
    m_retryButton->setEnabled(retryable);
    m_cancelAction->setEnabled(cancellable);
    m_retryAction->setEnabled(retryable);
    for (QAction *action : {m_moveTop, m_moveUp, m_moveDown, m_moveBottom})
        action->setEnabled(waiting);
    m_showOutput->setEnabled(hasOutput);
    m_openSettings->setEnabled(!selectedJobIds().isEmpty());
    m_pauseButton->setEnabled(m_queue != nullptr);
    m_clearButton->setEnabled(m_queue != nullptr);
}

void QueuePanel::cancelSelected()
{
    for (const QString &id : selectedJobIds())
        m_queue->cancel(id);
}

void QueuePanel::interruptSelected()
{
    for (const QString &id : selectedJobIds())
        m_queue->interrupt(id);
}

void QueuePanel::retrySelected()
{
    for (const QString &id : selectedJobIds())
        m_queue->retry(id);
}

} // namespace Easel
