// A connection profile against the simulator served over TLS on loopback, with a
// certificate the test makes itself: a real handshake, a pinned self-signed certificate,
// a header a reverse proxy requires, and the Comfy API key in extra_data.
#include "capturedprompt.h"

#include "comfyclient.h"
#include "connectionprofile.h"
#include "eventstream.h"
#include "jobrunner.h"
#include "simserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {
const QByteArray kToken = "Bearer studio-proxy-token-7f3a";
const QString kApiKey = u"comfyui-test-api-key-5d21"_s;

// Every message anything printed during the test: secrets must never be among them.
QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;
void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}
} // namespace

class tst_TlsConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void unpinnedCertificateIsRefused();
    void anotherPinIsRefused();
    void pinnedCertificateRunsAPromptOverWss();
    void missingAuthHeaderIsA401();
    void authHeaderLetsEverythingThrough();

private:
    bool makeCertificate(const QString &name, QSslCertificate *certificate, QSslKey *key);
    void startSim(bool requireHeader);
    ConnectionProfile profile(bool pin, bool header) const;
    template<typename T>
    std::optional<Result<T>> await(QFuture<Result<T>> future);

    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QSslCertificate m_otherCertificate;
    QSslKey m_otherKey;
    std::unique_ptr<Sim::SimServer> m_sim;
};

bool tst_TlsConnection::makeCertificate(const QString &name, QSslCertificate *certificate,
                                        QSslKey *key)
{
    const QString certPath = m_dir.filePath(name + u".crt"_s);
    const QString keyPath = m_dir.filePath(name + u".key"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s,
                   u"2"_s, u"-subj"_s, u"/CN="_s + name, u"-addext"_s,
                   u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, keyPath, u"-out"_s, certPath});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        qWarning("openssl: %s", openssl.readAllStandardError().constData());
        return false;
    }
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    *certificate = QSslCertificate(certFile.readAll());
    *key = QSslKey(keyFile.readAll(), QSsl::Rsa);
    return !certificate->isNull() && !key->isNull();
}

void tst_TlsConnection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    g_previousHandler = qInstallMessageHandler(recordMessage);
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(u"openssl"_s).isEmpty(),
             "the openssl command is needed to make the test certificate (easel.sh installs it)");
    QVERIFY(makeCertificate(u"easel-sim"_s, &m_certificate, &m_key));
    QVERIFY(makeCertificate(u"somebody-else"_s, &m_otherCertificate, &m_otherKey));
}

void tst_TlsConnection::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
    for (const QString &message : std::as_const(g_messages)) {
        QVERIFY2(!message.contains(QString::fromLatin1(kToken.mid(7))), qPrintable(message));
        QVERIFY2(!message.contains(kApiKey), qPrintable(message));
    }
}

void tst_TlsConnection::cleanup()
{
    m_sim.reset();
}

void tst_TlsConnection::startSim(bool requireHeader)
{
    m_sim = std::make_unique<Sim::SimServer>();
    m_sim->setStepMs(20);
    m_sim->setTls(m_certificate, m_key);
    if (requireHeader)
        m_sim->setRequiredHeader("Authorization", kToken);
    QVERIFY(m_sim->listen(QHostAddress::LocalHost, 0) != 0);
    QCOMPARE(m_sim->baseUrl().scheme(), u"https"_s);
}

ConnectionProfile tst_TlsConnection::profile(bool pin, bool header) const
{
    ConnectionProfile p;
    p.name = u"studio"_s;
    p.url = m_sim->baseUrl();
    p.tls = true;
    if (pin)
        p.pinnedSha256 = TransportOptions::fingerprint(m_certificate);
    if (header)
        p.headers = {{"Authorization", kToken}};
    p.comfyApiKey = kApiKey;
    return p;
}

template<typename T>
std::optional<Result<T>> tst_TlsConnection::await(QFuture<Result<T>> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 30000) || future.resultCount() == 0)
        return std::nullopt;
    return future.result();
}

void tst_TlsConnection::unpinnedCertificateIsRefused()
{
    startSim(false);
    const ConnectionProfile p = profile(false, false);
    ComfyClient client(p.serverUrl());
    client.setTransportOptions(p.transportOptions());
    QSignalSpy rejected(&client, &ComfyClient::certificateRejected);
    const auto stats = await(client.systemStats());
    QVERIFY(stats);
    QVERIFY(!stats->isOk());
    QCOMPARE(stats->error().kind(), ProtocolError::Kind::Tls);
    // The message names the certificate the server showed, so a person can compare it.
    const QByteArray expected = m_certificate.digest(QCryptographicHash::Sha256).toHex();
    QVERIFY2(stats->error().message().contains(TransportOptions::displayFingerprint(expected)),
             qPrintable(stats->error().message()));
    QVERIFY(!rejected.isEmpty());
    QCOMPARE(rejected.constFirst().at(0).toByteArray(), expected);
    QVERIFY(!rejected.constFirst().at(1).toStringList().isEmpty());
    QCOMPARE(m_sim->baseUrl().scheme(), u"https"_s);

    // The event stream refuses it too: it never gets connected and says why.
    EventStream events;
    events.setTransportOptions(p.transportOptions());
    events.setReconnectEnabled(false);
    QSignalSpy warnings(&events, &EventStream::protocolWarning);
    QSignalSpy connected(&events, &EventStream::connected);
    events.open(p.serverUrl());
    QTRY_VERIFY_WITH_TIMEOUT(!warnings.isEmpty(), 30000);
    QVERIFY(warnings.constFirst().at(0).toString().contains(TransportOptions::displayFingerprint(expected)));
    QTRY_COMPARE_WITH_TIMEOUT(events.state(), EventStream::State::Disconnected, 30000);
    QVERIFY(connected.isEmpty());
}

void tst_TlsConnection::anotherPinIsRefused()
{
    // A pin is for exactly one certificate: the fingerprint of another one lets nothing in.
    startSim(false);
    ConnectionProfile p = profile(false, false);
    p.pinnedSha256 = TransportOptions::fingerprint(m_otherCertificate);
    ComfyClient client(p.serverUrl());
    client.setTransportOptions(p.transportOptions());
    const auto stats = await(client.systemStats());
    QVERIFY(stats);
    QVERIFY(!stats->isOk());
    QCOMPARE(stats->error().kind(), ProtocolError::Kind::Tls);
}

void tst_TlsConnection::pinnedCertificateRunsAPromptOverWss()
{
    startSim(false);
    const ConnectionProfile p = profile(true, false);
    ComfyClient client(p.serverUrl());
    client.setTransportOptions(p.transportOptions());
    EventStream events;
    events.setTransportOptions(p.transportOptions());
    QSignalSpy connected(&events, &EventStream::connected);
    events.open(p.serverUrl());
    QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 30000);

    const auto stats = await(client.systemStats());
    QVERIFY(stats);
    QVERIFY2(stats->isOk(), qPrintable(stats->error().message()));

    QTemporaryDir out;
    JobRunner runner(&client, &events, out.path());
    QSignalSpy progress(&runner, &JobRunner::jobProgress);
    QSignalSpy finished(&runner, &JobRunner::jobFinished);
    QSignalSpy extraData(m_sim.get(), &Sim::SimServer::promptExtraData);
    const QByteArray prompt = capturedPrompt(u"run_save_image/post_prompt.request_body.json"_s);
    QVERIFY(!prompt.isEmpty());
    const QString promptId = runner.submit(prompt);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    const JobOutcome outcome = finished.constFirst().at(1).value<JobOutcome>();
    QCOMPARE(outcome.status, JobOutcome::Status::Succeeded);
    QCOMPARE(outcome.outputs.size(), 1);
    QVERIFY(QFile::exists(outcome.outputs.constFirst().path));
    QVERIFY(!progress.isEmpty()); // progress came over wss

    // The server got the API key where comfy.org's API nodes look for it.
    QCOMPARE(extraData.size(), 1);
    QCOMPARE(extraData.constFirst().at(0).toString(), promptId);
    const QJsonObject extra =
        QJsonDocument::fromJson(extraData.constFirst().at(1).toByteArray()).object();
    QCOMPARE(extra.value("api_key_comfy_org"_L1).toString(), kApiKey);
}

void tst_TlsConnection::missingAuthHeaderIsA401()
{
    startSim(true);
    const ConnectionProfile p = profile(true, false);
    ComfyClient client(p.serverUrl());
    client.setTransportOptions(p.transportOptions());
    const auto stats = await(client.systemStats());
    QVERIFY(stats);
    QVERIFY(!stats->isOk());
    QCOMPARE(stats->error().kind(), ProtocolError::Kind::Http);
    QCOMPARE(stats->error().httpStatus(), 401);
    QVERIFY2(stats->error().message().contains(u"401"_s), qPrintable(stats->error().message()));

    EventStream events;
    events.setTransportOptions(p.transportOptions());
    events.setReconnectEnabled(false);
    QSignalSpy connected(&events, &EventStream::connected);
    QSignalSpy states(&events, &EventStream::stateChanged);
    events.open(p.serverUrl());
    QTRY_VERIFY_WITH_TIMEOUT(states.size() >= 2, 30000); // Connecting, then Disconnected
    QCOMPARE(events.state(), EventStream::State::Disconnected);
    QVERIFY(connected.isEmpty());
}

void tst_TlsConnection::authHeaderLetsEverythingThrough()
{
    startSim(true);
    const ConnectionProfile p = profile(true, true);
    ComfyClient client(p.serverUrl());
    client.setTransportOptions(p.transportOptions());
    const auto stats = await(client.systemStats());
    QVERIFY(stats);
    QVERIFY2(stats->isOk(), qPrintable(stats->error().message()));
    QVERIFY(!stats->value().devices.isEmpty());

    EventStream events;
    events.setTransportOptions(p.transportOptions());
    QSignalSpy connected(&events, &EventStream::connected);
    events.open(p.serverUrl());
    QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 30000);

    QTemporaryDir out;
    JobRunner runner(&client, &events, out.path());
    QSignalSpy finished(&runner, &JobRunner::jobFinished);
    runner.submit(capturedPrompt(u"run_save_image/post_prompt.request_body.json"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QCOMPARE(finished.constFirst().at(1).value<JobOutcome>().status, JobOutcome::Status::Succeeded);
}

QTEST_GUILESS_MAIN(tst_TlsConnection)
#include "tst_tlsconnection.moc"
