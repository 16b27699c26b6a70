// The filmstrip's view: one row of equal cells. What a new row costs (model calls while it
// is appended and followed), where rows are drawn, and what stays put while rows arrive.
#include "stripview.h"
#include "eventcounter.h"
#include "uncoveredpixels.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAbstractListModel>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {

// A list of numbered rows that counts how often a view asks it for an index or for data:
// what a view does per row shows up here, whatever it does inside.
class CountingModel : public QAbstractListModel
{
public:
    mutable int calls = 0;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_rows; }
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override
    {
        ++calls;
        return QAbstractListModel::index(row, column, parent);
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        ++calls;
        return role == Qt::DisplayRole ? QVariant(index.row()) : QVariant();
    }
    void append(int count)
    {
        beginInsertRows({}, m_rows, m_rows + count - 1);
        m_rows += count;
        endInsertRows();
    }
    void prepend(int count)
    {
        beginInsertRows({}, 0, count - 1);
        m_rows += count;
        endInsertRows();
    }
    void removeFirst(int count)
    {
        beginRemoveRows({}, 0, count - 1);
        m_rows -= count;
        endRemoveRows();
    }

private:
    int m_rows = 0;
};

constexpr QSize cell{80, 80};

} // namespace

class tst_StripView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newRowCostsTheSameAtAnyLength();
    void rowsAreWhereTheirNumberSays();
    void olderPickStaysPutWhileRowsArrive();
    void keysAndSelection();
    void removalShrinksTheStrip();
    void scrollBarRepaintsNothingUnderIt();
    // Last: it turns accessibility on for the rest of the process.
    void readerSeesAListOfPictures();
    void readerIsToldOfTheCurrentPicture();

private:
    static void follow(StripView &view, CountingModel &model)
    {
        // What the filmstrip does with a new output while following: append, make it current,
        // bring it into view.
        model.append(1);
        const QModelIndex last = model.index(model.rowCount() - 1, 0);
        view.setCurrentIndex(last);
        view.scrollTo(last);
    }
};

void tst_StripView::initTestCase()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

// A new row at the end, followed, asks the model the same few things whether the strip
// holds 10 rows or 2,000 (QListView's relayout asked it for every row held, each time).
void tst_StripView::newRowCostsTheSameAtAnyLength()
{
    // (No QAbstractItemModelTester here: it reads rows of its own on every insertion.)
    CountingModel model;
    StripView view;
    view.setModel(&model);
    view.setCellSize(cell);
    view.resize(800, cell.height() + 30);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const auto costOfTen = [&] {
        QCoreApplication::sendPostedEvents(); // whatever an earlier row left for later
        QCoreApplication::processEvents();
        model.calls = 0;
        for (int i = 0; i < 10; ++i) {
            follow(view, model);
            QCoreApplication::processEvents(); // layouts the view delays, paints
        }
        return model.calls;
    };
    for (int i = 0; i < 10; ++i)
        follow(view, model);
    const int early = costOfTen();
    model.append(1970);
    const int late = costOfTen();
    QCOMPARE(model.rowCount(), 2000);
    // A painted cell asks for its index and its data; what is painted is the viewport
    // (10 cells), not the strip: bounded by a constant, the same at both lengths.
    qDebug("model calls for 10 new rows: %d at 20 rows, %d at 2000", early, late);
    QVERIFY2(late <= early + 40, qPrintable(u"%1 at 20 rows, %2 at 2000"_s.arg(early).arg(late)));
    // Following kept the newest in view.
    QCOMPARE(view.visibleRows().second, 1999);
    QCOMPARE(view.horizontalScrollBar()->value(), view.horizontalScrollBar()->maximum());
}

void tst_StripView::rowsAreWhereTheirNumberSays()
{
    CountingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(50);
    StripView view;
    view.setModel(&model);
    view.setCellSize(cell);
    view.resize(400, cell.height() + 30);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int width = view.viewport()->width();
    QCOMPARE(view.horizontalScrollBar()->maximum(), 50 * cell.width() - width);
    QCOMPARE(view.visualRect(model.index(3, 0)), QRect(3 * cell.width(), 0, cell.width(), cell.height()));
    QCOMPARE(view.indexAt(QPoint(3 * cell.width() + 5, 10)).row(), 3);
    QVERIFY(!view.indexAt(QPoint(5, cell.height() + 1)).isValid());

    view.scrollTo(model.index(20, 0));
    // Just enough to show it at the right edge.
    QCOMPARE(view.horizontalScrollBar()->value(), 21 * cell.width() - width);
    QCOMPARE(view.visualRect(model.index(20, 0)).right(), width - 1);
    QCOMPARE(view.indexAt(view.visualRect(model.index(20, 0)).center()).row(), 20);
    view.scrollTo(model.index(2, 0));
    QCOMPARE(view.horizontalScrollBar()->value(), 2 * cell.width());
    QCOMPARE(view.visibleRows(), std::make_pair(2, 2 + (width - 1) / cell.width()));
    // Already in view: nothing moves.
    view.scrollTo(model.index(3, 0));
    QCOMPARE(view.horizontalScrollBar()->value(), 2 * cell.width());
}

// The artist picked an older picture: new rows at the end change neither where it is nor
// what is on screen; rows paged in before it move the strip by exactly their width only
// when the caller says so (the filmstrip does, from the model's earlierRowsFetched).
void tst_StripView::olderPickStaysPutWhileRowsArrive()
{
    CountingModel model;
    model.append(300);
    StripView view;
    view.setModel(&model);
    view.setCellSize(cell);
    view.resize(600, cell.height() + 30);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QModelIndex picked = model.index(120, 0);
    view.setCurrentIndex(picked);
    view.scrollTo(picked);
    QCoreApplication::processEvents();
    const int value = view.horizontalScrollBar()->value();
    const QRect where = view.visualRect(picked);
    for (int i = 0; i < 25; ++i) {
        model.append(1);
        QCoreApplication::processEvents();
    }
    QCOMPARE(view.horizontalScrollBar()->value(), value);
    QCOMPARE(view.visualRect(picked), where);
    QCOMPARE(view.currentIndex(), picked);
    QCOMPARE(view.horizontalScrollBar()->maximum(), 325 * cell.width() - view.viewport()->width());
}

void tst_StripView::keysAndSelection()
{
    CountingModel model;
    model.append(30);
    StripView view;
    view.setModel(&model);
    view.setCellSize(cell);
    view.setSelectionMode(QAbstractItemView::SingleSelection);
    view.resize(400, cell.height() + 30);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    view.setCurrentIndex(model.index(10, 0));
    QTest::keyClick(&view, Qt::Key_Left);
    QCOMPARE(view.currentIndex().row(), 9);
    QTest::keyClick(&view, Qt::Key_Right);
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.currentIndex().row(), 11);
    QTest::keyClick(&view, Qt::Key_End);
    QCOMPARE(view.currentIndex().row(), 29);
    QVERIFY(view.visualRect(view.currentIndex()).intersects(view.viewport()->rect()));
    QTest::keyClick(&view, Qt::Key_Right); // past the end: stays
    QCOMPARE(view.currentIndex().row(), 29);
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(view.currentIndex().row(), 0);
    QCOMPARE(view.horizontalScrollBar()->value(), 0);
    QVERIFY(view.selectionModel()->isSelected(model.index(0, 0)));
    QCOMPARE(view.selectionModel()->selectedIndexes().size(), 1);
    // A click selects what is under it.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.visualRect(model.index(2, 0)).center());
    QCOMPARE(view.currentIndex().row(), 2);
    QVERIFY(view.selectionModel()->isSelected(model.index(2, 0)));
}

void tst_StripView::removalShrinksTheStrip()
{
    CountingModel model;
    model.append(40);
    StripView view;
    view.setModel(&model);
    view.setCellSize(cell);
    view.resize(400, cell.height() + 30);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int width = view.viewport()->width();
    model.removeFirst(15);
    QCOMPARE(view.horizontalScrollBar()->maximum(), 25 * cell.width() - width);
    model.prepend(5);
    QCOMPARE(view.horizontalScrollBar()->maximum(), 30 * cell.width() - width);
}

QTEST_MAIN(tst_StripView)
// Following moves the scroll bar on every new output: the bar paints all of its pixels, so
// the widgets under it (the filmstrip's dock, the main window) are not painted first.
void tst_StripView::scrollBarRepaintsNothingUnderIt()
{
    CountingModel model;
    QWidget window;
    window.resize(400, cell.height() + 60);
    auto *view = new StripView(&window);
    view->setModel(&model);
    view->setCellSize(cell);
    view->setGeometry(10, 10, 380, cell.height() + 30);
    model.append(40);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    QScrollBar *bar = view->horizontalScrollBar();
    QVERIFY(bar->isVisible());
    EventCounter windowPaints(&window);
    EventCounter framePaints(view);
    EventCounter barPaints(bar);
    bar->setValue(bar->value() + cell.width());
    QTRY_VERIFY(barPaints.count > 0);
    QCoreApplication::processEvents();
    QCOMPARE(framePaints.count, 0);
    QCOMPARE(windowPaints.count, 0);
    // Marked opaque, the bar must paint every one of its pixels.
    QCOMPARE(uncoveredPixels(bar), 0);
}

namespace {
// What the view told a screen reader about its rows: (event, row).
QList<std::pair<QAccessible::Event, int>> toldReader;
const QObject *toldAbout = nullptr;
void recordForReader(QAccessibleEvent *event)
{
    if (event->object() == toldAbout && event->child() >= 0)
        toldReader.append({event->type(), event->child()});
}
} // namespace

// A screen reader sees the strip as QListView's would read: a list (one-column table) of
// its rows, each named by its display text, where it is drawn, selected and focused as the
// view says; and it is told when the current picture changes (a new output followed).
void tst_StripView::readerSeesAListOfPictures()
{
    CountingModel model;
    model.append(12);
    StripView view;
    view.setModel(&model);
    view.setCellSize(cell);
    view.setSelectionMode(QAbstractItemView::SingleSelection);
    view.setAccessibleName(u"Outputs"_s);
    view.resize(400, cell.height() + 30);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QAccessible::setActive(true);
    QAccessibleInterface *strip = QAccessible::queryAccessibleInterface(&view);
    QVERIFY(strip);
    QCOMPARE(strip->role(), QAccessible::List);
    QCOMPARE(strip->text(QAccessible::Name), u"Outputs"_s);
    QAccessibleTableInterface *table = strip->tableInterface();
    QVERIFY(table);
    QCOMPARE(table->rowCount() * table->columnCount(), 12);
    QCOMPARE(table->columnCount(), 1);
    QCOMPARE(strip->childCount(), 12);
    for (int row = 0; row < 12; ++row) {
        QAccessibleInterface *item = strip->child(row);
        QVERIFY(item);
        QCOMPARE(table->cellAt(row, 0), item); // the same cell each time it is asked for
        QCOMPARE(item->role(), QAccessible::ListItem);
        QCOMPARE(item->text(QAccessible::Name), QString::number(row)); // the model's display text
        QCOMPARE(item->parent(), strip);
        QCOMPARE(strip->indexOfChild(item), row);
        QVERIFY(item->tableCellInterface());
        QCOMPARE(item->tableCellInterface()->rowIndex(), row);
        QVERIFY(item->state().selectable);
        QVERIFY(!item->state().selected);
    }
    // Where a cell is: its visual rect on screen; a point there finds it again.
    const QModelIndex third = model.index(2, 0);
    const QRect onScreen(view.viewport()->mapToGlobal(view.visualRect(third).topLeft()), view.visualRect(third).size());
    QCOMPARE(strip->child(2)->rect(), onScreen);
    QCOMPARE(strip->childAt(onScreen.center().x(), onScreen.center().y()), strip->child(2));
    QVERIFY(!strip->child(2)->state().offscreen);
    QVERIFY(strip->child(11)->state().offscreen); // 400 px show 5 cells of 80

    // The current picture: selected always; focused while the strip has the focus.
    view.setCurrentIndex(model.index(4, 0));
    QVERIFY(strip->child(4)->state().selected);
    QCOMPARE(table->selectedRows(), QList<int>{4});
    view.activateWindow();
    view.setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QTRY_VERIFY(view.hasFocus());
    QVERIFY(strip->child(4)->state().focused);
    QCOMPARE(strip->focusChild(), strip->child(4));
    follow(view, model); // a new output, followed
    QCOMPARE(strip->childCount(), 13);
    QCOMPARE(strip->child(12)->text(QAccessible::Name), u"12"_s);
    QVERIFY(strip->child(12)->state().focused);
    QVERIFY(strip->child(12)->state().selected);
    QVERIFY(!strip->child(4)->state().selected);
    // Rows taken from the start: the cells left read the rows now there.
    model.removeFirst(3);
    QCOMPARE(strip->childCount(), 10);
    QCOMPARE(strip->child(0)->text(QAccessible::Name), u"0"_s); // CountingModel names rows by number
    QVERIFY(strip->child(9)->state().focused);
}

// What a reader is told as the current picture changes. Qt sends accessibility events only
// while a platform accessibility bridge is active (an assistive technology is listening);
// the offscreen platform has none, so this runs where one is (xcb with AT-SPI on).
void tst_StripView::readerIsToldOfTheCurrentPicture()
{
    // A bridge turns active once it has reached the accessibility bus (after start-up).
    if (QGuiApplication::platformName() == u"offscreen"_s || !QTest::qWaitFor(&QAccessible::isActive, 5000))
        QSKIP("No accessibility bridge on this platform: Qt drops every accessibility event");
    CountingModel model;
    model.append(12);
    StripView view;
    view.setModel(&model);
    view.setCellSize(cell);
    view.setSelectionMode(QAbstractItemView::SingleSelection);
    view.resize(400, cell.height() + 30);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QAccessible::installUpdateHandler(recordForReader);
    toldAbout = &view;
    // Not focused: told by its selection only (a reader is not pulled into the strip).
    view.setCurrentIndex(model.index(4, 0));
    QVERIFY(toldReader.contains(std::make_pair(QAccessible::SelectionAdd, 4)));
    QVERIFY(!toldReader.contains(std::make_pair(QAccessible::Focus, 4)));
    view.activateWindow();
    view.setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QTRY_VERIFY(view.hasFocus());
    toldReader.clear();
    follow(view, model); // a new output, followed
    QVERIFY(toldReader.contains(std::make_pair(QAccessible::Focus, 12)));
    QVERIFY(toldReader.contains(std::make_pair(QAccessible::SelectionAdd, 12)));
    QVERIFY(toldReader.contains(std::make_pair(QAccessible::SelectionRemove, 4)));
    QAccessible::installUpdateHandler(nullptr);
    toldAbout = nullptr;
}

#include "tst_stripview.moc"
