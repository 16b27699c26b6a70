// The queue model without a server: a paused queue never submits, so rows, moves, drag
// and drop, cancel and the journal can be checked with QAbstractItemModelTester.
#include "comfyclient.h"
#include "eventstream.h"
#include "jobjournal.h"
#include "jobqueue.h"
#include "jobrunner.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {
const QByteArray prompt = R"({"1": {"class_type": "EmptyImage", "inputs": {"width": 8, "height": 8, "batch_size": 1, "color": 18446744073709551615}}, "2": {"class_type": "SaveImage", "inputs": {"images": ["1", 0], "filename_prefix": "q"}}})";
}

class tst_JobQueueModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rowsForEveryJob();
    void moveRowsReordersWaitingJobs();
    void dragAndDropMovesJobs();
    void cancelWaitingJob();
    void onlyTheNewestFinishedJobsStay();
    void finishedJobsGoInBulkPastTheSlack();
    void journalRoundTrip();
    void journalWrittenWhenTheEventStreamDiesFirst();
    void queueTimeValuesAreShownAndJournalled();
    void aPromptParsedAlreadyIsKept();
    void overallProgressCountsTheActiveBatches();
    void overallProgressCountsJobsNoLongerHeld();
    void unnamedBatchesNeverShareANumber();
    void jobsAreFoundWithoutAScan();
    void timedSavesReachTheJournal();
    void batchPartsKeptBetweenSavesWriteTheSame();
    void batchEndsAgreeWithAScanOfTheRows();

private:
    QString firstIds(int n) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ComfyClient> m_client;
    std::unique_ptr<EventStream> m_events;
    std::unique_ptr<JobRunner> m_runner;
    std::unique_ptr<JobQueue> m_queue;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_JobQueueModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void tst_JobQueueModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Nothing listens there; a paused queue never asks.
    m_client = std::make_unique<ComfyClient>(QUrl(u"http://127.0.0.1:9/"_s));
    m_events = std::make_unique<EventStream>();
    m_runner = std::make_unique<JobRunner>(m_client.get(), m_events.get(), m_dir->filePath(u"out"_s));
    m_queue = std::make_unique<JobQueue>(m_runner.get(), m_client.get(), m_events.get());
    m_queue->setShowForeignJobs(false);
    m_queue->setPaused(true);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_queue.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_JobQueueModel::cleanup()
{
    m_tester.reset();
    m_queue.reset();
    m_runner.reset();
    m_events.reset();
    m_client.reset();
    m_dir.reset();
}

QString tst_JobQueueModel::firstIds(int n) const
{
    QStringList labels;
    for (int row = 0; row < n; ++row)
        labels.append(m_queue->index(row, JobQueue::JobColumn).data().toString().section(u" · "_s, 0, 0));
    return labels.join(u',');
}

void tst_JobQueueModel::rowsForEveryJob()
{
    SweepSpec spec;
    spec.label = u"grid"_s;
    spec.axes = {SweepAxis::range(u"1"_s, u"width"_s, JsonNumber::fromInt(8), JsonNumber::fromInt(24), JsonNumber::fromInt(8))};
    QSignalSpy added(m_queue.get(), &JobQueue::jobAdded);
    QString error;
    const QString batchId = m_queue->enqueueSweep(prompt, spec, {}, &error);
    QVERIFY2(!batchId.isEmpty(), qPrintable(error));
    QCOMPARE(added.size(), 3);
    QCOMPARE(m_queue->rowCount(), 3);
    QCOMPARE(m_queue->columnCount(), int(JobQueue::ColumnCount));
    QCOMPARE(firstIds(3), u"grid 1/3,grid 2/3,grid 3/3"_s);
    QCOMPARE(m_queue->index(1, JobQueue::ChangesColumn).data().toString(), u"Width = 16"_s); // named as the editor names it
    // The queue is paused here: its waiting jobs say so.
    QCOMPARE(m_queue->index(0, JobQueue::StateColumn).data().toString(), u"Paused"_s);
    QCOMPARE(m_queue->index(2, JobQueue::PositionColumn).data().toInt(), 3);
    QCOMPARE(m_queue->waitingCount(), 3);
    QCOMPARE(m_queue->inFlightCount(), 0);
    const QString jobId = m_queue->index(2, 0).data(JobQueue::JobIdRole).toString();
    QCOMPARE(m_queue->rowOf(jobId), 2);
    QVERIFY(m_queue->flags(m_queue->index(0, 0)) & Qt::ItemIsDragEnabled);
}

void tst_JobQueueModel::moveRowsReordersWaitingJobs()
{
    m_queue->enqueue(prompt, QList<SweepVariant>(4), u"b"_s);
    QCOMPARE(firstIds(4), u"b 1/4,b 2/4,b 3/4,b 4/4"_s);
    QVERIFY(m_queue->moveRows({}, 3, 1, {}, 0));
    QCOMPARE(firstIds(4), u"b 4/4,b 1/4,b 2/4,b 3/4"_s);
    QVERIFY(m_queue->moveRows({}, 0, 2, {}, 4));
    QCOMPARE(firstIds(4), u"b 2/4,b 3/4,b 4/4,b 1/4"_s);
    QVERIFY(!m_queue->moveRows({}, 1, 1, {}, 1));
    const QString last = m_queue->index(3, 0).data(JobQueue::JobIdRole).toString();
    QVERIFY(m_queue->moveJob(last, 1));
    QCOMPARE(firstIds(4), u"b 2/4,b 1/4,b 3/4,b 4/4"_s);
    QCOMPARE(m_queue->index(1, JobQueue::PositionColumn).data().toInt(), 2);
}

void tst_JobQueueModel::dragAndDropMovesJobs()
{
    m_queue->enqueue(prompt, QList<SweepVariant>(5), u"d"_s);
    std::unique_ptr<QMimeData> data(m_queue->mimeData({m_queue->index(4, 0), m_queue->index(2, 0)}));
    QVERIFY(data);
    QVERIFY(m_queue->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    // Returns false on purpose: the rows are moved already, the view must not remove them.
    QVERIFY(!m_queue->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    QCOMPARE(firstIds(5), u"d 3/5,d 5/5,d 1/5,d 2/5,d 4/5"_s);
    std::unique_ptr<QMimeData> toEnd(m_queue->mimeData({m_queue->index(0, 0)}));
    m_queue->dropMimeData(toEnd.get(), Qt::MoveAction, -1, -1, {});
    QCOMPARE(firstIds(5), u"d 5/5,d 1/5,d 2/5,d 4/5,d 3/5"_s);
}

void tst_JobQueueModel::cancelWaitingJob()
{
    m_queue->enqueue(prompt, QList<SweepVariant>(2), u"c"_s);
    const QString jobId = m_queue->index(0, 0).data(JobQueue::JobIdRole).toString();
    QSignalSpy batch(m_queue.get(), &JobQueue::batchFinished);
    QVERIFY(m_queue->cancel(jobId));
    QCOMPARE(m_queue->job(jobId)->state, QueuedJob::State::Cancelled);
    QVERIFY(!(m_queue->flags(m_queue->index(0, 0)) & Qt::ItemIsDragEnabled));
    QVERIFY2(!m_queue->moveRows({}, 0, 1, {}, 2), "only waiting jobs move");
    QCOMPARE(batch.size(), 0);
    QVERIFY(m_queue->cancel(m_queue->index(1, 0).data(JobQueue::JobIdRole).toString()));
    QCOMPARE(batch.size(), 1);
    QCOMPARE(batch.constFirst().at(3).toInt(), 0); // cancelled is not failed
    QCOMPARE(batch.constFirst().at(5).toInt(), 2); // both cancelled
    QVERIFY(m_queue->retry(jobId));
    QCOMPARE(m_queue->job(jobId)->state, QueuedJob::State::Waiting);
    m_queue->removeFinished();
    QCOMPARE(m_queue->rowCount(), 1);
}

void tst_JobQueueModel::onlyTheNewestFinishedJobsStay()
{
    // Keep 2: six one-job batches end (cancelled while waiting, in order), then a batch of 4
    // ends one job at a time.
    m_queue->setKeepFinished(2);
    QStringList singles;
    for (const char *label : {"a", "b", "c", "d", "e", "f"})
        singles.append(m_queue->enqueue(prompt, {}, QString::fromLatin1(label)));
    const QString batchG = m_queue->enqueue(prompt, QList<SweepVariant>(4), u"g"_s);
    QStringList singleJobs;
    QStringList gJobs;
    for (int row = 0; row < 10; ++row)
        (row < 6 ? singleJobs : gJobs).append(m_queue->index(row, 0).data(JobQueue::JobIdRole).toString());
    QCOMPARE(m_queue->rowCount(), 10);
    for (const QString &jobId : std::as_const(singleJobs))
        QVERIFY(m_queue->cancel(jobId));
    QTRY_COMPARE(m_queue->rowCount(), 2 + 4);
    for (int i = 0; i < 4; ++i)
        QVERIFY2(!m_queue->batch(singles.at(i)), "a dropped job's batch is freed with its prompt");
    QVERIFY(m_queue->batch(singles.at(4)));
    QVERIFY(m_queue->batch(singles.at(5)));
    QCOMPARE(firstIds(2), u"e,f"_s); // one-job batches are named by their label alone

    // A batch's jobs dropped before it ends still count in its batchFinished.
    QSignalSpy finished(m_queue.get(), &JobQueue::batchFinished);
    for (int k = 0; k < 4; ++k) {
        QVERIFY(m_queue->cancel(gJobs.at(k)));
        QTRY_COMPARE(m_queue->rowCount(), 5 - k); // two finished stay, and g's waiting ones
    }
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().at(0).toString(), batchG);
    QCOMPARE(finished.constFirst().at(5).toInt(), 4); // all four stopped, one dropped already
    QVERIFY(!m_queue->batch(singles.at(5)));
    QVERIFY(m_queue->batch(batchG)); // its last two jobs are rows still
    QVERIFY(!m_queue->job(gJobs.at(0)));
    QVERIFY(!m_queue->job(gJobs.at(1)));
    QVERIFY(m_queue->job(gJobs.at(3)));

    // The setting back to 0 keeps everything from now on; retry works on a kept row.
    m_queue->setKeepFinished(0);
    QVERIFY(m_queue->retry(gJobs.at(3)));
    QCOMPARE(m_queue->job(gJobs.at(3))->state, QueuedJob::State::Waiting);
}

// easel-run's setting: keep 2, let 3 more pile up, then drop the excess in one pass; rows
// that are not neighbours go as separate ranges (the model tester checks the signals).
void tst_JobQueueModel::finishedJobsGoInBulkPastTheSlack()
{
    m_queue->setKeepFinished(2, 3);
    QStringList jobs;
    for (const char *label : {"a", "b", "c", "d", "e", "f", "g"}) {
        m_queue->enqueue(prompt, {}, QString::fromLatin1(label));
        jobs.append(m_queue->index(m_queue->rowCount() - 1, 0).data(JobQueue::JobIdRole).toString());
    }
    // The drop pass is queued after a job ends: a call queued after it marks that it ran.
    const auto settle = [this] {
        bool ran = false;
        QMetaObject::invokeMethod(m_queue.get(), [&ran] { ran = true; }, Qt::QueuedConnection);
        QTRY_VERIFY(ran);
    };
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_queue->cancel(jobs.at(i)));
    settle();
    QCOMPARE(m_queue->rowCount(), 7); // 5 finished: 3 past the 2 kept, within the slack
    QVERIFY(m_queue->moveJob(jobs.at(6), 2)); // g (waiting) between b and c
    QCOMPARE(firstIds(7), u"a,b,g,c,d,e,f"_s);
    QVERIFY(m_queue->cancel(jobs.at(5)));
    settle();
    QCOMPARE(m_queue->rowCount(), 3); // 6 finished: the 4 oldest go at once, in two ranges
    QCOMPARE(firstIds(3), u"g,e,f"_s);
    for (int i = 0; i < 4; ++i)
        QVERIFY(!m_queue->job(jobs.at(i)));
    QVERIFY(m_queue->job(jobs.at(4)));
}

void tst_JobQueueModel::journalRoundTrip()
{
    const QString journal = m_dir->filePath(u"queue/journal.json"_s);
    m_queue->setJournalPath(journal);
    SweepSpec spec;
    spec.label = u"seeds"_s;
    spec.seedMode = SweepSpec::SeedMode::Sequential;
    spec.seedInputs = {u"1.color"_s};
    spec.seedStart = 18446744073709551614ULL;
    spec.seedCount = 2;
    QVERIFY(!m_queue->enqueueSweep(prompt, spec).isEmpty());
    m_queue->enqueue(prompt, {}, u"once"_s);
    QVERIFY(m_queue->moveRows({}, 2, 1, {}, 0));
    const QStringList ids = m_queue->jobIds();
    const QString promptId = m_queue->job(ids.at(1))->promptId;
    QVERIFY(m_queue->flushJournal());

    m_tester.reset();
    m_queue = std::make_unique<JobQueue>(m_runner.get(), m_client.get(), m_events.get());
    m_queue->setShowForeignJobs(false);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_queue.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_queue->setJournalPath(journal);
    QSignalSpy loaded(m_queue.get(), &JobQueue::journalLoaded);
    m_queue->loadJournal();
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.constFirst().at(0).toInt(), 3);
    QVERIFY2(m_queue->isPaused(), "the paused state comes back too");
    QCOMPARE(m_queue->jobIds(), ids);
    QCOMPARE(firstIds(3), u"once,seeds 1/2,seeds 2/2"_s);
    QCOMPARE(m_queue->job(ids.at(1))->promptId, promptId);
    QCOMPARE(m_queue->index(2, JobQueue::ChangesColumn).data().toString(), u"Color = 18446744073709551615"_s);
    // Restored batches: a job that ends after the restart still counts as done against
    // its batch (one cancelled of the three).
    QCOMPARE(m_queue->overallProgress(), 0.0);
    QVERIFY(m_queue->cancel(ids.at(1)));
    QCOMPARE(m_queue->overallProgress(), 1.0 / 3);
}

// The event stream and the queue as siblings under one owner, which deletes its children
// in creation order, so the stream is gone when the queue's destructor writes the journal
// it still has pending. That write must not touch the dead stream (it did: a heap
// corruption seen once in the window test; the queue now keeps no pointer to the stream,
// it is told its client id), must still happen, and must keep the client id the stream
// was opened with after the queue was made.
void tst_JobQueueModel::journalWrittenWhenTheEventStreamDiesFirst()
{
    const QString journal = m_dir->filePath(u"owned/journal.json"_s);
    {
        QObject owner;
        auto *client = new ComfyClient(QUrl(u"http://127.0.0.1:9/"_s), &owner);
        auto *events = new EventStream(&owner);
        auto *runner = new JobRunner(client, events, m_dir->filePath(u"out2"_s), &owner);
        auto *queue = new JobQueue(runner, client, events, &owner);
        queue->setShowForeignJobs(false);
        queue->setPaused(true);
        queue->setJournalPath(journal);
        events->open(QUrl(u"http://127.0.0.1:9/"_s), u"told-after-the-queue"_s);
        QVERIFY(!queue->enqueue(prompt, {}, u"pending"_s).isEmpty());
        QVERIFY(!QFile::exists(journal)); // the write is still pending (coalesced)
    }
    QFile file(journal);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value("jobs"_L1).toArray().size(), 1);
    QCOMPARE(root.value("clientId"_L1).toString(), u"told-after-the-queue"_s);
}

// A patterned file name is resolved per job (the frontend's %…% rules): the queue shows
// the name the job runs with, and the journal brings it back as a queue-time value.
void tst_JobQueueModel::queueTimeValuesAreShownAndJournalled()
{
    const QString journal = m_dir->filePath(u"queue/journal.json"_s);
    m_queue->setJournalPath(journal);
    QByteArray patterned = prompt;
    patterned.replace("\"filename_prefix\": \"q\"", "\"filename_prefix\": \"w%EmptyImage.width%_%width%\"");
    SweepSpec spec;
    spec.label = u"widths"_s;
    spec.axes = {SweepAxis::list(u"1"_s, u"width"_s, {JsonTree::fromInt(16), JsonTree::fromInt(32)})};
    QVERIFY(!m_queue->enqueueSweep(patterned, spec).isEmpty());
    QCOMPARE(m_queue->index(0, JobQueue::ChangesColumn).data().toString(),
             u"Width = 16, File name prefix = w16_%width%"_s);
    QCOMPARE(m_queue->index(1, JobQueue::ChangesColumn).data().toString(),
             u"Width = 32, File name prefix = w32_%width%"_s);
    const QStringList ids = m_queue->jobIds();
    QVERIFY(m_queue->flushJournal());

    m_tester.reset();
    m_queue = std::make_unique<JobQueue>(m_runner.get(), m_client.get(), m_events.get());
    m_queue->setShowForeignJobs(false);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_queue.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_queue->setJournalPath(journal);
    QSignalSpy loaded(m_queue.get(), &JobQueue::journalLoaded);
    m_queue->loadJournal();
    QVERIFY(loaded.wait());
    const QueuedJob *job = m_queue->job(ids.at(1));
    QVERIFY(job);
    QCOMPARE(job->overrides.size(), 2);
    QVERIFY(!job->overrides.at(0).queueTime);
    QVERIFY(job->overrides.at(1).queueTime);
    QCOMPARE(job->overrides.at(1).value.toString(), u"w32_%width%"_s);
}

// The window hands the prompt over parsed (WorkflowEditor::apiPromptJson): kept as given,
// refused as enqueue refuses a prompt that is not an object.
void tst_JobQueueModel::aPromptParsedAlreadyIsKept()
{
    QVERIFY(m_queue->enqueueParsed(prompt, JsonTree::array(), {}, u"list"_s).isEmpty());
    QCOMPARE(m_queue->rowCount(), 0);
    const QString batchId = m_queue->enqueueParsed(prompt, JsonTree::parse(prompt), {}, u"run"_s);
    QVERIFY(!batchId.isEmpty());
    QCOMPARE(m_queue->rowCount(), 1);
    QCOMPARE(m_queue->batch(batchId)->promptJson, prompt);
    QCOMPARE(firstIds(1), u"run"_s);
}

// The overall fraction is over the batches with work left: their finished jobs count as
// done, a batch's jobs stop counting once the whole batch is over.
void tst_JobQueueModel::overallProgressCountsTheActiveBatches()
{
    QCOMPARE(m_queue->overallProgress(), -1.0);
    const QString sweep = m_queue->enqueue(prompt, QList<SweepVariant>(3), u"three"_s);
    const QString single = m_queue->enqueue(prompt, {}, u"one"_s);
    QVERIFY(!sweep.isEmpty() && !single.isEmpty());
    QCOMPARE(m_queue->overallProgress(), 0.0);
    QStringList sweepJobs;
    QString singleJob;
    for (const QString &id : m_queue->jobIds()) {
        if (m_queue->job(id)->batchId == sweep)
            sweepJobs.append(id);
        else
            singleJob = id;
    }
    QCOMPARE(sweepJobs.size(), 3);
    QVERIFY(m_queue->cancel(sweepJobs.at(0)));
    QCOMPARE(m_queue->overallProgress(), 1.0 / 4); // one of the four jobs of the two batches
    QVERIFY(m_queue->cancel(singleJob));
    QCOMPARE(m_queue->overallProgress(), 1.0 / 3); // the single run's batch is over
    QVERIFY(m_queue->cancel(sweepJobs.at(2)));
    QCOMPARE(m_queue->overallProgress(), 2.0 / 3);
    QVERIFY(m_queue->retry(singleJob)); // active again, its batch with it
    QCOMPARE(m_queue->overallProgress(), 2.0 / 4);
    QVERIFY(m_queue->cancel(singleJob));
    QVERIFY(m_queue->cancel(sweepJobs.at(1)));
    QCOMPARE(m_queue->overallProgress(), -1.0);
}

// A batch's jobs cleared from the list, or finished before a restart (the journal brings
// back only the unfinished ones), still count as done against the batch's size: a sweep of
// 4 with 2 over reads 50 %, not 0 % of the 2 held.
void tst_JobQueueModel::overallProgressCountsJobsNoLongerHeld()
{
    const QString journal = m_dir->filePath(u"queue/journal.json"_s);
    m_queue->setJournalPath(journal);
    m_queue->enqueue(prompt, QList<SweepVariant>(4), u"four"_s);
    const QStringList ids = m_queue->jobIds();
    QVERIFY(m_queue->cancel(ids.at(0)));
    QVERIFY(m_queue->cancel(ids.at(1)));
    QCOMPARE(m_queue->overallProgress(), 2.0 / 4);
    m_queue->removeFinished();
    QCOMPARE(m_queue->jobIds().size(), 2);
    QCOMPARE(m_queue->overallProgress(), 2.0 / 4);
    QVERIFY(m_queue->flushJournal());

    m_tester.reset();
    m_queue = std::make_unique<JobQueue>(m_runner.get(), m_client.get(), m_events.get());
    m_queue->setShowForeignJobs(false);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_queue.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_queue->setJournalPath(journal);
    QSignalSpy loaded(m_queue.get(), &JobQueue::journalLoaded);
    m_queue->loadJournal();
    QVERIFY(loaded.wait());
    QCOMPARE(m_queue->jobIds(), ids.mid(2));
    QCOMPARE(m_queue->overallProgress(), 2.0 / 4);
    QVERIFY(m_queue->cancel(ids.at(2)));
    QCOMPARE(m_queue->overallProgress(), 3.0 / 4);
}

// "Batch %1" for batches queued without a label: never a number a held batch shows, after
// a clear or a restart (it was the count of batches held plus one).
void tst_JobQueueModel::unnamedBatchesNeverShareANumber()
{
    const QString journal = m_dir->filePath(u"queue/journal.json"_s);
    m_queue->setJournalPath(journal);
    const QString first = m_queue->enqueue(prompt, {}, {});
    const QString second = m_queue->enqueue(prompt, {}, {});
    QCOMPARE(m_queue->batch(first)->label, u"Batch 1"_s);
    QCOMPARE(m_queue->batch(second)->label, u"Batch 2"_s);
    QVERIFY(m_queue->cancel(m_queue->jobIds().constFirst()));
    m_queue->removeFinished(); // Batch 1 is gone, Batch 2 stays
    QVERIFY(!m_queue->batch(first));
    const QString third = m_queue->enqueue(prompt, {}, {});
    QCOMPARE(m_queue->batch(third)->label, u"Batch 3"_s);
    QVERIFY(m_queue->flushJournal());

    m_tester.reset();
    m_queue = std::make_unique<JobQueue>(m_runner.get(), m_client.get(), m_events.get());
    m_queue->setShowForeignJobs(false);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_queue.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_queue->setJournalPath(journal);
    QSignalSpy loaded(m_queue.get(), &JobQueue::journalLoaded);
    m_queue->loadJournal();
    QVERIFY(loaded.wait());
    QCOMPARE(firstIds(2), u"Batch 2,Batch 3"_s);
    const QString fourth = m_queue->enqueue(prompt, {}, {});
    QCOMPARE(m_queue->batch(fourth)->label, u"Batch 4"_s);
    // A label that only looks like one is left alone.
    m_queue->enqueue(prompt, {}, u"Batch 12 b"_s);
    QCOMPARE(m_queue->batch(m_queue->enqueue(prompt, {}, {}))->label, u"Batch 5"_s);
}

// Every signal about a job looks it up by id: in a long queue that must not scan the rows,
// neither for a job's first look-up nor after finished rows above it were dropped.
void tst_JobQueueModel::jobsAreFoundWithoutAScan()
{
    m_queue->setKeepFinished(4, 4);
    for (int i = 0; i < 40; ++i)
        QVERIFY(!m_queue->enqueue(prompt, {}, u"run"_s).isEmpty());
    const QStringList ids = m_queue->jobIds();
    const int scans = m_queue->indexScans();
    for (const QString &id : ids) {
        QVERIFY(m_queue->job(id));
        QVERIFY(m_queue->cancel(id)); // ends it, oldest first, as a queue runs
        QCoreApplication::processEvents(); // the finished rows past the slack go
    }
    QTRY_VERIFY(m_queue->rowCount() <= 8);
    QVERIFY(m_queue->rowCount() < 40); // rows did go, in bulk, while the jobs were looked up
    QCOMPARE(m_queue->indexScans() - scans, 0);
    QVERIFY(!m_queue->job(u"no such job"_s));
}

// The journal's timed saves (not flush): the queue's state when the save was due, made into
// JSON and written on the journal's writer thread, lands on disk in order.
void tst_JobQueueModel::timedSavesReachTheJournal()
{
    const QString journal = m_dir->filePath(u"timed/journal.json"_s);
    m_queue->setJournalPath(journal);
    const auto jobsInFile = [&journal] {
        QFile file(journal);
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        return int(QJsonDocument::fromJson(file.readAll()).object().value("jobs"_L1).toArray().size());
    };
    m_queue->enqueue(prompt, QList<SweepVariant>(3), u"three"_s);
    QTRY_COMPARE(jobsInFile(), 3);
    QVERIFY(m_queue->cancel(m_queue->jobIds().constFirst())); // finished jobs are not kept
    QTRY_COMPARE(jobsInFile(), 2);
    m_queue->enqueue(prompt, {}, u"one"_s);
    QTRY_COMPARE(jobsInFile(), 3);
}

// Each batch's part of the journal is kept from one save to the next: the text is the same
// as made afresh, a batch that changed (its pinned server) gets a new part, and parts of
// batches no unfinished job uses go.
void tst_JobQueueModel::batchPartsKeptBetweenSavesWriteTheSame()
{
    JournalContents contents;
    contents.clientId = u"client"_s;
    for (int b = 0; b < 2; ++b) {
        QueueBatch batch;
        batch.id = u"batch%1"_s.arg(b);
        batch.label = u"run %1"_s.arg(b);
        batch.promptJson = prompt;
        batch.workflowJson = "{\"nodes\": []}";
        batch.created = QDateTime::fromMSecsSinceEpoch(1765000000000 + b, Qt::UTC);
        batch.imageUploads.insert(u"4"_s, u"/tmp/in %1.png"_s.arg(b));
        contents.batches.append(batch);
        QueuedJob job;
        job.id = u"job%1"_s.arg(b);
        job.batchId = batch.id;
        job.indexInBatch = 1;
        job.promptId = u"prompt%1"_s.arg(b);
        contents.jobs.append(job);
    }
    JobJournal::BatchParts parts;
    QCOMPARE(JobJournal::serialize(contents, &parts), JobJournal::serialize(contents));
    QCOMPARE(parts.size(), 2);
    QCOMPARE(JobJournal::serialize(contents, &parts), JobJournal::serialize(contents)); // from the parts
    contents.batches[1].pinnedServer = u"gpu-2"_s;
    const QByteArray pinned = JobJournal::serialize(contents, &parts);
    QCOMPARE(pinned, JobJournal::serialize(contents));
    QVERIFY(pinned.contains("gpu-2"));
    contents.jobs.removeFirst(); // batch0 has no job left
    QCOMPARE(JobJournal::serialize(contents, &parts), JobJournal::serialize(contents));
    QCOMPARE(parts.size(), 1);
    QVERIFY(parts.contains(u"batch1"_s));
}

QTEST_MAIN(tst_JobQueueModel)
#include "tst_jobqueuemodel.moc"

// A batch ends when its last job does, found from a count the queue keeps through every
// change of state and of rows, not from a scan of the rows: checked against a scan after
// each step of a fixed random sequence of queueing, cancelling, retrying, moving, clearing,
// dropping (keepFinished) and a restart from the journal. batchFinished comes exactly once
// for each end, never before, with the batch's jobs (dropped ones too) as stopped. The
// queue's count of unfinished jobs (which tells pump() the queue is idle) agrees with a scan.
void tst_JobQueueModel::batchEndsAgreeWithAScanOfTheRows()
{
    const QString journal = m_dir->filePath(u"queue/journal.json"_s);
    m_queue->setJournalPath(journal);
    QRandomGenerator random(17);
    QHash<QString, int> dropped; // batch id -> its jobs dropped by keepFinished
    int ends = 0;
    int restarts = 0;
    auto spy = std::make_unique<QSignalSpy>(m_queue.get(), &JobQueue::batchFinished);
    const auto rowsOf = [this](const QString &batchId) {
        QList<const QueuedJob *> rows;
        for (const QString &id : m_queue->jobIds()) {
            if (const QueuedJob *job = m_queue->job(id); job->batchId == batchId)
                rows.append(job);
        }
        return rows;
    };
    const auto settle = [this] {
        bool ran = false;
        QMetaObject::invokeMethod(m_queue.get(), [&ran] { ran = true; }, Qt::QueuedConnection);
        QTRY_VERIFY(ran);
    };
    for (int step = 0; step < 600; ++step) {
        const QStringList ids = m_queue->jobIds();
        const QString jobId = ids.isEmpty() ? QString() : ids.at(random.bounded(int(ids.size())));
        const int action = ids.isEmpty() ? 0 : int(random.bounded(8));
        if (action == 0) {
            m_queue->enqueue(prompt, QList<SweepVariant>(random.bounded(1, 5)), u"b%1"_s.arg(step));
        } else if (action <= 3) {
            const QString batchId = m_queue->job(jobId)->batchId;
            const bool waiting = m_queue->job(jobId)->state == QueuedJob::State::Waiting;
            QCOMPARE(m_queue->cancel(jobId), waiting);
            const QList<const QueuedJob *> rows = rowsOf(batchId);
            const bool ended = waiting && std::all_of(rows.cbegin(), rows.cend(), [](const QueuedJob *job) {
                return job->isFinished();
            });
            QCOMPARE(spy->size(), ended ? 1 : 0);
            if (ended) {
                ++ends;
                QCOMPARE(spy->constFirst().at(0).toString(), batchId);
                QCOMPARE(spy->constFirst().at(2).toInt(), 0);
                QCOMPARE(spy->constFirst().at(3).toInt(), 0);
                QCOMPARE(spy->constFirst().at(5).toInt(), int(rows.size()) + dropped.value(batchId));
            }
        } else if (action == 4) {
            const bool finished = m_queue->job(jobId)->isFinished();
            QCOMPARE(m_queue->retry(jobId), finished);
        } else if (action == 5) {
            m_queue->moveJob(jobId, random.bounded(int(ids.size())));
        } else if (action == 6) {
            // Finished jobs dropped past a few kept still count in their batch's end.
            QHash<QString, QString> batchOf;
            for (const QString &id : ids)
                batchOf.insert(id, m_queue->job(id)->batchId);
            m_queue->setKeepFinished(random.bounded(0, 4));
            settle();
            const QStringList left = m_queue->jobIds();
            for (const QString &id : ids) {
                if (!left.contains(id))
                    ++dropped[batchOf.value(id)];
            }
        } else if (random.bounded(6) == 0) {
            m_queue->removeFinished(); // cleared jobs count no more, nor a batch left empty
            for (auto it = dropped.begin(); it != dropped.end();)
                it = rowsOf(it.key()).isEmpty() ? dropped.erase(it) : std::next(it);
        } else if (restarts < 2 && step > 200 * (restarts + 1)) {
            ++restarts;
            m_queue->setKeepFinished(0);
            QVERIFY(m_queue->flushJournal());
            spy.reset();
            m_tester.reset();
            m_queue = std::make_unique<JobQueue>(m_runner.get(), m_client.get(), m_events.get());
            m_queue->setShowForeignJobs(false);
            m_tester = std::make_unique<QAbstractItemModelTester>(
                m_queue.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            m_queue->setJournalPath(journal);
            QSignalSpy loaded(m_queue.get(), &JobQueue::journalLoaded);
            m_queue->loadJournal();
            QVERIFY(loaded.wait());
            spy = std::make_unique<QSignalSpy>(m_queue.get(), &JobQueue::batchFinished);
            dropped.clear(); // the journal keeps rows, not the tallies of dropped ones
        }
        spy->clear();
        // The queue's count of unfinished jobs (pump's idle test) is the scan's too.
        const QStringList now = m_queue->jobIds();
        QCOMPARE(m_queue->unfinishedCount(), int(std::count_if(now.cbegin(), now.cend(), [this](const QString &id) {
                     return !m_queue->job(id)->isFinished();
                 })));
    }
    QVERIFY2(ends > 20, qPrintable(QString::number(ends)));
    QCOMPARE(restarts, 2);
}
