// ComfyClient against a real QHttpServer on a loopback port that answers badly on purpose.
// After each failure the client must still work.
#include "comfyclient.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Easel;
using Status = QHttpServerResponder::StatusCode;

static QByteArray fixture(const QString &relative)
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    return file.readAll();
}

template<typename T>
static Result<T> await(QFuture<Result<T>> future)
{
    // The future finishes through the event loop; QTRY_ keeps it spinning.
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 10000))
        return ProtocolError(ProtocolError::Kind::Network, u"test"_s, u"test timed out"_s);
    return future.result();
}

class tst_ComfyClientBadInput : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void nonJsonBody();
    void truncatedJson();
    void textPlain500();
    void htmlErrorPage();
    void rejectedPromptKeepsNodeErrors();
    void oversizedBody();
    void slowEndpointTimesOut();
    void connectionRefused();
    void promptBodyIsVerbatim();
    void invalidPromptFailsFast();
    void emptyBodies();
    void shortBodyIsAnError();

private:
    void expectStillWorks();
    QHttpServer m_server;
    QUrl m_base;
    QByteArray m_lastPromptBody;
    int m_shortBodyRequests = 0;
    std::unique_ptr<ComfyClient> m_client;
};

void tst_ComfyClientBadInput::initTestCase()
{
    qRegisterMetaType<Easel::ProtocolError>();
    m_server.route(u"/queue"_s, [] {
        return QHttpServerResponse("application/json", "this is not json at all");
    });
    m_server.route(u"/system_stats"_s, [] {
        return QHttpServerResponse("application/json", R"({"system": {"os": "po)");
    });
    m_server.route(u"/features"_s, [] {
        return QHttpServerResponse("text/plain; charset=utf-8",
                                   fixture(u"errors_post_prompt/a_malformed_json.txt"_s),
                                   Status::InternalServerError);
    });
    m_server.route(u"/embeddings"_s, [] {
        return QHttpServerResponse(
            "text/html",
            "<html><head><title>503</title></head><body><h1>Service Unavailable</h1>"
            "<p>The upstream is down.</p></body></html>",
            Status::ServiceUnavailable);
    });
    m_server.route(u"/object_info"_s,
                   [] { return QHttpServerResponse("application/json", QByteArray(20000, ' ') + "{}"); });
    m_server.route(u"/history"_s, [](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        // Answer late; the socket may be gone by then (qt64-notes §3).
        auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
        QPointer<QTcpSocket> socket = shared->socket();
        QTimer::singleShot(1500, [shared, socket] {
            if (socket)
                shared->write(QByteArray("{}"), "application/json");
        });
    });
    m_server.route(u"/prompt"_s, QHttpServerRequest::Method::Get, [] {
        return QHttpServerResponse("application/json", fixture(u"prompt_get_empty.json"_s));
    });
    m_server.route(u"/prompt"_s, QHttpServerRequest::Method::Post,
                   [this](const QHttpServerRequest &request) {
                       m_lastPromptBody = request.body();
                       if (m_lastPromptBody.contains("\"reject-me\""))
                           return QHttpServerResponse(
                               "application/json; charset=utf-8",
                               fixture(u"errors_post_prompt/d_value_bigger_than_max.json"_s),
                               Status::BadRequest);
                       return QHttpServerResponse("application/json; charset=utf-8",
                                                  fixture(u"prompt_ok_response.json"_s));
                   });
    // Announces 4096 bytes, sends 17, closes: a server that died mid-body.
    m_server.route(u"/models/<arg>"_s, [this](const QString &folder, const QHttpServerRequest &,
                                              QHttpServerResponder &&responder) {
        Q_UNUSED(folder)
        ++m_shortBodyRequests;
        QTcpSocket *socket = responder.socket();
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Content-Length: 4096\r\n\r\n[\"a.safetensors\"]");
        socket->flush();
        socket->disconnectFromHost();
    });
    m_server.route(u"/interrupt"_s, [] {
        return QHttpServerResponse("application/octet-stream", QByteArray());
    });
    const quint16 port = m_server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    m_base = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    m_client = std::make_unique<ComfyClient>(m_base);
    m_client->setTransferTimeoutMs(5000);
}

void tst_ComfyClientBadInput::expectStillWorks()
{
    const auto next = await(m_client->queueRemaining());
    QVERIFY2(next.isOk(), qPrintable(next.error().message()));
    QCOMPARE(next.value(), 0);
}

void tst_ComfyClientBadInput::nonJsonBody()
{
    QSignalSpy spy(m_client.get(), &ComfyClient::errorOccurred);
    QVERIFY(spy.isValid());
    const auto result = await(m_client->queue());
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind(), ProtocolError::Kind::MalformedJson);
    QCOMPARE(result.error().endpoint(), u"GET /queue"_s);
    QVERIFY(result.error().message().contains("line 1, column"_L1));
    QCOMPARE(spy.count(), 1);
    expectStillWorks();
}

void tst_ComfyClientBadInput::truncatedJson()
{
    const auto result = await(m_client->systemStats());
    QCOMPARE(result.error().kind(), ProtocolError::Kind::MalformedJson);
    QVERIFY(result.error().jsonOffset() > 0);
    expectStillWorks();
}

void tst_ComfyClientBadInput::textPlain500()
{
    const auto result = await(m_client->features());
    QCOMPARE(result.error().kind(), ProtocolError::Kind::Http);
    QCOMPARE(result.error().httpStatus(), 500);
    QVERIFY(result.error().message().contains("Server got itself in trouble"_L1));
    expectStillWorks();
}

void tst_ComfyClientBadInput::htmlErrorPage()
{
    const auto result = await(m_client->embeddings());
    QCOMPARE(result.error().kind(), ProtocolError::Kind::Http);
    QCOMPARE(result.error().httpStatus(), 503);
    QVERIFY2(result.error().message().contains("Service Unavailable"_L1),
             qPrintable(result.error().message()));
    QVERIFY(!result.error().message().contains("<h1>"_L1));
    expectStillWorks();
}

void tst_ComfyClientBadInput::rejectedPromptKeepsNodeErrors()
{
    PromptRequest request;
    request.promptJson = R"({"1": {"class_type": "reject-me", "inputs": {}}})";
    const auto result = await(m_client->queuePrompt(request));
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind(), ProtocolError::Kind::Http);
    QCOMPARE(result.error().httpStatus(), 400);
    QCOMPARE(result.error().serverErrorType(), u"prompt_outputs_failed_validation"_s);
    const NodeError *node = result.error().nodeError(u"1"_s);
    QVERIFY(node);
    QCOMPARE(node->classType, u"EmptyImage"_s);
    QCOMPARE(node->reasons.first().type, u"value_bigger_than_max"_s);
    QCOMPARE(node->reasons.first().inputName, u"width"_s);
    expectStillWorks();
}

void tst_ComfyClientBadInput::oversizedBody()
{
    m_client->setMaxBodyBytes(1000);
    const auto result = await(m_client->objectInfo());
    m_client->setMaxBodyBytes(512LL * 1024 * 1024);
    QCOMPARE(result.error().kind(), ProtocolError::Kind::TooLarge);
    QVERIFY(result.error().message().contains("1000"_L1));
    expectStillWorks();
    QVERIFY(await(m_client->objectInfo()).isOk());
}

void tst_ComfyClientBadInput::slowEndpointTimesOut()
{
    // One attempt: retries of a timed-out GET are covered by tests/faults.
    m_client->setTransferTimeoutMs(300);
    m_client->setMaxRetries(0);
    QElapsedTimer timer;
    timer.start();
    const auto result = await(m_client->history());
    m_client->setTransferTimeoutMs(5000);
    m_client->setMaxRetries(2);
    QCOMPARE(result.error().kind(), ProtocolError::Kind::Timeout);
    QVERIFY(timer.elapsed() < 1400);
    expectStillWorks();
}

void tst_ComfyClientBadInput::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 deadPort = probe.serverPort();
    probe.close();
    ComfyClient dead(QUrl(u"http://127.0.0.1:%1"_s.arg(deadPort)));
    QSignalSpy spy(&dead, &ComfyClient::errorOccurred);
    QVERIFY(spy.isValid());
    QElapsedTimer timer;
    timer.start();
    const auto result = await(dead.queue());
    QCOMPARE(result.error().kind(), ProtocolError::Kind::ConnectionRefused);
    QVERIFY(timer.elapsed() < 3000);
    QVERIFY2(result.error().message().contains("refused"_L1), qPrintable(result.error().message()));
    QCOMPARE(spy.count(), 1);
    expectStillWorks();
}

void tst_ComfyClientBadInput::promptBodyIsVerbatim()
{
    const QByteArray prompt =
        R"({"3": {"class_type": "KSampler", "inputs": {"seed": 18446744073709551615, "steps": 20}}})";
    const QByteArray workflow = R"({"last_node_id": 9, "nodes": [], "extra": {"ds": {"scale": 1.0}}})";
    PromptRequest request;
    request.promptJson = prompt;
    request.workflowJson = workflow;
    request.clientId = u"easel-test-client"_s;
    const auto result = await(m_client->queuePrompt(request));
    QVERIFY2(result.isOk(), qPrintable(result.error().message()));
    QCOMPARE(result.value().promptId, u"be4ecc82-3134-4162-9406-8cc31e67aa74"_s);
    QVERIFY(m_lastPromptBody.contains(QByteArray("\"prompt\": " + prompt)));
    QVERIFY(m_lastPromptBody.contains("18446744073709551615"));
    QVERIFY(m_lastPromptBody.contains(workflow));
    const QJsonObject body = QJsonDocument::fromJson(m_lastPromptBody).object();
    QCOMPARE(body.value("client_id"_L1).toString(), u"easel-test-client"_s);
    QCOMPARE(body.value("prompt_id"_L1).toString().size(), 36); // client-made uuid
    QCOMPARE(body.value("extra_data"_L1).toObject().value("extra_pnginfo"_L1).toObject()
                 .value("workflow"_L1).toObject().value("last_node_id"_L1).toInt(), 9);
}

void tst_ComfyClientBadInput::invalidPromptFailsFast()
{
    PromptRequest request;
    request.promptJson = "[1, 2]";
    QSignalSpy spy(m_client.get(), &ComfyClient::errorOccurred);
    QVERIFY(spy.isValid());
    const auto result = await(m_client->queuePrompt(request));
    QCOMPARE(result.error().kind(), ProtocolError::Kind::UnexpectedShape);
    QVERIFY(result.error().message().contains("JSON object"_L1));
    QCOMPARE(spy.count(), 1);
}

void tst_ComfyClientBadInput::emptyBodies()
{
    const auto result = await(m_client->interrupt(u"some-prompt"_s));
    QVERIFY2(result.isOk(), qPrintable(result.error().message()));
}

void tst_ComfyClientBadInput::shortBodyIsAnError()
{
    // A body shorter than its Content-Length is never a success, and a GET is retried.
    m_client->setRetryDelayMs(10);
    const int retriesBefore = m_client->retryCount();
    m_shortBodyRequests = 0;
    const auto result = await(m_client->models(u"checkpoints"_s));
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind(), ProtocolError::Kind::Network);
    QCOMPARE(m_shortBodyRequests, 1 + m_client->maxRetries());
    QCOMPARE(m_client->retryCount() - retriesBefore, m_client->maxRetries());
    expectStillWorks();
}

QTEST_GUILESS_MAIN(tst_ComfyClientBadInput)
#include "tst_comfyclient_badinput.moc"
