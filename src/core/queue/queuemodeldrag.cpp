// Reordering the waiting jobs: moveRows, and drag and drop of job ids between rows.
#include "queuemodel.h"

#include <QMimeData>

namespace Easel {

bool QueueModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                        const QModelIndex &destinationParent, int destinationChild)
{
    const int offset = int(m_foreign.size());
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0)
        return false;
    const int from = sourceRow - offset;
    const int to = destinationChild - offset;
    if (from < 0 || from + count > int(m_jobs.size()) || to < 0 || to > int(m_jobs.size()))
        return false;
    if (to >= from && to <= from + count)
        return false; // onto itself
    for (int i = from; i < from + count; ++i) {
        if (m_jobs.at(i).state != QueuedJob::State::Waiting || m_jobs.at(i).isHeld())
            return false; // only waiting jobs move: the others are on the server or done
    }
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const QList<QueuedJob> moving = m_jobs.mid(from, count);
    m_jobs.remove(from, count);
    const int insertAt = to > from ? to - count : to;
    for (int i = 0; i < count; ++i)
        m_jobs.insert(insertAt + i, moving.at(i));
    endMoveRows();
    // Positions and estimates of the rows in between changed.
    const int first = std::min(from, insertAt) + offset;
    const int last = std::max(from + count, insertAt + count) - 1 + offset;
    emit dataChanged(index(first, PositionColumn), index(last, EstimateColumn), {Qt::DisplayRole});
    jobsReordered();
    return true;
}

QStringList QueueModel::mimeTypes() const
{
    return {QString::fromLatin1(jobIdsMimeType)};
}

QMimeData *QueueModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = index.data(JobIdRole).toString();
        if (!ids.contains(id) && (flags(index) & Qt::ItemIsDragEnabled))
            ids.append(id);
    }
    if (ids.isEmpty())
        return nullptr;
    // In queue order, whatever order the view selected them in.
    std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
        return queueIndexOf(a) < queueIndexOf(b);
    });
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(jobIdsMimeType), ids.join(u'\n').toUtf8());
    return data;
}

bool QueueModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                               const QModelIndex &) const
{
    return data && action == Qt::MoveAction && data->hasFormat(QString::fromLatin1(jobIdsMimeType));
}

bool QueueModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                            const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    // Dropped onto a row: before it; below the last row: at the end.
    int target = parent.isValid() ? parent.row() : row < 0 ? rowCount() : row;
    target = std::max(target - int(m_foreign.size()), 0);
    const QStringList ids = QString::fromUtf8(data->data(QString::fromLatin1(jobIdsMimeType)))
                                .split(u'\n', Qt::SkipEmptyParts);
    // The queue index each job should take, in order: target, target+1, ...
    for (const QString &id : ids) {
        const int from = queueIndexOf(id);
        if (from < 0)
            continue;
        const int offset = int(m_foreign.size());
        if (from < target) {
            moveRows({}, from + offset, 1, {}, target + offset); // lands at target - 1
        } else {
            if (from != target)
                moveRows({}, from + offset, 1, {}, target + offset);
            ++target;
        }
    }
    return false; // see the header
}

} // namespace Easel
