// Reading workflow files: format sniffing, images carrying workflows, and hostile input
// (huge files and chunks, decompression bombs, deep nesting) refused with a message.
#include "imagemetadata.h"
#include "workflowfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <zlib.h>

using namespace Qt::StringLiterals;
using namespace Easel;

namespace {

QByteArray chunk(const QByteArray &type, const QByteArray &data, quint32 claimedLength = 0)
{
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(claimedLength ? claimedLength : quint32(data.size()), out.data());
    out += type + data;
    const QByteArray typed = type + data;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(quint32(crc32(0, reinterpret_cast<const Bytef *>(typed.constData()), uInt(typed.size()))),
                          crc.data());
    return out + crc;
}

QByteArray png(const QList<QByteArray> &chunks)
{
    QByteArray out("\x89PNG\r\n\x1a\n", 8);
    out += chunk("IHDR", QByteArray::fromHex("00000001000000010806000000"));
    for (const QByteArray &c : chunks)
        out += c;
    out += chunk("IDAT", QByteArray(100, 'x')); // never decoded
    return out + chunk("IEND", {});
}

QByteArray zlibData(const QByteArray &raw)
{
    uLongf size = compressBound(uLong(raw.size()));
    QByteArray out(qsizetype(size), '\0');
    compress2(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(raw.constData()),
              uLong(raw.size()), 9);
    out.resize(qsizetype(size));
    return out;
}

const QByteArray apiJson = R"({"3": {"class_type": "EmptyImage", "inputs": {"width": NaN}}})";
const QByteArray savedJson = R"({"nodes": [{"id": 1, "type": "EmptyImage", "widgets_values": [Infinity, -Infinity, 1, 0]}], "links": [], "version": 0.4})";

} // namespace

class tst_WorkflowFile : public QObject
{
    Q_OBJECT
private slots:
    void sniffsJsonWhateverTheExtension();
    void malformedSaysLineAndColumn();
    void deepNestingRefused();
    void hugeFileRefused();
    void pngTextChunks();
    void pngHugeChunkRefused();
    void pngDecompressionBombRefused();
    void webpExif();
    void sharedFixturesOpen();
};

void tst_WorkflowFile::sniffsJsonWhateverTheExtension()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"workflow.png"_s); // JSON despite the name
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(savedJson);
    f.close();
    QString error;
    const WorkflowFile file = WorkflowFile::fromFile(path, &error);
    QVERIFY2(!file.isNull(), qPrintable(error));
    QCOMPARE(file.format(), WorkflowFile::Format::Saved);
    // Bare Infinity from Python's json.dumps is tolerated (read as null).
    QVERIFY(file.tree().value(u"nodes").at(0).value(u"widgets_values").at(0).isNull());
    QCOMPARE(WorkflowFile::fromJson(apiJson, u"x"_s, &error).format(), WorkflowFile::Format::Api);
}

void tst_WorkflowFile::malformedSaysLineAndColumn()
{
    QString error;
    const WorkflowFile file = WorkflowFile::fromJson("{\n  \"nodes\": [\n    {\"id\": 1,,}\n  ]\n}", u"bad.json"_s, &error);
    QVERIFY(file.isNull());
    QVERIFY2(error.contains("bad.json"_L1) && error.contains("line 3"_L1) && error.contains("column"_L1),
             qPrintable(error));
}

void tst_WorkflowFile::deepNestingRefused()
{
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    QString error;
    QVERIFY(WorkflowFile::fromJson(deep, u"deep.json"_s, &error).isNull());
    QVERIFY2(error.contains("nested deeper"_L1) || error.contains("depth"_L1, Qt::CaseInsensitive),
             qPrintable(error));
    const QByteArray deepObjects = QByteArray("{\"a\":").repeated(100000) + "1" + QByteArray(100000, '}');
    QVERIFY(WorkflowFile::fromJson(deepObjects, u"deep.json"_s, &error).isNull());
}

void tst_WorkflowFile::hugeFileRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"huge.json"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(qint64(200) * 1024 * 1024)); // sparse: nothing is written or read
    f.close();
    QString error;
    QVERIFY(WorkflowFile::fromFile(path, &error).isNull());
    QVERIFY2(error.contains("200 MB"_L1), qPrintable(error));
}

void tst_WorkflowFile::pngTextChunks()
{
    const QByteArray itxt = QByteArray("prompt\0\0\0\0\0", 11) + apiJson;
    const QByteArray ztxt = QByteArray("workflow\0\0", 10) + zlibData(savedJson);
    ImageMetadata meta;
    QVERIFY2(meta.readPng(png({chunk("iTXt", itxt), chunk("zTXt", ztxt)})), qPrintable(meta.errorString()));
    QCOMPARE(meta.value(u"prompt"_s), apiJson);
    QCOMPARE(meta.value(u"workflow"_s), savedJson);

    QString error;
    const WorkflowFile file = WorkflowFile::fromData(
        png({chunk("tEXt", QByteArray("prompt\0", 7) + apiJson), chunk("tEXt", QByteArray("workflow\0", 9) + savedJson)}),
        u"out.png"_s, &error);
    QVERIFY2(!file.isNull(), qPrintable(error));
    QCOMPARE(file.container(), WorkflowFile::Container::Png);
    QCOMPARE(file.format(), WorkflowFile::Format::Saved); // the workflow wins over the prompt
    QVERIFY(file.embeddedPrompt().contains(u"3"));

    // Only a prompt (SaveImage without extra_pnginfo): opens as API format.
    const WorkflowFile apiOnly = WorkflowFile::fromData(png({chunk("tEXt", QByteArray("prompt\0", 7) + apiJson)}),
                                                        u"out.png"_s, &error);
    QCOMPARE(apiOnly.format(), WorkflowFile::Format::Api);
}

void tst_WorkflowFile::pngHugeChunkRefused()
{
    // A text chunk claiming 2 GB, with the file ending right after it.
    QByteArray data("\x89PNG\r\n\x1a\n", 8);
    data += chunk("tEXt", "prompt", 0x80000000u).left(14);
    ImageMetadata meta;
    QVERIFY(!meta.readPng(data));
    QVERIFY(!meta.errorString().isEmpty());
    // 1.5 GB claimed, valid by PNG's rules, but beyond the file.
    QByteArray data2("\x89PNG\r\n\x1a\n", 8);
    data2 += chunk("tEXt", "prompt", 0x60000000u).left(14);
    QVERIFY(!meta.readPng(data2));
}

void tst_WorkflowFile::pngDecompressionBombRefused()
{
    // 1 GB of zeros compresses to about 1 MB; build it in pieces with a deflate stream.
    z_stream s{};
    QVERIFY(deflateInit(&s, 9) == Z_OK);
    QByteArray zeros(1 << 20, '\0');
    QByteArray compressed;
    char out[65536];
    for (int i = 0; i < 1024; ++i) {
        s.next_in = reinterpret_cast<Bytef *>(zeros.data());
        s.avail_in = uInt(zeros.size());
        do {
            s.next_out = reinterpret_cast<Bytef *>(out);
            s.avail_out = sizeof out;
            deflate(&s, i == 1023 ? Z_FINISH : Z_NO_FLUSH);
            compressed.append(out, qsizetype(sizeof out - s.avail_out));
        } while (s.avail_out == 0);
    }
    deflateEnd(&s);
    ImageMetadata meta;
    QVERIFY(!meta.readPng(png({chunk("zTXt", QByteArray("workflow\0\0", 10) + compressed)})));
    QVERIFY2(meta.errorString().contains("MB"_L1), qPrintable(meta.errorString()));
}

void tst_WorkflowFile::webpExif()
{
    // TIFF little-endian, IFD0 with two ASCII entries (Make = workflow, Model = prompt).
    const QByteArray workflowText = "workflow:" + savedJson + '\0';
    const QByteArray promptText = "prompt:" + apiJson + '\0';
    QByteArray tiff("II*\0\x08\0\0\0", 8);
    auto le16 = [](quint16 v) { QByteArray b(2, '\0'); qToLittleEndian(v, b.data()); return b; };
    auto le32 = [](quint32 v) { QByteArray b(4, '\0'); qToLittleEndian(v, b.data()); return b; };
    const quint32 dataStart = 8 + 2 + 2 * 12 + 4;
    tiff += le16(2);
    tiff += le16(0x010F) + le16(2) + le32(quint32(workflowText.size())) + le32(dataStart);
    tiff += le16(0x0110) + le16(2) + le32(quint32(promptText.size())) + le32(dataStart + quint32(workflowText.size()));
    tiff += le32(0);
    tiff += workflowText + promptText;
    QByteArray exif = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray vp8("VP8L");
    vp8 += le32(5) + QByteArray(5, '\0') + QByteArray(1, '\0'); // odd size, padded
    QByteArray exifChunk = QByteArray("EXIF") + le32(quint32(exif.size())) + exif;
    if (exif.size() & 1)
        exifChunk += '\0';
    const QByteArray body = QByteArray("WEBP") + vp8 + exifChunk;
    const QByteArray webp = QByteArray("RIFF") + le32(quint32(body.size())) + body;
    QString error;
    const WorkflowFile file = WorkflowFile::fromData(webp, u"out.webp"_s, &error);
    QVERIFY2(!file.isNull(), qPrintable(error));
    QCOMPARE(file.container(), WorkflowFile::Container::Webp);
    QCOMPARE(file.format(), WorkflowFile::Format::Saved);
}

void tst_WorkflowFile::sharedFixturesOpen()
{
    // The PNGs the real server wrote (a tEXt prompt chunk before IDAT).
    for (const char *path : {"captures/run_save_image/view_output0.png", "captures/run_preview_image/view_output0.png"}) {
        QString error;
        const QString file = QStringLiteral(EASEL_SHARED_DIR "/") + QLatin1StringView(path);
        if (!QFile::exists(file))
            continue;
        const WorkflowFile w = WorkflowFile::fromFile(file, &error);
        QVERIFY2(!w.isNull(), qPrintable(error));
        QCOMPARE(w.format(), WorkflowFile::Format::Api);
    }
}

QTEST_GUILESS_MAIN(tst_WorkflowFile)
#include "tst_workflowfile.moc"
