// The window's pace (issue 17): DisplayThrottle (state shown at most once per interval, the
// newest, none lost), PacedLabel (per-job texts; a direct write is newer) and FramePacer
// (one painted frame per interval, however many updates).
#include "displayframe.h"
#include "displaythrottle.h"
#include "framepacer.h"
#include "pacedlabel.h"
#include "eventcounter.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_DisplayPace : public QObject
{
    Q_OBJECT
private slots:
    void throttleShowsTheNewestOncePerInterval();
    void pacedLabelYieldsToADirectWrite();
    void framePacerPaintsOncePerInterval();
    void throttlesDueTogetherShareOneWakeUp();
};

void tst_DisplayPace::throttleShowsTheNewestOncePerInterval()
{
    int state = 0;
    QList<int> shown;
    QObject owner;
    DisplayThrottle throttle(3600 * 1000, [&] { shown.append(state); }, &owner);
    // Idle: the first change shows on the next turn of the event loop, not inside request().
    state = 1;
    throttle.request();
    QVERIFY(shown.isEmpty());
    QTRY_COMPARE(shown, QList<int>({1}));
    // Within the interval: a hundred changes wait, and its end shows the last one once.
    for (state = 2; state <= 100; ++state) {
        throttle.request();
        QCoreApplication::processEvents();
    }
    state = 100;
    QCOMPARE(shown, QList<int>({1}));
    QVERIFY(throttle.isPending());
    throttle.flush();
    QCOMPARE(shown, QList<int>({1, 100}));
    throttle.flush(); // nothing pending: nothing shown again
    QCOMPARE(throttle.applyCount(), 2);
    // A short interval ends by itself.
    throttle.setIntervalMs(DisplayThrottle::frameMs);
    state = 7;
    throttle.request();
    QTRY_COMPARE(shown.constLast(), 7);
    state = 8;
    throttle.request();
    throttle.cancel();
    QCoreApplication::processEvents();
    QVERIFY(!throttle.isPending());
    QCOMPARE(shown.constLast(), 7);
}

void tst_DisplayPace::pacedLabelYieldsToADirectWrite()
{
    QLabel label;
    PacedLabel paced(&label);
    paced.setText(u"Running a"_s);
    paced.setText(u"Running b"_s);
    QCOMPARE(paced.text(), u"Running b"_s);
    QTRY_COMPARE(label.text(), u"Running b"_s);
    // Asked for, then overtaken by a text written straight to the label: that one stays.
    paced.throttle()->setIntervalMs(3600 * 1000);
    paced.setText(u"Running c"_s);
    label.setText(u"Portrait.json is open."_s);
    QCOMPARE(paced.text(), u"Portrait.json is open."_s);
    paced.throttle()->flush();
    QCOMPARE(label.text(), u"Portrait.json is open."_s);
}

void tst_DisplayPace::framePacerPaintsOncePerInterval()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *label = new QLabel(u"0"_s, &window);
    layout->addWidget(label);
    auto *pacer = new FramePacer(&window);
    window.resize(300, 100);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(pacer->framesPainted() > 0 || label->isVisible());
    EventCounter painted(label);
    QElapsedTimer clock;
    clock.start();
    // 200 changes, each followed by a turn of the event loop (where Qt would paint each).
    for (int i = 1; i <= 200; ++i) {
        label->setText(QString::number(i));
        QCoreApplication::processEvents();
    }
    const qint64 elapsed = clock.elapsed();
    // The newest text is painted once the held frame goes out.
    QTRY_VERIFY(!pacer->framesHeld() || painted.count > 0);
    // Painted no faster than the window takes the running work's state in.
    QCOMPARE(FramePacer::ambientIntervalMs, DisplayThrottle::frameMs);
    const int bound = int(elapsed / FramePacer::ambientIntervalMs) + 2;
    QVERIFY2(painted.count <= bound, qPrintable(u"%1 paints in %2 ms"_s.arg(painted.count).arg(elapsed)));
    QVERIFY(pacer->framesHeld() > 0);
    QTRY_VERIFY(painted.count >= 1);
    // The last frame shows the last state: grab what the window has painted.
    const int before = painted.count;
    label->setText(u"done"_s);
    QTRY_VERIFY(painted.count > before);
    QCOMPARE(label->text(), u"done"_s);
}

// The window's paced parts keep one clock: throttles due at the same time are applied by one
// wake-up, in the order asked; one asked for inside that wake-up and due is applied in it too
// (the strip's newest output makes the viewer want to show it); a painted frame held for the
// interval goes out after the state of its wake-up.
void tst_DisplayPace::throttlesDueTogetherShareOneWakeUp()
{
    QObject owner;
    QStringList order;
    DisplayThrottle *second = nullptr;
    DisplayThrottle first(DisplayThrottle::frameMs, [&] {
        order.append(u"first"_s);
        second->request();
    }, &owner);
    DisplayThrottle other(DisplayThrottle::frameMs, [&] { order.append(u"other"_s); }, &owner);
    second = new DisplayThrottle(DisplayThrottle::frameMs, [&] { order.append(u"second"_s); }, &owner);
    DisplayFrame *frame = DisplayFrame::instance();
    // Idle: all three due now, one wake-up.
    const qint64 wakeUps = frame->wakeUps();
    first.request();
    other.request();
    QTRY_COMPARE(order, QStringList({u"first"_s, u"other"_s, u"second"_s}));
    QCOMPARE(frame->wakeUps(), wakeUps + 1);
    // Within the interval: each asks again at a different moment; all three are due at the
    // same frame (they were applied together) and served by one wake-up.
    order.clear();
    other.request();
    QTest::qWait(5);
    first.request();
    QTRY_COMPARE(order, QStringList({u"other"_s, u"first"_s, u"second"_s}));
    QCOMPARE(frame->wakeUps(), wakeUps + 2);
    QCOMPARE(first.applyCount(), 2);
    QCOMPARE(second->applyCount(), 2);
    // A throttle that asks again inside its own apply waits for the next frame (no loop).
    order.clear();
    int again = 0;
    DisplayThrottle *self = nullptr;
    self = new DisplayThrottle(DisplayThrottle::frameMs, [&] {
        order.append(u"self"_s);
        if (++again < 3)
            self->request();
    }, &owner);
    self->request();
    QTRY_COMPARE(again, 3);
    QCOMPARE(self->applyCount(), 3);
    // A throttle gone while due is simply not served.
    auto *gone = new DisplayThrottle(DisplayThrottle::frameMs, [&] { order.append(u"gone"_s); }, &owner);
    gone->request();
    delete gone;
    QTest::qWait(2 * DisplayThrottle::frameMs);
    QVERIFY(!order.contains(u"gone"_s));
}

QTEST_MAIN(tst_DisplayPace)
#include "tst_displaypace.moc"
