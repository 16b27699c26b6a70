#include "stripview.h"
#include "stripaccessible.h"
#include "scrollbargroove.h"

#include <QAccessible>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>

namespace Easel {

StripView::StripView(QWidget *parent)
    : QAbstractItemView(parent)
{
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The style fills the bar's whole rect: following a new output moves the bar every
    // time, and nothing under it (the filmstrip's dock, the main window) needs painting.
    horizontalScrollBar()->setAttribute(Qt::WA_OpaquePaintEvent);
    ScrollBarGroove::install(horizontalScrollBar()); // drawn once, not per new output
    // Qt gives its list interface only to its own views: a reader sees the rows through ours.
    StripAccessible::install();
}

void StripView::setCellSize(const QSize &size)
{
    m_cell = size.expandedTo(QSize(1, 1));
    updateGeometries();
    viewport()->update();
}

void StripView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    viewport()->update();
}

void StripView::setModel(QAbstractItemModel *model)
{
    if (this->model())
        disconnect(this->model(), nullptr, this, nullptr);
    QAbstractItemView::setModel(model);
    if (!model)
        return;
    // QAbstractItemView has no slot of its own after a removal: the extent shrinks here.
    connect(model, &QAbstractItemModel::rowsRemoved, this, &StripView::contentsChanged);
    connect(model, &QAbstractItemModel::rowsMoved, this, &StripView::contentsChanged);
}

bool StripView::isOurs(const QModelIndex &index) const
{
    return index.isValid() && index.model() == model() && index.parent() == rootIndex() && index.column() == 0;
}

int StripView::rows() const
{
    return model() ? model()->rowCount(rootIndex()) : 0;
}

void StripView::contentsChanged()
{
    updateGeometries();
    viewport()->update();
}

QRect StripView::visualRect(const QModelIndex &index) const
{
    if (!isOurs(index))
        return {};
    return {index.row() * m_cell.width() - horizontalOffset(), 0, m_cell.width(), m_cell.height()};
}

void StripView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!isOurs(index))
        return;
    QScrollBar *bar = horizontalScrollBar();
    const int left = index.row() * m_cell.width();
    const int right = left + m_cell.width();
    const int width = viewport()->width();
    int value = bar->value();
    switch (hint) {
    case PositionAtTop:
        value = left;
        break;
    case PositionAtBottom:
        value = right - width;
        break;
    case PositionAtCenter:
        value = left - (width - m_cell.width()) / 2;
        break;
    case EnsureVisible:
        if (left < value)
            value = left;
        else if (right > value + width)
            value = std::min(left, right - width);
        break;
    }
    bar->setValue(value);
}

QModelIndex StripView::indexAt(const QPoint &point) const
{
    if (!model() || point.x() < 0 || point.y() < 0 || point.y() >= m_cell.height())
        return {};
    const int row = (point.x() + horizontalOffset()) / m_cell.width();
    return row < rows() ? model()->index(row, 0, rootIndex()) : QModelIndex();
}

std::pair<int, int> StripView::visibleRows() const
{
    const int count = rows();
    if (count == 0)
        return {-1, -1};
    const int first = std::min(count - 1, horizontalOffset() / m_cell.width());
    const int last = std::min(count - 1, (horizontalOffset() + viewport()->width() - 1) / m_cell.width());
    return {first, std::max(first, last)};
}

QModelIndex StripView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers)
{
    const int count = rows();
    if (count == 0)
        return {};
    const QModelIndex current = currentIndex();
    const int row = isOurs(current) ? current.row() : count - 1;
    const int page = std::max(1, viewport()->width() / m_cell.width());
    int next = row;
    switch (cursorAction) {
    case MoveLeft:
    case MovePrevious:
    case MoveUp:
        next = row - 1;
        break;
    case MoveRight:
    case MoveNext:
    case MoveDown:
        next = row + 1;
        break;
    case MoveHome:
        next = 0;
        break;
    case MoveEnd:
        next = count - 1;
        break;
    case MovePageUp:
        next = row - page;
        break;
    case MovePageDown:
        next = row + page;
        break;
    }
    return model()->index(std::clamp(next, 0, count - 1), 0, rootIndex());
}

int StripView::horizontalOffset() const
{
    return horizontalScrollBar()->value();
}

int StripView::verticalOffset() const
{
    return 0;
}

bool StripView::isIndexHidden(const QModelIndex &) const
{
    return false;
}

void StripView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    if (!selectionModel())
        return;
    const int count = rows();
    const QRect area = rect.normalized();
    const int first = std::max(0, (area.left() + horizontalOffset()) / m_cell.width());
    const int last = std::min(count - 1, (area.right() + horizontalOffset()) / m_cell.width());
    QItemSelection selection;
    if (count > 0 && first <= last && area.top() < m_cell.height() && area.bottom() >= 0)
        selection.select(model()->index(first, 0, rootIndex()), model()->index(last, 0, rootIndex()));
    selectionModel()->select(selection, command);
}

QRegion StripView::visualRegionForSelection(const QItemSelection &selection) const
{
    // One rectangle per range, from its ends: a selection's region costs nothing per row.
    QRegion region;
    const QRect shown = viewport()->rect();
    for (const QItemSelectionRange &range : selection) {
        if (!range.isValid() || range.parent() != rootIndex() || range.left() > 0)
            continue;
        const QRect first = visualRect(range.topLeft());
        const QRect last = visualRect(range.bottomRight());
        region += (first | last).intersected(shown);
    }
    return region;
}

void StripView::updateGeometries()
{
    QScrollBar *bar = horizontalScrollBar();
    const int width = viewport()->width();
    bar->setRange(0, std::max(0, rows() * m_cell.width() - width));
    bar->setPageStep(std::max(1, width));
    bar->setSingleStep(std::max(1, m_cell.width() / 2));
    QAbstractItemView::updateGeometries();
}

void StripView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsInserted(parent, start, end);
    if (parent != rootIndex())
        return;
    // Only the extent grows, and only what the new rows pushed aside is drawn again: the
    // rows before them stay where they were (an artist looking at an older picture keeps
    // it under the pointer while new ones arrive at the end).
    updateGeometries();
    const int from = start * m_cell.width() - horizontalOffset();
    const QRect changed(from, 0, viewport()->width() - from, m_cell.height());
    if (changed.intersects(viewport()->rect()))
        viewport()->update(changed);
    else if (rows() == end - start + 1)
        viewport()->update(); // the empty strip's text goes
}

void StripView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    // Focus moves only with the keyboard's focus (a reader must not be pulled into the strip
    // from elsewhere); a followed output that is not focused is told by its selection.
    if (QAccessible::isActive() && isOurs(current) && hasFocus()) {
        QAccessibleEvent event(this, QAccessible::Focus);
        event.setChild(current.row());
        QAccessible::updateAccessibility(&event);
    }
    QAbstractItemView::currentChanged(current, previous);
}

void StripView::selectionChanged(const QItemSelection &selected, const QItemSelection &deselected)
{
    if (QAccessible::isActive()) {
        // The first of each, as QListView tells it: a single selection has one of each.
        const auto tell = [this](const QItemSelection &selection, QAccessible::Event type) {
            // (From the range, not its indexes: a range of a thousand rows costs one.)
            const QModelIndex first = selection.isEmpty() ? QModelIndex() : QModelIndex(selection.first().topLeft());
            if (isOurs(first)) {
                QAccessibleEvent event(this, type);
                event.setChild(first.row());
                QAccessible::updateAccessibility(&event);
            }
        };
        tell(selected, QAccessible::SelectionAdd);
        tell(deselected, QAccessible::SelectionRemove);
    }
    QAbstractItemView::selectionChanged(selected, deselected);
}

void StripView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const int count = rows();
    if (count == 0) {
        if (!m_emptyText.isEmpty()) {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(viewport()->rect().adjusted(12, 4, -12, -4), Qt::AlignCenter | Qt::TextWordWrap,
                             m_emptyText);
        }
        return;
    }
    const QRect area = event->rect();
    const int first = std::max(0, (area.left() + horizontalOffset()) / m_cell.width());
    const int last = std::min(count - 1, (area.right() + horizontalOffset()) / m_cell.width());
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const QStyle::State base = option.state & ~(QStyle::State_Selected | QStyle::State_HasFocus);
    const QModelIndex current = currentIndex();
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = model()->index(row, 0, rootIndex());
        option.rect = visualRect(index);
        option.state = base;
        if (selectionModel() && selectionModel()->isSelected(index))
            option.state |= QStyle::State_Selected;
        if (index == current && hasFocus())
            option.state |= QStyle::State_HasFocus;
        if (!(model()->flags(index) & Qt::ItemIsEnabled))
            option.state &= ~QStyle::State_Enabled;
        itemDelegateForIndex(index)->paint(&painter, option, index);
    }
}

void StripView::scrollContentsBy(int dx, int dy)
{
    viewport()->scroll(dx, dy);
}

void StripView::wheelEvent(QWheelEvent *event)
{
    if (event->angleDelta().x() == 0 && event->angleDelta().y() != 0) {
        QWheelEvent sideways(event->position(), event->globalPosition(), event->pixelDelta().transposed(),
                             event->angleDelta().transposed(), event->buttons(), event->modifiers(),
                             event->phase(), event->inverted(), event->source());
        QAbstractItemView::wheelEvent(&sideways);
        event->setAccepted(sideways.isAccepted());
        return;
    }
    QAbstractItemView::wheelEvent(event);
}

} // namespace Easel
