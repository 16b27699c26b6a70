#include "stripaccessible.h"
#include "stripview.h"

#include <QItemSelectionModel>

namespace Easel {

namespace {

// One row of the strip as a reader sees it: a list item named as QListView's would be
// (its accessible text, else its display text). It holds only its row number, so it can
// never point at a row that went away: the view and its model are asked each time.
class StripCell : public QAccessibleInterface, public QAccessibleTableCellInterface
{
public:
    StripCell(StripView *view, int row)
        : m_view(view)
        , m_row(row)
    {
    }

    bool isValid() const override
    {
        return m_view && m_view->model() && m_row < m_view->model()->rowCount(m_view->rootIndex());
    }
    QObject *object() const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_view); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }

    QString text(QAccessible::Text t) const override
    {
        const QModelIndex index = modelIndex();
        if (!index.isValid())
            return {};
        const auto read = [&](int first, int second) {
            const QString value = index.data(first).toString();
            return value.isEmpty() ? index.data(second).toString() : value;
        };
        switch (t) {
        case QAccessible::Name: {
            const QString name = read(Qt::AccessibleTextRole, Qt::DisplayRole);
            return name.isEmpty() ? index.data(Qt::ToolTipRole).toString() : name;
        }
        case QAccessible::Description:
            // The tooltip says what the name does not (the prompt, the server, the tags).
            return read(Qt::AccessibleDescriptionRole, Qt::ToolTipRole);
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override {}

    QRect rect() const override
    {
        if (!m_view || !m_view->isVisible())
            return {};
        const QRect local = m_view->visualRect(modelIndex());
        return local.isValid() ? QRect(m_view->viewport()->mapToGlobal(local.topLeft()), local.size()) : QRect();
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        const QModelIndex index = modelIndex();
        if (!index.isValid()) {
            state.invalid = true;
            return state;
        }
        if (!m_view->visualRect(index).intersects(m_view->viewport()->rect()) || !m_view->isVisible()) {
            state.invisible = true;
            state.offscreen = true;
        }
        const Qt::ItemFlags flags = index.flags();
        if (!(flags & Qt::ItemIsEnabled))
            state.disabled = true;
        state.focusable = true;
        state.focused = m_view->hasFocus() && m_view->currentIndex() == index;
        if (m_view->selectionMode() != QAbstractItemView::NoSelection && (flags & Qt::ItemIsSelectable)) {
            state.selectable = true;
            state.selected = isSelected();
            if (m_view->selectionMode() == QAbstractItemView::MultiSelection)
                state.multiSelectable = true;
            else if (m_view->selectionMode() == QAbstractItemView::ExtendedSelection)
                state.extSelectable = true;
        }
        return state;
    }
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::TableCellInterface ? static_cast<QAccessibleTableCellInterface *>(this) : nullptr;
    }

    // QAccessibleTableCellInterface
    bool isSelected() const override
    {
        const QModelIndex index = modelIndex();
        return index.isValid() && m_view->selectionModel() && m_view->selectionModel()->isSelected(index);
    }
    QList<QAccessibleInterface *> columnHeaderCells() const override { return {}; }
    QList<QAccessibleInterface *> rowHeaderCells() const override { return {}; }
    int columnIndex() const override { return 0; }
    int rowIndex() const override { return m_row; }
    int columnExtent() const override { return 1; }
    int rowExtent() const override { return 1; }
    QAccessibleInterface *table() const override { return parent(); }

private:
    QModelIndex modelIndex() const
    {
        return isValid() ? m_view->model()->index(m_row, 0, m_view->rootIndex()) : QModelIndex();
    }

    QPointer<StripView> m_view;
    int m_row;
};

QAccessibleInterface *stripFactory(const QString &, QObject *object)
{
    // By type, not by class name: the filmstrip's own subclass of StripView is one too.
    if (auto *view = qobject_cast<StripView *>(object))
        return new StripAccessible(view);
    return nullptr;
}

} // namespace

StripAccessible::StripAccessible(StripView *view)
    : QAccessibleWidget(view, QAccessible::List)
{
}

StripAccessible::~StripAccessible()
{
    forgetFrom(0);
}

void StripAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(stripFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

StripView *StripAccessible::view() const
{
    return static_cast<StripView *>(widget());
}

bool StripAccessible::isValid() const
{
    return QAccessibleWidget::isValid() && view()->model();
}

QAccessible::State StripAccessible::state() const
{
    QAccessible::State state = QAccessibleWidget::state();
    if (view()->selectionMode() == QAbstractItemView::MultiSelection)
        state.multiSelectable = true;
    else if (view()->selectionMode() == QAbstractItemView::ExtendedSelection)
        state.extSelectable = true;
    return state;
}

int StripAccessible::rowCount() const
{
    const StripView *strip = view();
    return strip->model() ? strip->model()->rowCount(strip->rootIndex()) : 0;
}

int StripAccessible::columnCount() const
{
    return rowCount() > 0 ? 1 : 0;
}

int StripAccessible::childCount() const
{
    return rowCount();
}

QAccessibleInterface *StripAccessible::child(int index) const
{
    return cellAt(index, 0);
}

QAccessibleInterface *StripAccessible::cellAt(int row, int column) const
{
    if (column != 0 || row < 0 || row >= rowCount())
        return nullptr;
    if (const auto found = m_cells.constFind(row); found != m_cells.constEnd())
        return QAccessible::accessibleInterface(found.value());
    auto *cell = new StripCell(view(), row);
    m_cells.insert(row, QAccessible::registerAccessibleInterface(cell));
    return cell;
}

int StripAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    // (interface_cast is not const in Qt's API; asking for it changes nothing.)
    auto *cell = child ? const_cast<QAccessibleInterface *>(child)->tableCellInterface() : nullptr;
    return cell && child->parent() == this ? cell->rowIndex() : -1;
}

QAccessibleInterface *StripAccessible::childAt(int x, int y) const
{
    const StripView *strip = view();
    const QModelIndex index = strip->indexAt(strip->viewport()->mapFromGlobal(QPoint(x, y)));
    return index.isValid() ? cellAt(index.row(), 0) : nullptr;
}

QAccessibleInterface *StripAccessible::focusChild() const
{
    const StripView *strip = view();
    const QModelIndex current = strip->currentIndex();
    return strip->hasFocus() && current.isValid() ? cellAt(current.row(), 0) : nullptr;
}

void *StripAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TableInterface)
        return static_cast<QAccessibleTableInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

int StripAccessible::selectedCellCount() const
{
    const QItemSelectionModel *selection = view()->selectionModel();
    return selection ? int(selection->selectedRows().size()) : 0;
}

QList<QAccessibleInterface *> StripAccessible::selectedCells() const
{
    QList<QAccessibleInterface *> cells;
    for (const int row : selectedRows()) {
        if (QAccessibleInterface *cell = cellAt(row, 0))
            cells.append(cell);
    }
    return cells;
}

QList<int> StripAccessible::selectedRows() const
{
    QList<int> rows;
    if (const QItemSelectionModel *selection = view()->selectionModel()) {
        for (const QModelIndex &index : selection->selectedRows()) {
            if (index.parent() == view()->rootIndex())
                rows.append(index.row());
        }
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool StripAccessible::isRowSelected(int row) const
{
    const StripView *strip = view();
    return strip->model() && strip->selectionModel()
        && strip->selectionModel()->isSelected(strip->model()->index(row, 0, strip->rootIndex()));
}

bool StripAccessible::selectRow(int row)
{
    StripView *strip = view();
    if (!strip->model() || !strip->selectionModel() || row < 0 || row >= rowCount()
        || strip->selectionMode() == QAbstractItemView::NoSelection)
        return false;
    const QModelIndex index = strip->model()->index(row, 0, strip->rootIndex());
    const bool single = strip->selectionMode() == QAbstractItemView::SingleSelection;
    strip->selectionModel()->select(index, single ? QItemSelectionModel::ClearAndSelect : QItemSelectionModel::Select);
    return true;
}

bool StripAccessible::unselectRow(int row)
{
    StripView *strip = view();
    if (!strip->model() || !strip->selectionModel() || row < 0 || row >= rowCount())
        return false;
    strip->selectionModel()->select(strip->model()->index(row, 0, strip->rootIndex()), QItemSelectionModel::Deselect);
    return true;
}

void StripAccessible::modelChange(QAccessibleTableModelChangeEvent *event)
{
    switch (event->modelChangeType()) {
    case QAccessibleTableModelChangeEvent::RowsInserted:
    case QAccessibleTableModelChangeEvent::RowsRemoved:
        // A new output at the end keeps every cell made so far: only rows from the change
        // on are now other pictures.
        forgetFrom(std::max(0, event->firstRow()));
        break;
    case QAccessibleTableModelChangeEvent::DataChanged:
        break; // cells read the model each time
    default:
        forgetFrom(0);
        break;
    }
}

void StripAccessible::forgetFrom(int first)
{
    for (auto it = m_cells.begin(); it != m_cells.end();) {
        if (it.key() >= first) {
            QAccessible::deleteAccessibleInterface(it.value());
            it = m_cells.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace Easel
