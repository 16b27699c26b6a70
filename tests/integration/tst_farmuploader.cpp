// FarmUploader (issue 16): a farm job's input images, sent to the server that runs it, on
// the simulator over real sockets. The file is read on the pool (the answer never comes
// before upload() returns when something had to be read), each file goes to a server
// once, the server's name for it lands in the prompt, and each way of failing is told
// apart: an unreadable file, a refusal, a server not there. A dead uploader calls no one.
#include "comfyclient.h"
#include "farmuploader.h"
#include "jsontree.h"
#include "simserver.h"

#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {
const QByteArray prompt = R"({"1": {"class_type": "LoadImage", "inputs": {"image": "placeholder.png"}}, "2": {"class_type": "LoadImage", "inputs": {"image": "placeholder.png"}}})";

QString imageOf(const QByteArray &promptJson, const QString &nodeId)
{
    return JsonTree::parse(promptJson).value(nodeId).value(u"inputs").value(u"image").toString();
}
} // namespace

class tst_FarmUploader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sendsEachFileOnceAndNamesItInThePrompt();
    void anUnreadableFileIsSaidLater();
    void aRefusalAndAnAbsentServerAreToldApart();
    void aDeadUploaderCallsNoOne();

private:
    using Outcome = FarmUploader::Outcome;
    std::optional<Outcome> run(FarmUploader &uploader, ComfyClient &client, const QHash<QString, QString> &files,
                               bool *synchronous = nullptr);
    QString picture(const QString &name);

    std::unique_ptr<Sim::SimServer> m_sim;
    std::unique_ptr<ComfyClient> m_client;
    QTemporaryDir m_dir;
};

void tst_FarmUploader::init()
{
    QVERIFY(m_dir.isValid());
    m_sim = std::make_unique<Sim::SimServer>();
    QVERIFY(m_sim->listen(QHostAddress::LocalHost, 0) != 0);
    m_client = std::make_unique<ComfyClient>(m_sim->baseUrl());
    m_client->setRetryDelayMs(1);
}

void tst_FarmUploader::cleanup()
{
    m_client.reset();
    m_sim.reset();
}

QString tst_FarmUploader::picture(const QString &name)
{
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    const QString path = m_dir.filePath(name);
    return image.save(path) ? path : QString();
}

std::optional<FarmUploader::Outcome> tst_FarmUploader::run(FarmUploader &uploader, ComfyClient &client,
                                                           const QHash<QString, QString> &files, bool *synchronous)
{
    std::optional<Outcome> outcome;
    bool returned = false;
    bool early = false;
    uploader.upload(&client, client.baseUrl().toString(), files, prompt, [&](const Outcome &o) {
        early = !returned;
        outcome = o;
    });
    returned = true;
    if (synchronous)
        *synchronous = early;
    [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000); }();
    return outcome;
}

void tst_FarmUploader::sendsEachFileOnceAndNamesItInThePrompt()
{
    const QString face = picture(u"face.png"_s);
    QVERIFY(!face.isEmpty());
    QSignalSpy received(m_sim.get(), &Sim::SimServer::uploadReceived);
    FarmUploader uploader;
    bool synchronous = true;
    // Two nodes, one file: read and sent once.
    const auto first = run(uploader, *m_client, {{u"1"_s, face}, {u"2"_s, face}}, &synchronous);
    QVERIFY(first);
    QCOMPARE(first->status, Outcome::Status::Uploaded);
    QVERIFY(!synchronous); // read on the pool, sent over the wire
    QCOMPARE(received.size(), 1);
    QCOMPARE(imageOf(first->promptJson, u"1"_s), u"face.png"_s); // the server's name (input/, no subfolder)
    QCOMPARE(imageOf(first->promptJson, u"2"_s), u"face.png"_s);
    QCOMPARE(uploader.knownName(m_client->baseUrl().toString(), face), u"face.png"_s);
    // Again on the same server: nothing read or sent, answered at once.
    const auto again = run(uploader, *m_client, {{u"1"_s, face}}, &synchronous);
    QVERIFY(again && again->status == Outcome::Status::Uploaded);
    QVERIFY(synchronous);
    QCOMPARE(received.size(), 1);
    QCOMPARE(imageOf(again->promptJson, u"1"_s), u"face.png"_s);
}

void tst_FarmUploader::anUnreadableFileIsSaidLater()
{
    FarmUploader uploader;
    const QString missing = m_dir.filePath(u"missing.png"_s);
    bool synchronous = true;
    const auto outcome = run(uploader, *m_client, {{u"1"_s, missing}}, &synchronous);
    QVERIFY(outcome);
    QCOMPARE(outcome->status, Outcome::Status::Unreadable);
    QVERIFY(!synchronous); // found out on the pool, not on the caller's thread
    QCOMPARE(outcome->nodeId, u"1"_s);
    QCOMPARE(outcome->path, missing);
    QVERIFY(!outcome->error.isEmpty());
}

void tst_FarmUploader::aRefusalAndAnAbsentServerAreToldApart()
{
    const QString face = picture(u"big.png"_s);
    m_sim->setMaxUploadSize(16); // the server answers 413
    FarmUploader uploader;
    const auto refused = run(uploader, *m_client, {{u"1"_s, face}});
    QVERIFY(refused);
    QCOMPARE(refused->status, Outcome::Status::Refused);
    QVERIFY(!refused->error.isEmpty());

    // A port nobody listens on: not the job's fault, it may go elsewhere.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    ComfyClient absent(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    absent.setRetryDelayMs(1);
    const auto away = run(uploader, absent, {{u"1"_s, face}});
    QVERIFY(away);
    QCOMPARE(away->status, Outcome::Status::TransportFailed);
}

void tst_FarmUploader::aDeadUploaderCallsNoOne()
{
    const QString face = picture(u"gone.png"_s);
    QSignalSpy received(m_sim.get(), &Sim::SimServer::uploadReceived);
    auto *uploader = new FarmUploader;
    int called = 0;
    uploader->upload(m_client.get(), m_client->baseUrl().toString(), {{u"1"_s, face}}, prompt,
                     [&called](const FarmUploader::Outcome &) { ++called; });
    delete uploader; // its file still being read
    // Another uploader's whole round (a read queued after the first, then an upload)
    // gives the dead one's read every chance to come back.
    FarmUploader other;
    const auto outcome = run(other, *m_client, {{u"1"_s, face}});
    QVERIFY(outcome && outcome->status == Outcome::Status::Uploaded);
    QCOMPARE(called, 0);
    QCOMPARE(received.size(), 1); // the other's only
}

QTEST_GUILESS_MAIN(tst_FarmUploader)
#include "tst_farmuploader.moc"
