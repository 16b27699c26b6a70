#include "jobqueue.h"

#include "comfyclient.h"
#include "jobjournal.h"
#include "singleserverdispatch.h"

#include <QTimer>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

QString makeId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

JobQueue::JobQueue(JobRunner *runner, ComfyClient *client, EventStream *events, QObject *parent)
    : QueueModel(parent)
    , m_single(new SingleServerDispatch(runner, client, events, this))
    , m_dispatch(m_single)
    , m_journal(new JobJournal([this] { return journalSnapshot(); }, this))
{
    connect(m_journal, &JobJournal::errorOccurred, this, &JobQueue::journalError);
    connect(m_journal, &JobJournal::loaded, this, &JobQueue::onJournalLoaded);
    connectDispatch();
    m_single->setWatchOtherClients(m_showForeign);
}

JobQueue::JobQueue(JobDispatch *dispatch, QObject *parent)
    : QueueModel(parent)
    , m_dispatch(dispatch)
    , m_journal(new JobJournal([this] { return journalSnapshot(); }, this))
{
    connect(m_journal, &JobJournal::errorOccurred, this, &JobQueue::journalError);
    connect(m_journal, &JobJournal::loaded, this, &JobQueue::onJournalLoaded);
    connectDispatch();
    dispatch->setWatchOtherClients(m_showForeign);
}

JobQueue::~JobQueue()
{
    // The last changes, while the queue is whole (the journal asks it for a snapshot).
    if (m_journal->isSavePending())
        m_journal->flush();
}

// ---------------------------------------------------------------------------------------
// Queueing

QString JobQueue::enqueue(const QByteArray &promptJson, const QList<SweepVariant> &variants,
                          const QString &label, const QByteArray &workflowJson,
                          const QHash<QString, QString> &imageUploads)
{
    return enqueueParsed(promptJson, JsonTree::parse(promptJson), variants, label, workflowJson, imageUploads);
}

QString JobQueue::enqueueParsed(const QByteArray &promptJson, JsonTree parsed, const QList<SweepVariant> &variants,
                                const QString &label, const QByteArray &workflowJson,
                                const QHash<QString, QString> &imageUploads)
{
    if (!parsed.isObject())
        return {};
    QueueBatch batch;
    batch.id = makeId();
    batch.label = label.isEmpty() ? unnamedBatchLabel() : label;
    batch.promptJson = promptJson;
    batch.workflowJson = workflowJson;
    batch.imageUploads = imageUploads;
    batch.created = QDateTime::currentDateTimeUtc();
    const JsonTree &kept = *m_parsedPrompts.emplace(batch.id, std::move(parsed)); // moved, not copied

    // After sweeps and seeds, the frontend's own queue-time rules, once per job.
    const QList<SweepVariant> jobs = m_queueTime.resolve(kept, variants, workflowJson);
    batch.jobCount = int(jobs.size());
    m_batches.insert(batch.id, batch);
    const int first = rowCount();
    beginInsertRows({}, first, first + int(jobs.size()) - 1);
    // Grow geometrically: reserving the exact size reallocated (and copied every job) on
    // each one-job enqueue, which is how the window queues.
    if (const qsizetype needed = m_jobs.size() + jobs.size(); m_jobs.capacity() < needed)
        m_jobs.reserve(std::max(needed, 2 * m_jobs.size()));
    int index = 0;
    for (const SweepVariant &variant : jobs) {
        QueuedJob job;
        job.id = makeId();
        job.batchId = batch.id;
        job.indexInBatch = ++index;
        job.overrides = variant.overrides;
        for (const InputOverride &item : job.overrides)
            job.journalOverrides.append(
                item.queueTime ? QJsonArray{item.nodeId, item.input, QString::fromUtf8(item.value.toPython()), true}
                               : QJsonArray{item.nodeId, item.input, QString::fromUtf8(item.value.toPython())});
        job.promptId = ComfyClient::makePromptId();
        m_byPrompt.insert(job.promptId, job.id);
        m_jobs.append(job);
    }
    if (!jobs.isEmpty()) {
        m_batchCounts[batch.id] = {int(jobs.size()), int(jobs.size())}; // all waiting
        m_unfinished += int(jobs.size());
    }
    endInsertRows();
    rememberRows(first - int(m_foreign.size()));
    for (int i = first - int(m_foreign.size()); i < int(m_jobs.size()); ++i)
        emit jobAdded(m_jobs.at(i).id);
    scheduleSave();
    startClock();
    QTimer::singleShot(0, this, &JobQueue::pump);
    return batch.id;
}

QString JobQueue::unnamedBatchLabel()
{
    // Numbered from the batches held, not counted: a count repeats a number once a batch
    // is cleared, or after a restart that brings back only the unfinished ones.
    const QString pattern = tr("Batch %1");
    const qsizetype at = pattern.indexOf(u"%1"_s);
    int highest = m_batchNumber;
    if (at >= 0) {
        const QStringView before = QStringView(pattern).left(at);
        const QStringView after = QStringView(pattern).mid(at + 2);
        for (const QueueBatch &batch : std::as_const(m_batches)) {
            const QStringView label(batch.label);
            if (label.size() <= before.size() + after.size() || !label.startsWith(before) || !label.endsWith(after))
                continue;
            bool ok = false;
            const int number = label.mid(before.size(), label.size() - before.size() - after.size()).toInt(&ok);
            if (ok)
                highest = std::max(highest, number);
        }
    }
    m_batchNumber = highest + 1;
    return pattern.arg(m_batchNumber);
}

QString JobQueue::enqueueSweep(const QByteArray &promptJson, const SweepSpec &spec,
                               const QByteArray &workflowJson, QString *errorMessage,
                               const QHash<QString, QString> &imageUploads)
{
    const QList<SweepVariant> variants = Sweep::expand(spec, promptJson, errorMessage);
    if (variants.isEmpty())
        return {};
    return enqueue(promptJson, variants, spec.label, workflowJson, imageUploads);
}

// ---------------------------------------------------------------------------------------
// Dispatch

void JobQueue::pump()
{
    if (m_paused || isLoading())
        return;
    // Asked again after each job: the dispatch may take fewer at once than it has places
    // (one server takes one POST at a time).
    // Only for a job that could go: a long queue's finished jobs cost no question each.
    for (QueuedJob &job : m_jobs) {
        if (job.state != QueuedJob::State::Waiting || job.isHeld())
            continue;
        if (m_dispatch->freePlaces() <= 0)
            break;
        dispatchJob(job);
    }
    // Idle only when every job has ended: one the server has finished may still be
    // downloading its outputs. Told by the count, not a look at every row per call.
    if (m_unfinished == 0) {
        stopClock();
        emit idle();
    }
}

void JobQueue::failUnsendable(QueuedJob &job)
{
    job.failure.message = tr("The job's inputs no longer match the workflow");
    job.finishedAt = QDateTime::currentDateTimeUtc();
    setState(job, QueuedJob::State::Failed, QueuedJob::Step::Idle);
    emit jobFailed(job.id, job.failure);
    checkBatchFinished(job.batchId, job.id);
}

QByteArray JobQueue::jobPrompt(const QueuedJob &job)
{
    // Each job of a batch from the batch's one parsed prompt, not a copy of it per job.
    return job.overrides.isEmpty() ? m_batches.value(job.batchId).promptJson
                                   : Sweep::applyInPlace(parsedPrompt(job.batchId), job.overrides);
}

JsonTree &JobQueue::parsedPrompt(const QString &batchId)
{
    auto it = m_parsedPrompts.find(batchId);
    if (it == m_parsedPrompts.end())
        it = m_parsedPrompts.insert(batchId, JsonTree::parse(m_batches.value(batchId).promptJson));
    return *it;
}

void JobQueue::finishJob(QueuedJob &finishing, const JobOutcome &outcome)
{
    QueuedJob *job = &finishing;
    job->finishedAt = QDateTime::currentDateTimeUtc();
    const bool hadNode = !job->runningNode.isEmpty();
    job->runningNode.clear();
    if (job->outputs.isEmpty())
        job->outputs = outcome.outputs;
    QueuedJob::State state = QueuedJob::State::Done;
    switch (outcome.status) {
    case JobOutcome::Status::Succeeded:
        job->progress = 1.0;
        if (job->startedAt.isValid())
            m_estimator.addRun(double(job->startedAt.msecsTo(job->finishedAt)));
        break;
    case JobOutcome::Status::Interrupted:
        state = job->isCancelling() ? QueuedJob::State::Cancelled : QueuedJob::State::Interrupted;
        break;
    case JobOutcome::Status::Failed:
    case JobOutcome::Status::Rejected:
        state = QueuedJob::State::Failed;
        job->failure.message = outcome.message;
        job->failure.nodeId = outcome.nodeId;
        job->failure.nodeType = outcome.nodeType;
        job->failure.exceptionType = outcome.exceptionType;
        job->failure.exceptionMessage = outcome.exceptionMessage;
        job->failure.traceback = outcome.traceback;
        job->failure.rejected = outcome.status == JobOutcome::Status::Rejected;
        job->failure.nodeErrors = outcome.error.nodeErrors();
        if (job->failure.nodeId.isEmpty() && job->failure.nodeErrors.size() == 1)
            job->failure.nodeId = job->failure.nodeErrors.constFirst().nodeId;
        break;
    }
    const QString jobId = job->id;
    const QString batchId = job->batchId;
    setState(*job, state, QueuedJob::Step::Idle);
    if (hadNode)
        emit runningNodeChanged(jobId, {});
    if (state == QueuedJob::State::Failed) {
        if (const QueuedJob *failed = findJob(jobId))
            emit jobFailed(jobId, failed->failure);
    }
    checkBatchFinished(batchId, jobId);
    scheduleSave();
    pump();
}

void JobQueue::checkBatchFinished(const QString &batchId, const QString &endedJobId)
{
    const auto count = m_batchCounts.constFind(batchId);
    if (count != m_batchCounts.cend() && count->unfinished > 0)
        return;
    // Jobs dropped already (keepFinished) count as they ended.
    const DroppedTally dropped = m_dropped.value(batchId);
    int done = dropped.done;
    int failed = dropped.failed;
    int stopped = dropped.stopped; // the user's own cancel or interrupt is not a failure
    QString firstOutput = dropped.firstOutput;
    const auto tally = [&](const QueuedJob &job) {
        if (job.state == QueuedJob::State::Done) {
            ++done;
            if (firstOutput.isEmpty() && !job.outputs.isEmpty())
                firstOutput = job.outputs.constFirst().path;
        } else if (job.state == QueuedJob::State::Failed) {
            ++failed;
        } else {
            ++stopped;
        }
    };
    // A batch of one row (each job the window queues) is that row: no scan.
    const QueuedJob *ended = count != m_batchCounts.cend() && count->rows == 1 ? findJob(endedJobId) : nullptr;
    if (ended && ended->batchId == batchId) {
        tally(*ended);
    } else {
        for (const QueuedJob &job : std::as_const(m_jobs)) {
            if (job.batchId == batchId)
                tally(job);
        }
    }
    m_parsedPrompts.remove(batchId); // nothing left to submit: free the parsed prompt
    m_queueTime.forgetBatch(batchId);
    emit batchFinished(batchId, m_batches.value(batchId).label, done, failed, firstOutput, stopped);
}

// ---------------------------------------------------------------------------------------
// Bookkeeping

bool JobQueue::setState(QueuedJob &job, QueuedJob::State state, QueuedJob::Step step)
{
    const QueuedJob::State before = job.state;
    if (!job.transition(state, step)) {
        qWarning("Easel queue: job %s may not move from %d/%d to %d/%d", qPrintable(job.id), int(job.state),
                 int(job.step), int(state), int(step));
        return false;
    }
    if (before == state) {
        touch(job.id); // a step of its own shows too ("Waiting for a server")
        return true;
    }
    if (QueuedJob::isFinished(before) != job.isFinished()) {
        const int change = job.isFinished() ? -1 : 1;
        m_batchCounts[job.batchId].unfinished += change;
        m_unfinished += change;
    }
    if (state != QueuedJob::State::Waiting)
        m_pulledBack.remove(job.id);
    if (state == QueuedJob::State::Running && !job.startedAt.isValid())
        job.startedAt = QDateTime::currentDateTimeUtc();
    touch(job.id);
    emit jobStateChanged(job.id, state);
    if (job.isFinished())
        scheduleDropOldFinished();
    return true;
}

void JobQueue::countJob(const QueuedJob &job, int sign)
{
    BatchCount &count = m_batchCounts[job.batchId];
    count.rows += sign;
    if (!job.isFinished()) {
        count.unfinished += sign;
        m_unfinished += sign;
    }
    if (count.rows <= 0)
        m_batchCounts.remove(job.batchId); // its batch goes with its last row
}

QueuedJob *JobQueue::jobForPrompt(const QString &promptId)
{
    const QString jobId = m_byPrompt.value(promptId);
    if (jobId.isEmpty())
        return nullptr;
    QueuedJob *job = findJob(jobId);
    return job && job->promptId == promptId ? job : nullptr;
}

int JobQueue::inFlightCount() const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(),
                             [](const QueuedJob &job) { return job.holdsServerPlace(); }));
}

QString JobQueue::serverName(const QString &serverId) const
{
    return m_dispatch->serverName(serverId);
}

int JobQueue::serverCount() const
{
    return int(m_dispatch->serverIds().size());
}

} // namespace Easel
