// Every recorded WebSocket text frame through ServerEvents::parse, and typed values of a
// few exact frames (values copied from the captures).
#include "serverevent.h"
#include "servereventreader.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Easel;

static const QString kCaptures = QStringLiteral(EASEL_SHARED_DIR "/captures/");

// The `raw` text of every text line of a jsonl file, by frame index.
static QMap<int, QByteArray> textFrames(const QString &relative)
{
    QFile file(kCaptures + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    QMap<int, QByteArray> frames;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value("op"_L1).toString() == "text"_L1)
            frames.insert(o.value("i"_L1).toInt(), o.value("raw"_L1).toString().toUtf8());
    }
    return frames;
}

static ServerEvent frame(const QString &relative, int index)
{
    const auto frames = textFrames(relative);
    if (!frames.contains(index))
        qFatal("no text frame %d in %s", index, qPrintable(relative));
    auto result = ServerEvents::parse(frames.value(index));
    if (!result.isOk())
        qFatal("frame %d does not parse", index);
    return result.value();
}

class tst_ServerEvents : public QObject
{
    Q_OBJECT
private slots:
    void everyFrameParses();
    void statusWithSid();
    void cachedRun();
    void executedOutput();
    void progressStateMixedNumbers();
    void executionError();
    void executionInterrupted();
    void reconnectExecutingWithoutPromptId();
    void finishedExecuting();
    void unknownAndBad();
    void readerAgreesOnEveryCapturedFrame();
    void readerOrdersNodesAsTheReference();
    void readerLeavesTheUnusualToTheReference_data();
    void readerLeavesTheUnusualToTheReference();
    void readerTakesLoneSurrogatesAsBefore();
};

void tst_ServerEvents::everyFrameParses()
{
    QDirIterator it(kCaptures, {u"*.jsonl"_s}, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    int frames = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const auto texts = textFrames(path.mid(kCaptures.size()));
        for (auto f = texts.begin(); f != texts.end(); ++f) {
            const auto result = ServerEvents::parse(f.value());
            QVERIFY2(result.isOk(), qPrintable(path + u" #"_s + QString::number(f.key())));
            QVERIFY2(result.value().type != ServerEvent::Type::Unknown,
                     qPrintable(path + u" #"_s + QString::number(f.key())));
            ++frames;
        }
        ++files;
    }
    QVERIFY(files >= 19);
    QVERIFY(frames > 300);
}

void tst_ServerEvents::statusWithSid()
{
    const ServerEvent e = frame(u"run_save_image/ws.jsonl"_s, 0);
    QCOMPARE(e.type, ServerEvent::Type::Status);
    QCOMPARE(e.sid, u"capture-client"_s);
    QCOMPARE(e.queueRemaining, 0);
    const ServerEvent later = frame(u"run_save_image/ws.jsonl"_s, 1);
    QVERIFY(later.sid.isEmpty());
    QCOMPARE(later.queueRemaining, 1);
}

void tst_ServerEvents::cachedRun()
{
    const ServerEvent e = frame(u"run_save_image_cached/ws.jsonl"_s, 4);
    QCOMPARE(e.type, ServerEvent::Type::ExecutionCached);
    QCOMPARE(e.nodes, (QStringList{u"1"_s, u"2"_s, u"3"_s}));
    QCOMPARE(e.promptId, u"a0f65f9d-2c2d-4aa6-b409-a3e1430884fa"_s);
    QCOMPARE(e.timestampMs, 1795596603128);
}

void tst_ServerEvents::executedOutput()
{
    const ServerEvent e = frame(u"run_save_image/ws.jsonl"_s, 13);
    QCOMPARE(e.type, ServerEvent::Type::Executed);
    QCOMPARE(e.node, u"3"_s);
    QCOMPARE(e.displayNode, u"3"_s);
    QCOMPARE(e.output.files.size(), 1);
    QCOMPARE(e.output.files.first(),
             (OutputFile{u"capture_save_00001_.png"_s, QString(), u"output"_s}));
    const ServerEvent start = frame(u"run_save_image/ws.jsonl"_s, 3);
    QCOMPARE(start.type, ServerEvent::Type::ExecutionStart);
    QCOMPARE(start.timestampMs, 1795596602527);
    const ServerEvent success = frame(u"run_save_image/ws.jsonl"_s, 15);
    QVERIFY(ServerEvents::isTerminal(success));
}

void tst_ServerEvents::progressStateMixedNumbers()
{
    // #12: node 1 finished 1.0/1.0 (floats), node 2 running 1/4 (ints).
    const ServerEvent e = frame(u"run_progress_preview_jpeg_metadata/ws.jsonl"_s, 12);
    QCOMPARE(e.type, ServerEvent::Type::ProgressState);
    QCOMPARE(e.promptId, u"8cbfdf3d-8102-4140-a91f-ebd7519a34e1"_s);
    QCOMPARE(e.nodeProgress.size(), 2);
    const NodeProgress &one = e.nodeProgress.at(0);
    const NodeProgress &two = e.nodeProgress.at(1);
    QCOMPARE(one.nodeId, u"1"_s);
    QCOMPARE(one.state, u"finished"_s);
    QCOMPARE(one.value, 1.0);
    QCOMPARE(one.max, 1.0);
    QCOMPARE(two.nodeId, u"2"_s);
    QCOMPARE(two.displayNodeId, u"2"_s);
    QCOMPARE(two.state, u"running"_s);
    QCOMPARE(two.value, 1.0);
    QCOMPARE(two.max, 4.0);
    const ServerEvent progress = frame(u"run_progress_preview_jpeg_metadata/ws.jsonl"_s, 14);
    QCOMPARE(progress.type, ServerEvent::Type::Progress);
    QCOMPARE(progress.node, u"2"_s);
    QCOMPARE(progress.value, 1.0);
    QCOMPARE(progress.max, 4.0);
}

void tst_ServerEvents::executionError()
{
    const ServerEvent e = frame(u"run_execution_error/ws.jsonl"_s, 13);
    QCOMPARE(e.type, ServerEvent::Type::ExecutionError);
    QCOMPARE(e.promptId, u"41ec2800-98ba-43e0-9235-87424316ce96"_s);
    QCOMPARE(e.node, u"3"_s);
    QCOMPARE(e.nodeType, u"SaveImage"_s);
    QCOMPARE(e.nodes, (QStringList{u"2"_s, u"1"_s}));
    QCOMPARE(e.exceptionType, u"Exception"_s);
    QVERIFY(e.exceptionMessage.startsWith("**** ERROR: Saving image outside the output folder"_L1));
    QVERIFY(!e.traceback.isEmpty());
    QVERIFY(!e.blocked);
    QCOMPARE(e.timestampMs, 1795596608090);
    QVERIFY(ServerEvents::isTerminal(e));

    const auto blocked = ServerEvents::parse(
        R"({"type": "execution_error", "data": {"prompt_id": "p", "node_id": "4", "node_type": "X", "executed": [], "exception_message": "Execution Blocked: no", "exception_type": "ExecutionBlocked", "traceback": [], "current_inputs": [], "current_outputs": []}})");
    QVERIFY(blocked.isOk());
    QVERIFY(blocked.value().blocked);
    QVERIFY(!ServerEvents::isTerminal(blocked.value()));
}

void tst_ServerEvents::executionInterrupted()
{
    const ServerEvent global = frame(u"run_interrupt_global/ws.jsonl"_s, 16);
    QCOMPARE(global.type, ServerEvent::Type::ExecutionInterrupted);
    QCOMPARE(global.node, u"2"_s);
    QCOMPARE(global.nodeType, u"CaptureProgressPreview"_s);
    QCOMPARE(global.nodes, QStringList{u"1"_s});
    QVERIFY(ServerEvents::isTerminal(global));
    const ServerEvent targeted = frame(u"run_interrupt_targeted/ws.jsonl"_s, 13);
    QCOMPARE(targeted.type, ServerEvent::Type::ExecutionInterrupted);
    QCOMPARE(targeted.promptId, u"a95197e9-b468-4518-aee3-9a2190d70c70"_s);
    QVERIFY(targeted.nodes.isEmpty());
}

void tst_ServerEvents::reconnectExecutingWithoutPromptId()
{
    const ServerEvent e =
        frame(u"ws_reconnect_during_execution/ws_second_connection_same_clientId.jsonl"_s, 1);
    QCOMPARE(e.type, ServerEvent::Type::Executing);
    QCOMPARE(e.node, u"2"_s);
    QVERIFY(e.promptId.isEmpty());
    QVERIFY(e.displayNode.isEmpty());
}

void tst_ServerEvents::finishedExecuting()
{
    const ServerEvent e = frame(u"run_save_image/ws.jsonl"_s, 17);
    QCOMPARE(e.type, ServerEvent::Type::Executing);
    QVERIFY(e.node.isEmpty());
    QCOMPARE(e.promptId, u"be4ecc82-3134-4162-9406-8cc31e67aa74"_s);
}

void tst_ServerEvents::unknownAndBad()
{
    const auto unknown = ServerEvents::parse(R"({"type": "crystools.monitor", "data": {}})");
    QVERIFY(unknown.isOk());
    QCOMPARE(unknown.value().type, ServerEvent::Type::Unknown);
    QCOMPARE(unknown.value().typeName, u"crystools.monitor"_s);
    QCOMPARE(ServerEvents::parse("{not json").error().kind(), ProtocolError::Kind::MalformedJson);
    QCOMPARE(ServerEvents::parse("[1]").error().kind(), ProtocolError::Kind::UnexpectedShape);
    QCOMPARE(ServerEvents::parse(R"({"type": 3})").error().kind(),
             ProtocolError::Kind::UnexpectedShape);
}

// The socket's reader (simdjson for the messages a running prompt repeats) against the
// reference (QJsonDocument) on every recorded frame: the same event, and every frame of a
// repeated type read by simdjson (a reader that fell back on everything would pass the
// first check alone).
void tst_ServerEvents::readerAgreesOnEveryCapturedFrame()
{
    using Type = ServerEvent::Type;
    const QList<Type> common = {Type::Status, Type::ExecutionStart, Type::ExecutionCached, Type::Executing,
                                Type::Progress, Type::ProgressState, Type::ExecutionSuccess};
    ServerEventReader reader;
    QDirIterator it(kCaptures, {u"*.jsonl"_s}, QDir::Files, QDirIterator::Subdirectories);
    qint64 commonFrames = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const auto texts = textFrames(path.mid(kCaptures.size()));
        for (auto f = texts.begin(); f != texts.end(); ++f) {
            const QString where = path + u" #"_s + QString::number(f.key());
            const auto reference = ServerEvents::parse(f.value());
            QVERIFY2(reference.isOk(), qPrintable(where));
            const auto read = reader.read(QString::fromUtf8(f.value()));
            QVERIFY2(read.isOk(), qPrintable(where));
            QVERIFY2(ServerEventReader::sameAsReference(read.value(), reference.value()), qPrintable(where));
            const bool isCommon = common.contains(reference.value().type);
            QVERIFY2(reader.readCommon(f.value()).has_value() == isCommon, qPrintable(where));
            commonFrames += isCommon ? 1 : 0;
        }
    }
    QVERIFY(commonFrames > 200);
    QCOMPARE(reader.commonCount(), commonFrames);
}

void tst_ServerEvents::readerOrdersNodesAsTheReference()
{
    // QJsonObject iterates keys in order ("10" before "9"); node 7's own node_id wins over
    // its key; a node that is not an object is named by its key.
    const QByteArray frame = R"({"data": {"nodes": {"9": {"state": "finished", "value": 1, "max": 1},
        "10": {"state": "running", "value": 0.5, "max": 2, "display_node_id": "10"},
        "7": {"node_id": "7:3", "state": "running", "value": 3, "max": 4.0}, "8": null},
        "prompt_id": "p"}, "type": "progress_state"})";
    ServerEventReader reader;
    const auto read = reader.readCommon(frame);
    QVERIFY(read.has_value());
    const auto reference = ServerEvents::parse(frame);
    QVERIFY(reference.isOk());
    QVERIFY(ServerEventReader::sameAsReference(*read, reference.value()));
    QCOMPARE(read->nodeProgress.size(), 4);
    QCOMPARE(read->nodeProgress.at(0).nodeId, u"10"_s);
    QCOMPARE(read->nodeProgress.at(1).nodeId, u"7:3"_s);
    QCOMPARE(read->nodeProgress.at(2).nodeId, u"8"_s);
    QCOMPARE(read->nodeProgress.at(3).nodeId, u"9"_s);
    QCOMPARE(read->nodeProgress.at(1).max, 4.0);
    QCOMPARE(read->promptId, u"p"_s);
    QVERIFY(read->data.isEmpty()); // only the reference keeps the whole data object
}

// Where QJsonValue's conversions and simdjson could read a frame differently, or where it
// is malformed, the reader leaves it to the reference, and read() says what it says.
void tst_ServerEvents::readerLeavesTheUnusualToTheReference_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::newRow("number as node id") << QByteArray(R"({"type": "executing", "data": {"node": 2, "prompt_id": "p"}})");
    QTest::newRow("repeated key") << QByteArray(R"({"type": "progress", "data": {"value": 1, "value": 2}})");
    QTest::newRow("repeated type") << QByteArray(R"({"type": "progress", "type": "executed", "data": {}})");
    QTest::newRow("escaped code point") << QByteArray(R"({"type": "executing", "data": {"node": "\ud800", "prompt_id": "p"}})");
    QTest::newRow("fraction as queue size") << QByteArray(R"({"type": "status", "data": {"status": {"exec_info": {"queue_remaining": 1.0}}}})");
    QTest::newRow("fraction as timestamp") << QByteArray(R"({"type": "execution_start", "data": {"timestamp": 1.5}})");
    QTest::newRow("non-ASCII node key") << QByteArray("{\"type\": \"progress_state\", \"data\": {\"nodes\": {\"\xc3\xa9\": {}}}}");
    QTest::newRow("data not an object") << QByteArray(R"({"type": "progress", "data": [1]})");
    QTest::newRow("deep") << QByteArray(R"({"type": "progress", "data": {"x": [[[[[[[[[[1]]]]]]]]]]}})");
    QTest::newRow("malformed") << QByteArray(R"({"type": "progress", "data": {"value": 1,}})");
    QTest::newRow("trailing text") << QByteArray(R"({"type": "progress", "data": {}} x)");
    QTest::newRow("type not a string") << QByteArray(R"({"type": 3})");
    QTest::newRow("not an object") << QByteArray("[1]");
    QTest::newRow("executed (not a repeated type)") << QByteArray(R"({"type": "executed", "data": {"node": "3", "output": {"images": []}}})");
    QTest::newRow("unknown type") << QByteArray(R"({"type": "crystools.monitor", "data": {}})");
}

void tst_ServerEvents::readerLeavesTheUnusualToTheReference()
{
    QFETCH(QByteArray, frame);
    ServerEventReader reader;
    QVERIFY(!reader.readCommon(frame).has_value());
    const auto reference = ServerEvents::parse(frame);
    const auto read = reader.read(QString::fromUtf8(frame));
    QCOMPARE(read.isOk(), reference.isOk());
    if (read.isOk()) {
        QVERIFY(ServerEventReader::sameAsReference(read.value(), reference.value()));
        QCOMPARE(read.value().data, reference.value().data);
    } else {
        QCOMPARE(read.error().kind(), reference.error().kind());
        QCOMPARE(read.error().message(), reference.error().message());
    }
    QCOMPARE(reader.commonCount(), 0);
}

// The socket hands over UTF-16 text: a lone surrogate (in a string, or cut at the very end)
// is read as QString::toUtf8 encodes it, by either parser.
void tst_ServerEvents::readerTakesLoneSurrogatesAsBefore()
{
    const QString prefix = uR"({"type": "executing", "data": {"node": "a)"_s;
    const QList<QString> texts = {prefix + QChar(0xd800) + uR"(", "prompt_id": "p"}})"_s,
                                  uR"({"type": "executing", "data": {"node": "2", "prompt_id": "p"}})"_s + QChar(0xd800),
                                  uR"({"type": "executing", "data": {"node": "2", "prompt_id": "p"}})"_s + QChar(0xdc00)};
    ServerEventReader reader;
    for (const QString &text : texts) {
        const auto reference = ServerEvents::parse(text.toUtf8());
        const auto read = reader.read(text);
        QCOMPARE(read.isOk(), reference.isOk());
        if (read.isOk())
            QVERIFY(ServerEventReader::sameAsReference(read.value(), reference.value()));
        else
            QCOMPARE(read.error().message(), reference.error().message());
    }
}

QTEST_GUILESS_MAIN(tst_ServerEvents)

#include "tst_serverevents.moc"
