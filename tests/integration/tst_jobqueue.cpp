// Easel's queue against the simulator over real loopback sockets: a 3×3 sweep completes in
// order, reorder and pause take effect before the next submission, cancel and interrupt
// hit only the intended job (never another client's), an execution error and a 400 land
// on the right job and node, and a queue survives a restart of Easel's core.
#include "comfyclient.h"
#include "eventstream.h"
#include "faultinjector.h"
#include "futurecallback.h"
#include "jobqueue.h"
#include "jobrunner.h"
#include "libraryindex.h"
#include "outputstore.h"
#include "imagemetadata.h"
#include "nodecatalogue.h"
#include "faultinjector.h"
#include "simserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {
// EmptyImage -> SaveImage: fast.
const QByteArray quickPrompt = R"({"1": {"class_type": "EmptyImage", "inputs": {"width": 8, "height": 8, "batch_size": 1, "color": 0}}, "2": {"class_type": "SaveImage", "inputs": {"images": ["1", 0], "filename_prefix": "queue"}}})";
// EmptyImage -> CaptureProgressPreview (never cached, steps × step-ms) -> SaveImage.
QByteArray slowPrompt(int steps)
{
    return QStringLiteral(R"({"1": {"class_type": "EmptyImage", "inputs": {"width": 8, "height": 8, "batch_size": 1, "color": 0}}, "2": {"class_type": "CaptureProgressPreview", "inputs": {"image": ["1", 0], "steps": %1, "preview_format": "JPEG", "max_size": 64, "sleep_seconds": 0.0, "send_text": false}}, "3": {"class_type": "SaveImage", "inputs": {"images": ["2", 0], "filename_prefix": "slow"}}})")
        .arg(steps)
        .toUtf8();
}

JsonNumber num(qint64 v)
{
    return JsonNumber::fromInt(v);
}

// A server that answers POST /queue (the delete) with 200 but deletes nothing.
class IgnoredDelete : public Sim::FaultInjector
{
public:
    RequestDecision onRequest(const QString &method, const QString &path) override
    {
        RequestDecision decision;
        if (method == "POST"_L1 && path == "/queue"_L1) {
            decision.action = RequestAction::Replace;
            decision.body = "{}";
        }
        return decision;
    }
};
} // namespace

class tst_JobQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sweepCompletesInOrder();
    void reorderAndPauseBeforeNextSubmission();
    void pauseTakesBackThePendingJob();
    void pauseAsThePendingJobStartsKeepsIt();
    void cancelAndInterruptHitOnlyTheIntendedJob();
    void errorsLandOnTheRightJobAndNode();
    void queueSurvivesRestart();
    void restoredJobsKeepTheirNames();
    void variationOutputsEmbedTheirOwnJob();
    void restoredWaitingJobPendingOnTheServerIsNotPostedTwice();
    void cancelStillPendingAfterTheDeleteStopsItWhenItStarts();
    void restoredJobIsNotPostedAgainWhenTheServerCannotSay();
    void unansweredPostIsAVisibleWait();

private:
    void startCore();
    void stopCore();
    QStringList finishedOrder(const QSignalSpy &spy) const;

    std::unique_ptr<Sim::SimServer> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ComfyClient> m_client;
    std::unique_ptr<EventStream> m_events;
    std::unique_ptr<JobRunner> m_runner;
    std::unique_ptr<JobQueue> m_queue;
    QStringList m_posted; // prompt ids in the order the server received them
};

void tst_JobQueue::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_JobQueue::init()
{
    m_sim = std::make_unique<Sim::SimServer>();
    m_sim->setStepMs(0);
    QVERIFY(m_sim->listen(QHostAddress::LocalHost, 0) != 0);
    m_posted.clear();
    connect(m_sim.get(), &Sim::SimServer::promptQueued, this,
            [this](const QString &promptId) { m_posted.append(promptId); });
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    startCore();
}

void tst_JobQueue::startCore()
{
    m_client = std::make_unique<ComfyClient>(m_sim->baseUrl());
    m_events = std::make_unique<EventStream>();
    m_runner = std::make_unique<JobRunner>(m_client.get(), m_events.get(), m_dir->filePath(u"out"_s));
    m_runner->setPollAfterMs(500);
    m_queue = std::make_unique<JobQueue>(m_runner.get(), m_client.get(), m_events.get());
    m_queue->setJournalPath(m_dir->filePath(u"journal.json"_s));
    QSignalSpy connected(m_events.get(), &EventStream::connected);
    m_events->open(m_sim->baseUrl());
    QVERIFY(connected.wait(5000));
}

void tst_JobQueue::stopCore()
{
    m_queue.reset();
    m_runner.reset();
    m_events.reset();
    m_client.reset();
}

void tst_JobQueue::cleanup()
{
    stopCore();
    m_sim.reset();
    m_dir.reset();
}

QStringList tst_JobQueue::finishedOrder(const QSignalSpy &spy) const
{
    QStringList ids;
    for (const QList<QVariant> &args : spy) {
        const auto state = args.at(1).value<QueuedJob::State>();
        if (state == QueuedJob::State::Done || state == QueuedJob::State::Failed
            || state == QueuedJob::State::Cancelled || state == QueuedJob::State::Interrupted)
            ids.append(args.at(0).toString());
    }
    return ids;
}

void tst_JobQueue::sweepCompletesInOrder()
{
    SweepSpec spec;
    spec.label = u"3x3"_s;
    spec.axes = {SweepAxis::range(u"1"_s, u"width"_s, num(8), num(24), num(8)),
                 SweepAxis::list(u"1"_s, u"color"_s, {JsonTree::fromInt(1), JsonTree::fromInt(2), JsonTree::fromInt(3)})};
    QCOMPARE(spec.jobCount(), 9);
    QSignalSpy states(m_queue.get(), &JobQueue::jobStateChanged);
    QSignalSpy batch(m_queue.get(), &JobQueue::batchFinished);
    QSignalSpy progress(m_queue.get(), &JobQueue::jobProgressChanged);
    QString error;
    QVERIFY2(!m_queue->enqueueSweep(quickPrompt, spec, {}, &error).isEmpty(), qPrintable(error));
    int maxInFlight = 0;
    connect(m_queue.get(), &JobQueue::jobStateChanged, this,
            [&] { maxInFlight = std::max(maxInFlight, m_queue->inFlightCount()); });
    QTRY_COMPARE_WITH_TIMEOUT(batch.size(), 1, 30000);
    QCOMPARE(batch.constFirst().at(2).toInt(), 9);
    QCOMPARE(batch.constFirst().at(3).toInt(), 0);
    QVERIFY(!batch.constFirst().at(4).toString().isEmpty());
    const QStringList ids = m_queue->jobIds();
    // Run in queue order (outputs may finish downloading in a different order).
    QStringList runningOrder;
    for (const QList<QVariant> &args : std::as_const(states)) {
        if (args.at(1).value<QueuedJob::State>() == QueuedJob::State::Running)
            runningOrder.append(args.at(0).toString());
    }
    QCOMPARE(runningOrder, ids);
    QCOMPARE(finishedOrder(states).size(), 9);
    QStringList promptIds;
    for (const QString &id : ids) {
        promptIds.append(m_queue->job(id)->promptId);
        QCOMPARE(m_queue->job(id)->outputs.size(), 1);
    }
    QCOMPARE(m_posted, promptIds);
    QVERIFY(maxInFlight <= m_queue->maxInFlight());
    // The runner takes the node count from the queue's parsed batch (it parses no prompt),
    // and the library's writer still finds each job's changed inputs against the batch.
    QVERIFY(!progress.isEmpty());
    for (const QList<QVariant> &args : std::as_const(progress))
        QCOMPARE(args.at(3).toInt(), 2);
    int widthChanged = 0;
    for (const QString &promptId : std::as_const(promptIds)) {
        const std::optional<JobRecord> job = m_runner->store()->index()->job(promptId);
        QVERIFY(job.has_value());
        QVERIFY2(job->changedInputs.startsWith(R"({"1":{"color":)"), job->changedInputs.constData());
        widthChanged += job->changedInputs.contains(R"("width":)") ? 1 : 0;
    }
    QCOMPARE(widthChanged, 6); // widths 16 and 24; 8 is the base's
}

void tst_JobQueue::reorderAndPauseBeforeNextSubmission()
{
    m_sim->setStepMs(10);
    m_queue->setPaused(true);
    // Long enough (0.5 s each) that the second job is still pending when the pause comes.
    m_queue->enqueue(slowPrompt(50), QList<SweepVariant>(5), u"r"_s);
    const QStringList ids = m_queue->jobIds();
    // Reorder before anything went out: job 5 first, then 4.
    QVERIFY(m_queue->moveJob(ids.at(4), 0));
    QVERIFY(m_queue->moveJob(ids.at(3), 1));
    QSignalSpy states(m_queue.get(), &JobQueue::jobStateChanged);
    m_queue->setPaused(false);
    QTRY_COMPARE_WITH_TIMEOUT(m_posted.size(), 2, 10000);
    QCOMPARE(m_posted.at(0), m_queue->job(ids.at(4))->promptId);
    QCOMPARE(m_posted.at(1), m_queue->job(ids.at(3))->promptId);
    // Pause while two are out: the running one finishes, the pending one is taken back
    // (first of the waiting jobs), and nothing more is posted.
    m_queue->setPaused(true);
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->inFlightCount(), 0, 10000);
    QCOMPARE(m_posted.size(), 2);
    QCOMPARE(m_queue->waitingCount(), 4);
    QCOMPARE(m_queue->job(ids.at(3))->state, QueuedJob::State::Waiting);
    // Move the last waiting job to the front of the waiting ones; resume: it goes next.
    const QStringList order = m_queue->jobIds();
    const QString lastWaiting = order.constLast();
    QVERIFY(m_queue->moveJob(lastWaiting, 1));
    m_queue->setPaused(false);
    QTRY_VERIFY_WITH_TIMEOUT(m_posted.size() >= 3, 10000);
    QCOMPARE(m_posted.at(2), m_queue->job(lastWaiting)->promptId);
    QTRY_COMPARE_WITH_TIMEOUT(finishedOrder(states).size(), 5, 20000);
}

void tst_JobQueue::pauseTakesBackThePendingJob()
{
    m_sim->setStepMs(20);
    QStringList started;
    connect(m_sim.get(), &Sim::SimServer::promptStarted, this,
            [&](const QString &promptId) { started.append(promptId); });
    m_queue->enqueue(slowPrompt(40), QList<SweepVariant>(4), u"p"_s);
    const QStringList ids = m_queue->jobIds();
    // Job 1 runs, job 2 waits on the server.
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->job(ids.at(0))->state, QueuedJob::State::Running, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_posted.size(), 2, 10000);
    const QString pendingPromptId = m_queue->job(ids.at(1))->promptId;
    QCOMPARE(m_posted.at(1), pendingPromptId);
    QCOMPARE(m_queue->job(ids.at(1))->state, QueuedJob::State::Submitted);

    m_queue->setPaused(true);
    // Taken back from the server: waiting again, first of the waiting jobs, a new prompt id.
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->job(ids.at(1))->state, QueuedJob::State::Waiting, 10000);
    QCOMPARE(m_queue->jobIds(), ids);
    QVERIFY(m_queue->job(ids.at(1))->promptId != pendingPromptId);
    // The running job goes on to the end; nothing else runs or is posted while paused.
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->job(ids.at(0))->state, QueuedJob::State::Done, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->inFlightCount(), 0, 10000);
    QCOMPARE(m_posted.size(), 2);
    QCOMPARE(m_queue->waitingCount(), 3);
    QVERIFY(!started.contains(pendingPromptId));
    bool absent = false;
    onFinished(m_client->historyEntry(pendingPromptId), this,
               [&](const Result<QList<HistoryEntry>> &r) { absent = r.isOk() && r.value().isEmpty(); });
    QTRY_VERIFY_WITH_TIMEOUT(absent, 10000);

    // Resumed: it is the next one sent, and every job runs exactly once.
    QSignalSpy batches(m_queue.get(), &JobQueue::batchFinished);
    m_queue->setPaused(false);
    QTRY_VERIFY_WITH_TIMEOUT(m_posted.size() >= 3, 10000);
    QCOMPARE(m_posted.at(2), m_queue->job(ids.at(1))->promptId);
    QTRY_COMPARE_WITH_TIMEOUT(batches.size(), 1, 30000);
    QCOMPARE(batches.constFirst().at(2).toInt(), 4);
    QCOMPARE(started.size(), 4);
    QStringList finalIds;
    for (const QString &id : ids) {
        QCOMPARE(m_queue->job(id)->state, QueuedJob::State::Done);
        finalIds.append(m_queue->job(id)->promptId);
    }
    QCOMPARE(started, finalIds);
}

void tst_JobQueue::pauseAsThePendingJobStartsKeepsIt()
{
    // The race: the pause comes when the server has just started the pending job, before
    // any of its events reached Easel. The delete finds nothing to delete; the job must
    // run once, stay Easel's, and not be sent again.
    m_sim->setStepMs(20);
    m_queue->enqueue(slowPrompt(10), QList<SweepVariant>(3), u"race"_s);
    const QStringList ids = m_queue->jobIds();
    QTRY_COMPARE_WITH_TIMEOUT(m_posted.size(), 2, 10000);
    const QString secondPromptId = m_posted.at(1);
    QCOMPARE(m_queue->job(ids.at(1))->promptId, secondPromptId);
    bool pausedAtStart = false;
    connect(m_sim.get(), &Sim::SimServer::promptStarted, this, [&](const QString &promptId) {
        if (promptId != secondPromptId)
            return;
        // Same thread as Easel's core: its queue cannot have seen an event of this run yet.
        pausedAtStart = m_queue->job(ids.at(1))->state == QueuedJob::State::Submitted;
        m_queue->setPaused(true);
    });
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->job(ids.at(1))->state, QueuedJob::State::Done, 15000);
    QVERIFY(pausedAtStart);
    QVERIFY(m_queue->isPaused());
    QCOMPARE(m_queue->job(ids.at(1))->promptId, secondPromptId);
    QCOMPARE(m_queue->job(ids.at(0))->state, QueuedJob::State::Done);
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->inFlightCount(), 0, 10000);
    QCOMPARE(m_posted.size(), 2);
    QCOMPARE(m_queue->job(ids.at(2))->state, QueuedJob::State::Waiting);
    QCOMPARE(m_queue->job(ids.at(1))->outputs.size(), 1);
}

void tst_JobQueue::cancelAndInterruptHitOnlyTheIntendedJob()
{
    m_sim->setStepMs(20);
    // Another client's prompt, queued first: it must finish untouched.
    ComfyClient other(m_sim->baseUrl());
    PromptRequest foreign;
    foreign.promptJson = slowPrompt(15);
    foreign.promptId = ComfyClient::makePromptId();
    foreign.clientId = u"someone-else"_s;
    bool foreignQueued = false;
    onFinished(other.queuePrompt(foreign), this, [&](const Result<QueuedPrompt> &r) { foreignQueued = r.isOk(); });
    QTRY_VERIFY(foreignQueued);

    m_queue->enqueue(slowPrompt(15), QList<SweepVariant>(4), u"c"_s);
    const QStringList ids = m_queue->jobIds();
    // The foreign job shows up as such.
    QTRY_VERIFY_WITH_TIMEOUT(m_queue->foreignJobCount() >= 1, 5000);
    QCOMPARE(m_queue->index(0, 0).data(JobQueue::IsForeignRole).toBool(), true);
    QCOMPARE(m_queue->index(0, 0).data(JobQueue::PromptIdRole).toString(), foreign.promptId);

    // Job 1 runs after the foreign one, job 2 waits on the server, 3 and 4 in Easel.
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->job(ids.at(1))->state, QueuedJob::State::Submitted, 5000);
    QVERIFY(m_queue->cancel(ids.at(2))); // waiting in Easel: never posted
    QVERIFY(m_queue->cancel(ids.at(1))); // pending on the server: deleted there
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->job(ids.at(1))->state, QueuedJob::State::Cancelled, 10000);
    QCOMPARE(m_queue->job(ids.at(2))->state, QueuedJob::State::Cancelled);
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->job(ids.at(0))->state, QueuedJob::State::Running, 10000);
    QVERIFY(m_queue->interrupt(ids.at(0)));
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->job(ids.at(0))->state, QueuedJob::State::Interrupted, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->job(ids.at(3))->state, QueuedJob::State::Done, 15000);

    QVERIFY(!m_posted.contains(m_queue->job(ids.at(2))->promptId));
    // The foreign prompt ran to success.
    bool checked = false;
    onFinished(other.historyEntry(foreign.promptId), this, [&](const Result<QList<HistoryEntry>> &r) {
        QVERIFY(r.isOk() && !r.value().isEmpty());
        QCOMPARE(r.value().constFirst().statusStr, u"success"_s);
        checked = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(checked, 10000);
    // The cancelled pending one never ran.
    bool absent = false;
    onFinished(other.historyEntry(m_queue->job(ids.at(1))->promptId), this,
               [&](const Result<QList<HistoryEntry>> &r) { absent = r.isOk() && r.value().isEmpty(); });
    QTRY_VERIFY(absent);
}

void tst_JobQueue::errorsLandOnTheRightJobAndNode()
{
    // One batch: job 2 escapes the output folder (execution_error in SaveImage, node 2);
    // a second batch asks for a width above the maximum (400, node_errors on node 1).
    SweepSpec spec;
    spec.label = u"errors"_s;
    spec.axes = {SweepAxis::list(u"2"_s, u"filename_prefix"_s,
                                 {JsonTree::fromString(u"fine"_s), JsonTree::fromString(u"../../escape"_s),
                                  JsonTree::fromString(u"fine too"_s)})};
    QSignalSpy failed(m_queue.get(), &JobQueue::jobFailed);
    QSignalSpy batches(m_queue.get(), &JobQueue::batchFinished);
    QVERIFY(!m_queue->enqueueSweep(quickPrompt, spec).isEmpty());
    m_queue->enqueue(quickPrompt, {SweepVariant{{{u"1"_s, u"width"_s, JsonTree::fromInt(100000)}}}}, u"too wide"_s);
    QTRY_COMPARE_WITH_TIMEOUT(batches.size(), 2, 15000);
    QCOMPARE(failed.size(), 2);
    const QStringList ids = m_queue->jobIds();
    QCOMPARE(m_queue->job(ids.at(0))->state, QueuedJob::State::Done);
    QCOMPARE(m_queue->job(ids.at(2))->state, QueuedJob::State::Done);

    const QueuedJob *error = m_queue->job(ids.at(1));
    QCOMPARE(error->state, QueuedJob::State::Failed);
    QCOMPARE(failed.at(0).at(0).toString(), error->id);
    QCOMPARE(error->failure.nodeId, u"2"_s);
    QCOMPARE(error->failure.nodeType, u"SaveImage"_s);
    QVERIFY(!error->failure.exceptionMessage.isEmpty());
    QVERIFY(!error->failure.traceback.isEmpty());
    QVERIFY(!error->failure.rejected);

    const QueuedJob *rejected = m_queue->job(ids.at(3));
    QCOMPARE(rejected->state, QueuedJob::State::Failed);
    QCOMPARE(failed.at(1).at(0).toString(), rejected->id);
    QVERIFY(rejected->failure.rejected);
    QCOMPARE(rejected->failure.nodeErrors.size(), 1);
    QCOMPARE(rejected->failure.nodeErrors.constFirst().nodeId, u"1"_s);
    QCOMPARE(rejected->failure.nodeErrors.constFirst().reasons.constFirst().inputName, u"width"_s);
    QCOMPARE(rejected->failure.nodeId, u"1"_s);

    // Retry of the failed job gets a new prompt id and fails the same way.
    const QString oldPromptId = error->promptId;
    QVERIFY(m_queue->retry(error->id));
    QVERIFY(m_queue->job(ids.at(1))->promptId != oldPromptId);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 3, 10000);
}

void tst_JobQueue::queueSurvivesRestart()
{
    m_sim->setStepMs(10);
    m_queue->enqueue(slowPrompt(20), QList<SweepVariant>(5), u"restart"_s);
    const QStringList ids = m_queue->jobIds();
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->job(ids.at(0))->state, QueuedJob::State::Running, 10000);
    // The second POST goes out once the first is answered.
    QTRY_COMPARE_WITH_TIMEOUT(m_posted.size(), 2, 10000);
    QVERIFY(m_queue->flushJournal());
    // Easel stops (no clean shutdown of the jobs on the server) and starts again.
    stopCore();
    startCore();
    QSignalSpy loaded(m_queue.get(), &JobQueue::journalLoaded);
    QSignalSpy batches(m_queue.get(), &JobQueue::batchFinished);
    m_queue->loadJournal();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.constFirst().at(0).toInt(), 5);
    QCOMPARE(m_queue->jobIds(), ids);
    QTRY_COMPARE_WITH_TIMEOUT(batches.size(), 1, 30000);
    QCOMPARE(batches.constFirst().at(2).toInt(), 5);
    // Each job ran exactly once: the two on the server were looked up, not posted again.
    QCOMPARE(m_posted.size(), 5);
    QCOMPARE(QSet<QString>(m_posted.cbegin(), m_posted.cend()).size(), 5);
    for (const QString &id : ids)
        QVERIFY2(!m_queue->job(id)->outputs.isEmpty(), qPrintable(id));
}

// A batch of 6, two done, Easel restarts: the journal brings back only the unfinished jobs,
// and each is still named against the whole batch with its own index ("3/6", as before the
// restart), never against the jobs left ("3/4", or "5/4").
void tst_JobQueue::restoredJobsKeepTheirNames()
{
    constexpr int total = 6;
    m_sim->setStepMs(10);
    m_queue->enqueue(slowPrompt(10), QList<SweepVariant>(total), u"names"_s);
    const QStringList ids = m_queue->jobIds();
    QCOMPARE(ids.size(), total);
    for (int i = 0; i < total; ++i)
        QCOMPARE(m_queue->jobName(ids.at(i)), u"names %1/%2"_s.arg(i + 1).arg(total));
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->job(ids.at(1))->state, QueuedJob::State::Done, 10000);
    // Held: what was not done stays unfinished in the journal and after the restart.
    m_queue->setPaused(true);
    QVERIFY(m_queue->flushJournal());
    stopCore();
    startCore();
    QSignalSpy loaded(m_queue.get(), &JobQueue::journalLoaded);
    m_queue->loadJournal();
    QVERIFY(loaded.wait(5000));
    const QStringList restored = m_queue->jobIds();
    QVERIFY2(!restored.isEmpty() && restored.size() <= total - 2, qPrintable(QString::number(restored.size())));
    for (const QString &id : restored) {
        const int index = int(ids.indexOf(id)) + 1;
        QVERIFY2(index > 2, qPrintable(id));
        QCOMPARE(m_queue->job(id)->indexInBatch, index);
        QCOMPARE(m_queue->batchSize(m_queue->job(id)->batchId), total);
        QCOMPARE(m_queue->jobName(id), u"names %1/%2"_s.arg(index).arg(total));
    }

    // A journal written before it kept the batch's size: the highest index kept (the last
    // job's, still waiting) stands for it, so no index exceeds its total.
    QVERIFY(m_queue->flushJournal());
    stopCore();
    QFile file(m_dir->filePath(u"journal.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray batches = root.value("batches"_L1).toArray();
    QCOMPARE(batches.size(), 1);
    QJsonObject batch = batches.at(0).toObject();
    QVERIFY(batch.contains("jobCount"_L1));
    batch.remove("jobCount"_L1);
    batches[0] = batch;
    root.insert("batches"_L1, batches);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(file.write(QJsonDocument(root).toJson()) > 0);
    file.close();
    startCore();
    QSignalSpy loadedOld(m_queue.get(), &JobQueue::journalLoaded);
    m_queue->loadJournal();
    QVERIFY(loadedOld.wait(5000));
    // The job that ran on across the restart may have finished since: not journalled again.
    const QStringList again = m_queue->jobIds();
    QVERIFY(again.contains(ids.constLast()));
    QCOMPARE(m_queue->job(ids.constLast())->state, QueuedJob::State::Waiting);
    for (const QString &id : again) {
        QVERIFY2(restored.contains(id), qPrintable(id));
        QCOMPARE(m_queue->jobName(id), u"names %1/%2"_s.arg(ids.indexOf(id) + 1).arg(total));
    }
}

// A Variations sweep over ImageScale's width on the saved fixture model_free_execution.json,
// with a patterned file name: each output, reopened, carries the workflow with its own
// job's width (the 2nd widget of node 2) and the file-name template, and the prompt that
// ran with the name filled in from that width.
void tst_JobQueue::variationOutputsEmbedTheirOwnJob()
{
    QFile objectInfo(QStringLiteral(EASEL_SHARED_DIR "/captures/object_info.json"));
    QVERIFY(objectInfo.open(QIODevice::ReadOnly));
    m_queue->setCatalogue(std::make_shared<NodeCatalogue>(NodeCatalogue::fromJson(objectInfo.readAll())));
    QFile fixture(QStringLiteral(EASEL_SHARED_DIR "/workflows/ui/model_free_execution.json"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    JsonTree saved = JsonTree::parse(fixture.readAll());
    JsonTree *nodes = saved.findMutable(u"nodes");
    QVERIFY(nodes);
    for (int i = 0; i < nodes->size(); ++i) {
        if (nodes->at(i).value(u"id").toNumber().toInt() == 3) {
            JsonTree values = JsonTree::array();
            values.append(JsonTree::fromString(u"v_%ImageScale.width%"_s));
            nodes->at(i).insert(u"widgets_values"_s, values);
        }
    }
    // The prompt the window converts it to (expected/model_free_execution.api.json's shape).
    const QByteArray prompt = R"({"1": {"class_type": "EmptyImage", "inputs": {"width": 64, "height": 48, "batch_size": 1, "color": 3368601}},
        "2": {"class_type": "ImageScale", "inputs": {"image": ["1", 0], "upscale_method": "nearest-exact", "width": 128, "height": 96, "crop": "disabled"}},
        "3": {"class_type": "SaveImage", "inputs": {"images": ["2", 0], "filename_prefix": "v_%ImageScale.width%"}}})";
    SweepSpec spec;
    spec.axes = {SweepAxis::list(u"2"_s, u"width"_s, {JsonTree::fromInt(200), JsonTree::fromInt(256)})};
    QSignalSpy batch(m_queue.get(), &JobQueue::batchFinished);
    QString error;
    QVERIFY2(!m_queue->enqueueSweep(prompt, spec, saved.toPython(), &error).isEmpty(), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(batch.size(), 1, 30000);
    const QStringList ids = m_queue->jobIds();
    QCOMPARE(ids.size(), 2);
    const int widths[] = {200, 256};
    for (int j = 0; j < 2; ++j) {
        const QueuedJob *job = m_queue->job(ids.at(j));
        QCOMPARE(job->state, QueuedJob::State::Done);
        QCOMPARE(job->outputs.size(), 1);
        QFile png(job->outputs.constFirst().path);
        QVERIFY(png.open(QIODevice::ReadOnly));
        ImageMetadata metadata;
        QVERIFY2(metadata.readPng(&png), qPrintable(metadata.errorString()));
        const JsonTree ran = JsonTree::parse(metadata.value(u"prompt"_s));
        QCOMPARE(ran.value(u"2").value(u"inputs").value(u"width").toNumber().toInt(), widths[j]);
        QCOMPARE(ran.value(u"3").value(u"inputs").value(u"filename_prefix").toString(), u"v_%1"_s.arg(widths[j]));
        const JsonTree embedded = JsonTree::parse(metadata.value(u"workflow"_s));
        const JsonTree embeddedNodes = embedded.value(u"nodes");
        QVERIFY(embeddedNodes.isArray());
        for (int i = 0; i < embeddedNodes.size(); ++i) {
            const int id = embeddedNodes.at(i).value(u"id").toNumber().toInt();
            const JsonTree values = embeddedNodes.at(i).value(u"widgets_values");
            if (id == 2)
                QCOMPARE(values.at(1).toNumber().toInt(), widths[j]);
            if (id == 3)
                QCOMPARE(values.at(0).toString(), u"v_%ImageScale.width%"_s);
        }
    }
}

void tst_JobQueue::restoredWaitingJobPendingOnTheServerIsNotPostedTwice()
{
    // Easel stops between a job's POST and the journal's next save: the journal still says
    // Waiting, the server holds the prompt (pending). Restored, the job must be followed
    // there, not posted again under the same id (the server accepts duplicates and would
    // run it twice). Issue 16: this restored-job check asked /history only.
    m_sim->setHeld(true);
    QSignalSpy finishedOnServer(m_sim.get(), &Sim::SimServer::promptFinished);
    m_queue->setPaused(true);
    m_queue->enqueue(quickPrompt, QList<SweepVariant>(1), u"crash"_s);
    const QString jobId = m_queue->jobIds().constFirst();
    const QString promptId = m_queue->job(jobId)->promptId;
    QVERIFY(m_queue->flushJournal());
    const QString journal = m_dir->filePath(u"journal.json"_s);
    const QString saved = m_dir->filePath(u"journal.before-post"_s);
    QVERIFY(QFile::copy(journal, saved));
    m_queue->setPaused(false);
    QTRY_COMPARE_WITH_TIMEOUT(m_posted.size(), 1, 10000);
    QCOMPARE(m_posted.constFirst(), promptId);
    stopCore();
    QVERIFY(QFile::remove(journal));
    QVERIFY(QFile::copy(saved, journal));

    startCore();
    QSignalSpy loaded(m_queue.get(), &JobQueue::journalLoaded);
    QSignalSpy batches(m_queue.get(), &JobQueue::batchFinished);
    m_queue->loadJournal();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_queue->job(jobId)->state, QueuedJob::State::Waiting);
    m_queue->setPaused(false);
    // Asked and followed before the server lets it run.
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->job(jobId)->state, QueuedJob::State::Submitted, 10000);
    m_sim->setHeld(false);
    QTRY_COMPARE_WITH_TIMEOUT(batches.size(), 1, 30000);
    QCOMPARE(m_queue->job(jobId)->state, QueuedJob::State::Done);
    QCOMPARE(m_posted.size(), 1);
    QCOMPARE(finishedOnServer.size(), 1);
}

void tst_JobQueue::cancelStillPendingAfterTheDeleteStopsItWhenItStarts()
{
    // Issue 16: a cancel whose delete did not take the prompt out of the server's queue
    // (still pending when asked afterwards) showed the job as cancelled, stopped following
    // it, and the server ran it to the end anyway. Now it is interrupted as it starts.
    m_sim->setHeld(true);
    IgnoredDelete ignoredDelete;
    m_sim->setFaultInjector(&ignoredDelete);
    QSignalSpy started(m_sim.get(), &Sim::SimServer::promptStarted);
    QSignalSpy ended(m_sim.get(), &Sim::SimServer::promptFinished);
    m_sim->setStepMs(20);
    m_queue->enqueue(slowPrompt(50), QList<SweepVariant>(1), u"stubborn"_s);
    const QString jobId = m_queue->jobIds().constFirst();
    QTRY_COMPARE_WITH_TIMEOUT(m_posted.size(), 1, 10000);
    const QString promptId = m_posted.constFirst();
    QTRY_VERIFY_WITH_TIMEOUT(m_runner->isFollowing(promptId), 10000);
    QSignalSpy requests(m_sim.get(), &Sim::SimServer::requestReceived);
    QVERIFY(m_queue->cancel(jobId));
    // The delete and the look-up after it were answered (the prompt is still pending).
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(requests.cbegin(), requests.cend(),
                                         [](const QList<QVariant> &args) {
                                             return args.at(0).toString() == "GET"_L1
                                                    && args.at(1).toString() == "/queue"_L1;
                                         }),
                             10000);
    m_sim->setHeld(false);
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->job(jobId)->state, QueuedJob::State::Cancelled, 20000);
    QCOMPARE(started.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 20000);
    // The server stopped it: its record says interrupted, not success.
    m_sim->setFaultInjector(nullptr);
    std::optional<Result<QList<HistoryEntry>>> entry;
    onFinished(m_client->historyEntry(promptId), this,
               [&entry](const Result<QList<HistoryEntry>> &result) { entry = result; });
    QTRY_VERIFY_WITH_TIMEOUT(entry.has_value(), 10000);
    QVERIFY(entry->isOk());
    QCOMPARE(entry->value().size(), 1);
    QCOMPARE(entry->value().constFirst().terminalMessageType, u"execution_interrupted"_s);
}

void tst_JobQueue::restoredJobIsNotPostedAgainWhenTheServerCannotSay()
{
    // Issue 16: a job the journal says is on the server, restored while GET /queue fails
    // and /history has no record (it is still pending there), was posted again and ran
    // twice. Uncertain, it is followed instead.
    m_sim->setHeld(true);
    m_queue->enqueue(quickPrompt, QList<SweepVariant>(1), u"unsure"_s);
    const QString jobId = m_queue->jobIds().constFirst();
    QTRY_COMPARE_WITH_TIMEOUT(m_posted.size(), 1, 10000);
    const QString promptId = m_posted.constFirst();
    QTRY_VERIFY_WITH_TIMEOUT(m_runner->isFollowing(promptId), 10000);
    QCOMPARE(m_queue->job(jobId)->state, QueuedJob::State::Submitted);
    QVERIFY(m_queue->flushJournal());
    stopCore();

    Sim::RequestFaultInjector queueFails(u"/queue"_s, Sim::FaultInjector::RequestAction::Answer500);
    m_sim->setFaultInjector(&queueFails);
    startCore();
    QSignalSpy loaded(m_queue.get(), &JobQueue::journalLoaded);
    QSignalSpy batches(m_queue.get(), &JobQueue::batchFinished);
    m_queue->loadJournal();
    QVERIFY(loaded.wait(5000));
    QTRY_VERIFY_WITH_TIMEOUT(m_runner->isFollowing(promptId), 20000);
    m_sim->setFaultInjector(nullptr);
    m_sim->setHeld(false);
    QTRY_COMPARE_WITH_TIMEOUT(batches.size(), 1, 30000);
    QCOMPARE(m_queue->job(jobId)->state, QueuedJob::State::Done);
    QCOMPARE(m_posted.size(), 1);
}

// A server that takes its time to answer POST /prompt: the job's row says what it waits
// for, and the note goes once the answer has come.
void tst_JobQueue::unansweredPostIsAVisibleWait()
{
    Sim::RequestFaultInjector slowAnswer(u"/prompt"_s, Sim::FaultInjector::RequestAction::Proceed, 2500);
    m_sim->setFaultInjector(&slowAnswer);
    const auto restore = qScopeGuard([this] { m_sim->setFaultInjector(nullptr); });
    m_runner->setAnswerNoticeAfterMs(500);
    // The prompt runs meanwhile (the server has it; only its answer is late) and takes
    // longer than the answer.
    m_sim->setStepMs(100);
    m_queue->enqueue(slowPrompt(40), QList<SweepVariant>(1), u"slow answer"_s);
    QCOMPARE(m_queue->jobCount(), 1);
    const QString jobId = m_queue->jobIds().constFirst();
    const auto stateText = [this] {
        return m_queue->index(0, JobQueue::StateColumn).data(Qt::DisplayRole).toString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(stateText().contains(u"waiting for the server's answer"_s), 5000);
    QVERIFY2(!m_queue->job(jobId)->waitingNote.isEmpty(), qPrintable(stateText()));
    // The state column is narrow; the row's tooltip says it in full.
    QVERIFY(m_queue->index(0, JobQueue::StateColumn).data(Qt::ToolTipRole).toString().contains(u"waiting for the server's answer"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->job(jobId)->state, QueuedJob::State::Done, 15000);
    QVERIFY(m_queue->job(jobId)->waitingNote.isEmpty());
    QVERIFY(!stateText().contains(u"waiting"_s));
}

QTEST_GUILESS_MAIN(tst_JobQueue)
#include "tst_jobqueue.moc"
