// How the queue's rows read: the table's shape, each cell's text and roles, the header, and
// which rows may be dragged.
#include "queuemodel.h"

using namespace Qt::StringLiterals;

namespace Easel {

// ---------------------------------------------------------------------------------------
// Model

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_foreign.size() + m_jobs.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QString formatDuration(qint64 ms)
{
    const qint64 s = (ms + 500) / 1000;
    if (s < 60)
        return QueueModel::tr("%1 s").arg(s);
    if (s < 3600)
        return u"%1:%2"_s.arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
    return u"%1:%2:%3"_s.arg(s / 3600).arg((s / 60) % 60, 2, 10, QChar(u'0')).arg(s % 60, 2, 10, QChar(u'0'));
}
} // namespace

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool foreign = row < int(m_foreign.size());
    const QueuedJob &job = foreign ? m_foreign.at(row) : m_jobs.at(row - int(m_foreign.size()));
    switch (role) {
    case JobIdRole: return job.id;
    case BatchIdRole: return job.batchId;
    case PromptIdRole: return job.promptId;
    case StateRole: return int(job.state);
    case ProgressRole: return job.progress;
    case RunningNodeRole: return job.runningNode;
    case StepValueRole: return job.stepValue;
    case StepMaxRole: return job.stepMax;
    case IsForeignRole: return foreign;
    case FailureMessageRole: return job.failure.message;
    case ServerRole: return job.server;
    case NameLeadLengthRole: {
        const auto batch = foreign ? m_batches.constEnd() : m_batches.constFind(job.batchId);
        if (batch == m_batches.constEnd())
            return 0;
        const QString name = jobName(job.id);
        // A translation may put the position first: then nothing is known to be the label.
        return name.size() > batch->label.size() && name.startsWith(batch->label) ? int(batch->label.size()) : 0;
    }
    case Qt::ToolTipRole: {
        if (foreign)
            return job.promptId;
        // The whole name (the column may cut the label), what it changes, why it failed.
        QStringList lines{jobName(job.id)};
        if (!job.failure.message.isEmpty())
            lines << job.failure.message;
        // The state column is narrow (a progress bar while running): the wait in full here.
        if (!job.waitingNote.isEmpty() && !job.isFinished())
            lines << job.waitingNote;
        return lines.join(u'\n');
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (index.column()) {
    case JobColumn: {
        if (foreign)
            return tr("Another client's job");
        return jobName(job.id);
    }
    case ChangesColumn: {
        const auto batch = m_batches.constFind(job.batchId);
        return batch == m_batches.constEnd() ? QString() : m_labels.changes(*batch, job.overrides);
    }
    case StateColumn:
        if (foreign)
            return job.runningNode.isEmpty() ? tr("Other client, pending") : tr("Other client, running");
    {
        QString state = stateName(job.state);
        if (job.state == QueuedJob::State::Running)
            state = tr("Running %1%").arg(qRound(job.progress * 100));
        else if (job.state == QueuedJob::State::Waiting && job.isHeld())
            state = tr("Waiting for a server");
        else if (job.state == QueuedJob::State::Waiting && isPausedForDisplay())
            state = tr("Paused");
        // An unusual wait (an unanswered POST, the watchdog's countdown) is said, not hidden.
        if (!job.waitingNote.isEmpty() && !job.isFinished())
            return tr("%1: %2", "a job's state: what it waits for").arg(state, job.waitingNote);
        return state;
    }
    case PositionColumn: {
        if (job.isFinished())
            return {};
        // Foreign jobs on the server run first, then Easel's in queue order.
        int position = int(m_foreign.size()) + 1;
        if (foreign)
            return row + 1;
        for (const QueuedJob &other : m_jobs) {
            if (other.id == job.id)
                break;
            if (!other.isFinished())
                ++position;
        }
        return position;
    }
    case ElapsedColumn:
        if (job.startedAt.isValid())
            return formatDuration(job.startedAt.msecsTo(job.finishedAt.isValid() ? job.finishedAt : now));
        return {};
    case EstimateColumn: {
        if (job.isFinished() || foreign)
            return {};
        const double ms = m_estimator.msUntilDone(m_jobs, job.id, now, serverCount());
        return ms < 0 ? tr("—") : formatDuration(qint64(ms));
    }
    case ServerColumn:
        if (job.server.isEmpty())
            return {};
        return serverName(job.server);
    default:
        return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case JobColumn: return tr("Job");
    case ChangesColumn: return tr("Changes");
    case StateColumn: return tr("State");
    case PositionColumn: return tr("Position");
    case ElapsedColumn: return tr("Elapsed");
    case EstimateColumn: return tr("Estimate");
    case ServerColumn: return tr("Server");
    default: return {};
    }
}

Qt::ItemFlags QueueModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const int queueIndex = index.row() - int(m_foreign.size());
    if (queueIndex >= 0 && m_jobs.at(queueIndex).state == QueuedJob::State::Waiting && !m_jobs.at(queueIndex).isHeld())
        result |= Qt::ItemIsDragEnabled;
    return result;
}

} // namespace Easel
