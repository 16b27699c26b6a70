// Saving outputs: hostile server file names stay inside the folder, nothing is
// overwritten, every write is complete.
#include "outputintegrity.h"
#include "outputlistmodel.h"
#include "outputsaver.h"
#include "safefilename.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_OutputSaver : public QObject
{
    Q_OBJECT

private slots:
    void safeFileName_data();
    void safeFileName();
    void neverOverwrites();
    void hostileNamesStayInside_data();
    void hostileNamesStayInside();
    void listModel();
    void listModelLoadsThumbnails();
    void listModelThumbnailsAreBounded();
    void listModelKeepsTheNewestRows();
    void bytesMatchName_data();
    void bytesMatchName();
};

void tst_OutputSaver::safeFileName_data()
{
    QTest::addColumn<QString>("serverName");
    QTest::addColumn<QString>("expected");
    QTest::addRow("plain") << u"ComfyUI_00001_.png"_s << u"ComfyUI_00001_.png"_s;
    QTest::addRow("parent dirs") << u"../../etc/passwd"_s << u"passwd"_s;
    QTest::addRow("absolute") << u"/etc/shadow"_s << u"shadow"_s;
    QTest::addRow("windows path") << u"C:\\Windows\\win.ini"_s << u"win.ini"_s;
    QTest::addRow("hidden") << u".bashrc"_s << u"bashrc"_s;
    QTest::addRow("only dots") << u".."_s << u"output"_s;
    QTest::addRow("empty") << QString() << u"output"_s;
    QTest::addRow("control chars") << u"a\nb\tc.png"_s << u"a_b_c.png"_s;
    QTest::addRow("reserved chars") << u"a<b>c:d|e?f*.png"_s << u"a_b_c_d_e_f_.png"_s;
    QTest::addRow("device name") << u"CON.png"_s << u"_CON.png"_s;
    QTest::addRow("trailing dot") << u"image.png."_s << u"image.png"_s;
    QTest::addRow("bidi override") << u"evil\u202Egnp.exe"_s << u"evil_gnp.exe"_s;
    // An option to whatever command line tool the file is handed to.
    QTest::addRow("dash rf") << u"-rf"_s << u"_-rf"_s;
    QTest::addRow("double dash") << u"--help.png"_s << u"_--help.png"_s;
    QTest::addRow("lone dash") << u"-"_s << u"_-"_s;
    QTest::addRow("inner dash kept") << u"a-b.png"_s << u"a-b.png"_s;
    // Windows reserves the device name whatever follows its first dot, and drops the
    // spaces before that dot.
    QTest::addRow("device, two dots") << u"CON.tar.gz"_s << u"_CON.tar.gz"_s;
    QTest::addRow("device, space") << u"aux .png"_s << u"_aux .png"_s;
    QTest::addRow("device, no ext") << u"nul"_s << u"_nul"_s;
    QTest::addRow("device, superscript") << u"COM\u00b9.png"_s << u"_COM\u00b9.png"_s;
    QTest::addRow("device, console") << u"CONOUT$.txt"_s << u"_CONOUT$.txt"_s;
    QTest::addRow("device as prefix only") << u"console.png"_s << u"console.png"_s;
}

void tst_OutputSaver::safeFileName()
{
    QFETCH(QString, serverName);
    QFETCH(QString, expected);
    QCOMPARE(Easel::safeFileName(serverName), expected);
}

void tst_OutputSaver::neverOverwrites()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    OutputSaver saver(dir.path());
    const auto first = saver.save(u"a.png"_s, "first");
    const auto second = saver.save(u"a.png"_s, "second");
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QCOMPARE(QFileInfo(first.path).fileName(), u"a.png"_s);
    QCOMPARE(QFileInfo(second.path).fileName(), u"a (1).png"_s);
    QFile a(first.path);
    QVERIFY(a.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), QByteArray("first"));
}

void tst_OutputSaver::bytesMatchName_data()
{
    // Signatures from the format specifications: PNG (RFC 2083 §3.1, IEND chunk §4.1.4),
    // RIFF/WebP (RIFF size little-endian at offset 4, "WEBP" at 8), ISO BMFF (a box size,
    // then "ftyp"), Matroska/WebM (EBML magic 1A 45 DF A3).
    const QByteArray pngSig("\x89PNG\r\n\x1a\n", 8);
    const QByteArray iend("\0\0\0\0IEND\xae\x42\x60\x82", 12);
    const QByteArray png = pngSig + QByteArray(13, 'h') + iend;
    QByteArray webp("RIFF\0\0\0\0WEBPVP8 ", 16);
    webp.append(QByteArray(10, 'v'));
    const quint32 riffSize = quint32(webp.size() - 8);
    for (int i = 0; i < 4; ++i)
        webp[4 + i] = char((riffSize >> (8 * i)) & 0xff);
    const QByteArray mp4 = QByteArray("\0\0\0\x18" "ftypisom", 12) + QByteArray(12, 'm');

    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("png") << u"a.png"_s << png << true;
    QTest::addRow("png, 5 bytes (two Content-Length)") << u"a.png"_s << pngSig.left(5) << false;
    QTest::addRow("png, signature only") << u"a.png"_s << pngSig << false;
    QTest::addRow("png, no IEND") << u"a.png"_s << png.chopped(4) << false;
    QTest::addRow("png named, html inside") << u"a.png"_s << QByteArray("<html>502</html>") << false;
    QTest::addRow("png bytes named webp") << u"a.webp"_s << png << false;
    QTest::addRow("webp") << u"a.webp"_s << webp << true;
    QTest::addRow("webp, cut") << u"a.webp"_s << webp.left(20) << false;
    QTest::addRow("webp, RIFF only") << u"a.webp"_s << QByteArray("RIF") << false;
    QTest::addRow("mp4") << u"a.mp4"_s << mp4 << true;
    QTest::addRow("mp4, no ftyp") << u"a.mp4"_s << QByteArray("\0\0\0\x18moov", 8) << false;
    QTest::addRow("webm") << u"a.webm"_s << QByteArray("\x1a\x45\xdf\xa3rest") << true;
    QTest::addRow("unknown type, any bytes") << u"a.latent"_s << QByteArray("xyz") << true;
    QTest::addRow("unknown type, empty") << u"a.latent"_s << QByteArray() << false;
    QTest::addRow("unknown type, png start") << u"a.bin"_s << pngSig.left(4) << false;
}

void tst_OutputSaver::bytesMatchName()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, accepted);
    const QString problem = Easel::outputBytesProblem(name, bytes);
    QCOMPARE(problem.isEmpty(), accepted);
    if (!accepted)
        QVERIFY2(problem.contains(name), qPrintable(problem)); // the message names the file
}

void tst_OutputSaver::hostileNamesStayInside_data()
{
    QTest::addColumn<QString>("serverName");
    QTest::addRow("dotdot") << u"../outside.png"_s;
    QTest::addRow("deep dotdot") << u"a/../../../outside.png"_s;
    QTest::addRow("absolute") << u"/tmp/outside.png"_s;
    QTest::addRow("very long") << QString(5000, u'x') + u".png"_s;
}

void tst_OutputSaver::hostileNamesStayInside()
{
    QFETCH(QString, serverName);
    QTemporaryDir dir;
    OutputSaver saver(dir.path() + u"/out"_s);
    const auto saved = saver.save(serverName, "bytes");
    QVERIFY2(saved.error.isEmpty(), qPrintable(saved.error));
    QCOMPARE(QFileInfo(saved.path).absolutePath(), QDir(dir.path() + u"/out"_s).absolutePath());
    QVERIFY(QFileInfo(saved.path).fileName().toUtf8().size() <= 255);
}

void tst_OutputSaver::listModel()
{
    OutputListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addOutput(u"/x/a.png"_s, u"p1"_s, u"9"_s, u"a.png"_s);
    model.addOutput(u"/x/b.png"_s, u"p1"_s, u"9"_s, u"b.png"_s);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), u"b.png"_s); // newest first
    QImage thumb(4, 4, QImage::Format_RGB32);
    thumb.fill(Qt::red);
    model.setThumbnail(u"/x/a.png"_s, thumb);
    QCOMPARE(model.index(1).data(Qt::DecorationRole).value<QImage>().size(), QSize(4, 4));
}

// The thumbnail of a saved picture, decoded off the caller's thread to fit the size; a
// file that is no picture keeps none (and the row stays).
void tst_OutputSaver::listModelLoadsThumbnails()
{
    QTemporaryDir dir;
    QImage picture(400, 200, QImage::Format_RGB32);
    picture.fill(Qt::blue);
    const QString png = dir.filePath(u"wide.png"_s);
    QVERIFY(picture.save(png));
    const QString text = dir.filePath(u"notes.txt"_s);
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("not a picture") > 0);
    file.close();
    OutputListModel model;
    model.addOutput(text, u"p1"_s, u"9"_s, u"notes.txt"_s);
    model.addOutput(png, u"p1"_s, u"9"_s, u"wide.png"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.loadThumbnail(text, 128, 16384LL * 16384);
    model.loadThumbnail(png, 128, 16384LL * 16384);
    QTRY_VERIFY_WITH_TIMEOUT(!model.index(0).data(Qt::DecorationRole).value<QImage>().isNull(), 10000);
    const QImage thumb = model.index(0).data(Qt::DecorationRole).value<QImage>();
    QVERIFY2(thumb.width() <= 128 && thumb.height() <= 128, qPrintable(u"%1x%2"_s.arg(thumb.width()).arg(thumb.height())));
    QCOMPARE(thumb.pixelColor(thumb.width() / 2, thumb.height() / 2), QColor(Qt::blue));
    QCOMPARE(changed.size(), 1); // the text file's thumbnail never came
    QVERIFY(model.index(1).data(Qt::DecorationRole).value<QImage>().isNull());
}

// A day of work adds tens of thousands of outputs: the model keeps thumbnails in a cache of
// bounded size, not one per row, and decodes an evicted one again when a view asks for it.
// The session's list keeps its newest outputs and one last row that says where the
// others are; the row count never passes the bound plus that note.
void tst_OutputSaver::listModelKeepsTheNewestRows()
{
    OutputListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMaxRows(5);
    for (int i = 0; i < 5; ++i)
        model.addOutput(u"/lib/p%1.png"_s.arg(i), u"job%1"_s.arg(i), u"9"_s, u"p%1.png"_s.arg(i));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.droppedCount(), 0);
    for (int i = 5; i < 40; ++i) {
        model.addOutput(u"/lib/p%1.png"_s.arg(i), u"job%1"_s.arg(i), u"9"_s, u"p%1.png"_s.arg(i));
        QCOMPARE(model.rowCount(), 6);
    }
    QCOMPARE(model.droppedCount(), 35);
    // Newest first: p39 .. p35, then the note, which names no file and cannot be chosen.
    for (int row = 0; row < 5; ++row)
        QCOMPARE(model.index(row).data(OutputListModel::PathRole).toString(), u"/lib/p%1.png"_s.arg(39 - row));
    const QModelIndex note = model.index(5);
    QVERIFY(note.data(OutputListModel::PathRole).toString().isEmpty());
    QVERIFY(note.data(Qt::DisplayRole).toString().contains(u"Library"_s));
    QVERIFY(note.data(Qt::ToolTipRole).toString().contains(u"35"_s));
    QVERIFY(!(model.flags(note) & Qt::ItemIsSelectable));
    // A smaller bound drops the oldest at once; a fresh session has no note.
    model.setMaxRows(2);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.droppedCount(), 38);
    QCOMPARE(model.index(1).data(OutputListModel::PathRole).toString(), u"/lib/p38.png"_s);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.addOutput(u"/lib/q.png"_s, u"q"_s, u"9"_s, u"q.png"_s);
    QCOMPARE(model.rowCount(), 1);
    // 0 keeps every row.
    model.setMaxRows(0);
    for (int i = 0; i < 10; ++i)
        model.addOutput(u"/lib/r%1.png"_s.arg(i), u"r"_s, u"9"_s, u"r.png"_s);
    QCOMPARE(model.rowCount(), 11);
}

void tst_OutputSaver::listModelThumbnailsAreBounded()
{
    QTemporaryDir dir;
    OutputListModel model;
    QStringList paths;
    for (int i = 0; i < 20; ++i) {
        const QString path = dir.filePath(u"p%1.png"_s.arg(i));
        QImage small(8, 8, QImage::Format_RGB32);
        small.fill(Qt::green);
        QVERIFY(small.save(path));
        paths.append(path);
        model.addOutput(path, u"p%1"_s.arg(i), u"9"_s, QFileInfo(path).fileName());
    }
    model.loadThumbnail(paths.constLast(), 64, 16384LL * 16384); // the size used from now on
    QTRY_VERIFY_WITH_TIMEOUT(!model.index(0).data(Qt::DecorationRole).isNull(), 10000);
    // Handed-in thumbnails of 4 MiB each: the cache keeps the newest few, not all twenty.
    QImage big(1024, 1024, QImage::Format_RGB32);
    big.fill(Qt::red);
    for (const QString &path : std::as_const(paths))
        model.setThumbnail(path, big.copy());
    int kept = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        kept += model.index(row).data(Qt::DecorationRole).isNull() ? 0 : 1;
    QVERIFY2(kept >= 1 && kept <= OutputListModel::thumbnailCacheKiB / 4096, qPrintable(QString::number(kept)));
    QVERIFY(model.index(0).data(Qt::DecorationRole).value<QImage>().pixelColor(0, 0) == QColor(Qt::red));
    // The oldest was evicted: asked for, it is decoded again from its file.
    QTRY_VERIFY_WITH_TIMEOUT(!model.index(19).data(Qt::DecorationRole).isNull(), 10000);
    QCOMPARE(model.index(19).data(Qt::DecorationRole).value<QImage>().pixelColor(0, 0), QColor(Qt::green));
}

QTEST_GUILESS_MAIN(tst_OutputSaver)
#include "tst_outputsaver.moc"
