// Replays recorded requests of ../shared/captures against the simulator and compares
// status, content type and JSON shape, and the order of WebSocket message types.
// Deliberate differences (not compared): timing, ids, timestamps, image bytes, and
// queue_pending order (the sim sorts it; the real server sends its heap array).
#include "simserver.h"
#include "simtestclient.h"

#include <QDir>
#include <QFile>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using Easel::JsonTree;
using Easel::Sim::SimServer;

static QByteArray readCapture(const QString &relative)
{
    QFile f(QStringLiteral(EASEL_SHARED_DIR "/captures/") + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Keys and value types, recursively; arrays by their first element.
static QString shape(const JsonTree &t)
{
    switch (t.type()) {
    case JsonTree::Type::Null: return u"null"_s;
    case JsonTree::Type::Bool: return u"bool"_s;
    case JsonTree::Type::Number: return u"number"_s;
    case JsonTree::Type::String: return u"string"_s;
    case JsonTree::Type::Array: return t.size() ? u"["_s + shape(t.at(0)) + u"]"_s : u"[]"_s;
    case JsonTree::Type::Object: {
        QStringList parts;
        for (int i = 0; i < t.size(); ++i)
            parts.append(t.keys().at(i) + u':' + shape(t.at(i)));
        return u'{' + parts.join(u',') + u'}';
    }
    }
    return {};
}

// The same keys and value types, recursively. An empty array carries no element type, so
// it matches any array: the simulator lists simulated model files where the recorded
// server, which had no models, listed none (see simulatedmodels.h).
static bool sameShape(const JsonTree &mine, const JsonTree &theirs, const QString &path, QString *where)
{
    if (mine.type() != theirs.type()) {
        *where = path;
        return false;
    }
    if (mine.isArray()) {
        if (mine.size() == 0 || theirs.size() == 0)
            return true;
        return sameShape(mine.at(0), theirs.at(0), path + u"[0]"_s, where);
    }
    if (mine.isObject()) {
        if (mine.keys() != theirs.keys()) {
            *where = path + u" keys "_s + mine.keys().join(u',') + u" vs "_s + theirs.keys().join(u',');
            return false;
        }
        for (int i = 0; i < mine.size(); ++i) {
            if (!sameShape(mine.at(i), theirs.at(i), path + u'.' + mine.keys().at(i), where))
                return false;
        }
    }
    return true;
}

class tst_Conformance : public QObject
{
    Q_OBJECT
private slots:
    void httpShapes_data();
    void httpShapes();
    void runOrder_data();
    void runOrder();
};

void tst_Conformance::httpShapes_data()
{
    QTest::addColumn<QString>("meta");
    const QStringList metas = QDir(QStringLiteral(EASEL_SHARED_DIR "/captures/http")).entryList({u"*.meta.json"_s});
    for (const QString &m : metas) {
        // Skipped on purpose: the Origin case needs a spoofed Host, and object_info's
        // LoadImage list depends on the input folder (checked in tst_simserver).
        if (m.startsWith("origin_mismatch"_L1))
            continue;
        QTest::addRow("%s", qPrintable(m)) << u"http/"_s + m;
    }
}

void tst_Conformance::httpShapes()
{
    QFETCH(QString, meta);
    SimServer server;
    QVERIFY(server.listen());
    QNetworkAccessManager nam;
    const JsonTree envelope = JsonTree::parse(readCapture(meta));
    const JsonTree request = envelope.value(u"request");
    const JsonTree response = envelope.value(u"response");
    const QString folder = meta.section(u'/', 0, 0) + u'/';
    const QString bodyFile = request.value(u"body_file").toString();
    const QByteArray body = bodyFile.isEmpty() ? QByteArray() : readCapture(folder + bodyFile);
    const QByteArray method = request.value(u"method").toString().toLatin1();
    const HttpResult r = httpCall(nam, method, server.baseUrl().resolved(QUrl(request.value(u"target").toString().mid(1))),
                                  body, body.isEmpty() ? QByteArray() : QByteArray("application/json"));
    QCOMPARE(r.status, int(response.value(u"status").toNumber().toDouble()));
    QByteArray recordedType;
    const JsonTree headers = response.value(u"headers");
    for (int i = 0; i < headers.size(); ++i) {
        if (headers.at(i).at(0).toString().compare("Content-Type"_L1, Qt::CaseInsensitive) == 0)
            recordedType = headers.at(i).at(1).toString().toLatin1();
    }
    QCOMPARE(r.contentType, recordedType);
    const QString responseFile = response.value(u"body_file").toString();
    if (recordedType.startsWith("application/json") && !responseFile.isEmpty()) {
        JsonTree mine = r.json();
        JsonTree theirs = JsonTree::parse(readCapture(folder + responseFile));
        // LoadImage lists the input folder, which is empty here (example.png there).
        mine.remove(u"LoadImage");
        theirs.remove(u"LoadImage");
        QString where;
        QVERIFY2(sameShape(mine, theirs, u"$"_s, &where), qPrintable(where));
    }
}

void tst_Conformance::runOrder_data()
{
    QTest::addColumn<QString>("run");
    QTest::addColumn<bool>("metadata");
    // Not replayed on purpose: run_interrupt_* (timing of the interrupt),
    // run_save_image_websocket (SaveImageWebsocket is not simulated), queue_* and
    // ws_reconnect_during_execution (multi-request timing).
    for (const char *run : {"run_save_image", "run_save_image_cached", "run_preview_image", "run_execution_error",
                            "run_progress_preview_jpeg_legacy", "run_progress_preview_png_legacy",
                            "run_progress_preview_jpeg_metadata", "run_progress_preview_png_metadata",
                            "run_media_animated_webp", "run_media_animated_png", "run_media_video_webm",
                            "run_media_video_mp4", "run_media_video_mp4_audio", "run_media_audio",
                            "run_media_text", "run_media_mixed"})
        QTest::addRow("%s", run) << QString::fromLatin1(run) << QString::fromLatin1(run).endsWith("_metadata"_L1);
}

void tst_Conformance::runOrder()
{
    QFETCH(QString, run);
    QFETCH(bool, metadata);
    SimServer server;
    server.setStepMs(0);
    QVERIFY(server.listen());
    QNetworkAccessManager nam;
    const QByteArray body = readCapture(run + u"/post_prompt.request_body.json"_s);
    QVERIFY(!body.isEmpty());
    // The audio runs upload their WAV first (run_media_audio/upload_wav.*); the next one
    // finds it in the input folder as the recording server did.
    if (run.startsWith(u"run_media_audio"_s) || run == u"run_media_video_mp4_audio"_s) {
        const QByteArray upload = readCapture(u"run_media_audio/upload_wav.request_body.multipart"_s);
        QVERIFY(!upload.isEmpty());
        const HttpResult uploaded = httpCall(nam, "POST", server.baseUrl().resolved(QUrl(u"upload/image"_s)), upload,
                                             "multipart/form-data; boundary=----CaptureBoundary7MA4YWxkTrZu0gW");
        QCOMPARE(uploaded.status, 200);
        QCOMPARE(uploaded.json().value(u"name").toString(), u"capture_media_tone.wav"_s);
    }
    QStringList recorded;
    const QList<QByteArray> lines = readCapture(run + u"/ws.jsonl"_s).split('\n');
    JsonTree recordedCached;
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const JsonTree frame = JsonTree::parse(line);
        if (frame.value(u"op").toString() == "binary"_L1) {
            recorded.append(u"binary:"_s + frame.value(u"event_type").toNumber().toText());
        } else {
            const QString type = frame.value(u"msg").value(u"type").toString();
            recorded.append(type);
            if (type == "execution_cached"_L1)
                recordedCached = frame.value(u"msg").value(u"data").value(u"nodes");
        }
    }
    // Bring the cache to the recorded state: run the same prompt once first.
    if (recordedCached.size() > 0) {
        // The media runs were recorded back to back: their cache came from the run before,
        // whose output nodes differ (the cache matches nodes by their inputs, not their ids).
        static const QHash<QString, QString> previousRun = {
            {u"run_media_animated_png"_s, u"run_media_animated_webp"_s},
            {u"run_media_video_webm"_s, u"run_media_animated_png"_s},
            {u"run_media_video_mp4"_s, u"run_media_video_webm"_s},
            {u"run_media_video_mp4_audio"_s, u"run_media_audio"_s},
        };
        const QByteArray warmUp = previousRun.contains(run)
                                      ? readCapture(previousRun.value(run) + u"/post_prompt.request_body.json"_s)
                                      : body;
        QSignalSpy finished(&server, &SimServer::promptFinished);
        QCOMPARE(httpCall(nam, "POST", server.baseUrl().resolved(QUrl(u"prompt"_s)), warmUp, "application/json").status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 10000);
    }
    const QString clientId = JsonTree::parse(body).value(u"client_id").toString();
    RecordingSocket ws;
    QUrl wsUrl = server.baseUrl().resolved(QUrl(u"ws?clientId="_s + clientId));
    wsUrl.setScheme(u"ws"_s);
    QVERIFY(ws.open(wsUrl));
    QTRY_COMPARE(ws.frames.size(), 1);
    if (metadata) {
        ws.socket.sendTextMessage(u"{\"type\": \"feature_flags\", \"data\": {\"supports_preview_metadata\": true}}"_s);
        QTRY_COMPARE(ws.frames.size(), 2);
    }
    const HttpResult posted = httpCall(nam, "POST", server.baseUrl().resolved(QUrl(u"prompt"_s)), body, "application/json");
    QCOMPARE(posted.status, 200);
    QCOMPARE(shape(posted.json()), shape(JsonTree::parse(readCapture(run + u"/post_prompt.response.json"_s))));
    const QString id = posted.json().value(u"prompt_id").toString();
    QTRY_VERIFY_WITH_TIMEOUT(ws.hasTerminalFor(id), 10000);
    QVERIFY2(ws.types() == recorded,
             qPrintable(u"\nmine:     "_s + ws.types().join(u' ') + u"\nrecorded: "_s + recorded.join(u' ')));
    const HttpResult history = httpCall(nam, "GET", server.baseUrl().resolved(QUrl(u"history/"_s + id)));
    const QByteArray recordedHistory = readCapture(run + u"/history_by_id.json"_s);
    if (!recordedHistory.isEmpty()) {
        const JsonTree mine = history.json().at(0);
        const JsonTree theirs = JsonTree::parse(recordedHistory).at(0);
        // Output keys in any order: the server's order is neither id nor execution order
        // (run_media_audio has 4,3,2,5).
        const JsonTree theirOutputs = theirs.value(u"outputs");
        const JsonTree myOutputsShape = mine.value(u"outputs");
        QCOMPARE(myOutputsShape.size(), theirOutputs.size());
        for (int n = 0; n < theirOutputs.size(); ++n) {
            const QString node = theirOutputs.keys().at(n);
            QVERIFY2(myOutputsShape.contains(node), qPrintable(node));
            QCOMPARE(shape(myOutputsShape.value(node)), shape(theirOutputs.at(n)));
        }
        const JsonTree theirMeta = theirs.value(u"meta");
        QCOMPARE(mine.value(u"meta").size(), theirMeta.size());
        for (int n = 0; n < theirMeta.size(); ++n)
            QCOMPARE(shape(mine.value(u"meta").value(theirMeta.keys().at(n))), shape(theirMeta.at(n)));
        QCOMPARE(mine.value(u"status").value(u"status_str"), theirs.value(u"status").value(u"status_str"));
        // Each file the simulator announces is served with the recorded /view Content-Type
        // (the same node's file, in history order).
        const JsonTree myOutputs = mine.value(u"outputs");
        int index = 0;
        for (int n = 0; n < theirs.value(u"outputs").size(); ++n) {
            const QString nodeId = theirs.value(u"outputs").keys().at(n);
            const JsonTree recordedNode = theirs.value(u"outputs").at(n);
            for (int k = 0; k < recordedNode.size(); ++k) {
                const JsonTree files = recordedNode.at(k);
                for (int f = 0; files.isArray() && f < files.size(); ++f, ++index) {
                    if (!files.at(f).isObject() || !files.at(f).contains(u"filename"))
                        continue;
                    const JsonTree meta = JsonTree::parse(readCapture(run + u"/view_output%1.meta.json"_s.arg(index)));
                    QByteArray recordedType;
                    const JsonTree headers = meta.value(u"response").value(u"headers");
                    for (int h = 0; h < headers.size(); ++h) {
                        if (headers.at(h).at(0).toString().compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0)
                            recordedType = headers.at(h).at(1).toString().toLatin1();
                    }
                    const JsonTree myFile = myOutputs.value(nodeId).value(recordedNode.keys().at(k)).at(f);
                    QUrlQuery query;
                    query.addQueryItem(u"filename"_s, myFile.value(u"filename").toString());
                    query.addQueryItem(u"subfolder"_s, myFile.value(u"subfolder").toString());
                    query.addQueryItem(u"type"_s, myFile.value(u"type").toString());
                    QUrl view = server.baseUrl().resolved(QUrl(u"view"_s));
                    view.setQuery(query);
                    const HttpResult served = httpCall(nam, "GET", view);
                    QCOMPARE(served.status, 200);
                    if (!recordedType.isEmpty()) // the first recording kept no /view headers
                        QCOMPARE(served.contentType, recordedType);
                    QVERIFY(served.body.size() > 0);
                }
            }
        }
    }
}

QTEST_MAIN(tst_Conformance)
#include "tst_conformance.moc"
