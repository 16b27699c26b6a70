// Every recorded binary frame through BinaryFrames::parse, checked against the jsonl
// envelope (event_type, len), plus malformed input.
#include "binaryframe.h"
#include "servereventreader.h"

#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Easel;

static const QString kCaptures = QStringLiteral(EASEL_SHARED_DIR "/captures/");

static QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(path));
    return file.readAll();
}

static QByteArray u32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}

class tst_BinaryFrames : public QObject
{
    Q_OBJECT
private slots:
    void everyRecordedFrame();
    void metadataFrame();
    void textFrames();
    void legacyPng();
    void badInput_data();
    void badInput();
    void unknownType();
    void previewHeaderAsTheReference_data();
    void previewHeaderAsTheReference();
    void previewHeaderMutations();
};

void tst_BinaryFrames::everyRecordedFrame()
{
    QDirIterator it(kCaptures, {u"*.jsonl"_s}, QDir::Files, QDirIterator::Subdirectories);
    int checked = 0;
    while (it.hasNext()) {
        const QString jsonl = it.next();
        const QString dir = QFileInfo(jsonl).absolutePath() + u'/';
        const QString stem = QFileInfo(jsonl).completeBaseName(); // "ws" or "ws_first_connection"
        const QByteArray text = readFile(jsonl);
        for (const QByteArray &line : text.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value("op"_L1).toString() != "binary"_L1)
                continue;
            QString file = o.value("file"_L1).toString();
            if (!QFile::exists(dir + file))
                file = stem + u'.' + file.section(u'.', 1);
            const QByteArray bytes = readFile(dir + file);
            QCOMPARE(bytes.size(), o.value("len"_L1).toInt());
            const auto result = BinaryFrames::parse(bytes);
            QVERIFY2(result.isOk(), qPrintable(dir + file));
            QCOMPARE(result.value().rawType, quint32(o.value("event_type"_L1).toInt()));
            if (result.value().type != BinaryFrame::Type::Text) {
                QImage image;
                QVERIFY2(image.loadFromData(result.value().imageBytes), qPrintable(dir + file));
            }
            ++checked;
        }
    }
    QCOMPARE(checked, 65); // every .bin file the captures hold

    // And every WebSocket frame file on disk parses (ws*.frameNNN.bin, as the captures' README
    // names them; other .bin files there are HTTP bodies, such as a /view range answer).
    QDirIterator bins(kCaptures, {u"ws*.frame*.bin"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (bins.hasNext()) {
        const QString path = bins.next();
        QVERIFY2(BinaryFrames::parse(readFile(path)).isOk(), qPrintable(path));
    }
}

void tst_BinaryFrames::metadataFrame()
{
    const QByteArray bytes =
        readFile(kCaptures + u"run_progress_preview_jpeg_metadata/ws.frame013.bin"_s);
    QCOMPARE(bytes.size(), 4900);
    QCOMPARE(qFromBigEndian<quint32>(bytes.constData() + 4), 166u);
    const auto result = BinaryFrames::parse(bytes);
    QVERIFY(result.isOk());
    const BinaryFrame &f = result.value();
    QCOMPARE(f.type, BinaryFrame::Type::PreviewImageWithMetadata);
    QCOMPARE(f.nodeId, u"2"_s);
    QCOMPARE(f.displayNodeId, u"2"_s);
    QCOMPARE(f.realNodeId, u"2"_s);
    QVERIFY(f.parentNodeId.isEmpty());
    QCOMPARE(f.promptId, u"8cbfdf3d-8102-4140-a91f-ebd7519a34e1"_s);
    QCOMPARE(f.imageFormat, BinaryFrame::ImageFormat::Jpeg);
    QCOMPARE(f.imageBytes.size(), 4900 - 8 - 166);
    QCOMPARE(QImage::fromData(f.imageBytes).size(), QSize(512, 512));

    const auto png = BinaryFrames::parse(
        readFile(kCaptures + u"run_progress_preview_png_metadata/ws.frame013.bin"_s));
    QVERIFY(png.isOk());
    QCOMPARE(png.value().imageFormat, BinaryFrame::ImageFormat::Png);
    QCOMPARE(QImage::fromData(png.value().imageBytes).size(), QSize(512, 512));
}

void tst_BinaryFrames::textFrames()
{
    const char *files[] = {"ws.frame011.bin", "ws.frame015.bin", "ws.frame019.bin",
                           "ws.frame023.bin"};
    for (int i = 0; i < 4; ++i) {
        const auto result = BinaryFrames::parse(readFile(
            kCaptures + u"run_progress_preview_jpeg_metadata/"_s + QLatin1StringView(files[i])));
        QVERIFY(result.isOk());
        QCOMPARE(result.value().type, BinaryFrame::Type::Text);
        QCOMPARE(result.value().nodeId, u"2"_s);
        QCOMPARE(result.value().text, u"step %1/4"_s.arg(i + 1));
    }
}

void tst_BinaryFrames::legacyPng()
{
    const auto jpeg = BinaryFrames::parse(
        readFile(kCaptures + u"run_progress_preview_jpeg_legacy/ws.frame013.bin"_s));
    QVERIFY(jpeg.isOk());
    QCOMPARE(jpeg.value().type, BinaryFrame::Type::PreviewImage);
    QCOMPARE(jpeg.value().imageFormat, BinaryFrame::ImageFormat::Jpeg);
    const auto png = BinaryFrames::parse(
        readFile(kCaptures + u"run_progress_preview_png_legacy/ws.frame013.bin"_s));
    QVERIFY(png.isOk());
    QCOMPARE(png.value().imageFormat, BinaryFrame::ImageFormat::Png);
    QCOMPARE(QImage::fromData(png.value().imageBytes).size(), QSize(512, 512));
}

void tst_BinaryFrames::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("3 bytes") << QByteArray("\0\0\0", 3);
    QTest::addRow("7 bytes") << (u32(4) + QByteArray("\0\0\0", 3));
    QTest::addRow("metadata past the end") << (u32(4) + u32(500) + QByteArray("{}"));
    QTest::addRow("metadata not JSON") << (u32(4) + u32(5) + QByteArray("nope!") + "img");
    QTest::addRow("metadata not an object") << (u32(4) + u32(3) + QByteArray("[1]"));
    QTest::addRow("text node id past the end") << (u32(3) + u32(9) + QByteArray("2"));
}

void tst_BinaryFrames::badInput()
{
    QFETCH(QByteArray, bytes);
    const auto result = BinaryFrames::parse(bytes);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind(), ProtocolError::Kind::UnexpectedShape);
    QVERIFY(!BinaryFrames::isUnknownType(result.error()));
    QVERIFY(!result.error().message().isEmpty());
}

void tst_BinaryFrames::unknownType()
{
    const auto result = BinaryFrames::parse(u32(9) + u32(0) + QByteArray("xyz"));
    QVERIFY(!result.isOk());
    QVERIFY(BinaryFrames::isUnknownType(result.error()));
    QVERIFY(result.error().detail().contains("9"_L1));
}

static QByteArray withMetadata(const QByteArray &metadata, const QByteArray &image = "IMG")
{
    return u32(4) + u32(quint32(metadata.size())) + metadata + image;
}

void tst_BinaryFrames::previewHeaderAsTheReference_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("read"); // read by simdjson (else left to BinaryFrames::parse)
    QDirIterator bins(kCaptures, {u"ws*.frame*.bin"_s}, QDir::Files, QDirIterator::Subdirectories);
    int previews = 0;
    while (bins.hasNext()) {
        const QString path = bins.next();
        const QByteArray bytes = readFile(path);
        if (qFromBigEndian<quint32>(bytes.constData()) == 3)
            continue; // progress text: not a preview
        QTest::addRow("%s", qPrintable(path.mid(kCaptures.size()))) << bytes << true;
        ++previews;
    }
    QVERIFY(previews >= 40);
    QTest::addRow("png") << withMetadata(R"({"image_type": "image/png", "prompt_id": "p", "node_id": "7"})") << true;
    QTest::addRow("not strings") << withMetadata(R"({"image_type": 5, "prompt_id": 1, "node_id": null, "real_node_id": {}})") << true;
    QTest::addRow("empty object, no image") << withMetadata("{}", {}) << true;
    QTest::addRow("legacy png") << (u32(1) + u32(2) + QByteArray("PNG")) << true;
    QTest::addRow("legacy other format") << (u32(1) + u32(7) + QByteArray("X")) << true;
    QTest::addRow("escaped code point") << withMetadata(R"({"prompt_id": "\u0070"})") << false;
    QTest::addRow("repeated key") << withMetadata(R"({"prompt_id": "a", "prompt_id": "b"})") << false;
    QTest::addRow("not an object") << withMetadata("[1]") << false;
    QTest::addRow("not JSON") << withMetadata("nope!") << false;
    QTest::addRow("empty metadata") << withMetadata({}) << false;
    QTest::addRow("trailing garbage") << withMetadata(R"({"prompt_id": "p"} x)") << false;
    QTest::addRow("metadata past the end") << (u32(4) + u32(500) + QByteArray("{}")) << false;
    QTest::addRow("text frame") << (u32(3) + u32(1) + QByteArray("2step")) << false;
    QTest::addRow("unknown type") << (u32(9) + u32(0) + QByteArray("xyz")) << false;
    QTest::addRow("short") << QByteArray("\0\0\0\4", 4) << false;
}

// The socket's thread reads a preview's header with simdjson and keeps the image in the
// message (ServerEventReader::readPreviewHeader): every field as BinaryFrames::parse gives
// it, the image where it says; what it cannot read the same is left to the reference.
void tst_BinaryFrames::previewHeaderAsTheReference()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, read);
    ServerEventReader reader;
    qsizetype offset = -1;
    const std::optional<BinaryFrame> header = reader.readPreviewHeader(bytes, &offset);
    QCOMPARE(header.has_value(), read);
    if (!header)
        return;
    const auto reference = BinaryFrames::parse(bytes);
    QVERIFY(reference.isOk());
    QVERIFY(ServerEventReader::sameAsReference(*header, reference.value()));
    QVERIFY(header->imageBytes.isEmpty());
    QCOMPARE(bytes.sliced(offset), reference.value().imageBytes);
}

// A recorded frame's metadata with every byte in turn replaced by what changes JSON's shape,
// and cut at every length: whatever the header reader takes, it reads as the reference.
void tst_BinaryFrames::previewHeaderMutations()
{
    const QByteArray recorded = readFile(kCaptures + u"run_progress_preview_jpeg_metadata/ws.frame013.bin"_s);
    const quint32 length = qFromBigEndian<quint32>(recorded.constData() + 4);
    const QByteArray metadata = recorded.mid(8, length);
    const QByteArray image = recorded.mid(8 + length);
    const char replacements[] = {'"', '\\', '{', '}', '[', ',', ':', ' ', 'u', '0', 'n', '\x80', '\xff', '\0'};
    QList<QByteArray> inputs;
    for (qsizetype i = 0; i < metadata.size(); ++i) {
        for (const char c : replacements) {
            QByteArray changed = metadata;
            changed[i] = c;
            inputs.append(u32(4) + u32(quint32(changed.size())) + changed + image);
        }
    }
    for (quint32 cut = 0; cut <= length; ++cut)
        inputs.append(u32(4) + u32(cut) + metadata.left(cut) + image);
    ServerEventReader reader;
    int taken = 0;
    for (const QByteArray &bytes : std::as_const(inputs)) {
        qsizetype offset = -1;
        const std::optional<BinaryFrame> header = reader.readPreviewHeader(bytes, &offset);
        if (!header)
            continue;
        ++taken;
        const auto reference = BinaryFrames::parse(bytes);
        QVERIFY2(reference.isOk(), bytes.left(200).constData());
        QVERIFY2(ServerEventReader::sameAsReference(*header, reference.value()), bytes.left(200).constData());
        QCOMPARE(bytes.sliced(offset), reference.value().imageBytes);
    }
    QVERIFY(taken > 100); // most single-byte changes inside strings still parse
    QVERIFY(taken < inputs.size());
}

QTEST_GUILESS_MAIN(tst_BinaryFrames)
#include "tst_binaryframes.moc"
