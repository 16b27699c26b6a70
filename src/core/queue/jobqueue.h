#pragma once

#include "joblabels.h"
#include "jobrunner.h"
#include "queuetimevalues.h"
#include "sweepspec.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QList>
#include <QPointer>
#include <memory>

QT_BEGIN_NAMESPACE
class QThreadPool;
class QTimer;
QT_END_NAMESPACE

namespace Easel {

class ComfyClient;
class EventStream;
class JobDispatch;
class SingleServerDispatch;

// Why a job failed: an execution_error (node, exception, traceback) or a rejected prompt
// (HTTP 400 with node_errors on the inputs).
struct JobFailure
{
    QString message; // translated summary
    QString nodeId;
    QString nodeType;
    QString exceptionType;
    QString exceptionMessage;
    QStringList traceback;
    QList<NodeError> nodeErrors; // a 400's node_errors
    bool rejected = false;
};

// A labelled group of jobs made by one "Queue" (once, N times or a sweep): they share the
// workflow as opened; each job only records the inputs it changes.
struct QueueBatch
{
    QString id;
    QString label;
    QByteArray promptJson;   // the API prompt as queued (exact JSON text)
    QByteArray workflowJson; // saved-format workflow for the PNG metadata; may be empty
    QDateTime created;
    QString pinnedServer;    // with a dispatch (farm): only this server (empty = any)
    // With a dispatch: LoadImage node id -> local absolute path, uploaded to whichever
    // server runs each job (the single server has them from the editor already).
    QHash<QString, QString> imageUploads;
};

// One of Easel's jobs, addressed by a stable id (rows move; ids do not).
struct QueuedJob
{
    enum class State {
        Waiting,     // in Easel's queue, not sent yet
        Submitted,   // on the server, pending there
        Running,
        Done,
        Failed,
        Cancelled,
        Interrupted,
        Foreign,     // another client's job on the same server (shown, never touched)
    };

    QString id;
    QString batchId;
    int indexInBatch = 0;
    QList<InputOverride> overrides;
    // The overrides as the journal writes them, made once: they never change, and the
    // journal is written every few hundred milliseconds while a long sweep drains.
    QJsonArray journalOverrides;
    QString promptId; // client-made, fixed before the POST (a new one for each retry)
    State state = State::Waiting;
    QDateTime submittedAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    double progress = 0;        // the whole job, 0..1
    int nodesDone = 0;
    int nodesTotal = 0;
    QString runningNode;
    double stepValue = 0;       // the running node's own progress
    double stepMax = 0;
    JobFailure failure;
    QList<SavedOutput> outputs;
    bool restored = false;      // from the journal: the server is asked before posting again
    bool cancelRequested = false;
    bool serverDone = false;    // the server has finished it; Easel is fetching its outputs
    // The server it runs or ran on (a JobDispatch server id; empty for the one server), and
    // whether the dispatch holds it (being looked up or sent, on a server, or waiting there
    // for another server after a loss).
    QString server;
    bool held = false;

    bool isFinished() const
    {
        return state == State::Done || state == State::Failed || state == State::Cancelled
               || state == State::Interrupted;
    }
    bool isOnServer() const { return state == State::Submitted || state == State::Running; }
    // Holds one of the places Easel may take in the server's queue (maxInFlight).
    bool holdsServerPlace() const { return held && !serverDone; }
};

// Easel's own queue, sending every job through one JobDispatch (its own server's
// SingleServerDispatch, or a farm's). ComfyUI cannot reorder its queue and replays
// nothing after a disconnect, so Easel keeps the jobs itself and feeds the server a few at
// a time (maxInFlight): reordering and pausing take effect before the next submission.
// Cancel removes a job from the server queue when it is already there; interrupt is always
// targeted at the job's prompt_id. Waiting and submitted jobs are kept in a journal
// (JSON, written atomically with QSaveFile off the GUI thread) and come back after a
// restart; submitted ones are looked up on the server again. Other clients' jobs on the
// same server (from GET /queue) are shown as Foreign rows at the top.
//
// The model: one row per job (foreign rows first, then Easel's jobs in queue order),
// columns below; waiting rows can be moved by drag and drop (moveRows / mimeData).
class JobQueue : public QAbstractTableModel
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
        ServerRole,       // the server id it runs or ran on (with a dispatch), else empty
    };
    Q_ENUM(Column)

    JobQueue(JobRunner *runner, ComfyClient *client, EventStream *events, QObject *parent = nullptr);
    ~JobQueue() override;

    // --- queueing ---
    // One batch: the prompt once per variant (no variants = once). Returns the batch id.
    // imageUploads: see QueueBatch (kept in the journal; used with a dispatch only).
    QString enqueue(const QByteArray &promptJson, const QList<SweepVariant> &variants,
                    const QString &label, const QByteArray &workflowJson = {},
                    const QHash<QString, QString> &imageUploads = {});
    // Expands the sweep and queues it; empty id and errorMessage set when it cannot.
    QString enqueueSweep(const QByteArray &promptJson, const SweepSpec &spec,
                         const QByteArray &workflowJson = {}, QString *errorMessage = nullptr,
                         const QHash<QString, QString> &imageUploads = {});

    // The node catalogue for the frontend's queue-time rules (dynamic prompts are marked
    // in the input specs) and for writing each job's values into its saved workflow.
    void setCatalogue(std::shared_ptr<const NodeCatalogue> catalogue) { m_queueTime.setCatalogue(std::move(catalogue)); }

    // --- control ---
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    // How many jobs its own server is given at once (SingleServerDispatch::setMaxInFlight).
    int maxInFlight() const;
    void setMaxInFlight(int jobs);
    bool cancel(const QString &jobId);    // waiting: cancelled; on the server: deleted or interrupted
    bool interrupt(const QString &jobId); // running: POST /interrupt {prompt_id}
    bool retry(const QString &jobId);     // failed/cancelled/interrupted: waiting again, new prompt id
    bool moveJob(const QString &jobId, int toQueueIndex); // waiting jobs only
    void removeFinished();
    // Show other clients' jobs, where the dispatch can tell them apart (one server can).
    void setShowForeignJobs(bool show);

    // --- farm ---
    // Sends jobs through dispatch (not owned; it must outlive the queue or be unset first)
    // instead of its own server: as many as dispatch->freePlaces() allows, in queue order,
    // while not paused; cancel, interrupt, pause and restored jobs go through it too.
    // nullptr = its own server, given to the constructor (the default). Set it before
    // loadJournal() and before queueing; switching while a dispatch holds jobs is refused
    // (returns false).
    bool setDispatch(JobDispatch *dispatch);
    JobDispatch *dispatch() const; // the one in use, never null
    // With a dispatch: the batch's jobs not sent yet go only to serverId (empty = any).
    bool pinBatch(const QString &batchId, const QString &serverId);

    // --- journal ---
    QString journalPath() const { return m_journalPath; }
    void setJournalPath(const QString &path) { m_journalPath = path; }
    // Reads the journal off the GUI thread; jobs come back (journalLoaded), those that were
    // on the server are looked up there. Nothing is submitted until loading ends.
    void loadJournal();
    bool isLoading() const { return m_loading; }
    // Writes pending changes now and waits for the writer (for shutdown and tests).
    bool flushJournal();
    QString savedClientId() const { return m_savedClientId; }

    // --- reading ---
    int jobCount() const { return int(m_jobs.size()); }
    int foreignJobCount() const { return int(m_foreign.size()); }
    QStringList jobIds() const;
    const QueuedJob *job(const QString &jobId) const;
    const QueueBatch *batch(const QString &batchId) const;
    QString jobIdForPrompt(const QString &promptId) const { return m_byPrompt.value(promptId); }
    int rowOf(const QString &jobId) const; // model row, -1 if unknown
    QModelIndex indexOf(const QString &jobId, int column = 0) const;
    int waitingCount() const;
    int inFlightCount() const;
    double averageJobMs() const { return m_averageMs; }
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

signals:
    void jobAdded(const QString &jobId);
    void jobStateChanged(const QString &jobId, Easel::QueuedJob::State state);
    void jobFailed(const QString &jobId, const Easel::JobFailure &failure);
    void jobOutputSaved(const QString &jobId, const Easel::SavedOutput &output);
    // The running job's node (empty when the job ends): highlight it in the editor.
    void runningNodeChanged(const QString &jobId, const QString &nodeId);
    void stepProgressChanged(const QString &jobId, const QString &nodeId, double value, double max);
    void jobProgressChanged(const QString &jobId, double fraction, int nodesDone, int nodesTotal);
    // At most once per frame; -1 when nothing is queued or running.
    void overallProgressChanged(double fraction);
    void previewReceived(const QString &jobId, const QString &nodeId, const QImage &image);
    // failed counts real failures only; stopped the jobs cancelled or interrupted by the user.
    void batchFinished(const QString &batchId, const QString &label, int done, int failed,
                       const QString &firstOutputPath, int stopped);
    void pausedChanged(bool paused);
    void journalLoaded(int jobs);
    void journalError(const QString &message);
    void idle(); // nothing waiting or on the server

private:
    QueuedJob *findJob(const QString &jobId);
    QueuedJob *jobForPrompt(const QString &promptId);
    int queueIndexOf(const QString &jobId) const;
    void setState(QueuedJob &job, QueuedJob::State state);
    void touch(const QString &jobId); // coalesced dataChanged
    void flushTouched();
    void pump();
    void finishCancel(const QString &jobId);
    void returnToWaiting(const QString &jobId);
    void checkBatchFinished(const QString &batchId);
    void scheduleSave();
    QByteArray serializeJournal() const;
    void onOtherClientsJobs(const QStringList &running, const QStringList &pending);
    void tick();
    const JsonTree &parsedPrompt(const QString &batchId);
    QByteArray jobPrompt(const QueuedJob &job); // the batch prompt with the job's overrides

    // What a job's server reports, through the dispatch.
    void onJobNode(QueuedJob &job, const QString &nodeId);
    void onJobProgress(QueuedJob &job, double fraction, const QString &nodeId);
    void onJobSteps(QueuedJob &job, const QString &nodeId, double value, double max);
    void onJobPreview(QueuedJob &job, const QString &nodeId, const QImage &image);
    void onJobOutput(QueuedJob &job, const SavedOutput &output);
    void failUnsendable(QueuedJob &job);

    // Sending through the dispatch (jobqueuedispatch.cpp).
    void connectDispatch();
    void pauseDispatched();
    void onDispatchTakenBack(const QString &jobId);
    void dispatchJob(QueuedJob &job);
    void adoptRestored(const QList<QString> &jobIds);
    void onDispatchAssigned(const QString &jobId, const QString &server, const QString &promptId);
    void onDispatchRequeued(const QString &jobId);
    void onDispatchFinished(const QString &jobId, const JobOutcome &outcome);
    void finishJob(QueuedJob &job, const JobOutcome &outcome);

    SingleServerDispatch *m_single; // its own server (owned)
    QPointer<JobDispatch> m_dispatch; // m_single or a farm's
    QList<QMetaObject::Connection> m_dispatchConnections;
    QList<QueuedJob> m_jobs;
    QList<QueuedJob> m_foreign;
    QHash<QString, QueueBatch> m_batches;
    QHash<QString, JsonTree> m_parsedPrompts; // per batch, while it has jobs to submit
    QueueTimeValues m_queueTime;              // each job's queue-time values and workflow
    JobLabels m_labels;                       // job names and changes, per batch
    QHash<QString, QString> m_byPrompt;       // prompt id -> job id
    QHash<QString, quint64> m_submitOrder;    // job id -> when it was last sent (1, 2, ...)
    QHash<QString, quint64> m_pulledBack;     // waiting jobs a pause took back from the server
    quint64 m_submitCount = 0;
    mutable QHash<QString, int> m_indexHint;  // job id -> where it was last found
    QSet<QString> m_touched;
    QTimer *m_touchTimer;
    QTimer *m_saveTimer;
    QTimer *m_tickTimer;
    std::unique_ptr<QThreadPool> m_writer;
    QString m_journalPath;
    QString m_savedClientId;
    double m_averageMs = 0;
    int m_averageSamples = 0;
    bool m_paused = false;
    bool m_loading = false;
    bool m_showForeign = true;
    double m_lastOverall = -2;
    quint64 m_saveGeneration = 0;
};

} // namespace Easel

Q_DECLARE_METATYPE(Easel::JobFailure)
Q_DECLARE_METATYPE(Easel::QueuedJob::State)
