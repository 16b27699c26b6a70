// Every run_media_* capture (recorded from a real ComfyUI 0.3.64) through the wire parsers and
// typedOutputs: the history entry and the `executed` messages give the same typed outputs,
// with the kinds the captures' README states (videos and animations under `images` with
// `animated: [true]`, audio under `audio`, text under `text`).
#include "mediainfo.h"
#include "mediakind.h"
#include "serverevent.h"
#include "wireparsers.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDirIterator>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {

QByteArray readCapture(const QString &relative)
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

// The history entry's outputs, typed, node by node in the parser's order.
QList<TypedOutput> historyOutputs(const QString &folder)
{
    const auto history = WireParsers::parseHistory(readCapture(folder + u"/history_by_id.json"_s),
                                                   u"/history"_s);
    if (!history.isOk() || history.value().size() != 1)
        qFatal("history of %s does not parse", qPrintable(folder));
    QList<TypedOutput> all;
    for (const NodeOutput &node : history.value().constFirst().outputs)
        all += typedOutputs(node);
    return all;
}

// The same from the `executed` messages of ws.jsonl, sorted by node id like history.
QList<TypedOutput> executedOutputs(const QString &folder)
{
    QMap<QString, QList<TypedOutput>> byNode;
    const QList<QByteArray> lines = readCapture(folder + u"/ws.jsonl"_s).split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject envelope = QJsonDocument::fromJson(line).object();
        if (envelope.value("op"_L1).toString() != "text"_L1)
            continue;
        const auto event = ServerEvents::parse(envelope.value("raw"_L1).toString().toUtf8());
        if (event.isOk() && event.value().type == ServerEvent::Type::Executed)
            byNode.insert(event.value().node, typedOutputs(event.value().output));
    }
    QList<TypedOutput> all;
    for (const QList<TypedOutput> &outputs : std::as_const(byNode))
        all += outputs;
    return all;
}

} // namespace

class tst_MediaKind : public QObject
{
    Q_OBJECT
private slots:
    void kindByName_data();
    void kindByName();
    void captures_data();
    void captures();
    void textOutputs();
    void audioOutputs();
    void mixedOutputs();
    void videoHelperSuiteGifs();
    void unknownKeysKeptRaw();
    void kindNamesRoundTrip();
    void stillPngSizeFromItsHeader();
    void factsFromBytesAsFromTheFile();
};

void tst_MediaKind::kindByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("animated");
    QTest::addColumn<MediaKind>("kind");
    QTest::newRow("png") << u"a.png"_s << false << MediaKind::Still;
    QTest::newRow("apng") << u"a.png"_s << true << MediaKind::Animation;
    QTest::newRow("webp") << u"a.WEBP"_s << false << MediaKind::Still;
    QTest::newRow("animated webp") << u"a.webp"_s << true << MediaKind::Animation;
    QTest::newRow("jpeg animated flag ignored") << u"a.jpg"_s << true << MediaKind::Still;
    QTest::newRow("gif") << u"a.gif"_s << false << MediaKind::Animation;
    QTest::newRow("webm") << u"a.webm"_s << true << MediaKind::Video;
    QTest::newRow("mp4") << u"v/a.mp4"_s << true << MediaKind::Video;
    QTest::newRow("flac") << u"a.flac"_s << false << MediaKind::Audio;
    QTest::newRow("opus") << u"a.opus"_s << false << MediaKind::Audio;
    QTest::newRow("mp3") << u"a.mp3"_s << false << MediaKind::Audio;
    QTest::newRow("glb") << u"mesh_00001_.glb"_s << false << MediaKind::Model3D;
    QTest::newRow("txt") << u"a.txt"_s << false << MediaKind::Text;
    QTest::newRow("safetensors") << u"a.safetensors"_s << false << MediaKind::Other;
    QTest::newRow("no suffix") << u"README"_s << false << MediaKind::Other;
}

void tst_MediaKind::kindByName()
{
    QFETCH(QString, name);
    QFETCH(bool, animated);
    QFETCH(MediaKind, kind);
    QCOMPARE(mediaKindForFile(name, animated), kind);
}

void tst_MediaKind::captures_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("nodeId");
    QTest::addColumn<QString>("filename");
    QTest::addColumn<QString>("subfolder");
    QTest::addColumn<MediaKind>("kind");
    QTest::newRow("animated webp") << u"run_media_animated_webp"_s << u"16"_s
                                   << u"capture_media_webp_00001_.webp"_s << QString() << MediaKind::Animation;
    QTest::newRow("animated png") << u"run_media_animated_png"_s << u"16"_s
                                  << u"capture_media_apng_00001_.png"_s << QString() << MediaKind::Animation;
    QTest::newRow("webm") << u"run_media_video_webm"_s << u"16"_s
                          << u"capture_media_webm_00001_.webm"_s << QString() << MediaKind::Video;
    QTest::newRow("mp4") << u"run_media_video_mp4"_s << u"17"_s << u"capture_media_mp4_00001_.mp4"_s
                         << u"video"_s << MediaKind::Video;
    QTest::newRow("mp4 with audio") << u"run_media_video_mp4_audio"_s << u"18"_s
                                    << u"capture_media_mp4_audio_00001_.mp4"_s << u"video"_s
                                    << MediaKind::Video;
}

// One file per capture: kind, node, file, key "images", and the executed message agrees.
void tst_MediaKind::captures()
{
    QFETCH(QString, folder);
    QFETCH(QString, nodeId);
    QFETCH(QString, filename);
    QFETCH(QString, subfolder);
    QFETCH(MediaKind, kind);
    const QList<TypedOutput> outputs = historyOutputs(folder);
    QCOMPARE(outputs.size(), 1);
    const TypedOutput &output = outputs.constFirst();
    QCOMPARE(output.nodeId, nodeId);
    QCOMPARE(output.key, u"images"_s);
    QCOMPARE(output.kind, kind);
    QCOMPARE(output.file.filename, filename);
    QCOMPARE(output.file.subfolder, subfolder);
    QCOMPARE(output.file.type, u"output"_s);
    QVERIFY(output.hasFile());
    QVERIFY(output.text.isEmpty());

    const QList<TypedOutput> executed = executedOutputs(folder);
    QCOMPARE(executed.size(), 1);
    QCOMPARE(executed.constFirst().kind, kind);
    QCOMPARE(executed.constFirst().file, output.file);
}

void tst_MediaKind::textOutputs()
{
    const QList<TypedOutput> outputs = historyOutputs(u"run_media_text"_s);
    QCOMPARE(outputs.size(), 2);
    QCOMPARE(outputs.at(0).nodeId, u"2"_s);
    QCOMPARE(outputs.at(0).kind, MediaKind::Text);
    QCOMPARE(outputs.at(0).key, u"text"_s);
    QCOMPARE(outputs.at(0).text,
             QString::fromUtf8("capture text: caf\u00e9 \u2713 \u65e5\u672c \"quoted\"\nsecond line"));
    QVERIFY(!outputs.at(0).hasFile());
    QCOMPARE(outputs.at(1).nodeId, u"4"_s);
    QCOMPARE(outputs.at(1).kind, MediaKind::Text);
    QCOMPARE(outputs.at(1).text, u"42"_s); // a number arrives as a string
    const QList<TypedOutput> executed = executedOutputs(u"run_media_text"_s);
    QCOMPARE(executed.size(), 2);
    QCOMPARE(executed.at(0).text, outputs.at(0).text);
    QCOMPARE(executed.at(1).text, u"42"_s);
}

void tst_MediaKind::audioOutputs()
{
    // History keys 4,3,2,5; the parser sorts by node id.
    const QList<TypedOutput> outputs = historyOutputs(u"run_media_audio"_s);
    QCOMPARE(outputs.size(), 4);
    const QStringList nodes = {u"2"_s, u"3"_s, u"4"_s, u"5"_s};
    const QStringList names = {u"capture_media_flac_00001_.flac"_s, u"capture_media_mp3_00001_.mp3"_s,
                               u"capture_media_opus_00001_.opus"_s, u"ComfyUI_temp_zohnt_00001_.flac"_s};
    const QStringList subfolders = {u"audio"_s, u"audio"_s, u"audio"_s, QString()};
    const QStringList types = {u"output"_s, u"output"_s, u"output"_s, u"temp"_s};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(outputs.at(i).nodeId, nodes.at(i));
        QCOMPARE(outputs.at(i).key, u"audio"_s);
        QCOMPARE(outputs.at(i).kind, MediaKind::Audio);
        QCOMPARE(outputs.at(i).file.filename, names.at(i));
        QCOMPARE(outputs.at(i).file.subfolder, subfolders.at(i));
        QCOMPARE(outputs.at(i).file.type, types.at(i));
    }
    QCOMPARE(executedOutputs(u"run_media_audio"_s).size(), 4);
}

void tst_MediaKind::mixedOutputs()
{
    // `animated` belongs to node 17's entry only: node 16's PNGs stay stills.
    const QList<TypedOutput> outputs = historyOutputs(u"run_media_mixed"_s);
    QCOMPARE(outputs.size(), 9);
    for (int i = 0; i < 8; ++i) {
        QCOMPARE(outputs.at(i).nodeId, u"16"_s);
        QCOMPARE(outputs.at(i).kind, MediaKind::Still);
        QCOMPARE(outputs.at(i).file.filename, u"capture_media_mixed_png_%1_.png"_s.arg(i + 1, 5, 10, QChar(u'0')));
    }
    QCOMPARE(outputs.at(8).nodeId, u"17"_s);
    QCOMPARE(outputs.at(8).kind, MediaKind::Animation);
    QCOMPARE(outputs.at(8).file.filename, u"capture_media_mixed_webp_00001_.webp"_s);

    const QList<TypedOutput> mask = historyOutputs(u"run_media_upload_mask"_s);
    QCOMPARE(mask.size(), 2);
    QCOMPARE(mask.at(0).kind, MediaKind::Still);
    QCOMPARE(mask.at(1).file.filename, u"capture_media_mask_mask_00001_.png"_s);
}

// VideoHelperSuite's Video Combine reports {"gifs": [{filename, subfolder, type, format,
// frame_rate, workflow, fullpath}]}: the file is typed by its extension, the rest kept raw.
void tst_MediaKind::videoHelperSuiteGifs()
{
    const QByteArray json = R"({"gifs": [
        {"filename": "AnimateDiff_00001.mp4", "subfolder": "", "type": "output",
         "format": "video/h264-mp4", "frame_rate": 8.0, "workflow": "AnimateDiff_00001.png",
         "fullpath": "/opt/ComfyUI/output/AnimateDiff_00001.mp4"},
        {"filename": "AnimateDiff_00002.gif", "subfolder": "", "type": "output",
         "format": "image/gif", "frame_rate": 8.0}]})";
    const NodeOutput node = WireParsers::parseNodeOutput(u"7"_s, QJsonDocument::fromJson(json).object());
    const QList<TypedOutput> outputs = typedOutputs(node);
    QCOMPARE(outputs.size(), 2);
    QCOMPARE(outputs.at(0).key, u"gifs"_s);
    QCOMPARE(outputs.at(0).kind, MediaKind::Video);
    QCOMPARE(outputs.at(0).raw.toObject().value("format"_L1).toString(), u"video/h264-mp4"_s);
    QCOMPARE(outputs.at(1).kind, MediaKind::Animation);
    QCOMPARE(outputs.at(1).file.filename, u"AnimateDiff_00002.gif"_s);
}

void tst_MediaKind::unknownKeysKeptRaw()
{
    const QByteArray json = R"({"3d": [{"filename": "mesh_00001_.glb", "subfolder": "3d", "type": "output"}],
        "latents": [{"filename": "a.latent", "subfolder": "", "type": "output"}],
        "bbox": [[1, 2, 3, 4]], "animated": [false]})";
    const NodeOutput node = WireParsers::parseNodeOutput(u"9"_s, QJsonDocument::fromJson(json).object());
    const QList<TypedOutput> outputs = typedOutputs(node);
    QCOMPARE(outputs.size(), 3); // "animated" is a flag, not an output
    QCOMPARE(outputs.at(0).key, u"3d"_s);
    QCOMPARE(outputs.at(0).kind, MediaKind::Model3D);
    QCOMPARE(outputs.at(0).file.subfolder, u"3d"_s);
    QCOMPARE(outputs.at(1).key, u"bbox"_s);
    QCOMPARE(outputs.at(1).kind, MediaKind::Other);
    QVERIFY(!outputs.at(1).hasFile());
    QCOMPARE(outputs.at(1).raw.toArray().at(0).toArray().at(3).toInt(), 4);
    QCOMPARE(outputs.at(2).key, u"latents"_s);
    QCOMPARE(outputs.at(2).kind, MediaKind::Other);
    QVERIFY(outputs.at(2).hasFile());
    QVERIFY(node.raw.contains("bbox"_L1));
}

void tst_MediaKind::kindNamesRoundTrip()
{
    for (int value = 0; value <= int(MediaKind::Other); ++value)
        QCOMPARE(mediaKindFromName(mediaKindName(MediaKind(value))), MediaKind(value));
    QCOMPARE(mediaKindName(MediaKind::Model3D), u"model3d"_s);
}

QTEST_GUILESS_MAIN(tst_MediaKind)
// A PNG's size is read from its IHDR chunk, without decoding or inflating the prompt and
// workflow ComfyUI embeds; the answer is the image reader's. A header that is not a valid
// IHDR goes to the image reader, which says the file is unreadable.
void tst_MediaKind::stillPngSizeFromItsHeader()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    OutputRecord record;
    record.kind = MediaKind::Still;
    record.path = dir.filePath(u"wide_00001_.png"_s);
    {
        QImage image(37, 23, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QImageWriter writer(record.path, "png");
        writer.setText(u"workflow"_s, QString(100000, u'w'));
        QVERIFY(writer.write(image));
    }
    const OutputRecord read = readMediaInfo(record);
    QCOMPARE(read.mediaState, OutputRecord::MediaState::Read);
    QCOMPARE(read.kind, MediaKind::Still);
    QCOMPARE(QSize(read.width, read.height), QSize(37, 23));
    QCOMPARE(read.frameCount, 1);
    QCOMPARE(read.codec, u"png"_s);

    // A recorded server's output: the same answer as the image reader's.
    record.path = QStringLiteral(EASEL_SHARED_DIR "/captures/run_save_image/view_output0.png");
    const OutputRecord captured = readMediaInfo(record);
    QImageReader reader(record.path);
    QCOMPARE(QSize(captured.width, captured.height), reader.size());
    QCOMPARE(captured.codec, QString::fromLatin1(reader.format()));

    // Width 0 in the header: not a PNG the reader takes.
    QFile broken(dir.filePath(u"zero_00001_.png"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    QByteArray bytes("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\0\0\0\0\x10\x08\x02\0\0\0", 29);
    bytes += QByteArray(4, '\0'); // its CRC
    QVERIFY(broken.write(bytes) == bytes.size());
    broken.close();
    record.path = broken.fileName();
    QCOMPARE(readMediaInfo(record).mediaState, OutputRecord::MediaState::Unreadable);
}

// The output store reads a download it holds in memory from its bytes, not the file it has
// just written: the same facts for every recorded server output, and for a broken one.
void tst_MediaKind::factsFromBytesAsFromTheFile()
{
    QTemporaryDir dir;
    QStringList files;
    QDirIterator it(QStringLiteral(EASEL_SHARED_DIR "/captures"), {u"*.png"_s, u"*.webp"_s, u"*.gif"_s, u"*.mp4"_s,
                                                                   u"*.webm"_s, u"*.wav"_s, u"*.flac"_s, u"*.mp3"_s,
                                                                   u"*.jpg"_s},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    QVERIFY(files.size() >= 10);
    // Width 0 in the header: unreadable either way.
    QFile broken(dir.filePath(u"zero_00001_.png"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    QByteArray zero("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\0\0\0\0\x10\x08\x02\0\0\0", 29);
    zero += QByteArray(4, '\0');
    QVERIFY(broken.write(zero) == zero.size());
    broken.close();
    files.append(broken.fileName());
    int unreadable = 0;
    for (const QString &path : std::as_const(files)) {
        OutputRecord record;
        record.path = path;
        record.kind = mediaKindForFile(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const OutputRecord fromFile = readMediaInfo(record);
        const OutputRecord fromBytes = readMediaInfo(record, file.readAll());
        QCOMPARE(fromBytes.kind, fromFile.kind);
        QCOMPARE(fromBytes.mediaState, fromFile.mediaState);
        QCOMPARE(QSize(fromBytes.width, fromBytes.height), QSize(fromFile.width, fromFile.height));
        QCOMPARE(fromBytes.frameCount, fromFile.frameCount);
        QCOMPARE(fromBytes.durationMs, fromFile.durationMs);
        QCOMPARE(fromBytes.codec, fromFile.codec);
        QCOMPARE(fromBytes.mediaError, fromFile.mediaError);
        if (fromFile.mediaState == OutputRecord::MediaState::Unreadable)
            ++unreadable;
    }
    QVERIFY(unreadable >= 1); // the broken one at least
}

#include "tst_mediakind.moc"
