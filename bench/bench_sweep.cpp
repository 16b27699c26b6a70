// A 1,000-job sweep queued through JobQueue and drained by easel-sim --step-ms 0 (its own
// process): Easel's queue feeding the server a few jobs at a time, each job run, its
// history read and its output saved. Prints the wall time and the resident memory before,
// in the middle and after, to show it stays flat.
#include "processmemory.h"
#include "comfyclient.h"
#include "eventstream.h"
#include "jobqueue.h"
#include "jobrunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "benchsupport.h"

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {
using Easel::ProcessMemory::residentKiB;
} // namespace

class bench_Sweep : public QObject
{
    Q_OBJECT
private slots:
    void thousandJobSweep_data();
    void thousandJobSweep();
};

void bench_Sweep::thousandJobSweep_data()
{
    QTest::addColumn<int>("window");
    QTest::addRow("window 2") << 2;
    QTest::addRow("window 8") << 8;
}

void bench_Sweep::thousandJobSweep()
{
    QFETCH(int, window);
    QProcess sim;
    const QUrl base = startSimulator(sim, 0);
    QVERIFY(base.isValid());
    QTemporaryDir out;
    ComfyClient client(base);
    EventStream events;
    JobRunner runner(&client, &events, out.path());
    JobQueue queue(&runner, &client, &events);
    queue.setJournalPath(out.filePath(u"journal.json"_s));
    queue.setMaxInFlight(window);
    QSignalSpy connected(&events, &EventStream::connected);
    events.open(base);
    QVERIFY(connected.wait(5000));

    // color 0..999: every job distinct, so none is answered from the cache.
    const QByteArray prompt = R"({"1": {"class_type": "EmptyImage", "inputs": {"width": 8, "height": 8, "batch_size": 1, "color": 0}}, "2": {"class_type": "SaveImage", "inputs": {"images": ["1", 0], "filename_prefix": "sweep"}}})";
    SweepSpec spec;
    spec.label = u"bench"_s;
    spec.axes = {SweepAxis::range(u"1"_s, u"color"_s, JsonNumber::fromInt(0), JsonNumber::fromInt(999), JsonNumber::fromInt(1))};
    const qint64 before = residentKiB();
    qint64 middle = 0;
    int finished = 0;
    int done = 0;
    connect(&queue, &JobQueue::jobStateChanged, this, [&](const QString &, QueuedJob::State state) {
        if (state == QueuedJob::State::Done || state == QueuedJob::State::Failed) {
            ++finished;
            done += state == QueuedJob::State::Done ? 1 : 0;
            if (finished == 500)
                middle = residentKiB();
        }
    });
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!queue.enqueueSweep(prompt, spec).isEmpty());
    const qint64 queuedMs = timer.elapsed();
    QVERIFY(spinUntil([&] { return finished == 1000; }, 120000));
    const qint64 ms = timer.elapsed();
    QCOMPARE(done, 1000);
    queue.flushJournal();
    const qint64 after = residentKiB();
    qInfo("window %d: 1000 jobs queued in %lld ms, drained in %lld ms; RSS %lld KiB before, "
          "%lld at 500, %lld after",
          window, qlonglong(queuedMs), qlonglong(ms), qlonglong(before), qlonglong(middle),
          qlonglong(after));
    sim.terminate();
    sim.waitForFinished();
}

QTEST_GUILESS_MAIN(bench_Sweep)
#include "bench_sweep.moc"
