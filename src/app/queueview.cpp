#include "queueview.h"

#include "displaythrottle.h"
#include "scrollbargroove.h"

#include <QEvent>
#include <QHeaderView>
#include <QPaintEvent>
#include <QScrollBar>
#include <QTimerEvent>

#include <algorithm>
#include <climits>
#include <utility>

namespace Easel {

QueueView::QueueView(QWidget *parent)
    : QTreeView(parent)
{
    m_layoutTimer.setSingleShot(true);
    m_layoutTimer.setInterval(DisplayThrottle::frameMs);
    connect(&m_layoutTimer, &QTimer::timeout, this, &QueueView::layOutDeferred);
    // The style fills a scroll bar's whole rect (groove, handle, arrows): nothing of the
    // widgets under it shows through, so they need not be painted first.
    // Rows queued and finished move the bars at display rate: each groove is drawn once.
    for (QScrollBar *bar : {verticalScrollBar(), horizontalScrollBar()}) {
        bar->setAttribute(Qt::WA_OpaquePaintEvent);
        ScrollBarGroove::install(bar);
    }
    connect(header(), &QHeaderView::sectionResized, this, [this](int logical) {
        if (logical != m_fillColumn)
            fitFillColumn();
    });
}

void QueueView::setModel(QAbstractItemModel *newModel)
{
    if (model())
        disconnect(model(), nullptr, this, nullptr);
    QTreeView::setModel(newModel);
    layoutChangesAll();
    if (!newModel)
        return;
    // Every change but rows added below the view moves or replaces rows on screen.
    const auto all = [this] { layoutChangesAll(); };
    connect(newModel, &QAbstractItemModel::rowsAboutToBeRemoved, this, all);
    connect(newModel, &QAbstractItemModel::rowsAboutToBeMoved, this, all);
    connect(newModel, &QAbstractItemModel::columnsAboutToBeInserted, this, all);
    connect(newModel, &QAbstractItemModel::columnsAboutToBeRemoved, this, all);
    connect(newModel, &QAbstractItemModel::columnsAboutToBeMoved, this, all);
    connect(newModel, &QAbstractItemModel::layoutAboutToBeChanged, this, all);
    connect(newModel, &QAbstractItemModel::modelAboutToBeReset, this, all);
    connect(newModel, &QAbstractItemModel::headerDataChanged, this, all);
}

void QueueView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    if (parent == rootIndex() && m_lastShownRow >= 0 && start > m_lastShownRow) {
        ++m_rowsAdded; // below the view: nothing on screen moves
    } else if (parent == rootIndex() && start >= m_laidOutRows) {
        ++m_rowsAdded; // after the last row: the rows on screen stay, the new ones may show
        m_firstAddedRow = std::min(m_firstAddedRow, start);
    } else {
        layoutChangesAll();
    }
    QTreeView::rowsInserted(parent, start, end);
}

void QueueView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    // While a layout is pending Qt repaints nothing for a change (the layout repaints all);
    // a quiet layout repaints these rows afterwards.
    if (topLeft.parent() == rootIndex()) {
        const Cells cells{topLeft.row(), bottomRight.row(), topLeft.column(), bottomRight.column()};
        if (m_changed.size() < maxChanged) {
            m_changed.append(cells);
        } else {
            Cells &all = m_changed.last();
            all = {std::min(all.firstRow, cells.firstRow), std::max(all.lastRow, cells.lastRow),
                   std::min(all.firstColumn, cells.firstColumn), std::max(all.lastColumn, cells.lastColumn)};
        }
    } else {
        layoutChangesAll();
    }
    // Rows the deferred layout has not placed yet (a job queued and changed in the same
    // frame) are painted when it places them; asking for their place now (Qt's repaint of
    // the changed rect does) would make that layout at once, for every such change.
    const bool pending = m_onlyBelow && m_rowsAdded > 0 && topLeft.parent() == rootIndex();
    QModelIndex last = bottomRight;
    if ((m_deferred || pending) && bottomRight.row() >= m_laidOutRows) {
        if (topLeft.row() >= m_laidOutRows)
            return;
        last = bottomRight.siblingAtRow(m_laidOutRows - 1);
    }
    // The rows laid out have not moved (only rows below them came): their place is known
    // without the layout, which waits for its frame. Laid out here, it ran once per model
    // update (60 a second) instead of once per frame.
    m_inDataChanged = pending || m_deferred;
    QTreeView::dataChanged(topLeft, last, roles);
    m_inDataChanged = false;
}

void QueueView::timerEvent(QTimerEvent *event)
{
    m_inTimerEvent = true;
    QTreeView::timerEvent(event);
    m_inTimerEvent = false;
}

void QueueView::doItemsLayout()
{
    // Qt's own delayed layout (a zero timer after each model change) of rows added below
    // the view or after the last row waits for the next frame: until then the view shows,
    // scrolls and hit-tests the rows it laid out, which have not moved. Any other change
    // is laid out now.
    if ((m_inTimerEvent || m_inDataChanged) && m_onlyBelow && m_rowsAdded > 0) {
        m_deferred = true;
        if (!m_layoutTimer.isActive())
            m_layoutTimer.start();
        return;
    }
    m_layoutTimer.stop();
    m_deferred = false;
    ++m_layouts;
    const bool quiet = m_onlyBelow && m_rowsAdded > 0 && viewport()->updatesEnabled()
                       && header()->viewport()->updatesEnabled();
    const QList<Cells> changed = std::exchange(m_changed, {});
    if (quiet) {
        // The tree view and its header repaint their whole viewports after a layout: the
        // attribute (not setUpdatesEnabled, which repaints on the way back) keeps those
        // two updates from being recorded. The scroll bar's new range still repaints it.
        ++m_quietLayouts;
        viewport()->setAttribute(Qt::WA_UpdatesDisabled, true);
        header()->viewport()->setAttribute(Qt::WA_UpdatesDisabled, true);
    }
    QTreeView::doItemsLayout();
    if (quiet) {
        viewport()->setAttribute(Qt::WA_UpdatesDisabled, false);
        header()->viewport()->setAttribute(Qt::WA_UpdatesDisabled, false);
    }
    m_onlyBelow = true;
    m_rowsAdded = 0;
    const int firstAdded = std::exchange(m_firstAddedRow, INT_MAX);
    m_laidOutRows = model() ? model()->rowCount(rootIndex()) : 0;
    noteLastShownRow();
    if (!quiet || !model())
        return;
    const int rows = m_laidOutRows;
    const int shownEnd = m_lastShownRow >= 0 ? m_lastShownRow : rows - 1;
    // Rows added after the last one: painted from the first of them down.
    if (firstAdded < rows) {
        const int top = visualRect(model()->index(firstAdded, 0, rootIndex())).top();
        if (top < viewport()->height())
            viewport()->update(QRect(0, std::max(0, top), viewport()->width(), viewport()->height() - std::max(0, top)));
    }
    for (const Cells &cells : changed) {
        const int last = std::min(cells.lastRow, shownEnd);
        if (cells.firstRow <= last)
            QTreeView::dataChanged(model()->index(cells.firstRow, cells.firstColumn, rootIndex()),
                                   model()->index(last, cells.lastColumn, rootIndex()), {});
    }
}

void QueueView::layOutDeferred()
{
    if (m_deferred)
        doItemsLayout();
}

QModelIndex QueueView::indexAt(const QPoint &point) const
{
    const_cast<QueueView *>(this)->layOutDeferred();
    return QTreeView::indexAt(point);
}

QRect QueueView::visualRect(const QModelIndex &index) const
{
    if (!m_inDataChanged)
        const_cast<QueueView *>(this)->layOutDeferred();
    return QTreeView::visualRect(index);
}

void QueueView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    layOutDeferred();
    QTreeView::scrollTo(index, hint);
}

QModelIndex QueueView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    layOutDeferred();
    return QTreeView::moveCursor(cursorAction, modifiers);
}

void QueueView::noteLastShownRow()
{
    m_lastShownRow = -1;
    if (!model())
        return;
    const QModelIndex bottom = indexAt(QPoint(0, viewport()->height() - 1));
    if (bottom.isValid() && bottom.parent() == rootIndex())
        m_lastShownRow = bottom.row();
}

void QueueView::scrollContentsBy(int dx, int dy)
{
    QTreeView::scrollContentsBy(dx, dy);
    if (dy != 0)
        noteLastShownRow();
}

void QueueView::paintEvent(QPaintEvent *event)
{
    // Qt's tree view paints every column of each row a region of several rectangles
    // touches; a frame's region is often a changed row and a column strip (the positions
    // and estimates below it), which made it paint every cell on screen. One pass per
    // rectangle paints the cells each one covers. Many small rectangles: one pass.
    const QRegion region = event->region();
    if (region.rectCount() <= 1 || region.rectCount() > maxPaintPasses) {
        QTreeView::paintEvent(event);
        return;
    }
    for (const QRect &rect : region) {
        QPaintEvent part(rect);
        QTreeView::paintEvent(&part);
    }
}

bool QueueView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop:
        layOutDeferred(); // the artist acts on the rows there are
        break;
    default:
        break;
    }
    const bool result = QTreeView::viewportEvent(event);
    if (event->type() == QEvent::Resize) {
        noteLastShownRow();
        fitFillColumn();
    }
    return result;
}

bool QueueView::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::Show:
        layOutDeferred();
        break;
    case QEvent::StyleChange:
    case QEvent::FontChange:
    case QEvent::PaletteChange:
    case QEvent::LayoutDirectionChange:
    case QEvent::LocaleChange:
    case QEvent::LanguageChange:
        layoutChangesAll();
        break;
    default:
        break;
    }
    return QTreeView::event(event);
}

void QueueView::setFillColumn(int column)
{
    m_fillColumn = column;
    fitFillColumn();
}

void QueueView::fitFillColumn()
{
    if (m_fitting || m_fillColumn < 0 || !model() || m_fillColumn >= header()->count()
        || header()->isSectionHidden(m_fillColumn))
        return;
    int others = 0;
    for (int logical = 0; logical < header()->count(); ++logical) {
        if (logical != m_fillColumn && !header()->isSectionHidden(logical))
            others += header()->sectionSize(logical);
    }
    const int width = std::max(header()->minimumSectionSize(), viewport()->width() - others);
    if (header()->sectionSize(m_fillColumn) == width)
        return;
    m_fitting = true;
    header()->resizeSection(m_fillColumn, width);
    m_fitting = false;
}

} // namespace Easel
