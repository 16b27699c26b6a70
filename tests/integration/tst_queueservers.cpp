// QueueServers (issue 16): the servers a queue sends its jobs to, its own one or a farm,
// decided in core so the window only wires and shows them. On simulators over real
// sockets: the switch to a farm and back moves the queue's dispatch, journal, stores and
// status; and a switch is refused, with nothing set up, while a job still downloads its
// outputs (it holds no place on the server any more, so a count of jobs on the server
// says "none" and a farm used to be built that the queue then refused).
#include "comfyclient.h"
#include "connectionmonitor.h"
#include "eventstream.h"
#include "farmdispatcher.h"
#include "farmservermodel.h"
#include "faultinjector.h"
#include "jobdispatch.h"
#include "jobqueue.h"
#include "jobrunner.h"
#include "queueservers.h"
#include "serversession.h"
#include "simserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {
// An image, then SaveImage: one output to download.
QByteArray prompt(int colour)
{
    const QJsonObject json{
        {u"1"_s,
         QJsonObject{{u"class_type"_s, u"EmptyImage"_s},
                     {u"inputs"_s,
                      QJsonObject{{u"width"_s, 16},
                                  {u"height"_s, 16},
                                  {u"batch_size"_s, 1},
                                  {u"color"_s, colour}}}}},
        {u"2"_s,
         QJsonObject{{u"class_type"_s, u"SaveImage"_s},
                     {u"inputs"_s,
                      QJsonObject{{u"images"_s, QJsonArray{u"1"_s, 0}},
                                  {u"filename_prefix"_s, u"servers"_s}}}}},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}
} // namespace

class tst_QueueServers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void switchesToAFarmAndBack();
    void refusedWhileAJobDownloadsItsOutputs();

private:
    ServerChoices farmChoices() const;

    std::unique_ptr<Sim::SimServer> m_own;
    std::unique_ptr<Sim::SimServer> m_attic;
    std::unique_ptr<Sim::SimServer> m_basement;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_QueueServers::init()
{
    m_own = std::make_unique<Sim::SimServer>();
    m_attic = std::make_unique<Sim::SimServer>();
    m_basement = std::make_unique<Sim::SimServer>();
    for (Sim::SimServer *sim : {m_own.get(), m_attic.get(), m_basement.get()}) {
        QVERIFY(sim->listen(QHostAddress::LocalHost, 0) != 0);
        sim->setStepMs(0);
    }
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_QueueServers::cleanup()
{
    m_own.reset();
    m_attic.reset();
    m_basement.reset();
    m_dir.reset();
}

ServerChoices tst_QueueServers::farmChoices() const
{
    return {{m_attic->baseUrl(), {}, u"Attic"_s}, {m_basement->baseUrl(), {}, u"Basement"_s}};
}

void tst_QueueServers::switchesToAFarmAndBack()
{
    // The stack outlives the queue, and the queue the servers (declared in that order).
    ServerSession session(m_own->baseUrl(), m_dir->path());
    JobQueue queue(session.runner(), session.client(), session.events());
    QueueServers servers(&queue, &session, m_dir->filePath(u"farm"_s));
    QSignalSpy changed(&servers, &QueueServers::serversChanged);
    QSignalSpy messages(&servers, &QueueServers::message);

    QVERIFY(servers.use({{m_own->baseUrl(), {}, {}}})); // one server: the queue's own
    QVERIFY(!servers.isFarm());
    QCOMPARE(servers.journalFileName(), u"queue.json"_s);
    QVERIFY(!servers.serverModel());
    QVERIFY(servers.extraStores().isEmpty());
    QVERIFY(queue.dispatch()->serverIds().isEmpty());
    QCOMPARE(servers.storeOf(QueuedJob{}), session.store());
    QCOMPARE(servers.statusText(), session.monitor()->description());
    QCOMPARE(changed.size(), 0);

    QVERIFY(!servers.useFarm({{m_attic->baseUrl(), {}, u"Attic"_s}})); // one is no farm
    QVERIFY(!servers.isFarm());
    QVERIFY(servers.use(farmChoices()));
    QVERIFY(servers.isFarm());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(servers.farm()->servers().size(), 2);
    QCOMPARE(servers.journalFileName(), u"queue-farm.json"_s);
    QCOMPARE(servers.serverModel()->rowCount(), 2);
    QCOMPARE(servers.extraStores().size(), 2);
    const QStringList ids = queue.dispatch()->serverIds();
    QCOMPARE(ids.size(), 2);
    QCOMPARE(queue.dispatch()->serverName(ids.constFirst()), u"Attic"_s);
    QueuedJob onBasement;
    onBasement.server = ids.constLast();
    QCOMPARE(servers.storeOf(onBasement), servers.extraStores().constLast());
    QVERIFY(servers.description() != m_own->baseUrl().toString());
    QTRY_COMPARE_WITH_TIMEOUT(servers.statusText(), u"Farm: 2 of 2 servers ready"_s, 30000);

    QVERIFY(servers.useOwnServer());
    QVERIFY(!servers.isFarm());
    QCOMPARE(changed.size(), 2);
    QVERIFY(!servers.farm());
    QVERIFY(!servers.serverModel());
    QVERIFY(queue.dispatch()->serverIds().isEmpty());
    QCOMPARE(servers.journalFileName(), u"queue.json"_s);
    QCOMPARE(servers.description(), m_own->baseUrl().toString());
    QCOMPARE(messages.size(), 2); // "Using a farm of 2 servers.", "The farm is stopped; …"
}

// A job whose prompt the server has finished but whose output is still being downloaded
// is held by the queue's dispatch (no server place: inFlightCount() is 0). Moving the
// queue now would strand it, so the switch is refused before anything is built.
void tst_QueueServers::refusedWhileAJobDownloadsItsOutputs()
{
    Sim::RequestFaultInjector viewHangs(u"/view"_s, Sim::FaultInjector::RequestAction::Hang);
    m_own->setFaultInjector(&viewHangs);
    ServerSession session(m_own->baseUrl(), m_dir->path());
    JobQueue queue(session.runner(), session.client(), session.events());
    queue.setShowForeignJobs(false);
    QueueServers servers(&queue, &session, m_dir->filePath(u"farm"_s));
    QSignalSpy changed(&servers, &QueueServers::serversChanged);
    session.open();
    QTRY_VERIFY_WITH_TIMEOUT(session.monitor()->isUsable(), 10000);

    QSignalSpy serverDone(m_own.get(), &Sim::SimServer::promptFinished);
    const QString batchId = queue.enqueue(prompt(0x336699), {}, u"download"_s);
    QVERIFY(!batchId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(serverDone.size(), 1, 10000); // the server is done with it
    QTRY_COMPARE_WITH_TIMEOUT(queue.inFlightCount(), 0, 10000);
    QVERIFY(queue.holdsJobs()); // its output is still on the way
    QVERIFY(!servers.canSwitch());

    QVERIFY(!servers.useFarm(farmChoices()));
    QVERIFY(!servers.isFarm());
    QVERIFY(!servers.farm());
    QVERIFY(!servers.serverModel());
    QCOMPARE(changed.size(), 0);
    QVERIFY(queue.dispatch()->serverIds().isEmpty());
    QCOMPARE(servers.statusText(), session.monitor()->description());
    // Nor may the own server move elsewhere under it.
    QVERIFY(!servers.useOwnServer());
    m_own->setFaultInjector(nullptr);
}

QTEST_GUILESS_MAIN(tst_QueueServers)
#include "tst_queueservers.moc"
