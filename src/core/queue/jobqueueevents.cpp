// What a job's server reports while it runs (its node, progress, step progress, previews,
// outputs), the same whether it came from JobQueue's own runner or from a dispatch (farm).
#include "jobqueue.h"

namespace Easel {

void JobQueue::onJobNode(QueuedJob &job, const QString &nodeId)
{
    if (job.isFinished())
        return;
    if (job.state != QueuedJob::State::Running)
        setState(job, QueuedJob::State::Running, job.step);
    job.runningNode = nodeId;
    job.stepValue = 0;
    job.stepMax = 0;
    touch(job.id);
    emit runningNodeChanged(job.id, nodeId);
}

void JobQueue::onJobProgress(QueuedJob &job, double fraction, const QString &nodeId)
{
    if (job.isFinished())
        return;
    if (job.state == QueuedJob::State::Submitted)
        setState(job, QueuedJob::State::Running, job.step);
    job.progress = fraction;
    if (!nodeId.isEmpty() && nodeId != job.runningNode) {
        job.runningNode = nodeId;
        emit runningNodeChanged(job.id, nodeId);
    }
    touch(job.id);
    emit jobProgressChanged(job.id, fraction, job.nodesDone, job.nodesTotal);
}

void JobQueue::onJobSteps(QueuedJob &job, const QString &nodeId, double value, double max)
{
    if (job.isFinished())
        return;
    job.stepValue = value;
    job.stepMax = max;
    touch(job.id);
    emit stepProgressChanged(job.id, nodeId, value, max);
}

void JobQueue::onJobPreview(QueuedJob &job, const QString &nodeId, const QImage &image)
{
    if (job.isFinished())
        return;
    if (job.state == QueuedJob::State::Submitted)
        setState(job, QueuedJob::State::Running, job.step);
    emit previewReceived(job.id, nodeId.isEmpty() ? job.runningNode : nodeId, image);
}

void JobQueue::onJobOutput(QueuedJob &job, const SavedOutput &output)
{
    job.outputs.append(output);
    emit jobOutputSaved(job.id, output);
}

} // namespace Easel
