// Decoding preview frames as the event stream does: split the binary frame, read the
// header size, decode the JPEG. The recorded 512x512 preview (flat, 4.7 KB) and a
// realistic 512x512 quality-95 JPEG (noisy, about 150 KB).
#include "binaryframe.h"
#include "previewdecoder.h"

#include <QBuffer>
#include <QFile>
#include <QImageWriter>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

using namespace Easel;

class bench_PreviewDecode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recordedFrames1000();
    void realisticFrames1000();

private:
    void decode1000(const QByteArray &frame);
    QByteArray m_recorded;
    QByteArray m_realistic;
};

void bench_PreviewDecode::initTestCase()
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/run_progress_preview_jpeg_metadata/ws.frame013.bin"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_recorded = file.readAll();

    QImage image(512, 512, QImage::Format_RGB32);
    QRandomGenerator random(42);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = qRgb((x + int(random.bounded(64))) & 255, (y + int(random.bounded(64))) & 255,
                           int(random.bounded(256)));
    }
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(95);
    QVERIFY(writer.write(image));
    m_realistic = QByteArray::fromHex("0000000100000001") + jpeg;
    qInfo("realistic preview JPEG: %lld bytes", qlonglong(jpeg.size()));
}

void bench_PreviewDecode::decode1000(const QByteArray &frame)
{
    QBENCHMARK {
        for (int i = 0; i < 1000; ++i) {
            const Result<BinaryFrame> parsed = BinaryFrames::parse(frame);
            const Result<QImage> image = PreviewDecoder::decode(parsed.value().imageBytes);
            if (!image.isOk() || image.value().width() != 512)
                QFAIL("decode failed");
        }
    }
}

void bench_PreviewDecode::recordedFrames1000()
{
    decode1000(m_recorded);
}

void bench_PreviewDecode::realisticFrames1000()
{
    decode1000(m_realistic);
}

QTEST_GUILESS_MAIN(bench_PreviewDecode)
#include "bench_previewdecode.moc"
