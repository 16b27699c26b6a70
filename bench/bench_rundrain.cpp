// easel-run's drain (issue 16): 1,000 jobs (--count 1000) from the easel-run executable,
// through Easel's own queue (JobQueue and its SingleServerDispatch, the window's road), on
// easel-sim --step-ms 0 in its own process: each job posted, followed, its output saved.
// Prints the wall time and easel-run's own CPU time (user + system), beside the window's
// sweep drain (bench_sweep) with the same target: <= 2 s on a quiet machine.
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include "benchsupport.h"

using namespace Qt::StringLiterals;

namespace {
double childCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}
} // namespace

class bench_RunDrain : public QObject
{
    Q_OBJECT
private slots:
    void thousandJobs();
};

void bench_RunDrain::thousandJobs()
{
    QProcess sim;
    const QUrl base = startSimulator(sim, 0);
    QVERIFY(base.isValid());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // No seed: every job is the same graph, as --count without one; the server still runs
    // each and easel-run saves the output of each.
    const QByteArray prompt = R"({"1": {"class_type": "EmptyImage", "inputs": {"width": 8, "height": 8, "batch_size": 1, "color": 0}}, "2": {"class_type": "SaveImage", "inputs": {"images": ["1", 0], "filename_prefix": "drain"}}})";
    const QString workflow = dir.filePath(u"workflow.json"_s);
    QFile file(workflow);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(prompt) == prompt.size());
    file.close();
    const QString out = dir.filePath(u"out"_s);

    QProcess run;
    run.setProcessChannelMode(QProcess::MergedChannels);
    run.setStandardOutputFile(dir.filePath(u"run.log"_s));
    // The summary checked below is the English source string.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LANGUAGE"_s, u"en"_s);
    run.setProcessEnvironment(environment);
    const double cpuBefore = childCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    run.start(QStringLiteral(EASEL_RUN_PATH),
              {workflow, u"--server"_s, base.toString(), u"--out"_s, out, u"--count"_s, u"1000"_s});
    QVERIFY(run.waitForStarted());
    QVERIFY(spinUntil([&] { return run.state() == QProcess::NotRunning; }, 120000));
    const qint64 ms = timer.elapsed();
    const double cpu = childCpuSeconds() - cpuBefore; // easel-run's own, once it was reaped
    QFile log(dir.filePath(u"run.log"_s));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray said = log.readAll();
    QVERIFY2(run.exitCode() == 0, said.right(2000).constData());
    // Identical outputs are stored once (the library keeps one file per distinct bytes):
    // the summary counts the jobs.
    QVERIFY2(said.contains("1000 of 1000 job(s) succeeded"), said.right(2000).constData());
    qInfo("easel-run --count 1000: drained in %lld ms (target <= 2000 on a quiet machine); easel-run CPU %.2f s",
          qlonglong(ms), cpu);
    sim.terminate();
    sim.waitForFinished();
}

QTEST_GUILESS_MAIN(bench_RunDrain)
#include "bench_rundrain.moc"
