// Every recorded WebSocket text frame through ServerEvents::parse, and typed values of a
// few exact frames (values copied from the captures).
#include "serverevent.h"

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

QTEST_GUILESS_MAIN(tst_ServerEvents)
#include "tst_serverevents.moc"
