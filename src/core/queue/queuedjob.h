#pragma once

#include "jobrunner.h"
#include "sweepspec.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace Easel {

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
    // What the job waits for, in words, while that is unusual (JobRunner::jobWaiting):
    // "waiting for the server's answer, 12 seconds". Empty otherwise.
    QString waitingNote;

    bool isFinished() const
    {
        return state == State::Done || state == State::Failed || state == State::Cancelled
               || state == State::Interrupted;
    }
    bool isOnServer() const { return state == State::Submitted || state == State::Running; }
    // Holds one of the places Easel may take in the server's queue (maxInFlight).
    bool holdsServerPlace() const { return held && !serverDone; }
};

} // namespace Easel

Q_DECLARE_METATYPE(Easel::JobFailure)
Q_DECLARE_METATYPE(Easel::QueuedJob::State)
