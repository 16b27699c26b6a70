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
    // Jobs made for it when queued; rows only go after that. Journalled, so a restored
    // job is still named against the whole batch ("8/12"). 0: a batch with no jobs.
    int jobCount = 0;
};

// One of Easel's jobs, addressed by a stable id (rows move; ids do not).
struct QueuedJob
{
    // What the user sees.
    enum class State {
        Waiting,     // in Easel's queue, not on a server
        Submitted,   // on a server, pending there
        Running,
        Done,
        Failed,
        Cancelled,
        Interrupted,
        Foreign,     // another client's job on the same server (shown, never touched)
    };
    // Where the job is on its road, beside its state: one value instead of flags.
    enum class Step {
        Idle,       // Easel's alone: waiting in its order, finished, or foreign
        Restored,   // from the journal, not handed on yet: the dispatch asks the server
                    // before posting it again (an earlier Easel may have posted it)
        Handed,     // the dispatch holds it: being looked up or sent, on a server, or
                    // waiting inside the dispatch for another server after a loss
        Collecting, // held; the server is done with it, Easel fetches its outputs (its
                    // place on the server is free)
        Cancelling, // held; the dispatch was asked to cancel it and ends it with finished()
    };

    QString id;
    QString batchId;
    int indexInBatch = 0;
    QList<InputOverride> overrides;
    // The overrides as the journal writes them, made once: they never change, and the
    // journal is written every few hundred milliseconds while a long sweep drains.
    QJsonArray journalOverrides;
    QString promptId; // client-made, fixed before the POST (a new one for each retry)
    // Read freely; changed only through transition() (and made by the journal reader and
    // the other-clients rows), which refuses moves the queue's rules do not allow.
    State state = State::Waiting;
    Step step = Step::Idle;
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
    // The server it runs or ran on (a JobDispatch server id; empty for the one server).
    QString server;
    // What the job waits for, in words, while that is unusual (JobRunner::jobWaiting):
    // "waiting for the server's answer, 12 seconds". Empty otherwise.
    QString waitingNote;

    // Made, not moved: as read from the journal (Waiting, Submitted or Running; Restored),
    // and another client's row.
    void restore(State journalState);
    void markForeign(bool running);
    // Moves to (state, step) when the rules allow it (isAllowed); otherwise nothing
    // changes and false is returned. Staying where it is counts as allowed.
    bool transition(State toState, Step toStep);
    // The allowed-transition table (queuedjob.cpp): the one place the rules live.
    static bool isAllowed(State fromState, Step fromStep, State toState, Step toStep);
    // The pairs a job can be in at all (a finished job is Idle; only a held job is Submitted).
    static bool isValid(State state, Step step);

    bool isFinished() const { return isFinished(state); }
    static bool isFinished(State state)
    {
        return state == State::Done || state == State::Failed || state == State::Cancelled
               || state == State::Interrupted;
    }
    bool isOnServer() const { return state == State::Submitted || state == State::Running; }
    bool isHeld() const { return step == Step::Handed || step == Step::Collecting || step == Step::Cancelling; }
    bool isRestored() const { return step == Step::Restored; }
    bool isServerDone() const { return step == Step::Collecting; }
    bool isCancelling() const { return step == Step::Cancelling; }
    // Holds one of the places Easel may take in the server's queue (maxInFlight).
    bool holdsServerPlace() const { return step == Step::Handed || step == Step::Cancelling; }
};

} // namespace Easel

Q_DECLARE_METATYPE(Easel::JobFailure)
Q_DECLARE_METATYPE(Easel::QueuedJob::State)
