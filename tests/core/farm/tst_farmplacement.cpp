// FarmPlacement::place (issue 16): where a farm job goes, decided from a snapshot of the
// servers, without a socket. The catalogues are the recorded /object_info with one thing
// changed per server (a node class removed, a model list set), so what a server "has"
// comes from the capture, and each expectation from the rule: capable servers only; warm
// first, then the shortest queue, then order; wait while a capable server may still come;
// fail with what is missing where.
#include "farmplacement.h"
#include "nodecatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {
QJsonObject recordedObjectInfo()
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/http/object_info.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The recorded catalogue with these checkpoints in CheckpointLoaderSimple's list, less
// the classes named.
NodeCatalogue catalogue(const QStringList &checkpoints, const QStringList &without = {})
{
    QJsonObject info = recordedObjectInfo();
    for (const QString &name : without)
        info.remove(name);
    QJsonObject loader = info.value(u"CheckpointLoaderSimple"_s).toObject();
    QJsonObject input = loader.value(u"input"_s).toObject();
    QJsonObject required = input.value(u"required"_s).toObject();
    QJsonArray spec = required.value(u"ckpt_name"_s).toArray();
    spec[0] = QJsonArray::fromStringList(checkpoints);
    required.insert(u"ckpt_name"_s, spec);
    input.insert(u"required"_s, required);
    loader.insert(u"input"_s, input);
    info.insert(u"CheckpointLoaderSimple"_s, loader);
    return NodeCatalogue::fromJson(QJsonDocument(info).toJson(QJsonDocument::Compact));
}

// A checkpoint loader and an ImageInvert: needs both node classes and the model.
FarmPlacement::Job job(const QString &checkpoint = u"sd15.safetensors"_s)
{
    const QByteArray prompt = QStringLiteral(
        R"({"1": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "%1"}},
            "2": {"class_type": "EmptyImage", "inputs": {"width": 8, "height": 8, "batch_size": 1, "color": 0}},
            "3": {"class_type": "ImageInvert", "inputs": {"image": ["2", 0]}}})")
                                  .arg(checkpoint)
                                  .toUtf8();
    FarmPlacement::Job j;
    j.needs = FarmJobNeeds::of(prompt);
    return j;
}

FarmPlacement::Server ready(const QString &id, const NodeCatalogue *catalogue, int queue = 0, int load = 0)
{
    FarmPlacement::Server server;
    server.id = id;
    server.catalogue = catalogue;
    server.connected = true;
    server.usable = true;
    server.queueRemaining = queue;
    server.load = load;
    return server;
}

FarmPlacement::Rules rules()
{
    FarmPlacement::Rules r;
    r.window = 2;
    r.lostTimeoutMs = 5000;
    r.now = QDateTime::currentDateTimeUtc();
    return r;
}
} // namespace

class tst_FarmPlacement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlyAServerWithEverythingItNeeds();
    void warmBeforeShortestQueue();
    void shortestQueueThenOrder();
    void fullWindowsWait();
    void noCapableServerFailsSayingWhatIsMissingWhere();
    void serversNotReadYetAreWaitedForDuringDiscovery();
    void aDownServerIsWaitedForUntilTheLostTimeout();
    void pinnedAndSkipped();

private:
    NodeCatalogue m_full;
    NodeCatalogue m_noInvert;
    NodeCatalogue m_otherModel;
};

void tst_FarmPlacement::initTestCase()
{
    QVERIFY(!recordedObjectInfo().isEmpty());
    QVERIFY(recordedObjectInfo().contains(u"ImageInvert"_s));
    m_full = catalogue({u"sd15.safetensors"_s, u"sdxl.safetensors"_s});
    m_noInvert = catalogue({u"sd15.safetensors"_s}, {u"ImageInvert"_s});
    m_otherModel = catalogue({u"sdxl.safetensors"_s});
    QVERIFY(job().needs.valid);
    QVERIFY(job().needs.missingIn(m_full).isEmpty());
}

void tst_FarmPlacement::onlyAServerWithEverythingItNeeds()
{
    // The capable one is last and has the longest queue: still the only choice.
    const QList<FarmPlacement::Server> servers{ready(u"a"_s, &m_noInvert), ready(u"b"_s, &m_otherModel),
                                               ready(u"c"_s, &m_full, 5)};
    const FarmPlacement::Decision d = FarmPlacement::place(job(), servers, rules());
    QCOMPARE(d.kind, FarmPlacement::Decision::Kind::Send);
    QCOMPARE(d.server, u"c"_s);
}

void tst_FarmPlacement::warmBeforeShortestQueue()
{
    FarmPlacement::Server cold = ready(u"cold"_s, &m_full, 0);
    FarmPlacement::Server warm = ready(u"warm"_s, &m_full, 4);
    warm.warmCheckpoint = u"sd15.safetensors"_s;
    const FarmPlacement::Decision d = FarmPlacement::place(job(), {cold, warm}, rules());
    QCOMPARE(d.kind, FarmPlacement::Decision::Kind::Send);
    QCOMPARE(d.server, u"warm"_s);
    QVERIFY2(d.reason.contains(u"sd15.safetensors"_s), qPrintable(d.reason));
    // Warm with another model counts for nothing.
    warm.warmCheckpoint = u"sdxl.safetensors"_s;
    QCOMPARE(FarmPlacement::place(job(), {cold, warm}, rules()).server, u"cold"_s);
}

void tst_FarmPlacement::shortestQueueThenOrder()
{
    // The queue is the larger of the server's own count and this farm's jobs there.
    QCOMPARE(FarmPlacement::place(job(), {ready(u"a"_s, &m_full, 3), ready(u"b"_s, &m_full, 1)}, rules()).server,
             u"b"_s);
    QCOMPARE(FarmPlacement::place(job(), {ready(u"a"_s, &m_full, 0, 1), ready(u"b"_s, &m_full, 0, 0)}, rules()).server,
             u"b"_s);
    QCOMPARE(FarmPlacement::place(job(), {ready(u"a"_s, &m_full, 2), ready(u"b"_s, &m_full, 2)}, rules()).server,
             u"a"_s);
}

void tst_FarmPlacement::fullWindowsWait()
{
    const QList<FarmPlacement::Server> servers{ready(u"a"_s, &m_full, 0, 2), ready(u"b"_s, &m_full, 0, 2)};
    QCOMPARE(FarmPlacement::place(job(), servers, rules()).kind, FarmPlacement::Decision::Kind::Wait);
    FarmPlacement::Rules wider = rules();
    wider.window = 3;
    QCOMPARE(FarmPlacement::place(job(), servers, wider).kind, FarmPlacement::Decision::Kind::Send);
}

void tst_FarmPlacement::noCapableServerFailsSayingWhatIsMissingWhere()
{
    const FarmPlacement::Decision d =
        FarmPlacement::place(job(), {ready(u"a"_s, &m_noInvert), ready(u"b"_s, &m_otherModel)}, rules());
    QCOMPARE(d.kind, FarmPlacement::Decision::Kind::Unrunnable);
    QVERIFY(d.server.isEmpty());
    QVERIFY2(d.reason.contains(u"a lacks"_s) && d.reason.contains(u"ImageInvert"_s), qPrintable(d.reason));
    QVERIFY2(d.reason.contains(u"b lacks"_s) && d.reason.contains(u"sd15.safetensors"_s), qPrintable(d.reason));
}

void tst_FarmPlacement::serversNotReadYetAreWaitedForDuringDiscovery()
{
    FarmPlacement::Server unread;
    unread.id = u"new"_s;
    FarmPlacement::Rules discovering = rules();
    discovering.discovering = true;
    QCOMPARE(FarmPlacement::place(job(), {unread}, discovering).kind, FarmPlacement::Decision::Kind::Wait);
    // After discovery: connected (its catalogue on the way) is waited for, never reached is not.
    unread.connected = true;
    QCOMPARE(FarmPlacement::place(job(), {unread}, rules()).kind, FarmPlacement::Decision::Kind::Wait);
    unread.connected = false;
    const FarmPlacement::Decision d = FarmPlacement::place(job(), {unread}, rules());
    QCOMPARE(d.kind, FarmPlacement::Decision::Kind::Unrunnable);
    QVERIFY2(d.reason.contains(u"new: not reachable"_s), qPrintable(d.reason));
}

void tst_FarmPlacement::aDownServerIsWaitedForUntilTheLostTimeout()
{
    const FarmPlacement::Rules r = rules();
    FarmPlacement::Server down = ready(u"down"_s, &m_full);
    down.connected = false;
    down.usable = false;
    down.downSince = r.now.addMSecs(-(r.lostTimeoutMs - 1000));
    QCOMPARE(FarmPlacement::place(job(), {down}, r).kind, FarmPlacement::Decision::Kind::Wait);
    down.downSince = r.now.addMSecs(-(r.lostTimeoutMs + 1000));
    const FarmPlacement::Decision d = FarmPlacement::place(job(), {down}, r);
    QCOMPARE(d.kind, FarmPlacement::Decision::Kind::Unrunnable);
    QVERIFY2(d.reason.contains(u"down: down"_s), qPrintable(d.reason));
    // A capable server that is up takes it meanwhile.
    QCOMPARE(FarmPlacement::place(job(), {down, ready(u"up"_s, &m_full, 9)}, r).server, u"up"_s);
}

void tst_FarmPlacement::pinnedAndSkipped()
{
    const QList<FarmPlacement::Server> servers{ready(u"a"_s, &m_full, 0), ready(u"b"_s, &m_full, 5)};
    FarmPlacement::Job pinned = job();
    pinned.pinnedServer = u"b"_s;
    FarmPlacement::Decision d = FarmPlacement::place(pinned, servers, rules());
    QCOMPARE(d.server, u"b"_s);
    QCOMPARE(d.reason, u"pinned"_s);
    pinned.pinnedServer = u"gone"_s;
    d = FarmPlacement::place(pinned, servers, rules());
    QCOMPARE(d.kind, FarmPlacement::Decision::Kind::Unrunnable);
    QVERIFY2(d.reason.contains(u"gone: not in the farm"_s), qPrintable(d.reason));
    // A server that refused it for a reason of its own is not asked again.
    FarmPlacement::Job skipping = job();
    skipping.skipServers = {u"a"_s};
    QCOMPARE(FarmPlacement::place(skipping, servers, rules()).server, u"b"_s);
}

QTEST_GUILESS_MAIN(tst_FarmPlacement)
#include "tst_farmplacement.moc"
