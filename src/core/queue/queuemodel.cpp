#include "queuemodel.h"

#include "changecoalescer.h"

#include <QTimer>
#include <climits>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
constexpr int clockIntervalMs = 1000;
// What a touched job's row repaints (onTouched): its name and changes come first, and stay.
static_assert(QueueModel::JobColumn < QueueModel::StateColumn && QueueModel::ChangesColumn < QueueModel::StateColumn);
}

QueueModel::QueueModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_changes(new ChangeCoalescer(frameMs, this)) // one model update per frame at most
    , m_tickTimer(new QTimer(this))
{
    qRegisterMetaType<Easel::JobFailure>();
    qRegisterMetaType<Easel::QueuedJob::State>();
    connect(m_changes, &ChangeCoalescer::flushed, this, &QueueModel::onTouched);
    m_tickTimer->setInterval(clockIntervalMs);
    connect(m_tickTimer, &QTimer::timeout, this, &QueueModel::tick);
}

QueueModel::~QueueModel() = default;

void QueueModel::startClock()
{
    if (!m_tickTimer->isActive())
        m_tickTimer->start();
}

void QueueModel::stopClock()
{
    m_tickTimer->stop();
}

void QueueModel::showForeign(const QList<QueuedJob> &foreign)
{
    QStringList before;
    QStringList after;
    for (const QueuedJob &job : std::as_const(m_foreign))
        before.append(job.id + job.runningNode);
    for (const QueuedJob &job : foreign)
        after.append(job.id + job.runningNode);
    if (before == after)
        return;
    if (!m_foreign.isEmpty()) {
        beginRemoveRows({}, 0, int(m_foreign.size()) - 1);
        m_foreign.clear();
        endRemoveRows();
    }
    if (!foreign.isEmpty()) {
        beginInsertRows({}, 0, int(foreign.size()) - 1);
        m_foreign = foreign;
        endInsertRows();
    }
}

void QueueModel::touch(const QString &jobId)
{
    m_changes->touch(jobId);
}

void QueueModel::forgetRow(const QString &jobId)
{
    m_changes->forget(jobId);
    m_indexHint.remove(jobId);
    ++m_rowsGone;
}

void QueueModel::onTouched(const QSet<QString> &touched)
{
    const int offset = int(m_foreign.size());
    // Positions and estimates of every row move when any job changes state: one range.
    // Found by their remembered rows: a scan of every row per frame, with a hash of each
    // id, cost ~1 ms a frame in a 20,000-job easel-run (which keeps every finished job).
    int first = INT_MAX;
    int last = -1;
    for (const QString &id : touched) {
        const int i = queueIndexOf(id);
        if (i >= 0) {
            first = std::min(first, i);
            last = std::max(last, i);
        }
    }
    if (last >= 0) {
        // A job's name and changes are set when it is queued: what a job touches is its
        // state and what follows from it (place, times, server). The Job column, the widest,
        // was painted again for every touched row, several a frame.
        emit dataChanged(index(first + offset, StateColumn), index(last + offset, ColumnCount - 1));
        // A job that moved on moves every later job's position and estimate ("3" becomes
        // "2"): those cells change too. A view repaints the part of the range it shows.
        const int end = offset + int(m_jobs.size()) - 1;
        if (last + offset < end)
            emit dataChanged(index(last + offset + 1, PositionColumn), index(end, EstimateColumn), {Qt::DisplayRole});
    }
    const double overall = overallProgress();
    if (overall != m_lastOverall) {
        m_lastOverall = overall;
        emit overallProgressChanged(overall);
    }
}

void QueueModel::tick()
{
    // Elapsed and estimated times move with the clock.
    const int offset = int(m_foreign.size());
    if (!m_jobs.isEmpty())
        emit dataChanged(index(offset, ElapsedColumn), index(offset + int(m_jobs.size()) - 1, EstimateColumn),
                         {Qt::DisplayRole});
}

QueuedJob *QueueModel::findJob(const QString &jobId)
{
    const int i = queueIndexOf(jobId);
    return i < 0 ? nullptr : &m_jobs[i];
}

const QueuedJob *QueueModel::job(const QString &jobId) const
{
    return const_cast<QueueModel *>(this)->findJob(jobId);
}

const QueueBatch *QueueModel::batch(const QString &batchId) const
{
    auto it = m_batches.constFind(batchId);
    return it == m_batches.cend() ? nullptr : &*it;
}

int QueueModel::queueIndexOf(const QString &jobId) const
{
    // Every runner signal looks its job up: with a long sweep a scan each time adds up.
    // Rows move and go, so the remembered place is only a hint, checked before use: where
    // it was, else as many rows higher as have gone since (finished jobs are dropped
    // oldest first, above the ones still at work), else a scan.
    const auto hint = m_indexHint.find(jobId);
    if (hint != m_indexHint.end()) {
        const int size = int(m_jobs.size());
        const int moved = hint->row - int(std::min<quint64>(m_rowsGone - hint->gone, quint64(hint->row)));
        for (const int i : {hint->row, moved}) {
            if (i >= 0 && i < size && m_jobs.at(i).id == jobId) {
                *hint = {i, m_rowsGone};
                return i;
            }
        }
    }
    ++m_indexScans;
    for (int i = 0; i < int(m_jobs.size()); ++i) {
        if (m_jobs.at(i).id == jobId) {
            m_indexHint.insert(jobId, {i, m_rowsGone});
            return i;
        }
    }
    m_indexHint.remove(jobId);
    return -1;
}

void QueueModel::rememberRows(int first)
{
    for (int i = std::max(0, first); i < int(m_jobs.size()); ++i)
        m_indexHint.insert(m_jobs.at(i).id, {i, m_rowsGone});
}

int QueueModel::rowOf(const QString &jobId) const
{
    for (int i = 0; i < int(m_foreign.size()); ++i) {
        if (m_foreign.at(i).id == jobId)
            return i;
    }
    const int i = queueIndexOf(jobId);
    return i < 0 ? -1 : i + int(m_foreign.size());
}

QModelIndex QueueModel::indexOf(const QString &jobId, int column) const
{
    const int row = rowOf(jobId);
    return row < 0 ? QModelIndex() : index(row, column);
}

QStringList QueueModel::jobIds() const
{
    QStringList ids;
    ids.reserve(m_jobs.size());
    for (const QueuedJob &job : m_jobs)
        ids.append(job.id);
    return ids;
}

int QueueModel::waitingCount() const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(), [](const QueuedJob &job) {
        return job.state == QueuedJob::State::Waiting;
    }));
}

QString QueueModel::runningJobId() const
{
    for (const QueuedJob &job : m_jobs) {
        if (job.state == QueuedJob::State::Running)
            return job.id;
    }
    return {};
}

double QueueModel::overallProgress() const
{
    // Over the batches that still have work: their finished jobs count as done. Called
    // once a frame over every row, so it hashes as little as it can: an unfinished job's
    // batch is active by definition; the jobs of a batch share their batch id's data, so a
    // run of them is one batch (told by pointer only; the same id in other data is merely
    // looked up again); and finished rows are not looked at when the active batches were
    // made with no more jobs than are unfinished (the window queues a batch per run), nor
    // when every active batch knows how many jobs it was made with.
    const auto sameData = [](const QString &a, const QString &b) {
        return a.constData() == b.constData() && a.size() == b.size();
    };
    QSet<QString> active;
    double done = 0;
    int unfinished = 0;
    const QString *lastActive = nullptr;
    for (const QueuedJob &job : m_jobs) {
        if (job.isFinished())
            continue;
        ++unfinished;
        if (job.state == QueuedJob::State::Running)
            done += job.progress;
        if (lastActive && sameData(*lastActive, job.batchId))
            continue;
        active.insert(job.batchId);
        lastActive = &job.batchId;
    }
    if (active.isEmpty())
        return -1;
    qsizetype made = 0;
    for (const QString &id : std::as_const(active)) {
        const auto batch = m_batches.constFind(id);
        if (batch == m_batches.cend() || batch->jobCount <= 0) {
            made = -1; // not known: look
            break;
        }
        made += batch->jobCount;
    }
    int total = unfinished;
    if (made >= unfinished) {
        // Every job the batches were made with (the journal keeps the count): the ones
        // not held any more (cleared, or finished before a restart) are over, so done.
        total = int(made);
        done += double(made - unfinished);
    } else {
        const QString *lastSeen = nullptr;
        bool lastIn = false;
        for (const QueuedJob &job : m_jobs) {
            if (!job.isFinished())
                continue;
            if (!lastSeen || !sameData(*lastSeen, job.batchId)) {
                lastSeen = &job.batchId;
                lastIn = active.contains(job.batchId);
            }
            if (lastIn) {
                ++total;
                done += 1.0;
            }
        }
    }
    return done / total;
}

QString QueueModel::jobName(const QString &jobId) const
{
    const QueuedJob *found = job(jobId);
    if (!found)
        return {};
    const auto batch = m_batches.constFind(found->batchId);
    if (batch == m_batches.constEnd())
        return {};
    return m_labels.name(*batch, *found, batch->jobCount);
}

int QueueModel::batchSize(const QString &batchId) const
{
    // The jobs made at queueing (kept by the journal), not the rows left: a job keeps its
    // name when finished jobs are cleared from the list or after a restart, which brings
    // back only the unfinished ones.
    const QueueBatch *found = batch(batchId);
    return found ? found->jobCount : 0;
}

QString QueueModel::stateName(QueuedJob::State state)
{
    switch (state) {
    case QueuedJob::State::Waiting: return tr("Waiting");
    case QueuedJob::State::Submitted: return tr("On the server");
    case QueuedJob::State::Running: return tr("Running");
    case QueuedJob::State::Done: return tr("Done");
    case QueuedJob::State::Failed: return tr("Failed");
    case QueuedJob::State::Cancelled: return tr("Cancelled");
    case QueuedJob::State::Interrupted: return tr("Interrupted");
    case QueuedJob::State::Foreign: return tr("Other client");
    }
    return {};
}

} // namespace Easel
