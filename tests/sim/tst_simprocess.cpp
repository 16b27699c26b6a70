// The easel-sim program as `./easel.sh run` and test harnesses use it: started without
// --data-dir it keeps its files in a folder of its own, which must be gone once a signal
// has stopped it, as after a normal exit.

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestSimProcess : public QObject
{
    Q_OBJECT

private slots:
    void signalStopRemovesItsOwnDataFolder_data();
    void signalStopRemovesItsOwnDataFolder();
};

void TestSimProcess::signalStopRemovesItsOwnDataFolder_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGHUP") << int(SIGHUP);
}

void TestSimProcess::signalStopRemovesItsOwnDataFolder()
{
    QFETCH(int, signalNumber);
    // The simulator's QTemporaryDir goes under TMPDIR: a folder of this test's own.
    QTemporaryDir tmp;
    QTemporaryDir runtime; // Qt's platform code makes a runtime folder when none is set
    QVERIFY(tmp.isValid() && runtime.isValid());
    QProcess sim;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TMPDIR"), tmp.path());
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    sim.setProcessEnvironment(environment);
    sim.start(QStringLiteral(EASEL_BINARY_DIR "/src/sim/easel-sim"), {QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(sim.waitForStarted());
    // The first line is the base URL, printed once the server listens (and its folder exists).
    QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 20000);
    QVERIFY(sim.readLine().startsWith("http://"));
    const QDir folder(tmp.path());
    QCOMPARE(folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);

    QCOMPARE(::kill(pid_t(sim.processId()), signalNumber), 0);
    QVERIFY(sim.waitForFinished(20000));
    QCOMPARE(sim.exitStatus(), QProcess::NormalExit); // left through the event loop, not killed
    QCOMPARE(sim.exitCode(), 0);
    QCOMPARE(folder.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

QTEST_GUILESS_MAIN(TestSimProcess)
#include "tst_simprocess.moc"
