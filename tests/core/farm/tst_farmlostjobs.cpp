// The farm's clocks for jobs whose server is away (FarmLostJobs), without sockets: a job is
// lost only once its server has been away for the whole timeout, a clock stopped or
// restarted counts from its new start, and what a server away still holds of prompts given
// up on is handed over once, when it returns.
#include "farmlostjobs.h"

#include <QSignalSpy>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_FarmLostJobs : public QObject
{
    Q_OBJECT

private slots:
    void lostOnlyAfterTheWholeTimeout();
    void stoppedOrRestartedClockCountsAgain();
    void abandonedPromptsAreHandedOverOnce();
    void ticksOnlyWhileStarted();
};

void tst_FarmLostJobs::lostOnlyAfterTheWholeTimeout()
{
    FarmLostJobs lost;
    lost.setTimeoutMs(3000);
    const QDateTime down = QDateTime::fromString(u"2026-12-07T01:00:00.000Z"_s, Qt::ISODateWithMs);
    QVERIFY(down.isValid());
    QVERIFY(!lost.hasClock(u"a"_s));
    QVERIFY(!lost.hasExpired(u"a"_s, down.addSecs(3600))); // no clock: never lost
    lost.startClock(u"a"_s, down);
    QVERIFY(lost.hasClock(u"a"_s));
    QVERIFY(!lost.hasExpired(u"a"_s, down));
    QVERIFY(!lost.hasExpired(u"a"_s, down.addMSecs(2999)));
    QVERIFY(lost.hasExpired(u"a"_s, down.addMSecs(3000)));
    // Another job's clock is its own.
    lost.startClock(u"b"_s, down.addMSecs(2000));
    QVERIFY(!lost.hasExpired(u"b"_s, down.addMSecs(3000)));
    QVERIFY(lost.hasExpired(u"b"_s, down.addMSecs(5000)));
}

void tst_FarmLostJobs::stoppedOrRestartedClockCountsAgain()
{
    FarmLostJobs lost;
    lost.setTimeoutMs(1000);
    const QDateTime t0 = QDateTime::fromString(u"2026-12-07T01:00:00.000Z"_s, Qt::ISODateWithMs);
    lost.startClock(u"a"_s, t0);
    // Its server came back: no clock, never lost.
    lost.stopClock(u"a"_s);
    QVERIFY(!lost.hasClock(u"a"_s));
    QVERIFY(!lost.hasExpired(u"a"_s, t0.addSecs(60)));
    // Down again later: counted from then, not from the first time.
    lost.startClock(u"a"_s, t0.addSecs(10));
    QVERIFY(!lost.hasExpired(u"a"_s, t0.addMSecs(10500)));
    QVERIFY(lost.hasExpired(u"a"_s, t0.addSecs(11)));
    // Started again while running (another event of going away): from the new start.
    lost.startClock(u"a"_s, t0.addSecs(20));
    QVERIFY(!lost.hasExpired(u"a"_s, t0.addMSecs(20999)));
}

void tst_FarmLostJobs::abandonedPromptsAreHandedOverOnce()
{
    FarmLostJobs lost;
    lost.abandon(u"http://b"_s, u"p1"_s);
    lost.abandon(u"http://b"_s, u"p2"_s);
    lost.abandon(u"http://b"_s, u"p1"_s); // once is enough
    lost.abandon(u"http://c"_s, u"p3"_s);
    QCOMPARE(lost.takeAbandoned(u"http://b"_s), QStringList({u"p1"_s, u"p2"_s}));
    QCOMPARE(lost.takeAbandoned(u"http://b"_s), QStringList());
    QCOMPARE(lost.takeAbandoned(u"http://c"_s), QStringList({u"p3"_s}));
}

void tst_FarmLostJobs::ticksOnlyWhileStarted()
{
    FarmLostJobs lost;
    lost.setTickMs(5);
    QSignalSpy ticks(&lost, &FarmLostJobs::tick);
    QVERIFY(!lost.isActive());
    lost.start();
    QVERIFY(lost.isActive());
    QTRY_VERIFY(ticks.size() >= 2);
    lost.stop();
    QVERIFY(!lost.isActive());
}

QTEST_GUILESS_MAIN(tst_FarmLostJobs)
#include "tst_farmlostjobs.moc"
