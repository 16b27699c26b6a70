#pragma once

#include <QAbstractItemView>
#include <QString>

namespace Easel {

// One row of equal cells, left to right (a filmstrip): where a row is drawn is its number
// times the cell width, so a new output at the end costs the same whether the strip holds
// ten rows or two thousand. QListView re-lays every row on each insertion (its
// rowsInserted clears its layout, and the next geometry query lays all rows out again),
// which made each new output cost O(rows) on the GUI thread.
class StripView : public QAbstractItemView
{
    Q_OBJECT
public:
    explicit StripView(QWidget *parent = nullptr);

    void setCellSize(const QSize &size);
    QSize cellSize() const { return m_cell; }
    // Said in the empty strip: what will appear in it.
    void setEmptyText(const QString &text);

    void setModel(QAbstractItemModel *model) override;
    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;
    // The rows on screen, first to last (-1, -1 when none).
    std::pair<int, int> visibleRows() const;

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &index) const override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void updateGeometries() override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    // A screen reader follows the current picture (a new output while following) and the
    // selection, told as QListView tells it.
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void selectionChanged(const QItemSelection &selected, const QItemSelection &deselected) override;
    void paintEvent(QPaintEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    // A vertical wheel moves along the strip (it has no vertical extent).
    void wheelEvent(QWheelEvent *event) override;

private:
    bool isOurs(const QModelIndex &index) const;
    int rows() const;
    // Rows removed or the model reset: the extent and what is drawn follow.
    void contentsChanged();

    QSize m_cell{80, 80};
    QString m_emptyText;
};

} // namespace Easel
