// A day of work (issue 17): the window, offscreen, runs jobs with previews against easel-sim
// (its own process, fast steps, WebSockets closed every so often so the window reconnects),
// sampling every so many jobs: RSS, open file descriptors, threads, the library index
// (SQLite file, WAL and shared memory together), the queue's journal, event-loop latency
// (gaps between ticks of a 1 ms precise timer: p99 and max of the interval) and the
// process's CPU per job. Then, against another server of the same build in the same run,
// easel-run and the seed page's Python client (bench/seedclient.py) run the same workflows;
// their CPU per job is printed beside the window's.
//
// Two workflows:
//  - previews: EmptyImage 64x64 -> CaptureProgressPreview (4 JPEG previews, never cached)
//    -> SaveImage. Every job's output has the same bytes, so the library stores one file.
//  - plain (no previews): EmptyImage 64x64 -> ImageAddNoise (seed) -> SaveImage. easel-run
//    gives every job after the first a random seed, the seed client seed = job number (as
//    the seed page's example does): no job is cached, every job's PNG is its own file.
//
// easel-run's CPU per job leaves its start out: a one-job run (start, /object_info, one job)
// is made first and subtracted: (CPU of the N-job run - CPU of the one-job run) / (N - 1).
// The seed client's is from its first job on (getrusage inside Python).
//
// While easel-run runs, its RSS, fds and threads (/proc/<pid>) and its library index are
// sampled every so many jobs, counted from its "job K/N done" lines.
//
// usage: bench_soak                       short: 600 window jobs; easel-run 600 and seed client
//                                         200 on each workflow
//        bench_soak --long                20,000 window jobs (sample every 1,000, reconnects every
//                                         180 s); easel-run 20,000 with previews in one run
//                                         (sampled every 1,000); seed client 1,000 on each
//        bench_soak --cpu [N]             no window: easel-run N (1,000) and the seed client
//                                         N/2 on each workflow
//        bench_soak --run-soak [N] [EVERY] no window: easel-run N (20,000) with previews in one
//                                         run, sampled every EVERY (1,000) jobs
//        bench_soak WINDOW RUN SEED [SAMPLE_EVERY] [RECONNECT_S]
//
// EASEL_BENCH_RUN=/path/to/easel-run runs that easel-run instead of this build's (an older
// build's copy, say), so old and new can be measured in turn on the same machine state.
//
// Targets (docs/reliability.md): RSS after the last job within 10 % of RSS after the first
// tenth; fds and threads flat; p99 <= 16 ms in every interval; window CPU per job within
// 1.5x the seed client's; easel-run <= 1 ms per job without previews.
#include "mainwindow.h"
#include "eventstream.h"
#include "previewdecoder.h"
#include "jobqueue.h"
#include "workfloweditor.h"
#include "workflowmodel.h"
#include "processmemory.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include "benchsupport.h"

#include <algorithm>
#include <cstdio>
#include <utility>
#include <sys/resource.h>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {

const QByteArray prompt = R"({"1": {"class_type": "EmptyImage", "inputs": {"width": 64, "height": 64, "batch_size": 1, "color": 34816}},
"2": {"class_type": "CaptureProgressPreview", "inputs": {"image": ["1", 0], "steps": 4, "preview_format": "JPEG", "max_size": 64, "sleep_seconds": 0.0, "send_text": false}},
"3": {"class_type": "SaveImage", "inputs": {"images": ["2", 0], "filename_prefix": "soak"}}})";

const QByteArray plainPrompt = R"({"1": {"class_type": "EmptyImage", "inputs": {"width": 64, "height": 64, "batch_size": 1, "color": 34816}},
"2": {"class_type": "ImageAddNoise", "inputs": {"image": ["1", 0], "seed": 1, "strength": 0.5}},
"3": {"class_type": "SaveImage", "inputs": {"images": ["2", 0], "filename_prefix": "plain"}}})";

double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

int openFds()
{
    return int(QDir(u"/proc/self/fd"_s).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot).size());
}

qint64 filesSize(const QStringList &paths)
{
    qint64 total = 0;
    for (const QString &path : paths)
        total += QFileInfo(path).size();
    return total;
}

struct Options
{
    int windowJobs = 600;
    int runJobs = 600;
    int seedJobs = 200;
    int sampleEvery = 100;
    int reconnectSeconds = 15;
    int runSampleEvery = 0; // 0: easel-run not sampled
    bool runPlain = true;   // easel-run and the seed client also on the workflow without previews
};

// The window's part: returns the CPU seconds per job, or -1.
double soakWindow(const QUrl &base, const Options &options, const QString &workDir)
{
    const QString workflow = QDir(workDir).filePath(u"soak.json"_s);
    const QString library = QDir(workDir).filePath(u"window-library"_s);
    MainWindow window(base, library);
    window.resize(1400, 900);
    window.show();
    window.openWorkflow(workflow);
    JobQueue *queue = window.jobQueue();
    int finished = 0;
    int failed = 0;
    QObject::connect(queue, &JobQueue::jobStateChanged, [&](const QString &, QueuedJob::State state) {
        if (state == QueuedJob::State::Done)
            ++finished;
        else if (state == QueuedJob::State::Failed || state == QueuedJob::State::Interrupted
                 || state == QueuedJob::State::Cancelled)
            ++failed;
    });
    // Wait for the catalogue (the queue button comes on with a document that converts).
    if (!spinUntil([&] { return window.editor()->model()->rowCount() == 3; }, 20000)) {
        std::fprintf(stderr, "the workflow did not open\n");
        return -1;
    }
    const QStringList indexFiles = {library + u"/.easel/library.sqlite"_s, library + u"/.easel/library.sqlite-wal"_s,
                                    library + u"/.easel/library.sqlite-shm"_s};
    const QString journal = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/queue.json"_s;

    QList<qint64> gaps;
    QElapsedTimer tickClock;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] { gaps.append(tickClock.restart()); });

    std::printf("window: %d jobs, sample every %d, WebSockets closed every %d s\n", options.windowJobs,
                options.sampleEvery, options.reconnectSeconds);
    std::printf("%8s %8s %9s %5s %8s %10s %10s %7s %7s %10s\n", "jobs", "s", "RSS MiB", "fds", "threads",
                "index KiB", "journal KiB", "p99 ms", "max ms", "CPU ms/job");
    std::fflush(stdout);
    // Previews (4 a job): decoded (any PreviewDecoder decode of the process), dropped undecoded
    // by the window's event stream, and reaching the window (the queue's previewReceived).
    const int decodesAtStart = PreviewDecoder::decodeCount();
    auto *events = window.findChild<EventStream *>();
    const int droppedAtStart = events ? events->droppedPreviewCount() : 0;
    int previewsIn = 0;
    QObject::connect(queue, &JobQueue::previewReceived, [&] { ++previewsIn; });
    int queued = 0;
    int nextSample = options.sampleEvery;
    double cpuAtSample = cpuSeconds(RUSAGE_SELF);
    const double cpuStart = cpuAtSample;
    // The GUI thread's own share (this function runs on it), printed beside the process's:
    // a change on that thread is told apart from the other threads' (network, WebSocket,
    // library writer).
    const double mainThreadStart = cpuSeconds(RUSAGE_THREAD);
    int jobsAtSample = 0;
    QElapsedTimer clock;
    clock.start();
    tickClock.start();
    ticker.start();
    // Keeps 32 jobs queued ahead, as an artist who queued a long batch.
    QTimer feeder;
    feeder.setInterval(5);
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        while (queued < options.windowJobs && queued - finished - failed < 32) {
            window.queueWorkflow();
            ++queued;
        }
    });
    feeder.start();
    const bool done = spinUntil(
        [&] {
            const int settled = finished + failed;
            if (settled > jobsAtSample && (settled >= nextSample || settled >= options.windowJobs)) {
                std::sort(gaps.begin(), gaps.end());
                const qint64 p99 = gaps.isEmpty() ? 0 : gaps.at(std::min<qsizetype>(gaps.size() - 1, gaps.size() * 99 / 100));
                const qint64 worst = gaps.isEmpty() ? 0 : gaps.constLast();
                gaps.clear();
                const double cpu = cpuSeconds(RUSAGE_SELF);
                const double perJob = 1000.0 * (cpu - cpuAtSample) / std::max(1, settled - jobsAtSample);
                cpuAtSample = cpu;
                jobsAtSample = settled;
                std::printf("%8d %8.1f %9.1f %5d %8lld %10.0f %10.0f %7lld %7lld %10.2f\n", settled,
                            clock.elapsed() / 1000.0, ProcessMemory::residentKiB() / 1024.0, openFds(),
                            ProcessMemory::statusKiB("Threads:"), filesSize(indexFiles) / 1024.0,
                            QFileInfo(journal).size() / 1024.0, p99, worst, perJob);
                std::fflush(stdout);
                while (nextSample <= settled)
                    nextSample += options.sampleEvery;
            }
            return settled >= options.windowJobs;
        },
        options.windowJobs * 2000 + 60000);
    ticker.stop();
    feeder.stop();
    const double cpu = cpuSeconds(RUSAGE_SELF) - cpuStart;
    const double mainThread = cpuSeconds(RUSAGE_THREAD) - mainThreadStart;
    std::printf("window: %d done, %d failed or lost, %.1f s, CPU %.2f s = %.2f ms per job%s\n", finished,
                failed, clock.elapsed() / 1000.0, cpu, 1000.0 * cpu / std::max(1, finished + failed),
                done ? "" : " (TIMED OUT)");
    std::printf("window: GUI thread CPU %.2f s = %.2f ms per job\n", mainThread,
                1000.0 * mainThread / std::max(1, finished + failed));
    const QStringList files = QDir(library).entryList(QDir::Files);
    std::printf("window: %lld file(s) in the library for %d outputs (identical bytes stored once)\n",
                qint64(files.size()), finished);
    std::printf("window: previews: %d decoded, %d dropped undecoded, %d reached the window\n",
                PreviewDecoder::decodeCount() - decodesAtStart,
                (events ? events->droppedPreviewCount() : 0) - droppedAtStart, previewsIn);
    std::fflush(stdout);
    return done ? cpu / std::max(1, finished + failed) : -1;
}

qint64 procStatusKiB(qint64 pid, const char *field)
{
    QFile file(u"/proc/%1/status"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// One easel-run process on WORKFLOW with --count JOBS into LIBRARY; its CPU from its rusage
// once reaped (the simulator is a child that does not end, so RUSAGE_CHILDREN grows by
// easel-run's alone). With sampleEvery > 0, samples the process every so many settled jobs.
double runEaselRun(const QUrl &base, int jobs, const QString &workflow, const QString &library, int sampleEvery)
{
    QProcess run;
    run.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LANGUAGE"_s, u"en"_s); // its job lines are read below
    run.setProcessEnvironment(environment);
    const double before = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer clock;
    clock.start();
    const QString program = qEnvironmentVariable("EASEL_BENCH_RUN", QStringLiteral(EASEL_RUN_PATH));
    run.start(program,
              {u"--server"_s, base.toString(), u"--out"_s, library, u"--count"_s, QString::number(jobs), workflow});
    if (!run.waitForStarted())
        return -1;
    const qint64 pid = run.processId();
    const QStringList indexFiles = {library + u"/.easel/library.sqlite"_s, library + u"/.easel/library.sqlite-wal"_s,
                                    library + u"/.easel/library.sqlite-shm"_s};
    int settled = 0;
    int nextSample = sampleEvery;
    if (sampleEvery > 0) {
        std::printf("easel-run: %d jobs, sampled every %d\n%8s %8s %9s %5s %8s %10s\n", jobs, sampleEvery, "jobs", "s",
                    "RSS MiB", "fds", "threads", "index KiB");
        std::fflush(stdout);
    }
    const auto readLines = [&] {
        while (run.canReadLine()) {
            const QByteArray line = run.readLine();
            // "job K/N done: ...", "... failed: ...", "... rejected: ...", "... finished on the
            // server but produced no output files": each job settles with one of these.
            if (!line.startsWith("job "))
                continue;
            const qsizetype space = line.indexOf(' ', 4);
            const QByteArray word = line.mid(space + 1).split(' ').value(0).split(':').value(0);
            if (word == "done" || word == "failed" || word == "rejected" || word == "finished")
                ++settled;
        }
        if (sampleEvery > 0 && settled >= nextSample && run.state() == QProcess::Running) {
            const int fds = int(QDir(u"/proc/%1/fd"_s.arg(pid))
                                    .entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)
                                    .size());
            std::printf("%8d %8.1f %9.1f %5d %8lld %10.0f\n", settled, clock.elapsed() / 1000.0,
                        procStatusKiB(pid, "VmRSS:") / 1024.0, fds, procStatusKiB(pid, "Threads:"),
                        filesSize(indexFiles) / 1024.0);
            std::fflush(stdout);
            while (nextSample <= settled)
                nextSample += sampleEvery;
        }
    };
    QObject::connect(&run, &QProcess::readyReadStandardOutput, readLines);
    if (!spinUntil([&] { return run.state() == QProcess::NotRunning; }, jobs * 1000 + 60000)) {
        run.kill();
        run.waitForFinished();
        return -1;
    }
    readLines();
    const double cpu = cpuSeconds(RUSAGE_CHILDREN) - before;
    if (sampleEvery > 0 || jobs > 1) {
        std::printf("easel-run: %d jobs (%d settled), exit %d, %.1f s, CPU %.2f s\n", jobs, settled, run.exitCode(),
                    clock.elapsed() / 1000.0, cpu);
        std::fflush(stdout);
    }
    return run.exitCode() == 0 ? cpu : -1;
}

// easel-run's CPU per job without its start: a one-job run subtracted from an N-job run.
double runHeadless(const QUrl &base, int jobs, const QString &workflow, const QString &workDir,
                   const QString &name, int sampleEvery)
{
    if (jobs <= 1)
        return 0;
    const double one = runEaselRun(base, 1, workflow, QDir(workDir).filePath(name + u"-one"_s), 0);
    const double many = runEaselRun(base, jobs, workflow, QDir(workDir).filePath(name + u"-library"_s), sampleEvery);
    if (one < 0 || many < 0)
        return -1;
    const double perJob = (many - one) / (jobs - 1);
    std::printf("easel-run %s: start + 1 job %.3f s; %d jobs %.2f s; %.3f ms per job without the start\n",
                qPrintable(name), one, jobs, many, perJob * 1000);
    std::fflush(stdout);
    return perJob;
}

double runSeedClient(const QUrl &base, int jobs, const QString &workflow)
{
    if (jobs <= 0)
        return 0;
    QProcess python;
    python.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    python.start(u"python3"_s, {QStringLiteral(EASEL_BENCH_DIR "/seedclient.py"), base.toString(),
                                workflow, QString::number(jobs)});
    if (!python.waitForFinished(jobs * 1000 + 60000))
        return -1;
    const QByteArray line = python.readAllStandardOutput().trimmed();
    std::printf("%s\n", line.constData());
    std::fflush(stdout);
    for (const QByteArray &field : line.split(' ')) {
        if (field.startsWith("cpu_ms_per_job="))
            return field.mid(15).toDouble() / 1000.0;
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // settings and journal of a test profile
    Options options;
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == "--long"_L1) {
        options = {20000, 20000, 1000, 1000, 180, 1000, true};
    } else if (args.value(0) == "--cpu"_L1) {
        const int jobs = std::max(2, args.value(1, u"1000"_s).toInt());
        options = {0, jobs, std::max(1, jobs / 2), 1, 15, 0, true};
    } else if (args.value(0) == "--run-soak"_L1) {
        options = {0, std::max(2, args.value(1, u"20000"_s).toInt()), 0, 1, 15,
                   std::max(1, args.value(2, u"1000"_s).toInt()), false};
    } else if (!args.isEmpty()) {
        options.windowJobs = args.value(0).toInt();
        options.runJobs = args.value(1, u"0"_s).toInt();
        options.seedJobs = args.value(2, u"0"_s).toInt();
        options.sampleEvery = std::max(1, args.value(3, QString::number(std::max(1, options.windowJobs / 10))).toInt());
        options.reconnectSeconds = args.value(4, u"15"_s).toInt();
    }
    QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/queue.json"_s);

    QTemporaryDir work;
    // Two servers of the same build and pace: the window's closes its WebSockets every so
    // often (the window reconnects); the other serves easel-run and the seed client, whose
    // loop (as on the seed page) does not reconnect.
    const auto startSim = [&](QProcess &sim, const QString &dataDir, const QStringList &extra) {
        sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        sim.start(QStringLiteral(EASEL_SIM_PATH),
                  QStringList{u"--port"_s, u"0"_s, u"--step-ms"_s, u"1"_s, u"--data-dir"_s, work.filePath(dataDir)} + extra);
        if (!sim.waitForStarted() || !spinUntil([&] { return sim.canReadLine(); }, 10000))
            return QUrl();
        return QUrl(QString::fromUtf8(sim.readLine().trimmed()));
    };
    QProcess windowSim;
    QProcess otherSim;
    const QUrl windowBase = startSim(windowSim, u"sim-window"_s,
                                     {u"--fault"_s, u"close_ws_every:seconds=%1"_s.arg(options.reconnectSeconds)});
    const QUrl base = startSim(otherSim, u"sim"_s, {});
    if (!windowBase.isValid() || !base.isValid()) {
        std::fprintf(stderr, "easel-sim did not start\n");
        return 1;
    }

    for (const auto &[name, json] : {std::pair{u"soak.json"_s, prompt}, std::pair{u"plain.json"_s, plainPrompt}}) {
        QFile file(work.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
            return 1;
    }
    const QString previews = work.filePath(u"soak.json"_s);
    const QString plain = work.filePath(u"plain.json"_s);
    const double window = options.windowJobs > 0 ? soakWindow(windowBase, options, work.path()) : 0;
    const double headless = runHeadless(base, options.runJobs, previews, work.path(), u"previews"_s,
                                        options.runSampleEvery);
    // Without previews: as many jobs, capped for the long run (its soak is the previews run).
    const int plainJobs = options.runPlain ? std::min(options.runJobs, 2000) : 0;
    const double headlessPlain = runHeadless(base, plainJobs, plain, work.path(), u"plain"_s, 0);
    const double seed = runSeedClient(base, options.seedJobs, previews);
    const double seedPlain = options.runPlain ? runSeedClient(base, options.seedJobs, plain) : 0;
    std::printf("client CPU per job, with 4 previews: window %.2f ms, easel-run %.2f ms, seed Python client %.2f ms;"
                " window / seed = %.2f\n",
                window * 1000, headless * 1000, seed * 1000, seed > 0 ? window / seed : 0.0);
    if (options.runPlain)
        std::printf("client CPU per job, no previews: easel-run %.2f ms (target <= 1 ms), seed Python client %.2f ms\n",
                    headlessPlain * 1000, seedPlain * 1000);
    for (QProcess *sim : {&windowSim, &otherSim}) {
        sim->terminate();
        sim->waitForFinished(5000);
    }
    return window < 0 || headless < 0 || headlessPlain < 0 || seed < 0 || seedPlain < 0 ? 1 : 0;
}
