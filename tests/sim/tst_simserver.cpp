#include "simserver.h"
#include "simtestclient.h"

#include <QDir>
#include <QFile>
#include <QHttpMultiPart>
#include <QTcpSocket>
#include <QImage>
#include <QUrlQuery>

#include <sys/socket.h>

using namespace Qt::StringLiterals;
using Easel::JsonTree;
using Easel::Sim::SimServer;

static QByteArray readCapture(const QString &relative)
{
    QFile f(QStringLiteral(EASEL_SHARED_DIR "/captures/") + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class tst_SimServer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void simpleEndpoints_data();
    void simpleEndpoints();
    void apiAliasAndObjectInfoClass();
    void webSocketConnect();
    void featureFlagsReply();
    void postPromptErrors_data();
    void postPromptErrors();
    void saveImageRun();
    void postAnswerLeavesBeforeThePromptsEvents();
    void interrupt();
    void upload();
    void viewPathSafety_data();
    void viewPathSafety();

private:
    QUrl url(const QString &path, const QString &query = {}) const
    {
        QUrl u = m_server->baseUrl().resolved(QUrl(path));
        if (!query.isEmpty())
            u.setQuery(query);
        return u;
    }
    QString postPrompt(const QByteArray &body)
    {
        const HttpResult r = httpCall(m_nam, "POST", url(u"prompt"_s), body, "application/json");
        return r.status == 200 ? r.json().value(u"prompt_id").toString() : QString();
    }
    std::unique_ptr<SimServer> m_server;
    QNetworkAccessManager m_nam;
};

void tst_SimServer::init()
{
    m_server = std::make_unique<SimServer>();
    m_server->setStepMs(0);
    QVERIFY(m_server->listen() != 0);
}

void tst_SimServer::cleanup()
{
    m_server.reset();
}

void tst_SimServer::simpleEndpoints_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("expectedBody"); // empty = do not compare
    const QByteArray json = "application/json; charset=utf-8";
    const QByteArray empty = "application/octet-stream";
    QTest::addRow("features") << QByteArray("GET") << u"features"_s << 200 << json << readCapture(u"features.json"_s);
    QTest::addRow("embeddings") << QByteArray("GET") << u"embeddings"_s << 200 << json << QByteArray("[]");
    QTest::addRow("extensions") << QByteArray("GET") << u"extensions"_s << 200 << json << readCapture(u"extensions.json"_s);
    QTest::addRow("system_stats") << QByteArray("GET") << u"system_stats"_s << 200 << json << readCapture(u"system_stats.json"_s);
    QTest::addRow("queue empty") << QByteArray("GET") << u"queue"_s << 200 << json << readCapture(u"queue_empty.json"_s);
    QTest::addRow("prompt get") << QByteArray("GET") << u"prompt"_s << 200 << json << readCapture(u"prompt_get_empty.json"_s);
    QTest::addRow("history empty") << QByteArray("GET") << u"history"_s << 200 << json << readCapture(u"history_empty.json"_s);
    QTest::addRow("models") << QByteArray("GET") << u"models"_s << 200 << json << readCapture(u"http/models_list.json"_s);
    // The simulated checkpoints (simulatedmodels.cpp), sorted like the server's listing.
    QTest::addRow("models folder") << QByteArray("GET") << u"models/checkpoints"_s << 200 << json
                                   << QByteArray(R"(["sd_xl_base_1.0.safetensors", "sd_xl_refiner_1.0.safetensors", )"
                                                 R"("v1-5-pruned-emaonly-fp16.safetensors", "v1-5-pruned-emaonly.safetensors"])");
    QTest::addRow("models unknown") << QByteArray("GET") << u"models/no_such_folder"_s << 404 << empty << QByteArray();
    QTest::addRow("object_info") << QByteArray("GET") << u"object_info"_s << 200 << json << QByteArray();
    QTest::addRow("interrupt") << QByteArray("POST") << u"interrupt"_s << 200 << empty << QByteArray();
    QTest::addRow("free") << QByteArray("POST") << u"free"_s << 200 << empty << QByteArray();
    QTest::addRow("unknown path") << QByteArray("GET") << u"nope"_s << 404 << empty << QByteArray();
}

void tst_SimServer::simpleEndpoints()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, expectedBody);
    const QByteArray body = method == "POST" ? QByteArray("{\"free_memory\": true}") : QByteArray();
    const HttpResult r = httpCall(m_nam, method, url(path), body, method == "POST" ? "application/json" : "");
    QCOMPARE(r.status, status);
    QCOMPARE(r.contentType, contentType);
    if (!expectedBody.isEmpty())
        QCOMPARE(r.body, expectedBody);
    if (contentType == "application/octet-stream")
        QVERIFY(r.body.isEmpty());
}

void tst_SimServer::apiAliasAndObjectInfoClass()
{
    const HttpResult r = httpCall(m_nam, "GET", url(u"api/object_info/EmptyImage"_s));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, readCapture(u"http/object_info_EmptyImage.json"_s));
    const HttpResult unknown = httpCall(m_nam, "GET", url(u"object_info/NoSuchNode"_s));
    QCOMPARE(unknown.body, QByteArray("{}"));
    const HttpResult all = httpCall(m_nam, "GET", url(u"object_info"_s));
    QCOMPARE(all.json().size(), 384);
    QVERIFY(all.body.contains("18446744073709551615"));
}

void tst_SimServer::webSocketConnect()
{
    RecordingSocket named;
    QVERIFY(named.open(QUrl(url(u"ws"_s, u"clientId=abc"_s).toString().replace("http:"_L1, "ws:"_L1))));
    QTRY_COMPARE(named.frames.size(), 1);
    QCOMPARE(named.frames.at(0).bytes, readCapture(u"ws_connect/clientId_abc.jsonl"_s).isEmpty()
                 ? QByteArray() : QByteArray(R"({"type": "status", "data": {"status": {"exec_info": {"queue_remaining": 0}}, "sid": "abc"}})"));
    RecordingSocket anonymous;
    QVERIFY(anonymous.open(QUrl(url(u"api/ws"_s).toString().replace("http:"_L1, "ws:"_L1))));
    QTRY_COMPARE(anonymous.frames.size(), 1);
    const QString sid = anonymous.frames.at(0).json.value(u"data").value(u"sid").toString();
    QCOMPARE(sid.size(), 32);
    QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(sid).hasMatch());
}

void tst_SimServer::featureFlagsReply()
{
    RecordingSocket first;
    QVERIFY(first.open(QUrl(url(u"ws"_s, u"clientId=f1"_s).toString().replace("http:"_L1, "ws:"_L1))));
    first.socket.sendTextMessage(u"{\"type\":\"feature_flags\",\"data\":{\"supports_preview_metadata\":true}}"_s);
    QTRY_COMPARE(first.frames.size(), 2);
    QCOMPARE(first.frames.at(1).bytes,
             QByteArray(R"({"type": "feature_flags", "data": {"supports_preview_metadata": true, "max_upload_size": 104857600}})"));
    RecordingSocket second;
    QVERIFY(second.open(QUrl(url(u"ws"_s, u"clientId=f2"_s).toString().replace("http:"_L1, "ws:"_L1))));
    second.socket.sendTextMessage(u"{\"type\":\"hello\"}"_s);
    second.socket.sendTextMessage(u"{\"type\":\"feature_flags\",\"data\":{}}"_s);
    // Round-trip an HTTP call so both messages have been handled, then check: no reply.
    QTRY_COMPARE(second.frames.size(), 1);
    QCOMPARE(httpCall(m_nam, "GET", url(u"features"_s)).status, 200);
    QCOMPARE(second.frames.size(), 1);
}

void tst_SimServer::postPromptErrors_data()
{
    QTest::addColumn<QString>("name");
    const QDir dir(QStringLiteral(EASEL_SHARED_DIR "/captures/errors_post_prompt"));
    const QStringList bodies = dir.entryList({u"*.request_body.*"_s}, QDir::Files, QDir::Name);
    QVERIFY(bodies.size() >= 15);
    for (const QString &file : bodies) {
        const QString name = file.left(file.indexOf(".request_body"_L1));
        QTest::addRow("%s", qPrintable(name)) << name;
    }
}

void tst_SimServer::postPromptErrors()
{
    QFETCH(QString, name);
    const QString prefix = u"errors_post_prompt/"_s + name;
    const JsonTree meta = JsonTree::parse(readCapture(prefix + u".meta.json"_s));
    const QString bodyFile = meta.value(u"request").value(u"body_file").toString();
    const QByteArray body = readCapture(u"errors_post_prompt/"_s + bodyFile);
    QVERIFY(!body.isEmpty());
    const HttpResult r = httpCall(m_nam, "POST", url(u"prompt"_s), body, "application/json");
    const int expectedStatus = int(meta.value(u"response").value(u"status").toNumber().toDouble());
    QCOMPARE(r.status, expectedStatus);
    const QByteArray recordedBody = readCapture(u"errors_post_prompt/"_s
                                                + meta.value(u"response").value(u"body_file").toString());
    if (expectedStatus == 500) {
        QCOMPARE(r.body, recordedBody);
        QVERIFY(r.contentType.startsWith("text/plain"));
        return;
    }
    const JsonTree expected = JsonTree::parse(recordedBody);
    const JsonTree actual = r.json();
    QCOMPARE(actual.value(u"error").value(u"type").toString(), expected.value(u"error").value(u"type").toString());
    QCOMPARE(actual.value(u"error").value(u"message").toString(), expected.value(u"error").value(u"message").toString());
    QCOMPARE(actual.value(u"error").value(u"details").toString(), expected.value(u"error").value(u"details").toString());
    const JsonTree expectedNodes = expected.value(u"node_errors");
    const JsonTree actualNodes = actual.value(u"node_errors");
    QCOMPARE(actualNodes.keys(), expectedNodes.keys());
    for (const QString &id : expectedNodes.keys()) {
        const JsonTree e = expectedNodes.value(id);
        const JsonTree a = actualNodes.value(id);
        QCOMPARE(a.value(u"class_type"), e.value(u"class_type"));
        QCOMPARE(a.value(u"dependent_outputs"), e.value(u"dependent_outputs"));
        QCOMPARE(a.value(u"errors").size(), e.value(u"errors").size());
        for (int i = 0; i < e.value(u"errors").size(); ++i) {
            const JsonTree ee = e.value(u"errors").at(i);
            const JsonTree ae = a.value(u"errors").at(i);
            QCOMPARE(ae.value(u"type"), ee.value(u"type"));
            QCOMPARE(ae.value(u"message"), ee.value(u"message"));
            QCOMPARE(ae.value(u"details"), ee.value(u"details"));
            JsonTree ei = ee.value(u"extra_info");
            JsonTree ai = ae.value(u"extra_info");
            ei.remove(u"traceback"); // paths of the real server's source
            ai.remove(u"traceback");
            QCOMPARE(ai.toPython(), ei.toPython());
        }
    }
}

void tst_SimServer::saveImageRun()
{
    RecordingSocket ws;
    QVERIFY(ws.open(QUrl(url(u"ws"_s, u"clientId=runner"_s).toString().replace("http:"_L1, "ws:"_L1))));
    QTRY_COMPARE(ws.frames.size(), 1);
    const QByteArray body = R"({"prompt": {"4": {"class_type": "EmptyLatentImage", "inputs": {"width": 512, "height": 768, "batch_size": 2}},
        "5": {"class_type": "LatentUpscale", "inputs": {"samples": ["4", 0], "upscale_method": "nearest-exact", "width": 0, "height": 0, "crop": "disabled"}},
        "1": {"class_type": "EmptyImage", "inputs": {"width": 16, "height": 16, "batch_size": 1, "color": 0}},
        "6": {"class_type": "VAEDecode", "inputs": {"samples": ["5", 0], "vae": ["7", 2]}},
        "7": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "x.safetensors"}},
        "9": {"class_type": "SaveImage", "inputs": {"images": ["6", 0], "filename_prefix": "sub/easel"}}},
        "client_id": "runner", "extra_data": {"extra_pnginfo": {"workflow": {"nodes": []}}}})";
    const HttpResult posted = httpCall(m_nam, "POST", url(u"prompt"_s), body, "application/json");
    if (posted.status != 200) {
        // CheckpointLoaderSimple's combo lists no files here: use a graph without it.
        QCOMPARE(posted.json().value(u"node_errors").keys(), QStringList{u"7"_s});
    }
    const QByteArray simple = R"({"prompt": {"4": {"class_type": "EmptyImage", "inputs": {"width": 512, "height": 768, "batch_size": 2, "color": 0}},
        "9": {"class_type": "SaveImage", "inputs": {"images": ["4", 0], "filename_prefix": "sub/easel"}}},
        "client_id": "runner", "extra_data": {"extra_pnginfo": {"workflow": {"nodes": []}}}})";
    const QString id = postPrompt(simple);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY(ws.hasTerminalFor(id));
    const JsonTree history = httpCall(m_nam, "GET", url(u"history/"_s + id)).json().value(id);
    QCOMPARE(history.value(u"status").value(u"status_str").toString(), u"success"_s);
    const JsonTree images = history.value(u"outputs").value(u"9").value(u"images");
    QCOMPARE(images.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const JsonTree image = images.at(i);
        QCOMPARE(image.value(u"subfolder").toString(), u"sub"_s);
        QCOMPARE(image.value(u"filename").toString(), u"easel_%1_.png"_s.arg(i + 1, 5, 10, QLatin1Char('0')));
        QUrlQuery q;
        q.addQueryItem(u"filename"_s, image.value(u"filename").toString());
        q.addQueryItem(u"subfolder"_s, u"sub"_s);
        q.addQueryItem(u"type"_s, u"output"_s);
        const HttpResult file = httpCall(m_nam, "GET", url(u"view"_s, q.toString()));
        QCOMPARE(file.status, 200);
        QCOMPARE(file.contentType, QByteArray("image/png"));
        const QImage png = QImage::fromData(file.body, "PNG");
        QCOMPARE(png.size(), QSize(512, 768));
        QVERIFY(png.text(u"prompt"_s).contains("SaveImage"_L1));
        QCOMPARE(png.text(u"workflow"_s), u"{\"nodes\": []}"_s);
    }
    QCOMPARE(ws.types(1), (QStringList{u"status"_s, u"status"_s, u"execution_start"_s, u"execution_cached"_s,
                                       u"progress_state"_s, u"executing"_s, u"progress_state"_s,
                                       u"progress_state"_s, u"executing"_s, u"executed"_s, u"progress_state"_s,
                                       u"execution_success"_s, u"status"_s, u"executing"_s}));
}

// ComfyUI answers POST /prompt before the prompt's first WebSocket message (its worker is
// another thread that picks the item up; messages go out through the event loop after the
// handler returned). A client that registers per-job callbacks when the answer arrives
// relies on it. Checked on loopback, where a write lands in the peer's receive queue
// before it returns: when the prompt's first message has arrived, the answer's bytes must
// already be there (peeked, not read). Without the simulator's flush the answer could wait
// in its write buffer while the engine's next tick wrote the messages.
void tst_SimServer::postAnswerLeavesBeforeThePromptsEvents()
{
    RecordingSocket ws;
    QVERIFY(ws.open(QUrl(url(u"ws"_s, u"clientId=order"_s).toString().replace("http:"_L1, "ws:"_L1))));
    QTRY_COMPARE(ws.frames.size(), 1);
    for (int round = 0; round < 20; ++round) {
        const QString promptId = u"0dde0000-0000-4000-8000-%1"_s.arg(round, 12, 10, QLatin1Char('0'));
        QTcpSocket http;
        http.connectToHost(m_server->baseUrl().host(), quint16(m_server->baseUrl().port()));
        QVERIFY(http.waitForConnected(5000));
        const QByteArray body = R"({"prompt": {"1": {"class_type": "EmptyImage", "inputs": {"width": 8, "height": 8, "batch_size": 1, "color": )"
                                + QByteArray::number(round)
                                + R"(}}, "2": {"class_type": "PreviewImage", "inputs": {"images": ["1", 0]}}}, "client_id": "order", "prompt_id": ")"
                                + promptId.toLatin1() + R"("})";
        int answerBytesAtFirstEvent = -1;
        QMetaObject::Connection watch = connect(&ws.socket, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
            if (answerBytesAtFirstEvent >= 0 || !text.contains(promptId))
                return;
            char peek[64];
            const auto queued = ::recv(int(http.socketDescriptor()), peek, sizeof peek, MSG_PEEK | MSG_DONTWAIT);
            answerBytesAtFirstEvent = int(http.bytesAvailable()) + int(std::max<decltype(queued)>(queued, 0));
        });
        http.write("POST /prompt HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
                   + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QTRY_VERIFY(ws.hasTerminalFor(promptId));
        disconnect(watch);
        QVERIFY2(answerBytesAtFirstEvent > 0, qPrintable(u"round %1: the prompt's first message came before its POST answer"_s.arg(round)));
        QTRY_VERIFY(http.bytesAvailable() > 0);
        QVERIFY(http.readAll().startsWith("HTTP/1.1 200"));
    }
}

void tst_SimServer::interrupt()
{
    m_server->setStepMs(20);
    RecordingSocket ws;
    QVERIFY(ws.open(QUrl(url(u"ws"_s, u"clientId=c"_s).toString().replace("http:"_L1, "ws:"_L1))));
    const QByteArray body = R"({"prompt": {"1": {"class_type": "EmptyImage", "inputs": {"width": 64, "height": 64, "batch_size": 1, "color": 0}},
        "2": {"class_type": "CaptureProgressPreview", "inputs": {"image": ["1", 0], "steps": 40, "preview_format": "JPEG", "max_size": 512, "sleep_seconds": 0.0, "send_text": false}},
        "3": {"class_type": "PreviewImage", "inputs": {"images": ["2", 0]}}}, "client_id": "c"})";
    const QString id = postPrompt(body);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY(ws.types().contains(u"progress"_s));
    // A targeted interrupt for another id does nothing.
    QCOMPARE(httpCall(m_nam, "POST", url(u"interrupt"_s), R"({"prompt_id": "other"})", "application/json").status, 200);
    QCOMPARE(httpCall(m_nam, "POST", url(u"interrupt"_s), "{\"prompt_id\": \"" + id.toUtf8() + "\"}", "application/json").status, 200);
    QTRY_VERIFY(ws.hasTerminalFor(id));
    const QStringList types = ws.types();
    QVERIFY(types.contains(u"execution_interrupted"_s));
    QCOMPARE(types.mid(types.size() - 3), (QStringList{u"execution_interrupted"_s, u"status"_s, u"executing"_s}));
    QVERIFY(types.count(u"progress"_s) < 40);
    const JsonTree entry = httpCall(m_nam, "GET", url(u"history/"_s + id)).json().value(id);
    QCOMPARE(entry.value(u"status").value(u"status_str").toString(), u"error"_s);
    QCOMPARE(entry.value(u"status").value(u"completed").toBool(), false);
}

void tst_SimServer::upload()
{
    const QByteArray recorded = readCapture(u"upload_image/upload_overwrite_true.request_body.multipart"_s);
    const JsonTree meta = JsonTree::parse(readCapture(u"upload_image/upload_overwrite_true.meta.json"_s));
    const QByteArray contentType = meta.value(u"request").value(u"headers").value(u"Content-type").toString().toLatin1();
    QVERIFY(contentType.contains("boundary="));
    HttpResult r = httpCall(m_nam, "POST", url(u"upload/image"_s), recorded, contentType);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, readCapture(u"upload_image/upload_overwrite_true.json"_s));
    // Same bytes again without overwrite: the name is kept.
    auto multipart = [](const QByteArray &bytes, const QByteArray &extraField) -> QByteArray {
        QByteArray b = "--XB\r\nContent-Disposition: form-data; name=\"image\"; filename=\"capture_upload.png\"\r\n"
                       "Content-Type: image/png\r\n\r\n" + bytes + "\r\n";
        b += extraField;
        return QByteArray(b + "--XB--\r\n");
    };
    const QByteArray png = readCapture(u"upload_image/view_uploaded_input.png"_s);
    r = httpCall(m_nam, "POST", url(u"upload/image"_s), multipart(png, {}), "multipart/form-data; boundary=XB");
    QVERIFY2(r.status == 200, qPrintable(QString::number(r.status) + QString::number(int(r.error))));
    QCOMPARE(r.json().value(u"name").toString(), u"capture_upload.png"_s);
    r = httpCall(m_nam, "POST", url(u"upload/image"_s), multipart(png + "x", {}), "multipart/form-data; boundary=XB");
    QCOMPARE(r.json().value(u"name").toString(), u"capture_upload (1).png"_s);
    r = httpCall(m_nam, "POST", url(u"upload/image"_s),
                 multipart(png, "--XB\r\nContent-Disposition: form-data; name=\"subfolder\"\r\n\r\n../../..\r\n"),
                 "multipart/form-data; boundary=XB");
    QCOMPARE(r.status, 400);
    r = httpCall(m_nam, "POST", url(u"upload/image"_s),
                 multipart(png, "--XB\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nbogus\r\n"),
                 "multipart/form-data; boundary=XB");
    QCOMPARE(r.status, 500);
    r = httpCall(m_nam, "POST", url(u"upload/image"_s), "--XB\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--XB--\r\n",
                 "multipart/form-data; boundary=XB");
    QCOMPARE(r.status, 400);
    const JsonTree loadImage = httpCall(m_nam, "GET", url(u"object_info/LoadImage"_s)).json();
    QCOMPARE(loadImage.value(u"LoadImage").value(u"input").value(u"required").value(u"image").at(0),
             JsonTree::fromStringList({u"capture_upload (1).png"_s, u"capture_upload.png"_s}));
    const HttpResult view = httpCall(m_nam, "GET", url(u"view"_s, u"filename=capture_upload.png&type=input"_s));
    QCOMPARE(view.status, 200);
    QCOMPARE(view.body, png);
}

void tst_SimServer::viewPathSafety_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names = QDir(QStringLiteral(EASEL_SHARED_DIR "/captures/view_errors")).entryList({u"*.meta.json"_s});
    for (const QString &n : names)
        QTest::addRow("%s", qPrintable(n)) << n;
}

void tst_SimServer::viewPathSafety()
{
    QFETCH(QString, name);
    const JsonTree meta = JsonTree::parse(readCapture(u"view_errors/"_s + name));
    const QString target = meta.value(u"request").value(u"target").toString();
    const HttpResult r = httpCall(m_nam, "GET", m_server->baseUrl().resolved(QUrl(target.mid(1))));
    QCOMPARE(r.status, int(meta.value(u"response").value(u"status").toNumber().toDouble()));
    QVERIFY(r.body.isEmpty());
}

QTEST_MAIN(tst_SimServer)
#include "tst_simserver.moc"
