// Single instance: a second instance hands its files to the first and exits, in process
// (two SingleInstance objects, one on a thread) and with the real easel binary twice.
#include "singleinstance.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>

using namespace Qt::StringLiterals;
using Easel::SingleInstance;

class tst_SingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keysArePerProfile();
    void secondInstanceHandsOverItsFiles();
    void forwardWithoutPrimaryFails();
    void staleSocketIsReplaced();
    void nextInstanceTakesOverAfterTheFirstQuits();
    void realBinaryHandsOverToTheRunningWindow();

private:
    static QString uniqueKey()
    {
        return u"easel-test-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    }
    // forward() blocks, so it runs on a thread while this one serves the primary.
    static int
    forwardFromThread(const QString &key, const QStringList &paths, int timeoutMs = 5000);

    QTemporaryDir m_dir;
};

void tst_SingleInstance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

int tst_SingleInstance::forwardFromThread(const QString &key,
                                          const QStringList &paths,
                                          int timeoutMs)
{
    std::atomic<int> result = -2;
    QThread *thread = QThread::create([&] {
        SingleInstance secondary(key);
        if (secondary.listen()) {
            result = -1; // wrongly became primary
            return;
        }
        result = secondary.forward(paths, timeoutMs) ? 1 : 0;
    });
    thread->start();
    // Serve the primary's event loop until the thread is done.
    const bool finished
        = QTest::qWaitFor([thread] { return thread->isFinished(); }, timeoutMs + 5000);
    thread->wait();
    delete thread;
    return finished ? result.load() : -3;
}

void tst_SingleInstance::keysArePerProfile()
{
    QCOMPARE(SingleInstance::keyFor(), SingleInstance::keyFor());
    QVERIFY(SingleInstance::keyFor() != SingleInstance::keyFor(u"work"_s));
    QVERIFY(SingleInstance::keyFor().startsWith(u"easel-"_s));
}

void tst_SingleInstance::secondInstanceHandsOverItsFiles()
{
    const QString key = uniqueKey();
    SingleInstance primary(key);
    QVERIFY(primary.listen());
    QVERIFY(primary.isPrimary());
    QSignalSpy received(&primary, &SingleInstance::filesReceived);
    QVERIFY(received.isValid());

    QCOMPARE(forwardFromThread(key, {u"relative/flow.json"_s, u"/tmp/picture.png"_s}), 1);
    QTRY_COMPARE(received.count(), 1);
    const QStringList paths = received.takeFirst().at(0).toStringList();
    QCOMPARE(paths.size(), 2);
    QVERIFY(QFileInfo(paths.at(0)).isAbsolute());
    QVERIFY(paths.at(0).endsWith(u"/relative/flow.json"_s));
    QCOMPARE(paths.at(1), u"/tmp/picture.png"_s);

    // No files: the primary is just asked to come forward.
    QCOMPARE(forwardFromThread(key, {}), 1);
    QTRY_COMPARE(received.count(), 1);
    QVERIFY(received.takeFirst().at(0).toStringList().isEmpty());
}

void tst_SingleInstance::forwardWithoutPrimaryFails()
{
    SingleInstance lonely(uniqueKey());
    QVERIFY(!lonely.forward({u"/tmp/x.json"_s}, 300));
}

void tst_SingleInstance::staleSocketIsReplaced()
{
    // A crashed instance leaves its socket file behind; the next one still listens.
    const QString key = uniqueKey();
#ifdef Q_OS_UNIX
    QFile stale(QDir::tempPath() + u'/' + key);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
#endif
    SingleInstance primary(key);
    QVERIFY(primary.listen());
    QVERIFY(primary.isPrimary());
    QSignalSpy received(&primary, &SingleInstance::filesReceived);
    QCOMPARE(forwardFromThread(key, {u"/tmp/a.json"_s}), 1);
    QTRY_COMPARE(received.count(), 1);
}

void tst_SingleInstance::nextInstanceTakesOverAfterTheFirstQuits()
{
    const QString key = uniqueKey();
    {
        SingleInstance first(key);
        QVERIFY(first.listen());
        SingleInstance second(key);
        QVERIFY(!second.listen());
    }
    SingleInstance third(key);
    QVERIFY(third.listen());
    QVERIFY(third.isPrimary());
}

void tst_SingleInstance::realBinaryHandsOverToTheRunningWindow()
{
    const QString easel = QStringLiteral(EASEL_BINARY_DIR "/src/app/easel");
    QVERIFY2(QFileInfo::exists(easel), qPrintable(easel));
    // A home of its own gives this test its own instance key (SingleInstance::keyFor hashes
    // the user, the home and the connection profile), away from a real running Easel.
    // (--profile now names a saved connection profile, so it cannot be made up here.)
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"easel.instance.debug=true"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    env.insert(u"LANGUAGE"_s, u"en"_s);
    const QStringList common = {u"--server"_s,
                                u"http://127.0.0.1:9"_s,
                                u"--out"_s,
                                m_dir.filePath(u"out"_s)};

    QProcess first;
    first.setProcessEnvironment(env);
    first.setProcessChannelMode(QProcess::SeparateChannels);
    first.start(easel, common);
    QVERIFY(first.waitForStarted());
    QByteArray firstLog;
    QTRY_VERIFY_WITH_TIMEOUT(
        (firstLog += first.readAllStandardError()).contains("primary instance on"), 20000);

    const QString workflow = m_dir.filePath(u"handed-over.json"_s);
    QFile file(workflow);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{}");
    file.close();

    QProcess second;
    second.setProcessEnvironment(env);
    second.start(easel, common + QStringList{workflow});
    QVERIFY(second.waitForFinished(20000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        (firstLog += first.readAllStandardError()).contains("received 1 file(s)"), 10000);
    QCOMPARE(first.state(), QProcess::Running);

    first.terminate();
    if (!first.waitForFinished(10000)) {
        first.kill();
        first.waitForFinished();
    }
}

QTEST_GUILESS_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"
