#pragma once

#include "queuemodel.h"
#include "queuetimevalues.h"

#include <QHash>
#include <QImage>
#include <QPointer>
#include <memory>

namespace Easel {

class ComfyClient;
class EventStream;
class JobDispatch;
class JobJournal;
class SingleServerDispatch;
struct JournalContents;

// Easel's own queue: it makes the jobs, keeps their order, the pause and the journal, and
// sends every job through one JobDispatch (its own server's SingleServerDispatch, or a
// farm's). ComfyUI cannot reorder its queue and replays nothing after a disconnect, so
// Easel keeps the jobs itself and feeds the server a few at a time: reordering and pausing
// take effect before the next submission. Waiting and submitted jobs are kept in a journal
// (JobJournal) and come back after a restart; those that were on a server are looked up
// there again. Other clients' jobs on the same server are shown as Foreign rows at the top.
//
// The parts a newcomer reads separately: the rows and how they read (QueueModel, which
// this class derives from), the journal (JobJournal), the time estimate
// (JobTimeEstimator), the progress coalescing (ChangeCoalescer), other clients' jobs
// (OtherClientsWatcher) and the one server's road (SingleServerDispatch).
class JobQueue : public QueueModel
{
    Q_OBJECT
public:
    JobQueue(JobRunner *runner, ComfyClient *client, EventStream *events, QObject *parent = nullptr);
    // A queue with no server of its own (easel-run on a farm): every job goes through
    // dispatch (not owned; it must outlive the queue), which stays set.
    explicit JobQueue(JobDispatch *dispatch, QObject *parent = nullptr);
    ~JobQueue() override;

    // --- queueing ---
    // One batch: the prompt once per variant (no variants = once). Returns the batch id.
    // imageUploads: see QueueBatch (kept in the journal; used with a dispatch only).
    QString enqueue(const QByteArray &promptJson, const QList<SweepVariant> &variants,
                    const QString &label, const QByteArray &workflowJson = {},
                    const QHash<QString, QString> &imageUploads = {});
    // The same with the prompt already parsed (parsed must be promptJson as a tree): the
    // window has it from the conversion, so it is not parsed again.
    QString enqueueParsed(const QByteArray &promptJson, JsonTree parsed, const QList<SweepVariant> &variants,
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
    // How many jobs its own server is given at once (SingleServerDispatch::setMaxInFlight;
    // 0 and ignored for a queue without a server of its own).
    int maxInFlight() const;
    void setMaxInFlight(int jobs);
    bool cancel(const QString &jobId);    // waiting: cancelled; on the server: deleted or interrupted
    bool interrupt(const QString &jobId); // running: POST /interrupt {prompt_id}
    bool retry(const QString &jobId);     // failed/cancelled/interrupted: waiting again, new prompt id
    bool moveJob(const QString &jobId, int toQueueIndex); // waiting jobs only
    void removeFinished();
    // The queue is the working list, the library the archive: at most this many finished
    // jobs stay rows (and in memory with their batch's prompt); older ones, by the time they
    // ended, go a moment after a job ends. Their outputs stay in the library. 0 = all stay
    // (the default: tests read every job at the end); the window and easel-run set it.
    // slack: finished jobs may pass `jobs` by this many before one pass drops the excess
    // (each pass scans every row: a 20,000-job easel-run drops in bulk, not per job).
    void setKeepFinished(int jobs, int slack = 0);
    int keepFinished() const { return m_keepFinished; }
    // Show other clients' jobs, where the dispatch can tell them apart (one server can).
    void setShowForeignJobs(bool show);

    // --- farm ---
    // Sends jobs through dispatch (not owned; it must outlive the queue or be unset first)
    // instead of its own server: as many as dispatch->freePlaces() allows, in queue order,
    // while not paused; cancel, interrupt, pause and restored jobs go through it too.
    // nullptr = its own server, given to the constructor (the default). Set it before
    // loadJournal() and before queueing; switching while a dispatch holds jobs is refused
    // (returns false), and so is nullptr for a queue without a server of its own.
    bool setDispatch(JobDispatch *dispatch);
    JobDispatch *dispatch() const; // the one in use, never null
    // With a dispatch: the batch's jobs not sent yet go only to serverId (empty = any).
    bool pinBatch(const QString &batchId, const QString &serverId);

    // --- journal ---
    QString journalPath() const;
    void setJournalPath(const QString &path);
    // Reads the journal off the GUI thread; jobs come back (journalLoaded), those that were
    // on the server are looked up there. Nothing is submitted until loading ends.
    void loadJournal();
    bool isLoading() const;
    // Writes pending changes now and waits for the writer (for shutdown and tests).
    bool flushJournal();
    QString savedClientId() const { return m_savedClientId; }

    // --- reading (more in QueueModel) ---
    QString jobIdForPrompt(const QString &promptId) const { return m_byPrompt.value(promptId); }
    int inFlightCount() const;
    // Jobs not finished (waiting, on a server, running), kept by the same counts as each
    // batch's (not a scan of the rows): pump() asks it after every job.
    int unfinishedCount() const { return m_unfinished; }
    // Whether the dispatch holds a job: on a server, being uploaded, waiting inside a farm
    // for another server, or downloading its outputs (no server place any more, so not in
    // inFlightCount). While it does, setDispatch refuses.
    bool holdsJobs() const;

signals:
    void jobAdded(const QString &jobId);
    void jobStateChanged(const QString &jobId, Easel::QueuedJob::State state);
    void jobFailed(const QString &jobId, const Easel::JobFailure &failure);
    void jobOutputSaved(const QString &jobId, const Easel::SavedOutput &output);
    // The running job's node (empty when the job ends): highlight it in the editor.
    void runningNodeChanged(const QString &jobId, const QString &nodeId);
    void stepProgressChanged(const QString &jobId, const QString &nodeId, double value, double max);
    void jobProgressChanged(const QString &jobId, double fraction, int nodesDone, int nodesTotal);
    void previewReceived(const QString &jobId, const QString &nodeId, const QImage &image);
    // failed counts real failures only; stopped the jobs cancelled or interrupted by the user.
    void batchFinished(const QString &batchId, const QString &label, int done, int failed,
                       const QString &firstOutputPath, int stopped);
    void pausedChanged(bool paused);
    void journalLoaded(int jobs);
    void journalError(const QString &message);
    void idle(); // nothing waiting or on the server

protected:
    bool isPausedForDisplay() const override { return m_paused; }
    QString serverName(const QString &serverId) const override;
    int serverCount() const override;
    void jobsReordered() override { scheduleSave(); }

private:
    QueuedJob *jobForPrompt(const QString &promptId);
    // Every change of a job's state or step: through QueuedJob::transition, which refuses
    // what the rules do not allow (said in the log, nothing changes; returns false).
    bool setState(QueuedJob &job, QueuedJob::State state, QueuedJob::Step step);
    void pump();
    void finishCancel(const QString &jobId);
    void returnToWaiting(const QString &jobId);
    // After a job of the batch ended (endedJobId): batchFinished if none of its jobs is left
    // to end, found from the batch's count, not a scan of the rows.
    void checkBatchFinished(const QString &batchId, const QString &endedJobId);
    void countJob(const QueuedJob &job, int sign); // a row of a batch added (+1) or removed (-1)
    void scheduleDropOldFinished();
    void dropOldFinished();
    // Removes the jobs keep() refuses, and every batch no job is left in.
    template<typename Keep> void removeJobs(Keep keep);
    void scheduleSave();
    // "Batch 7" for a batch queued without a label: past every number a held batch shows
    // (restored from the journal, queued before a clear) and every one given before.
    QString unnamedBatchLabel();
    JournalContents journalSnapshot() const;
    void onJournalLoaded(const JournalContents &contents);
    void onOtherClientsJobs(const QStringList &running, const QStringList &pending);
    JsonTree &parsedPrompt(const QString &batchId);
    QByteArray jobPrompt(const QueuedJob &job); // the batch prompt with the job's overrides

    // What a job's server reports, through the dispatch (jobqueueevents.cpp).
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

    SingleServerDispatch *m_single = nullptr; // its own server (owned; none without one)
    QPointer<JobDispatch> m_dispatch; // m_single or a farm's
    QList<QMetaObject::Connection> m_dispatchConnections;
    JobJournal *m_journal;
    QHash<QString, JsonTree> m_parsedPrompts; // per batch, while it has jobs to submit
    QueueTimeValues m_queueTime;              // each job's queue-time values and workflow
    QHash<QString, QString> m_byPrompt;       // prompt id -> job id
    QHash<QString, quint64> m_submitOrder;    // job id -> when it was last sent (1, 2, ...)
    QHash<QString, quint64> m_pulledBack;     // waiting jobs a pause took back from the server
    quint64 m_submitCount = 0;
    QString m_savedClientId;
    int m_batchNumber = 0; // the last "Batch %1" given
    bool m_paused = false;
    bool m_showForeign = true;
    int m_keepFinished = 0;
    int m_keepSlack = 0;
    bool m_dropPending = false;
    // Finished jobs dropped from a batch that still has jobs: its batchFinished counts them.
    struct DroppedTally
    {
        int done = 0;
        int failed = 0;
        int stopped = 0;
        QString firstOutput;
    };
    QHash<QString, DroppedTally> m_dropped; // batch id -> its dropped jobs
    // Each batch's rows and those of them not finished, kept through every row added or
    // removed and every state change (setState): a batch's end is found without scanning
    // every row for each job that ends, which made a 20,000-job run quadratic.
    struct BatchCount
    {
        int rows = 0;
        int unfinished = 0;
    };
    QHash<QString, BatchCount> m_batchCounts;
    int m_unfinished = 0; // the sum of every batch's unfinished count
};

} // namespace Easel
