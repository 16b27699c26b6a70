// The render farm's throughput (issue 11): a fixed number of jobs through FarmDispatcher on
// 1, 2, 4 and 8 simulators, in this process and then as easel-sim processes, each at a
// fixed per-step time (as easel-sim --step-ms), so the servers' work dominates and the
// ideal is N times one server. Prints the wall time, the speed-up versus one server
// (target >= 0.9 x N) and the dispatch overhead per job (time in the dispatcher's choosing
// and submitting, and the wall time beyond the servers' own busy time). The "through the
// queue" rows run the same jobs as one sweep of the app's JobQueue over FarmQueueDispatch:
// the queue feeds the farm only its free places, which must not cost throughput.
#include "comfyclient.h"
#include "eventstream.h"
#include "farmdispatcher.h"
#include "farmqueuedispatch.h"
#include "farmserver.h"
#include "jobqueue.h"
#include "simserver.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "benchsupport.h"

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {
constexpr int jobCount = 128; // 16 a server at 8: a one-job tail is a small part
constexpr int stepMs = 100; // two nodes a job: 200 ms of server work each

QByteArray colourPrompt(int colour)
{
    return QStringLiteral(R"({"1": {"class_type": "EmptyImage", "inputs": {"width": 8, "height": 8, "batch_size": 1, "color": %1}}, "2": {"class_type": "SaveImage", "inputs": {"images": ["1", 0], "filename_prefix": "farm"}}})")
        .arg(colour)
        .toUtf8();
}
} // namespace

class bench_Farm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Every decision logged to stderr would be part of what is measured.
        QLoggingCategory::setFilterRules(QStringLiteral("easel.farm.info=false"));
    }
    void throughput_data();
    void throughput();

private:
    qint64 m_oneServerMs = 0;
};

void bench_Farm::throughput_data()
{
    QTest::addColumn<int>("servers");
    QTest::addColumn<bool>("processes");
    QTest::addColumn<bool>("queue");
    // In this process (one thread runs every simulator and the client), then each
    // simulator as its own easel-sim process, as real servers are; then the app's queue.
    for (bool processes : {false, true}) {
        for (int n : {1, 2, 4, 8})
            QTest::addRow("%d server(s)%s", n, processes ? " as processes" : "") << n << processes << false;
    }
    for (int n : {1, 2, 4, 8})
        QTest::addRow("%d server(s) as processes through the queue", n) << n << true << true;
}

void bench_Farm::throughput()
{
    QFETCH(int, servers);
    QFETCH(bool, processes);
    QFETCH(bool, queue);
    std::vector<std::unique_ptr<Sim::SimServer>> sims;
    std::vector<std::unique_ptr<QProcess>> simProcesses;
    QTemporaryDir out;
    FarmDispatcher farm(out.path());
    for (int i = 0; i < servers; ++i) {
        if (processes) {
            auto process = std::make_unique<QProcess>();
            const QUrl url = startSimulator(*process, stepMs);
            QVERIFY(url.isValid());
            farm.addServer(url);
            simProcesses.push_back(std::move(process));
            continue;
        }
        auto sim = std::make_unique<Sim::SimServer>();
        sim->setStepMs(stepMs);
        QVERIFY(sim->listen(QHostAddress::LocalHost, 0) != 0);
        farm.addServer(sim->baseUrl());
        sims.push_back(std::move(sim));
    }
    farm.start();
    QVERIFY(spinUntil([&] {
        return std::all_of(farm.servers().cbegin(), farm.servers().cend(),
                           [](FarmServer *s) { return s->isUsable(); });
    }, 60000));

    QList<FarmJobRequest> jobs;
    for (int i = 0; i < jobCount; ++i)
        jobs.append({colourPrompt(i), {}, {}});
    const qint64 decisionBefore = farm.decisionNanoseconds();
    QHash<QString, int> perServer;
    QElapsedTimer timer;
    qint64 ms = 0;
    if (queue) {
        // The queue's own single server is not used with a dispatch.
        ComfyClient client(farm.servers().constFirst()->url());
        EventStream events;
        JobRunner runner(&client, &events, out.filePath(u"single"_s));
        FarmQueueDispatch dispatch(&farm);
        JobQueue jobQueue(&runner, &client, &events);
        QVERIFY(jobQueue.setDispatch(&dispatch));
        QList<SweepVariant> variants;
        for (int i = 0; i < jobCount; ++i)
            variants.append({{{u"1"_s, u"color"_s, JsonTree::fromInt(i)}}});
        timer.start();
        jobQueue.enqueue(colourPrompt(0), variants, u"bench"_s);
        // Every job ended (inFlightCount leaves out jobs whose outputs are still being fetched).
        QVERIFY(spinUntil([&] {
            const QStringList ids = jobQueue.jobIds();
            return std::all_of(ids.cbegin(), ids.cend(), [&](const QString &id) { return jobQueue.job(id)->isFinished(); });
        }, 300000));
        ms = timer.elapsed();
        for (const QString &id : jobQueue.jobIds()) {
            const QueuedJob *job = jobQueue.job(id);
            QVERIFY2(job->state == QueuedJob::State::Done, qPrintable(job->failure.message));
            ++perServer[job->server];
        }
        jobQueue.setDispatch(nullptr);
    } else {
        timer.start();
        QStringList ids;
        for (int i = 0; i < jobs.size(); ++i) {
            ids.append(u"job-%1"_s.arg(i + 1));
            QVERIFY(farm.add(ids.constLast(), jobs.at(i)));
        }
        QVERIFY(spinUntil([&] { return farm.unfinishedCount() == 0; }, 300000));
        ms = timer.elapsed();
        for (const QString &id : ids) {
            const FarmJob *job = farm.job(id);
            QVERIFY2(job->state == FarmJob::State::Done, qPrintable(job->message));
            ++perServer[job->server];
        }
    }
    if (servers == 1)
        m_oneServerMs = ms;
    for (auto &process : simProcesses) {
        process->terminate();
        process->waitForFinished();
    }
    const double speedUp = m_oneServerMs > 0 ? double(m_oneServerMs) / double(ms) : 0.0;
    // The servers' own work, spread evenly: what the wall time would be with no overhead.
    const double idealMs = double(jobCount) * 2 * stepMs / servers;
    const double decisionUsPerJob = double(farm.decisionNanoseconds() - decisionBefore) / 1000.0 / jobCount;
    QStringList spread;
    for (FarmServer *server : farm.servers())
        spread.append(QString::number(perServer.value(server->id())));
    qInfo("%d server(s)%s%s: %d jobs in %lld ms (ideal %.0f ms); speed-up %.2fx (target >= %.1fx); "
          "dispatcher %.0f us/job; wall beyond the servers' work %.1f ms/job; jobs per server %s",
          servers, processes ? " as processes" : "", queue ? " through the queue" : "", jobCount, qlonglong(ms), idealMs, speedUp, 0.9 * servers, decisionUsPerJob,
          (double(ms) - idealMs) * servers / jobCount, qPrintable(spread.join(u' ')));
}

QTEST_GUILESS_MAIN(bench_Farm)
#include "bench_farm.moc"
