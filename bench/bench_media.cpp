// Media outputs (issue 20): the thumbnail of a 10 s 1080p H.264 video (target <= 150 ms),
// scrolling a library of 1,000 video outputs (per-frame paint times, target p99 <= 16 ms),
// and the memory a 1080p video takes while it plays (target <= +150 MB).
//   build/release/bench/bench_media
// The video is made first with the simulator's encoder (libx264, as SaveVideo makes it).
#include "processmemory.h"
#include "gallerymodel.h"
#include "gallerywidget.h"
#include "libraryindex.h"
#include "comfyclient.h"
#include "imagesynth.h"
#include "mediainfo.h"
#include "mediaprobe.h"
#include "mediasynth.h"
#include "outputstore.h"
#include "thumbnailprovider.h"
#include "benchsupport.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QMediaPlayer>
#include <QPainter>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoSink>
#include <cstdio>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {

using Easel::ProcessMemory::residentKiB;

void report(const char *what, QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    std::printf("%-48s min %7.1f ms  median %7.1f ms  p99 %7.1f ms  max %7.1f ms  (n=%lld)\n", what,
                ms.constFirst(), ms.at(ms.size() / 2), ms.at(std::min<qsizetype>(ms.size() - 1, ms.size() * 99 / 100)),
                ms.constLast(), qlonglong(ms.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString video = dir.filePath(u"video_00001_.mp4"_s);

    // 10 s at 25 fps, 1920x1080, moving pictures (no two frames alike).
    QElapsedTimer timer;
    timer.start();
    QList<QImage> frames;
    const QImage base = Sim::ImageSynth::outputImage(QSize(1920, 1080), 0, 42);
    for (int i = 0; i < 250; ++i) {
        QImage frame = base.copy();
        frame.fill(QColor::fromHsv((i * 3) % 360, 160, 200));
        QPainter painter(&frame);
        painter.drawImage(QPoint((i * 7) % 400, (i * 3) % 200), base.scaled(1400, 800));
        frames.append(frame);
    }
    const QString error = Sim::MediaSynth::writeVideo(video, frames, 25.0, "mp4", "libx264", {});
    frames.clear();
    if (!error.isEmpty())
        qFatal("cannot make the video: %s", qPrintable(error));
    std::printf("made a 10 s 1920x1080 H.264 video (%lld kB) in %.1f s\n", QFileInfo(video).size() / 1024,
                timer.elapsed() / 1000.0);

    // 1. Thumbnail: open, find the middle, decode one frame, scale to 256.
    QList<double> thumbnail;
    for (int i = 0; i < 20; ++i) {
        timer.restart();
        const QImage image = mediaThumbnail(video, MediaKind::Video, 256);
        thumbnail.append(timer.nsecsElapsed() / 1e6);
        if (image.isNull())
            qFatal("no thumbnail");
    }
    report("thumbnail, 10 s 1080p H.264 (middle frame, 256 px)", thumbnail);
    QList<double> metadata;
    for (int i = 0; i < 20; ++i) {
        OutputRecord record;
        record.path = video;
        record.kind = MediaKind::Video;
        timer.restart();
        const OutputRecord read = readMediaInfo(record);
        metadata.append(timer.nsecsElapsed() / 1e6);
        if (read.frameCount != 250)
            qFatal("frame count %d", read.frameCount);
    }
    report("metadata only (size, frames, duration, codec)", metadata);

    // 2. A library of 1,000 videos (50 distinct files, each shown 20 times), scrolled a
    // row at a time; every paint is timed, thumbnails arriving as they are made.
    const QString libraryPath = dir.filePath(u"library"_s);
    QDir().mkpath(libraryPath);
    {
        LibraryIndex index(libraryPath);
        if (!index.open())
            qFatal("index");
        QList<QImage> small;
        for (int i = 0; i < 8; ++i)
            small.append(Sim::ImageSynth::outputImage(QSize(320, 180), i, quint32(i)));
        index.transaction();
        for (int i = 0; i < 1000; ++i) {
            const QString path = libraryPath + u"/clip_%1_.mp4"_s.arg(i, 5, 10, QChar(u'0'));
            if (i < 50)
                Sim::MediaSynth::writeVideo(path, small, 8.0, "mp4", "libx264", {});
            else
                QFile::link(libraryPath + u"/clip_%1_.mp4"_s.arg(i % 50, 5, 10, QChar(u'0')), path);
            OutputRecord record;
            record.server = u"http://127.0.0.1:8188/"_s;
            record.promptId = u"p%1"_s.arg(i);
            record.nodeId = u"17"_s;
            record.serverFileName = QFileInfo(path).fileName();
            record.type = u"output"_s;
            record.path = path;
            record.kind = MediaKind::Video;
            const qint64 id = index.addPendingOutput(record);
            index.markStored(id, QFileInfo(path).size());
        }
        index.commit();
    }
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, libraryPath);
    store.open();
    GalleryWidget gallery(&store);
    gallery.resize(1280, 800);
    gallery.show();
    if (!QTest::qWaitForWindowExposed(&gallery))
        qFatal("not exposed");
    QScrollBar *bar = gallery.view()->verticalScrollBar();
    QList<double> paints;
    const qint64 rssBeforeScroll = residentKiB();
    for (int pass = 0; pass < 2; ++pass) {
        bar->setValue(0);
        while (gallery.model()->canFetchMore({}) || bar->value() < bar->maximum()) {
            bar->setValue(bar->value() + std::max(1, bar->singleStep() * 3));
            timer.restart();
            gallery.view()->viewport()->repaint();
            paints.append(timer.nsecsElapsed() / 1e6);
            // Thumbnails made meanwhile arrive as they would between frames.
            spinUntil([] { return false; }, 4);
        }
    }
    std::printf("library rows %d, RSS before/after scrolling %lld / %lld KiB\n", gallery.model()->rowCount(),
                rssBeforeScroll, residentKiB());
    report("library of 1,000 videos: one scroll frame's paint", paints);

    // 3. Memory while a 1080p video plays (decoded frames into a video sink, as the viewer).
    const qint64 rssBefore = residentKiB();
    qint64 rssPeak = rssBefore;
    {
        QMediaPlayer player;
        QVideoSink sink;
        player.setVideoSink(&sink);
        int shown = 0;
        QObject::connect(&sink, &QVideoSink::videoFrameChanged, [&](const QVideoFrame &) { ++shown; });
        player.setSource(QUrl::fromLocalFile(video));
        player.play();
        spinUntil([&] {
            rssPeak = std::max(rssPeak, residentKiB());
            return player.mediaStatus() == QMediaPlayer::EndOfMedia || player.error() != QMediaPlayer::NoError;
        }, 30000);
        std::printf("played to %lld of %lld ms, %d frames shown, backend error: %s\n",
                    qlonglong(player.position()), qlonglong(player.duration()), shown,
                    qPrintable(player.errorString()));
    }
    std::printf("RSS while playing 1080p: before %lld KiB, peak %lld KiB, +%lld KiB\n", rssBefore, rssPeak,
                rssPeak - rssBefore);
    return 0;
}
