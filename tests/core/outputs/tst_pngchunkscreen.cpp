// The PNG chunk screen and every decoder behind it. libpng, through Qt's PNG reader,
// allocates and zero-fills what an ancillary chunk declares before reading it: a 457-byte
// file declaring a 2 GB text chunk (a libFuzzer finding of fuzz_clipspace) cost 2 GB of
// RSS. Each decoder of pictures from a server is given such files here, and must refuse
// them with a message and without the allocation.
#include "addresssanitizer.h"
#include "clipspacetransfer.h"
#include "embeddedworkflow.h"
#include "mediainfo.h"
#include "pngchunkscreen.h"
#include "previewdecoder.h"
#include "processmemory.h"
#include "regionreader.h"
#include "thumbnailprovider.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <zlib.h>

using namespace Qt::StringLiterals;
using Easel::PngChunkScreen;

namespace {

// Under AddressSanitizer RSS includes its quarantine and shadow memory (tst_hostile says
// more): the sanitizer build checks the refusals, the normal build also the memory.
constexpr bool kRssIsMeaningful = EaselTest::memoryFiguresAreMeaningful;

QByteArray be32(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}

// A chunk whose length field says `declared`, holding `data` (fewer bytes when it lies).
QByteArray chunk(const QByteArray &type, const QByteArray &data, quint32 declared)
{
    const QByteArray typed = type + data;
    const auto crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(typed.constData()), uInt(typed.size())));
    return be32(declared) + typed + be32(crc);
}

QByteArray chunk(const QByteArray &type, const QByteArray &data)
{
    return chunk(type, data, quint32(data.size()));
}

// A real 64x64 PNG as Qt writes it: signature, IHDR (33 bytes in all), IDAT, IEND.
QByteArray smallPng()
{
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "png");
    return buffer.data();
}

// The picture with `inserted` right after its header, before the pixels (where ComfyUI
// puts its "prompt" and "workflow" text).
QByteArray withChunk(const QByteArray &inserted)
{
    const QByteArray png = smallPng();
    return png.left(33) + inserted + png.mid(33);
}

// The fuzzer's finding, rebuilt: a text chunk that declares 2 GB and holds a few bytes.
QByteArray giantTextChunk()
{
    return smallPng().left(33) + chunk("tEXt", "prompt\0{\"1\": {}}"_ba, 0x7b226982u);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

} // namespace

class TestPngChunkScreen : public QObject
{
    Q_OBJECT

private slots:
    void refusesWhatLibpngWouldAllocate_data();
    void refusesWhatLibpngWouldAllocate();
    void passesEveryPictureTheServerSent();
    void passesPixelsCutShort();
    void passesOtherFormats();
    void everyDecoderRefusesTheGiantChunk();
};

void TestPngChunkScreen::refusesWhatLibpngWouldAllocate_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("named"); // the chunk the message must name

    QTest::newRow("tEXt declaring 2 GB in a 100-byte file") << giantTextChunk() << u"tEXt"_s;
    QTest::newRow("zTXt declaring 1.4 GB") << withChunk(chunk("zTXt", "workflow\0\0x"_ba, 0x59000282u)) << u"zTXt"_s;
    QTest::newRow("iCCP declaring 2^31-1") << withChunk(chunk("iCCP", "icc\0\0"_ba, 0x7fffffffu)) << u"iCCP"_s;
    QTest::newRow("a length PNG does not allow") << withChunk(chunk("tEXt", "a\0b"_ba, 0x80000000u)) << u"tEXt"_s;
    QTest::newRow("a private chunk declaring 300 MB") << withChunk(chunk("prVt", "x"_ba, 300u << 20)) << u"prVt"_s;
    QTest::newRow("an unnamed chunk") << withChunk(chunk("\x01\x02\x03\x04"_ba, "x"_ba, 1u << 30)) << u"01020304"_s;
    // Within the file but past the screen's bound: libpng would still allocate it whole.
    const QByteArray text = "prompt"_ba + '\0' + QByteArray(int(PngChunkScreen::maxChunkBytes) + 1, 'x');
    QTest::newRow("a text chunk over 64 MiB, all there") << withChunk(chunk("tEXt", text)) << u"tEXt"_s;
    // After the pixels: Qt reads the chunks after IDAT too (png_read_end).
    const QByteArray png = smallPng();
    QTest::newRow("after the pixels") << png.left(png.size() - 12) + chunk("tEXt", "a\0b"_ba, 0x40000000u) + png.right(12)
                                      << u"tEXt"_s;
}

void TestPngChunkScreen::refusesWhatLibpngWouldAllocate()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, named);
    const QString problem = PngChunkScreen::problem(bytes);
    QVERIFY2(problem.contains(named), qPrintable(problem));

    // A device gives the same answer and is left where it was.
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QVERIFY(buffer.seek(0));
    QCOMPARE(PngChunkScreen::problem(&buffer), problem);
    QCOMPARE(buffer.pos(), 0);
    QTemporaryDir dir;
    QCOMPARE(PngChunkScreen::fileProblem(writeFile(dir, u"bomb.png"_s, bytes)), problem);
}

void TestPngChunkScreen::passesEveryPictureTheServerSent()
{
    // Every picture a real ComfyUI sent in the captures: outputs, previews, masks, inputs.
    QDirIterator it(QStringLiteral(EASEL_SHARED_DIR "/captures"), {u"*.png"_s, u"*.webp"_s, u"*.jpg"_s},
                    QDir::Files, QDirIterator::Subdirectories);
    int pictures = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(PngChunkScreen::problem(bytes).isEmpty(), qPrintable(path));
        QVERIFY2(PngChunkScreen::fileProblem(path).isEmpty(), qPrintable(path));
        ++pictures;
    }
    QVERIFY2(pictures >= 10, "the captures hold the server's pictures");
    // A long, legitimate text chunk (a workflow of thousands of nodes) passes too.
    const QByteArray workflow = "workflow"_ba + '\0' + QByteArray(8 << 20, '{');
    QCOMPARE(PngChunkScreen::problem(withChunk(chunk("tEXt", workflow))), QString());
}

void TestPngChunkScreen::passesPixelsCutShort()
{
    // A download cut short in its pixels: libpng reads IDAT in small pieces, so Qt shows what
    // arrived, as before.
    const QByteArray png = smallPng();
    const qsizetype idat = png.indexOf("IDAT");
    QVERIFY(idat > 0);
    QCOMPARE(PngChunkScreen::problem(png.left(idat + 10)), QString());
    // A chunk header cut short is nothing libpng could allocate for either.
    QCOMPARE(PngChunkScreen::problem(png.left(37)), QString());
}

void TestPngChunkScreen::passesOtherFormats()
{
    QCOMPARE(PngChunkScreen::problem(QByteArray()), QString());
    QCOMPARE(PngChunkScreen::problem("GIF89a"_ba + be32(0xffffffffu)), QString());
    QCOMPARE(PngChunkScreen::problem("\x89PNG\r\n\x1a"_ba), QString()); // not even a signature
    QBuffer sequential; // closed: nothing to read
    QCOMPARE(PngChunkScreen::problem(&sequential), QString());
}

void TestPngChunkScreen::everyDecoderRefusesTheGiantChunk()
{
    QTemporaryDir dir;
    const QByteArray bytes = giantTextChunk();
    const QString path = writeFile(dir, u"output.png"_s, bytes);
    QVERIFY(!path.isEmpty());
    QVERIFY(Easel::ProcessMemory::resetPeak() || !kRssIsMeaningful);
    const qint64 before = Easel::ProcessMemory::peakResidentKiB();

    const auto preview = Easel::PreviewDecoder::decode(bytes);
    QVERIFY(!preview.isOk());
    QVERIFY2(preview.error().message().contains(u"tEXt"_s), qPrintable(preview.error().message()));

    QString error;
    QVERIFY(Easel::ClipspaceTransfer::decode(bytes, &error).isNull());
    QVERIFY2(error.contains(u"tEXt"_s), qPrintable(error));

    error.clear();
    QVERIFY(Easel::RegionReader::read(path, QRect(0, 0, 16, 16), &error).isNull());
    QVERIFY2(error.contains(u"tEXt"_s), qPrintable(error));

    QVERIFY(Easel::ThumbnailProvider::makeThumbnail(path, 128, dir.filePath(u"cache"_s)).isNull());
    QVERIFY(Easel::readEmbeddedWorkflow(path).isEmpty());

    Easel::OutputRecord record;
    record.path = path;
    record.kind = Easel::MediaKind::Still;
    // The IHDR answers the size without Qt, so the record is readable: what matters is that
    // nothing allocated the chunk's 2 GB on the way.
    (void)Easel::readMediaInfo(record);

    if (kRssIsMeaningful) {
        const qint64 grownMiB = (Easel::ProcessMemory::peakResidentKiB() - before) / 1024;
        QVERIFY2(grownMiB < 64, qPrintable(u"peak RSS grew by %1 MiB"_s.arg(grownMiB)));
    }
}

QTEST_GUILESS_MAIN(TestPngChunkScreen)
#include "tst_pngchunkscreen.moc"
