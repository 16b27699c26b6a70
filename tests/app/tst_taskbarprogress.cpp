// The task-bar progress: the Unity LauncherEntry payload, and the Update signal as a dock
// sees it on a D-Bus bus of the test's own (a dbus-daemon started for the test).
#include "taskbarprogress.h"

#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#ifdef EASEL_HAVE_DBUS
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#endif

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_TaskbarProgress : public QObject
{
    Q_OBJECT

private slots:
    void payload();
    void appUri();
    void updateSignalOnABus();
    void cleanupTestCase();

#ifdef EASEL_HAVE_DBUS
    void onUpdate(const QDBusMessage &message) { m_updates.append(message); }
#endif

private:
#ifdef EASEL_HAVE_DBUS
    QList<QDBusMessage> m_updates;
#endif
    QProcess m_daemon;
};

void tst_TaskbarProgress::payload()
{
    const QVariantMap half = TaskbarProgress::properties(0.5);
    QCOMPARE(half.size(), 2);
    QCOMPARE(half.value(u"progress"_s).metaType(), QMetaType::fromType<double>());
    QCOMPARE(half.value(u"progress"_s).toDouble(), 0.5);
    QCOMPARE(half.value(u"progress-visible"_s).metaType(), QMetaType::fromType<bool>());
    QCOMPARE(half.value(u"progress-visible"_s).toBool(), true);
    // Hidden: JobQueue's -1 for "nothing queued".
    const QVariantMap hidden = TaskbarProgress::properties(-1);
    QCOMPARE(hidden.value(u"progress-visible"_s).toBool(), false);
    QCOMPARE(hidden.value(u"progress"_s).toDouble(), 0.0);
    QCOMPARE(TaskbarProgress::properties(1.5).value(u"progress"_s).toDouble(), 1.0);
}

void tst_TaskbarProgress::appUri()
{
    QCOMPARE(TaskbarProgress::appUri(u"io.github.easel.Easel"_s),
             u"application://io.github.easel.Easel.desktop"_s);
    QCOMPARE(TaskbarProgress::appUri(u"easel.desktop"_s), u"application://easel.desktop"_s);
    QGuiApplication::setDesktopFileName(u"io.github.easel.Easel"_s);
    QCOMPARE(TaskbarProgress::appUri(), u"application://io.github.easel.Easel.desktop"_s);
}

void tst_TaskbarProgress::updateSignalOnABus()
{
#ifndef EASEL_HAVE_DBUS
    QSKIP("Built without QtDBus: the task-bar progress does nothing here");
#else
    const QString daemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
    if (daemon.isEmpty())
        QSKIP("dbus-daemon is not installed: only the payload is tested");
    // A bus of the test's own, so nothing depends on (or reaches) a desktop session.
    m_daemon.start(daemon, {u"--session"_s, u"--nofork"_s, u"--print-address"_s});
    QVERIFY(m_daemon.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(m_daemon.canReadLine(), 10000);
    const QString address = QString::fromUtf8(m_daemon.readLine().trimmed());
    QVERIFY(!address.isEmpty());

    QDBusConnection dock = QDBusConnection::connectToBus(address, u"dock"_s);
    QVERIFY2(dock.isConnected(), qPrintable(dock.lastError().message()));
    QVERIFY(dock.connect(QString(), QString(), QString::fromLatin1(TaskbarProgress::interfaceName),
                         QString::fromLatin1(TaskbarProgress::signalName), this,
                         SLOT(onUpdate(QDBusMessage))));

    QGuiApplication::setDesktopFileName(u"io.github.easel.Easel"_s);
    {
        TaskbarProgress progress;
        QVERIFY(progress.connectToBus(address));
        QVERIFY(progress.isConnected());
        progress.setProgress(0.25);
        QTRY_COMPARE_WITH_TIMEOUT(m_updates.size(), 1, 10000);
        const QDBusMessage first = m_updates.constFirst();
        QCOMPARE(first.type(), QDBusMessage::SignalMessage);
        QCOMPARE(first.path(), QString::fromLatin1(TaskbarProgress::objectPath));
        QCOMPARE(first.signature(), u"sa{sv}"_s);
        QCOMPARE(first.arguments().at(0).toString(), u"application://io.github.easel.Easel.desktop"_s);
        const QVariantMap properties = qdbus_cast<QVariantMap>(first.arguments().at(1));
        QCOMPARE(properties.value(u"progress"_s).toDouble(), 0.25);
        QCOMPARE(properties.value(u"progress-visible"_s).toBool(), true);

        // The same bar again is not sent; a change is.
        progress.setProgress(0.25);
        progress.setProgress(0.2501);
        progress.setProgress(0.75);
        QTRY_COMPARE_WITH_TIMEOUT(m_updates.size(), 2, 10000);
        QCOMPARE(qdbus_cast<QVariantMap>(m_updates.at(1).arguments().at(1)).value(u"progress"_s).toDouble(), 0.75);
        QCOMPARE(progress.updatesSent(), 2);

        progress.setProgress(-1);
        QTRY_COMPARE_WITH_TIMEOUT(m_updates.size(), 3, 10000);
        QCOMPARE(qdbus_cast<QVariantMap>(m_updates.at(2).arguments().at(1)).value(u"progress-visible"_s).toBool(), false);

        // Shown again, then destroyed: the bar is hidden on the way out.
        progress.setProgress(0.5);
        QTRY_COMPARE_WITH_TIMEOUT(m_updates.size(), 4, 10000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_updates.size(), 5, 10000);
    QCOMPARE(qdbus_cast<QVariantMap>(m_updates.at(4).arguments().at(1)).value(u"progress-visible"_s).toBool(), false);
    QDBusConnection::disconnectFromBus(u"dock"_s);
#endif
}

void tst_TaskbarProgress::cleanupTestCase()
{
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5000))
            m_daemon.kill();
    }
}

QTEST_MAIN(tst_TaskbarProgress)
#include "tst_taskbarprogress.moc"
