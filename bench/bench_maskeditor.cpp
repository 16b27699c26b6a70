// The mask editor on a 4096 x 4096 picture (issue 21):
//  1. brush strokes at 120 events/s: the time from each pointer event to the end of its
//     repaint (event handling + the dirty part of the canvas painted), p50/p99/max;
//  2. save: the four uploads of the web UI's mask editor to a simulator on loopback, from
//     the Save click to the input's new value (PNG encoding included).
// Run under offscreen (default) or xcb (DISPLAY set, QT_QPA_PLATFORM=xcb).
#include "benchsupport.h"

#include "clipspacetransfer.h"
#include "comfyclient.h"
#include "futurecallback.h"
#include "maskcanvas.h"
#include "maskcompositor.h"
#include "pngencoder.h"
#include "simserver.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImageWriter>
#include <QMouseEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <cstring>
#include <functional>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {

QImage picture(int side)
{
    // Something like a photograph: smooth gradients and detail, not a flat fill.
    QImage image(side, side, QImage::Format_RGB32);
    for (int y = 0; y < side; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < side; ++x)
            line[x] = qRgb((x * 255) / side, (y * 255) / side, ((x ^ y) * 7) & 0xff);
    }
    return image;
}

// CPU time of the whole process (every thread), ms: on a shared machine the wall time
// mostly waits for a core; this says what the work costs.
double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

// CPU time of this thread, ms: a frame's own work, whether or not the core was taken away.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

} // namespace

class bench_MaskEditor : public QObject
{
    Q_OBJECT

private slots:
    void strokes_data();
    void strokes();
    void saveAndUpload();
    void encodeAndCompose();
};

void bench_MaskEditor::strokes_data()
{
    QTest::addColumn<int>("brush");
    QTest::addColumn<double>("zoom"); // 0 = fit
    QTest::addRow("brush 64, fit") << 64 << 0.0;
    QTest::addRow("brush 300, fit") << 300 << 0.0;
    QTest::addRow("brush 64, 100 percent") << 64 << 1.0;
    QTest::addRow("brush 300, 100 percent") << 300 << 1.0;
}

void bench_MaskEditor::strokes()
{
    QFETCH(int, brush);
    QFETCH(double, zoom);
    MaskCanvas canvas;
    canvas.resize(1600, 1000);
    canvas.setLayers(picture(4096), QImage());
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    canvas.setBrushSize(brush);
    if (zoom > 0)
        canvas.zoomAt(zoom, QPointF(800, 500));
    spinUntil([] { return false; }, 200); // settle the first full paint

    // 4 s of strokes at 120 events/s: eight strokes of 60 events, a wavy line across.
    std::vector<double> frames;
    QElapsedTimer clock;
    clock.start();
    qint64 next = 0;
    for (int s = 0; s < 8; ++s) {
        const double y0 = 150 + s * 90;
        const QPointF start(100, y0);
        QMouseEvent press(QEvent::MouseButtonPress, start, canvas.mapToGlobal(start), Qt::LeftButton, Qt::LeftButton,
                          Qt::NoModifier);
        QApplication::sendEvent(&canvas, &press);
        for (int i = 1; i <= 60; ++i) {
            next += 1000 / 120;
            spinUntil([&] { return clock.elapsed() >= next; }, 100);
            const QPointF at(100 + i * 23.0, y0 + 40 * std::sin(i / 6.0));
            QElapsedTimer frame;
            frame.start();
            QMouseEvent move(QEvent::MouseMove, at, canvas.mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&canvas, &move);
            // The update it asked for, painted and flushed now.
            canvas.repaint(canvas.visibleRegion().boundingRect() & canvas.rect()); // worst case: see below
            frames.push_back(frame.nsecsElapsed() / 1e6);
        }
        QMouseEvent release(QEvent::MouseButtonRelease, QPointF(100 + 60 * 23.0, y0), QPointF(), Qt::LeftButton,
                            Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(&canvas, &release);
    }
    qInfo("%s: %zu events, p50 %.2f ms, p99 %.2f ms, max %.2f ms (whole canvas repainted each event)", QTest::currentDataTag(),
          frames.size(), percentile(frames, 0.5), percentile(frames, 0.99), percentile(frames, 1.0));

    // As the app runs it: the event, then only the dirty part painted by the update it posted.
    std::vector<double> dirty;
    std::vector<double> dirtyCpu;
    next = clock.elapsed();
    for (int s = 0; s < 8; ++s) {
        const double y0 = 180 + s * 90;
        const QPointF start(120, y0);
        QMouseEvent press(QEvent::MouseButtonPress, start, canvas.mapToGlobal(start), Qt::LeftButton, Qt::LeftButton,
                          Qt::NoModifier);
        next += 1000 / 120;
        spinUntil([&] { return clock.elapsed() >= next; }, 100);
        {
            QElapsedTimer frame; // the press is a frame too (it used to copy the whole mask)
            frame.start();
            const double cpu = threadCpuMs();
            QApplication::sendEvent(&canvas, &press);
            QApplication::processEvents();
            dirty.push_back(frame.nsecsElapsed() / 1e6);
            dirtyCpu.push_back(threadCpuMs() - cpu);
        }
        for (int i = 1; i <= 60; ++i) {
            next += 1000 / 120;
            spinUntil([&] { return clock.elapsed() >= next; }, 100);
            const QPointF at(120 + i * 23.0, y0 + 40 * std::sin(i / 6.0));
            QElapsedTimer frame;
            frame.start();
            const double cpu = threadCpuMs();
            QMouseEvent move(QEvent::MouseMove, at, canvas.mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&canvas, &move);
            QApplication::processEvents(); // the posted UpdateRequest: paint + flush of the dirty region
            dirty.push_back(frame.nsecsElapsed() / 1e6);
            dirtyCpu.push_back(threadCpuMs() - cpu);
        }
        QMouseEvent release(QEvent::MouseButtonRelease, QPointF(120 + 60 * 23.0, y0), QPointF(), Qt::LeftButton,
                            Qt::NoButton, Qt::NoModifier);
        next += 1000 / 120;
        spinUntil([&] { return clock.elapsed() >= next; }, 100);
        QElapsedTimer frame; // the release: the stroke's undo step
        frame.start();
        const double cpu = threadCpuMs();
        QApplication::sendEvent(&canvas, &release);
        QApplication::processEvents();
        dirty.push_back(frame.nsecsElapsed() / 1e6);
        dirtyCpu.push_back(threadCpuMs() - cpu);
    }
    qInfo("%s: %zu events (presses and releases included), p50 %.2f ms, p99 %.2f ms, max %.2f ms (dirty region only, "
          "as in use)",
          QTest::currentDataTag(), dirty.size(), percentile(dirty, 0.5), percentile(dirty, 0.99), percentile(dirty, 1.0));
    qInfo("%s: the same frames' CPU (this thread): p50 %.2f ms, p99 %.2f ms, max %.2f ms", QTest::currentDataTag(),
          percentile(dirtyCpu, 0.5), percentile(dirtyCpu, 0.99), percentile(dirtyCpu, 1.0));
    QVERIFY(canvas.undoStack()->count() == 16);
}

void bench_MaskEditor::saveAndUpload()
{
    Sim::SimServer sim;
    QVERIFY(sim.listen() != 0);
    ComfyClient client(sim.baseUrl());
    const QImage image = picture(4096);
    const QByteArray png = MaskComposition::encodePng(image);
    bool uploaded = false;
    onFinished(client.uploadImage(png, u"big.png"_s, QString(), u"input"_s, true), this,
               [&](const Result<UploadResult> &r) { uploaded = r.isOk(); });
    QVERIFY(spinUntil([&] { return uploaded; }, 60000));

    MaskLayers layers{{u"big.png"_s, QString(), u"input"_s}, image, QImage(4096, 4096, QImage::Format_Alpha8),
                      MaskComposition::emptyPaint(QSize(4096, 4096))};
    layers.mask.fill(0);
    for (int y = 1000; y < 3000; ++y)
        std::fill_n(layers.mask.scanLine(y) + 1200, 1800, uchar(255));
    ClipspaceTransfer transfer(&client);
    QElapsedTimer step;
    QStringList steps;
    connect(&transfer, &ClipspaceTransfer::progress, this, [&](int done, int) {
        steps << u"%1:%2"_s.arg(done).arg(step.elapsed());
    });
    connect(&sim, &Sim::SimServer::uploadReceived, this, [&](const QString &path, const QByteArray &, const QByteArray &body) {
        steps << u"recv %1 %2 MB @%3"_s.arg(path).arg(body.size() / 1e6, 0, 'f', 1).arg(step.elapsed());
    });
    std::vector<double> times;
    std::vector<double> cpuTimes;
    std::vector<double> settleCpu;
    for (int round = 0; round < 5; ++round) {
        std::optional<ClipspaceTransfer::Saved> saved;
        const double cpuBefore = processCpuMs();
        QElapsedTimer timer;
        timer.start();
        step.start();
        steps.clear();
        onFinished(transfer.save(layers, 1700000000000 + round), this, [&](const ClipspaceTransfer::Saved &s) { saved = s; });
        QVERIFY(spinUntil([&] { return saved.has_value(); }, 60000));
        times.push_back(timer.nsecsElapsed() / 1e6);
        cpuTimes.push_back(processCpuMs() - cpuBefore);
        qInfo("steps (ms since Save): %s", qPrintable(steps.join(u", "_s)));
        QVERIFY2(saved->error.isEmpty(), qPrintable(saved->error));
        // The simulator writes its two 64 MB composites after answering (idle priority, or
        // when read): written now, outside the timed save, and their CPU counted apart.
        const double settleBefore = processCpuMs();
        sim.waitForPendingFiles();
        settleCpu.push_back(processCpuMs() - settleBefore);
        const ClipspaceNames names = ClipspaceNames::forTimestamp(1700000000000 + round);
        const QImage stored(sim.dataDir() + u"/input/clipspace/"_s + names.paintedMasked());
        QCOMPARE(stored.size(), QSize(4096, 4096));
        QCOMPARE(qAlpha(stored.pixel(1500, 1500)), 0);
        QCOMPARE(qAlpha(stored.pixel(10, 10)), 255);
    }
    qInfo("save + upload of a 4096x4096 mask (4 uploads, simulator in process), Save -> new value: "
          "%.0f / %.0f / %.0f / %.0f / %.0f ms wall; CPU of Easel and simulator together %.0f / %.0f / %.0f / %.0f / %.0f ms; "
          "then the simulator's deferred composites %.0f / %.0f / %.0f / %.0f / %.0f ms CPU",
          times[0], times[1], times[2], times[3], times[4], cpuTimes[0], cpuTimes[1], cpuTimes[2], cpuTimes[3], cpuTimes[4],
          settleCpu[0], settleCpu[1], settleCpu[2], settleCpu[3], settleCpu[4]);
}

// The parts of a save, alone: Easel's encoding of the mask and painted layers (one thread
// and all cores), and the simulator's /upload/mask composition (first with the original
// decoded, then with it cached, as the second save of the same picture finds it).
void bench_MaskEditor::encodeAndCompose()
{
    const QImage image = picture(4096);
    QImage mask(4096, 4096, QImage::Format_Alpha8);
    mask.fill(0);
    for (int y = 1000; y < 3000; ++y)
        std::fill_n(mask.scanLine(y) + 1200, 1800, uchar(255));
    const QImage painted = MaskComposition::paintedImage(image, QImage());
    // Wall ms of three rounds, then the CPU ms of the last.
    auto best = [](const std::function<void()> &work) {
        std::vector<double> ms;
        for (int i = 0; i < 3; ++i) {
            const double cpu = processCpuMs();
            QElapsedTimer t;
            t.start();
            work();
            ms.push_back(t.nsecsElapsed() / 1e6);
            if (i == 2)
                ms.push_back(processCpuMs() - cpu);
        }
        return ms;
    };
    for (int threads : {1, 0}) {
        QByteArray maskPng;
        QByteArray paintedPng;
        const QSize size = image.size();
        const auto maskMs = best([&] {
            Png::Options options;
            options.threads = threads;
            options.runLength = true; // as MaskComposition::encodeMaskPng
            maskPng = Png::encode(size, Png::ColorType::GreyAlpha, [&mask](int y, uchar *row) {
                const uchar *from = mask.constScanLine(y);
                for (int x = 0; x < mask.width(); ++x) {
                    row[2 * x] = 0;
                    row[2 * x + 1] = uchar(255 - from[x]);
                }
            }, options);
        });
        const QImage rgb = painted.convertToFormat(QImage::Format_RGB888);
        const auto paintedMs = best([&] {
            Png::Options options;
            options.threads = threads;
            paintedPng = Png::encode(size, Png::ColorType::Rgb, [&rgb](int y, uchar *row) {
                std::memcpy(row, rgb.constScanLine(y), size_t(rgb.width()) * 3);
            }, options);
        });
        qInfo("encode, %s: mask PNG %.1f / %.1f / %.1f ms wall, %.1f ms CPU (%.2f MB); painted PNG %.1f / %.1f / %.1f ms "
              "wall, %.1f ms CPU (%.2f MB)",
              threads == 1 ? "one thread" : "all cores", maskMs[0], maskMs[1], maskMs[2], maskMs[3], maskPng.size() / 1e6,
              paintedMs[0], paintedMs[1], paintedMs[2], paintedMs[3], paintedPng.size() / 1e6);
    }
    const QByteArray maskPng = MaskComposition::encodeMaskPng(mask, image.size());
    QTemporaryDir dir;
    const QString original = dir.filePath(u"original.png"_s);
    QFile out(original);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(MaskComposition::encodePng(painted));
    out.close();
    Sim::MaskCompositor compositor;
    std::vector<double> ms;
    std::vector<double> cpu;
    for (int i = 0; i < 4; ++i) {
        const double cpuBefore = processCpuMs();
        QElapsedTimer t;
        t.start();
        QCOMPARE(compositor.compose(original, maskPng, dir.filePath(u"out%1.png"_s.arg(i))), Sim::MaskCompositor::Result::Written);
        ms.push_back(t.nsecsElapsed() / 1e6);
        cpu.push_back(processCpuMs() - cpuBefore);
    }
    qInfo("simulator /upload/mask composition of 4096x4096: %.0f ms wall / %.0f ms CPU (original decoded), then "
          "%.0f / %.0f / %.0f ms wall, %.0f / %.0f / %.0f ms CPU (original cached)",
          ms[0], cpu[0], ms[1], ms[2], ms[3], cpu[1], cpu[2], cpu[3]);
    {
        // Before (the simulator up to this round): Qt's reader, the alpha put in place and
        // QImageWriter at compression 4, as ComfyUI's PIL writes it.
        const double cpuBefore = processCpuMs();
        QElapsedTimer t;
        t.start();
        QImage composite = QImage(original).convertToFormat(QImage::Format_ARGB32);
        const QImage alpha = QImage::fromData(maskPng).convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < composite.height(); ++y) {
            auto *to = reinterpret_cast<QRgb *>(composite.scanLine(y));
            const auto *from = reinterpret_cast<const QRgb *>(alpha.constScanLine(y));
            for (int x = 0; x < composite.width(); ++x)
                to[x] = (to[x] & 0x00ffffffu) | (from[x] & 0xff000000u);
        }
        QImageWriter writer(dir.filePath(u"qt.png"_s), "png");
        writer.setCompression(4);
        QVERIFY(writer.write(composite));
        qInfo("the same with Qt's PNG reader and writer (compression 4), as before: %.0f ms wall / %.0f ms CPU",
              t.nsecsElapsed() / 1e6, processCpuMs() - cpuBefore);
    }
    const QImage written(dir.filePath(u"out0.png"_s));
    QCOMPARE(written.size(), image.size());
    QCOMPARE(qAlpha(written.pixel(1500, 1500)), 0);
    QCOMPARE(qAlpha(written.pixel(10, 10)), 255);
}

QTEST_MAIN(bench_MaskEditor)
#include "bench_maskeditor.moc"
