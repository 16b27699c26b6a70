// EventStream against a QAbstractHttpServer that replays recorded /ws sessions.
#include "binaryframe.h"
#include "eventstream.h"
#include "previewdecoder.h"

#include <QAbstractHttpServer>
#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QWebSocket>
#include <QtEndian>
#include <QtTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Easel;

static const QString kCaptures = QStringLiteral(EASEL_SHARED_DIR "/captures/");

struct Frame
{
    bool binary = false;
    QByteArray bytes;
};

static QList<Frame> recorded(const QString &relative)
{
    QFile file(kCaptures + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    const QString dir = QFileInfo(file).absolutePath() + u'/';
    QList<Frame> frames;
    while (!file.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
        if (o.value("op"_L1).toString() == "text"_L1) {
            frames.append({false, o.value("raw"_L1).toString().toUtf8()});
        } else if (o.value("op"_L1).toString() == "binary"_L1) {
            QFile bin(dir + o.value("file"_L1).toString());
            if (!bin.open(QIODevice::ReadOnly))
                qFatal("missing fixture %s", qPrintable(bin.fileName()));
            frames.append({true, bin.readAll()});
        }
    }
    return frames;
}

// Accepts /ws upgrades (the 6.4 rule: handleRequest returns true without writing) and
// replays `script` to every connection.
class ReplayServer : public QAbstractHttpServer
{
public:
    ReplayServer()
    {
        connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
            while (hasPendingWebSocketConnections()) {
                std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
                QWebSocket *ws = socket.get();
                ++connections;
                connect(ws, &QWebSocket::textMessageReceived, this,
                        [this](const QString &text) { received.append(text); });
                for (const Frame &frame : std::as_const(script)) {
                    if (frame.binary)
                        ws->sendBinaryMessage(frame.bytes);
                    else
                        ws->sendTextMessage(QString::fromUtf8(frame.bytes));
                }
                if (closeAfterScript)
                    ws->close();
                sockets.push_back(std::move(socket));
            }
        });
    }
    QList<Frame> script;
    bool closeAfterScript = false;
    int connections = 0;
    QStringList received;
    std::vector<std::unique_ptr<QWebSocket>> sockets;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *) override
    {
        return request.url().path() == "/ws"_L1;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}
};

class tst_EventStream : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void saveImageSequence_data();
    void saveImageSequence();
    void metadataPreviews();
    void previewModes_data();
    void previewModes();
    void burstInOneIntervalDecodesTwo();
    void unwantedPreviewsDecodeNone();
    void previewAfterTheEndNeverShown();
    void previewEndingInTheSameReadNeverDecodes_data();
    void previewEndingInTheSameReadNeverDecodes();
    void newerPromptsFrameReplacesOlder();
    void unwatchedPromptDropped();
    void unknownAndGarbageCounted();
    void serverCloseReconnects();
    void silenceDetected();
    void progressFloodIsCoalescedInOrder();
    void socketReadCrossesAsOneBatchInOrder();

private:
    std::unique_ptr<ReplayServer> m_server;
    QUrl m_base;
};

void tst_EventStream::initTestCase()
{
    qRegisterMetaType<Easel::ServerEvent>();
    qRegisterMetaType<Easel::PreviewFrame>();
    qRegisterMetaType<Easel::NodeOutput>();
    qRegisterMetaType<QList<Easel::NodeProgress>>();
}

void tst_EventStream::init()
{
    m_server = std::make_unique<ReplayServer>();
    const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    m_base = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
}

void tst_EventStream::cleanup()
{
    m_server.reset();
}

// The same session read on the stream's own thread and on the caller's (easel-run's).
void tst_EventStream::saveImageSequence_data()
{
    QTest::addColumn<EventStream::WorkerThread>("where");
    QTest::addRow("own thread") << EventStream::WorkerThread::Own;
    QTest::addRow("caller's thread") << EventStream::WorkerThread::Caller;
}

void tst_EventStream::saveImageSequence()
{
    QFETCH(EventStream::WorkerThread, where);
    m_server->script = recorded(u"run_save_image/ws.jsonl"_s);
    const QString pid = u"be4ecc82-3134-4162-9406-8cc31e67aa74"_s;
    EventStream stream(nullptr, where);
    // A thread of its own only when asked for.
    QCOMPARE(stream.findChildren<QThread *>().size(), where == EventStream::WorkerThread::Own ? 1 : 0);
    stream.setReconnectEnabled(false);
    stream.watchPrompt(pid);
    QStringList log;
    connect(&stream, &EventStream::executionStarted, this,
            [&](const QString &p) { log << u"start "_s + p; });
    connect(&stream, &EventStream::nodeExecuting, this,
            [&](const QString &, const QString &node, const QString &) { log << u"executing "_s + node; });
    connect(&stream, &EventStream::nodeExecuted, this, [&](const QString &, const NodeOutput &out) {
        log << u"executed "_s + out.nodeId + u' ' + out.files.value(0).filename;
    });
    connect(&stream, &EventStream::executionSucceeded, this,
            [&](const QString &) { log << u"success"_s; });
    connect(&stream, &EventStream::promptFinished, this,
            [&](const QString &p) { log << u"finished "_s + p; });
    QSignalSpy connectedSpy(&stream, &EventStream::connected);
    QVERIFY(connectedSpy.isValid());
    stream.open(m_base, u"capture-client"_s);
    QVERIFY(connectedSpy.wait(5000));
    QCOMPARE(connectedSpy.first().first().toString(), u"capture-client"_s);
    QTRY_COMPARE(log.size(), 7);
    QCOMPARE(log, (QStringList{u"start "_s + pid, u"executing 1"_s, u"executing 2"_s,
                               u"executing 3"_s, u"executed 3 capture_save_00001_.png"_s,
                               u"success"_s, u"finished "_s + pid}));
    QTRY_VERIFY(!m_server->received.isEmpty());
    const QJsonObject first = QJsonDocument::fromJson(m_server->received.first().toUtf8()).object();
    QCOMPARE(first.value("type"_L1).toString(), u"feature_flags"_s);
    QCOMPARE(first.value("data"_L1).toObject().value("supports_preview_metadata"_L1).toBool(), true);
    QCOMPARE(stream.droppedForeignMessageCount(), 0);
}

void tst_EventStream::metadataPreviews()
{
    m_server->script = recorded(u"run_progress_preview_jpeg_metadata/ws.jsonl"_s);
    const QString pid = u"8cbfdf3d-8102-4140-a91f-ebd7519a34e1"_s;
    EventStream stream;
    stream.setReconnectEnabled(false);
    stream.watchPrompt(pid);
    QSignalSpy previews(&stream, &EventStream::previewReceived);
    QSignalSpy texts(&stream, &EventStream::progressTextReceived);
    QSignalSpy progress(&stream, &EventStream::progressChanged);
    QSignalSpy finished(&stream, &EventStream::promptFinished);
    QVERIFY(previews.isValid() && texts.isValid() && progress.isValid() && finished.isValid());
    stream.open(m_base, u"capture-client-flags"_s);
    QVERIFY(finished.wait(5000));
    QTRY_COMPARE(previews.count(), 4);
    for (const QList<QVariant> &args : std::as_const(previews)) {
        const auto frame = args.first().value<PreviewFrame>();
        QCOMPARE(frame.promptId, pid);
        QCOMPARE(frame.nodeId, u"2"_s);
        QCOMPARE(frame.image.size(), QSize(512, 512));
        QVERIFY(frame.fromMetadataFrame);
    }
    QCOMPARE(texts.count(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(texts.at(i).at(0).toString(), u"2"_s);
        QCOMPARE(texts.at(i).at(1).toString(), u"step %1/4"_s.arg(i + 1));
    }
    QCOMPARE(progress.count(), 4);
    QCOMPARE(progress.last().at(2).toDouble(), 4.0);
    QVERIFY(stream.serverSupportsPreviewMetadata());
    QCOMPARE(stream.malformedMessageCount(), 0);
}

void tst_EventStream::previewModes_data()
{
    QTest::addColumn<int>("mode");
    QTest::addRow("none (headless)") << int(EventStream::PreviewMode::None);
    QTest::addRow("latest (window)") << int(EventStream::PreviewMode::Latest);
}

// The capture has 4 preview frames. None decodes none; Latest decodes at least one and,
// whatever it dropped as stale, ends on the newest frame (its image equals the last frame's).
void tst_EventStream::previewModes()
{
    QFETCH(int, mode);
    m_server->script = recorded(u"run_progress_preview_jpeg_metadata/ws.jsonl"_s);
    QByteArray firstJpeg;
    int frames = 0;
    for (const Frame &frame : std::as_const(m_server->script)) {
        if (frame.binary && BinaryFrames::parse(frame.bytes).value().type
                                == BinaryFrame::Type::PreviewImageWithMetadata) {
            ++frames;
            if (firstJpeg.isEmpty())
                firstJpeg = BinaryFrames::parse(frame.bytes).value().imageBytes;
        }
    }
    QCOMPARE(frames, 4);
    const QString pid = u"8cbfdf3d-8102-4140-a91f-ebd7519a34e1"_s;
    EventStream stream;
    stream.setReconnectEnabled(false);
    stream.setPreviewMode(EventStream::PreviewMode(mode));
    stream.watchPrompt(pid);
    QSignalSpy previews(&stream, &EventStream::previewReceived);
    QSignalSpy finished(&stream, &EventStream::promptFinished);
    const int decodesBefore = PreviewDecoder::decodeCount();
    stream.open(m_base, u"capture-client-modes"_s);
    QVERIFY(finished.wait(5000));
    if (EventStream::PreviewMode(mode) == EventStream::PreviewMode::None) {
        QTRY_COMPARE(stream.droppedPreviewCount(), 4);
        // Headless: not one of the four frames was decoded (counted in the decoder itself),
        // and a frame reaches previewReceived only through a decode: none can come later.
        QCOMPARE(PreviewDecoder::decodeCount() - decodesBefore, 0);
        QCOMPARE(previews.count(), 0);
        return;
    }
    QTRY_COMPARE(previews.count() + stream.droppedPreviewCount(), 4);
    // The window's mode decodes when the display can take a frame (the first at once, then
    // at most one per 50 ms), and the prompt's end drops what still waits or still decodes:
    // the whole capture arrives within one interval, so at most two frames decode, and a
    // frame shown is the capture's first (PreviewDecoder, fast fidelity).
    QVERIFY(PreviewDecoder::decodeCount() - decodesBefore <= 2);
    if (!previews.isEmpty()) {
        const QImage first = PreviewDecoder::decode(firstJpeg, PreviewDecoder::defaultMaxPixels, {},
                                                    PreviewDecoder::Fidelity::Fast).value();
        QCOMPARE(previews.first().first().value<PreviewFrame>().image.convertToFormat(QImage::Format_RGB32),
                 first.convertToFormat(QImage::Format_RGB32));
    }
}

// The capture's first eleven messages (the prompt starts, node 2 runs) and then `count`
// preview frames: the capture's JPEG frame, and last the PNG capture's frame of the same
// picture (other pixels) given this prompt's id, so the newest is told from the others.
// `jpegs` gets each frame's image bytes.
static QList<Frame> previewBurst(int count, QList<QByteArray> *jpegs)
{
    const QList<Frame> capture = recorded(u"run_progress_preview_jpeg_metadata/ws.jsonl"_s);
    QList<Frame> script = capture.mid(0, 11);
    const Frame &jpeg = capture.at(13);
    Frame png = recorded(u"run_progress_preview_png_metadata/ws.jsonl"_s).at(13);
    png.bytes.replace("c0310968-bd5b-4b57-9d54-c92d4b1ab87c", "8cbfdf3d-8102-4140-a91f-ebd7519a34e1");
    for (int i = 0; i < count; ++i) {
        const Frame &frame = i == count - 1 ? png : jpeg;
        const BinaryFrame parsed = BinaryFrames::parse(frame.bytes).value();
        if (parsed.type != BinaryFrame::Type::PreviewImageWithMetadata
            || parsed.promptId != u"8cbfdf3d-8102-4140-a91f-ebd7519a34e1"_s)
            qFatal("fixture frame is not this prompt's preview");
        script.append(frame);
        jpegs->append(parsed.imageBytes);
    }
    return script;
}

static QImage fastDecoded(const QByteArray &jpeg)
{
    return PreviewDecoder::decode(jpeg, PreviewDecoder::defaultMaxPixels, {}, PreviewDecoder::Fidelity::Fast)
        .value()
        .convertToFormat(QImage::Format_RGB32);
}

static const QString kBurstPrompt = u"8cbfdf3d-8102-4140-a91f-ebd7519a34e1"_s;
static const QString kEnd = uR"({"type": "executing", "data": {"node": null, "prompt_id": "8cbfdf3d-8102-4140-a91f-ebd7519a34e1"}})"_s;

// The window's mode (issue 17): twelve frames inside one display interval (made an hour long,
// so the burst is surely inside it) decode two: the first at once, the newest at the
// interval's end. The ten between are dropped undecoded.
void tst_EventStream::burstInOneIntervalDecodesTwo()
{
    QList<QByteArray> jpegs;
    m_server->script = previewBurst(12, &jpegs);
    EventStream stream;
    stream.setReconnectEnabled(false);
    stream.setCoalesceIntervalMs(0); // every frame reaches the stream's own pacing
    stream.setPreviewMode(EventStream::PreviewMode::Latest);
    stream.setPreviewIntervalMs(3600 * 1000);
    QVERIFY(fastDecoded(jpegs.first()) != fastDecoded(jpegs.last()));
    stream.watchPrompt(kBurstPrompt);
    QSignalSpy previews(&stream, &EventStream::previewReceived);
    const int decodesBefore = PreviewDecoder::decodeCount();
    stream.open(m_base, u"burst"_s);
    QTRY_COMPARE(previews.count(), 1);
    QTRY_COMPARE(stream.droppedPreviewCount(), 10); // the 12th waits, undecoded
    QCOMPARE(PreviewDecoder::decodeCount() - decodesBefore, 1);
    stream.setPreviewIntervalMs(0); // the interval is up
    QTRY_COMPARE(previews.count(), 2);
    QCOMPARE(PreviewDecoder::decodeCount() - decodesBefore, 2);
    QCOMPARE(stream.droppedPreviewCount(), 10);
    QCOMPARE(previews.at(0).first().value<PreviewFrame>().image.convertToFormat(QImage::Format_RGB32),
             fastDecoded(jpegs.first()));
    QCOMPARE(previews.at(1).first().value<PreviewFrame>().image.convertToFormat(QImage::Format_RGB32),
             fastDecoded(jpegs.last()));
}

// Nobody shows previews (the viewer does not follow the live job): not one frame decodes;
// the newest waits and is the one decoded when someone shows previews again.
void tst_EventStream::unwantedPreviewsDecodeNone()
{
    QList<QByteArray> jpegs;
    m_server->script = previewBurst(7, &jpegs);
    EventStream stream;
    stream.setReconnectEnabled(false);
    stream.setCoalesceIntervalMs(0);
    stream.setPreviewMode(EventStream::PreviewMode::Latest);
    stream.setPreviewsWanted(false);
    stream.watchPrompt(kBurstPrompt);
    QSignalSpy previews(&stream, &EventStream::previewReceived);
    const int decodesBefore = PreviewDecoder::decodeCount();
    stream.open(m_base, u"unwanted"_s);
    QTRY_COMPARE(stream.droppedPreviewCount(), 6);
    QCOMPARE(PreviewDecoder::decodeCount() - decodesBefore, 0);
    QCOMPARE(previews.count(), 0);
    stream.setPreviewsWanted(true);
    QTRY_COMPARE(previews.count(), 1);
    QCOMPARE(PreviewDecoder::decodeCount() - decodesBefore, 1);
    QCOMPARE(previews.first().first().value<PreviewFrame>().image.convertToFormat(QImage::Format_RGB32),
             fastDecoded(jpegs.last()));
}

// The job's end came after its last frame: what still waited is never decoded or shown, so
// no preview can replace the job's end or its output on screen.
void tst_EventStream::previewAfterTheEndNeverShown()
{
    QList<QByteArray> jpegs;
    m_server->script = previewBurst(5, &jpegs);
    m_server->script.append({false, kEnd.toUtf8()});
    EventStream stream;
    stream.setReconnectEnabled(false);
    stream.setCoalesceIntervalMs(0);
    stream.setPreviewMode(EventStream::PreviewMode::Latest);
    stream.setPreviewsWanted(false);
    stream.watchPrompt(kBurstPrompt);
    QSignalSpy previews(&stream, &EventStream::previewReceived);
    QSignalSpy finished(&stream, &EventStream::promptFinished);
    const int decodesBefore = PreviewDecoder::decodeCount();
    stream.open(m_base, u"ended"_s);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(stream.droppedPreviewCount(), 5);
    stream.setPreviewsWanted(true); // someone looks again: nothing of the ended job waits
    QCoreApplication::processEvents();
    QCOMPARE(previews.count(), 0);
    QCOMPARE(PreviewDecoder::decodeCount() - decodesBefore, 0);
}

void tst_EventStream::previewEndingInTheSameReadNeverDecodes_data()
{
    QTest::addColumn<int>("coalesceMs");
    QTest::addRow("frame waits on the socket's thread") << 16; // after progress_state began the interval
    QTest::addRow("frame crosses at once") << 0;
}

// A job's preview frame and its end in one socket read (a fast job, or a window busy for a
// moment): the frame can never be shown (its prompt ended before a decode could finish),
// so it is dropped undecoded, not decoded and thrown away. The old code decoded it.
void tst_EventStream::previewEndingInTheSameReadNeverDecodes()
{
    QFETCH(int, coalesceMs);
    QList<QByteArray> jpegs;
    m_server->script = previewBurst(1, &jpegs);
    m_server->script.append({false, kEnd.toUtf8()});
    EventStream stream;
    stream.setReconnectEnabled(false);
    stream.setCoalesceIntervalMs(coalesceMs);
    stream.setPreviewMode(EventStream::PreviewMode::Latest);
    stream.watchPrompt(kBurstPrompt);
    QSignalSpy previews(&stream, &EventStream::previewReceived);
    QSignalSpy finished(&stream, &EventStream::promptFinished);
    const int decodesBefore = PreviewDecoder::decodeCount();
    stream.open(m_base, u"same-read"_s);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(stream.deliveryCount(), 1); // the whole script came in one read
    QCOMPARE(stream.droppedPreviewCount(), 1);
    QCOMPARE(PreviewDecoder::decodeCount() - decodesBefore, 0);
    QCoreApplication::processEvents();
    QCOMPARE(previews.count(), 0);
}

// Two jobs one after the other (the second's frames before the first's end reached us):
// the older job's waiting frame is dropped for the newer one's, which is the one shown.
void tst_EventStream::newerPromptsFrameReplacesOlder()
{
    QList<QByteArray> jpegs;
    m_server->script = previewBurst(3, &jpegs);
    const QString second = u"0f5c2d6e-6a3b-4c1e-9f00-1b2c3d4e5f60"_s;
    Frame newer = recorded(u"run_progress_preview_png_metadata/ws.jsonl"_s).at(25);
    newer.bytes.replace("c0310968-bd5b-4b57-9d54-c92d4b1ab87c", second.toUtf8());
    QCOMPARE(BinaryFrames::parse(newer.bytes).value().promptId, second);
    m_server->script.append(newer);
    EventStream stream;
    stream.setReconnectEnabled(false);
    stream.setCoalesceIntervalMs(0);
    stream.setPreviewMode(EventStream::PreviewMode::Latest);
    stream.setPreviewsWanted(false);
    stream.watchPrompt(kBurstPrompt);
    stream.watchPrompt(second);
    QSignalSpy previews(&stream, &EventStream::previewReceived);
    stream.open(m_base, u"two-jobs"_s);
    QTRY_COMPARE(stream.droppedPreviewCount(), 3);
    stream.setPreviewsWanted(true);
    QTRY_COMPARE(previews.count(), 1);
    const auto shown = previews.first().first().value<PreviewFrame>();
    QCOMPARE(shown.promptId, second);
    QCOMPARE(shown.image.convertToFormat(QImage::Format_RGB32),
             fastDecoded(BinaryFrames::parse(newer.bytes).value().imageBytes));
}

void tst_EventStream::unwatchedPromptDropped()
{
    m_server->script = recorded(u"run_save_image/ws.jsonl"_s);
    EventStream stream;
    stream.setReconnectEnabled(false);
    QSignalSpy started(&stream, &EventStream::executionStarted);
    QSignalSpy status(&stream, &EventStream::statusReceived);
    QVERIFY(started.isValid() && status.isValid());
    stream.setCoalesceIntervalMs(0); // every foreign message reaches the filter, to be counted
    stream.open(m_base, u"capture-client"_s);
    // Frames 3-15 and 17 carry the prompt id: 14 dropped; the 4 status frames pass.
    QTRY_COMPARE(status.count(), 4);
    QTRY_COMPARE(stream.droppedForeignMessageCount(), 14);
    QCOMPARE(started.count(), 0);
}

void tst_EventStream::unknownAndGarbageCounted()
{
    QByteArray unknownBinary(12, '\0');
    qToBigEndian<quint32>(9, unknownBinary.data());
    m_server->script = {
        {false, R"({"type": "status", "data": {"status": {"exec_info": {"queue_remaining": 0}}, "sid": "x"}})"},
        {false, R"({"type": "crystools.monitor", "data": {"cpu": 3}})"},
        {false, "garbage{"},
        {true, unknownBinary},
        {true, QByteArray("\0\0\0", 3)},
        {false, R"({"type": "status", "data": {"status": {"exec_info": {"queue_remaining": 7}}}})"},
    };
    EventStream stream;
    stream.setReconnectEnabled(false);
    QSignalSpy status(&stream, &EventStream::statusReceived);
    QSignalSpy warnings(&stream, &EventStream::protocolWarning);
    QVERIFY(status.isValid() && warnings.isValid());
    stream.open(m_base, u"x"_s);
    QTRY_COMPARE(status.count(), 2);
    QCOMPARE(status.last().first().toInt(), 7);
    QCOMPARE(stream.unknownMessageCount(), 2);
    QCOMPARE(stream.malformedMessageCount(), 2);
    QCOMPARE(warnings.count(), 2);
    QCOMPARE(stream.state(), EventStream::State::Connected);
}

void tst_EventStream::serverCloseReconnects()
{
    m_server->script = {
        {false, R"({"type": "status", "data": {"status": {"exec_info": {"queue_remaining": 0}}, "sid": "again"}})"}};
    m_server->closeAfterScript = true;
    EventStream stream;
    QSignalSpy connectedSpy(&stream, &EventStream::connected);
    QSignalSpy disconnectedSpy(&stream, &EventStream::disconnected);
    QVERIFY(connectedSpy.isValid() && disconnectedSpy.isValid());
    stream.open(m_base, u"again"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->connections >= 2, 5000);
    QTRY_VERIFY(connectedSpy.count() >= 2);
    QVERIFY(disconnectedSpy.count() >= 1);
    stream.close();
    const int after = m_server->connections;
    // After close() no new attempt is made: wait past the longest backoff step used so far.
    QVERIFY(!QTest::qWaitFor([&] { return m_server->connections != after; }, 800));
    QCOMPARE(stream.state(), EventStream::State::Disconnected);
}

void tst_EventStream::silenceDetected()
{
    const QList<Frame> all = recorded(u"run_save_image/ws.jsonl"_s);
    m_server->script = all.mid(0, 4); // status x3, execution_start, then nothing
    EventStream stream;
    stream.setReconnectEnabled(false);
    stream.setSilenceTimeoutMs(300);
    stream.watchPrompt(u"be4ecc82-3134-4162-9406-8cc31e67aa74"_s);
    QSignalSpy silence(&stream, &EventStream::silenceDetected);
    QSignalSpy started(&stream, &EventStream::executionStarted);
    QVERIFY(silence.isValid() && started.isValid());
    stream.open(m_base, u"capture-client"_s);
    QVERIFY(started.wait(5000));
    QVERIFY(silence.wait(3000));
    QCOMPARE(silence.first().first().toInt(), 300);
}

// A prompt's sampler floods progress, then the next node runs and the prompt ends. The
// stream delivers far fewer progress signals than messages, every message is either
// delivered or merged into a newer one, and nothing is reordered: each node's last
// progress (the value it ended on) arrives before the message that followed it, and every
// non-progress message arrives once, in order.
void tst_EventStream::progressFloodIsCoalescedInOrder()
{
    const QString pid = u"5e4f8a55-0c8e-4d0b-9a7e-2f43c1f8b001"_s;
    const auto text = [](const QString &json) { return Frame{false, json.toUtf8()}; };
    const auto progress = [&](int value, int max, const QString &node) {
        return text(uR"({"type":"progress","data":{"value":%1,"max":%2,"prompt_id":"%3","node":"%4"}})"_s
                        .arg(value).arg(max).arg(pid, node));
    };
    const int firstSteps = 5000, secondSteps = 50;
    QList<Frame> script;
    script << text(uR"({"type":"status","data":{"status":{"exec_info":{"queue_remaining":1}},"sid":"flood"}})"_s)
           << text(uR"({"type":"execution_start","data":{"prompt_id":"%1","timestamp":1}})"_s.arg(pid))
           << text(uR"({"type":"executing","data":{"node":"3","display_node":"3","prompt_id":"%1"}})"_s.arg(pid));
    for (int i = 1; i <= firstSteps; ++i)
        script << progress(i, firstSteps, u"3"_s);
    script << text(uR"({"type":"executing","data":{"node":"4","display_node":"4","prompt_id":"%1"}})"_s.arg(pid));
    for (int i = 1; i <= secondSteps; ++i)
        script << progress(i, secondSteps, u"4"_s);
    script << text(uR"({"type":"execution_success","data":{"prompt_id":"%1","timestamp":2}})"_s.arg(pid))
           << text(uR"({"type":"executing","data":{"node":null,"display_node":null,"prompt_id":"%1"}})"_s.arg(pid));
    m_server->script = script;

    EventStream stream;
    stream.setReconnectEnabled(false);
    stream.watchPrompt(pid);
    QStringList log; // non-progress messages, and each node's progress as it stood before them
    int progressSignals = 0;
    QHash<QString, double> lastValue;
    connect(&stream, &EventStream::progressChanged, this,
            [&](const QString &, const QString &node, double value, double) {
                ++progressSignals;
                lastValue.insert(node, value);
            });
    connect(&stream, &EventStream::executionStarted, this, [&](const QString &) { log << u"start"_s; });
    connect(&stream, &EventStream::nodeExecuting, this, [&](const QString &, const QString &node, const QString &) {
        log << u"executing %1 (3 at %2, 4 at %3)"_s.arg(node).arg(lastValue.value(u"3"_s)).arg(lastValue.value(u"4"_s));
    });
    connect(&stream, &EventStream::executionSucceeded, this, [&](const QString &) {
        log << u"success (3 at %1, 4 at %2)"_s.arg(lastValue.value(u"3"_s)).arg(lastValue.value(u"4"_s));
    });
    connect(&stream, &EventStream::promptFinished, this, [&](const QString &) { log << u"finished"_s; });
    stream.open(m_base, u"flood"_s);
    QTRY_COMPARE_WITH_TIMEOUT(log.size(), 5, 20000);
    QCOMPARE(log, (QStringList{u"start"_s, u"executing 3 (3 at 0, 4 at 0)"_s,
                               u"executing 4 (3 at %1, 4 at 0)"_s.arg(firstSteps),
                               u"success (3 at %1, 4 at %2)"_s.arg(firstSteps).arg(secondSteps),
                               u"finished"_s}));
    QCOMPARE(progressSignals + stream.coalescedMessageCount(), qint64(firstSteps + secondSteps));
    QVERIFY2(progressSignals <= (firstSteps + secondSteps) / 2,
             qPrintable(u"%1 progress signals for %2 messages"_s.arg(progressSignals).arg(firstSteps + secondSteps)));
    QCOMPARE(stream.malformedMessageCount(), 0);
}

// The server writes a whole prompt at once (the replay server sends its script in one turn
// of its loop): 300 executing messages, a progress text frame and a refused (malformed)
// message among them, then the prompt's end. The socket's thread hands what one read
// parsed to this thread in one queued call, so far fewer deliveries than messages arrive
// (before batching: one per message, 305 here), and nothing moves: every node in order,
// the text frame and the warning in their places, the end last and once.
void tst_EventStream::socketReadCrossesAsOneBatchInOrder()
{
    const QString pid = u"0b7c1a52-6a43-4f55-8d7e-91d0c2b0e7aa"_s;
    const auto text = [](const QString &json) { return Frame{false, json.toUtf8()}; };
    const int nodes = 300;
    QList<Frame> script;
    script << text(uR"({"type":"status","data":{"status":{"exec_info":{"queue_remaining":1}},"sid":"batch"}})"_s)
           << text(uR"({"type":"execution_start","data":{"prompt_id":"%1","timestamp":1}})"_s.arg(pid));
    for (int i = 1; i <= nodes; ++i) {
        script << text(uR"({"type":"executing","data":{"node":"%1","display_node":"%1","prompt_id":"%2"}})"_s
                           .arg(i)
                           .arg(pid));
        if (i == 100) { // progress text (binary type 3): node id "100", then the text
            QByteArray frame(8, '\0');
            qToBigEndian<quint32>(3, frame.data());
            qToBigEndian<quint32>(3, frame.data() + 4);
            script << Frame{true, frame + "100" + "text after 100"};
        }
        if (i == 200)
            script << text(u"{not json"_s);
    }
    script << text(uR"({"type":"execution_success","data":{"prompt_id":"%1","timestamp":2}})"_s.arg(pid))
           << text(uR"({"type":"executing","data":{"node":null,"prompt_id":"%1"}})"_s.arg(pid));
    m_server->script = script;

    EventStream stream;
    stream.setReconnectEnabled(false);
    stream.watchPrompt(pid);
    QStringList log;
    connect(&stream, &EventStream::nodeExecuting, this,
            [&](const QString &, const QString &node, const QString &) { log << node; });
    connect(&stream, &EventStream::progressTextReceived, this,
            [&](const QString &node, const QString &message) { log << node + u": "_s + message; });
    connect(&stream, &EventStream::protocolWarning, this, [&](const QString &) { log << u"warning"_s; });
    connect(&stream, &EventStream::executionSucceeded, this, [&](const QString &) { log << u"success"_s; });
    connect(&stream, &EventStream::promptFinished, this, [&](const QString &) { log << u"finished"_s; });
    stream.open(m_base, u"batch"_s);
    QTRY_VERIFY_WITH_TIMEOUT(log.contains(u"finished"_s), 10000);
    QStringList expected;
    for (int i = 1; i <= nodes; ++i) {
        expected << QString::number(i);
        if (i == 100)
            expected << u"100: text after 100"_s;
        if (i == 200)
            expected << u"warning"_s;
    }
    expected << u"success"_s << u"finished"_s;
    QCOMPARE(log, expected);
    QCOMPARE(stream.malformedMessageCount(), 1);
    // Every well-formed text message here is one a running prompt repeats: read by
    // simdjson on the socket's thread (ServerEventReader), the broken one by the reference.
    QCOMPARE(stream.commonFrameCount(), qint64(nodes + 4));
    // Deliveries: the status and the rest may come in a few reads, never one per message.
    QVERIFY2(stream.deliveryCount() >= 1 && stream.deliveryCount() <= 30,
             qPrintable(u"%1 deliveries for %2 messages"_s.arg(stream.deliveryCount()).arg(script.size())));
}

QTEST_GUILESS_MAIN(tst_EventStream)
#include "tst_eventstream.moc"
