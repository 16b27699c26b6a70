// What the queue's list lays out and repaints while jobs go by (QueueView): rows queued below
// the visible ones, a job's changed row, the scroll bars and the column that fills the width.
#include "comfyclient.h"
#include "eventcounter.h"
#include "uncoveredpixels.h"
#include "eventstream.h"
#include "jobqueue.h"
#include "jobrunner.h"
#include "queuepanel.h"
#include "queuetextdelegate.h"
#include "queueview.h"
#include "scrollbargroove.h"
#include "theme.h"
#include "themestyle.h"

#include <QHeaderView>
#include <QImage>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <functional>
#include <memory>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {
const QByteArray prompt = R"({"5": {"class_type": "EmptyLatentImage", "inputs": {"width": 512, "height": 512, "batch_size": 1}}})";

// The columns of the cells painted.
class CountingDelegate : public QueueTextDelegate
{
public:
    using QueueTextDelegate::QueueTextDelegate;
    mutable QList<int> painted;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        painted.append(index.column());
        QueueTextDelegate::paint(painter, option, index);
    }
};

// The region a widget painted, summed over its paint events.
class RegionCollector : public QObject
{
public:
    explicit RegionCollector(QWidget *widget) { widget->installEventFilter(this); }
    QRegion region;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            region += static_cast<QPaintEvent *>(event)->region();
        return QObject::eventFilter(watched, event);
    }
};

// Calls back with the region of each paint event of a widget.
class PaintWatcher : public QObject
{
public:
    PaintWatcher(QWidget *widget, std::function<void(const QRegion &)> painted)
        : m_painted(std::move(painted))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            m_painted(static_cast<QPaintEvent *>(event)->region());
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void(const QRegion &)> m_painted;
};

// A paused queue of 100 waiting jobs in a panel in a window, far more rows than it shows.
struct Fixture
{
    QTemporaryDir dir;
    ComfyClient client{QUrl(u"http://127.0.0.1:9/"_s)};
    EventStream events;
    JobRunner runner{&client, &events, dir.filePath(u"out"_s)};
    JobQueue queue{&runner, &client, &events};
    QWidget window;
    QueuePanel *panel = new QueuePanel;
    QueueView *view = nullptr;

    explicit Fixture(int jobs = 100)
    {
        queue.setShowForeignJobs(false);
        queue.setPaused(true);
        for (int i = 0; i < jobs; ++i)
            queue.enqueue(prompt, {}, u"Lighthouse %1"_s.arg(i));
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(panel);
        panel->setQueue(&queue);
        window.resize(700, 500);
        view = qobject_cast<QueueView *>(panel->view());
    }
    // Lets every posted event and timer of this frame run (the view's frame is 50 ms).
    static void settle() { QTest::qWait(120); }
};
} // namespace

class tst_QueueRepaint : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void rowsQueuedBelowRepaintOnlyTheScrollBar();
    void rowsQueuedAfterTheLastPaintThemselves();
    void aRowQueuedAndChangedInOneFrameIsLaidOutOnce();
    void aChangeAboveRowsWaitingForTheFrameDoesNotLayThemOut();
    void aChangedRowRepaintsThatRowAlone();
    void rowsQueuedBelowAreThereWhenNeeded();
    void positionsBelowAFinishedJobAreRepainted();
    void aColumnStripPaintsItsCellsAlone();
    void removedRowsRepaintTheList();
    void scrollBarsCoverTheirWholeRect();
    void jobColumnFillsTheWidthLeft();
    void scrollBarGroovePaintsAsQtDoes_data();
    void scrollBarGroovePaintsAsQtDoes();
    void queueBarsDrawTheirGrooveOnce();
};

void tst_QueueRepaint::rowsQueuedBelowRepaintOnlyTheScrollBar()
{
    Fixture f;
    QVERIFY(f.view);
    f.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    f.settle();
    EventCounter viewportPaints(f.view->viewport());
    EventCounter headerPaints(f.view->header()->viewport());
    EventCounter framePaints(f.view); // the list's frame: painted when its parents are
    EventCounter barPaints(f.view->verticalScrollBar());
    const qint64 layouts = f.view->layoutCount();
    const int range = f.view->verticalScrollBar()->maximum();
    for (int i = 0; i < 5; ++i)
        f.queue.enqueue(prompt, {}, u"Queued below %1"_s.arg(i));
    QTRY_VERIFY(f.view->verticalScrollBar()->maximum() > range);
    f.settle();
    // Five rows queued between two frames: laid out once, and the rows on screen (and the
    // header) are not painted again: only the scroll bar, whose range grew.
    QCOMPARE(f.view->layoutCount(), layouts + 1);
    QCOMPARE(f.view->quietLayoutCount(), 1);
    QCOMPARE(viewportPaints.count, 0);
    QCOMPARE(headerPaints.count, 0);
    QVERIFY(barPaints.count >= 1);
    QCOMPARE(framePaints.count, 0); // the opaque bar repaints nothing under it
}

void tst_QueueRepaint::rowsQueuedAfterTheLastPaintThemselves()
{
    Fixture f(5);
    f.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    f.settle();
    const QRect fifth = f.view->visualRect(f.queue.index(4, 0));
    QVERIFY(fifth.bottom() < f.view->viewport()->height() / 2); // room below for more
    RegionCollector painted(f.view->viewport());
    EventCounter headerPaints(f.view->header()->viewport());
    const qint64 layouts = f.view->layoutCount();
    f.queue.enqueue(prompt, {}, u"Sixth"_s);
    f.queue.enqueue(prompt, {}, u"Seventh"_s);
    QTRY_VERIFY(!painted.region.isEmpty());
    f.settle();
    // Laid out once; painted from the first new row down, the five above left as they are.
    QCOMPARE(f.view->layoutCount(), layouts + 1);
    QCOMPARE(f.view->quietLayoutCount(), 1);
    const QRect below(0, fifth.bottom() + 1, f.view->viewport()->width(), f.view->viewport()->height() - fifth.bottom() - 1);
    QCOMPARE(painted.region.subtracted(below), QRegion());
    QCOMPARE(headerPaints.count, 0);
    const QModelIndex seventh = f.queue.index(6, JobQueue::JobColumn);
    QVERIFY(painted.region.contains(f.view->visualRect(seventh)));
    QCOMPARE(f.view->indexAt(f.view->visualRect(seventh).center()), seventh);
    QVERIFY(seventh.data().toString().contains(u"Seventh"_s));
}

void tst_QueueRepaint::aRowQueuedAndChangedInOneFrameIsLaidOutOnce()
{
    Fixture f(5);
    f.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    f.settle();
    const qint64 layouts = f.view->layoutCount();
    f.queue.enqueue(prompt, {}, u"Sixth"_s);
    QCoreApplication::processEvents(); // Qt's zero timer: the layout waits for the frame
    QCOMPARE(f.view->layoutCount(), layouts);
    // The new job changes before the frame (its row's change comes a few ms later): that
    // does not make the layout early...
    QSignalSpy changed(&f.queue, &QAbstractItemModel::dataChanged);
    QVERIFY(f.queue.cancel(f.queue.jobIds().constLast()));
    QVERIFY(changed.wait(1000));
    QCOMPARE(f.view->layoutCount(), layouts);
    // ...which comes at the frame, once, and shows the row as it is now.
    QTRY_COMPARE(f.view->layoutCount(), layouts + 1);
    f.settle();
    QCOMPARE(f.view->layoutCount(), layouts + 1);
    const QModelIndex state = f.queue.index(5, JobQueue::StateColumn);
    QCOMPARE(state.data().toString(), JobQueue::stateName(QueuedJob::State::Cancelled));
    QVERIFY(f.view->viewport()->rect().contains(f.view->visualRect(state)));
}

// Jobs finish while others are queued below (a fast server): the model's changes (60 a
// second) repaint the rows that changed where they are; the rows queued wait for the frame's
// layout. Each change used to ask for its row's place, which laid out the waiting rows at
// once, on every model update.
void tst_QueueRepaint::aChangeAboveRowsWaitingForTheFrameDoesNotLayThemOut()
{
    Fixture f(5);
    f.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    f.settle();
    const QRect firstRow = f.view->visualRect(f.queue.index(0, JobQueue::StateColumn));
    const qint64 layouts = f.view->layoutCount();
    f.queue.enqueue(prompt, {}, u"Sixth"_s);
    QCoreApplication::processEvents(); // Qt's zero timer: the layout waits for the frame
    QCOMPARE(f.view->layoutCount(), layouts);
    // The layouts made by the time the changed row was first painted.
    qint64 layoutsWhenPainted = -1;
    PaintWatcher watcher(f.view->viewport(), [&](const QRegion &region) {
        if (layoutsWhenPainted < 0 && region.intersects(firstRow))
            layoutsWhenPainted = f.view->layoutCount();
    });
    QSignalSpy changed(&f.queue, &QAbstractItemModel::dataChanged);
    QVERIFY(f.queue.cancel(f.queue.jobIds().constFirst()));
    QVERIFY(changed.wait(1000));
    QCOMPARE(f.view->layoutCount(), layouts);
    // Its row is repainted, before the layout and without it.
    QTRY_VERIFY(layoutsWhenPainted >= 0);
    QCOMPARE(layoutsWhenPainted, layouts);
    QCOMPARE(f.queue.index(0, JobQueue::StateColumn).data().toString(),
             JobQueue::stateName(QueuedJob::State::Cancelled));
    // The frame's layout comes, once, and places the new row.
    QTRY_COMPARE(f.view->layoutCount(), layouts + 1);
    f.settle();
    QCOMPARE(f.view->layoutCount(), layouts + 1);
    const QModelIndex sixth = f.queue.index(5, JobQueue::JobColumn);
    QVERIFY(sixth.data().toString().contains(u"Sixth"_s));
    QCOMPARE(f.view->indexAt(f.view->visualRect(sixth).center()), sixth);
}

void tst_QueueRepaint::aChangedRowRepaintsThatRowAlone()
{
    Fixture f;
    f.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    f.settle();
    RegionCollector painted(f.view->viewport());
    // A job cancelled in view, in the same turn as a job queued below (a layout pending):
    // its state and what follows from it are painted again (not its name and changes,
    // which a job keeps from its queueing), and of the rows after it only the places and
    // estimates that moved (positionsBelowAFinishedJobAreRepainted); no name, no state.
    f.queue.enqueue(prompt, {}, u"Queued below"_s);
    QVERIFY(f.queue.cancel(f.queue.jobIds().at(3)));
    QTRY_VERIFY(!painted.region.isEmpty());
    f.settle();
    QCOMPARE(f.view->quietLayoutCount(), 1);
    const QRect viewport = f.view->viewport()->rect();
    const QRect changedRow = f.view->visualRect(f.queue.index(3, 0));
    const int stateLeft = f.view->visualRect(f.queue.index(3, JobQueue::StateColumn)).left();
    QRegion expected = QRect(QPoint(stateLeft, changedRow.top()), QPoint(viewport.right(), changedRow.bottom()));
    const int left = f.view->visualRect(f.queue.index(4, JobQueue::PositionColumn)).left();
    const int right = f.view->visualRect(f.queue.index(4, JobQueue::EstimateColumn)).right();
    expected += QRect(QPoint(left, 0), QPoint(right, viewport.bottom()));
    QCOMPARE(painted.region.subtracted(expected), QRegion());
    QVERIFY(painted.region.contains(f.view->visualRect(f.queue.index(3, JobQueue::StateColumn)) & viewport));
    QVERIFY(!painted.region.intersects(f.view->visualRect(f.queue.index(3, JobQueue::JobColumn))));
    QVERIFY(!painted.region.intersects(f.view->visualRect(f.queue.index(3, JobQueue::ChangesColumn))));
    QVERIFY(!painted.region.intersects(f.view->visualRect(f.queue.index(6, JobQueue::JobColumn))));
    QVERIFY(!painted.region.intersects(f.view->visualRect(f.queue.index(6, JobQueue::StateColumn))));
    // And it reads what it is now.
    QCOMPARE(f.queue.index(3, JobQueue::StateColumn).data().toString(), JobQueue::stateName(QueuedJob::State::Cancelled));
    QCOMPARE(f.view->indexAt(f.view->visualRect(f.queue.index(3, 0)).center()).row(), 3);
}

void tst_QueueRepaint::rowsQueuedBelowAreThereWhenNeeded()
{
    Fixture f;
    f.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    f.settle();
    // Queued and at once scrolled to (the layout put off to the next frame is made now).
    f.queue.enqueue(prompt, {}, u"The newest"_s);
    const QModelIndex newest = f.queue.index(f.queue.rowCount() - 1, JobQueue::JobColumn);
    f.view->scrollTo(newest);
    QVERIFY(f.view->viewport()->rect().contains(f.view->visualRect(newest)));
    QCOMPARE(f.view->indexAt(f.view->visualRect(newest).center()), newest);
    QVERIFY(newest.data().toString().contains(u"The newest"_s));
    // Keys move through every row, the new ones too.
    f.queue.enqueue(prompt, {}, u"Newer still"_s);
    f.view->setFocus();
    f.view->setCurrentIndex(newest);
    QTest::keyClick(f.view, Qt::Key_Down);
    QCOMPARE(f.view->currentIndex().row(), f.queue.rowCount() - 1);
}

void tst_QueueRepaint::positionsBelowAFinishedJobAreRepainted()
{
    Fixture f;
    f.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    f.settle();
    QCOMPARE(f.queue.index(5, JobQueue::PositionColumn).data().toInt(), 6);
    RegionCollector painted(f.view->viewport());
    // The first job goes: every later waiting job moves up one place, and its Position
    // cell on screen is painted again with the new number.
    QVERIFY(f.queue.cancel(f.queue.jobIds().at(0)));
    QTRY_VERIFY(!painted.region.isEmpty());
    f.settle();
    QCOMPARE(f.queue.index(5, JobQueue::PositionColumn).data().toInt(), 5);
    const int lastShown = f.view->indexAt(QPoint(1, f.view->viewport()->height() - 1)).row();
    QVERIFY(lastShown > 5);
    for (int row = 1; row <= lastShown; ++row) {
        const QRect cell = f.view->visualRect(f.queue.index(row, JobQueue::PositionColumn)) & f.view->viewport()->rect();
        QVERIFY2(painted.region.contains(cell), qPrintable(u"row %1"_s.arg(row)));
    }
    // The job names and changes of the rows that only moved up a place are not painted.
    QVERIFY(!painted.region.intersects(f.view->visualRect(f.queue.index(5, JobQueue::JobColumn))));
}

void tst_QueueRepaint::aColumnStripPaintsItsCellsAlone()
{
    Fixture f;
    auto *delegate = new CountingDelegate(f.view);
    f.view->setItemDelegate(delegate);
    f.view->setItemDelegateForColumn(JobQueue::StateColumn, delegate);
    f.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    f.settle();
    const int shown = f.view->indexAt(QPoint(1, f.view->viewport()->height() - 1)).row();
    QVERIFY(shown > 8);
    // Row 2 whole, and the Estimate cells of the rows after it.
    const QRect row = f.view->visualRect(f.queue.index(2, 0)).united(f.view->visualRect(f.queue.index(2, JobQueue::EstimateColumn)));
    const QRect strip = f.view->visualRect(f.queue.index(3, JobQueue::EstimateColumn))
                            .united(f.view->visualRect(f.queue.index(shown, JobQueue::EstimateColumn)));
    delegate->painted.clear();
    f.view->viewport()->repaint(QRegion(QRect(0, row.top(), f.view->viewport()->width(), row.height())) + strip);
    QCOMPARE(delegate->painted.count(JobQueue::JobColumn), 1);
    QCOMPARE(delegate->painted.count(JobQueue::StateColumn), 1);
    QCOMPARE(delegate->painted.count(JobQueue::EstimateColumn), shown - 1);
    // And the pixels are those of a full repaint.
    const QImage parts = f.view->viewport()->grab().toImage();
    f.view->viewport()->repaint();
    QCOMPARE(f.view->viewport()->grab().toImage(), parts);
}

void tst_QueueRepaint::removedRowsRepaintTheList()
{
    Fixture f;
    f.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    f.settle();
    EventCounter viewportPaints(f.view->viewport());
    // The oldest rows go (Clear Finished): every row on screen moves up and is painted.
    for (int i = 0; i < 5; ++i)
        QVERIFY(f.queue.cancel(f.queue.jobIds().at(i)));
    f.settle();
    viewportPaints.count = 0;
    viewportPaints.pixels = 0;
    f.queue.removeFinished();
    QTRY_VERIFY(viewportPaints.count > 0);
    QVERIFY(viewportPaints.pixels >= qint64(f.view->viewport()->width()) * f.view->viewport()->height());
    QCOMPARE(f.view->indexAt(QPoint(1, 1)).data().toString(), f.queue.index(0, 0).data().toString());
    QVERIFY(f.view->indexAt(QPoint(1, 1)).data().toString().contains(u"Lighthouse 5"_s));
}

void tst_QueueRepaint::scrollBarsCoverTheirWholeRect()
{
    Fixture f;
    f.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    // A new position repaints the bar and nothing under it.
    EventCounter panelPaints(f.panel);
    EventCounter framePaints(f.view);
    EventCounter barPaints(f.view->verticalScrollBar());
    f.view->verticalScrollBar()->setValue(10);
    QTRY_VERIFY(barPaints.count > 0);
    f.settle();
    QCOMPARE(framePaints.count, 0);
    QCOMPARE(panelPaints.count, 0);
    // Marked opaque, a bar must paint every one of its pixels.
    for (QScrollBar *bar : {f.view->verticalScrollBar(), f.view->horizontalScrollBar()}) {
        QVERIFY(bar->testAttribute(Qt::WA_OpaquePaintEvent));
        QCOMPARE(uncoveredPixels(bar), 0);
    }
}

void tst_QueueRepaint::jobColumnFillsTheWidthLeft()
{
    Fixture f;
    f.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    f.settle();
    QHeaderView *header = f.view->header();
    const auto others = [&] {
        int sum = 0;
        for (int column = 0; column < header->count(); ++column) {
            if (column != JobQueue::JobColumn && !header->isSectionHidden(column))
                sum += header->sectionSize(column);
        }
        return sum;
    };
    QCOMPARE(header->sectionSize(JobQueue::JobColumn) + others(), f.view->viewport()->width());
    // Narrower: columns step aside, the name keeps what is left.
    f.window.resize(480, 500);
    QTRY_COMPARE(header->sectionSize(JobQueue::JobColumn) + others(), f.view->viewport()->width());
    QVERIFY(header->isSectionHidden(JobQueue::PositionColumn));
    // The artist widens the changes column: the name gives the room.
    f.window.resize(800, 500);
    QTRY_VERIFY(!header->isSectionHidden(JobQueue::ChangesColumn));
    header->resizeSection(JobQueue::ChangesColumn, 200);
    QCOMPARE(header->sectionSize(JobQueue::JobColumn) + others(), f.view->viewport()->width());
    QCOMPARE(f.view->horizontalScrollBar()->maximum(), 0);
}

void tst_QueueRepaint::scrollBarGroovePaintsAsQtDoes_data()
{
    QTest::addColumn<Qt::Orientation>("orientation");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("vertical") << Qt::Vertical << QSize(15, 700) << true << Qt::LeftToRight;
    QTest::newRow("vertical, short") << Qt::Vertical << QSize(14, 60) << true << Qt::LeftToRight;
    QTest::newRow("horizontal") << Qt::Horizontal << QSize(1400, 15) << true << Qt::LeftToRight;
    QTest::newRow("horizontal, right to left") << Qt::Horizontal << QSize(900, 15) << true << Qt::RightToLeft;
    QTest::newRow("vertical, disabled") << Qt::Vertical << QSize(15, 400) << false << Qt::LeftToRight;
    QTest::newRow("horizontal, disabled") << Qt::Horizontal << QSize(500, 15) << false << Qt::LeftToRight;
    QTest::newRow("vertical, dark") << Qt::Vertical << QSize(15, 300) << true << Qt::LeftToRight;
    // The dark theme's own style (Fusion behind ThemeStyle) and palette.
    QTest::newRow("vertical, dark theme") << Qt::Vertical << QSize(15, 300) << true << Qt::LeftToRight;
}

// Qt's own bar and one painted from its groove picture, set alike, paint the same pixels:
// handles short and long (drawn in pieces), at either end and between, no range at all.
void tst_QueueRepaint::scrollBarGroovePaintsAsQtDoes()
{
    QFETCH(Qt::Orientation, orientation);
    QFETCH(QSize, size);
    QFETCH(bool, enabled);
    QFETCH(Qt::LayoutDirection, direction);
    const bool theme = QByteArray(QTest::currentDataTag()).endsWith("dark theme");
    const std::unique_ptr<QStyle> fusion(theme ? new ThemeStyle(QStyleFactory::create(u"Fusion"_s))
                                               : QStyleFactory::create(u"Fusion"_s));
    QScrollBar qtBar(orientation);
    QScrollBar ourBar(orientation);
    ScrollBarGroove *groove = ScrollBarGroove::install(&ourBar);
    for (QScrollBar *bar : {&qtBar, &ourBar}) {
        bar->setStyle(fusion.get());
        bar->resize(size);
        bar->setEnabled(enabled);
        bar->setLayoutDirection(direction);
        if (theme) {
            bar->setPalette(Theme::darkPalette());
        } else if (QByteArray(QTest::currentDataTag()).endsWith("dark")) {
            QPalette dark;
            dark.setColor(QPalette::Window, QColor(0x35, 0x35, 0x38));
            dark.setColor(QPalette::Button, QColor(0x40, 0x40, 0x44));
            dark.setColor(QPalette::Base, QColor(0x25, 0x25, 0x28));
            dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
            bar->setPalette(dark);
        }
    }
    const auto pixels = [](QScrollBar *bar) {
        QImage image(bar->size(), QImage::Format_ARGB32);
        image.fill(Qt::magenta);
        bar->render(&image, {}, {}, QWidget::DrawChildren);
        return image;
    };
    int compared = 0;
    for (const int maximum : {0, 3, 40, 1000, 100000}) {
        for (const int pageStep : {1, 10, 100, 5000}) {
            for (const int value : {0, 1, maximum / 3, maximum - 1, maximum}) {
                for (QScrollBar *bar : {&qtBar, &ourBar}) {
                    bar->setRange(0, maximum);
                    bar->setPageStep(pageStep);
                    bar->setValue(value);
                }
                const QImage expected = pixels(&qtBar);
                const QImage actual = pixels(&ourBar);
                if (actual != expected) {
                    int differing = 0;
                    for (int y = 0; y < expected.height(); ++y) {
                        for (int x = 0; x < expected.width(); ++x)
                            differing += expected.pixel(x, y) != actual.pixel(x, y) ? 1 : 0;
                    }
                    QFAIL(qPrintable(u"maximum %1, page %2, value %3: %4 pixels differ"_s.arg(maximum).arg(pageStep).arg(value).arg(differing)));
                }
                ++compared;
            }
        }
    }
    QCOMPARE(compared, 100);
    // One groove for all those positions; a new size draws it again.
    QCOMPARE(groove->grooveDraws(), 1);
    ourBar.resize(size + QSize(1, 1));
    (void)pixels(&ourBar);
    QCOMPARE(groove->grooveDraws(), 2);
}

// The queue's bar, moved by rows queued while its groove is drawn once.
void tst_QueueRepaint::queueBarsDrawTheirGrooveOnce()
{
    Fixture f;
    f.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    QScrollBar *bar = f.view->verticalScrollBar();
    auto *groove = bar->findChild<ScrollBarGroove *>();
    QVERIFY(groove);
    f.settle();
    EventCounter barPaints(bar);
    const qint64 drawsBefore = groove->grooveDraws();
    for (int round = 0; round < 3; ++round) {
        const int paintsBefore = barPaints.count;
        const int maximum = bar->maximum();
        f.queue.enqueue(prompt, {}, u"Round %1"_s.arg(round));
        QTRY_VERIFY(bar->maximum() > maximum && barPaints.count > paintsBefore);
    }
    QCOMPARE(groove->grooveDraws(), drawsBefore);
    QVERIFY(f.view->horizontalScrollBar()->findChild<ScrollBarGroove *>());
}

QTEST_MAIN(tst_QueueRepaint)
#include "tst_queuerepaint.moc"
