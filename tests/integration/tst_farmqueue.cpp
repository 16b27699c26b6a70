// Easel's own queue (JobQueue) on a farm of three simulators through FarmQueueDispatch
// (issue 11 with issue 6's queue): a sweep spreads over the three servers and every job is
// done exactly once with its server recorded; a job needing a node only one server has
// goes there; reorder and pause act before the next dispatch; cancel and interrupt hit
// only the intended job; a server stopped mid-run loses no job and runs none twice; the
// journal brings back jobs that were on two servers without running any of them twice.
// Executions are counted on the simulators' side (promptFinished), per job over every
// prompt id the dispatch gave it (assigned).
#include "comfyclient.h"
#include "eventstream.h"
#include "farmdispatcher.h"
#include "farmqueuedispatch.h"
#include "farmserver.h"
#include "jobqueue.h"
#include "jobrunner.h"
#include "simserver.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {
// EmptyImage -> [middle] -> SaveImage; the colour is swept.
QByteArray prompt(const QString &middleClass = {})
{
    if (middleClass.isEmpty())
        return R"({"1": {"class_type": "EmptyImage", "inputs": {"width": 8, "height": 8, "batch_size": 1, "color": 0}}, "2": {"class_type": "SaveImage", "inputs": {"images": ["1", 0], "filename_prefix": "fq"}}})";
    return QStringLiteral(R"({"1": {"class_type": "EmptyImage", "inputs": {"width": 8, "height": 8, "batch_size": 1, "color": 0}}, "2": {"class_type": "%1", "inputs": {"image": ["1", 0]}}, "3": {"class_type": "SaveImage", "inputs": {"images": ["2", 0], "filename_prefix": "fq"}}})")
        .arg(middleClass)
        .toUtf8();
}

SweepSpec colours(int count, int first = 0)
{
    SweepSpec spec;
    spec.label = u"colours"_s;
    spec.axes = {SweepAxis::range(u"1"_s, u"color"_s, JsonNumber::fromInt(first),
                                  JsonNumber::fromInt(first + count - 1), JsonNumber::fromInt(1))};
    return spec;
}
} // namespace

class tst_FarmQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sweepSpreadsOverTheFarmOnceEach();
    void jobNeedingOneServersNodeGoesThere();
    void reorderAndPauseActBeforeTheNextDispatch();
    void cancelAndInterruptHitOnlyTheIntendedJob();
    void stoppedServerLosesNoJobAndRunsNoneTwice();
    void journalBringsBackJobsFromTwoServers();
    void jobsAPauseTookBackStayTakenBackAfterRestart();
    void progressAndPreviewsReachTheirJob();
    void uploadedImageGoesToTheServerThatRunsTheJob();
    void missingUploadFailsItsJobNamingTheFile();
    void queueWithoutAServerOfItsOwnRunsOnTheFarm();

private:
    void startSims(const QList<int> &stepMs);
    void startEasel();
    void stopEasel();
    QString enqueue(int count, int firstColour = 0, const QString &middleClass = {});
    int executions(const QString &jobId, int simIndex = -1) const;
    // Jobs the dispatch holds; without the ones whose server is done (downloads remain),
    // which no longer take a place in a server's window.
    int heldCount(bool withServerDone = false) const;
    // Jobs the farm holds by its own records that take a place in a server's window (not
    // finished there). The queue's flags follow the farm through queued signals and may lag
    // by an event, so the window is checked where it is kept.
    int farmHeldCount() const;
    // The journal's waiting jobs that a pause took back (job id -> when they were sent).
    QHash<QString, QString> pulledBackInJournal() const;
    QString serverOf(int simIndex) const { return m_urls.at(simIndex).toString(); }
    void verifyAllDoneOnce(const QString &batchId, const QList<int> &survivors = {0, 1, 2});

    std::vector<std::unique_ptr<Sim::SimServer>> m_sims;
    QList<QUrl> m_urls;
    std::unique_ptr<QTemporaryDir> m_dir;
    // Easel's core: its own single server (unused with a dispatch), the farm, the queue.
    std::unique_ptr<ComfyClient> m_client;
    std::unique_ptr<EventStream> m_events;
    std::unique_ptr<JobRunner> m_runner;
    std::unique_ptr<FarmDispatcher> m_farm;
    std::unique_ptr<FarmQueueDispatch> m_dispatch;
    std::unique_ptr<JobQueue> m_queue;
    QHash<QString, QStringList> m_prompts;   // job id -> every prompt id it was sent as
    QHash<QString, QStringList> m_servers;   // job id -> every server it was sent to
    QStringList m_assignedOrder;             // job ids in the order they were sent
    QHash<QString, QList<int>> m_executions; // prompt id -> simulators that finished it
    int m_maxHeld = 0;
    int m_lost = 0;
};

void tst_FarmQueue::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_FarmQueue::init()
{
    m_prompts.clear();
    m_servers.clear();
    m_assignedOrder.clear();
    m_executions.clear();
    m_maxHeld = 0;
    m_lost = 0;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_FarmQueue::cleanup()
{
    stopEasel();
    m_sims.clear();
    m_urls.clear();
    m_dir.reset();
}

void tst_FarmQueue::startSims(const QList<int> &stepMs)
{
    // A: every node; B: no ImageInvert; C: no ImageInvert and no CaptureProgressPreview.
    const QList<QStringList> without{{}, {u"ImageInvert"_s}, {u"ImageInvert"_s, u"CaptureProgressPreview"_s}};
    for (int i = 0; i < 3; ++i) {
        auto sim = std::make_unique<Sim::SimServer>();
        sim->setStepMs(stepMs.value(i));
        sim->removeNodeClasses(without.at(i));
        QVERIFY(sim->listen(QHostAddress::LocalHost, 0) != 0);
        connect(sim.get(), &Sim::SimServer::promptFinished, this,
                [this, i](const QString &promptId) { m_executions[promptId].append(i); });
        m_urls.append(sim->baseUrl());
        m_sims.push_back(std::move(sim));
    }
}

void tst_FarmQueue::startEasel()
{
    m_client = std::make_unique<ComfyClient>(m_urls.constFirst());
    m_events = std::make_unique<EventStream>();
    m_runner = std::make_unique<JobRunner>(m_client.get(), m_events.get(), m_dir->filePath(u"single"_s));
    m_farm = std::make_unique<FarmDispatcher>(m_dir->filePath(u"out"_s));
    m_farm->setPollAfterMs(500);
    m_farm->setLostTimeoutMs(3000);
    for (int i = 0; i < m_urls.size(); ++i)
        m_farm->addServer(m_urls.at(i), {}, u"sim %1"_s.arg(QChar(u'A' + i)));
    m_dispatch = std::make_unique<FarmQueueDispatch>(m_farm.get());
    m_queue = std::make_unique<JobQueue>(m_runner.get(), m_client.get(), m_events.get());
    m_queue->setJournalPath(m_dir->filePath(u"journal.json"_s));
    QVERIFY(m_queue->setDispatch(m_dispatch.get()));
    connect(m_dispatch.get(), &JobDispatch::assigned, this,
            [this](const QString &jobId, const QString &server, const QString &promptId) {
                m_prompts[jobId].append(promptId);
                m_servers[jobId].append(server);
                m_assignedOrder.append(jobId);
            });
    connect(m_farm.get(), &FarmDispatcher::decision, this, [this](const FarmDecision &decision) {
        m_lost += decision.kind == FarmDecision::Kind::Lost ? 1 : 0;
    });
    connect(m_queue.get(), &JobQueue::jobStateChanged, this, [this] { m_maxHeld = std::max(m_maxHeld, farmHeldCount()); });
    connect(m_farm.get(), &FarmDispatcher::decision, this, [this] { m_maxHeld = std::max(m_maxHeld, farmHeldCount()); });
    m_farm->start();
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(m_farm->servers().cbegin(), m_farm->servers().cend(),
                                         [](FarmServer *s) { return s->isUsable(); }),
                             30000);
}

void tst_FarmQueue::stopEasel()
{
    m_queue.reset();
    m_dispatch.reset();
    m_farm.reset();
    m_runner.reset();
    m_events.reset();
    m_client.reset();
}

QString tst_FarmQueue::enqueue(int count, int firstColour, const QString &middleClass)
{
    QString error;
    const QString batchId = m_queue->enqueueSweep(prompt(middleClass), colours(count, firstColour), {}, &error);
    if (batchId.isEmpty())
        qWarning("enqueueSweep: %s", qPrintable(error));
    return batchId;
}

int tst_FarmQueue::executions(const QString &jobId, int simIndex) const
{
    int count = 0;
    for (const QString &promptId : m_prompts.value(jobId)) {
        for (int sim : m_executions.value(promptId))
            count += simIndex < 0 || sim == simIndex ? 1 : 0;
    }
    return count;
}

int tst_FarmQueue::heldCount(bool withServerDone) const
{
    int held = 0;
    for (const QString &id : m_queue->jobIds()) {
        const QueuedJob *job = m_queue->job(id);
        held += job->isHeld() && (withServerDone || !job->isServerDone()) ? 1 : 0;
    }
    return held;
}

int tst_FarmQueue::farmHeldCount() const
{
    int held = 0;
    for (const QString &id : m_farm->jobIds()) {
        const FarmJob *job = m_farm->job(id);
        held += job && !job->isFinished() && job->state != FarmJob::State::LeftServer ? 1 : 0;
    }
    return held;
}

void tst_FarmQueue::verifyAllDoneOnce(const QString &batchId, const QList<int> &survivors)
{
    for (const QString &id : m_queue->jobIds()) {
        const QueuedJob *job = m_queue->job(id);
        if (job->batchId != batchId)
            continue;
        QVERIFY2(job->state == QueuedJob::State::Done, qPrintable(job->failure.message));
        QVERIFY(!job->isHeld());
        // The server is recorded, it is the last one the job was sent to, and the prompt
        // that produced its outputs is the one the queue shows.
        QVERIFY(!job->server.isEmpty());
        QCOMPARE(job->server, m_servers.value(id).constLast());
        QCOMPARE(job->promptId, m_prompts.value(id).constLast());
        QCOMPARE(job->outputs.size(), 1);
        // Done on a server that was stopped later: it ran there, once. Otherwise once on
        // the servers that kept running, and at most once more (unfetched) on a stopped one.
        const bool doneOnSurvivor = std::any_of(survivors.cbegin(), survivors.cend(),
                                                [&](int sim) { return serverOf(sim) == job->server; });
        if (!doneOnSurvivor) {
            QCOMPARE(executions(id), 1);
            continue;
        }
        int onSurvivors = 0;
        for (int sim : survivors)
            onSurvivors += executions(id, sim);
        QCOMPARE(onSurvivors, 1);
        QVERIFY(executions(id) - onSurvivors <= 1);
    }
}

void tst_FarmQueue::sweepSpreadsOverTheFarmOnceEach()
{
    startSims({20, 40, 60});
    startEasel();
    QSignalSpy batch(m_queue.get(), &JobQueue::batchFinished);
    const QString batchId = enqueue(30);
    QVERIFY(!batchId.isEmpty());
    QCOMPARE(m_queue->jobCount(), 30);
    QTRY_COMPARE_WITH_TIMEOUT(batch.size(), 1, 120000);
    QCOMPARE(batch.constFirst().at(2).toInt(), 30); // done
    QCOMPARE(batch.constFirst().at(3).toInt(), 0);  // failed
    verifyAllDoneOnce(batchId);
    QSet<QString> used;
    for (const QString &id : m_queue->jobIds()) {
        const QueuedJob *job = m_queue->job(id);
        QCOMPARE(executions(id), 1);
        QCOMPARE(m_prompts.value(id).size(), 1); // nothing was lost: sent once
        used.insert(job->server);
        // The model shows the server by its profile name.
        const QModelIndex serverCell = m_queue->indexOf(id, JobQueue::ServerColumn);
        QCOMPARE(serverCell.data(JobQueue::ServerRole).toString(), job->server);
        QCOMPARE(serverCell.data().toString(), m_farm->server(job->server)->displayName());
    }
    QCOMPARE(used.size(), 3);
    // The queue never gave the farm more than its window on every server (2 × 3).
    QVERIFY(m_maxHeld >= 3);
    QVERIFY2(m_maxHeld <= m_farm->window() * 3, qPrintable(QString::number(m_maxHeld)));
    // The jobs went out in the queue's order.
    QStringList expected = m_queue->jobIds();
    QCOMPARE(m_assignedOrder, expected);
}

void tst_FarmQueue::jobNeedingOneServersNodeGoesThere()
{
    startSims({10, 10, 10});
    startEasel();
    QSignalSpy batch(m_queue.get(), &JobQueue::batchFinished);
    const QString batchId = enqueue(6, 0, u"ImageInvert"_s);
    QTRY_COMPARE_WITH_TIMEOUT(batch.size(), 1, 60000);
    verifyAllDoneOnce(batchId);
    for (const QString &id : m_queue->jobIds())
        QCOMPARE(m_queue->job(id)->server, serverOf(0)); // only A has ImageInvert
}

void tst_FarmQueue::reorderAndPauseActBeforeTheNextDispatch()
{
    startSims({150, 150, 150});
    startEasel();
    // Paused: nothing goes out; the last job is moved to the head.
    m_queue->setPaused(true);
    QSignalSpy batch(m_queue.get(), &JobQueue::batchFinished);
    const QString batchId = enqueue(14);
    QTRY_COMPARE(m_queue->waitingCount(), 14);
    const QString moved = m_queue->jobIds().constLast();
    QVERIFY(m_queue->moveJob(moved, 0));
    QSignalSpy assigned(m_dispatch.get(), &JobDispatch::assigned);
    QVERIFY(!assigned.wait(500)); // paused: nothing is sent
    m_queue->setPaused(false);
    QVERIFY(assigned.wait(30000));
    QCOMPARE(m_assignedOrder.constFirst(), moved);

    // Pause while jobs run: those pending on a server come back; running ones finish.
    QTRY_VERIFY_WITH_TIMEOUT(!m_queue->runningJobId().isEmpty(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(heldCount() >= 4, 30000);
    m_queue->setPaused(true);
    QTRY_COMPARE_WITH_TIMEOUT(heldCount(true), 0, 60000);
    const int sentBefore = int(m_assignedOrder.size());
    QStringList waiting;
    for (const QString &id : m_queue->jobIds()) {
        const QueuedJob *job = m_queue->job(id);
        if (job->state == QueuedJob::State::Waiting)
            waiting.append(id);
    }
    QVERIFY(!waiting.isEmpty());
    // While paused, the last waiting job moves to the head: it is the next one sent.
    const QString second = waiting.constLast();
    QVERIFY(m_queue->moveJob(second, 0));
    QVERIFY(!assigned.wait(500));
    QCOMPARE(int(m_assignedOrder.size()), sentBefore);
    m_queue->setPaused(false);
    QTRY_VERIFY_WITH_TIMEOUT(int(m_assignedOrder.size()) > sentBefore, 30000);
    QCOMPARE(m_assignedOrder.at(sentBefore), second);
    QTRY_COMPARE_WITH_TIMEOUT(batch.size(), 1, 120000);
    // Taken-back jobs never ran under their first prompt id: each job ran exactly once.
    for (const QString &id : m_queue->jobIds())
        QCOMPARE(executions(id), 1);
    verifyAllDoneOnce(batchId);
}

void tst_FarmQueue::cancelAndInterruptHitOnlyTheIntendedJob()
{
    startSims({400, 400, 400});
    startEasel();
    QSignalSpy batch(m_queue.get(), &JobQueue::batchFinished);
    const QString batchId = enqueue(12);
    // A running job is interrupted; one still waiting in Easel and one pending on a server
    // are cancelled.
    QString running;
    QTRY_VERIFY_WITH_TIMEOUT(!(running = m_queue->runningJobId()).isEmpty(), 30000);
    QVERIFY(m_queue->interrupt(running));
    QString waiting;
    QString pending;
    for (const QString &id : m_queue->jobIds()) {
        const QueuedJob *job = m_queue->job(id);
        if (waiting.isEmpty() && job->state == QueuedJob::State::Waiting && !job->isHeld())
            waiting = id;
        if (pending.isEmpty() && job->state == QueuedJob::State::Submitted && job->id != running)
            pending = id;
    }
    QVERIFY(!waiting.isEmpty());
    QVERIFY(m_queue->cancel(waiting));
    QCOMPARE(m_queue->job(waiting)->state, QueuedJob::State::Cancelled);
    if (!pending.isEmpty())
        QVERIFY(m_queue->cancel(pending));
    QTRY_COMPARE_WITH_TIMEOUT(batch.size(), 1, 120000);
    for (const QString &id : m_queue->jobIds()) {
        const QueuedJob *job = m_queue->job(id);
        if (id == running) {
            QCOMPARE(job->state, QueuedJob::State::Interrupted);
        } else if (id == waiting) {
            QCOMPARE(job->state, QueuedJob::State::Cancelled);
            QVERIFY(m_prompts.value(id).isEmpty()); // never sent
        } else if (id == pending) {
            QCOMPARE(job->state, QueuedJob::State::Cancelled);
        } else {
            QVERIFY2(job->state == QueuedJob::State::Done, qPrintable(job->failure.message));
            QCOMPARE(executions(id), 1);
        }
    }
    QCOMPARE(executions(waiting), 0);

    // Retried, the interrupted job goes out again under a new prompt id and runs once.
    const QStringList promptsBefore = m_prompts.value(running);
    QVERIFY(m_queue->retry(running));
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->job(running)->state, QueuedJob::State::Done, 60000);
    QCOMPARE(m_prompts.value(running).size(), promptsBefore.size() + 1);
    QVERIFY(!promptsBefore.contains(m_queue->job(running)->promptId));
    QCOMPARE(m_executions.value(m_queue->job(running)->promptId).size(), 1);
    QVERIFY(!m_queue->job(running)->server.isEmpty());
}

void tst_FarmQueue::stoppedServerLosesNoJobAndRunsNoneTwice()
{
    startSims({60, 80, 100});
    startEasel();
    QSignalSpy batch(m_queue.get(), &JobQueue::batchFinished);
    const QString batchId = enqueue(30, 300);
    QTRY_VERIFY_WITH_TIMEOUT(m_executions.size() >= 6, 60000);
    Sim::SimServer *b = m_sims.at(1).get();
    QSignalSpy started(b, &Sim::SimServer::promptStarted);
    QVERIFY(started.wait(30000));
    int onB = 0;
    int runningOnB = 0; // not finished there (the others only had their downloads left)
    for (const QString &id : m_queue->jobIds()) {
        const QueuedJob *job = m_queue->job(id);
        onB += job->isHeld() && job->server == serverOf(1) ? 1 : 0;
        runningOnB += job->isHeld() && job->server == serverOf(1) && !job->isServerDone() ? 1 : 0;
    }
    QVERIFY(runningOnB > 0);
    m_sims.at(1).reset();
    QTRY_COMPARE_WITH_TIMEOUT(batch.size(), 1, 180000);
    QCOMPARE(batch.constFirst().at(2).toInt(), 30);
    verifyAllDoneOnce(batchId, {0, 2});
    // The jobs it had were sent elsewhere, each once: all it had not finished, and maybe
    // one whose downloads had not ended.
    QVERIFY2(m_lost >= runningOnB && m_lost <= onB,
             qPrintable(u"%1 lost, %2..%3"_s.arg(m_lost).arg(runningOnB).arg(onB)));
    for (const QString &id : m_queue->jobIds()) {
        if (m_prompts.value(id).size() > 1)
            QCOMPARE(m_servers.value(id).constFirst(), serverOf(1));
    }
}

void tst_FarmQueue::journalBringsBackJobsFromTwoServers()
{
    startSims({300, 300, 300});
    // The servers accept prompts but start none until released: whatever Easel has sent
    // when it stops is certainly still waiting there, so the servers have work to finish
    // while Easel is away (without the hold, Easel could stop before a POST arrived, and
    // nothing would run while it was away).
    QSet<QString> queuedOn[3];
    auto watch = std::make_unique<QObject>(); // the connections end with it
    for (int i = 0; i < 3; ++i) {
        m_sims.at(i)->setHeld(true);
        connect(m_sims.at(i).get(), &Sim::SimServer::promptQueued, watch.get(),
                [&queuedOn, i](const QString &promptId) { queuedOn[i].insert(promptId); });
    }
    startEasel();
    const QString batchId = enqueue(12);
    // Wait until two servers at least hold a prompt of Easel's queue, then stop Easel.
    auto serversHolding = [this, &queuedOn] {
        int servers = 0;
        for (const QSet<QString> &queued : queuedOn) {
            bool holds = false;
            for (const QString &id : m_queue->jobIds())
                holds = holds || queued.contains(m_queue->job(id)->promptId);
            servers += holds ? 1 : 0;
        }
        return servers;
    };
    QTRY_VERIFY_WITH_TIMEOUT(serversHolding() >= 2, 30000);
    QVERIFY(m_queue->flushJournal());
    QStringList unfinished;
    for (const QString &id : m_queue->jobIds()) {
        if (!m_queue->job(id)->isFinished())
            unfinished.append(id);
    }
    stopEasel();
    watch.reset();
    // The servers go on with what they hold: at least one prompt finishes while Easel is away.
    const int executedBefore = int(m_executions.size());
    for (const auto &sim : m_sims)
        sim->setHeld(false);
    QTRY_VERIFY_WITH_TIMEOUT(int(m_executions.size()) > executedBefore, 30000);

    startEasel();
    QSignalSpy loaded(m_queue.get(), &JobQueue::journalLoaded);
    QSignalSpy batch(m_queue.get(), &JobQueue::batchFinished);
    m_queue->loadJournal();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.constFirst().at(0).toInt(), int(unfinished.size()));
    QTRY_COMPARE_WITH_TIMEOUT(batch.size(), 1, 120000);
    QCOMPARE(m_queue->jobCount(), int(unfinished.size()));
    for (const QString &id : std::as_const(unfinished)) {
        const QueuedJob *job = m_queue->job(id);
        QVERIFY(job);
        QVERIFY2(job->state == QueuedJob::State::Done, qPrintable(job->failure.message));
        QVERIFY(!job->server.isEmpty());
        QCOMPARE(job->outputs.size(), 1);
        // Every prompt id the job ever had, in both sessions: it ran once in all.
        QCOMPARE(executions(id), 1);
    }
    Q_UNUSED(batchId)
}

QHash<QString, QString> tst_FarmQueue::pulledBackInJournal() const
{
    QFile file(m_dir->filePath(u"journal.json"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QHash<QString, QString> pulled;
    const QJsonArray jobs = QJsonDocument::fromJson(file.readAll()).object().value("jobs"_L1).toArray();
    for (const QJsonValue &value : jobs) {
        const QJsonObject job = value.toObject();
        if (job.contains("pulledBack"_L1))
            pulled.insert(job.value("id"_L1).toString(), job.value("pulledBack"_L1).toString());
    }
    return pulled;
}

void tst_FarmQueue::jobsAPauseTookBackStayTakenBackAfterRestart()
{
    startSims({300, 300, 300});
    startEasel();
    QSignalSpy states(m_queue.get(), &JobQueue::jobStateChanged);
    const QString batchId = enqueue(10);
    QTRY_VERIFY_WITH_TIMEOUT(!m_queue->runningJobId().isEmpty() && heldCount() >= 4, 30000);
    m_queue->setPaused(true);
    QTRY_COMPARE_WITH_TIMEOUT(heldCount(true), 0, 60000);
    // The jobs that went back from a server to Waiting (Submitted -> Waiting).
    QSet<QString> takenBack;
    for (const QList<QVariant> &args : std::as_const(states)) {
        const QString id = args.at(0).toString();
        if (args.at(1).value<QueuedJob::State>() == QueuedJob::State::Waiting
            && m_queue->job(id)->state == QueuedJob::State::Waiting)
            takenBack.insert(id);
    }
    QVERIFY(!takenBack.isEmpty());
    QVERIFY(m_queue->flushJournal());
    const QHash<QString, QString> before = pulledBackInJournal();
    // Every job sent and taken back is marked (so is one handed to the farm but taken
    // back before it was sent anywhere); nothing else is.
    for (const QString &id : std::as_const(takenBack))
        QVERIFY(before.contains(id));
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QCOMPARE(m_queue->job(it.key())->state, QueuedJob::State::Waiting);
    const QStringList order = m_queue->jobIds();
    stopEasel();

    // Back after a restart: still paused, the same order, the same jobs marked as taken back.
    startEasel();
    QSignalSpy loaded(m_queue.get(), &JobQueue::journalLoaded);
    m_queue->loadJournal();
    QVERIFY(loaded.wait(10000));
    QVERIFY(m_queue->isPaused());
    QStringList restoredOrder;
    for (const QString &id : order) {
        if (m_queue->job(id))
            restoredOrder.append(id);
    }
    QCOMPARE(m_queue->jobIds(), restoredOrder);
    QVERIFY(m_queue->flushJournal());
    QCOMPARE(pulledBackInJournal(), before);
    // Resumed: each job runs once; the taken-back ones never ran under their first id.
    QSignalSpy batch(m_queue.get(), &JobQueue::batchFinished);
    m_queue->setPaused(false);
    QTRY_COMPARE_WITH_TIMEOUT(batch.size(), 1, 120000);
    for (const QString &id : m_queue->jobIds()) {
        QVERIFY2(m_queue->job(id)->state == QueuedJob::State::Done, qPrintable(m_queue->job(id)->failure.message));
        QCOMPARE(executions(id), 1);
    }
    Q_UNUSED(batchId)
}

void tst_FarmQueue::progressAndPreviewsReachTheirJob()
{
    // EmptyImage -> CaptureProgressPreview (steps x step-ms, a JPEG preview each step) ->
    // SaveImage; only A and B have the preview node.
    constexpr int steps = 4;
    const QByteArray previewPrompt = QStringLiteral(R"({"1": {"class_type": "EmptyImage", "inputs": {"width": 8, "height": 8, "batch_size": 1, "color": 0}}, "2": {"class_type": "CaptureProgressPreview", "inputs": {"image": ["1", 0], "steps": %1, "preview_format": "JPEG", "max_size": 64, "sleep_seconds": 0.0, "send_text": false}}, "3": {"class_type": "SaveImage", "inputs": {"images": ["2", 0], "filename_prefix": "fqp"}}})")
                                         .arg(steps)
                                         .toUtf8();
    startSims({40, 40, 40});
    startEasel();
    QSignalSpy previews(m_queue.get(), &JobQueue::previewReceived);
    QSignalSpy stepsSpy(m_queue.get(), &JobQueue::stepProgressChanged);
    QSignalSpy nodes(m_queue.get(), &JobQueue::runningNodeChanged);
    QSignalSpy batch(m_queue.get(), &JobQueue::batchFinished);
    QString error;
    const QString batchId = m_queue->enqueueSweep(previewPrompt, colours(6), {}, &error);
    QVERIFY2(!batchId.isEmpty(), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(batch.size(), 1, 60000);
    const QStringList ids = m_queue->jobIds();
    QHash<QString, int> previewsOf;
    for (const QList<QVariant> &args : std::as_const(previews)) {
        QVERIFY(ids.contains(args.at(0).toString()));
        QCOMPARE(args.at(1).toString(), u"2"_s);
        QVERIFY(!args.at(2).value<QImage>().isNull());
        ++previewsOf[args.at(0).toString()];
    }
    QHash<QString, double> maxOf;
    for (const QList<QVariant> &args : std::as_const(stepsSpy)) {
        QCOMPARE(args.at(1).toString(), u"2"_s);
        maxOf[args.at(0).toString()] = args.at(3).toDouble();
    }
    for (const QString &id : ids) {
        const QueuedJob *job = m_queue->job(id);
        QVERIFY2(job->state == QueuedJob::State::Done, qPrintable(job->failure.message));
        QVERIFY(job->server == serverOf(0) || job->server == serverOf(1)); // C lacks the node
        QVERIFY2(previewsOf.value(id) >= 1, qPrintable(id));
        QCOMPARE(maxOf.value(id), double(steps));
        QCOMPARE(job->progress, 1.0);
        QCOMPARE(executions(id), 1);
        // Its running node was shown, and cleared when it ended.
        QStringList shown;
        for (const QList<QVariant> &args : std::as_const(nodes)) {
            if (args.at(0).toString() == id)
                shown.append(args.at(1).toString());
        }
        QVERIFY(shown.contains(u"2"_s));
        QCOMPARE(shown.constLast(), QString());
    }
}

namespace {
// LoadImage -> SaveImage; the simulator rejects the prompt unless the image is in its
// input folder (LoadImage.VALIDATE_INPUTS), so a job only runs where it was uploaded.
QByteArray loadImagePrompt(const QString &image)
{
    return QStringLiteral(R"({"1": {"class_type": "LoadImage", "inputs": {"image": "%1"}}, "2": {"class_type": "SaveImage", "inputs": {"images": ["1", 0], "filename_prefix": "fqu"}}})")
        .arg(image)
        .toUtf8();
}
} // namespace

void tst_FarmQueue::uploadedImageGoesToTheServerThatRunsTheJob()
{
    startSims({10, 10, 10});
    QImage picture(16, 16, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    const QString local = m_dir->filePath(u"u11-face.png"_s);
    QVERIFY(picture.save(local));
    for (const auto &sim : m_sims)
        QVERIFY(!QFileInfo::exists(sim->dataDir() + u"/input/u11-face.png"_s));
    startEasel();
    const QHash<QString, QString> uploads{{u"1"_s, local}};
    QSignalSpy batch(m_queue.get(), &JobQueue::batchFinished);
    // Pinned to B (the editor uploaded it to A only), and a batch free to go anywhere.
    SweepSpec repeat;
    repeat.label = u"upload"_s;
    repeat.repeat = 2;
    QString error;
    const QString pinned = m_queue->enqueueSweep(loadImagePrompt(u"u11-face.png"_s), repeat, {}, &error, uploads);
    QVERIFY2(!pinned.isEmpty(), qPrintable(error));
    QVERIFY(m_queue->pinBatch(pinned, serverOf(1)));
    repeat.repeat = 9;
    const QString spread = m_queue->enqueueSweep(loadImagePrompt(u"u11-face.png"_s), repeat, {}, &error, uploads);
    QVERIFY2(!spread.isEmpty(), qPrintable(error));
    // The uploads are in the journal with their batch (a restart sends them again).
    QVERIFY(m_queue->flushJournal());
    QFile journal(m_queue->journalPath());
    QVERIFY(journal.open(QIODevice::ReadOnly));
    int journaled = 0;
    for (const QJsonValue &value : QJsonDocument::fromJson(journal.readAll()).object().value("batches"_L1).toArray())
        journaled += value.toObject().value("uploads"_L1).toObject().value("1"_L1).toString() == local ? 1 : 0;
    QCOMPARE(journaled, 2);

    QTRY_COMPARE_WITH_TIMEOUT(batch.size(), 2, 60000);
    verifyAllDoneOnce(pinned);
    verifyAllDoneOnce(spread);
    QSet<QString> used;
    for (const QString &id : m_queue->jobIds()) {
        const QueuedJob *job = m_queue->job(id);
        if (job->batchId == pinned)
            QCOMPARE(job->server, serverOf(1));
        used.insert(job->server);
    }
    QVERIFY(used.contains(serverOf(1)));
    // Every server that ran one of the jobs received the file, byte for byte.
    QFile original(local);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();
    for (int i = 0; i < int(m_sims.size()); ++i) {
        if (!used.contains(serverOf(i)))
            continue;
        QFile received(m_sims.at(i)->dataDir() + u"/input/u11-face.png"_s);
        QVERIFY2(received.open(QIODevice::ReadOnly), qPrintable(received.fileName()));
        QCOMPARE(received.readAll(), bytes);
    }
}

void tst_FarmQueue::missingUploadFailsItsJobNamingTheFile()
{
    startSims({10, 10, 10});
    startEasel();
    const QString gone = m_dir->filePath(u"gone.png"_s);
    QSignalSpy batch(m_queue.get(), &JobQueue::batchFinished);
    SweepSpec once;
    once.label = u"missing"_s;
    once.repeat = 2;
    QString error;
    const QString batchId = m_queue->enqueueSweep(loadImagePrompt(u"gone.png"_s), once, {}, &error,
                                                  {{u"1"_s, gone}});
    QVERIFY2(!batchId.isEmpty(), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(batch.size(), 1, 60000);
    QCOMPARE(batch.constFirst().at(3).toInt(), 2); // failed
    for (const QString &id : m_queue->jobIds()) {
        const QueuedJob *job = m_queue->job(id);
        QCOMPARE(job->state, QueuedJob::State::Failed);
        QVERIFY2(job->failure.message.contains(gone), qPrintable(job->failure.message));
        QCOMPARE(executions(id), 0);
        QVERIFY(!job->isHeld());
    }
    // Nothing was sent anywhere, so the queue is free for the next job.
    QCOMPARE(heldCount(true), 0);
}

// easel-run's farm: a queue built on the dispatch alone (no server of its own) runs the
// jobs there and refuses to go back to a server it does not have.
void tst_FarmQueue::queueWithoutAServerOfItsOwnRunsOnTheFarm()
{
    startSims({0, 0, 0});
    startEasel();
    m_queue.reset(); // the window's kind, with its own server: not this one
    JobQueue queue(m_dispatch.get());
    QCOMPARE(queue.dispatch(), m_dispatch.get());
    QVERIFY(!queue.setDispatch(nullptr));
    QCOMPARE(queue.dispatch(), m_dispatch.get());
    QCOMPARE(queue.maxInFlight(), 0);
    QString error;
    const QString batchId = queue.enqueueSweep(prompt(), colours(6), {}, &error);
    QVERIFY2(!batchId.isEmpty(), qPrintable(error));
    const QStringList ids = queue.jobIds();
    QCOMPARE(ids.size(), 6);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(ids.cbegin(), ids.cend(),
                                         [&](const QString &id) { return queue.job(id)->isFinished(); }),
                             30000);
    QSet<QString> servers;
    for (const QString &id : ids) {
        const QueuedJob *job = queue.job(id);
        QVERIFY2(job->state == QueuedJob::State::Done,
                 qPrintable(u"%1: %2"_s.arg(int(job->state)).arg(job->failure.message)));
        QCOMPARE(job->outputs.size(), 1);
        QCOMPARE(executions(id), 1);
        servers.insert(job->server);
    }
    // Spread, as through the window's queue: more than one server ran them.
    QVERIFY(servers.size() > 1);
}

QTEST_GUILESS_MAIN(tst_FarmQueue)
#include "tst_farmqueue.moc"
