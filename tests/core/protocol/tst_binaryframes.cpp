// Every recorded binary frame through BinaryFrames::parse, checked against the jsonl
// envelope (event_type, len), plus malformed input.
#include "binaryframe.h"

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

QTEST_GUILESS_MAIN(tst_BinaryFrames)
#include "tst_binaryframes.moc"
