#pragma once

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>

namespace Easel {

class StripView;

// What a screen reader sees of a StripView: a list of its rows, as Qt gives QListView.
// Qt's widget factory hands its item-view interface only to QListView, QTableView and
// QTreeView by class name, so without this the strip reads as one unnamed widget. Served
// as a one-column table (what QListView's reads as) so readers that walk tables and those
// that walk children both find the pictures. Nothing here runs unless a reader is active.
class StripAccessible : public QAccessibleWidget, public QAccessibleTableInterface
{
public:
    explicit StripAccessible(StripView *view);
    ~StripAccessible() override;

    // Installs the factory that gives every StripView this interface (once per process).
    static void install();

    // QAccessibleInterface
    bool isValid() const override;
    QAccessible::State state() const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    // QAccessibleTableInterface: one column, a row per picture.
    QAccessibleInterface *caption() const override { return nullptr; }
    QAccessibleInterface *summary() const override { return nullptr; }
    QAccessibleInterface *cellAt(int row, int column) const override;
    int selectedCellCount() const override;
    QList<QAccessibleInterface *> selectedCells() const override;
    QString columnDescription(int) const override { return {}; }
    QString rowDescription(int) const override { return {}; }
    int selectedColumnCount() const override { return 0; }
    int selectedRowCount() const override { return selectedCellCount(); }
    int columnCount() const override;
    int rowCount() const override;
    QList<int> selectedColumns() const override { return {}; }
    QList<int> selectedRows() const override;
    bool isColumnSelected(int) const override { return false; }
    bool isRowSelected(int row) const override;
    bool selectRow(int row) override;
    bool selectColumn(int) override { return false; }
    bool unselectRow(int row) override;
    bool unselectColumn(int) override { return false; }
    void modelChange(QAccessibleTableModelChangeEvent *event) override;

private:
    StripView *view() const;
    // Forgets the cells of rows from `first` on (their pictures moved or went away).
    void forgetFrom(int first);

    // Cells made so far, by row: a reader keeps pointers to them, so the same row gives
    // the same cell until the rows before it change.
    mutable QHash<int, QAccessible::Id> m_cells;
};

} // namespace Easel
