#include "queuepanel.h"

#include "bartextcontrast.h"
#include "displaythrottle.h"
#include "jobqueue.h"
#include "labelhost.h"
#include "parameterlabels.h"
#include "queuetextdelegate.h"
#include "queueview.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Easel {

namespace {

// The State column of a running job is a progress bar. Its text is cut at the end when the
// column is narrower than the state ("On the s…"): a state reads from its start, unlike a
// job's name, whose end says which job of a batch it is.
class StateDelegate : public QueueTextDelegate
{
public:
    using QueueTextDelegate::QueueTextDelegate;

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QueueTextDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideRight;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const auto state = QueuedJob::State(index.data(JobQueue::StateRole).toInt());
        if (state != QueuedJob::State::Running || index.data(JobQueue::IsForeignRole).toBool()) {
            QueueTextDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.palette = barPalette(option.palette);
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

private:
    // The style writes the state over the bar's fill (the palette's Highlight) in
    // HighlightedText: white on the themes' mid blues is about 3.5:1, under WCAG's 4.5:1.
    // Over the bar the text is black or white, whichever contrasts more with Highlight.
    // Worked out once per palette, not per frame.
    QPalette barPalette(const QPalette &palette) const
    {
        if (palette.cacheKey() != m_barPaletteKey) {
            m_barPaletteKey = palette.cacheKey();
            m_barPalette = palette;
            const QColor fill = palette.color(QPalette::Active, QPalette::Highlight);
            const QColor text = BarTextContrast::textOver(fill);
            for (const auto group : {QPalette::Active, QPalette::Inactive})
                m_barPalette.setColor(group, QPalette::HighlightedText, text);
        }
        return m_barPalette;
    }

    mutable QPalette m_barPalette;
    mutable qint64 m_barPaletteKey = -1;
};

} // namespace

QueuePanel::QueuePanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new QueueView(this))
    , m_pauseButton(new QPushButton(tr("&Pause"), this))
    , m_cancelButton(new QPushButton(tr("&Cancel"), this))
    , m_interruptButton(new QPushButton(tr("&Interrupt"), this))
    , m_retryButton(new QPushButton(tr("&Retry"), this))
    , m_clearButton(new QPushButton(tr("C&lear Finished"), this))
    , m_moveTop(new QAction(tr("Move to &Top"), this))
    , m_moveUp(new QAction(tr("Move &Up"), this))
    , m_moveDown(new QAction(tr("Move &Down"), this))
    , m_moveBottom(new QAction(tr("Move to &Bottom"), this))
    , m_cancelAction(new QAction(tr("&Cancel"), this))
    , m_retryAction(new QAction(tr("&Retry"), this))
    , m_showOutput(new QAction(tr("Show &Output"), this))
    , m_openSettings(new QAction(tr("Open This Job's &Settings"), this))
    , m_emptyLabel(nullptr)
    , m_stepLabel(new QLabel(this))
    , m_stepBar(new QProgressBar(this))
    , m_stepShown(new DisplayThrottle(DisplayThrottle::frameMs, [this] { showStep(); }, this))
{
    setObjectName(QStringLiteral("queuePanel"));
    m_view->setObjectName(QStringLiteral("queueView"));
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_interruptButton->setObjectName(QStringLiteral("interruptButton"));
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_clearButton->setObjectName(QStringLiteral("clearButton"));
    m_stepBar->setObjectName(QStringLiteral("stepProgress"));
    m_stepLabel->setObjectName(QStringLiteral("stepLabel"));
    m_pauseButton->setCheckable(true);
    m_cancelButton->setToolTip(tr("Cancel the selected jobs (they are taken off the server's queue) — Delete"));
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
    m_view->setItemDelegate(new QueueTextDelegate(m_view));
    m_view->setItemDelegateForColumn(JobQueue::StateColumn, new StateDelegate(m_view));
    // Cells too narrow are cut in the middle; a job's name is cut in its label instead
    // ("Portrait sw… 3/16 · CFG 6, Seed 1840", QueueTextDelegate::elidedName).
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Queue"));
    m_view->setToolTip(tr("Drag waiting jobs, or use Ctrl+Up/Down, to change the order; right-click for more"));

    // Keys while the list has the focus; the same actions fill its context menu.
    m_moveTop->setObjectName(QStringLiteral("actionMoveTop"));
    m_moveUp->setObjectName(QStringLiteral("actionMoveUp"));
    m_moveDown->setObjectName(QStringLiteral("actionMoveDown"));
    m_moveBottom->setObjectName(QStringLiteral("actionMoveBottom"));
    m_cancelAction->setObjectName(QStringLiteral("actionCancelJob"));
    m_retryAction->setObjectName(QStringLiteral("actionRetryJob"));
    m_showOutput->setObjectName(QStringLiteral("actionShowOutput"));
    m_openSettings->setObjectName(QStringLiteral("actionOpenJobSettings"));
    m_moveTop->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Home));
    m_moveUp->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_moveDown->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_moveBottom->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_End));
    m_cancelAction->setShortcut(QKeySequence::Delete);
    m_retryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    for (QAction *action : {m_moveTop, m_moveUp, m_moveDown, m_moveBottom, m_cancelAction, m_retryAction,
                            m_showOutput, m_openSettings}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        action->setShortcutVisibleInContextMenu(true);
        m_view->addAction(action);
    }
    connect(m_moveTop, &QAction::triggered, this, [this] { moveSelected(Move::Top); });
    connect(m_moveUp, &QAction::triggered, this, [this] { moveSelected(Move::Up); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveSelected(Move::Down); });
    connect(m_moveBottom, &QAction::triggered, this, [this] { moveSelected(Move::Bottom); });
    connect(m_cancelAction, &QAction::triggered, this, &QueuePanel::cancelSelected);
    connect(m_retryAction, &QAction::triggered, this, &QueuePanel::retrySelected);
    connect(m_showOutput, &QAction::triggered, this, [this] {
        if (const QString id = currentJobId(); !id.isEmpty())
            emit showOutputRequested(id);
    });
    connect(m_openSettings, &QAction::triggered, this, [this] {
        if (const QString id = currentJobId(); !id.isEmpty())
            emit openSettingsRequested(id);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = createContextMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });

    // An empty queue says what will appear in it and how to get there.
    m_emptyLabel = new QLabel(tr("Jobs you queue appear here. Ctrl+Enter queues the open workflow; "
                                 "Variations… queues a sweep."),
                              m_view->viewport());
    m_emptyLabel->setObjectName(QStringLiteral("queueEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText); // readable, not greyed out as disabled
    auto *emptyLayout = new QVBoxLayout(m_view->viewport());
    emptyLayout->addWidget(m_emptyLabel);

    // Two rows of buttons: the queue is a dock beside the viewer, and one row of five
    // would make it as wide as the picture at 1366 px.
    auto *buttons = new QGridLayout;
    int place = 0;
    for (QPushButton *button : {m_pauseButton, m_cancelButton, m_interruptButton, m_retryButton, m_clearButton}) {
        buttons->addWidget(button, place / 3, place % 3);
        ++place;
    }
    buttons->setColumnStretch(3, 1);
    auto *step = new QHBoxLayout;
    // The words first ("KSampler: step 13 of 20"): the bar stays up between the jobs of a
    // run, so the line must read whole beside it in a narrow dock.
    step->addWidget(m_stepLabel, 2);
    step->addWidget(m_stepBar, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addLayout(step);
    LabelHost::wrap(m_stepLabel); // its new texts lay out nothing above it
    m_stepBar->setVisible(false);
    // Steps, not a percentage: the running row says how far the whole job is ("Running
    // 59 %"), and a second percentage beside it, of the node alone ("10 %" at step 2 of
    // 20), read as a contradiction. A percentage in the queue is always the job's.
    BarTextContrast::apply(m_stepBar);
    m_stepBar->setFormat(tr("%v/%m", "steps done/steps of the running node"));
    m_stepBar->setAccessibleName(tr("Steps of the running node"));

    connect(m_cancelButton, &QPushButton::clicked, this, &QueuePanel::cancelSelected);
    connect(m_interruptButton, &QPushButton::clicked, this, &QueuePanel::interruptSelected);
    connect(m_retryButton, &QPushButton::clicked, this, &QueuePanel::retrySelected);
    // The artist's own scrolling (wheel, bar, keys on the bar) decides whether the list
    // goes on following the running job; the list's own scrollTo() triggers no action.
    connect(m_view->verticalScrollBar(), &QAbstractSlider::actionTriggered, this, [this] {
        QTimer::singleShot(0, this, &QueuePanel::updateFollowing); // the action's value is set after the signal
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit jobActivated(index.data(JobQueue::JobIdRole).toString());
    });
    updateButtons();
}

QueuePanel::~QueuePanel() = default;

QTreeView *QueuePanel::view() const
{
    return m_view;
}

void QueuePanel::setQueue(JobQueue *queue)
{
    m_queue = queue;
    m_view->setModel(queue);
    // The job's name is what a person reads first: it takes the spare width, and the
    // changes (also in its name and tooltip) get a column of their own beside it.
    // (QueueView's fill column: QHeaderView::Stretch resized every section on each layout.)
    m_view->header()->setSectionResizeMode(JobQueue::JobColumn, QHeaderView::Fixed);
    m_view->setFillColumn(JobQueue::JobColumn);
    m_view->header()->setSectionResizeMode(JobQueue::ChangesColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(JobQueue::ChangesColumn, 140);
    for (const int column : {int(JobQueue::StateColumn), int(JobQueue::PositionColumn), int(JobQueue::ElapsedColumn),
                             int(JobQueue::EstimateColumn)})
        m_view->header()->resizeSection(column, 80);
    m_view->header()->setStretchLastSection(false);
    setShowServers(m_showServers);
    fitColumns();
    m_pauseButton->setChecked(queue->isPaused());
    m_pauseButton->setText(queue->isPaused() ? tr("&Resume") : tr("&Pause"));
    connect(m_pauseButton, &QPushButton::toggled, queue, &JobQueue::setPaused);
    connect(queue, &JobQueue::pausedChanged, this, [this](bool paused) {
        m_pauseButton->setChecked(paused);
        m_pauseButton->setText(paused ? tr("&Resume") : tr("&Pause"));
    });
    connect(m_clearButton, &QPushButton::clicked, queue, &JobQueue::removeFinished);
    // (Enabling a button that is already enabled costs nothing: no throttle needed.)
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QueuePanel::updateButtons);
    // The buttons say what the selected jobs allow: another job's new state changes none
    // of them (several state changes a job went by on a fast server, each asking every
    // selected row again).
    connect(queue, &JobQueue::jobStateChanged, this, [this](const QString &jobId) {
        const QItemSelectionModel *selection = m_view->selectionModel();
        const int row = m_queue->rowOf(jobId);
        if (selection && row >= 0 && selection->isRowSelected(row, {}))
            updateButtons();
    });
    connect(queue, &JobQueue::stepProgressChanged, this,
            [this](const QString &jobId, const QString &nodeId, double value, double max) {
                m_step = {jobId, nodeId, value, max};
                m_stepShown->request();
            });
    connect(queue, &JobQueue::runningNodeChanged, this, [this](const QString &jobId, const QString &nodeId) {
        if (nodeId.isEmpty())
            m_step = {};
        else if (nodeId != m_step.nodeId || jobId != m_step.jobId)
            m_step = {jobId, nodeId};
        m_stepShown->request();
    });
    // The line under the list says what is true now: nothing running after a pause took
    // the waiting jobs back, or a job ended without a last node message; "Paused: 4 jobs
    // waiting" counts the jobs just added too.
    const auto rowsChanged = [this] {
        m_emptyLabel->setVisible(m_queue->rowCount() == 0);
        m_stepShown->request();
    };
    connect(queue, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(queue, &QAbstractItemModel::rowsRemoved, this, rowsChanged);
    connect(queue, &QAbstractItemModel::modelReset, this, rowsChanged);
    connect(queue, &JobQueue::jobStateChanged, m_stepShown, &DisplayThrottle::request);
    connect(queue, &JobQueue::pausedChanged, m_stepShown, &DisplayThrottle::request);
    updateButtons();
    rowsChanged();
    m_stepShown->flush();
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
    m_view->fitFillColumn();
}

void QueuePanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

void QueuePanel::fitColumns()
{
    if (!m_queue)
        return;
    const bool narrow = width() < 560;
    for (const int column : {int(JobQueue::ChangesColumn), int(JobQueue::PositionColumn), int(JobQueue::ElapsedColumn)})
        m_view->setColumnHidden(column, narrow);
    // The State column holds the longest usual state whole ("On the server", "Running
    // 100%", in the running language), so a narrow dock cuts the job's name, which has a
    // tooltip, rather than the state; a rarer long one ("Waiting for a server: …") is
    // cut at its end and is whole in the tooltip.
    const QFontMetrics metrics(m_view->font());
    int widest = metrics.horizontalAdvance(m_view->model()->headerData(JobQueue::StateColumn, Qt::Horizontal).toString());
    for (const QueuedJob::State state :
         {QueuedJob::State::Waiting, QueuedJob::State::Submitted, QueuedJob::State::Done, QueuedJob::State::Failed,
          QueuedJob::State::Cancelled, QueuedJob::State::Interrupted})
        widest = std::max(widest, metrics.horizontalAdvance(JobQueue::stateName(state)));
    widest = std::max(widest, metrics.horizontalAdvance(tr("Paused")));
    widest = std::max(widest, metrics.horizontalAdvance(QueueModel::tr("Running %1%").arg(100)));
    const int margin = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1) + 8;
    m_view->header()->resizeSection(JobQueue::StateColumn, widest + margin);
    // The times as wide as their header or "59:59", whichever is wider: the rest is the name's.
    for (const int column : {int(JobQueue::ElapsedColumn), int(JobQueue::EstimateColumn)}) {
        const int header = metrics.horizontalAdvance(m_view->model()->headerData(column, Qt::Horizontal).toString());
        m_view->header()->resizeSection(column, std::max(header, metrics.horizontalAdvance(QStringLiteral("59:59"))) + margin);
    }
    m_view->fitFillColumn();
}

int QueuePanel::keepFinishedSlack(int keep)
{
    // A tenth: 500 kept rows become at most 550, and the 50 oldest go in one removal,
    // which Qt's tree view lays out and repaints once instead of once per finished job.
    return keep / 10;
}

} // namespace Easel
