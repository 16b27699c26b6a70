// The /object_info disk cache: stored per server, read back byte for byte, corrupt files
// ignored, parsed off the calling thread, and not parsed again when unchanged.
#include "cataloguecache.h"
#include "futurecallback.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_CatalogueCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storeAndRead();
    void perServer();
    void corruptFileIgnored();
    void loadOffThread();
    void updateReusesUnchanged();
    void defaultDirectory();

private:
    QByteArray m_objectInfo;
    QTemporaryDir m_dir;
};

void tst_CatalogueCache::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/object_info.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_objectInfo = file.readAll();
    QVERIFY(m_dir.isValid());
}

void tst_CatalogueCache::storeAndRead()
{
    const CatalogueCache cache(m_dir.filePath(u"a"_s));
    const QUrl server(u"http://127.0.0.1:8188/"_s);
    QVERIFY(cache.read(server).isEmpty());
    QVERIFY(!cache.isCurrent(server, m_objectInfo));
    QString error;
    QVERIFY2(cache.store(server, m_objectInfo, &error), qPrintable(error));
    QByteArray hash;
    QCOMPARE(cache.read(server, &hash), m_objectInfo);
    QCOMPARE(hash, CatalogueCache::hash(m_objectInfo));
    QVERIFY(cache.isCurrent(server, m_objectInfo));
    QVERIFY(!cache.isCurrent(server, m_objectInfo + ' '));
    // The same server spelled without the slash or in capitals shares the file.
    QCOMPARE(cache.read(QUrl(u"http://127.0.0.1:8188"_s)), m_objectInfo);
    QCOMPARE(cache.fileFor(QUrl(u"http://LOCALHOST:1/"_s)), cache.fileFor(QUrl(u"http://localhost:1"_s)));
}

void tst_CatalogueCache::perServer()
{
    const CatalogueCache cache(m_dir.filePath(u"b"_s));
    QVERIFY(cache.store(QUrl(u"http://a:1/"_s), "{\"A\": 1}"));
    QVERIFY(cache.store(QUrl(u"http://b:1/"_s), "{\"B\": 2}"));
    QCOMPARE(cache.read(QUrl(u"http://a:1/"_s)), QByteArray("{\"A\": 1}"));
    QCOMPARE(cache.read(QUrl(u"http://b:1/"_s)), QByteArray("{\"B\": 2}"));
    QVERIFY(cache.remove(QUrl(u"http://a:1/"_s)));
    QVERIFY(cache.read(QUrl(u"http://a:1/"_s)).isEmpty());
}

void tst_CatalogueCache::corruptFileIgnored()
{
    const CatalogueCache cache(m_dir.filePath(u"c"_s));
    const QUrl server(u"http://c:1/"_s);
    QVERIFY(cache.store(server, m_objectInfo));
    QFile file(cache.fileFor(server));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() / 2)); // a crash in the middle of someone else's write
    file.close();
    QVERIFY(cache.read(server).isEmpty());
    QFile garbage(cache.fileFor(server));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("not a cache file");
    garbage.close();
    QVERIFY(cache.read(server).isEmpty());
}

void tst_CatalogueCache::loadOffThread()
{
    const CatalogueCache cache(m_dir.filePath(u"d"_s));
    const QUrl server(u"http://d:1/"_s);
    QVERIFY(cache.store(server, m_objectInfo));
    QFuture<CatalogueCache::Entry> future = cache.load(server);
    future.waitForFinished();
    const CatalogueCache::Entry entry = future.result();
    QVERIFY(entry.catalogue);
    QVERIFY(entry.catalogue->nodeClass(u"KSampler"_s));
    QCOMPARE(entry.hash, CatalogueCache::hash(m_objectInfo));
    // Nothing cached: an empty entry, not an error.
    QFuture<CatalogueCache::Entry> none = cache.load(QUrl(u"http://nothing:1/"_s));
    none.waitForFinished();
    QVERIFY(!none.result().catalogue);
}

void tst_CatalogueCache::updateReusesUnchanged()
{
    const CatalogueCache cache(m_dir.filePath(u"e"_s));
    const QUrl server(u"http://e:1/"_s);
    QFuture<CatalogueCache::Entry> first = cache.update(server, m_objectInfo);
    first.waitForFinished();
    const CatalogueCache::Entry entry = first.result();
    QVERIFY(entry.catalogue);
    QVERIFY(cache.isCurrent(server, m_objectInfo)); // stored
    QFuture<CatalogueCache::Entry> again = cache.update(server, m_objectInfo, entry);
    again.waitForFinished();
    QCOMPARE(again.result().catalogue.get(), entry.catalogue.get()); // not parsed again
    // A changed node set is parsed and replaces the file.
    QByteArray changed = m_objectInfo;
    changed.replace("\"KSampler\"", "\"KSampler2\"");
    QFuture<CatalogueCache::Entry> third = cache.update(server, changed, entry);
    third.waitForFinished();
    QVERIFY(third.result().catalogue.get() != entry.catalogue.get());
    QVERIFY(third.result().catalogue->nodeClass(u"KSampler2"_s));
    QVERIFY(cache.isCurrent(server, changed));

    // Delivered to a live context on its thread.
    QObject context;
    bool delivered = false;
    onFinished(cache.load(server), &context, [&](const CatalogueCache::Entry &e) {
        delivered = e.catalogue && QThread::currentThread() == context.thread();
    });
    QTRY_VERIFY(delivered);
}

void tst_CatalogueCache::defaultDirectory()
{
    const CatalogueCache cache;
    QVERIFY(cache.directory().startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
}

QTEST_GUILESS_MAIN(tst_CatalogueCache)
#include "tst_cataloguecache.moc"
