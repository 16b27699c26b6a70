#include "queuepanel.h"

#include "jobqueue.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace Easel {

namespace {

// The State column of a running job is a progress bar.
class StateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const auto state = QueuedJob::State(index.data(JobQueue::StateRole).toInt());
        if (state != QueuedJob::State::Running || index.data(JobQueue::IsForeignRole).toBool()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(1, 2, -1, -2);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = int(index.data(JobQueue::ProgressRole).toDouble() * 1000.0);
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

} // namespace

QueuePanel::QueuePanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTreeView(this))
    , m_pauseButton(new QPushButton(tr("&Pause"), this))
    , m_cancelButton(new QPushButton(tr("&Cancel"), this))
    , m_interruptButton(new QPushButton(tr("&Interrupt"), this))
    , m_retryButton(new QPushButton(tr("&Retry"), this))
    , m_clearButton(new QPushButton(tr("C&lear Finished"), this))
    , m_stepLabel(new QLabel(this))
    , m_stepBar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("queuePanel"));
    m_view->setObjectName(QStringLiteral("queueView"));
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_interruptButton->setObjectName(QStringLiteral("interruptButton"));
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_clearButton->setObjectName(QStringLiteral("clearButton"));
    m_stepBar->setObjectName(QStringLiteral("stepProgress"));
    m_pauseButton->setCheckable(true);
    m_cancelButton->setToolTip(tr("Cancel the selected jobs (they are taken off the server's queue)"));
    m_interruptButton->setToolTip(tr("Stop the selected running job (only that job)"));

    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setItemDelegateForColumn(JobQueue::StateColumn, new StateDelegate(m_view));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_pauseButton, m_cancelButton, m_interruptButton, m_retryButton, m_clearButton})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *step = new QHBoxLayout;
    step->addWidget(m_stepLabel, 1);
    step->addWidget(m_stepBar, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addLayout(step);
    m_stepBar->setVisible(false);

    connect(m_cancelButton, &QPushButton::clicked, this, &QueuePanel::cancelSelected);
    connect(m_interruptButton, &QPushButton::clicked, this, &QueuePanel::interruptSelected);
    connect(m_retryButton, &QPushButton::clicked, this, &QueuePanel::retrySelected);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit jobActivated(index.data(JobQueue::JobIdRole).toString());
    });
    updateButtons();
}

QueuePanel::~QueuePanel() = default;

void QueuePanel::setQueue(JobQueue *queue)
{
    m_queue = queue;
    m_view->setModel(queue);
    m_view->header()->setSectionResizeMode(JobQueue::ChangesColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    setShowServers(m_showServers);
    m_pauseButton->setChecked(queue->isPaused());
    m_pauseButton->setText(queue->isPaused() ? tr("&Resume") : tr("&Pause"));
    connect(m_pauseButton, &QPushButton::toggled, queue, &JobQueue::setPaused);
    connect(queue, &JobQueue::pausedChanged, this, [this](bool paused) {
        m_pauseButton->setChecked(paused);
        m_pauseButton->setText(paused ? tr("&Resume") : tr("&Pause"));
    });
    connect(m_clearButton, &QPushButton::clicked, queue, &JobQueue::removeFinished);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QueuePanel::updateButtons);
    connect(queue, &JobQueue::jobStateChanged, this, &QueuePanel::updateButtons);
    connect(queue, &JobQueue::stepProgressChanged, this,
            [this](const QString &, const QString &nodeId, double value, double max) {
                m_stepBar->setVisible(max > 0);
                m_stepBar->setRange(0, int(max));
                m_stepBar->setValue(int(value));
                m_stepLabel->setText(tr("Node %1: step %2 of %3").arg(nodeId).arg(value).arg(max));
            });
    connect(queue, &JobQueue::runningNodeChanged, this, [this](const QString &, const QString &nodeId) {
        if (nodeId.isEmpty()) {
            m_stepBar->setVisible(false);
            m_stepLabel->clear();
        } else {
            m_stepLabel->setText(tr("Running node %1").arg(nodeId));
        }
    });
    updateButtons();
}

void QueuePanel::setShowServers(bool show)
{
    m_showServers = show;
    if (!m_queue)
        return;
    m_view->setColumnHidden(JobQueue::ServerColumn, !show);
    // Beside the state, where the eye is, rather than past the estimate at the far right.
    QHeaderView *header = m_view->header();
    header->moveSection(header->visualIndex(JobQueue::ServerColumn),
                        header->visualIndex(JobQueue::StateColumn) + 1);
}

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

void QueuePanel::updateButtons()
{
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
    m_cancelButton->setEnabled(cancellable);
    m_interruptButton->setEnabled(running);
    m_retryButton->setEnabled(retryable);
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
