#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

namespace Easel {

class JobQueue;

// The status line's word when queued work ends. "Runs = N" queues N batches of one job
// each (so that each run gets its own seed); a summary per batch would read
// "sd15_basic.json 12/12: 1 done". Batches queued as one group of runs are summed and told
// once, when the last of them ends, under the group's label; any other batch is told alone.
class RunGroupSummary : public QObject
{
    Q_OBJECT
public:
    explicit RunGroupSummary(JobQueue *queue, QObject *parent = nullptr);

    // batchIds were queued together under label (call it before control returns to the
    // event loop, so that none of them has ended yet). One batch is not a group.
    void addGroup(const QString &label, const QStringList &batchIds);

signals:
    // "sd15_basic.json: 12 done" / "…: 10 done, 1 failed, 1 cancelled".
    void finished(const QString &message);

private:
    struct Group
    {
        QString label;
        int remaining = 0;
        int done = 0;
        int failed = 0;
        int stopped = 0;
    };
    void onBatchFinished(const QString &batchId, const QString &label, int done, int failed, int stopped);

    QHash<QString, int> m_groupOfBatch; // batch id -> group key
    QHash<int, Group> m_groups;
    int m_nextGroup = 0;
};

} // namespace Easel
