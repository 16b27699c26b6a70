// PreviewDecoder: capture previews decode, hostile headers are refused before decoding.
#include "binaryframe.h"
#include "previewdecoder.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QImageWriter>
#include <QThread>
#include <QtEndian>
#include <QtTest>
#include <zlib.h>

using namespace Qt::StringLiterals;
using namespace Easel;

static const QString kCaptures = QStringLiteral(EASEL_SHARED_DIR "/captures/");

static QByteArray previewBytes(const QString &relative)
{
    QFile file(kCaptures + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    auto frame = BinaryFrames::parse(file.readAll());
    if (!frame.isOk())
        qFatal("fixture frame does not parse");
    return frame.value().imageBytes;
}

// A PNG whose IHDR claims width x height, followed by a tiny IDAT: a decoder that trusted
// the header would allocate width*height*4 bytes.
static QByteArray hugePngHeader(quint32 width, quint32 height)
{
    auto chunk = [](const QByteArray &type, const QByteArray &data) -> QByteArray {
        QByteArray out(4, '\0');
        qToBigEndian<quint32>(quint32(data.size()), out.data());
        const QByteArray body = type + data;
        out += body;
        QByteArray crc(4, '\0');
        qToBigEndian<quint32>(quint32(crc32(0, reinterpret_cast<const Bytef *>(body.constData()),
                                            uInt(body.size()))),
                              crc.data());
        return out + crc;
    };
    QByteArray ihdr(13, '\0');
    qToBigEndian(width, ihdr.data());
    qToBigEndian(height, ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 6; // RGBA
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr)
         + chunk("IDAT", QByteArray("\x78\x9c\x03\x00\x00\x00\x00\x01", 8)) + chunk("IEND", {});
}

// A real small JPEG with its SOF0 dimensions patched to width x height.
static QByteArray hugeJpegHeader(quint16 width, quint16 height)
{
    QImage small(8, 8, QImage::Format_RGB32);
    small.fill(Qt::red);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    if (!writer.write(small))
        qFatal("cannot write jpeg");
    for (qsizetype i = 2; i + 9 < jpeg.size(); ++i) {
        if (uchar(jpeg.at(i)) == 0xFF && uchar(jpeg.at(i + 1)) == 0xC0) {
            qToBigEndian(height, jpeg.data() + i + 5);
            qToBigEndian(width, jpeg.data() + i + 7);
            return jpeg;
        }
    }
    qFatal("no SOF0 marker");
}

class tst_PreviewDecoder : public QObject
{
    Q_OBJECT
private slots:
    void decodesCapturePreviews_data();
    void decodesCapturePreviews();
    void scaled();
    void refusesHugeHeaders_data();
    void refusesHugeHeaders();
    void garbage();
    void asyncDeliversOnCallerThread();
};

void tst_PreviewDecoder::decodesCapturePreviews_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("jpeg metadata") << u"run_progress_preview_jpeg_metadata/ws.frame013.bin"_s;
    QTest::addRow("png metadata") << u"run_progress_preview_png_metadata/ws.frame013.bin"_s;
    QTest::addRow("jpeg legacy") << u"run_progress_preview_jpeg_legacy/ws.frame013.bin"_s;
    QTest::addRow("png legacy") << u"run_progress_preview_png_legacy/ws.frame013.bin"_s;
}

void tst_PreviewDecoder::decodesCapturePreviews()
{
    QFETCH(QString, file);
    const auto result = PreviewDecoder::decode(previewBytes(file));
    QVERIFY2(result.isOk(), qPrintable(result.error().message()));
    QCOMPARE(result.value().size(), QSize(512, 512));
}

void tst_PreviewDecoder::scaled()
{
    const auto result = PreviewDecoder::decode(
        previewBytes(u"run_progress_preview_jpeg_metadata/ws.frame013.bin"_s),
        PreviewDecoder::defaultMaxPixels, QSize(128, 128));
    QVERIFY(result.isOk());
    QCOMPARE(result.value().size(), QSize(128, 128));
}

void tst_PreviewDecoder::refusesHugeHeaders_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addRow("png 100000x100000") << hugePngHeader(100000, 100000);
    QTest::addRow("jpeg 60000x60000") << hugeJpegHeader(60000, 60000);
}

void tst_PreviewDecoder::refusesHugeHeaders()
{
    QFETCH(QByteArray, bytes);
    // Lift the process-wide backstop so the refusal provably comes from our header check.
    const int previousLimit = QImageReader::allocationLimit();
    QImageReader::setAllocationLimit(0);
    const auto result = PreviewDecoder::decode(bytes);
    QImageReader::setAllocationLimit(previousLimit);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind(), ProtocolError::Kind::TooLarge);
    QVERIFY2(result.error().message().contains("x"_L1), qPrintable(result.error().message()));
}

void tst_PreviewDecoder::garbage()
{
    const auto result = PreviewDecoder::decode(QByteArray("definitely not an image"));
    QVERIFY(!result.isOk());
    QVERIFY(!result.error().message().isEmpty());
    QVERIFY(!PreviewDecoder::decode({}).isOk());
}

void tst_PreviewDecoder::asyncDeliversOnCallerThread()
{
    PreviewDecoder decoder;
    QThread *deliveredOn = nullptr;
    QSize size;
    decoder.decodeAsync(previewBytes(u"run_progress_preview_png_metadata/ws.frame013.bin"_s))
        .then(this, [&](const Result<QImage> &result) {
            deliveredOn = QThread::currentThread();
            size = result.isOk() ? result.value().size() : QSize();
        });
    QTRY_VERIFY(deliveredOn != nullptr);
    QCOMPARE(deliveredOn, QThread::currentThread());
    QCOMPARE(size, QSize(512, 512));
}

QTEST_GUILESS_MAIN(tst_PreviewDecoder)
#include "tst_previewdecoder.moc"
