#pragma once

#include <QList>
#include <climits>
#include <QTimer>
#include <QTreeView>

namespace Easel {

// The queue's list: Qt's tree view, made to lay out and repaint what a running queue changes
// and no more. A job is queued every few milliseconds on a fast server; for each one the
// tree view laid all its rows out again (a full pass over the list, the header's sizes asked
// again of the style), then repainted every visible row and the header, though the new job
// went in below the last visible row and nothing on screen moved.
//
// - Rows added below the last visible row or after the last row are laid out at display rate
//   (DisplayThrottle::frameMs), not once per queued job; whatever needs them sooner (a click,
//   a key, the wheel, scrollTo, indexAt, visualRect) lays them out at once; a change to a row
//   already laid out (a job's state, its progress) is repainted where it is, without them.
//   Any other change (rows removed or moved, a reset) is laid out as Qt does, on the next
//   pass of the loop.
// - A layout whose only changes are such rows repaints the scroll bar and the new rows on
//   screen (none when they are below it), not the rows that stayed or the header; the rows
//   that changed meanwhile (a job's state or progress) are repainted alone, as Qt does
//   when no layout is pending.
// - The scroll bars paint every pixel of themselves: marked opaque, so a new range or
//   position repaints the bar alone, not the panel, dock and window under it.
// - A region of several rectangles (a changed row and the column of places below it) is
//   painted a rectangle at a time: Qt painted every cell of every row such a region touched.
// - One column (the job's name) takes the width the others leave, as QHeaderView::Stretch
//   would; Stretch had the header resize every section again on each layout.
class QueueView : public QTreeView
{
    Q_OBJECT
public:
    explicit QueueView(QWidget *parent = nullptr);

    // The column that fills the width the other visible columns leave (-1: none).
    void setFillColumn(int column);
    int fillColumn() const { return m_fillColumn; }
    // Gives the fill column the width left; call after showing or hiding columns.
    void fitFillColumn();

    void setModel(QAbstractItemModel *model) override;
    void doItemsLayout() override;
    QModelIndex indexAt(const QPoint &point) const override;
    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

    // Rows laid out (doItemsLayout passes that ran) and of those, how many repainted
    // nothing but the scroll bar: tests read them.
    qint64 layoutCount() const { return m_layouts; }
    qint64 quietLayoutCount() const { return m_quietLayouts; }

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) override;
    void timerEvent(QTimerEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void paintEvent(QPaintEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    // The last row the viewport shows (even in part), or -1 when rows could come into view
    // below it (the list ends above the viewport's bottom) or it is not known.
    void noteLastShownRow();
    void layoutChangesAll() { m_onlyBelow = false; }
    // Makes a layout put off to the next frame now (something needs the new rows).
    void layOutDeferred();

    QTimer m_layoutTimer;
    bool m_inTimerEvent = false;
    bool m_inDataChanged = false; // repainting changed rows the layout has placed
    bool m_deferred = false; // rows added below the view wait for m_layoutTimer
    int m_lastShownRow = -1;
    int m_laidOutRows = 0; // the model's rows at the last layout
    // Since the last layout: only rows added (at least one), below m_lastShownRow or after
    // the last laid-out row, the first of those at m_firstAddedRow...
    bool m_onlyBelow = true;
    int m_rowsAdded = 0;
    int m_firstAddedRow = INT_MAX;
    // ...and the cells whose data changed meanwhile (repainted after a quiet layout): a few
    // ranges as the model gave them, then their union.
    struct Cells
    {
        int firstRow, lastRow, firstColumn, lastColumn;
    };
    static constexpr int maxChanged = 8;
    static constexpr int maxPaintPasses = 6;
    QList<Cells> m_changed;
    int m_fillColumn = -1;
    bool m_fitting = false;
    qint64 m_layouts = 0;
    qint64 m_quietLayouts = 0;
};

} // namespace Easel
