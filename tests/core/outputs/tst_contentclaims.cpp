// ContentClaims: one placement per bytes and library across threads; a waiter on another
// thread hears the release on its own thread; a folder named through a link is one library.
#include "contentclaims.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_ContentClaims : public QObject
{
    Q_OBJECT
private slots:
    void oneHolderAtATimeAcrossThreads();
    void waiterHearsReleaseOnItsThread();
    void linkedFolderIsOneLibrary();
};

// Four threads claim the same bytes 2,000 times each: never two holders at once, and every
// claim that succeeded was released (nothing left claimed).
void tst_ContentClaims::oneHolderAtATimeAcrossThreads()
{
    ContentClaims *claims = ContentClaims::instance();
    const QString library = u"/library/threads"_s;
    const QByteArray bytes = "sha-of-the-same-picture";
    QAtomicInt holders = 0;
    QAtomicInt overlaps = 0;
    QAtomicInt won = 0;
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads.append(QThread::create([&] {
            for (int i = 0; i < 2000; ++i) {
                if (!claims->claim(library, bytes))
                    continue;
                if (holders.fetchAndAddOrdered(1) != 0)
                    overlaps.ref();
                won.ref();
                holders.deref();
                claims->release(library, bytes);
            }
        }));
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(20000));
        delete thread;
    }
    QCOMPARE(overlaps.loadRelaxed(), 0);
    QVERIFY(won.loadRelaxed() > 0);
    QVERIFY(!claims->isClaimed(library, bytes));
    // Other bytes, or the same bytes in another library, are never held up.
    QVERIFY(claims->claim(library, bytes));
    QVERIFY(claims->claim(library, "other bytes"));
    QVERIFY(claims->claim(u"/library/other"_s, bytes));
    QVERIFY(!claims->claim(library, bytes));
    claims->release(library, bytes);
    claims->release(library, "other bytes");
    claims->release(u"/library/other"_s, bytes);
}

// A store on another thread that waits is told on its own thread, once the holder releases.
void tst_ContentClaims::waiterHearsReleaseOnItsThread()
{
    ContentClaims *claims = ContentClaims::instance();
    const QString library = u"/library/waiter"_s;
    QVERIFY(claims->claim(library, "bytes"));
    QThread worker;
    QObject waiter;
    waiter.moveToThread(&worker);
    QAtomicPointer<QThread> heardOn = nullptr;
    QAtomicInt heard = 0;
    connect(claims, &ContentClaims::released, &waiter,
            [&](const QString &releasedLibrary, const QByteArray &sha256) {
                if (releasedLibrary == library && sha256 == "bytes") {
                    heardOn.storeRelease(QThread::currentThread());
                    heard.ref();
                }
            });
    worker.start();
    QVERIFY(!claims->claim(library, "bytes")); // held: the waiter has to wait
    claims->release(library, "bytes");
    QTRY_COMPARE(heard.loadAcquire(), 1);
    QCOMPARE(heardOn.loadAcquire(), &worker);
    QVERIFY(claims->claim(library, "bytes")); // free again
    QVERIFY(!claims->claim(library, "bytes"));
    claims->release(library, "bytes");
    claims->release(library, "bytes"); // a second release of the same claim says nothing
    QTRY_COMPARE(heard.loadAcquire(), 2);
    // Nobody waited this time: the release says nothing (no queued call to every store).
    QSignalSpy said(claims, &ContentClaims::released); // counted on this thread, at once
    QVERIFY(claims->claim(library, "bytes"));
    claims->release(library, "bytes");
    QCOMPARE(said.count(), 0);
    worker.quit();
    QVERIFY(worker.wait(10000));
    QCOMPARE(heard.loadAcquire(), 2);
}

void tst_ContentClaims::linkedFolderIsOneLibrary()
{
    QTemporaryDir root;
    const QString library = root.filePath(u"library"_s);
    QVERIFY(QDir().mkpath(library));
    const QString linked = root.filePath(u"linked"_s);
    QVERIFY(QFile::link(library, linked));
    QCOMPARE(ContentClaims::libraryKey(linked), ContentClaims::libraryKey(library));
    QCOMPARE(ContentClaims::libraryKey(library + u"/sub/.."_s), ContentClaims::libraryKey(library));
    // Not there yet: its clean absolute path.
    QCOMPARE(ContentClaims::libraryKey(root.filePath(u"later/./x/.."_s)),
             QFileInfo(root.path()).canonicalFilePath() + u"/later"_s);
}

QTEST_GUILESS_MAIN(tst_ContentClaims)
#include "tst_contentclaims.moc"
