// The viewer (issue 18), measured as the window uses it, offscreen:
//  - open and show a 4096² and a 16384² PNG through ImageView: time from openFile to the
//    first paint of the picture, peak RSS growth (VmHWM, reset through clear_refs before
//    each), and the longest stall of the GUI event loop while it decodes (a 2 ms timer's
//    largest gap);
//  - the same with a stand-in in memory (the filmstrip's thumbnail): time to the stand-in
//    on screen, and to the decoded picture;
//  - PNG decoders side by side: Qt, libpng rows, PngBandDecoder (CPU and wall);
//  - zoom a 4096² picture from fit to 800 % and back around a point, one repaint per
//    wheel notch: frame time p50/p99/max;
//  - a filmstrip of 2,000 outputs of a real library scrolled end to end, one repaint per
//    step, thumbnails decoding meanwhile: frame time p50/p99/max.
// Test pictures are written once to $TMPDIR/easel-bench-viewer (gradients with noise, so
// they compress like real renders, not like flat colour).
#include "processmemory.h"
#include "comfyclient.h"
#include "filmstrip.h"
#include "fullrestiles.h"
#include "gallerymodel.h"
#include "imageview.h"
#include "libraryindex.h"
#include "outputrecord.h"
#include "outputstore.h"
#include "pngbanddecoder.h"
#include "regionreader.h"
#include "thumbnailprovider.h"

#include <QApplication>
#include <QColorSpace>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImageReader>
#include <QImageWriter>
#include <QListView>
#include <QProcess>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include "benchsupport.h"

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {

using Easel::ProcessMemory::statusKiB;

// Process CPU time (all threads): on a loaded machine wall time waits for a core, CPU
// time is what the work itself costs.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
           + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

void resetPeak()
{
    QFile file(u"/proc/self/clear_refs"_s);
    if (file.open(QIODevice::WriteOnly))
        file.write("5");
}

QString makePicture(int side)
{
    const QString dir = QDir::tempPath() + u"/easel-bench-viewer"_s;
    QDir().mkpath(dir);
    const QString path = dir + u"/grain-%1.png"_s.arg(side);
    if (QFile::exists(path))
        return path;
    QImage image(side, side, QImage::Format_RGB888);
    quint32 state = 12345;
    for (int y = 0; y < side; ++y) {
        uchar *row = image.scanLine(y);
        for (int x = 0; x < side; ++x) {
            state = state * 1664525u + 1013904223u;
            // A little grain (±2), as renders have; flat colour would flatter the decoder.
            const int noise = int((state >> 24) & 3) - 2;
            row[3 * x + 0] = uchar(std::clamp(x * 255 / side + noise, 0, 255));
            row[3 * x + 1] = uchar(std::clamp(y * 255 / side + noise, 0, 255));
            row[3 * x + 2] = uchar(std::clamp((x + y) * 127 / side + noise, 0, 255));
        }
    }
    // Qt writes PNG rows unfiltered, which deflate cannot shrink (a file the size of the
    // raw pixels); ComfyUI's SaveImage writes through PIL with adaptive row filters at
    // compress_level=4. ImageMagick re-encodes it that way when it is installed.
    const QString raw = path + u".qt.png"_s;
    QImageWriter writer(raw, "png");
    if (!writer.write(image))
        return {};
    image = QImage();
    if (QProcess::execute(u"/usr/bin/convert"_s, {raw, u"-define"_s, u"png:compression-level=4"_s, u"-define"_s,
                                                   u"png:compression-filter=5"_s, path})
        != 0) {
        QFile::rename(raw, path);
    }
    QFile::remove(raw);
    return QFile::exists(path) ? path : QString();
}

struct Stats
{
    double p50 = 0, p99 = 0, max = 0;
};

Stats stats(QList<double> values)
{
    Stats s;
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    s.p50 = values.at(values.size() / 2);
    s.p99 = values.at(std::min<qsizetype>(values.size() - 1, qsizetype(values.size() * 0.99)));
    s.max = values.last();
    return s;
}

void openPicture(int side)
{
    const QString path = makePicture(side);
    if (path.isEmpty()) {
        std::printf("open %d²: cannot write the test picture\n", side);
        return;
    }
    for (int round = 0; round < 3; ++round) {
        ImageView view;
        view.resize(1280, 800);
        view.show();
        spinUntil([&] { return view.isVisible(); }, 1000);
        QApplication::processEvents();
        resetPeak();
        const qint64 before = statusKiB("VmRSS:");
        // The event loop's longest gap while the picture decodes.
        QElapsedTimer gap;
        double longestGap = 0;
        QTimer ticker;
        ticker.setInterval(2);
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            longestGap = std::max(longestGap, gap.nsecsElapsed() / 1e6);
            gap.restart();
        });
        bool painted = false;
        QElapsedTimer elapsed;
        const double cpuBefore = cpuMs();
        elapsed.start();
        gap.start();
        ticker.start();
        // The first band of the picture itself (its top rows at full quality) on screen.
        double firstBand = -1;
        QObject::connect(&view, &ImageView::viewChanged, [&] {
            if (firstBand < 0 && view.isShowingPartial()) {
                view.repaint();
                firstBand = elapsed.nsecsElapsed() / 1e6;
            }
        });
        QObject::connect(&view, &ImageView::imageLoaded, [&] {
            view.repaint(); // the first paint of the whole picture
            painted = true;
        });
        view.openFile(path);
        const double returned = elapsed.nsecsElapsed() / 1e6;
        spinUntil([&] { return painted; }, 60000);
        const double shown = elapsed.nsecsElapsed() / 1e6;
        const double cpu = cpuMs() - cpuBefore;
        ticker.stop();
        const qint64 peak = statusKiB("VmHWM:");
        std::printf("open %5d²  round %d: whole picture on screen %7.1f ms (CPU %7.1f ms; first band %6.1f ms; "
                    "openFile returned in %.2f ms), peak RSS +%lld MiB, longest GUI stall %.1f ms, working copy %dx%d\n",
                    side, round + 1, shown, cpu, firstBand, returned, (peak - before) / 1024, longestGap,
                    view.image().width(), view.image().height());
    }
}

// The first view when a stand-in is in memory (ImageView::openFile's second argument: the
// filmstrip's 72 px thumbnail, as ViewerPane passes it, made before the clock starts): time
// to the first paint of the stand-in (the whole picture at thumbnail fidelity, marked as a
// preview) and to the first paint of the decoded working copy (full fidelity at fit).
void openWithStandIn(int side)
{
    const QString path = makePicture(side);
    QTemporaryDir cache;
    const QImage thumbnail = ThumbnailProvider::makeThumbnail(path, 72, cache.path());
    if (path.isEmpty() || thumbnail.isNull()) {
        std::printf("standin %d²: cannot write the test picture or its thumbnail\n", side);
        return;
    }
    for (int round = 0; round < 3; ++round) {
        ImageView view;
        view.resize(1280, 800);
        view.show();
        spinUntil([&] { return view.isVisible(); }, 1000);
        QApplication::processEvents();
        double standInShown = -1;
        bool painted = false;
        QElapsedTimer elapsed;
        elapsed.start();
        QObject::connect(&view, &ImageView::viewChanged, [&] {
            if (standInShown < 0 && view.isShowingStandIn()) {
                view.repaint();
                standInShown = elapsed.nsecsElapsed() / 1e6;
            }
        });
        QObject::connect(&view, &ImageView::imageLoaded, [&] {
            view.repaint();
            painted = true;
        });
        view.openFile(path, thumbnail);
        spinUntil([&] { return painted; }, 60000);
        const double shown = elapsed.nsecsElapsed() / 1e6;
        std::printf("standin %5d² round %d: stand-in (%dx%d) on screen %6.1f ms, decoded picture on screen %7.1f ms\n",
                    side, round + 1, thumbnail.width(), thumbnail.height(), standInShown, shown);
    }
}

// Qt's PNG reader against libpng driven row by row (RegionReader, the whole picture as one
// region; the same system libpng underneath, so this says what Qt's layer costs) and
// against PngBandDecoder (ISA-L inflate and SSE2 unfilter), on one thread and with inflate
// on a second; then the 16384² picture to its 4096² working copy, Qt's scaled read against
// PngBandDecoder's reduction by 4.
void comparePngDecoders()
{
    const QString path = makePicture(4096);
    const auto band = [](const QString &file, int factor, bool pipelined) {
        QFile input(file);
        input.open(QIODevice::ReadOnly);
        PngBandDecoder decoder(&input);
        decoder.open();
        PngBandDecoder::Options options;
        options.factor = factor;
        options.pipelined = pipelined;
        return decoder.decode(options);
    };
    for (int round = 0; round < 3; ++round) {
        double before = cpuMs();
        const QImage qt = QImageReader(path).read();
        const double qtMs = cpuMs() - before;
        before = cpuMs();
        const QImage direct = RegionReader::read(path, QRect(0, 0, 4096, 4096));
        const double directMs = cpuMs() - before;
        QElapsedTimer wall;
        wall.start();
        before = cpuMs();
        const QImage alone = band(path, 1, false);
        const double aloneMs = cpuMs() - before;
        const double aloneWall = wall.nsecsElapsed() / 1e6;
        wall.start();
        before = cpuMs();
        const QImage paired = band(path, 1, true);
        const double pairedMs = cpuMs() - before;
        const double pairedWall = wall.nsecsElapsed() / 1e6;
        // Pixels only: Qt also tags the image with the file's colour space.
        QImage fromQt = qt.convertToFormat(QImage::Format_RGB32);
        fromQt.setColorSpace(QColorSpace());
        const bool same = fromQt == direct.convertToFormat(QImage::Format_RGB32) && fromQt == alone && fromQt == paired;
        std::printf("decode 4096² round %d: QImageReader CPU %6.1f ms, libpng rows (RegionReader) CPU %6.1f ms, "
                    "PngBandDecoder CPU %6.1f ms (wall %6.1f), with inflate on a 2nd thread CPU %6.1f ms (wall %6.1f)%s\n",
                    round + 1, qtMs, directMs, aloneMs, aloneWall, pairedMs, pairedWall,
                    same ? ", same pixels" : ", PIXELS DIFFER");
    }
    const QString large = makePicture(16384);
    for (int round = 0; round < 2; ++round) {
        double before = cpuMs();
        QImageReader reader(large);
        reader.setScaledSize(QSize(4096, 4096));
        const QImage qt = reader.read();
        const double qtMs = cpuMs() - before;
        QElapsedTimer wall;
        wall.start();
        before = cpuMs();
        const QImage paired = band(large, 4, true);
        std::printf("decode 16384² to 4096² round %d: QImageReader scaled CPU %7.1f ms, PngBandDecoder by 4 with "
                    "inflate on a 2nd thread CPU %7.1f ms (wall %7.1f)%s\n",
                    round + 1, qtMs, cpuMs() - before, wall.nsecsElapsed() / 1e6,
                    paired.size() == qt.size() ? "" : ", SIZES DIFFER");
    }
}

// 100 % on a corner of the 16384² picture: the time until the file's own pixels are on
// screen (tiles read by libpng from the first row down to the corner's last) and the
// process's peak RSS over before the picture was opened.
void zoomIntoTiles()
{
    const QString path = makePicture(16384);
    for (int round = 0; round < 2; ++round) {
        ImageView view;
        view.resize(1280, 800);
        view.show();
        spinUntil([&] { return view.isVisible(); }, 1000);
        QApplication::processEvents();
        resetPeak();
        const qint64 before = statusKiB("VmRSS:");
        view.openFile(path);
        spinUntil([&] { return view.hasImage() && !view.isLoading(); }, 120000);
        // The third step pans 400 px left from the bottom-right corner; then jumps to the
        // middle and to the bottom-left corner, outside the tiles read so far: with the
        // inflate checkpoints of the first pass each costs one band of rows, not a pass.
        for (const QPointF centre : {QPointF(640, 400), QPointF(16384 - 640, 16384 - 400),
                                     QPointF(16384 - 1040, 16384 - 400), QPointF(8192, 8192),
                                     QPointF(640, 16384 - 400)}) {
            QElapsedTimer elapsed;
            const double cpuBefore = cpuMs();
            elapsed.start();
            view.setView(1.0, centre);
            view.repaint(); // asks for the tiles
            spinUntil([&] { return !view.fullResTiles()->isReading(); }, 120000);
            view.repaint();
            const double shown = elapsed.nsecsElapsed() / 1e6;
            std::printf("tiles 16384² round %d, 100 %% at %5.0f,%5.0f: full resolution on screen %7.1f ms "
                        "(CPU %7.1f ms), tile cache %lld MiB\n",
                        round + 1, centre.x(), centre.y(), shown, cpuMs() - cpuBefore,
                        view.fullResTiles()->cachedBytes() / (1024 * 1024));
        }
        std::printf("tiles 16384² round %d: peak RSS +%lld MiB over before opening\n", round + 1,
                    (statusKiB("VmHWM:") - before) / 1024);
    }
}

void zoomPicture()
{
    ImageView view;
    view.resize(1280, 800);
    view.show();
    view.openFile(makePicture(4096));
    spinUntil([&] { return view.hasImage() && !view.isLoading(); }, 30000);
    QList<double> frames;
    QElapsedTimer timer;
    const QPointF at(700, 380);
    for (int pass = 0; pass < 3; ++pass) {
        view.fitToWindow();
        // Fit (about 20 %) to 800 % in wheel notches (×1.25), then back.
        QList<double> zooms;
        for (double zoom = view.zoom(); zoom < 8.0; zoom *= 1.25)
            zooms.append(zoom);
        QList<double> back = zooms;
        std::reverse(back.begin(), back.end());
        zooms.append(back);
        for (const double zoom : std::as_const(zooms)) {
            timer.start();
            view.setZoom(zoom, at);
            view.repaint();
            frames.append(timer.nsecsElapsed() / 1e6);
        }
    }
    const Stats s = stats(frames);
    std::printf("zoom 4096² fit↔800 %% at 1280x800: %lld frames, frame time p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                qint64(frames.size()), s.p50, s.p99, s.max);
}

void scrollFilmstrip()
{
    QTemporaryDir dir;
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, dir.path());
    store.open();
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    QImage image(512, 512, QImage::Format_RGB32);
    store.index()->transaction();
    for (int i = 0; i < 2000; ++i) {
        image.fill(QColor::fromHsv(i % 360, 160, 200));
        OutputRecord record;
        record.server = store.server();
        record.promptId = u"job-%1"_s.arg(i);
        record.nodeId = u"9"_s;
        record.serverFileName = u"ComfyUI_%1_.png"_s.arg(i, 5, 10, QLatin1Char('0'));
        record.type = u"output"_s;
        record.path = dir.filePath(record.serverFileName);
        record.createdAt = start.addMSecs(i);
        image.save(record.path);
        const qint64 id = store.index()->addPendingOutput(record);
        store.index()->markStored(id, QFileInfo(record.path).size());
    }
    store.index()->commit();
    Filmstrip strip(&store);
    strip.setSessionStart(start.addSecs(-1));
    strip.resize(1280, 120);
    strip.show();
    // The session's rows come from the model's worker: scrolling starts once they are here
    // (before, a slow answer left a strip of no rows and a run of 2 frames).
    spinUntil([&] { return strip.isVisible() && !strip.model()->isLoading() && strip.model()->rowCount() > 0; }, 10000);
    QScrollBar *bar = strip.view()->horizontalScrollBar();
    QList<double> frames;
    QElapsedTimer timer;
    // About one screen width per 8 frames (a brisk fling), end to end and back.
    const int step = std::max(1, strip.view()->viewport()->width() / 8);
    for (int pass = 0; pass < 2; ++pass) {
        for (int value = bar->minimum(); value <= bar->maximum(); value += step) {
            timer.start();
            bar->setValue(pass == 0 ? value : bar->maximum() - value);
            strip.view()->viewport()->repaint();
            QApplication::processEvents(); // thumbnails arriving from the decoder
            frames.append(timer.nsecsElapsed() / 1e6);
        }
    }
    const Stats s = stats(frames);
    std::printf("filmstrip of %d outputs scrolled (%lld frames): frame time p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                strip.model()->rowCount(), qint64(frames.size()), s.p50, s.p99, s.max);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QImageReader::setAllocationLimit(256); // as main() does
    QStandardPaths::setTestModeEnabled(true);
    const QStringList which = app.arguments().mid(1);
    const auto wanted = [&which](const QString &name) { return which.isEmpty() || which.contains(name); };
    if (wanted(u"open"_s)) {
        makePicture(4096);
        makePicture(16384);
        openPicture(4096);
        openPicture(16384);
    }
    if (wanted(u"standin"_s)) {
        openWithStandIn(4096);
        openWithStandIn(16384);
    }
    if (wanted(u"decode"_s))
        comparePngDecoders();
    if (wanted(u"tiles"_s))
        zoomIntoTiles();
    if (wanted(u"zoom"_s))
        zoomPicture();
    if (wanted(u"filmstrip"_s))
        scrollFilmstrip();
    return 0;
}
