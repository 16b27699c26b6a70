// The viewer's fast PNG reader (PngBandDecoder) against pictures whose pixels are known:
// PNGs written here with every row filter of the specification (Qt writes only "none"),
// split over many IDAT chunks, RGB and RGBA, odd sizes. Whole-size decodes must give the
// picture's pixels exactly (and Qt's); reductions the average of each block, worked out here
// from the picture; both stages on one thread and on two the same; a broken file an error.
#include "pngbanddecoder.h"
#include "pngrowindex.h"

#include <QBuffer>
#include <QColorSpace>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <zlib.h>

#include <atomic>
#include <cstdlib>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_PngBandDecoder : public QObject
{
    Q_OBJECT

private slots:
    void wholePictureMatches_data();
    void wholePictureMatches();
    void reductionAveragesBlocks_data();
    void reductionAveragesBlocks();
    void bandsArriveInOrder();
    void realOutputMatchesQt();
    void otherLayoutsAreLeftToQt();
    void brokenFilesFail();
    void cancelStops();
    void checkpointsServeTheRowIndex();
};

namespace {

QByteArray be32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray chunk(const QByteArray &type, const QByteArray &data)
{
    const QByteArray typed = type + data;
    const auto crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(typed.constData()), uInt(typed.size())));
    return be32(quint32(data.size())) + typed + be32(crc);
}

int paeth(int a, int b, int c)
{
    const int p = a + b - c;
    const int pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
    if (pa <= pb && pa <= pc)
        return a;
    return pb <= pc ? b : c;
}

// Noise over gradients (so every filter meets both small and large differences), alpha
// from 0 to 255 when asked.
QImage picture(QSize size, bool alpha, quint32 seed = 7)
{
    QImage image(size, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < size.height(); ++y) {
        auto *row = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            const int noise = int(random.bounded(9)) - 4;
            row[x] = qRgba(std::clamp(x * 255 / size.width() + noise, 0, 255), int(random.bounded(256)),
                           std::clamp(y * 255 / size.height() - noise, 0, 255),
                           alpha ? int(random.bounded(256)) : 255);
        }
    }
    return image;
}

// The PNG of `image` with row y filtered by filter type y % 5 (all five in turn), the
// compressed stream cut into IDAT chunks of `idatSize` bytes.
QByteArray encode(const QImage &image, bool alpha, int idatSize = 997)
{
    const int channels = alpha ? 4 : 3;
    const int width = image.width();
    const size_t stride = size_t(width) * size_t(channels);
    QByteArray raw;
    std::vector<uchar> previous(stride, 0), current(stride);
    for (int y = 0; y < image.height(); ++y) {
        const auto *pixels = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < width; ++x) {
            uchar *p = current.data() + size_t(x) * size_t(channels);
            p[0] = uchar(qRed(pixels[x]));
            p[1] = uchar(qGreen(pixels[x]));
            p[2] = uchar(qBlue(pixels[x]));
            if (alpha)
                p[3] = uchar(qAlpha(pixels[x]));
        }
        const int type = y % 5;
        raw.append(char(type));
        for (size_t i = 0; i < stride; ++i) {
            const int a = i >= size_t(channels) ? current[i - size_t(channels)] : 0;
            const int b = previous[i];
            const int c = i >= size_t(channels) ? previous[i - size_t(channels)] : 0;
            const int predictor = type == 0 ? 0 : type == 1 ? a : type == 2 ? b : type == 3 ? (a + b) / 2 : paeth(a, b, c);
            raw.append(char(uchar(current[i] - predictor)));
        }
        previous = current;
    }
    const QByteArray compressed = qCompress(raw, 6).mid(4); // qCompress prefixes the length
    QByteArray header = be32(quint32(width)) + be32(quint32(image.height()));
    header.append(char(8));
    header.append(char(alpha ? 6 : 2));
    header.append(QByteArray(3, '\0'));
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png += chunk("IHDR", header);
    png += chunk("tEXt", "Comment\0made by the test"_ba);
    for (qsizetype at = 0; at < compressed.size(); at += idatSize)
        png += chunk("IDAT", compressed.mid(at, idatSize));
    png += chunk("IEND", {});
    return png;
}

QImage decodeBytes(const QByteArray &png, PngBandDecoder::Options options, QString *error = nullptr)
{
    QByteArray bytes = png;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    PngBandDecoder decoder(&buffer);
    if (!decoder.open(error))
        return {};
    return decoder.decode(options, error);
}

// What a reduction must give: each channel of the premultiplied pixels averaged over its
// block (rounded half up), the last blocks narrower or shorter.
QImage reduced(const QImage &source, int factor)
{
    const QImage premultiplied = source.convertToFormat(source.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                                                 : QImage::Format_RGB32);
    const QSize size((source.width() + factor - 1) / factor, (source.height() + factor - 1) / factor);
    QImage out(size, premultiplied.format());
    for (int by = 0; by < size.height(); ++by) {
        for (int bx = 0; bx < size.width(); ++bx) {
            quint32 sum[4] = {};
            quint32 count = 0;
            for (int y = by * factor; y < std::min(source.height(), (by + 1) * factor); ++y) {
                for (int x = bx * factor; x < std::min(source.width(), (bx + 1) * factor); ++x) {
                    const QRgb p = premultiplied.pixel(x, y);
                    sum[0] += quint32(qRed(p));
                    sum[1] += quint32(qGreen(p));
                    sum[2] += quint32(qBlue(p));
                    sum[3] += quint32(qAlpha(p));
                    ++count;
                }
            }
            const auto mean = [count](quint32 s) { return int((2 * s + count) / (2 * count)); };
            out.setPixel(bx, by, qRgba(mean(sum[0]), mean(sum[1]), mean(sum[2]), mean(sum[3])));
        }
    }
    return out;
}

} // namespace

void tst_PngBandDecoder::wholePictureMatches_data()
{
    QTest::addColumn<bool>("alpha");
    QTest::addColumn<bool>("pipelined");
    QTest::newRow("RGB, one thread") << false << false;
    QTest::newRow("RGB, two threads") << false << true;
    QTest::newRow("RGBA, one thread") << true << false;
    QTest::newRow("RGBA, two threads") << true << true;
}

void tst_PngBandDecoder::wholePictureMatches()
{
    QFETCH(bool, alpha);
    QFETCH(bool, pipelined);
    const QImage source = picture(QSize(333, 517), alpha);
    const QByteArray png = encode(source, alpha);
    // The file is a valid PNG: Qt reads the picture's pixels from it.
    QImage fromQt;
    QVERIFY(fromQt.loadFromData(png, "PNG"));
    const QImage::Format format = alpha ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32;
    QCOMPARE(fromQt.convertToFormat(format), source.convertToFormat(format));

    PngBandDecoder::Options options;
    options.pipelined = pipelined;
    QString error;
    const QImage decoded = decodeBytes(png, options, &error);
    QVERIFY2(!decoded.isNull(), qPrintable(error));
    QCOMPARE(decoded.format(), format);
    QCOMPARE(decoded, source.convertToFormat(format));
}

void tst_PngBandDecoder::reductionAveragesBlocks_data()
{
    QTest::addColumn<bool>("alpha");
    QTest::addColumn<int>("factor");
    QTest::newRow("RGB by 2") << false << 2;
    QTest::newRow("RGB by 3") << false << 3;
    QTest::newRow("RGBA by 4") << true << 4;
    QTest::newRow("RGB by 7") << false << 7;
}

void tst_PngBandDecoder::reductionAveragesBlocks()
{
    QFETCH(bool, alpha);
    QFETCH(int, factor);
    // Sizes that leave a partial block at the right and at the bottom.
    const QImage source = picture(QSize(401, 299), alpha, quint32(factor));
    const QByteArray png = encode(source, alpha, 4096);
    for (const bool pipelined : {false, true}) {
        PngBandDecoder::Options options;
        options.factor = factor;
        options.pipelined = pipelined;
        QString error;
        const QImage decoded = decodeBytes(png, options, &error);
        QVERIFY2(!decoded.isNull(), qPrintable(error));
        QCOMPARE(decoded.size(), PngBandDecoder::reducedSize(source.size(), factor));
        QCOMPARE(decoded, reduced(source, factor));
    }
    // Beyond the largest factor (where the block means would lose exactness) it refuses.
    PngBandDecoder::Options tooMuch;
    tooMuch.factor = PngBandDecoder::maxFactor + 1;
    QString error;
    QVERIFY(decodeBytes(png, tooMuch, &error).isNull());
    QVERIFY(!error.isEmpty());
    QCOMPARE(PngBandDecoder::factorFor(QSize(16384, 16384), 4096), 4);
    QCOMPARE(PngBandDecoder::factorFor(QSize(12000, 8000), 4096), 3);
    QCOMPARE(PngBandDecoder::factorFor(QSize(4096, 4096), 4096), 1);
    QCOMPARE(PngBandDecoder::reducedSize(QSize(12000, 8000), 3), QSize(4000, 2667));
}

// Rows are handed out top first, each band's rows final when announced; the last call has
// every row; a view of the ready rows stays valid after the decode.
void tst_PngBandDecoder::bandsArriveInOrder()
{
    const QImage source = picture(QSize(120, 900), false);
    const QByteArray png = encode(source, false);
    PngBandDecoder::Options options;
    options.bandInterval = 50;
    QList<int> ready;
    QImage firstView;
    QImage firstViewCopy;
    options.onBand = [&](const PngBandDecoder::Band &band) {
        ready.append(band.rowsReady);
        if (firstView.isNull()) {
            firstView = band.view();
            firstViewCopy = firstView.copy(); // the rows as they were when announced
        }
    };
    const QImage decoded = decodeBytes(png, options);
    QVERIFY(!decoded.isNull());
    QVERIFY(ready.size() >= 3);
    QCOMPARE(ready.last(), 900);
    for (int i = 1; i < ready.size(); ++i)
        QVERIFY(ready.at(i) > ready.at(i - 1));
    QVERIFY(ready.first() >= 50 && ready.first() < 900);
    QCOMPARE(firstView.height(), ready.first());
    // Ready rows were final: the same pixels at the end, and the picture's.
    QCOMPARE(firstViewCopy, decoded.copy(0, 0, 120, ready.first()));
    QCOMPARE(firstViewCopy, source.copy(0, 0, 120, ready.first()));
}

// A picture written by the server (ComfyUI's SaveImage, through PIL, adaptive filters):
// the decoder's pixels are Qt's.
void tst_PngBandDecoder::realOutputMatchesQt()
{
    const QString path = QStringLiteral(EASEL_SHARED_DIR) + u"/captures/run_save_image/view_output0.png"_s;
    if (!QFile::exists(path))
        QSKIP("the shared captures are not present");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    PngBandDecoder decoder(&file);
    QString error;
    QVERIFY2(decoder.open(&error), qPrintable(error));
    QVERIFY(decoder.isSupported());
    const QImage decoded = decoder.decode({}, &error);
    QVERIFY2(!decoded.isNull(), qPrintable(error));
    QImage fromQt = QImageReader(path).read().convertToFormat(decoded.format());
    fromQt.setColorSpace(QColorSpace());
    QCOMPARE(decoded, fromQt);
}

void tst_PngBandDecoder::otherLayoutsAreLeftToQt()
{
    QTemporaryDir dir;
    // 8-bit grey, indexed and 16-bit: Qt's to read.
    const QImage source = picture(QSize(40, 30), false);
    const QList<QImage> others{source.convertToFormat(QImage::Format_Grayscale8),
                               source.convertToFormat(QImage::Format_Indexed8),
                               source.convertToFormat(QImage::Format_RGBX64)};
    for (const QImage &other : others) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(other.save(&buffer, "PNG"));
        buffer.close();
        buffer.open(QIODevice::ReadOnly);
        PngBandDecoder decoder(&buffer);
        QString error;
        QVERIFY(!decoder.open(&error));
        QVERIFY(!decoder.isSupported());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    // A transparent colour key (tRNS) in an RGB file: Qt's too.
    QByteArray png = encode(source, false);
    const qsizetype idat = png.indexOf("IDAT") - 4;
    png.insert(idat, chunk("tRNS", QByteArray(6, '\0')));
    QBuffer buffer(&png);
    buffer.open(QIODevice::ReadOnly);
    PngBandDecoder decoder(&buffer);
    QVERIFY(!decoder.open());
    QVERIFY(!decoder.isSupported());
}

void tst_PngBandDecoder::brokenFilesFail()
{
    const QImage source = picture(QSize(64, 200), true);
    const QByteArray png = encode(source, true);
    for (const bool pipelined : {false, true}) {
        PngBandDecoder::Options options;
        options.pipelined = pipelined;
        // Cut in the middle of the pixels.
        QString error;
        QVERIFY(decodeBytes(png.left(png.size() / 2), options, &error).isNull());
        QCOMPARE(error, u"the file ends early"_s);
        // A byte of the compressed stream changed into garbage, or an unknown filter type.
        QByteArray damaged = png;
        const qsizetype data = damaged.indexOf("IDAT") + 4;
        damaged[data + 2] = char(0xff); // the first deflate block's header: an invalid type
        error.clear();
        QVERIFY(decodeBytes(damaged, options, &error).isNull());
        QVERIFY(!error.isEmpty());
        // Fewer rows than the header says.
        QByteArray tall = png;
        qToBigEndian(quint32(400), tall.data() + 8 + 8 + 4);
        error.clear();
        QVERIFY(decodeBytes(tall, options, &error).isNull());
        QVERIFY(!error.isEmpty());
    }
    QString error;
    QVERIFY(decodeBytes("not a png at all", {}, &error).isNull());
    QCOMPARE(error, u"not a PNG file"_s);
}

void tst_PngBandDecoder::cancelStops()
{
    const QImage source = picture(QSize(200, 2000), false);
    const QByteArray png = encode(source, false);
    std::atomic<bool> cancel{false};
    PngBandDecoder::Options options;
    options.cancel = &cancel;
    options.bandInterval = 1;
    int calls = 0;
    options.onBand = [&](const PngBandDecoder::Band &) {
        ++calls;
        cancel = true; // after the first band: the decode stops there
    };
    QString error;
    QVERIFY(decodeBytes(png, options, &error).isNull());
    QCOMPARE(error, u"cancelled"_s);
    QCOMPARE(calls, 1);
}

// The first decode of a picture read scaled down keeps inflate checkpoints; the row index of
// the viewer's full-resolution tiles adopts them, so its first read near the bottom costs one
// band of rows (not a pass over the picture) and gives the picture's pixels.
void tst_PngBandDecoder::checkpointsServeTheRowIndex()
{
    for (const bool alpha : {false, true}) {
        const bool pipelined = alpha; // both ways of decoding keep the same checkpoints
        const QImage source = picture(QSize(97, 1500), alpha, 11);
        QByteArray png = encode(source, alpha, 1500);
        QBuffer buffer(&png);
        buffer.open(QIODevice::ReadOnly);
        PngBandDecoder decoder(&buffer);
        QVERIFY(decoder.open());
        PngBandDecoder::Options options;
        options.factor = 2;
        options.pipelined = pipelined;
        const int interval = PngRowIndex::intervalFor(1500);
        options.checkpointEvery = interval;
        QVERIFY(!decoder.decode(options).isNull());
        std::vector<PngCheckpoint> checkpoints = decoder.takeCheckpoints();
        QCOMPARE(int(checkpoints.size()), (1500 - 1) / interval);
        for (size_t i = 0; i < checkpoints.size(); ++i)
            QCOMPARE(checkpoints[i].row, int(i + 1) * interval);

        PngRowIndex index;
        index.adoptCheckpoints(1500, std::move(checkpoints));
        QCOMPARE(index.checkpointCount(), (1500 - 1) / interval);
        const QImage expected = source.convertToFormat(alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
        for (const QRect &rect : {QRect(10, 1450, 50, 40), QRect(0, 1470, 97, 30), QRect(0, 700, 97, 30), QRect(3, 2, 20, 20)}) {
            QString error;
            const std::optional<QImage> region = index.readRegion(&buffer, rect, &error);
            QVERIFY(region.has_value());
            QVERIFY2(!region->isNull(), qPrintable(error));
            QCOMPARE(*region, expected.copy(rect));
            QVERIFY2(index.rowsDecodedLastRead() <= interval + rect.height(),
                     qPrintable(u"%1 rows for %2 at %3"_s.arg(index.rowsDecodedLastRead()).arg(rect.height()).arg(rect.top())));
        }
    }
}

QTEST_GUILESS_MAIN(tst_PngBandDecoder)
#include "tst_pngbanddecoder.moc"
