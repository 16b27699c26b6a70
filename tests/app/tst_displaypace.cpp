// The window's pace (issue 17): DisplayThrottle (state shown at most once per interval, the
// newest, none lost), PacedLabel (per-job texts; a direct write is newer) and FramePacer
// (one painted frame per interval, however many updates).
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

QTEST_MAIN(tst_DisplayPace)
#include "tst_displaypace.moc"
