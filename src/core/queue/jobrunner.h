#pragma once

#include "joboutcome.h"
#include "runnerjob.h"

#include <QHash>
#include <QImage>
#include <QObject>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Easel {

class ComfyClient;
class EventStream;
class JobProgress;
class JobRunnerWatch;
class OutputStore;
struct OutputRecord;
struct ServerEvent;
struct PreviewFrame;

// Runs prompts on one server from POST to saved files: queues, follows the event stream
// (progress, previews, the terminal message), then fetches the history entry and every
// output through /view and writes them into the output folder. When events stop coming
// (socket down or silent) its JobRunnerWatch asks /history, so a finished prompt is never
// missed.
class JobRunner : public QObject
{
    Q_OBJECT
public:
    // Keeps its own library (and index) in outputDirectory.
    JobRunner(ComfyClient *client, EventStream *events, const QString &outputDirectory,
              QObject *parent = nullptr);
    // Hands downloads to a store the caller owns and shares (with the gallery); the store
    // must be open and outlive the runner.
    JobRunner(ComfyClient *client, EventStream *events, OutputStore *store,
              QObject *parent = nullptr);
    ~JobRunner() override;

    // Queues a prompt and returns its (client-made) prompt id at once.
    // basePromptJson: the workflow as opened, so the index can tell which inputs differ.
    // promptId: a client-made id to use (JobQueue makes its ids when a job is created, so a
    // restarted Easel can look the job up); empty = make one. promptNodes: the prompt's
    // node count when the caller parsed it as a JSON object already (JobQueue has each
    // batch's tree): the prompt is then not parsed on this thread at all (the library
    // writer parses it on its own for the changed inputs); 0 = parse it here.
    QString submit(const QByteArray &promptJson, const QByteArray &workflowJson = {},
                   const QByteArray &basePromptJson = {}, const QString &promptId = {},
                   int promptNodes = 0);
    // Follows a prompt that an earlier session queued (found in /queue or /history): its
    // events, then its history entry and outputs, ending in jobFinished as for submit().
    void resume(const QString &promptId, const QByteArray &promptJson);
    // Stops following a prompt without a jobFinished (it was deleted from the server queue).
    void forget(const QString &promptId);
    bool isFollowing(const QString &promptId) const { return m_jobs.contains(promptId); }
    // The server has finished this prompt (JobResync found its history after a reconnect):
    // fetch its outputs now instead of waiting for events that will never come.
    void collect(const QString &promptId) { fetchOutputs(promptId); }
    // The server no longer knows the prompt (it restarted): end the job as failed with this
    // message, so the queue shows it and offers a retry instead of waiting forever.
    void abandon(const QString &promptId, const QString &message);
    void interrupt(const QString &promptId);
    int activeJobCount() const { return int(m_jobs.size()); }
    QString outputDirectory() const;
    OutputStore *store() const { return m_store; }
    // How long a job may go without events before /history is asked directly.
    void setPollAfterMs(int ms);
    // The watchdog: how long an accepted job may be in neither the server's /queue nor its
    // /history (while the server answers) before it is reported lost, as after a restart.
    void setLostAfterMs(int ms);
    // Progress (jobProgress, jobNodesDone, jobStepProgress) can be coalesced here too: the
    // newest state of each job goes out at most once per interval. Default 0 = each
    // progress event at once: the EventStream already coalesces progress messages on its
    // own thread (EventStream::setCoalesceIntervalMs), before they cost this thread
    // anything, so the runner sees at most one per prompt and interval. easel-run sets its
    // terminal's rate (a job's first state still goes out at once, its last before
    // jobFinished; a node starting does not flush what is pending, it names the node now
    // running). The window sets the queue model's frame.
    void setProgressIntervalMs(int ms);
    // How long a POST /prompt may go unanswered before jobWaiting says so.
    void setAnswerNoticeAfterMs(int ms);

signals:
    void jobAccepted(const QString &promptId, double number);
    void jobProgress(const QString &promptId, double fraction, const QString &nodeId);
    void jobNodeExecuting(const QString &promptId, const QString &nodeId);
    void jobProgressText(const QString &promptId, const QString &nodeId, const QString &text);
    void jobPreview(const QString &promptId, const QImage &image);
    // The same frame with the node it belongs to (decoded off the GUI thread).
    void jobPreviewFrame(const QString &promptId, const QString &nodeId, const QImage &image);
    // The running node's own progress (a sampler's steps): value of max.
    void jobStepProgress(const QString &promptId, const QString &nodeId, double value, double max);
    // Nodes finished (or cached) of the nodes the prompt has.
    void jobNodesDone(const QString &promptId, int done, int total);
    void jobOutputSaved(const Easel::SavedOutput &output);
    // The server is done with the prompt (its final executing{null} arrived, or its history
    // entry was found): it no longer holds a place in the server's queue. What remains is
    // Easel's own work (history, downloads) before jobFinished. A queue that feeds the
    // server a few prompts at a time sends the next one now rather than after the
    // downloads. Emitted at most once per prompt, and not for a rejected or forgotten one.
    void jobLeftServer(const QString &promptId);
    // forget() dropped the prompt (deleted from the server queue before it ran): no
    // jobFinished follows, so whoever tracks accepted prompts stops tracking this one.
    void jobForgotten(const QString &promptId);
    void jobFinished(const QString &promptId, const Easel::JobOutcome &outcome);
    // What a silent job waits for, in words (empty = nothing unusual): "waiting for the
    // server's answer, 45 s" while its POST /prompt is unanswered, "the server does not
    // know this job; lost in 45 s" while the watchdog counts down.
    void jobWaiting(const QString &promptId, const QString &state);

private:

    void onEvent(const ServerEvent &event);
    void onPreview(const PreviewFrame &frame);
    void fetchOutputs(const QString &promptId);
    void takeOutputsFromEvents(const QString &promptId);
    void takeHistoryEntry(const QString &promptId, const HistoryEntry &entry);
    void onOutputStored(const OutputRecord &record);
    void onJobSettled(const QString &promptId, int failures, const QString &lastError);
    void finish(const QString &promptId);
    void markLeftServer(const QString &promptId);

    ComfyClient *m_client;
    EventStream *m_events;
    OutputStore *m_store;
    JobRunnerWatch *m_watch; // silent prompts: polling, the lost-job watchdog
    JobProgress *m_progress; // each prompt's node progress, maybe coalesced
    QHash<QString, RunnerJob> m_jobs;
};

} // namespace Easel
