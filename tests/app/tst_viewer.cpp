// The viewer at the centre (issue 18): zoom keys and steps, zoom around the cursor,
// nearest neighbour from 200 %, big pictures read scaled off the GUI thread; the filmstrip
// over a real library (follows new outputs, "Back to live", keyboard); the shared output
// actions (clipboard image + URL, a failed "Open with…" said in the window, drag data);
// and the window against the simulator: a batch is followed live and ends on its last
// picture, a queue job and a library item open in the viewer.
#include "closeindexconnection.h"
#include "processmemory.h"
#include "comfyclient.h"
#include "comparecanvas.h"
#include "comparepane.h"
#include "filmstrip.h"
#include "fullrestiles.h"
#include "outputdetails.h"
#include "displaythrottle.h"
#include "elidedlabel.h"
#include "gallerymodel.h"
#include "gallerywidget.h"
#include "imagepyramid.h"
#include "imageview.h"
#include "jobqueue.h"
#include "librarydock.h"
#include "libraryindex.h"
#include "mainwindow.h"
#include "mediainfo.h"
#include "outputactions.h"
#include "outputrecord.h"
#include "outputstore.h"
#include "tagdialog.h"
#include "regionreader.h"
#include "simserver.h"
#include "viewerpane.h"
#include "workfloweditor.h"
#include "workflowmodel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QLineEdit>
#include <QListWidget>
#include <QStringListModel>
#include <QDir>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QAbstractItemModelTester>
#include <QScrollArea>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QWheelEvent>

#include <png.h>

#include <cstdio>
#include <vector>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_Viewer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keysAndZoomSteps();
    void wheelZoomKeepsThePointUnderTheCursor();
    void smallPictureShowsItsSize();
    void bigPictureIsReadScaledOffTheGuiThread();
    void zoomedInBigPictureShowsFullResolution();
    void standInWhileDecoding();
    void partialPictureDrawnFromTheTop();
    void regionReaderMatchesQtsDecoding_data();
    void regionReaderMatchesQtsDecoding();
    void regionReaderOtherFormats();
    void filmstripFollowsUntilPicked();
    void animationKindNeedsNoGuiThreadQuery();
    void filmstripPagesEarlierOutputsBack();
    void identicalOutputsGoByTheirOwnNames();
    void sharedActions();
    void sharedActionsOnASelection();
    void lockedIndexNeverHoldsAFavourite();
    void tagDialogReadsItsTagsOffTheGuiThread();
    void favouriteToggleReadsOffTheGuiThread();
    void menuAndSettingsReadOffTheGuiThread();
    void detailsReadOffTheGuiThread();
    void detailsAskTheFileSizeOffTheGuiThread();
    void detailsGiveAPromptTheWholeWidth();
    void detailsStayWithinTheirPanel();
    void filmstripKeepsAnOlderPickInPlace();
    void compareIsLabelledAndLocked();
    void compareFromElsewhereShowsTheBaseAtOnce();
    void detailsFollowTheLivePreview();
    void followingShowsTheNewestAtDisplayRate();
    void changedInputsReadAsTheEditorNamesThem();
    void windowFollowsABatchAndShowsJobs();
    void backToLiveOnlyWhileAJobRuns();

private:
    QString writeImage(const QString &name, QSize size, QColor colour);
    QString writeRecordedWorkflow(const QString &name);
    qint64 addStored(OutputStore &store, const QString &name, QColor colour, const QByteArray &apiJson = {});

    QTemporaryDir m_dir;
};

void tst_Viewer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QVERIFY(m_dir.isValid());
}

QString tst_Viewer::writeImage(const QString &name, QSize size, QColor colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    // A mark in the top-left pixel, to tell filtered from nearest-neighbour drawing apart.
    image.setPixelColor(0, 0, Qt::white);
    const QString path = m_dir.filePath(name);
    return image.save(path) ? path : QString();
}

// The recorded run's prompt (progress, JPEG previews, one output) as a workflow file.
QString tst_Viewer::writeRecordedWorkflow(const QString &name)
{
    QFile recorded(QStringLiteral(EASEL_SHARED_DIR "/captures/run_progress_preview_jpeg_metadata/post_prompt.request_body.json"));
    if (!recorded.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject prompt = QJsonDocument::fromJson(recorded.readAll()).object().value("prompt"_L1).toObject();
    QFile workflow(m_dir.filePath(name));
    if (prompt.isEmpty() || !workflow.open(QIODevice::WriteOnly) || workflow.write(QJsonDocument(prompt).toJson()) < 0)
        return {};
    return workflow.fileName();
}

// A stored output, as OutputStore announces it after a download.
qint64 tst_Viewer::addStored(OutputStore &store, const QString &name, QColor colour, const QByteArray &apiJson)
{
    if (!apiJson.isEmpty()) {
        JobRecord job;
        job.promptId = u"job-"_s + name;
        job.server = store.server();
        job.apiJson = apiJson;
        job.workflowName = u"portrait.json"_s;
        job.submittedAt = QDateTime::currentDateTimeUtc();
        if (!store.index()->addJob(job))
            return 0;
    }
    OutputRecord record;
    record.server = store.server();
    record.promptId = u"job-"_s + name;
    record.nodeId = u"9"_s;
    record.serverFileName = name;
    record.type = u"output"_s;
    record.path = writeImage(name, QSize(64, 48), colour);
    record.createdAt = QDateTime::currentDateTimeUtc();
    if (record.path.isEmpty())
        return 0;
    record.id = store.index()->addPendingOutput(record);
    if (record.id <= 0 || !store.index()->markStored(record.id, QFileInfo(record.path).size()))
        return 0;
    record.state = OutputRecord::State::Stored;
    record.storedAt = QDateTime::currentDateTimeUtc();
    emit store.outputStored(record);
    return record.id;
}

void tst_Viewer::keysAndZoomSteps()
{
    ImageView view;
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.openFile(writeImage(u"800x600.png"_s, QSize(800, 600), Qt::darkGreen));
    QTRY_VERIFY(view.hasImage());
    QCOMPARE(view.imageSize(), QSize(800, 600));
    // Fit by default: 400/800.
    QVERIFY(view.isFit());
    QCOMPARE(view.zoom(), 0.5);
    QTest::keyClick(&view, Qt::Key_1);
    QCOMPARE(view.zoom(), 1.0);
    QVERIFY(!view.isFit());
    QTest::keyClick(&view, Qt::Key_Plus);
    QCOMPARE(view.zoom(), 1.5);
    QTest::keyClick(&view, Qt::Key_Plus);
    QCOMPARE(view.zoom(), 2.0);
    QVERIFY(view.isNearestNeighbour());
    QTest::keyClick(&view, Qt::Key_Minus);
    QCOMPARE(view.zoom(), 1.5);
    QVERIFY(!view.isNearestNeighbour());
    QTest::keyClick(&view, Qt::Key_F);
    QVERIFY(view.isFit());
    QCOMPARE(view.zoom(), 0.5);
    QVERIFY(view.infoText().contains(u"800 × 600"_s));
    QVERIFY(view.infoText().contains(u"50"_s));

    // Keys that mean "another picture" are announced for the viewer around it.
    QSignalSpy previous(&view, &ImageView::previousRequested);
    QSignalSpy next(&view, &ImageView::nextRequested);
    QSignalSpy live(&view, &ImageView::toggleLiveRequested);
    QSignalSpy full(&view, &ImageView::fullScreenRequested);
    QTest::keyClick(&view, Qt::Key_Left);
    QTest::keyClick(&view, Qt::Key_Right);
    QTest::keyClick(&view, Qt::Key_Space);
    QTest::keyClick(&view, Qt::Key_F11);
    QCOMPARE(previous.size(), 1);
    QCOMPARE(next.size(), 1);
    QCOMPARE(live.size(), 1);
    QCOMPARE(full.size(), 1);

    // At 400 % the top-left pixel is a hard 4×4 square: nearest neighbour, not a blur.
    view.setView(4.0, QPointF(50, 37.5));
    QVERIFY(view.infoText().contains(u"400"_s)); // the zoom shown follows every change
    const QPointF topLeft = QPointF(200, 150) - QPointF(50, 37.5) * 4.0;
    const QImage grabbed = view.grab().toImage().convertToFormat(QImage::Format_RGB32);
    const qreal dpr = grabbed.devicePixelRatio();
    const QPoint inside = ((topLeft + QPointF(3, 3)) * dpr).toPoint();
    const QPoint beside = ((topLeft + QPointF(5, 1)) * dpr).toPoint();
    QCOMPARE(grabbed.pixelColor(inside), QColor(Qt::white));
    QCOMPARE(grabbed.pixelColor(beside), QColor(Qt::darkGreen));
}

void tst_Viewer::wheelZoomKeepsThePointUnderTheCursor()
{
    ImageView view;
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.openFile(writeImage(u"1600x1200.png"_s, QSize(1600, 1200), Qt::darkBlue));
    QTRY_VERIFY(view.hasImage());
    view.setView(1.0, QPointF(800, 600));
    const QPointF cursor(300, 100);
    // The picture point under the cursor before: centre + (cursor - middle) / zoom.
    const QPointF before = view.centre() + (cursor - QPointF(200, 150)) / view.zoom();
    QWheelEvent wheel(cursor, view.mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&view, &wheel);
    QCOMPARE(view.zoom(), 1.25);
    const QPointF after = view.centre() + (cursor - QPointF(200, 150)) / view.zoom();
    QVERIFY2(qAbs(after.x() - before.x()) < 0.01 && qAbs(after.y() - before.y()) < 0.01,
             qPrintable(u"%1,%2 -> %3,%4"_s.arg(before.x()).arg(before.y()).arg(after.x()).arg(after.y())));
}

void tst_Viewer::smallPictureShowsItsSize()
{
    // A 128×96 output is not silently blown up: it grows by whole steps (pixels stay
    // square) and its size is shown.
    ImageView view;
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.openFile(writeImage(u"128x96.png"_s, QSize(128, 96), Qt::red));
    QTRY_VERIFY(view.hasImage());
    QCOMPARE(view.zoom(), 3.0);
    QVERIFY(view.infoText().startsWith(u"128 × 96 px"_s));
}

namespace {

// Every pixel differs from its neighbours, so a working copy read at half size and
// enlarged cannot pass for the file: red and green are the column and row (mod 256),
// blue says which 256-pixel block.
QRgb patternAt(int x, int y)
{
    return qRgb(x & 255, y & 255, ((x >> 8) * 7 + (y >> 8) * 13) & 255);
}

// Written row by row through libpng, so the test itself never holds the 8k picture.
bool writePatternPng(const QString &path, int side, bool interlaced = false)
{
    FILE *file = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!file)
        return false;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png_create_info_struct(png);
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        std::fclose(file);
        return false;
    }
    png_init_io(png, file);
    png_set_compression_level(png, 1);
    png_set_IHDR(png, info, png_uint_32(side), png_uint_32(side), 8, PNG_COLOR_TYPE_RGB,
                 interlaced ? PNG_INTERLACE_ADAM7 : PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                 PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    const int passes = interlaced ? png_set_interlace_handling(png) : 1;
    std::vector<png_byte> row(size_t(side) * 3);
    for (int y = 0; y < side * passes; ++y) {
        for (int x = 0; x < side; ++x) {
            const QRgb rgb = patternAt(x, y % side);
            row[size_t(x) * 3] = png_byte(qRed(rgb));
            row[size_t(x) * 3 + 1] = png_byte(qGreen(rgb));
            row[size_t(x) * 3 + 2] = png_byte(qBlue(rgb));
        }
        png_write_row(png, row.data());
    }
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return std::fclose(file) == 0;
}

using Easel::ProcessMemory::residentKiB;

// The widget's pixels against the file's, at 100 % with the file's `origin` at the
// widget's top-left; an empty string when they all match.
QString compareWithPattern(const QImage &shown, QPoint origin)
{
    for (int y = 0; y < shown.height(); y += 3) {
        for (int x = 0; x < shown.width(); x += 5) {
            const QRgb expected = patternAt(origin.x() + x, origin.y() + y);
            const QRgb got = shown.pixel(x, y) | 0xff000000;
            if (got != expected)
                return u"at %1,%2: %3, expected %4"_s.arg(x).arg(y).arg(got, 8, 16).arg(expected, 8, 16);
        }
    }
    return {};
}

} // namespace

// Zoomed into an 8192² PNG (read as a 4096² working copy), the view draws the file's own
// pixels, read in tiles of the visible part only; memory stays bounded.
void tst_Viewer::zoomedInBigPictureShowsFullResolution()
{
    constexpr int side = 8192;
    const QString path = m_dir.filePath(u"pattern-8192.png"_s);
    QVERIFY(writePatternPng(path, side));
    const qint64 before = residentKiB();
    QVERIFY(before > 0);

    ImageView view;
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.openFile(path);
    // The top bands are on screen first; the working copy is whole when loading ends.
    QTRY_VERIFY_WITH_TIMEOUT(view.hasImage() && !view.isLoading(), 60000);
    QCOMPARE(view.imageSize(), QSize(side, side));
    QVERIFY(view.image().width() <= ImagePyramid::maxWorkingSide);
    // The working copy enlarged to 100 % is not the file: the check below can fail.
    const double scale = view.pyramid()->workingScale();
    QVERIFY(scale < 1.0);
    const QImage enlarged = view.image()
                                .copy(0, 0, int(400 * scale), int(300 * scale))
                                .scaled(400, 300, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    QVERIFY(!compareWithPattern(enlarged, QPoint(0, 0)).isEmpty());

    // 100 % on the top-left corner, then on the bottom-right one (every row above it is
    // decoded and dropped on the way).
    for (const QPoint origin : {QPoint(0, 0), QPoint(side - 400, side - 300)}) {
        view.setView(1.0, QPointF(origin) + QPointF(200, 150));
        QCOMPARE(view.zoom(), 1.0);
        // Before the tiles arrive the enlarged working copy is on screen: not the file.
        QString mismatch;
        QTRY_VERIFY2_WITH_TIMEOUT((mismatch = compareWithPattern(view.grab().toImage(), origin)).isEmpty(),
                                  qPrintable(mismatch), 60000);
    }
    QVERIFY(view.fullResTiles()->cachedBytes() <= FullResTiles::maxBytes);
    const qint64 growthMiB = (residentKiB() - before) / 1024;
    qInfo("RSS growth with an 8192² PNG open and zoomed in: %lld MiB", growthMiB);
    // The working copy and its levels (about 85 MiB) and the tile cache (at most 96 MiB),
    // never the 256 MiB of the decoded file.
    QVERIFY2(growthMiB < 256, qPrintable(QString::number(growthMiB)));
}

// While a big file decodes, what is already in memory (a thumbnail) stands in for it at the
// file's pixel size, marked as a preview; the decoded picture replaces it. A file that cannot
// be decoded does not leave its stand-in behind.
void tst_Viewer::standInWhileDecoding()
{
    constexpr int side = 8192;
    const QString path = m_dir.filePath(u"pattern-8192.png"_s);
    if (!QFileInfo::exists(path))
        QVERIFY(writePatternPng(path, side));
    QImage standIn(64, 64, QImage::Format_RGB32);
    standIn.fill(Qt::magenta);

    ImageView view;
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy loaded(&view, &ImageView::imageLoaded);
    view.openFile(path, standIn);
    // The header is read in milliseconds, the 8192² picture in seconds.
    QTRY_VERIFY(view.isShowingStandIn());
    QVERIFY(loaded.isEmpty());
    QVERIFY(view.isLoading());
    QCOMPARE(view.imageSize(), QSize(side, side)); // the file's size, not the thumbnail's
    // The stand-in alone, or under the first bands of the picture (never bands without it).
    QVERIFY(view.image() == standIn || view.isShowingPartial());
    QVERIFY(view.isFit());
    QVERIFY(!view.fullResTiles()->isAvailable()); // no tiles read from a stand-in
    if (!view.isShowingPartial())
        QCOMPARE(view.grab().toImage().pixelColor(200, 120), QColor(Qt::magenta));

    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 60000);
    QVERIFY(!view.isShowingStandIn());
    QVERIFY(!view.isLoading());
    QCOMPARE(view.imageSize(), QSize(side, side));
    QCOMPARE(view.image().width(), ImagePyramid::maxWorkingSide);
    QVERIFY(view.grab().toImage().pixelColor(200, 120) != QColor(Qt::magenta));

    // A valid header over broken pixels: the stand-in goes when the decode fails.
    QFile source(path);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray broken = source.read(4096);
    broken.append(QByteArray(4096, 'x'));
    const QString brokenPath = m_dir.filePath(u"broken-8192.png"_s);
    QFile out(brokenPath);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(broken);
    out.close();
    ImageView fresh;
    fresh.resize(400, 300);
    QSignalSpy failed(&fresh, &ImageView::loadFailed);
    fresh.openFile(brokenPath, standIn);
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(!fresh.isShowingStandIn());
    QVERIFY(!fresh.hasImage());
}

// A picture still arriving in bands (a level with only its top rows) is drawn where those
// rows belong, the rest of its place left empty: never stretched over the whole picture.
void tst_Viewer::partialPictureDrawnFromTheTop()
{
    ImageView view;
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto partial = std::make_shared<ImagePyramid>();
    partial->fullSize = QSize(800, 600); // drawn at 50 %
    QImage top(800, 200, QImage::Format_RGB32);
    top.fill(Qt::red);
    partial->levels.append(top);
    view.showPyramid(partial);
    QCOMPARE(view.zoom(), 0.5);
    const QImage shown = view.grab().toImage();
    QCOMPARE(shown.pixelColor(200, 10), QColor(Qt::red));
    QCOMPARE(shown.pixelColor(200, 95), QColor(Qt::red)); // row 190 of 600
    QVERIFY(shown.pixelColor(200, 105) != QColor(Qt::red)); // row 210: not decoded yet
    QVERIFY(shown.pixelColor(200, 290) != QColor(Qt::red));
}

void tst_Viewer::regionReaderMatchesQtsDecoding_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("rgb") << int(QImage::Format_RGB32);
    QTest::newRow("rgba") << int(QImage::Format_ARGB32);
    QTest::newRow("grey") << int(QImage::Format_Grayscale8);
    QTest::newRow("grey 16-bit") << int(QImage::Format_Grayscale16);
    QTest::newRow("rgba 16-bit") << int(QImage::Format_RGBA64);
    QTest::newRow("palette") << int(QImage::Format_Indexed8);
}

// Every PNG colour type and depth comes out of libpng as the pixels Qt's reader gives.
void tst_Viewer::regionReaderMatchesQtsDecoding()
{
    QFETCH(int, format);
    QImage source(97, 61, QImage::Format_ARGB32);
    for (int y = 0; y < source.height(); ++y) {
        for (int x = 0; x < source.width(); ++x)
            source.setPixel(x, y, qRgba(x * 2, y * 4, (x * y) & 255, 255 - x));
    }
    source = format == QImage::Format_Indexed8 ? source.convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither)
                                               : source.convertToFormat(QImage::Format(format));
    const QString path = m_dir.filePath(u"region-%1.png"_s.arg(format));
    QVERIFY(source.save(path, "PNG"));
    const QImage qt = QImage(path).convertToFormat(QImage::Format_ARGB32);
    QVERIFY(!qt.isNull());
    const QRect rect(13, 7, 50, 40);
    QString error;
    const QImage region = RegionReader::read(path, rect, &error);
    QVERIFY2(!region.isNull(), qPrintable(error));
    QCOMPARE(region.size(), rect.size());
    const QImage expected = qt.copy(rect);
    const QImage got = region.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < rect.height(); ++y) {
        for (int x = 0; x < rect.width(); ++x)
            QCOMPARE(QString::number(got.pixel(x, y), 16), QString::number(expected.pixel(x, y), 16));
    }
    // Clipped to the picture; nothing outside it.
    QCOMPARE(RegionReader::read(path, QRect(90, 50, 20, 20)).size(), QSize(7, 11));
    QVERIFY(RegionReader::read(path, QRect(200, 200, 5, 5)).isNull());
}

// JPEG through its handler's own clip rect; a picture turned by its EXIF orientation, an
// interlaced PNG and a format without a clip rect are refused (the working copy stays).
void tst_Viewer::regionReaderOtherFormats()
{
    QImage source(96, 64, QImage::Format_RGB32);
    source.fill(QColor(200, 40, 40));
    for (int y = 0; y < 32; ++y)
        std::fill_n(reinterpret_cast<QRgb *>(source.scanLine(y)), 48, qRgb(20, 40, 220));
    const QString jpeg = m_dir.filePath(u"plain.jpg"_s);
    QVERIFY(source.save(jpeg, "JPEG", 95));
    QVERIFY(QImageReader(jpeg).supportsOption(QImageIOHandler::ClipRect));
    const QImage part = RegionReader::read(jpeg, QRect(40, 24, 16, 16));
    QCOMPARE(part.size(), QSize(16, 16));
    QVERIFY(qBlue(part.pixel(2, 2)) > 180);  // inside the blue quarter
    QVERIFY(qRed(part.pixel(13, 13)) > 160); // outside it

    // The same JPEG with an EXIF block saying "orientation 6" (turn 90° clockwise) after SOI.
    QFile plain(jpeg);
    QVERIFY(plain.open(QIODevice::ReadOnly));
    QByteArray bytes = plain.readAll();
    const QByteArray exif = QByteArray::fromHex("ffe10022457869660000" // APP1, 34 bytes, "Exif\0\0"
                                                "49492a0008000000"     // TIFF, little-endian, IFD at 8
                                                "0100" "120103000100000006000000" "00000000");
    bytes.insert(2, exif);
    const QString turned = m_dir.filePath(u"turned.jpg"_s);
    QFile turnedFile(turned);
    QVERIFY(turnedFile.open(QIODevice::WriteOnly));
    turnedFile.write(bytes);
    turnedFile.close();
    QCOMPARE(QImageReader(turned).transformation(), QImageIOHandler::TransformationRotate90);
    QVERIFY(RegionReader::read(turned, QRect(0, 0, 8, 8)).isNull());

    const QString bmp = m_dir.filePath(u"plain.bmp"_s);
    QVERIFY(source.save(bmp, "BMP"));
    QString error;
    QVERIFY(RegionReader::read(bmp, QRect(0, 0, 8, 8), &error).isNull());
    QVERIFY(!error.isEmpty());

    const QString interlaced = m_dir.filePath(u"interlaced.png"_s);
    QVERIFY(writePatternPng(interlaced, 64, true));
    QCOMPARE(QImage(interlaced).pixel(9, 5), patternAt(9, 5)); // a valid Adam7 file
    QVERIFY(RegionReader::read(interlaced, QRect(0, 0, 8, 8), &error).isNull());
    QVERIFY(error.contains(u"interlaced"_s));
}

void tst_Viewer::bigPictureIsReadScaledOffTheGuiThread()
{
    const QString path = writeImage(u"3000x2000.png"_s, QSize(3000, 2000), Qt::gray);
    // Read scaled while decoding: the working copy is bounded, the file's size is known.
    const ImagePyramid pyramid = ImagePyramid::load(path, 1024);
    QVERIFY(pyramid.error.isEmpty());
    QCOMPARE(pyramid.fullSize, QSize(3000, 2000));
    // A PNG is reduced by the smallest whole factor that fits (3: 1000 × 667), each pixel
    // the mean of a 3 × 3 block.
    QCOMPARE(pyramid.levels.first().size(), QSize(1000, 667));
    QVERIFY(pyramid.levels.size() >= 2); // 1000, 500
    for (int i = 1; i < pyramid.levels.size(); ++i)
        QCOMPARE(pyramid.levels.at(i).width(), pyramid.levels.at(i - 1).width() / 2);
    double scale = 0;
    // At 1/8 the level drawn is the one just larger than the screen needs.
    const QImage &level = pyramid.levelFor(0.125, &scale);
    QVERIFY(scale >= 0.125);
    QVERIFY(scale < 0.25 + 1e-9);
    QVERIFY(level.width() >= 3000 / 8);

    // A broken file says why instead of showing nothing.
    QFile broken(m_dir.filePath(u"broken.png"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("\x89PNG\r\n\x1a\nnot really");
    broken.close();
    ImageView view;
    QSignalSpy failed(&view, &ImageView::loadFailed);
    view.openFile(broken.fileName());
    QVERIFY(view.isLoading()); // the GUI thread went on while it decoded
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(!failed.first().at(1).toString().isEmpty());
}

void tst_Viewer::filmstripFollowsUntilPicked()
{
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, m_dir.filePath(u"library1"_s));
    store.open();
    // An output of an earlier session is in the library, not in the strip.
    const qint64 old = addStored(store, u"earlier.png"_s, Qt::black);
    QVERIFY(old > 0);
    QTest::qWait(5); // a stored time strictly after it
    ViewerPane pane(&store);
    pane.resize(800, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QTRY_VERIFY(!pane.filmstrip()->model()->isLoading()); // the strip's first page, read on its worker
    Filmstrip *strip = pane.filmstrip();
    QVERIFY(strip);
    QCOMPARE(strip->model()->rowCount(), 0);
    // Each new output is appended at the end and shown, while following.
    QList<qint64> ids;
    for (const QString &name : {u"a.png"_s, u"b.png"_s, u"c.png"_s})
        ids.append(addStored(store, name, Qt::blue));
    QCOMPARE(strip->model()->rowCount(), 3);
    QCOMPARE(strip->outputAt(2).id, ids.at(2));
    QTRY_COMPARE(pane.currentOutput().id, ids.at(2)); // at display rate
    QTRY_COMPARE(pane.imageView()->path(), strip->outputAt(2).path);
    QVERIFY(strip->isFollowing());

    // The arrows pick the one before: following stops, "Back to live" appears.
    auto *live = strip->findChild<QToolButton *>(u"backToLive"_s);
    QVERIFY(live && live->isHidden());
    pane.imageView()->setFocus();
    QTest::keyClick(pane.imageView(), Qt::Key_Left);
    QCOMPARE(pane.currentOutput().id, ids.at(1));
    QVERIFY(!strip->isFollowing());
    QVERIFY(!live->isHidden());
    // A new output arrives: it is added, but the artist's choice stays on screen.
    const qint64 fourth = addStored(store, u"d.png"_s, Qt::green);
    QCOMPARE(strip->model()->rowCount(), 4);
    QCOMPARE(pane.currentOutput().id, ids.at(1));
    // Keyboard in the strip itself.
    strip->view()->setFocus();
    QTest::keyClick(strip->view(), Qt::Key_Left);
    QCOMPARE(pane.currentOutput().id, ids.at(0));
    // Back to live: the newest again.
    QTest::mouseClick(live, Qt::LeftButton);
    QVERIFY(strip->isFollowing());
    QCOMPARE(pane.currentOutput().id, fourth);
    // A queue job's outputs: its picture is shown.
    pane.showJob(u"job-b.png"_s);
    QCOMPARE(pane.currentOutput().id, ids.at(1));
}

// Whether an output plays (an animated PNG) or shows at once (a still) comes with the
// strip's row (the library's kind, read when the store stored it, or with the gallery's
// page on its worker), never from a query on the GUI thread: with the GUI thread's
// connection closed, the animation still goes to the media page and the still to the
// picture (the animation showed as a still when the viewer asked the index).
void tst_Viewer::animationKindNeedsNoGuiThreadQuery()
{
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, m_dir.filePath(u"library-kinds"_s));
    store.open();
    ViewerPane pane(&store);
    QWidget mediaPage;
    pane.setMediaPage(&mediaPage);
    QSignalSpy mediaRequested(&pane, &ViewerPane::mediaOutputRequested);
    pane.resize(800, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QTRY_VERIFY(!pane.filmstrip()->model()->isLoading()); // the strip's first page, read on its worker
    Filmstrip *strip = pane.filmstrip();
    QVERIFY(strip);

    // The capture's animated PNG, stored as the store stores it (its kind read from the file).
    const QString animationPath = m_dir.filePath(u"kinds-animation.png"_s);
    QVERIFY(QFile::copy(QStringLiteral(EASEL_SHARED_DIR "/captures/run_media_animated_png/view_output0.png"),
                        animationPath));
    OutputRecord animation;
    animation.server = store.server();
    animation.promptId = u"job-kinds"_s;
    animation.nodeId = u"9"_s;
    animation.serverFileName = u"kinds-animation.png"_s;
    animation.type = u"output"_s;
    animation.path = animationPath;
    animation.createdAt = QDateTime::currentDateTimeUtc();
    animation = readMediaInfo(animation);
    QCOMPARE(animation.kind, MediaKind::Animation);
    animation.id = store.index()->addPendingOutput(animation);
    QVERIFY(animation.id > 0);
    QVERIFY(store.index()->markStored(animation.id, QFileInfo(animationPath).size()));
    animation.state = OutputRecord::State::Stored;
    animation.storedAt = QDateTime::currentDateTimeUtc();
    emit store.outputStored(animation);
    const qint64 still = addStored(store, u"kinds-still.png"_s, Qt::red);
    QVERIFY(still > 0);
    QCOMPARE(strip->model()->rowCount(), 2);
    strip->setFollowing(false);

    // No reading from the GUI thread's connection any more.
    QCOMPARE(closeIndexConnections(store.index()->databasePath()), 1);
    QVERIFY(!store.index()->output(animation.id)); // nothing read here any more

    QVERIFY(strip->selectOutput(animation.id));
    QCOMPARE(pane.currentOutput().id, animation.id);
    QCOMPARE(pane.pages()->currentWidget(), static_cast<QWidget *>(&mediaPage));
    QCOMPARE(mediaRequested.count(), 1);
    QCOMPARE(mediaRequested.at(0).at(0).value<OutputRef>().path, animationPath);
    QVERIFY(strip->selectOutput(still));
    QCOMPARE(pane.currentOutput().id, still);
    QCOMPARE(pane.pages()->currentWidget(), static_cast<QWidget *>(pane.imageView()));
    QCOMPARE(mediaRequested.count(), 1);

    // Rows read with a page (a gallery, another session's strip) carry the kind too: read
    // on the gallery's worker, on its own connection.
    GalleryModel gallery(store.index());
    gallery.setQueriesOnWorker(true);
    gallery.reload();
    QTRY_COMPARE(gallery.rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        const QModelIndex index = gallery.index(row, 0);
        const bool isAnimation = index.data(GalleryModel::IdRole).toLongLong() == animation.id;
        QCOMPARE(index.data(GalleryModel::MediaKindRole).toInt(),
                 int(isAnimation ? MediaKind::Animation : MediaKind::Still));
        QCOMPARE(Filmstrip::refAt(index).animated, isAnimation);
    }
}

// The strip holds a window of the session: the oldest outputs leave it as new ones come,
// and stepping back past its first row brings them again, in order, none skipped.
void tst_Viewer::filmstripPagesEarlierOutputsBack()
{
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, m_dir.filePath(u"library-window"_s));
    store.open();
    ViewerPane pane(&store);
    Filmstrip *strip = pane.filmstrip();
    QVERIFY(strip);
    QAbstractItemModelTester tester(strip->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    strip->model()->setPageSize(4);
    strip->model()->setMaxRows(6);
    pane.resize(400, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QTRY_VERIFY(!pane.filmstrip()->model()->isLoading()); // the strip's first page, read on its worker
    QList<qint64> ids;
    for (int i = 0; i < 16; ++i) {
        ids.append(addStored(store, u"w%1.png"_s.arg(i), Qt::blue));
        QCoreApplication::processEvents();
    }
    QTRY_VERIFY(strip->model()->canFetchEarlier()); // the oldest left the window
    QVERIFY(strip->model()->rowCount() < 16);
    QTRY_COMPARE(pane.currentOutput().id, ids.constLast());
    // Two presses past the window's first row before the worker answers: both are taken
    // once the earlier rows come, none read on the GUI thread.
    const qint64 firstHeld = strip->outputAt(0).id;
    const int firstIndex = int(ids.indexOf(firstHeld));
    QVERIFY(firstIndex >= 2);
    strip->selectOutput(firstHeld);
    QCOMPARE(pane.currentOutput().id, firstHeld);
    pane.imageView()->setFocus();
    QTest::keyClick(pane.imageView(), Qt::Key_Left);
    QVERIFY(strip->model()->isLoading());
    QTest::keyClick(pane.imageView(), Qt::Key_Left);
    QTRY_COMPARE(pane.currentOutput().id, ids.at(firstIndex - 2));
    for (int i = firstIndex - 2; i > 0; --i) {
        QTest::keyClick(pane.imageView(), Qt::Key_Left);
        QTRY_COMPARE(pane.currentOutput().id, ids.at(i - 1));
    }
    QVERIFY(!strip->model()->canFetchEarlier());
    QCOMPARE(strip->model()->rowCount(), 16);
    for (int row = 0; row < 16; ++row)
        QCOMPARE(strip->outputAt(row).id, ids.at(row));
}

// A run whose outputs are byte-identical stores one file for all of them, named after the
// first. The strip's tooltips, the viewer's title and its details call each output by its
// own name from the server; what acts on the file (copy its path) uses the one file.
void tst_Viewer::identicalOutputsGoByTheirOwnNames()
{
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, m_dir.filePath(u"library-identical"_s));
    store.open();
    ViewerPane pane(&store);
    pane.resize(800, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QTRY_VERIFY(!pane.filmstrip()->model()->isLoading()); // the strip's first page, read on its worker
    Filmstrip *strip = pane.filmstrip();
    QAbstractItemModelTester tester(strip->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList names{u"Easel-check_00001_.png"_s, u"Easel-check_00002_.png"_s, u"Easel-check_00003_.png"_s};
    QList<qint64> ids{addStored(store, names.at(0), Qt::darkCyan)};
    QVERIFY(ids.constFirst() > 0);
    const QString shared = store.index()->output(ids.constFirst())->path;
    for (const QString &name : names.mid(1)) {
        OutputRecord record = *store.index()->output(ids.constFirst());
        record.promptId = u"job-"_s + name;
        record.serverFileName = name;
        record.state = OutputRecord::State::Pending;
        record.id = store.index()->addPendingOutput(record);
        QVERIFY(record.id > 0);
        QVERIFY(store.index()->markStoredAs(record.id, QFileInfo(shared).size(), QByteArray(32, 'i'), shared));
        record.state = OutputRecord::State::Stored;
        record.storedAt = QDateTime::currentDateTimeUtc();
        emit store.outputStored(record);
        ids.append(record.id);
    }
    QCOMPARE(store.index()->references(shared), 3);
    QCOMPARE(strip->model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        const QModelIndex index = strip->model()->index(row, 0);
        QCOMPARE(index.data(Qt::ToolTipRole).toString().section(u'\n', 0, 0), names.at(row));
        QCOMPARE(strip->outputAt(row).path, shared);
        QCOMPARE(strip->outputAt(row).name, names.at(row));
    }

    // Following: the newest, by its own name, in the title and the details.
    pane.setDetailsVisible(true);
    QTRY_COMPARE(pane.currentOutput().id, ids.at(2));
    QCOMPARE(pane.caption(), names.at(2));
    QTRY_VERIFY2(pane.details()->text().startsWith(names.at(2)), qPrintable(pane.details()->text()));
    // The one before: the same file, its own name.
    pane.imageView()->setFocus();
    QTest::keyClick(pane.imageView(), Qt::Key_Left);
    QCOMPARE(pane.currentOutput().id, ids.at(1));
    QCOMPARE(pane.currentOutput().path, shared);
    QCOMPARE(pane.caption(), names.at(1));
    QTRY_VERIFY2(pane.details()->text().startsWith(names.at(1)), qPrintable(pane.details()->text()));
    // The file itself for what acts on it.
    std::unique_ptr<QMenu> menu(pane.actions()->createMenu(pane.currentOutput(), &pane));
    menu->findChild<QAction *>(u"actionCopyPath"_s)->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QDir::toNativeSeparators(shared));
    // Compare names both sides by their own names.
    pane.compareOutputs(strip->outputAt(0), strip->outputAt(2));
    QVERIFY(pane.isComparing());
    QVERIFY2(pane.caption().contains(names.at(0)) && pane.caption().contains(names.at(2)), qPrintable(pane.caption()));
    QVERIFY(pane.comparePane()->leftLabel().contains(names.at(0)));
    QVERIFY(pane.comparePane()->rightLabel().contains(names.at(2)));

    // All three to the trash at once: the one file goes once, with the last of them (they
    // are taken in order on the worker, each seeing the rows the others left).
    pane.closeCompare();
    QStringList moved;
    pane.actions()->setTrashFunction([this, &moved](const QString &path, QString *where) {
        moved.append(path);
        *where = m_dir.filePath(u"trashed-identical.png"_s);
        return QFile::rename(path, *where);
    });
    QSignalSpy trashed(pane.actions(), &OutputActions::outputTrashed);
    pane.actions()->moveAllToTrash({strip->outputAt(0), strip->outputAt(1), strip->outputAt(2)});
    QTRY_COMPARE(trashed.size(), 3);
    QCOMPARE(moved, QStringList{shared});
    QVERIFY(!QFile::exists(shared));
    for (const qint64 id : std::as_const(ids))
        QVERIFY(!store.index()->output(id));
}

void tst_Viewer::sharedActions()
{
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, m_dir.filePath(u"library2"_s));
    store.open();
    ViewerPane pane(&store);
    pane.resize(800, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QTRY_VERIFY(!pane.filmstrip()->model()->isLoading()); // the strip's first page, read on its worker
    const qint64 id = addStored(store, u"shared.png"_s, Qt::magenta);
    QVERIFY(id > 0);
    QTRY_COMPARE(pane.currentOutput().id, id);
    const OutputRef output = pane.currentOutput();
    QCOMPARE(output.id, id);

    // The same menu everywhere, with every action the issue names.
    std::unique_ptr<QMenu> menu(pane.actions()->createMenu(output, &pane));
    for (const char *name : {"actionCopyImage", "actionCopyPath", "actionOpenFolder", "actionOpenWith",
                             "actionShowWorkflow", "actionUseSettings", "actionUseAsInput", "actionCompare",
                             "actionFavourite", "actionTags", "actionTrash"}) {
        QVERIFY2(menu->findChild<QAction *>(QString::fromLatin1(name)), name);
    }

    // Copy image: the pixels and the file's URL on the clipboard.
    QApplication::clipboard()->clear();
    menu->findChild<QAction *>(u"actionCopyImage"_s)->trigger();
    QTRY_VERIFY(QApplication::clipboard()->mimeData() && QApplication::clipboard()->mimeData()->hasImage());
    const QMimeData *copied = QApplication::clipboard()->mimeData();
    QCOMPARE(copied->urls(), QList<QUrl>{QUrl::fromLocalFile(output.path)});
    const QImage pixels = qvariant_cast<QImage>(copied->imageData());
    QCOMPARE(pixels.size(), QSize(64, 48));
    QCOMPARE(pixels.pixelColor(10, 10), QColor(Qt::magenta));

    // Copy file path.
    menu->findChild<QAction *>(u"actionCopyPath"_s)->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QDir::toNativeSeparators(output.path));

    // Open with… where nothing can open it: said in words, not only on stderr.
    QList<QUrl> launched;
    pane.actions()->setLauncher([&launched](const QUrl &url) {
        launched.append(url);
        return false;
    });
    QSignalSpy messages(pane.actions(), &OutputActions::messageRaised);
    menu->findChild<QAction *>(u"actionOpenWith"_s)->trigger();
    QCOMPARE(launched, QList<QUrl>{QUrl::fromLocalFile(output.path)});
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first().first().toString().contains(u"shared.png"_s));

    // Favourite goes to the index.
    menu->findChild<QAction *>(u"actionFavourite"_s)->trigger();
    QTRY_VERIFY(store.index()->output(id)->favourite); // written by the actions' worker

    // Use as input is a signal the painted-inputs work connects to.
    QSignalSpy asInput(pane.actions(), &OutputActions::useAsInputRequested);
    menu->findChild<QAction *>(u"actionUseAsInput"_s)->trigger();
    QCOMPARE(asInput.size(), 1);

    // A drag carries the file URL, the path and the pixels.
    std::unique_ptr<QMimeData> dragged(OutputActions::mimeData(output, pixels));
    QCOMPARE(dragged->urls(), QList<QUrl>{QUrl::fromLocalFile(output.path)});
    QVERIFY(dragged->hasImage());
    QCOMPARE(dragged->text(), QDir::toNativeSeparators(output.path));

    // To the trash: out of the folder, the index and the strip.
    pane.actions()->setTrashFunction([this](const QString &path, QString *where) {
        *where = m_dir.filePath(u"trashed.png"_s);
        return QFile::rename(path, *where);
    });
    menu->findChild<QAction *>(u"actionTrash"_s)->trigger();
    // File and index row on the actions' worker.
    QTRY_VERIFY(!QFile::exists(output.path));
    QTRY_VERIFY(!store.index()->output(id));
    QTRY_COMPARE(pane.filmstrip()->model()->rowCount(), 0);
}

// Several outputs chosen in the library get the same actions, on all of them at once.
void tst_Viewer::sharedActionsOnASelection()
{
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, m_dir.filePath(u"library-selection"_s));
    store.open();
    OutputActions actions(&store, nullptr);
    QList<OutputRef> chosen;
    for (const QString &name : {u"sel-a.png"_s, u"sel-b.png"_s, u"sel-c.png"_s}) {
        const qint64 id = addStored(store, name, Qt::cyan);
        QVERIFY(id > 0);
        chosen.append(OutputRef{id, store.index()->output(id)->path, u"job-"_s + name, u"9"_s});
    }
    // One chosen: the one-output menu.
    std::unique_ptr<QMenu> single(actions.createMenu(chosen.mid(0, 1), nullptr));
    QCOMPARE(single->objectName(), u"outputMenu"_s);

    std::unique_ptr<QMenu> menu(actions.createMenu(chosen, nullptr));
    QCOMPARE(menu->objectName(), u"outputsMenu"_s);
    for (const char *name : {"actionCopyPath", "actionOpenFolder", "actionCompare", "actionFavourite", "actionTags",
                             "actionTrash"}) {
        QVERIFY2(menu->findChild<QAction *>(QString::fromLatin1(name)), name);
    }
    // Compare needs exactly two.
    QVERIFY(!menu->findChild<QAction *>(u"actionCompare"_s)->isEnabled());

    // Copy the paths: every file as a URL, one path a line as text.
    menu->findChild<QAction *>(u"actionCopyPath"_s)->trigger();
    const QMimeData *copied = QApplication::clipboard()->mimeData();
    QVERIFY(copied);
    QCOMPARE(copied->urls().size(), 3);
    QCOMPARE(copied->urls().at(2), QUrl::fromLocalFile(chosen.at(2).path));
    QCOMPARE(QApplication::clipboard()->text().split(u'\n').size(), 3);

    // One folder, opened once.
    QList<QUrl> launched;
    actions.setLauncher([&launched](const QUrl &url) {
        launched.append(url);
        return true;
    });
    menu->findChild<QAction *>(u"actionOpenFolder"_s)->trigger();
    QCOMPARE(launched, QList<QUrl>{QUrl::fromLocalFile(QFileInfo(chosen.first().path).absolutePath())});

    // Favourite: all of them; then the menu offers to take them all out again.
    QSignalSpy favourites(&actions, &OutputActions::favouriteChanged);
    QVERIFY(!menu->findChild<QAction *>(u"actionFavourite"_s)->isChecked());
    menu->findChild<QAction *>(u"actionFavourite"_s)->trigger();
    QCOMPARE(favourites.size(), 3);
    for (const OutputRef &output : chosen)
        QTRY_VERIFY(store.index()->output(output.id)->favourite);
    std::unique_ptr<QMenu> again(actions.createMenu(chosen, nullptr));
    QTRY_VERIFY(again->findChild<QAction *>(u"actionFavourite"_s)->isChecked()); // read on the worker

    // Compare the two: the first is the reference.
    std::unique_ptr<QMenu> two(actions.createMenu(chosen.mid(1, 2), nullptr));
    QSignalSpy compare(&actions, &OutputActions::compareTwoRequested);
    QVERIFY(two->findChild<QAction *>(u"actionCompare"_s)->isEnabled());
    two->findChild<QAction *>(u"actionCompare"_s)->trigger();
    QCOMPARE(compare.size(), 1);
    QCOMPARE(compare.first().at(0).value<OutputRef>().path, chosen.at(1).path);
    QCOMPARE(compare.first().at(1).value<OutputRef>().path, chosen.at(2).path);

    // To the trash, all three: out of the folder and the index.
    int n = 0;
    actions.setTrashFunction([this, &n](const QString &path, QString *where) {
        *where = m_dir.filePath(u"trashed-sel-%1.png"_s.arg(++n));
        return QFile::rename(path, *where);
    });
    QSignalSpy trashed(&actions, &OutputActions::outputTrashed);
    menu->findChild<QAction *>(u"actionTrash"_s)->trigger();
    QTRY_COMPARE(trashed.size(), 3);
    for (const OutputRef &output : chosen) {
        QVERIFY(!QFile::exists(output.path));
        QVERIFY(!store.index()->output(output.id));
    }
}

namespace {
QByteArray samplerPrompt(const QString &seed, const QString &cfg)
{
    return uR"({"4": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "model.safetensors"}},
      "6": {"class_type": "CLIPTextEncode", "inputs": {"clip": ["4", 1], "text": "a lighthouse at dusk"}},
      "7": {"class_type": "CLIPTextEncode", "inputs": {"clip": ["4", 1], "text": "blurry"}},
      "5": {"class_type": "EmptyLatentImage", "inputs": {"width": 64, "height": 48, "batch_size": 1}},
      "3": {"class_type": "KSampler", "inputs": {"model": ["4", 0], "positive": ["6", 0], "negative": ["7", 0],
            "latent_image": ["5", 0], "seed": %1, "steps": 20, "cfg": %2, "sampler_name": "euler",
            "scheduler": "normal", "denoise": 1}}})"_s.arg(seed, cfg).toUtf8();
}
} // namespace

// What a sweep's job changed, in the editor's words rather than "3 › cfg" (the viewer's
// details and the library's detail dialog).
void tst_Viewer::changedInputsReadAsTheEditorNamesThem()
{
    const QStringList lines = OutputDetails::changedInputLines(
        samplerPrompt(u"12"_s, u"8.5"_s), R"({"3": {"cfg": 8.5, "seed": 12}, "6": {"text": "a lighthouse at dusk"}})");
    QCOMPARE(lines, QStringList({u"CFG: 8.5"_s, u"Seed: 12"_s, u"Positive prompt: a lighthouse at dusk"_s}));
    QVERIFY(OutputDetails::changedInputLines(samplerPrompt(u"1"_s, u"7"_s), "{}").isEmpty());
}

void tst_Viewer::compareIsLabelledAndLocked()
{
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, m_dir.filePath(u"library3"_s));
    store.open();
    ViewerPane pane(&store);
    pane.resize(900, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QTRY_VERIFY(!pane.filmstrip()->model()->isLoading()); // the strip's first page, read on its worker
    const qint64 first = addStored(store, u"first.png"_s, Qt::red, samplerPrompt(u"11"_s, u"7"_s));
    const qint64 second = addStored(store, u"second.png"_s, Qt::blue, samplerPrompt(u"12"_s, u"8.5"_s));
    QVERIFY(first > 0 && second > 0);
    const OutputRef a = pane.filmstrip()->outputAt(0);
    const OutputRef b = pane.filmstrip()->outputAt(1);

    // The details read like a caption, from the prompt that ran.
    pane.setDetailsVisible(true);
    QTRY_VERIFY(pane.details()->text().contains(u"64 × 48 px"_s));
    QTRY_VERIFY(pane.details()->text().contains(u"Workflow: "_s)); // read on a worker
    const QString details = pane.details()->text();
    QVERIFY2(details.contains(u"Positive prompt: a lighthouse at dusk"_s), qPrintable(details));
    QVERIFY(details.contains(u"Seed: 12"_s));
    QVERIFY(details.contains(u"CFG: 8.5"_s));
    QVERIFY(details.contains(u"Model: model.safetensors"_s));
    QVERIFY(details.contains(u"Workflow: portrait.json"_s));

    // "Compare with…" from the menu on the picture shown, then the other output picked in
    // the strip.
    QVERIFY(pane.filmstrip()->selectOutput(first));
    QCOMPARE(pane.currentOutput().id, a.id);
    std::unique_ptr<QMenu> menu(pane.actions()->createMenu(a, &pane));
    menu->findChild<QAction *>(u"actionCompare"_s)->trigger();
    QVERIFY(!pane.isComparing());
    // The caption asks for the second, whole where the pane has the room it has at
    // 1366x768 (about 620 px, beside the size, Fit, 100 % and Details): it was elided
    // there ("Compare a.png with… click another i…"), the rest only in its tooltip. The
    // where (the filmstrip or the library) is the tooltip's. (Where even the short form has
    // no room it ends with an ellipsis: ElidedLabel, tst_mainwindow statusLineIsElidedNotCut.)
    auto *caption = pane.findChild<ElidedLabel *>(u"viewerCaption"_s);
    QVERIFY(caption);
    pane.resize(620, 600);
    QTRY_VERIFY(caption->width() > 0 && caption->width() < 620);
    QVERIFY2(!caption->isElided(), qPrintable(caption->shownText()));
    // The picture's size steps aside meanwhile: a 512 × 512 picture's "512 × 512 px · 96 %"
    // left the caption too little room in the window (this one's is shorter).
    QVERIFY(!pane.findChild<QLabel *>(u"viewerInfo"_s)->isVisible());
    QVERIFY2(pane.caption().startsWith(u"Compare first.png with"_s), qPrintable(pane.caption()));
    QVERIFY(caption->toolTip().contains(u"the filmstrip or the library"_s));
    pane.filmstrip()->selectOutput(second);
    QVERIFY(pane.isComparing());
    QTRY_VERIFY(caption->width() > 0);
    QVERIFY2(!caption->isElided() && pane.caption().contains(u"first.png"_s) && pane.caption().contains(u"second.png"_s),
             qPrintable(caption->shownText()));
    QVERIFY(caption->toolTip().isEmpty());
    pane.resize(900, 600);
    ComparePane *compare = pane.comparePane();
    QCOMPARE(compare->left().id, a.id);
    QCOMPARE(compare->right().id, b.id);
    // Each side says which it is: file, seed, and what differs from the other (the
    // settings read on a worker).
    QVERIFY(compare->leftLabel().startsWith(u"A · first.png"_s));
    QTRY_VERIFY(compare->leftLabel().contains(u"Seed 11"_s));
    QVERIFY(compare->rightLabel().startsWith(u"B · second.png"_s));
    QVERIFY(compare->rightLabel().contains(u"Seed 12"_s));
    QVERIFY2(compare->rightLabel().contains(u"CFG 8.5"_s), qPrintable(compare->rightLabel()));
    QVERIFY2(compare->leftLabel().contains(u"CFG 7"_s), qPrintable(compare->leftLabel()));
    QVERIFY(!compare->leftLabel().contains(u"Steps"_s)); // the same on both sides
    QTRY_VERIFY(compare->isReady());

    // One zoom, one pan for both sides: at 400 % the wipe's halves show the same pixel
    // column of each picture, red on the left, blue on the right.
    CompareCanvas *canvas = compare->canvas();
    canvas->setZoom(4.0);
    const QImage shot = canvas->grab().toImage();
    const QPoint leftPoint(canvas->width() / 2 - 20, canvas->height() / 2 + 40);
    const QPoint rightPoint(canvas->width() / 2 + 20, canvas->height() / 2 + 40);
    QCOMPARE(shot.pixelColor(leftPoint), QColor(Qt::red));
    QCOMPARE(shot.pixelColor(rightPoint), QColor(Qt::blue));
    QTest::keyClick(canvas, Qt::Key_Escape);
    QVERIFY(!pane.isComparing());
    QVERIFY(pane.findChild<QLabel *>(u"viewerInfo"_s)->isVisible()); // the size is back
    // Closed: the viewer and the strip agree on B, the picture picked to compare with (the
    // strip's highlight, where the arrows go on from).
    QCOMPARE(pane.currentOutput().id, b.id);
    QCOMPARE(pane.filmstrip()->current().id, b.id);
    QTRY_COMPARE(pane.imageView()->path(), b.path);
    pane.imageView()->setFocus();
    QTest::keyClick(pane.imageView(), Qt::Key_Left);
    QCOMPARE(pane.currentOutput().id, a.id);
    QCOMPARE(pane.filmstrip()->current().id, a.id);

    // B from elsewhere (the library's compare of a file the strip does not hold): the
    // viewer shows it, and the strip highlights nothing rather than another picture.
    QImage elsewhere(32, 24, QImage::Format_RGB32);
    elsewhere.fill(Qt::green);
    OutputRef other;
    other.path = m_dir.filePath(u"elsewhere.png"_s);
    other.name = u"elsewhere.png"_s;
    QVERIFY(elsewhere.save(other.path));
    pane.compareOutputs(a, other);
    QVERIFY(pane.isComparing());
    QTest::keyClick(compare->canvas(), Qt::Key_Escape);
    QVERIFY(!pane.isComparing());
    QCOMPARE(pane.currentOutput().path, other.path);
    QVERIFY(!pane.filmstrip()->current().isValid());
    QTRY_COMPARE(pane.imageView()->path(), other.path);
}

// "Compare With…" on an output the viewer does not show (the library's menu, the strip's
// menu on another thumbnail): the viewer shows that base at once, the caption asking for
// the second, as when compare starts from the picture shown (it kept showing the old
// picture until the second was picked). Also while comparing, and for a file the strip
// does not hold.
void tst_Viewer::compareFromElsewhereShowsTheBaseAtOnce()
{
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, m_dir.filePath(u"library-compare-base"_s));
    store.open();
    ViewerPane pane(&store);
    pane.resize(900, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QTRY_VERIFY(!pane.filmstrip()->model()->isLoading()); // the strip's first page, read on its worker
    QVERIFY(addStored(store, u"base.png"_s, Qt::red) > 0);
    QVERIFY(addStored(store, u"shown.png"_s, Qt::blue) > 0);
    QTRY_COMPARE(pane.filmstrip()->model()->rowCount(), 2);
    const OutputRef a = pane.filmstrip()->outputAt(0);
    const OutputRef b = pane.filmstrip()->outputAt(1);
    QVERIFY(pane.filmstrip()->selectOutput(b.id));
    QTRY_COMPARE(pane.imageView()->path(), b.path);

    std::unique_ptr<QMenu> menu(pane.actions()->createMenu(a, nullptr));
    menu->findChild<QAction *>(u"actionCompare"_s)->trigger();
    QVERIFY(!pane.isComparing());
    QCOMPARE(pane.currentOutput().id, a.id);
    QCOMPARE(pane.filmstrip()->current().id, a.id);
    QTRY_COMPARE(pane.imageView()->path(), a.path);
    QVERIFY(pane.caption().startsWith(u"Compare base.png with"_s));
    pane.filmstrip()->selectOutput(b.id);
    QVERIFY(pane.isComparing());
    QCOMPARE(pane.comparePane()->left().id, a.id);
    QCOMPARE(pane.comparePane()->right().id, b.id);

    // While comparing, a base the strip does not hold: the viewer leaves the comparison
    // for it and the strip highlights nothing.
    QImage elsewhere(32, 24, QImage::Format_RGB32);
    elsewhere.fill(Qt::green);
    OutputRef other;
    other.path = m_dir.filePath(u"elsewhere-base.png"_s);
    other.name = u"elsewhere-base.png"_s;
    QVERIFY(elsewhere.save(other.path));
    menu.reset(pane.actions()->createMenu(other, nullptr));
    menu->findChild<QAction *>(u"actionCompare"_s)->trigger();
    QVERIFY(!pane.isComparing());
    QCOMPARE(pane.currentOutput().path, other.path);
    QVERIFY(!pane.filmstrip()->current().isValid());
    QTRY_COMPARE(pane.imageView()->path(), other.path);
    QVERIFY(pane.caption().startsWith(u"Compare elsewhere-base.png with"_s));
    pane.filmstrip()->selectOutput(a.id);
    QVERIFY(pane.isComparing());
    QCOMPARE(pane.comparePane()->left().path, other.path);
    QCOMPARE(pane.comparePane()->right().id, a.id);
}

void tst_Viewer::windowFollowsABatchAndShowsJobs()
{
    Sim::SimServer sim;
    sim.setStepMs(20);
    QVERIFY(sim.listen(QHostAddress::LocalHost, 0) != 0);
    const QString workflow = writeRecordedWorkflow(u"progress.json"_s);
    QVERIFY(!workflow.isEmpty());

    MainWindow window(sim.baseUrl(), m_dir.filePath(u"outputs"_s));
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openWorkflow(workflow);
    ViewerPane *viewer = window.viewer();
    QVERIFY(viewer && viewer->filmstrip());
    auto *queueButton = window.findChild<QPushButton *>(u"queueButton"_s);
    auto *count = window.findChild<QSpinBox *>(u"countSpin"_s);
    QVERIFY(queueButton && count);
    QTRY_VERIFY(queueButton->isEnabled());

    // Live frames are shown as they come, while following.
    int livePreviews = 0;
    connect(window.jobQueue(), &JobQueue::previewReceived, this, [&] {
        if (viewer->isShowingLive())
            ++livePreviews;
    });
    count->setValue(3);
    QTest::mouseClick(queueButton, Qt::LeftButton);
    QCOMPARE(window.jobQueue()->rowCount(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(livePreviews > 0, 15000);
    Filmstrip *strip = viewer->filmstrip();
    QTRY_COMPARE_WITH_TIMEOUT(strip->model()->rowCount(), 3, 20000);
    for (int row = 0; row < 3; ++row) {
        const QString jobId = window.jobQueue()->index(row, 0).data(JobQueue::JobIdRole).toString();
        QTRY_COMPARE(window.jobQueue()->job(jobId)->state, QueuedJob::State::Done);
    }
    // The batch ends on its last picture, loaded in the viewer (not the first one).
    const OutputRef last = strip->outputAt(2);
    QCOMPARE(viewer->currentOutput().path, last.path);
    QTRY_COMPARE(viewer->imageView()->path(), last.path);
    QVERIFY(!viewer->isShowingLive());
    // Space: the last live frame and back to the last output.
    QTest::keyClick(viewer->imageView(), Qt::Key_Space);
    QVERIFY(viewer->isShowingLive());
    QVERIFY(viewer->imageView()->path().isEmpty()); // a frame in memory, not a file
    QTest::keyClick(viewer->imageView(), Qt::Key_Space);
    QVERIFY(!viewer->isShowingLive());
    QTRY_COMPARE(viewer->imageView()->path(), last.path);

    // A click on a queue job shows its output.
    const QString firstJob = window.jobQueue()->index(0, 0).data(JobQueue::JobIdRole).toString();
    const QString firstPrompt = window.jobQueue()->job(firstJob)->promptId;
    auto *queueView = window.findChild<QAbstractItemView *>(u"queueView"_s);
    QVERIFY(queueView);
    QTRY_VERIFY(queueView->isVisible());
    QModelIndex firstRow;
    for (int row = 0; row < queueView->model()->rowCount(); ++row) {
        const QModelIndex index = queueView->model()->index(row, 0);
        if (index.data(JobQueue::JobIdRole).toString() == firstJob)
            firstRow = index;
    }
    QVERIFY(firstRow.isValid());
    QTest::mouseClick(queueView->viewport(), Qt::LeftButton, {}, queueView->visualRect(firstRow).center());
    QCOMPARE(viewer->currentOutput().promptId, firstPrompt);
    QTRY_COMPARE(viewer->imageView()->path(), viewer->currentOutput().path);

    // A library item opens in the same viewer (double-click).
    auto *gallery = window.findChild<GalleryWidget *>();
    QVERIFY(gallery);
    QTRY_COMPARE(gallery->model()->rowCount(), 3);
    auto *tabs = window.findChild<QTabWidget *>(u"outputTabs"_s);
    QVERIFY(tabs);
    tabs->setCurrentWidget(window.findChild<QWidget *>(u"libraryTab"_s));
    QTRY_VERIFY(gallery->view()->isVisible());
    const QModelIndex item = gallery->model()->index(0, 0); // newest first there
    const QRect rect = gallery->view()->visualRect(item);
    QVERIFY(rect.isValid());
    QSignalSpy opened(gallery, &GalleryWidget::outputOpened);
    QTest::mouseClick(gallery->view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(gallery->view()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(opened.size(), 1);
    QCOMPARE(viewer->currentOutput().path, item.data(GalleryModel::PathRole).toString());

    // Ctrl+L gives the library the whole window; opening an item brings the viewer back.
    QAction *libraryFocus = window.findChild<QAction *>(u"actionLibraryFocus"_s);
    QVERIFY(libraryFocus);
    libraryFocus->trigger();
    QVERIFY(libraryFocus->isChecked());
    QVERIFY(!viewer->isVisible());
    QVERIFY(!window.editor()->isVisible());
    QVERIFY(gallery->view()->isVisible());
    QTest::mouseClick(gallery->view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(gallery->view()->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(!libraryFocus->isChecked());
    QVERIFY(viewer->isVisible());
    QVERIFY(window.editor()->isVisible());

    // Two selected in the library compare in the viewer, not in a dialog.
    gallery->view()->selectionModel()->select(gallery->model()->index(1, 0), QItemSelectionModel::Select);
    QCOMPARE(gallery->selectedIds().size(), 2);
    QVERIFY(!gallery->compareSelected());
    QVERIFY(viewer->isComparing());
    viewer->closeCompare();
    // Right-click on the two: the one set of output actions, for both (not a menu of the
    // library's own); its Compare goes to the viewer too.
    emit gallery->view()->customContextMenuRequested(rect.center());
    QMenu *selectionMenu = nullptr;
    QTRY_VERIFY((selectionMenu = gallery->findChild<QMenu *>(u"outputsMenu"_s)));
    QVERIFY(selectionMenu->findChild<QAction *>(u"actionTrash"_s)->text().contains(u'2'));
    QVERIFY(selectionMenu->findChild<QAction *>(u"actionExport"_s));
    selectionMenu->findChild<QAction *>(u"actionCompare"_s)->trigger();
    QVERIFY(viewer->isComparing());
    selectionMenu->close();
    viewer->closeCompare();
    // "Compare with…" waits for the second: a click picks it in the library as in the
    // filmstrip (a click there only selected, and the caption saying to double-click was
    // cut at 1366x768).
    viewer->startCompare(Filmstrip::refAt(item));
    QVERIFY(!viewer->isComparing());
    const QModelIndex other = gallery->model()->index(1, 0);
    QTest::mouseClick(gallery->view()->viewport(), Qt::LeftButton, {}, gallery->view()->visualRect(other).center());
    QVERIFY(viewer->isComparing());
    QCOMPARE(viewer->comparePane()->left().path, item.data(GalleryModel::PathRole).toString());
    QCOMPARE(viewer->comparePane()->right().path, other.data(GalleryModel::PathRole).toString());
    viewer->closeCompare();
    // Not waiting, a click only selects.
    QTest::mouseClick(gallery->view()->viewport(), Qt::LeftButton, {}, gallery->view()->visualRect(other).center());
    QVERIFY(!viewer->isComparing());

    // View › Library Dock: the same library in a dock of its own (its tab steps aside),
    // remembered by the window's saveState; closing it puts the library back in its tab.
    QAction *libraryDockAction = window.findChild<QAction *>(u"actionLibraryDock"_s);
    auto *libraryDock = window.findChild<LibraryDock *>(u"libraryDock"_s);
    QVERIFY(libraryDockAction && libraryDock);
    QVERIFY(libraryDock->isHidden());
    QVERIFY(libraryFocus->isEnabled());
    libraryDockAction->trigger();
    QVERIFY(libraryDock->isVisible());
    QCOMPARE(libraryDock->widget(), gallery);
    QVERIFY(gallery->view()->isVisible());
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(window.findChild<QWidget *>(u"libraryTab"_s))));
    const QRect docked = gallery->view()->visualRect(item);
    QTest::mouseClick(gallery->view()->viewport(), Qt::LeftButton, {}, docked.center());
    QTest::mouseDClick(gallery->view()->viewport(), Qt::LeftButton, {}, docked.center());
    QCOMPARE(opened.size(), 3);
    QCOMPARE(viewer->currentOutput().path, item.data(GalleryModel::PathRole).toString());
    const QByteArray withDock = window.saveState();
    libraryDockAction->trigger();
    QVERIFY(libraryDock->isHidden());
    QVERIFY(libraryDock->widget() != gallery);
    QVERIFY(window.findChild<QWidget *>(u"libraryTab"_s)->isAncestorOf(gallery));
    QVERIFY(tabs->isTabVisible(tabs->indexOf(window.findChild<QWidget *>(u"libraryTab"_s))));
    QVERIFY(window.restoreState(withDock));
    libraryDock->syncPlacement();
    QVERIFY(!libraryDock->isHidden());
    QCOMPARE(libraryDock->widget(), gallery);
    libraryDockAction->trigger();
    QVERIFY(window.findChild<QWidget *>(u"libraryTab"_s)->isAncestorOf(gallery));

    // F11: the picture alone on the screen; Escape brings it back into the window.
    viewer->imageView()->setFocus();
    QTest::keyClick(viewer->imageView(), Qt::Key_F11);
    QVERIFY(viewer->isFullScreen());
    QVERIFY(viewer->imageView()->window() != &window);
    QTest::keyClick(viewer->imageView(), Qt::Key_Escape);
    QVERIFY(!viewer->isFullScreen());
    QCOMPARE(viewer->imageView()->window(), &window);

    // A failed "Open with…" is said in the window's status bar.
    viewer->actions()->setLauncher([](const QUrl &) { return false; });
    viewer->actions()->openWith(viewer->currentOutput());
    QVERIFY(window.statusBar()->currentMessage().contains(QFileInfo(viewer->currentOutput().path).fileName()));
}

// While a live preview is on screen the details speak of the running job, not of the
// output shown before it; back on the output, its settings return.
void tst_Viewer::detailsFollowTheLivePreview()
{
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, m_dir.filePath(u"libraryLive"_s));
    store.open();
    ViewerPane pane(&store);
    pane.setJobNames([](const QString &jobId) { return jobId == u"j7"_s ? u"Portrait sweep 3/16"_s : QString(); });
    pane.resize(900, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QTRY_VERIFY(!pane.filmstrip()->model()->isLoading()); // the strip's first page, read on its worker
    pane.setDetailsVisible(true);
    QVERIFY(addStored(store, u"before.png"_s, Qt::red, samplerPrompt(u"12"_s, u"8.5"_s)) > 0);
    QTRY_VERIFY(pane.details()->text().contains(u"Seed: 12"_s));

    QImage frame(32, 32, QImage::Format_RGB32);
    frame.fill(Qt::gray);
    pane.showPreview(u"j7"_s, u"3"_s, frame);
    QTRY_VERIFY(pane.isShowingLive()); // at display rate
    QString details = pane.details()->text();
    QVERIFY2(details.contains(u"Preview of Portrait sweep 3/16"_s), qPrintable(details));
    QVERIFY2(!details.contains(u"Seed: 12"_s) && !details.contains(u"before.png"_s), qPrintable(details));

    // Space: back to the output, and to its details.
    pane.toggleLive();
    QVERIFY(!pane.isShowingLive());
    QTRY_VERIFY(pane.details()->text().contains(u"Seed: 12"_s));
    QVERIFY(!pane.details()->text().contains(u"Preview of"_s));
}

// Frames and outputs that come faster than a display interval make one change on screen:
// the newest (a frame of the last job, or its output), none shown late in a queue. The
// details, closed, are not filled for each; they are filled when opened.
void tst_Viewer::followingShowsTheNewestAtDisplayRate()
{
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, m_dir.filePath(u"libraryBurst"_s));
    store.open();
    ViewerPane pane(&store);
    pane.setJobNames([](const QString &jobId) { return u"Run %1"_s.arg(jobId); });
    pane.resize(900, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QTRY_VERIFY(!pane.filmstrip()->model()->isLoading()); // the strip's first page, read on its worker
    DisplayThrottle *throttle = pane.followThrottle();
    throttle->setIntervalMs(3600 * 1000); // only flush() ends the interval
    const qint64 shownBefore = throttle->applyCount();
    // The first job's four frames come together: the pane was idle, so the newest of them
    // shows on the next turn of the event loop. Everything after waits for the interval.
    for (int job = 0; job < 10; ++job) {
        for (int step = 0; step < 4; ++step) {
            QImage frame(32, 32, QImage::Format_RGB32);
            frame.fill(QColor(job * 20, step * 60, 0));
            pane.showPreview(u"j%1"_s.arg(job), u"2"_s, frame);
        }
        QCoreApplication::processEvents();
        if (job == 0) {
            QCOMPARE(throttle->applyCount(), shownBefore + 1);
            QVERIFY(pane.isShowingLive());
            QCOMPARE(pane.imageView()->image().pixelColor(0, 0), QColor(0, 180, 0));
        }
    }
    QCOMPARE(throttle->applyCount(), shownBefore + 1);
    QCOMPARE(pane.imageView()->image().pixelColor(0, 0), QColor(0, 180, 0));
    throttle->flush();
    QCOMPARE(throttle->applyCount(), shownBefore + 2);
    QVERIFY(pane.isShowingLive());
    QCOMPARE(pane.imageView()->image().pixelColor(0, 0), QColor(180, 180, 0));
    // Closed details were not filled; opened, they speak of the job on screen.
    QCOMPARE(pane.details()->text().contains(u"Preview of"_s), false);
    pane.setDetailsVisible(true);
    QVERIFY2(pane.details()->text().contains(u"Preview of Run j9"_s), qPrintable(pane.details()->text()));

    // Its output is stored after more frames: the output is what stays.
    const qint64 id = addStored(store, u"burst.png"_s, Qt::blue);
    QVERIFY(id > 0);
    QCOMPARE(throttle->applyCount(), shownBefore + 2);
    throttle->flush();
    QCOMPARE(throttle->applyCount(), shownBefore + 3);
    QVERIFY(!pane.isShowingLive());
    QCOMPARE(pane.currentOutput().id, id);
    QTRY_VERIFY(pane.details()->text().contains(u"burst.png"_s));
}

// Another process holds the index's write lock (busy_timeout 10 s): a favourite is shown
// at once and written by the actions' worker when the lock goes, while the window's event
// loop keeps running (it used to wait here up to 10 s, then fail).
void tst_Viewer::lockedIndexNeverHoldsAFavourite()
{
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, m_dir.filePath(u"library-locked"_s));
    store.open();
    const qint64 id = addStored(store, u"locked.png"_s, Qt::red);
    QVERIFY(id > 0);
    OutputRef ref;
    ref.id = id;
    ref.path = store.index()->output(id)->path;
    QVERIFY(!store.index()->output(id)->favourite);
    OutputActions actions(&store, nullptr);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        other.setDatabaseName(store.index()->databasePath());
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));
        QSignalSpy favourites(&actions, &OutputActions::favouriteChanged);
        QSignalSpy messages(&actions, &OutputActions::messageRaised);
        int ticks = 0;
        QTimer timer;
        timer.setInterval(10);
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        timer.start();
        actions.toggleFavourite(ref);
        QTRY_COMPARE(favourites.size(), 1); // the views follow once read, not after the lock
        QVERIFY(favourites.first().at(1).toBool());
        QTRY_VERIFY(ticks >= 5);
        QVERIFY(!store.index()->output(id)->favourite); // waiting for the lock
        QVERIFY(lock.exec(u"COMMIT"_s));
        QTRY_VERIFY(store.index()->output(id)->favourite);
        QCOMPARE(messages.size(), 0);
        QCOMPARE(favourites.size(), 1); // nothing to take back

        // To the trash under the lock: the file moves and the row goes on the worker.
        actions.setTrashFunction([this](const QString &path, QString *where) {
            *where = m_dir.filePath(u"trashed-locked.png"_s);
            return QFile::rename(path, *where);
        });
        QSignalSpy trashed(&actions, &OutputActions::outputTrashed);
        QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));
        ticks = 0;
        actions.moveToTrash(ref);
        QTRY_VERIFY(ticks >= 5);
        QVERIFY(store.index()->output(id)); // the row waits for the lock
        QCOMPARE(trashed.size(), 0);
        QVERIFY(lock.exec(u"COMMIT"_s));
        QTRY_COMPARE(trashed.size(), 1);
        QVERIFY(!store.index()->output(id));
        QVERIFY(!QFile::exists(ref.path));
    }
    QSqlDatabase::removeDatabase(u"locker"_s);
}

// Mid-batch the artist clicks an older picture: it stays under the pointer while the rest
// of the batch arrives at the end (no jump), and "Back to Live" goes to the newest.
// The tag dialog's tags (the output's, and the library's for completion) are read on the
// actions' worker, never on the GUI thread's connection: with that connection closed, the
// dialog still opens with them (it opened empty when they were read here).
void tst_Viewer::tagDialogReadsItsTagsOffTheGuiThread()
{
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, m_dir.filePath(u"library-tags"_s));
    store.open();
    const qint64 id = addStored(store, u"tagged.png"_s, Qt::blue);
    const qint64 other = addStored(store, u"other.png"_s, Qt::green);
    QVERIFY(id > 0 && other > 0);
    QVERIFY(store.index()->addTag(id, u"sunset"_s));
    QVERIFY(store.index()->addTag(other, u"beach"_s));
    OutputActions actions(&store, nullptr);
    QCOMPARE(closeIndexConnections(store.index()->databasePath()), 1);
    QVERIFY(store.index()->tags(id).isEmpty()); // nothing read here any more

    OutputRef ref;
    ref.id = id;
    actions.editTags(ref);
    const auto dialog = [] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *found = qobject_cast<TagDialog *>(widget); found && found->isVisible())
                return found;
        }
        return static_cast<TagDialog *>(nullptr);
    };
    QTRY_VERIFY(dialog());
    auto *list = dialog()->findChild<QListWidget *>(u"tagList"_s);
    QVERIFY(list);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), u"sunset"_s);
    QCOMPARE(list->item(0)->checkState(), Qt::Checked);
    auto *edit = dialog()->findChild<QLineEdit *>(u"newTagEdit"_s);
    QVERIFY(edit && edit->completer());
    auto *known = qobject_cast<QStringListModel *>(edit->completer()->model());
    QVERIFY(known);
    QStringList all = known->stringList();
    all.sort();
    QCOMPARE(all, (QStringList{u"beach"_s, u"sunset"_s}));
    dialog()->reject();
}

// "Favourite" reads the output's record on the actions' worker, not on the GUI thread's
// connection: with that closed, toggles still flip it (nothing happened when it was read
// here), and a toggle asked while a write is out flips what the artist sees.
void tst_Viewer::favouriteToggleReadsOffTheGuiThread()
{
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, m_dir.filePath(u"library-favourite"_s));
    store.open();
    const qint64 id = addStored(store, u"liked.png"_s, Qt::yellow);
    QVERIFY(id > 0);
    QVERIFY(!store.index()->output(id)->favourite);
    OutputActions actions(&store, nullptr);
    QSignalSpy favourites(&actions, &OutputActions::favouriteChanged);
    QSignalSpy messages(&actions, &OutputActions::messageRaised);
    QCOMPARE(closeIndexConnections(store.index()->databasePath()), 1);
    QVERIFY(!store.index()->output(id)); // nothing read here any more

    OutputRef ref;
    ref.id = id;
    actions.toggleFavourite(ref);
    QTRY_COMPARE(favourites.size(), 1);
    QCOMPARE(favourites.at(0).at(0).toLongLong(), id);
    QVERIFY(favourites.at(0).at(1).toBool());
    actions.toggleFavourite(ref); // at once, while its write may still be out
    actions.toggleFavourite(ref);
    QTRY_COMPARE(favourites.size(), 3);
    QVERIFY(!favourites.at(1).at(1).toBool());
    QVERIFY(favourites.at(2).at(1).toBool());
    QCOMPARE(messages.size(), 0);
    // Written: read back through a connection of the test's own, once the writes are in.
    {
        QSqlDatabase check = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"favourite-check"_s);
        check.setDatabaseName(store.index()->databasePath());
        QVERIFY(check.open());
        const auto stored = [&check, id] {
            QSqlQuery query(check);
            query.prepare(u"SELECT favourite FROM outputs WHERE id = ?"_s);
            query.addBindValue(id);
            return query.exec() && query.next() ? query.value(0).toInt() : -1;
        };
        QTRY_COMPARE(stored(), 1);
    }
    QSqlDatabase::removeDatabase(u"favourite-check"_s);
    QCOMPARE(messages.size(), 0);
}

// The menu's Favourite tick (of one output, of a selection), Show Workflow and Use These
// Settings read the index on the actions' worker: with the GUI thread's connection closed
// they still say what the library has.
void tst_Viewer::menuAndSettingsReadOffTheGuiThread()
{
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, m_dir.filePath(u"library-menu-read"_s));
    store.open();
    const QByteArray api = R"({"3":{"class_type":"KSampler","inputs":{"seed":5}}})";
    const qint64 liked = addStored(store, u"menu-liked.png"_s, Qt::yellow, api);
    const qint64 other = addStored(store, u"menu-other.png"_s, Qt::green);
    QVERIFY(liked > 0 && other > 0);
    QVERIFY(store.index()->setFavourite(liked, true));
    QVERIFY(store.index()->setFavourite(other, true));
    const OutputRef likedRef{liked, store.index()->output(liked)->path, u"job-menu-liked.png"_s, u"9"_s};
    const OutputRef otherRef{other, store.index()->output(other)->path, u"job-menu-other.png"_s, u"9"_s};
    OutputActions actions(&store, nullptr);
    QSignalSpy shown(&actions, &OutputActions::showWorkflowRequested);
    QSignalSpy used(&actions, &OutputActions::useSettingsRequested);
    QCOMPARE(closeIndexConnections(store.index()->databasePath()), 1);
    QVERIFY(!store.index()->output(liked)); // nothing read here any more

    std::unique_ptr<QMenu> single(actions.createMenu(likedRef, nullptr));
    QTRY_VERIFY(single->findChild<QAction *>(u"actionFavourite"_s)->isChecked());
    std::unique_ptr<QMenu> both(actions.createMenu(QList<OutputRef>{likedRef, otherRef}, nullptr));
    QTRY_VERIFY(both->findChild<QAction *>(u"actionFavourite"_s)->isChecked()); // all of them are

    actions.showWorkflow(likedRef);
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(shown.first().at(0).toString(), likedRef.path);
    QCOMPARE(shown.first().at(1).toByteArray(), api);
    actions.useSettings(likedRef);
    QTRY_COMPARE(used.size(), 1);
    QCOMPARE(used.first().at(0).toByteArray(), api);
}

// The details beside the picture read the record and the job's prompt on a worker: with the
// GUI thread's connection closed they still show the settings; an answer for an output no
// longer shown is dropped.
void tst_Viewer::detailsReadOffTheGuiThread()
{
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, m_dir.filePath(u"library-details-read"_s));
    store.open();
    const qint64 first = addStored(store, u"details-a.png"_s, Qt::red, samplerPrompt(u"31"_s, u"7"_s));
    const qint64 second = addStored(store, u"details-b.png"_s, Qt::blue, samplerPrompt(u"32"_s, u"8.5"_s));
    QVERIFY(first > 0 && second > 0);
    const OutputRef a{first, store.index()->output(first)->path, u"job-details-a.png"_s, u"9"_s};
    const OutputRef b{second, store.index()->output(second)->path, u"job-details-b.png"_s, u"9"_s};
    OutputDetails details(&store);
    QCOMPARE(closeIndexConnections(store.index()->databasePath()), 1);
    QVERIFY(!store.index()->output(first)); // nothing read here any more

    details.showOutput(a);
    details.showOutput(b); // before a's answer is in
    QTRY_VERIFY2(details.text().contains(u"Seed: 32"_s), qPrintable(details.text()));
    QVERIFY(details.text().contains(u"CFG: 8.5"_s));
    QVERIFY(details.text().contains(u"Workflow: portrait.json"_s));
    QVERIFY2(!details.text().contains(u"Seed: 31"_s), qPrintable(details.text()));
    QVERIFY(details.findChild<QToolButton *>(u"detailsShowPrompt"_s)->isEnabled());
    // The preview clears them; a late answer does not bring them back.
    details.showOutput(a);
    details.showPreview(u"Run j1"_s);
    QVERIFY(details.text().contains(u"Preview of Run j1"_s));
    details.showOutput(b);
    QTRY_VERIFY(details.text().contains(u"Seed: 32"_s));
    QVERIFY(!details.text().contains(u"Seed: 31"_s));

    // The compare's labels too: each side's seed and its own CFG.
    ComparePane compare(&store);
    compare.compare(a, b);
    QVERIFY(compare.leftLabel().startsWith(u"A · details-a.png"_s)); // the names at once
    QTRY_VERIFY2(compare.rightLabel().contains(u"Seed 32"_s), qPrintable(compare.rightLabel()));
    QVERIFY2(compare.leftLabel().contains(u"Seed 31"_s) && compare.leftLabel().contains(u"CFG 7"_s),
             qPrintable(compare.leftLabel()));
    QVERIFY(compare.rightLabel().contains(u"CFG 8.5"_s));
}

// The file's size beside the pixel size is asked on a worker, for an output of the library
// (with its record) and for a file from elsewhere alike: it is not there when showOutput
// returns (it was, read on the GUI thread, before), and it comes after the pixel size
// without replacing it.
void tst_Viewer::detailsAskTheFileSizeOffTheGuiThread()
{
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, m_dir.filePath(u"library-details-size"_s));
    store.open();
    const qint64 id = addStored(store, u"sized.png"_s, Qt::red, samplerPrompt(u"41"_s, u"7"_s));
    QVERIFY(id > 0);
    const QString path = store.index()->output(id)->path;
    const QString size = QLocale().formattedDataSize(QFileInfo(path).size());
    OutputDetails details(&store);
    for (const OutputRef &output : {OutputRef{id, path, u"job-sized.png"_s, u"9"_s}, OutputRef{0, path, {}, {}}}) {
        details.showOutput(output);
        QVERIFY2(!details.text().contains(size), qPrintable(details.text()));
        details.setPixelSize(QSize(64, 48));
        QTRY_VERIFY2(details.text().contains(u"64 × 48 px · "_s + size), qPrintable(details.text()));
    }
}

// The positive prompt wrapped into a column of a few words beside its label in the
// details panel at 1366×768: a long text goes under its label, across the whole width.
void tst_Viewer::detailsGiveAPromptTheWholeWidth()
{
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, m_dir.filePath(u"library-details-width"_s));
    store.open();
    const qint64 id = addStored(store, u"details-width.png"_s, Qt::red, samplerPrompt(u"51"_s, u"7"_s));
    QVERIFY(id > 0);
    OutputDetails details(&store);
    details.resize(240, 600);
    details.show();
    QVERIFY(QTest::qWaitForWindowExposed(&details));
    details.showOutput({id, store.index()->output(id)->path, u"job-details-width.png"_s, u"9"_s});
    QTRY_VERIFY2(details.text().contains(u"Seed: 51"_s), qPrintable(details.text()));
    QLabel *prompt = nullptr;
    QLabel *seed = nullptr;
    for (QLabel *label : details.findChildren<QLabel *>()) {
        if (label->text() == u"a lighthouse at dusk"_s)
            prompt = label;
        else if (label->text() == u"51"_s)
            seed = label;
    }
    QVERIFY(prompt && seed);
    QTRY_VERIFY(prompt->isVisible() && prompt->width() > 0);
    // The prompt starts at the panel's left, as wide as the rows are; a short value
    // stays beside its label.
    QVERIFY2(prompt->x() < seed->x(), qPrintable(u"%1 %2"_s.arg(prompt->x()).arg(seed->x())));
    QVERIFY2(prompt->width() > seed->parentWidget()->width() * 3 / 4,
             qPrintable(u"%1 of %2"_s.arg(prompt->width()).arg(seed->parentWidget()->width())));
    // Its label is still read with it.
    QVERIFY2(details.text().contains(u": a lighthouse at dusk"_s), qPrintable(details.text()));
}

// The Details panel at its narrowest (~195 px beside the viewer at 1366x768): nothing runs
// past its right edge. "The settings appear here when…" did not wrap, so the panel's rows
// were laid out wider than the panel: the preview's title was cut ("Preview of Text to
// image (SD") and a 16-digit seed beside its label lost its last digits.
void tst_Viewer::detailsStayWithinTheirPanel()
{
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, m_dir.filePath(u"library-details-edge"_s));
    store.open();
    const qint64 id = addStored(store, u"details-edge.png"_s, Qt::red, samplerPrompt(u"1091086361120934"_s, u"7"_s));
    QVERIFY(id > 0);
    OutputDetails details(&store);
    details.resize(200, 600);
    details.show();
    QVERIFY(QTest::qWaitForWindowExposed(&details));
    auto *scroll = details.findChild<QScrollArea *>();
    QVERIFY(scroll);
    const auto overflowing = [&] {
        QStringList out;
        for (QLabel *label : details.findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            const QRect box(label->mapTo(scroll->viewport(), QPoint(0, 0)), label->size());
            // The text's own width too: a label may be wider than the panel yet draw less.
            const int textWidth = label->wordWrap() ? 0 : label->fontMetrics().horizontalAdvance(label->text());
            if (box.right() >= scroll->viewport()->width() || box.left() + textWidth > scroll->viewport()->width())
                out << u"%1 (%2..%3 of %4)"_s.arg(label->text()).arg(box.left()).arg(box.right()).arg(scroll->viewport()->width());
        }
        return out;
    };
    details.showPreview(u"Text to image (SD 1.5) 1/9 · Seed 644179989292647, CFG 5"_s);
    QCoreApplication::processEvents();
    QVERIFY2(overflowing().isEmpty(), qPrintable(overflowing().join(u"; "_s)));

    details.showOutput({id, store.index()->output(id)->path, u"job-details-edge.png"_s, u"9"_s});
    QTRY_VERIFY2(details.text().contains(u"Seed: 1091086361120934"_s), qPrintable(details.text()));
    QCoreApplication::processEvents();
    QVERIFY2(overflowing().isEmpty(), qPrintable(overflowing().join(u"; "_s)));
}

void tst_Viewer::filmstripKeepsAnOlderPickInPlace()
{
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, m_dir.filePath(u"library-pick"_s));
    store.open();
    ViewerPane pane(&store);
    pane.resize(1000, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QTRY_VERIFY(!pane.filmstrip()->model()->isLoading()); // the strip's first page, read on its worker
    Filmstrip *strip = pane.filmstrip();
    QList<qint64> ids;
    for (int i = 0; i < 9; ++i)
        ids.append(addStored(store, u"pick%1.png"_s.arg(i), Qt::blue));
    QTRY_COMPARE(pane.currentOutput().id, ids.constLast());
    StripView *view = strip->view();
    const QModelIndex picked = strip->model()->indexOfId(ids.at(2));
    const QPoint at = view->visualRect(picked).center();
    const int before = view->horizontalScrollBar()->value();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(pane.currentOutput().id, ids.at(2));
    QVERIFY(!strip->isFollowing());
    QCoreApplication::processEvents();
    QCOMPARE(view->horizontalScrollBar()->value(), before);
    for (int i = 9; i < 30; ++i) {
        ids.append(addStored(store, u"pick%1.png"_s.arg(i), Qt::blue));
        QCoreApplication::processEvents();
    }
    QCOMPARE(strip->model()->rowCount(), 30);
    QCOMPARE(view->horizontalScrollBar()->value(), before);
    QCOMPARE(view->indexAt(at), strip->model()->indexOfId(ids.at(2)));
    QCOMPARE(pane.currentOutput().id, ids.at(2));
    // Back to live: the newest, scrolled into view.
    QTest::mouseClick(strip->findChild<QToolButton *>(u"backToLive"_s), Qt::LeftButton);
    QTRY_COMPARE(pane.currentOutput().id, ids.constLast());
    QCOMPARE(view->horizontalScrollBar()->value(), view->horizontalScrollBar()->maximum());
}

// "Back to live" is offered only while a job runs: on an idle queue (a picked output,
// compare) there is nothing live to go back to; a job running brings it back, and it goes
// when the job ends.
void tst_Viewer::backToLiveOnlyWhileAJobRuns()
{
    Sim::SimServer sim;
    sim.setStepMs(20);
    QVERIFY(sim.listen(QHostAddress::LocalHost, 0) != 0);
    const QString workflow = writeRecordedWorkflow(u"live-button.json"_s);
    QVERIFY(!workflow.isEmpty());

    MainWindow window(sim.baseUrl(), m_dir.filePath(u"outputs-live-button"_s));
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openWorkflow(workflow);
    ViewerPane *viewer = window.viewer();
    QVERIFY(viewer && viewer->filmstrip());
    Filmstrip *strip = viewer->filmstrip();
    auto *live = strip->findChild<QToolButton *>(u"backToLive"_s);
    auto *queueButton = window.findChild<QPushButton *>(u"queueButton"_s);
    auto *count = window.findChild<QSpinBox *>(u"countSpin"_s);
    QVERIFY(live && queueButton && count);
    QTRY_VERIFY(queueButton->isEnabled());

    // Two outputs, then the queue is idle.
    count->setValue(2);
    QTest::mouseClick(queueButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(strip->model()->rowCount(), 2, 20000);
    for (int row = 0; row < 2; ++row) {
        const QString jobId = window.jobQueue()->index(row, 0).data(JobQueue::JobIdRole).toString();
        QTRY_COMPARE(window.jobQueue()->job(jobId)->state, QueuedJob::State::Done);
    }
    // Compare on an idle queue: the strip stops following, yet nothing live is offered.
    viewer->compareOutputs(strip->outputAt(0), strip->outputAt(1));
    QVERIFY(viewer->isComparing());
    QVERIFY(!strip->isFollowing());
    QVERIFY(live->isHidden());
    // An older output picked: the same.
    viewer->showOutput(strip->outputAt(0));
    QVERIFY(strip->selectOutput(strip->outputAt(0).id));
    QVERIFY(!strip->isFollowing());
    QVERIFY(live->isHidden());

    // A job runs: "Back to live" comes back while the artist looks at an older one.
    sim.setStepMs(150);
    count->setValue(1);
    QTest::mouseClick(queueButton, Qt::LeftButton);
    const QString jobId = window.jobQueue()->index(2, 0).data(JobQueue::JobIdRole).toString();
    QTRY_COMPARE_WITH_TIMEOUT(window.jobQueue()->job(jobId)->state, QueuedJob::State::Running, 15000);
    QVERIFY(!strip->isFollowing());
    QVERIFY(!live->isHidden());
    // And it goes when the job has ended.
    QTRY_COMPARE_WITH_TIMEOUT(window.jobQueue()->job(jobId)->state, QueuedJob::State::Done, 30000);
    QVERIFY(live->isHidden());
    QVERIFY(!strip->isFollowing());
}

QTEST_MAIN(tst_Viewer)
#include "tst_viewer.moc"
