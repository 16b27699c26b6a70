// The render farm (issue 11) against three simulators on loopback, each with its own pace
// and node set: a sweep spreads over all three and completes, a job needing a node only
// one server has goes there, a job no server can run fails naming what is missing where,
// and a server stopped mid-run loses no job and runs none twice. Executions are counted on
// the simulators' side (their promptFinished), decisions through the dispatcher's signal.
#include "farmdispatcher.h"
#include "farmserver.h"
#include "farmservermodel.h"
#include "comfyclient.h"
#include "eventstream.h"
#include "faultcontrol.h"
#include "futurecallback.h"
#include "simserver.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {
QByteArray colourPrompt(int colour, const QString &middleClass = {})
{
    if (middleClass.isEmpty()) {
        return QStringLiteral(R"({"1": {"class_type": "EmptyImage", "inputs": {"width": 8, "height": 8, "batch_size": 1, "color": %1}}, "2": {"class_type": "SaveImage", "inputs": {"images": ["1", 0], "filename_prefix": "farm"}}})")
            .arg(colour)
            .toUtf8();
    }
    return QStringLiteral(R"({"1": {"class_type": "EmptyImage", "inputs": {"width": 8, "height": 8, "batch_size": 1, "color": %1}}, "2": {"class_type": "%2", "inputs": {"image": ["1", 0]}}, "3": {"class_type": "SaveImage", "inputs": {"images": ["2", 0], "filename_prefix": "farm"}}})")
        .arg(colour)
        .arg(middleClass)
        .toUtf8();
}

QList<FarmJobRequest> sweep(int count, int firstColour = 0, const QString &middleClass = {})
{
    QList<FarmJobRequest> jobs;
    for (int i = 0; i < count; ++i)
        jobs.append({colourPrompt(firstColour + i, middleClass), {}, {}});
    return jobs;
}
} // namespace

class tst_Farm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sweepSpreadsOverAllThree();
    void jobNeedingOneServersNodeGoesThere();
    void jobNoServerCanRunFailsSayingWhatIsMissing();
    void loadImageInputIsUploadedWhereTheJobRuns();
    void stoppedServerLosesNoJobAndRunsNoneTwice();
    void returningServerRejoins();
    void restartWhileItsPostIsUnansweredRunsItOnceThere();
    void postStillUnderWayIsNotLostByTheClock();
    void silentServerFinishesWhileAwayAndIsNotRunAgain();
    void serverModelShowsEachServersHealth();
    void warmServerIsPreferred();
    void serverFromAProfileUsesItsTransport();
    void cancelBeforeThePostIsAnsweredStillCancels();
    void adoptedJobsAreLookedUpWhereTheyWere();

private:
    void startFarm(const QList<int> &stepMs);
    QStringList assignedServers(const QString &jobId) const;
    int executionsOf(const FarmJob &job, int simIndex = -1) const;
    bool wasLost(const QString &jobId) const;
    // B stopped and, awayMs later, a new instance on its address (a restarted ComfyUI: it
    // forgot the jobs it had). Its executions count as simulator 3.
    void restartB(int awayMs = 300);
    // Each job ran once; a lost one ran once on the survivors and at most once (unfetched)
    // on the simulator that went away (index 1).
    void verifyRanOnce(const FarmJob &job, const QList<int> &survivors) const;
    // The jobs added under ids of this test's own ("job-1", ...), as JobQueue adds its own.
    QStringList add(const QList<FarmJobRequest> &jobs, const QString &pinnedServer = {});

    std::vector<std::unique_ptr<Sim::SimServer>> m_sims;
    QList<QUrl> m_urls;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FarmDispatcher> m_farm;
    QList<FarmDecision> m_decisions;
    QHash<QString, QList<int>> m_executions; // prompt id -> simulators that finished it
    int m_nextJob = 0;
};

QStringList tst_Farm::add(const QList<FarmJobRequest> &jobs, const QString &pinnedServer)
{
    QStringList ids;
    for (const FarmJobRequest &request : jobs) {
        const QString id = u"job-%1"_s.arg(++m_nextJob);
        if (m_farm->add(id, request, pinnedServer))
            ids.append(id);
    }
    return ids;
}

void tst_Farm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Farm::init()
{
    m_decisions.clear();
    m_executions.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Farm::startFarm(const QList<int> &stepMs)
{
    m_sims.clear();
    m_urls.clear();
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
    m_farm = std::make_unique<FarmDispatcher>(m_dir->filePath(u"out"_s));
    m_farm->setPollAfterMs(500);
    m_farm->setLostTimeoutMs(3000);
    for (const QUrl &url : std::as_const(m_urls))
        m_farm->addServer(url);
    connect(m_farm.get(), &FarmDispatcher::decision, this,
            [this](const FarmDecision &decision) { m_decisions.append(decision); });
    m_farm->start();
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(m_farm->servers().cbegin(), m_farm->servers().cend(),
                                         [](FarmServer *s) { return s->isUsable(); }),
                             30000);
}

void tst_Farm::cleanup()
{
    m_farm.reset();
    m_sims.clear();
    m_dir.reset();
}

QStringList tst_Farm::assignedServers(const QString &jobId) const
{
    QStringList servers;
    for (const FarmDecision &d : m_decisions) {
        if (d.jobId == jobId && d.kind == FarmDecision::Kind::Assigned)
            servers.append(d.server);
    }
    return servers;
}

int tst_Farm::executionsOf(const FarmJob &job, int simIndex) const
{
    int count = 0;
    for (const QString &promptId : job.attempts) {
        for (int sim : m_executions.value(promptId))
            count += simIndex < 0 || sim == simIndex ? 1 : 0;
    }
    return count;
}

bool tst_Farm::wasLost(const QString &jobId) const
{
    return std::any_of(m_decisions.cbegin(), m_decisions.cend(), [&](const FarmDecision &d) {
        return d.jobId == jobId && d.kind == FarmDecision::Kind::Lost;
    });
}

void tst_Farm::restartB(int awayMs)
{
    const quint16 port = quint16(m_urls.at(1).port());
    m_sims.at(1).reset();
    QTest::qWait(awayMs);
    auto again = std::make_unique<Sim::SimServer>();
    again->setStepMs(60);
    again->removeNodeClasses({u"ImageInvert"_s});
    QCOMPARE(again->listen(QHostAddress::LocalHost, port), port);
    connect(again.get(), &Sim::SimServer::promptFinished, this,
            [this](const QString &promptId) { m_executions[promptId].append(3); });
    m_sims.at(1) = std::move(again);
}

void tst_Farm::verifyRanOnce(const FarmJob &job, const QList<int> &survivors) const
{
    if (!wasLost(job.id)) {
        QCOMPARE(executionsOf(job), 1);
        return;
    }
    int onSurvivors = 0;
    for (int sim : survivors)
        onSurvivors += executionsOf(job, sim);
    QCOMPARE(onSurvivors, 1);
    QVERIFY(executionsOf(job, 1) <= 1);
}

void tst_Farm::sweepSpreadsOverAllThree()
{
    startFarm({20, 40, 60});
    QSignalSpy finished(m_farm.get(), &FarmDispatcher::jobFinished);
    // Where the decisions stood when a job first left its server (its place came free).
    qsizetype firstLeft = -1;
    connect(m_farm.get(), &FarmDispatcher::jobLeftServer, this, [&] {
        if (firstLeft < 0)
            firstLeft = m_decisions.size();
    });
    const QStringList ids = add(sweep(30));
    QCOMPARE(ids.size(), 30);
    QTRY_COMPARE_WITH_TIMEOUT(m_farm->unfinishedCount(), 0, 120000);
    QCOMPARE(finished.size(), 30);
    QSet<QString> used;
    for (const QString &id : ids) {
        const FarmJob *job = m_farm->job(id);
        QVERIFY(job);
        QVERIFY2(job->state == FarmJob::State::Done, qPrintable(job->message));
        QCOMPARE(job->outputs.size(), 1);
        QVERIFY(QFile::exists(job->outputs.constFirst().path));
        // The server is recorded with the job, and it is the one the dispatcher chose.
        QCOMPARE(assignedServers(id), QStringList{job->server});
        QCOMPARE(executionsOf(*job), 1);
        used.insert(job->server);
    }
    QCOMPARE(used.size(), 3);
    // In parallel: with a window of 2 every server had jobs before the first one left its
    // server (only then does a place come free: the window is full before).
    QVERIFY(firstLeft > 0);
    int assignedBeforeFirstLeft = 0;
    for (qsizetype i = 0; i < firstLeft; ++i)
        assignedBeforeFirstLeft += m_decisions.at(i).kind == FarmDecision::Kind::Assigned ? 1 : 0;
    QCOMPARE(assignedBeforeFirstLeft, 3 * m_farm->window());
}

void tst_Farm::jobNeedingOneServersNodeGoesThere()
{
    startFarm({20, 20, 20});
    const QStringList ids = add(sweep(6, 100, u"ImageInvert"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_farm->unfinishedCount(), 0, 120000);
    for (const QString &id : ids) {
        const FarmJob *job = m_farm->job(id);
        QVERIFY2(job->state == FarmJob::State::Done, qPrintable(job->message));
        QCOMPARE(job->server, m_urls.at(0).toString());
        QCOMPARE(executionsOf(*job, 0), 1);
        QCOMPARE(executionsOf(*job), 1);
    }
    // CaptureProgressPreview: A and B have it, C does not.
    const QByteArray capture = R"({"1": {"class_type": "EmptyImage", "inputs": {"width": 8, "height": 8, "batch_size": 1, "color": 7}}, "2": {"class_type": "CaptureProgressPreview", "inputs": {"image": ["1", 0], "steps": 2, "preview_format": "JPEG", "max_size": 64, "sleep_seconds": 0.0, "send_text": false}}, "3": {"class_type": "SaveImage", "inputs": {"images": ["2", 0], "filename_prefix": "cap"}}})";
    QList<FarmJobRequest> captures;
    for (int i = 0; i < 8; ++i)
        captures.append({capture, {}, {}});
    const QStringList captureIds = add(captures);
    QTRY_COMPARE_WITH_TIMEOUT(m_farm->unfinishedCount(), 0, 120000);
    for (const QString &id : captureIds) {
        const FarmJob *job = m_farm->job(id);
        QVERIFY2(job->state == FarmJob::State::Done, qPrintable(job->message));
        QVERIFY(job->server != m_urls.at(2).toString());
    }
}

void tst_Farm::jobNoServerCanRunFailsSayingWhatIsMissing()
{
    startFarm({10, 10, 10});
    QList<FarmJobRequest> jobs{{colourPrompt(1, u"NoSuchNodeAnywhere"_s), {}, {}}};
    // A model file that no server lists: each server is named with what it lacks.
    jobs.append({R"({"1": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "not-on-any-server.safetensors"}}})", {}, {}});
    // Pinned to B, but it needs ImageInvert, which only A has.
    const QStringList ids = add(jobs);
    const QStringList pinned = add(sweep(1, 5, u"ImageInvert"_s), m_urls.at(1).toString());
    QTRY_COMPARE_WITH_TIMEOUT(m_farm->unfinishedCount(), 0, 60000);

    const FarmJob *noNode = m_farm->job(ids.at(0));
    QCOMPARE(noNode->state, FarmJob::State::Failed);
    QVERIFY2(noNode->message.contains(u"NoSuchNodeAnywhere"_s), qPrintable(noNode->message));
    for (const QUrl &url : std::as_const(m_urls))
        QVERIFY2(noNode->message.contains(url.toString()), qPrintable(noNode->message));
    const FarmJob *noModel = m_farm->job(ids.at(1));
    QCOMPARE(noModel->state, FarmJob::State::Failed);
    QVERIFY2(noModel->message.contains(u"not-on-any-server.safetensors"_s), qPrintable(noModel->message));
    QVERIFY2(noModel->message.contains(u"ckpt_name"_s), qPrintable(noModel->message));
    const FarmJob *pinnedJob = m_farm->job(pinned.at(0));
    QCOMPARE(pinnedJob->state, FarmJob::State::Failed);
    QVERIFY2(pinnedJob->message.contains(u"ImageInvert"_s), qPrintable(pinnedJob->message));
    QVERIFY(!pinnedJob->message.contains(m_urls.at(0).toString()));

    // Nothing was sent anywhere, and each failure was logged as such.
    QVERIFY(m_executions.isEmpty());
    for (const QString &id : ids + pinned) {
        QVERIFY(assignedServers(id).isEmpty());
        QVERIFY(std::any_of(m_decisions.cbegin(), m_decisions.cend(), [&](const FarmDecision &d) {
            return d.jobId == id && d.kind == FarmDecision::Kind::Unrunnable;
        }));
    }
}

void tst_Farm::loadImageInputIsUploadedWhereTheJobRuns()
{
    startFarm({10, 10, 10});
    const QString local = m_dir->filePath(u"input-24x16.png"_s);
    QImage image(24, 16, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(local));
    const QByteArray prompt = R"({"1": {"class_type": "LoadImage", "inputs": {"image": "placeholder.png"}}, "2": {"class_type": "SaveImage", "inputs": {"images": ["1", 0], "filename_prefix": "up"}}})";
    QList<FarmJobRequest> jobs;
    for (int i = 0; i < 6; ++i)
        jobs.append({prompt, {}, {{u"1"_s, local}}});
    const QStringList ids = add(jobs);
    QTRY_COMPARE_WITH_TIMEOUT(m_farm->unfinishedCount(), 0, 120000);
    QSet<QString> used;
    for (const QString &id : ids) {
        const FarmJob *job = m_farm->job(id);
        QVERIFY2(job->state == FarmJob::State::Done, qPrintable(job->message));
        used.insert(job->server);
    }
    // Each server that ran one has the file in its input folder.
    for (int i = 0; i < 3; ++i) {
        const bool ran = used.contains(m_urls.at(i).toString());
        QCOMPARE(QFile::exists(QDir(m_sims.at(size_t(i))->dataDir()).filePath(u"input/input-24x16.png"_s)), ran);
    }
}

void tst_Farm::stoppedServerLosesNoJobAndRunsNoneTwice()
{
    startFarm({60, 80, 100});
    QSignalSpy finished(m_farm.get(), &FarmDispatcher::jobFinished);
    const QStringList ids = add(sweep(30, 200));
    // Stop B while it runs a prompt: one running, one waiting in its queue.
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 6, 60000);
    Sim::SimServer *b = m_sims.at(1).get();
    QSignalSpy started(b, &Sim::SimServer::promptStarted);
    QVERIFY(started.wait(30000));
    const QString stopped = m_urls.at(1).toString();
    const int onB = m_farm->inFlight(stopped);
    QVERIFY(onB > 0);
    // Those it had not finished; the others only had their outputs to download.
    int runningOnB = 0;
    for (const QString &id : ids) {
        const FarmJob *job = m_farm->job(id);
        runningOnB += job->server == stopped && !job->isFinished() && job->state != FarmJob::State::LeftServer ? 1 : 0;
    }
    QSet<QString> doneBefore;
    for (const QString &id : ids) {
        if (m_farm->job(id)->isFinished())
            doneBefore.insert(id);
    }
    m_sims.at(1).reset();

    QTRY_COMPARE_WITH_TIMEOUT(m_farm->unfinishedCount(), 0, 120000);
    QCOMPARE(finished.size(), 30);
    int lost = 0;
    for (const QString &id : ids) {
        const FarmJob *job = m_farm->job(id);
        QVERIFY2(job->state == FarmJob::State::Done, qPrintable(job->message));
        QVERIFY(doneBefore.contains(id) || job->server != stopped);
        lost += wasLost(id) ? 1 : 0;
        // Never twice on a server that kept running; a job run again elsewhere was lost
        // with B (its prompt ran there at most once, its outputs never fetched).
        verifyRanOnce(*job, {0, 2});
        if (QTest::currentTestFailed())
            return;
    }
    // Every job it had not finished is lost; one whose downloads had not ended may be too.
    QVERIFY2(lost >= runningOnB && lost <= onB, qPrintable(u"%1 lost, %2..%3"_s.arg(lost).arg(runningOnB).arg(onB)));
    // Lost only after the timeout, and each lost job requeued and assigned elsewhere.
    for (const FarmDecision &d : std::as_const(m_decisions)) {
        if (d.kind == FarmDecision::Kind::Lost)
            QCOMPARE(d.server, stopped);
    }
}

void tst_Farm::returningServerRejoins()
{
    startFarm({60, 60, 60});
    m_farm->setLostTimeoutMs(120000); // it comes back long before: its resync decides
    QSignalSpy finished(m_farm.get(), &FarmDispatcher::jobFinished);
    const QStringList ids = add(sweep(24, 400));
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 3, 60000);
    Sim::SimServer *b = m_sims.at(1).get();
    QSignalSpy started(b, &Sim::SimServer::promptStarted);
    QVERIFY(started.wait(30000));
    // The jobs the farm has on B as it goes away: those B had accepted, and those it had not
    // answered yet (POST or upload under way). The farm hears of B's work over its own
    // thread's socket, so an accepted one may already be done on B (its `executed` still on
    // the way), and a POST may have reached B with its answer still on the way.
    QStringList acceptedByB;
    QStringList unansweredByB;
    for (const QString &id : ids) {
        const FarmJob *job = m_farm->job(id);
        if (job->server != m_urls.at(1).toString())
            continue;
        if (job->isAccepted())
            acceptedByB.append(id);
        else if (job->isOnServer() || job->state == FarmJob::State::Uploading)
            unansweredByB.append(id);
    }
    QVERIFY(!acceptedByB.isEmpty() || !unansweredByB.isEmpty());
    QCOMPARE(acceptedByB.size() + unansweredByB.size(), m_farm->inFlight(m_urls.at(1).toString()));
    restartB();
    if (QTest::currentTestFailed())
        return;
    const qsizetype decisionsBefore = m_decisions.size();

    QTRY_COMPARE_WITH_TIMEOUT(m_farm->unfinishedCount(), 0, 120000);
    int lost = 0;
    for (const QString &id : ids) {
        const FarmJob *job = m_farm->job(id);
        QVERIFY2(job->state == FarmJob::State::Done, qPrintable(job->message));
        lost += wasLost(id) ? 1 : 0;
        // A lost one ran once on the servers that stayed or on the returned instance (3).
        verifyRanOnce(*job, {0, 2, 3});
        if (QTest::currentTestFailed())
            return;
    }
    // The returned server's resync found its jobs forgotten: they ran elsewhere or there. Only
    // jobs the farm had on B are lost. One B had accepted and that is not lost was finished by
    // the first B before it went (and fetched in time). One whose POST was unanswered is not
    // bound to the first B: the client's retry asks the returned instance for the prompt
    // (/queue, /history), finds nothing and posts it there again under the same id, where it
    // runs once (restartWhileItsPostIsUnansweredRunsItOnceThere); or, refused, it waits
    // again and runs elsewhere. Either way it ran once (verifyRanOnce above).
    for (const QString &id : ids) {
        const FarmJob *job = m_farm->job(id);
        if (wasLost(id))
            QVERIFY2(acceptedByB.contains(id) || unansweredByB.contains(id), qPrintable(id));
        else if (acceptedByB.contains(id))
            QVERIFY2(executionsOf(*job, 1) == 1, qPrintable(id));
    }
    QVERIFY(lost <= acceptedByB.size() + unansweredByB.size());
    // It rejoined: jobs were assigned to it after it came back.
    bool rejoined = false;
    for (qsizetype i = decisionsBefore; i < m_decisions.size(); ++i) {
        const FarmDecision &d = m_decisions.at(i);
        rejoined = rejoined || (d.kind == FarmDecision::Kind::Assigned && d.server == m_urls.at(1).toString());
    }
    QVERIFY(rejoined);
}

void tst_Farm::restartWhileItsPostIsUnansweredRunsItOnceThere()
{
    // B restarts after it has queued a job's prompt and before its answer to the POST is out
    // (the case returningServerRejoins meets by chance, about 1 run in 5 under ASan). The
    // first B took the prompt down with it unfinished; the client's POST fails in transit, and
    // its retry asks the returned B for the prompt (/queue, /history), finds nothing and posts
    // it there again under the same id. It runs once, on the new B, and is not lost: nothing
    // the farm had seen accepted was forgotten.
    startFarm({60, 60, 60});
    m_farm->setLostTimeoutMs(120000); // the resync and the retry decide, not the clock
    const QString b = m_urls.at(1).toString();
    // Queued at once, answered only after it is gone.
    m_sims.at(1)->faults()->setSlow(u"/prompt"_s, 60000);
    QSignalSpy queued(m_sims.at(1).get(), &Sim::SimServer::promptQueued);
    const QStringList ids = add(sweep(1, 500), b);
    QCOMPARE(ids.size(), 1);
    QVERIFY(queued.wait(30000));
    const FarmJob *job = m_farm->job(ids.constFirst());
    QCOMPARE(queued.constFirst().constFirst().toString(), job->promptId);
    QCOMPARE(job->state, FarmJob::State::Posting);
    const QString promptId = job->promptId;
    restartB();
    if (QTest::currentTestFailed())
        return;

    QTRY_COMPARE_WITH_TIMEOUT(m_farm->unfinishedCount(), 0, 60000);
    job = m_farm->job(ids.constFirst());
    QVERIFY2(job->state == FarmJob::State::Done, qPrintable(job->message));
    QCOMPARE(job->server, b);
    QCOMPARE(job->attempts, QStringList{promptId}); // one attempt: sent again, not run again
    QVERIFY(!wasLost(job->id));
    QCOMPARE(executionsOf(*job, 1), 0); // the first B never finished it
    QCOMPARE(executionsOf(*job, 3), 1);
    QCOMPARE(executionsOf(*job), 1);
    QCOMPARE(job->outputs.size(), 1);
    QVERIFY(QFile::exists(job->outputs.constFirst().path));
    QVERIFY(m_farm->server(b)->client()->retryCount() > 0);
}

void tst_Farm::postStillUnderWayIsNotLostByTheClock()
{
    // As above, but B stays away longer than the lost timeout while the client's retry waits
    // to ask it again. Given up on then and run elsewhere, the job would run twice: the retry
    // still posts the first attempt to the returned B once it answers. The POST's own outcome
    // decides: answered (followed as any job), or failed for good (then its clock starts).
    startFarm({60, 60, 60});
    m_farm->setLostTimeoutMs(500);
    const QString b = m_urls.at(1).toString();
    FarmServer *server = m_farm->server(b);
    server->client()->setRetryDelayMs(1500); // the POST's retry asks B at +1.5 s, then +3 s
    server->events()->setReconnectDelays(100, 200); // and the farm sees B back at once
    m_sims.at(1)->faults()->setSlow(u"/prompt"_s, 60000);
    QSignalSpy queued(m_sims.at(1).get(), &Sim::SimServer::promptQueued);
    // B has its checkpoint loaded: it goes there, and elsewhere once lost (not pinned).
    const QString checkpoint = u"sd_xl_base_1.0.safetensors"_s;
    server->setWarmCheckpoint(checkpoint);
    QByteArray prompt = colourPrompt(520);
    prompt.chop(1);
    prompt += u", \"9\": {\"class_type\": \"CheckpointLoaderSimple\", \"inputs\": {\"ckpt_name\": \"%1\"}}}"_s
                  .arg(checkpoint)
                  .toUtf8();
    const QStringList ids = add({{prompt, {}, {}}});
    QCOMPARE(ids.size(), 1);
    QVERIFY(queued.wait(30000));
    QCOMPARE(m_farm->job(ids.constFirst())->server, b);
    const QString promptId = m_farm->job(ids.constFirst())->promptId;
    QCOMPARE(m_farm->job(ids.constFirst())->state, FarmJob::State::Posting);
    restartB(2000); // back between the retry's two asks
    if (QTest::currentTestFailed())
        return;

    // The retry's POST reached the returned B, and it ran that prompt.
    QTRY_VERIFY_WITH_TIMEOUT(m_executions.contains(promptId), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_farm->unfinishedCount(), 0, 30000);
    const FarmJob *job = m_farm->job(ids.constFirst());
    QVERIFY2(job->state == FarmJob::State::Done, qPrintable(job->message));
    QCOMPARE(executionsOf(*job), 1);
    QCOMPARE(job->attempts, QStringList{promptId});
    QVERIFY(!wasLost(job->id));
    QCOMPARE(job->server, b);
    QCOMPARE(job->outputs.size(), 1);
}

void tst_Farm::silentServerFinishesWhileAwayAndIsNotRunAgain()
{
    startFarm({80, 80, 80});
    m_farm->setLostTimeoutMs(120000); // its resync, not the clock, must decide
    FarmServer *b = m_farm->server(m_urls.at(1).toString());
    QVERIFY(b);
    b->events()->setSilenceTimeoutMs(1000);
    b->client()->setTransferTimeoutMs(2000);
    QStringList receivedByB;
    connect(m_sims.at(1).get(), &Sim::SimServer::promptQueued, this,
            [&receivedByB](const QString &promptId) { receivedByB.append(promptId); });
    const QStringList ids = add(sweep(12, 600));
    QSignalSpy started(m_sims.at(1).get(), &Sim::SimServer::promptStarted);
    QVERIFY(started.wait(30000));
    // B drops its sockets and stops answering (new connections hang), but goes on running
    // what it has: from Easel's side it is down.
    m_sims.at(1)->faults()->setSilent(true);
    m_sims.at(1)->closeAllWebSockets();
    // The prompts B had received and not finished (a POST under way now never arrives).
    QStringList onB;
    for (const QString &promptId : std::as_const(receivedByB)) {
        if (!m_executions.contains(promptId))
            onB.append(promptId);
    }
    QVERIFY(!onB.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!b->isConnected(), 30000);
    // Everything it held has run there while Easel could not see it.
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(onB.cbegin(), onB.cend(),
                                         [this](const QString &p) { return m_executions.contains(p); }),
                             60000);
    m_sims.at(1)->faults()->setSilent(false);

    QTRY_COMPARE_WITH_TIMEOUT(m_farm->unfinishedCount(), 0, 180000);
    for (const QString &id : ids) {
        const FarmJob *job = m_farm->job(id);
        QVERIFY2(job->state == FarmJob::State::Done, qPrintable(job->message));
        QCOMPARE(executionsOf(*job), 1);
    }
    // Its jobs were found finished when it answered again: collected there, not run again
    // elsewhere (a job whose POST never arrived may be lost and run elsewhere, once).
    for (const QString &promptId : std::as_const(onB)) {
        QVERIFY(std::any_of(ids.cbegin(), ids.cend(), [&](const QString &id) {
            const FarmJob *j = m_farm->job(id);
            return j->attempts == QStringList{promptId} && j->server == b->id() && !j->outputs.isEmpty();
        }));
    }
    QVERIFY(std::none_of(m_decisions.cbegin(), m_decisions.cend(), [&](const FarmDecision &d) {
        const FarmJob *job = m_farm->job(d.jobId);
        return d.kind == FarmDecision::Kind::Lost && job && onB.contains(job->attempts.constFirst());
    }));
}

void tst_Farm::serverModelShowsEachServersHealth()
{
    startFarm({10, 10, 10});
    FarmServerModel model(m_farm.get());
    QCOMPARE(model.rowCount(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(m_farm->servers().cbegin(), m_farm->servers().cend(),
                                         [](FarmServer *s) { return s->statsKnown(); }),
                             30000);
    // Expected values from the recorded /system_stats the simulator serves.
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/system_stats.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject stats = QJsonDocument::fromJson(file.readAll()).object();
    const QString gpu = stats.value("devices"_L1).toArray().at(0).toObject().value("name"_L1).toString();
    const QString version = stats.value("system"_L1).toObject().value("comfyui_version"_L1).toString();
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(model.data(model.index(row, FarmServerModel::ServerColumn)).toString(), m_urls.at(row).toDisplayString());
        QCOMPARE(model.data(model.index(row, FarmServerModel::GpuColumn)).toString(), gpu);
        QCOMPARE(model.data(model.index(row, FarmServerModel::VersionColumn)).toString(), version);
        QVERIFY(model.data(model.index(row, 0), FarmServerModel::UsableRole).toBool());
    }
    // Jobs run and the loaded checkpoint follow the work; a stopped server shows as down.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QStringList ids = add(sweep(3, 900), m_urls.at(2).toString());
    QTRY_COMPARE_WITH_TIMEOUT(m_farm->unfinishedCount(), 0, 60000);
    QCOMPARE(model.data(model.index(2, FarmServerModel::JobsColumn)).toInt(), 3);
    QCOMPARE(model.data(model.index(0, FarmServerModel::JobsColumn)).toInt(), 0);
    QVERIFY(!changed.isEmpty());
    m_sims.at(2).reset();
    QTRY_VERIFY_WITH_TIMEOUT(!model.data(model.index(2, 0), FarmServerModel::UsableRole).toBool(), 30000);
    QCOMPARE(model.data(model.index(2, FarmServerModel::StateColumn)).toString(), u"down"_s);
}

void tst_Farm::warmServerIsPreferred()
{
    startFarm({10, 10, 10});
    m_farm->setWindow(1); // one job each: the choice is visible in which server gets which
    auto withCheckpoint = [](int colour, const QString &checkpoint) {
        QByteArray prompt = colourPrompt(colour);
        prompt.chop(1);
        prompt += u", \"9\": {\"class_type\": \"CheckpointLoaderSimple\", \"inputs\": {\"ckpt_name\": \"%1\"}}}"_s
                      .arg(checkpoint)
                      .toUtf8();
        return FarmJobRequest{prompt, {}, {}};
    };
    const QString xl = u"sd_xl_base_1.0.safetensors"_s;
    const QString sd15 = u"v1-5-pruned-emaonly.safetensors"_s;
    // Cold: XL to the first server, SD 1.5 to the next with room.
    const QStringList first = add({withCheckpoint(1000, xl), withCheckpoint(1001, sd15)});
    QTRY_COMPARE_WITH_TIMEOUT(m_farm->unfinishedCount(), 0, 60000);
    const QString xlServer = m_farm->job(first.at(0))->server;
    const QString sd15Server = m_farm->job(first.at(1))->server;
    QVERIFY2(m_farm->job(first.at(0))->state == FarmJob::State::Done, qPrintable(m_farm->job(first.at(0))->message));
    QVERIFY(xlServer != sd15Server);
    // Reversed order now: each goes back to the server that has its checkpoint loaded,
    // although the first in order would otherwise take the first server.
    const QStringList second = add({withCheckpoint(1002, sd15), withCheckpoint(1003, xl)});
    QTRY_COMPARE_WITH_TIMEOUT(m_farm->unfinishedCount(), 0, 60000);
    QCOMPARE(m_farm->job(second.at(0))->server, sd15Server);
    QCOMPARE(m_farm->job(second.at(1))->server, xlServer);
    for (const QString &id : second) {
        const FarmDecision *assigned = nullptr;
        for (const FarmDecision &d : std::as_const(m_decisions)) {
            if (d.jobId == id && d.kind == FarmDecision::Kind::Assigned)
                assigned = &d;
        }
        QVERIFY(assigned);
        QVERIFY2(assigned->reason.startsWith(u"warm"_s), qPrintable(assigned->reason));
    }
}

void tst_Farm::serverFromAProfileUsesItsTransport()
{
    // Two servers behind reverse proxies that want a header: the one added with its
    // profile's TransportOptions is reached (HTTP and WebSocket) and runs the jobs under the
    // profile's name; the one added by URL alone is never usable.
    std::vector<std::unique_ptr<Sim::SimServer>> sims;
    for (int i = 0; i < 2; ++i) {
        auto sim = std::make_unique<Sim::SimServer>();
        sim->setRequiredHeader("Authorization", "Bearer farm-secret");
        QVERIFY(sim->listen(QHostAddress::LocalHost, 0) != 0);
        sims.push_back(std::move(sim));
    }
    m_farm = std::make_unique<FarmDispatcher>(m_dir->filePath(u"out"_s));
    TransportOptions transport;
    transport.headers.append(std::pair<QByteArray, QByteArray>("Authorization", "Bearer farm-secret"));
    FarmServer *withProfile = m_farm->addServer(sims.at(0)->baseUrl(), transport, u"GPU box"_s);
    FarmServer *bare = m_farm->addServer(sims.at(1)->baseUrl());
    QCOMPARE(withProfile->displayName(), u"GPU box"_s);
    QCOMPARE(withProfile->id(), sims.at(0)->baseUrl().toString()); // the id stays the URL
    QCOMPARE(bare->displayName(), bare->id());
    // The servers panel's model shows the profile's name (address in the tooltip), else the address.
    FarmServerModel model(m_farm.get());
    QCOMPARE(model.index(0, FarmServerModel::ServerColumn).data().toString(), u"GPU box"_s);
    QVERIFY(model.index(0, FarmServerModel::ServerColumn).data(Qt::ToolTipRole).toString().startsWith(withProfile->id()));
    QCOMPARE(model.index(1, FarmServerModel::ServerColumn).data().toString(), sims.at(1)->baseUrl().toDisplayString());
    m_farm->start();
    QTRY_VERIFY_WITH_TIMEOUT(withProfile->isUsable(), 30000);
    const QStringList ids = add(sweep(3, 700));
    QTRY_COMPARE_WITH_TIMEOUT(m_farm->unfinishedCount(), 0, 60000);
    for (const QString &id : ids) {
        const FarmJob *job = m_farm->job(id);
        QVERIFY2(job->state == FarmJob::State::Done, qPrintable(job->message));
        QCOMPARE(job->server, withProfile->id());
    }
    QVERIFY(!bare->isUsable()); // refused with 401: never connected
    QVERIFY(!bare->everConnected());
    m_farm.reset();
}

void tst_Farm::cancelBeforeThePostIsAnsweredStillCancels()
{
    // Cancelled the moment it is assigned, its POST not answered yet: the delete waits for
    // the answer (sent before, it could overtake the POST and the job would run anyway).
    startFarm({300, 300, 300});
    QString cancelled;
    connect(m_farm.get(), &FarmDispatcher::jobAssigned, this, [&](const QString &jobId) {
        if (cancelled.isEmpty()) {
            cancelled = jobId;
            m_farm->cancel(jobId);
        }
    });
    QVERIFY(m_farm->add(u"job-a"_s, {colourPrompt(900), {}, {}}));
    QVERIFY(m_farm->add(u"job-b"_s, {colourPrompt(901), {}, {}}));
    QVERIFY(!m_farm->add(u"job-a"_s, {colourPrompt(902), {}, {}})); // under way: refused
    QTRY_COMPARE_WITH_TIMEOUT(m_farm->unfinishedCount(), 0, 60000);
    QCOMPARE(cancelled, u"job-a"_s);
    const FarmJob *a = m_farm->job(u"job-a"_s);
    QCOMPARE(a->outcome.status, JobOutcome::Status::Interrupted);
    QVERIFY(a->outputs.isEmpty());
    QCOMPARE(a->state, FarmJob::State::Failed);
    const FarmJob *b = m_farm->job(u"job-b"_s);
    QVERIFY2(b->state == FarmJob::State::Done, qPrintable(b->message));
    QCOMPARE(executionsOf(*b), 1);
    // A finished id may be used again (a retry): a new record, a new prompt id.
    const QString firstPrompt = b->promptId;
    QVERIFY(m_farm->add(u"job-b"_s, {colourPrompt(903), {}, {}}));
    QTRY_COMPARE_WITH_TIMEOUT(m_farm->unfinishedCount(), 0, 60000);
    QVERIFY(m_farm->job(u"job-b"_s)->promptId != firstPrompt);
    QCOMPARE(m_farm->job(u"job-b"_s)->state, FarmJob::State::Done);
}

void tst_Farm::adoptedJobsAreLookedUpWhereTheyWere()
{
    // After an Easel restart: one job's prompt had finished on A while Easel was away (its
    // outputs are collected, it does not run again); one was sent to a server no longer in
    // the farm (nobody can be asked: it runs again elsewhere); one id A never heard of
    // (forgotten there: it runs again).
    startFarm({20, 20, 20});
    ComfyClient client(m_urls.at(0));
    const QString finishedPrompt = ComfyClient::makePromptId();
    const QByteArray prompt = colourPrompt(950);
    PromptRequest request;
    request.promptJson = prompt;
    request.promptId = finishedPrompt;
    bool posted = false;
    onFinished(client.queuePrompt(request), this, [&](const Result<QueuedPrompt> &result) { posted = result.isOk(); });
    QTRY_VERIFY(posted);
    QTRY_VERIFY_WITH_TIMEOUT(m_executions.contains(finishedPrompt), 30000);

    const QString a = m_urls.at(0).toString();
    QVERIFY(m_farm->adopt(u"done-there"_s, {prompt, {}, {}}, a, finishedPrompt));
    QVERIFY(m_farm->adopt(u"server-gone"_s, {colourPrompt(951), {}, {}}, u"http://127.0.0.1:9/"_s,
                          ComfyClient::makePromptId()));
    QVERIFY(m_farm->adopt(u"forgotten"_s, {colourPrompt(952), {}, {}}, a, ComfyClient::makePromptId()));
    QTRY_COMPARE_WITH_TIMEOUT(m_farm->unfinishedCount(), 0, 60000);
    for (const QString &id : {u"done-there"_s, u"server-gone"_s, u"forgotten"_s}) {
        const FarmJob *job = m_farm->job(id);
        QVERIFY2(job->state == FarmJob::State::Done, qPrintable(id + u": "_s + job->message));
        QCOMPARE(job->outputs.size(), 1);
    }
    const FarmJob *done = m_farm->job(u"done-there"_s);
    QCOMPARE(done->attempts, QStringList{finishedPrompt});
    QCOMPARE(executionsOf(*done), 1);
    for (const QString &id : {u"server-gone"_s, u"forgotten"_s}) {
        const FarmJob *job = m_farm->job(id);
        QCOMPARE(job->attempts.size(), 2); // the adopted id, then the one it ran under
        QVERIFY(wasLost(id));
        QCOMPARE(executionsOf(*job), 1);
    }
}

QTEST_GUILESS_MAIN(tst_Farm)
#include "tst_farm.moc"
