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

Q_DECLARE_METATYPE(Easel::PreviewDecoder::Fidelity)

namespace {

// A picture-like 512x512 frame: smooth gradients, soft shapes and fine grain, the
// content of a sampler preview late in a run.
QImage picture()
{
    QImage image(512, 512, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient sky(0, 0, 0, 512);
    sky.setColorAt(0, QColor(40, 70, 140));
    sky.setColorAt(1, QColor(230, 170, 120));
    painter.fillRect(image.rect(), sky);
    QRandomGenerator random(7);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < 60; ++i) {
        QRadialGradient blob(random.bounded(512), random.bounded(512), 20 + random.bounded(80));
        blob.setColorAt(0, QColor::fromHsv(random.bounded(360), 160, 220, 200));
        blob.setColorAt(1, Qt::transparent);
        painter.fillRect(image.rect(), blob);
    }
    painter.end();
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int grain = int(random.bounded(13)) - 6;
            line[x] = qRgb(std::clamp(qRed(line[x]) + grain, 0, 255),
                           std::clamp(qGreen(line[x]) + grain, 0, 255),
                           std::clamp(qBlue(line[x]) + grain, 0, 255));
        }
    }
    return image;
}

// Every pixel random: the worst case for a JPEG decoder.
QImage noise()
{
    QImage image(512, 512, QImage::Format_RGB32);
    QRandomGenerator random(42);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = random.generate() | 0xff000000;
    }
    return image;
}

// A type-1 preview frame (JPEG) as the server sends it.
QByteArray previewFrame(const QImage &image, int quality)
{
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.write(image);
    return QByteArray::fromHex("0000000100000001") + jpeg;
}

} // namespace

class bench_PreviewDecode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void decode1000_data();
    void decode1000();

private:
    QByteArray m_recorded;
    QByteArray m_realistic;
    QByteArray m_noise;
};

void bench_PreviewDecode::initTestCase()
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/run_progress_preview_jpeg_metadata/ws.frame013.bin"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_recorded = file.readAll();

    m_realistic = previewFrame(picture(), 95);
    m_noise = previewFrame(noise(), 95);
    qInfo("JPEG sizes at quality 95: recorded %lld, picture %lld, noise %lld bytes",
          qlonglong(m_recorded.size() - 8), qlonglong(m_realistic.size() - 8),
          qlonglong(m_noise.size() - 8));
}

void bench_PreviewDecode::decode1000_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<PreviewDecoder::Fidelity>("fidelity");
    const auto full = PreviewDecoder::Fidelity::Full;
    const auto fast = PreviewDecoder::Fidelity::Fast;
    QTest::addRow("recorded preview, full") << m_recorded << full;
    QTest::addRow("recorded preview, fast") << m_recorded << fast;
    QTest::addRow("picture, full") << m_realistic << full;
    QTest::addRow("picture, fast (live previews)") << m_realistic << fast;
    QTest::addRow("noise (worst case), full") << m_noise << full;
    QTest::addRow("noise (worst case), fast") << m_noise << fast;
}

void bench_PreviewDecode::decode1000()
{
    QFETCH(QByteArray, frame);
    QFETCH(PreviewDecoder::Fidelity, fidelity);
    QBENCHMARK {
        for (int i = 0; i < 1000; ++i) {
            const Result<BinaryFrame> parsed = BinaryFrames::parse(frame);
            const Result<QImage> image = PreviewDecoder::decode(parsed.value().imageBytes,
                                                                PreviewDecoder::defaultMaxPixels,
                                                                {}, fidelity);
            if (!image.isOk() || image.value().width() != 512)
                QFAIL("decode failed");
        }
    }
}

QTEST_GUILESS_MAIN(bench_PreviewDecode)
#include "bench_previewdecode.moc"
