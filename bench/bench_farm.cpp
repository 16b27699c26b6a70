// The render farm's throughput (issue 11): a fixed number of jobs through FarmDispatcher on
// 1, 2, 4 and 8 simulators, in this process and then as easel-sim processes, each at a
// fixed per-step time (as easel-sim --step-ms), so the servers' work dominates and the
// ideal is N times one server. Prints the wall time, the speed-up versus one server
// (target >= 0.9 x N) and the dispatch overhead per job (time in the dispatcher's choosing
// and submitting, and the wall time beyond the servers' own busy time).
#include "farmdispatcher.h"
#include "farmserver.h"
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
    // In this process (one thread runs every simulator and the client), then each
    // simulator as its own easel-sim process, as real servers are.
    for (bool processes : {false, true}) {
        for (int n : {1, 2, 4, 8})
            QTest::addRow("%d server(s)%s", n, processes ? " as processes" : "") << n << processes;
    }
}

void bench_Farm::throughput()
{
    QFETCH(int, servers);
    QFETCH(bool, processes);
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
    QElapsedTimer timer;
    timer.start();
    const QStringList ids = farm.enqueue(jobs);
    QVERIFY(spinUntil([&] { return farm.unfinishedCount() == 0; }, 300000));
    const qint64 ms = timer.elapsed();
    QHash<QString, int> perServer;
    for (const QString &id : ids) {
        const FarmJob *job = farm.job(id);
        QVERIFY2(job->state == FarmJob::State::Done, qPrintable(job->message));
        ++perServer[job->server];
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
    qInfo("%d server(s)%s: %d jobs in %lld ms (ideal %.0f ms); speed-up %.2fx (target >= %.1fx); "
          "dispatcher %.0f us/job; wall beyond the servers' work %.1f ms/job; jobs per server %s",
          servers, processes ? " as processes" : "", jobCount, qlonglong(ms), idealMs, speedUp, 0.9 * servers, decisionUsPerJob,
          (double(ms) - idealMs) * servers / jobCount, qPrintable(spread.join(u' ')));
}

QTEST_GUILESS_MAIN(bench_Farm)
#include "bench_farm.moc"
