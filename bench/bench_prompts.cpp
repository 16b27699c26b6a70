// 1,000 prompts queued and completed end to end against the simulator at --step-ms 0:
// POST /prompt, the event stream, /history, every output through /view, saved to disk.
// The simulator runs as its own process (easel-sim), as a real server would.
#include "comfyclient.h"
#include "eventstream.h"
#include "jobrunner.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "benchsupport.h"

using namespace Easel;

class bench_Prompts : public QObject
{
    Q_OBJECT

private slots:
    void thousandPrompts();
};

void bench_Prompts::thousandPrompts()
{
    QProcess sim;
    const QUrl base = startSimulator(sim, 0);
    QVERIFY(base.isValid());
    QTemporaryDir out;
    ComfyClient client(base);
    EventStream events;
    JobRunner runner(&client, &events, out.path());
    QSignalSpy connected(&events, &EventStream::connected);
    events.open(base);
    QVERIFY(connected.wait(5000));

    constexpr int count = 1000;
    int succeeded = 0;
    int finished = 0;
    connect(&runner, &JobRunner::jobFinished, this, [&](const QString &, const JobOutcome &outcome) {
        ++finished;
        succeeded += outcome.status == JobOutcome::Status::Succeeded ? 1 : 0;
    });

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        // A distinct 8x8 image per prompt, so no run is answered from the cache.
        const QByteArray prompt = QStringLiteral(
            R"({"1": {"class_type": "EmptyImage", "inputs": {"width": 8, "height": 8, "batch_size": 1, "color": %1}},
                "2": {"class_type": "SaveImage", "inputs": {"images": ["1", 0], "filename_prefix": "bench"}}})")
                                      .arg(i)
                                      .toUtf8();
        runner.submit(prompt);
    }
    QVERIFY(spinUntil([&] { return finished == count; }, 120000));
    const qint64 ms = timer.elapsed();
    QCOMPARE(succeeded, count);
    qInfo("%d prompts queued, run, fetched and saved in %lld ms (%.2f ms per prompt)", count,
          qlonglong(ms), double(ms) / count);
    sim.terminate();
    sim.waitForFinished();
}

QTEST_GUILESS_MAIN(bench_Prompts)
#include "bench_prompts.moc"
