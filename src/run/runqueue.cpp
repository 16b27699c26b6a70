#include "runqueue.h"

#include "outputsummary.h"
#include "runjobs.h"
#include "terminalreporter.h"

#include "jobdispatch.h"
#include "jobqueue.h"
#include "nodecatalogue.h"

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace Easel {

RunQueue::RunQueue(JobQueue *queue, TerminalReporter *reporter, const QString &outputDirectory, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_reporter(reporter)
    , m_outputDirectory(outputDirectory)
{
    // Nobody reads other clients' jobs here: the server is not asked for them.
    m_queue->setShowForeignJobs(false);
    // A finished job is counted and its lines printed when it ends: then the queue lets it
    // go (its outputs stay in the library), so a 20,000-job run does not keep every job's
    // row, outputs and records until it exits. Dropped 256 at a time.
    m_queue->setKeepFinished(64, 256);
    connect(m_queue, &JobQueue::jobStateChanged, this, [this](const QString &jobId, QueuedJob::State state) {
        if (QueuedJob::isFinished(state))
            onJobEnded(jobId);
    });
    connect(m_queue, &JobQueue::runningNodeChanged, this, [this](const QString &jobId, const QString &nodeId) {
        m_runningNode.insert(jobId, nodeId);
    });
    connect(m_queue, &JobQueue::jobProgressChanged, this, [this](const QString &jobId, double fraction) {
        // The queue repeats a job's progress when it ends: said once.
        const int percent = int(fraction * 100.0 + 0.5);
        if (std::exchange(m_lastPercent[jobId], percent) == percent)
            return;
        const QString node = m_runningNode.value(jobId);
        m_reporter->progress(jobNumber(jobId), m_count, fraction, node.isEmpty() ? QString() : tr("node %1").arg(node));
    });
    connect(m_queue, &JobQueue::jobOutputSaved, this, [this](const QString &jobId, const SavedOutput &output) {
        if (m_printOutputs) {
            std::fputs(savedOutputJsonLine(output.record, jobNumber(jobId)).append('\n').constData(), stdout);
            std::fflush(stdout);
        } else {
            m_reporter->line(describeSavedOutput(output.record));
        }
    });
    // What a job waits for, when that is unusual. A countdown comes once a second: a line
    // is written when what is awaited changes, not for every second of it.
    connect(m_queue->dispatch(), &JobDispatch::waiting, this, [this](const QString &jobId, const QString &state) {
        QString kind = state;
        kind.removeIf([](QChar c) { return c.isDigit(); });
        if (state.isEmpty() || std::exchange(m_waitingKind[jobId], kind) == kind)
            return;
        m_reporter->line(tr("job %1/%2: %3").arg(jobNumber(jobId)).arg(m_count).arg(state));
    });
}

int RunQueue::queueAll(const RunJobs &jobs)
{
    if (m_count > 0 || jobs.variants.isEmpty())
        return 0;
    // Not owned: the caller's catalogue outlives the run.
    m_queue->setCatalogue(std::shared_ptr<const NodeCatalogue>(jobs.catalogue, [](const NodeCatalogue *) { }));
    m_count = int(jobs.variants.size());
    if (m_queue->enqueue(jobs.filePrompt, jobs.variants, u"easel-run"_s, jobs.workflowJson).isEmpty()) {
        // Not an API prompt after all (the caller checked it): every job fails.
        m_reporter->line(tr("The workflow is not an API prompt; nothing was queued."));
        m_failed = m_finished = m_count;
        emit finished(1);
    }
    return m_count;
}

int RunQueue::jobNumber(const QString &jobId) const
{
    const QueuedJob *job = m_queue->job(jobId);
    return job ? job->indexInBatch : 0;
}

QString RunQueue::serverName(const QString &serverId) const
{
    return m_queue->dispatch()->serverName(serverId);
}

void RunQueue::onJobEnded(const QString &jobId)
{
    const QueuedJob *job = m_queue->job(jobId);
    if (!job)
        return;
    ++m_finished;
    const int number = job->indexInBatch;
    const QString where = job->server.isEmpty() ? QString() : serverName(job->server);
    switch (job->state) {
    case QueuedJob::State::Done:
        if (job->outputs.isEmpty()) {
            // Nothing to show for it: say so, and let the exit code say so too.
            ++m_failed;
            m_reporter->line(tr("job %1/%2 finished on the server but produced no output files")
                                 .arg(number)
                                 .arg(m_count));
        } else if (where.isEmpty()) {
            m_reporter->line(tr("job %1/%2 done: %n output(s) saved", nullptr, int(job->outputs.size()))
                                 .arg(number)
                                 .arg(m_count));
        } else {
            ++m_perServer[job->server];
            m_reporter->line(tr("job %1/%2 done on %3: %n output(s) saved", nullptr, int(job->outputs.size()))
                                 .arg(number)
                                 .arg(m_count)
                                 .arg(where));
        }
        break;
    case QueuedJob::State::Failed:
        ++m_failed;
        if (job->failure.rejected) {
            m_reporter->line(tr("job %1/%2 rejected: %3").arg(number).arg(m_count).arg(job->failure.message));
            for (const NodeError &node : job->failure.nodeErrors) {
                for (const NodeErrorReason &reason : node.reasons) {
                    m_reporter->line(tr("  node %1 (%2), input %3: %4 %5")
                                         .arg(node.nodeId, node.classType,
                                              reason.inputName.isEmpty() ? tr("-") : reason.inputName,
                                              reason.message, reason.details));
                }
            }
        } else {
            const QString message = where.isEmpty() ? job->failure.message
                                                    : tr("%1: %2").arg(where, job->failure.message);
            m_reporter->line(tr("job %1/%2 failed: %3").arg(number).arg(m_count).arg(message));
        }
        break;
    case QueuedJob::State::Cancelled:
    case QueuedJob::State::Interrupted:
        ++m_failed;
        m_reporter->line(tr("job %1/%2 failed: %3")
                             .arg(number)
                             .arg(m_count)
                             .arg(job->failure.message.isEmpty() ? tr("interrupted") : job->failure.message));
        break;
    default:
        break;
    }
    m_runningNode.remove(jobId);
    m_waitingKind.remove(jobId);
    m_lastPercent.remove(jobId);
    if (m_finished != m_count)
        return;
    const QStringList servers = m_queue->dispatch()->serverIds();
    for (const QString &server : servers)
        m_reporter->line(tr("%1: %n job(s)", nullptr, m_perServer.value(server)).arg(serverName(server)));
    m_reporter->line(tr("%1 of %2 job(s) succeeded; outputs in %3")
                         .arg(m_count - m_failed)
                         .arg(m_count)
                         .arg(m_outputDirectory));
    emit finished(m_failed == 0 ? 0 : 1);
}

} // namespace Easel
