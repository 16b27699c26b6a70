#include "rungroupsummary.h"

#include "jobqueue.h"
#include "joblabels.h"

namespace Easel {

RunGroupSummary::RunGroupSummary(JobQueue *queue, QObject *parent)
    : QObject(parent)
{
    connect(queue, &JobQueue::batchFinished, this,
            [this](const QString &batchId, const QString &label, int done, int failed, const QString &, int stopped) {
                onBatchFinished(batchId, label, done, failed, stopped);
            });
}

void RunGroupSummary::addGroup(const QString &label, const QStringList &batchIds)
{
    if (batchIds.size() < 2)
        return;
    const int key = m_nextGroup++;
    m_groups.insert(key, Group{label, int(batchIds.size())});
    for (const QString &batchId : batchIds)
        m_groupOfBatch.insert(batchId, key);
}

void RunGroupSummary::onBatchFinished(const QString &batchId, const QString &label, int done, int failed,
                                      int stopped)
{
    const auto member = m_groupOfBatch.constFind(batchId);
    if (member == m_groupOfBatch.cend()) {
        // Alone, or a run retried after its group was told: its own label says which.
        emit finished(tr("%1: %2").arg(label, JobLabels::batchSummary(done, failed, stopped)));
        return;
    }
    const int key = *member;
    m_groupOfBatch.erase(member);
    Group &group = m_groups[key];
    group.done += done;
    group.failed += failed;
    group.stopped += stopped;
    if (--group.remaining > 0)
        return;
    const Group ended = m_groups.take(key);
    emit finished(tr("%1: %2").arg(ended.label, JobLabels::batchSummary(ended.done, ended.failed, ended.stopped)));
}

} // namespace Easel
