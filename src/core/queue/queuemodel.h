#pragma once

#include "joblabels.h"
#include "jobtimeestimator.h"
#include "queuedjob.h"

#include <QAbstractTableModel>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Easel {

class ChangeCoalescer;

// The queue as a table: one row per job (other clients' jobs first, then Easel's in queue
// order), the columns below, and how each cell reads. Waiting rows can be moved by drag
// and drop (moveRows / mimeData). It holds the rows and their batches; JobQueue, which
// derives from it, changes them and says what the model cannot know itself (the servers'
// names, whether the queue is paused).
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { JobColumn, ChangesColumn, StateColumn, PositionColumn, ElapsedColumn,
                  EstimateColumn, ServerColumn, ColumnCount };
    enum Role {
        JobIdRole = Qt::UserRole + 1,
        BatchIdRole,
        PromptIdRole,
        StateRole,        // int(QueuedJob::State)
        ProgressRole,     // double 0..1
        RunningNodeRole,
        StepValueRole,
        StepMaxRole,
        IsForeignRole,
        FailureMessageRole,
        ServerRole,       // the server id it runs or ran on (a farm's), else empty
        // How many characters of the Job column's text are the batch's label ("sd15.json"
        // in "sd15.json 2/12 · Seed 7"): the part a narrow column may cut; what follows
        // tells the batch's jobs apart and stays. 0 when the name is the label alone.
        NameLeadLengthRole,
    };
    Q_ENUM(Column)

    explicit QueueModel(QObject *parent = nullptr);
    ~QueueModel() override;

    // --- reading ---
    int jobCount() const { return int(m_jobs.size()); }
    int foreignJobCount() const { return int(m_foreign.size()); }
    QStringList jobIds() const;
    const QueuedJob *job(const QString &jobId) const;
    const QueueBatch *batch(const QString &batchId) const;
    int rowOf(const QString &jobId) const; // model row, -1 if unknown
    QModelIndex indexOf(const QString &jobId, int column = 0) const;
    int waitingCount() const;
    // How many look-ups of a job had to scan the rows (tests: not one per job).
    int indexScans() const { return m_indexScans; }
    double averageJobMs() const { return m_estimator.averageMs(); }
    // Finished jobs of the unfinished batches plus the running fraction, 0..1 (-1: idle).
    double overallProgress() const;
    QString runningJobId() const;

    static QString stateName(QueuedJob::State state);
    // The job as the queue names it everywhere ("Portrait sweep 3/16 · CFG 6, Seed 1840").
    QString jobName(const QString &jobId) const;
    int batchSize(const QString &batchId) const;

    // --- QAbstractItemModel ---
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // Moves the dragged jobs and returns false, so a view in InternalMove mode does not
    // remove the source rows afterwards.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }

    static constexpr auto jobIdsMimeType = "application/x-easel-job-ids";
    // The model's frame: job changes reach its views at most once in this interval (the
    // window's runner sends progress at the same pace, since none would show sooner).
    static constexpr int frameMs = 16;

signals:
    // At most once per frame; -1 when nothing is queued or running.
    void overallProgressChanged(double fraction);

protected:
    // What the model shows but does not own.
    virtual bool isPausedForDisplay() const = 0;
    virtual QString serverName(const QString &serverId) const = 0;
    virtual int serverCount() const = 0;
    // Rows were moved by the user (drag and drop, moveRows): the order changed.
    virtual void jobsReordered() {}

    QueuedJob *findJob(const QString &jobId);
    // Rows from first on were just added: where they are is remembered (each job's first
    // look-up needs no scan).
    void rememberRows(int first);
    int queueIndexOf(const QString &jobId) const;
    // The row's cells changed: one coalesced dataChanged per frame.
    void touch(const QString &jobId);
    void forgetRow(const QString &jobId);
    // Replaces the other clients' rows (unchanged: nothing happens).
    void showForeign(const QList<QueuedJob> &foreign);
    // Elapsed and estimated times move with the clock while jobs are unfinished.
    void startClock();
    void stopClock();

    QList<QueuedJob> m_jobs;
    QList<QueuedJob> m_foreign;
    QHash<QString, QueueBatch> m_batches;
    JobLabels m_labels;                      // job names and changes, per batch
    JobTimeEstimator m_estimator;

private:
    void onTouched(const QSet<QString> &touched);
    void tick();

    // Where a job was last found, and how many rows had gone then (forgetRow): dropped rows
    // are older finished ones, above it, so it is likely that many rows higher now.
    struct RowHint
    {
        int row = -1;
        quint64 gone = 0;
    };
    mutable QHash<QString, RowHint> m_indexHint; // job id -> where it was last found
    quint64 m_rowsGone = 0;
    mutable int m_indexScans = 0;
    ChangeCoalescer *m_changes;
    QTimer *m_tickTimer;
    double m_lastOverall = -2;
};

} // namespace Easel
