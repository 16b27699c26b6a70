// The viewer's tile reader against hostile PNG chunks: a chunk header may declare up to
// 2 GiB while the file holds a few bytes. libpng allocates a text chunk's buffer from that
// declared length before reading it (fuzz_regionreader's finding, kept in
// fuzz/corpus/regionreader/oom-text-chunk-length.png), so each case checks that the read fails
// with a message and that the process never mapped the declared size; and that a real,
// large text chunk in front of the pixels does not stop them from being read.
#include "regionreader.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
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
};

namespace {

// Under AddressSanitizer the allocator reserves and maps memory its own way, so the address
// space says nothing about what the reader asked for; the sanitizer build checks the error.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSpaceIsMeaningful = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSpaceIsMeaningful = false;
#else
constexpr bool kAddressSpaceIsMeaningful = true;
#endif
#else
constexpr bool kAddressSpaceIsMeaningful = true;
#endif

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

QTEST_GUILESS_MAIN(tst_RegionReader)
#include "tst_regionreader.moc"
