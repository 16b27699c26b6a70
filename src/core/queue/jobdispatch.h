#pragma once

#include "jobrunner.h"

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Easel {

// What JobQueue hands a dispatch for one attempt at a job.
struct DispatchRequest
{
    QString jobId;
    // JobQueue's prompt id for this attempt, already in its journal. A dispatch that posts
    // under the caller's ids (one server) uses it, so that after a restart the prompt is
    // found under the id the journal holds; the farm makes its own (see assigned()).
    QString promptId;
    // From the journal, never sent as far as Easel knows, but an earlier Easel may have
    // posted promptId just before it stopped: look it up before posting it (never twice).
    bool maybePosted = false;
    QByteArray promptJson;     // the job's own prompt (overrides applied)
    QByteArray workflowJson;   // goes into the outputs' metadata
    QByteArray basePromptJson; // the batch's prompt as queued, so the index can tell changes
    // The prompt's node count when the caller has it parsed (JobQueue does): the runner
    // then does not parse the prompt on its thread again (0 = not known: it does).
    int promptNodes = 0;
    QString pinnedServer;      // only there (empty = any)
    // LoadImage node id -> local file, uploaded to whichever server runs the job (its name
    // there goes into the node's "image" input); a file that cannot be read fails the job.
    QHash<QString, QString> imageUploads;
};

// The only way JobQueue sends its jobs: to its one server (SingleServerDispatch) or to a
// farm of several servers (FarmQueueDispatch in the farm library). JobQueue never asks
// which one it has. It keeps the order, the pause and the journal; the dispatch only ever
// holds the few jobs it was given (freePlaces), so that reorder and pause still act
// before the next submission.
//
// Every job is addressed by JobQueue's stable job id: the dispatch tells the prompt id it
// sent the job under (assigned), and may send a job lost on one server to another one
// under a new prompt id (assigned is emitted again then). A job given to the dispatch ends
// with exactly one finished() (or takenBack()), whatever happens in between.
class JobDispatch : public QObject
{
    Q_OBJECT
public:
    explicit JobDispatch(QObject *parent = nullptr);
    ~JobDispatch() override;

    // Jobs it would take now: its window on every usable server less the jobs it holds
    // (on a server, being uploaded, or waiting inside it for another server after a loss).
    // JobQueue keeps the rest Waiting in its own order. placesChanged() when it grows.
    virtual int freePlaces() const = 0;

    // The servers jobs may go to (stable ids, usable as pinnedServer) and their names.
    virtual QStringList serverIds() const = 0;
    virtual QString serverName(const QString &serverId) const { return serverId; }

    // Takes the job: it is sent to a server that can run it (assigned), or fails (finished
    // with Status::Failed, saying what is missing where). See DispatchRequest.
    virtual void dispatch(const DispatchRequest &request) = 0;

    // Ends the job: removed from its server's queue when pending there, interrupted (with
    // its prompt_id) when running. Ends with finished(Status::Interrupted), or with how it
    // really ended when it finished first.
    virtual void cancel(const QString &jobId) = 0;
    // POST /interrupt with the job's prompt_id on its server (nothing if not running).
    virtual void interrupt(const QString &jobId) = 0;
    // For a pause: if the job is still pending on its server (not running), it is deleted
    // there and handed back with takenBack(); if it runs already (or the server cannot
    // say), nothing changes and it goes on to finished().
    virtual void takeBack(const QString &jobId) = 0;

    // After an Easel restart: the job was sent as promptId to server (one of serverIds()).
    // It is looked up there: finished -> its outputs are collected (finished()); queued or
    // running -> followed; forgotten by the server -> run again (assigned elsewhere or
    // there). Never run twice. A server that is not in the farm counts as lost.
    // imageUploads as for dispatch(), for a run elsewhere.
    virtual void adopt(const QString &jobId, const QString &promptId, const QString &server,
                       const QByteArray &promptJson, const QByteArray &workflowJson,
                       const QHash<QString, QString> &imageUploads = {}) = 0;

    // Jobs it holds (dispatched or adopted, not finished nor taken back).
    virtual bool holds(const QString &jobId) const = 0;

    // Follow other clients' jobs where the dispatch can tell them from Easel's
    // (otherClientsJobs); one server can, a farm shows none. Off: an empty report follows.
    virtual void setWatchOtherClients(bool watch) { Q_UNUSED(watch) }
    // The event stream's client id to keep in the journal (reopened with it after a
    // restart), empty where there is none.
    virtual QString clientId() const { return {}; }

signals:
    void placesChanged();
    // Sent (again, after a loss) to server as promptId; reason: the dispatcher's choice.
    void assigned(const QString &jobId, const QString &server, const QString &promptId,
                  const QString &reason);
    // Mirrors of JobRunner's per-prompt signals, for the job's current attempt only.
    void nodeExecuting(const QString &jobId, const QString &nodeId);
    void progress(const QString &jobId, double fraction, const QString &nodeId);
    void nodesDone(const QString &jobId, int done, int total);
    void stepProgress(const QString &jobId, const QString &nodeId, double value, double max);
    void previewFrame(const QString &jobId, const QString &nodeId, const QImage &image);
    void outputSaved(const QString &jobId, const Easel::SavedOutput &output);
    // The server is done with it; only Easel's downloads remain (its place is free).
    void leftServer(const QString &jobId);
    // What the job waits for, in words, while that is unusual (JobRunner::jobWaiting);
    // empty when the wait is over.
    void waiting(const QString &jobId, const QString &state);
    // Lost on its server (down too long, or it forgot the job): waiting inside the
    // dispatch for another server; an assigned() follows when one has room.
    void requeued(const QString &jobId, const QString &reason);
    // takeBack() succeeded: the job never ran; it is JobQueue's again (not held any more).
    void takenBack(const QString &jobId);
    void finished(const QString &jobId, const Easel::JobOutcome &outcome);
    // The prompts on the server now, running and pending, Easel's own included (JobQueue
    // knows its prompt ids and leaves them out).
    void otherClientsJobs(const QStringList &running, const QStringList &pending);
};

} // namespace Easel
