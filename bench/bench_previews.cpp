// Live previews while the window is open: easel-sim (its own process) streams 512² JPEG
// preview frames at about 120 per second (CaptureProgressPreview, 1,200 steps, step-ms 8)
// for 10 s through the event stream, JobQueue and the PreviewPane. Measures the frames
// received and shown per second, the GUI event loop's latency (a 4 ms timer's lateness:
// p50/p99/max) and the process CPU time.
#include "comfyclient.h"
#include "eventstream.h"
#include "previewdecoder.h"
#include "jobqueue.h"
#include "jobrunner.h"
#include "previewpane.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "benchsupport.h"
#include <QTimer>

#include <sys/resource.h>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}
} // namespace

class bench_Previews : public QObject
{
    Q_OBJECT
private slots:
    void previewsAt120fps_data();
    void previewsAt120fps();
};

// Every frame decoded (PreviewMode::All, what the pane alone can take) against the window's
// mode (Latest: decoded only when the display takes one, at most 20 a second).
void bench_Previews::previewsAt120fps_data()
{
    QTest::addColumn<int>("mode");
    QTest::addRow("every frame") << int(EventStream::PreviewMode::All);
    QTest::addRow("window (decoded when shown)") << int(EventStream::PreviewMode::Latest);
}

void bench_Previews::previewsAt120fps()
{
    QFETCH(int, mode);
    QProcess sim;
    const QUrl base = startSimulator(sim, 8);
    QVERIFY(base.isValid());
    QTemporaryDir out;
    ComfyClient client(base);
    EventStream events;
    events.setPreviewMode(EventStream::PreviewMode(mode));
    JobRunner runner(&client, &events, out.path());
    JobQueue queue(&runner, &client, &events);
    PreviewPane pane;
    pane.resize(640, 640);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    connect(&queue, &JobQueue::previewReceived, &pane, &PreviewPane::showPreview);
    QSignalSpy connected(&events, &EventStream::connected);
    events.open(base);
    QVERIFY(connected.wait(5000));

    // CaptureProgressPreview allows at most 100 steps (its /object_info max), so the 10 s of
    // frames come from 14 prompts of 100 steps back to back (a new colour each, so none is
    // answered from the cache); the queue keeps the next one waiting on the server.
    for (int i = 0; i < 14; ++i) {
        const QByteArray prompt = QStringLiteral(
            R"({"1": {"class_type": "EmptyImage", "inputs": {"width": 512, "height": 512, "batch_size": 1, "color": %1}}, "2": {"class_type": "CaptureProgressPreview", "inputs": {"image": ["1", 0], "steps": 100, "preview_format": "JPEG", "max_size": 512, "sleep_seconds": 0.0, "send_text": false}}, "3": {"class_type": "PreviewImage", "inputs": {"images": ["2", 0]}}})")
                                      .arg(34816 + i)
                                      .toUtf8();
        queue.enqueue(prompt, {}, u"previews"_s);
    }
    // Measure from the first frame for 10 s.
    QVERIFY(spinUntil([&] { return pane.framesReceived() > 0; }, 10000));
    const qint64 received0 = pane.framesReceived();
    const qint64 shown0 = pane.framesShown();
    const double cpu0 = cpuSeconds();
    const int decodes0 = PreviewDecoder::decodeCount();
    const int dropped0 = events.droppedPreviewCount();
    QList<double> lateness;
    QElapsedTimer clock;
    clock.start();
    QElapsedTimer lastTick;
    lastTick.start();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(4);
    connect(&probe, &QTimer::timeout, this, [&] {
        lateness.append(std::max(0.0, double(lastTick.nsecsElapsed()) / 1e6 - 4.0));
        lastTick.restart();
    });
    probe.start();
    QVERIFY(spinUntil([&] { return clock.elapsed() >= 10000; }, 15000));
    probe.stop();
    const double seconds = double(clock.elapsed()) / 1000.0;
    const double cpu = cpuSeconds() - cpu0;
    const qint64 received = pane.framesReceived() - received0;
    const qint64 shown = pane.framesShown() - shown0;
    const int decodes = PreviewDecoder::decodeCount() - decodes0;
    const int dropped = events.droppedPreviewCount() - dropped0;
    std::sort(lateness.begin(), lateness.end());
    auto pct = [&](double p) { return lateness.isEmpty() ? 0.0 : lateness.at(qsizetype(p * double(lateness.size() - 1))); };
    qInfo("%.1f s: %lld frames received (%.1f/s), %lld shown (%.1f/s), refresh interval %d ms; "
          "event loop latency p50 %.2f ms, p99 %.2f ms, max %.2f ms; CPU %.1f%% of one core",
          seconds, qlonglong(received), double(received) / seconds, qlonglong(shown),
          double(shown) / seconds, pane.frameIntervalMs(), pct(0.5), pct(0.99),
          lateness.isEmpty() ? 0.0 : lateness.constLast(), 100.0 * cpu / seconds);
    qInfo("%d decoded (%.1f/s), %d dropped undecoded (%.1f/s)", decodes, double(decodes) / seconds, dropped,
          double(dropped) / seconds);
    queue.cancel(queue.jobIds().constFirst());
    sim.terminate();
    sim.waitForFinished();
}

QTEST_MAIN(bench_Previews)
#include "bench_previews.moc"
