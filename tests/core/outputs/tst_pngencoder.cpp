// easel_png's writer: the rows deflated in stripes on several threads and joined into one
// zlib stream must read back as the same pixels in libpng (through QImage), which checks
// the stream's Adler-32, for every colour type, a stripe count that does not divide the
// height, a single stripe and a height too small to split; text chunks read back too.
#include "pngencoder.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QRandomGenerator>
#include <QTest>

#include <cstring>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_PngEncoder : public QObject
{
    Q_OBJECT

private slots:
    void pixelsReadBack_data();
    void pixelsReadBack();
    void textReadsBack();
    void nothingToWrite();
};

void tst_PngEncoder::pixelsReadBack_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("threads");
    QTest::addRow("rgba 300x257, 3 stripes") << QSize(300, 257) << int(Png::ColorType::Rgba) << 3;
    QTest::addRow("rgb 123x1000, 8 stripes") << QSize(123, 1000) << int(Png::ColorType::Rgb) << 8;
    QTest::addRow("grey+alpha 64x640, 2 stripes") << QSize(64, 640) << int(Png::ColorType::GreyAlpha) << 2;
    QTest::addRow("grey 1x1") << QSize(1, 1) << int(Png::ColorType::Grey) << 4;
    QTest::addRow("rgba 50x100, one stripe") << QSize(50, 100) << int(Png::ColorType::Rgba) << 1;
    QTest::addRow("rgba 17x63: too few rows to split") << QSize(17, 63) << int(Png::ColorType::Rgba) << 8;
}

void tst_PngEncoder::pixelsReadBack()
{
    QFETCH(QSize, size);
    QFETCH(int, type);
    QFETCH(int, threads);
    const auto colorType = Png::ColorType(type);
    const int channels = Png::channels(colorType);
    // Random samples with smooth runs, so both literals and matches cross stripe borders.
    QRandomGenerator random(size.width() * 31 + size.height());
    QByteArray samples(qsizetype(size.width()) * size.height() * channels, Qt::Uninitialized);
    for (qsizetype i = 0; i < samples.size(); ++i)
        samples[i] = char((i / 7) % 3 == 0 ? random.bounded(256) : (i * 5) & 0xff);
    const qsizetype rowBytes = qsizetype(size.width()) * channels;
    Png::Options options;
    options.threads = threads;
    const QByteArray png = Png::encode(
        size, colorType, [&](int y, uchar *row) { std::memcpy(row, samples.constData() + y * rowBytes, size_t(rowBytes)); },
        options);
    QVERIFY(!png.isEmpty());

    QBuffer buffer;
    buffer.setData(png);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QImageReader reader(&buffer, "png");
    QImage image;
    QVERIFY2(reader.read(&image), qPrintable(reader.errorString()));
    QCOMPARE(image.size(), size);
    image = image.convertToFormat(QImage::Format_RGBA8888);
    for (int y = 0; y < size.height(); ++y) {
        const uchar *got = image.constScanLine(y);
        const auto *want = reinterpret_cast<const uchar *>(samples.constData() + y * rowBytes);
        for (int x = 0; x < size.width(); ++x) {
            const uchar *s = want + x * channels;
            uchar expected[4];
            switch (colorType) {
            case Png::ColorType::Grey:
                expected[0] = expected[1] = expected[2] = s[0];
                expected[3] = 255;
                break;
            case Png::ColorType::GreyAlpha:
                expected[0] = expected[1] = expected[2] = s[0];
                expected[3] = s[1];
                break;
            case Png::ColorType::Rgb:
                std::memcpy(expected, s, 3);
                expected[3] = 255;
                break;
            case Png::ColorType::Rgba:
                std::memcpy(expected, s, 4);
                break;
            }
            // A transparent pixel's colour is kept too: the reader gives straight RGBA.
            if (std::memcmp(got + 4 * x, expected, 4) != 0)
                QFAIL(qPrintable(u"pixel (%1, %2) differs"_s.arg(x).arg(y)));
        }
    }
}

void tst_PngEncoder::textReadsBack()
{
    Png::Options options;
    options.text = {{u"prompt"_s, u"{\"1\": {\"class_type\": \"LoadImage\"}}"_s}, {u"workflow"_s, u"Grüße, 画像"_s}};
    const QByteArray png = Png::encode(QSize(8, 8), Png::ColorType::Rgb, [](int, uchar *row) { std::memset(row, 90, 24); },
                                       options);
    const QImage image = QImage::fromData(png, "png");
    QVERIFY(!image.isNull());
    QCOMPARE(image.text(u"prompt"_s), options.text.at(0).second);
    QCOMPARE(image.text(u"workflow"_s), options.text.at(1).second); // iTXt: not Latin-1
    QVERIFY(png.contains("tEXtprompt"));
    QVERIFY(png.contains("iTXtworkflow"));
}

void tst_PngEncoder::nothingToWrite()
{
    QVERIFY(Png::encode(QSize(0, 10), Png::ColorType::Rgb, [](int, uchar *) {}).isEmpty());
    QVERIFY(Png::encode(QSize(10, 10), Png::ColorType::Rgb, {}).isEmpty());
}

QTEST_GUILESS_MAIN(tst_PngEncoder)
#include "tst_pngencoder.moc"
