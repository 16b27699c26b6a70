// Saving outputs: hostile server file names stay inside the folder, nothing is
// overwritten, every write is complete.
#include "outputlistmodel.h"
#include "outputsaver.h"
#include "safefilename.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QTemporaryDir>
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

QTEST_GUILESS_MAIN(tst_OutputSaver)
#include "tst_outputsaver.moc"
