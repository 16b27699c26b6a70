// CatalogueLoader (issue 16): the window's catalogue policy, now in core, against the
// simulator over real sockets with a cache folder of its own. First start: the server's
// catalogue, cached. Next start: the cached one at once, and the same bytes from the server
// are not taken for a new catalogue. A server whose node set changed: the new one replaces
// the cached one. A server that fails: the cached one stays, the failure is said.
#include "catalogueloader.h"
#include "cataloguecache.h"
#include "comfyclient.h"
#include "faultcontrol.h"
#include "nodecatalogue.h"
#include "simserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Easel;
using namespace Qt::StringLiterals;

using CataloguePtr = std::shared_ptr<const NodeCatalogue>;

class tst_CatalogueLoader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstStartReadsAndCachesTheServers();
    void nextStartShowsTheCachedOneAndKeepsIt();
    void aChangedNodeSetReplacesTheCachedOne();
    void aFailingServerKeepsTheCachedOne();

private:
    // One "start": a loader of its own over the same cache folder, run until it settled.
    QList<CataloguePtr> start(QString *failure = nullptr);

    std::unique_ptr<Sim::SimServer> m_sim;
    std::unique_ptr<QTemporaryDir> m_cache;
    std::unique_ptr<ComfyClient> m_client;
};

void tst_CatalogueLoader::init()
{
    m_sim = std::make_unique<Sim::SimServer>();
    QVERIFY(m_sim->listen(QHostAddress::LocalHost, 0) != 0);
    m_cache = std::make_unique<QTemporaryDir>();
    QVERIFY(m_cache->isValid());
    m_client = std::make_unique<ComfyClient>(m_sim->baseUrl());
    m_client->setRetryDelayMs(1);
}

void tst_CatalogueLoader::cleanup()
{
    m_client.reset();
    m_sim.reset();
    m_cache.reset();
}

QList<CataloguePtr> tst_CatalogueLoader::start(QString *failure)
{
    CatalogueLoader loader(m_client.get(), m_cache->path());
    QList<CataloguePtr> shown;
    connect(&loader, &CatalogueLoader::catalogueChanged, this,
            [&shown](const CataloguePtr &catalogue) { shown.append(catalogue); });
    connect(&loader, &CatalogueLoader::failed, this, [failure](const QString &message) {
        if (failure)
            *failure = message;
    });
    QSignalSpy settled(&loader, &CatalogueLoader::settled);
    loader.load();
    [&] { QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, 10000); }();
    if (!shown.isEmpty())
        [&] { QCOMPARE(loader.catalogue(), shown.constLast()); }();
    return shown;
}

void tst_CatalogueLoader::firstStartReadsAndCachesTheServers()
{
    const QList<CataloguePtr> shown = start();
    QCOMPARE(shown.size(), 1);
    QVERIFY(shown.constFirst()->nodeClass(u"KSampler"_s));
    // Cached byte for byte, for the next start.
    const CatalogueCache cache(m_cache->path());
    QVERIFY(!cache.read(m_sim->baseUrl()).isEmpty());
}

void tst_CatalogueLoader::nextStartShowsTheCachedOneAndKeepsIt()
{
    QCOMPARE(start().size(), 1);
    // The server stays silent until the cached one is shown: it comes from disk, not the wire.
    m_sim->faults()->setSlow(u"/object_info"_s, 500);
    CatalogueLoader loader(m_client.get(), m_cache->path());
    QSignalSpy changed(&loader, &CatalogueLoader::catalogueChanged);
    QSignalSpy settled(&loader, &CatalogueLoader::settled);
    loader.load();
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
    QCOMPARE(settled.size(), 0);
    const CataloguePtr cached = loader.catalogue();
    QVERIFY(cached && cached->nodeClass(u"KSampler"_s));
    // The server's bytes are the cached ones: no second catalogue, the same object kept.
    QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, 10000);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(loader.catalogue(), cached);
}

void tst_CatalogueLoader::aChangedNodeSetReplacesTheCachedOne()
{
    QCOMPARE(start().size(), 1);
    m_sim->removeNodeClasses({u"ImageInvert"_s});
    const QList<CataloguePtr> shown = start();
    QCOMPARE(shown.size(), 2); // the cached one, then the server's
    QVERIFY(shown.at(0)->nodeClass(u"ImageInvert"_s));
    QVERIFY(!shown.at(1)->nodeClass(u"ImageInvert"_s));
    // And that is what the next start finds cached.
    m_sim->faults()->failRequests(Sim::FaultInjector::RequestAction::Answer500, u"/object_info"_s);
    QString failure;
    const QList<CataloguePtr> again = start(&failure);
    QCOMPARE(again.size(), 1);
    QVERIFY(!again.constFirst()->nodeClass(u"ImageInvert"_s));
}

void tst_CatalogueLoader::aFailingServerKeepsTheCachedOne()
{
    QCOMPARE(start().size(), 1);
    m_sim->faults()->failRequests(Sim::FaultInjector::RequestAction::Answer500, u"/object_info"_s);
    QString failure;
    const QList<CataloguePtr> shown = start(&failure);
    QCOMPARE(shown.size(), 1); // the cached one, kept
    QVERIFY(shown.constFirst()->nodeClass(u"KSampler"_s));
    QVERIFY(!failure.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CatalogueLoader)
#include "tst_catalogueloader.moc"
