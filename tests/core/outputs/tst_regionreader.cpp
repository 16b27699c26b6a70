// The viewer's tile reader against hostile PNG chunks: a chunk header may declare up to
// 2 GiB while the file holds a few bytes. libpng allocates a text chunk's buffer from that
// declared length before reading it (fuzz_regionreader's finding, kept in
// fuzz/corpus/regionreader/oom-text-chunk-length.png), so each case checks that the read fails
// with a message and that the process never mapped the declared size; and that a real,
// large text chunk in front of the pixels does not stop them from being read.
#include "addresssanitizer.h"
#include "pngrowindex.h"
#include "regionreader.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <zlib.h>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_RegionReader : public QObject
{
    Q_OBJECT

private slots:
    void hostileChunkLength_data();
    void hostileChunkLength();
    void largeTextChunkBeforeThePixels();
    void rowIndexMatchesQt_data();
    void rowIndexMatchesQt();
    void rowIndexFallsBackAndFails();
};

namespace {

// Under AddressSanitizer the allocator reserves and maps memory its own way, so the address
// space says nothing about what the reader asked for; the sanitizer build checks the error.
constexpr bool kAddressSpaceIsMeaningful = EaselTest::memoryFiguresAreMeaningful;

// VmPeak (the largest address space this process has had) in MiB. A malloc of the declared
// length maps it even if no page is ever touched, so VmPeak sees it where RSS would not.
qint64 addressSpacePeakMiB()
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("VmPeak:"))
            return line.mid(7).trimmed().split(' ').value(0).toLongLong() / 1024;
    }
    return -1;
}

QByteArray be32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

// A chunk as the PNG specification writes it: length, type, data, CRC over type and data.
QByteArray chunk(const QByteArray &type, const QByteArray &data)
{
    const QByteArray typed = type + data;
    const auto crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(typed.constData()), uInt(typed.size())));
    return be32(quint32(data.size())) + typed + be32(crc);
}

const QByteArray signature("\x89PNG\r\n\x1a\n", 8);

// IHDR of a 32 × 32 8-bit RGB picture.
QByteArray header()
{
    return chunk("IHDR", be32(32) + be32(32) + QByteArray("\x08\x02\x00\x00\x00", 5));
}

} // namespace

void tst_RegionReader::hostileChunkLength_data()
{
    QTest::addColumn<QByteArray>("bytes");
    // The fuzz finding's shape: IHDR, then a tEXt whose header claims 1,040,318,464 bytes
    // and whose file ends after a few hundred.
    const QByteArray text = "prompt"_ba + '\0' + R"({"1": {"class_type": "EmptyImage"}})"_ba;
    QTest::newRow("tEXt, 992 MiB declared")
        << signature + header() + be32(1040318464) + "tEXt" + text;
    // The largest length a chunk may declare, for each chunk libpng buffers whole, and for a
    // chunk it does not know.
    for (const char *type : {"tEXt", "zTXt", "iTXt", "iCCP", "sPLT", "pCAL", "eXIf", "unKn"}) {
        QTest::newRow(qPrintable(u"%1, 2 GiB declared"_s.arg(QLatin1String(type))))
            << signature + header() + be32(0x7fffffffU) + QByteArray(type) + QByteArray(64, 'x');
    }
}

void tst_RegionReader::hostileChunkLength()
{
    QFETCH(QByteArray, bytes);
    const qint64 before = addressSpacePeakMiB();
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QCOMPARE(RegionReader::pngSize(&buffer), QSize(32, 32));
    QString error;
    const QImage region = RegionReader::readPng(&buffer, QRect(0, 0, 8, 8), &error);
    QVERIFY(region.isNull());
    // The file ends inside the chunk: said so, not an allocation failure somewhere.
    QCOMPARE(error, u"the file ends early"_s);
    if (kAddressSpaceIsMeaningful) {
        QVERIFY(before > 0);
        const qint64 growth = addressSpacePeakMiB() - before;
        QVERIFY2(growth < 64, qPrintable(u"the address space grew by %1 MiB"_s.arg(growth)));
    }
}

void tst_RegionReader::largeTextChunkBeforeThePixels()
{
    // A real picture whose 6 MiB tEXt chunk (a long embedded workflow, say) comes before its
    // pixels: bigger than anything the reader lets libpng buffer; it is skipped and the
    // pixels after it are read as Qt reads them.
    QImage picture(96, 64, QImage::Format_RGB32);
    for (int y = 0; y < picture.height(); ++y) {
        for (int x = 0; x < picture.width(); ++x)
            picture.setPixel(x, y, qRgb(x * 2, y * 3, (x * y) % 256));
    }
    QByteArray encoded;
    {
        QBuffer out(&encoded);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(picture.save(&out, "PNG"));
    }
    const qsizetype afterHeader = 8 + 25; // signature, IHDR chunk
    QCOMPARE(encoded.mid(12, 4), "IHDR"_ba);
    const QByteArray text = "workflow"_ba + '\0' + QByteArray(6 * 1024 * 1024, 'w');
    QByteArray bytes = encoded.left(afterHeader) + chunk("tEXt", text) + encoded.mid(afterHeader);

    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QString error;
    const QRect rect(40, 20, 30, 25);
    const QImage region = RegionReader::readPng(&buffer, rect, &error);
    QVERIFY2(!region.isNull(), qPrintable(error));
    QCOMPARE(region.size(), rect.size());
    for (int y = 0; y < rect.height(); ++y) {
        for (int x = 0; x < rect.width(); ++x)
            QCOMPARE(region.pixel(x, y), picture.pixel(rect.x() + x, rect.y() + y));
    }
}

namespace {
// Noise over a gradient: every PNG filter type gets used by the writer, and the deflate
// stream spans many IDAT chunks (the writer cuts them at 8 KiB).
QImage noisePicture(QSize size, bool alpha)
{
    QImage picture(size, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    QRandomGenerator random(size.width() * 31 + size.height());
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(picture.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            const int noise = int(random.bounded(24));
            line[x] = qRgba((x + noise) & 0xff, (y + noise) & 0xff, (x * y / 64 + noise) & 0xff,
                            alpha ? (x + y) & 0xff : 0xff);
        }
    }
    return picture;
}
} // namespace

void tst_RegionReader::rowIndexMatchesQt_data()
{
    QTest::addColumn<bool>("alpha");
    QTest::newRow("RGB") << false;
    QTest::newRow("RGBA") << true;
}

// The index's own decoder gives Qt's pixels, and after the first pass a rectangle anywhere
// costs at most one band of rows above it (plus its own rows), not every row of the file.
void tst_RegionReader::rowIndexMatchesQt()
{
    QFETCH(bool, alpha);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"noise.png"_s);
    const QImage picture = noisePicture(QSize(301, 1600), alpha);
    QVERIFY(picture.save(path, "PNG"));
    const QImage decoded = QImage(path).convertToFormat(alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    QVERIFY(!decoded.isNull());

    PngRowIndex index;
    // Near the bottom first: the one full pass, which leaves the checkpoints behind.
    const QList<QRect> rects{QRect(40, 1500, 100, 90), QRect(250, 1510, 51, 90), QRect(0, 700, 301, 64),
                             QRect(5, 3, 17, 9), QRect(100, 1550, 300, 300)};
    for (int i = 0; i < rects.size(); ++i) {
        const QRect rect = rects.at(i);
        QString error;
        const QImage region = RegionReader::read(path, rect, &error, &index);
        QVERIFY2(!region.isNull(), qPrintable(error));
        const QRect clipped = rect.intersected(decoded.rect());
        QCOMPARE(region.size(), clipped.size());
        QCOMPARE(region, decoded.copy(clipped));
        if (i == 0) {
            QCOMPARE(index.rowsDecodedLastRead(), clipped.bottom() + 1);
            QVERIFY(index.checkpointCount() > 0);
        } else {
            QVERIFY2(index.rowsDecodedLastRead() <= index.interval() + clipped.height(),
                     qPrintable(u"%1 rows for %2 rows at %3"_s.arg(index.rowsDecodedLastRead())
                                    .arg(clipped.height())
                                    .arg(clipped.top())));
        }
    }
    // Bounded: one checkpoint per interval at most, never more than the maximum.
    QVERIFY(index.checkpointCount() <= 1600 / index.interval());
    QVERIFY(index.checkpointCount() <= PngRowIndex::maxCheckpoints);
}

void tst_RegionReader::rowIndexFallsBackAndFails()
{
    QTemporaryDir dir;
    // A layout the index leaves to libpng (8-bit grey): read all the same.
    const QString grey = dir.filePath(u"grey.png"_s);
    QImage picture(64, 200, QImage::Format_Grayscale8);
    for (int y = 0; y < picture.height(); ++y) {
        for (int x = 0; x < picture.width(); ++x)
            picture.scanLine(y)[x] = uchar((x * 3 + y) & 0xff);
    }
    QVERIFY(picture.save(grey, "PNG"));
    PngRowIndex index;
    QFile file(grey);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!index.readRegion(&file, QRect(0, 0, 8, 8)).has_value());
    const QImage region = RegionReader::read(grey, QRect(10, 150, 20, 20), nullptr, &index);
    QCOMPARE(region.size(), QSize(20, 20));
    QCOMPARE(qRed(region.pixel(0, 0)), (10 * 3 + 150) & 0xff);

    // Pixel data cut short: an error, not a picture with made-up rows.
    const QString rgb = dir.filePath(u"rgb.png"_s);
    QVERIFY(noisePicture(QSize(200, 400), false).save(rgb, "PNG"));
    QFile whole(rgb);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    QByteArray bytes = whole.readAll();
    bytes.truncate(bytes.size() / 2);
    QBuffer cut(&bytes);
    QVERIFY(cut.open(QIODevice::ReadOnly));
    PngRowIndex cutIndex;
    QString error;
    const std::optional<QImage> none = cutIndex.readRegion(&cut, QRect(0, 390, 10, 10), &error);
    QVERIFY(none.has_value());
    QVERIFY(none->isNull());
    QCOMPARE(error, u"the file ends early"_s);
}

QTEST_GUILESS_MAIN(tst_RegionReader)
#include "tst_regionreader.moc"
