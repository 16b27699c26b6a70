#pragma once

#include "farmjobcheck.h"
#include "jobrunner.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Easel {

// A farm job as queued: the prompt, and the LoadImage inputs to upload to whichever
// server runs it (node id -> a local file; the uploaded name replaces the input's value).
struct FarmJobRequest
{
    QByteArray promptJson;
    QByteArray workflowJson;
    QHash<QString, QString> imageUploads;
};

// One job of the farm. Where it is on its road is one State, changed only through
// transition(), which refuses moves its table (farmjob.cpp) does not allow.
struct FarmJob
{
    enum class State {
        Waiting,          // here, for a server with room
        Uploading,        // its input images go to its server
        Posting,          // POST /prompt sent, not answered yet
        PostingCancelled, // cancelled before the POST was answered: cancelled on the answer
        PostingTakenBack, // taken back (a pause) before the POST was answered: asked on the answer
        Adopted,          // after a restart: followed on its server, which has not been asked yet
        OnServer,         // accepted there: pending or running
        TakingBack,       // a pause asks its server to delete it while still pending
        Cancelling,       // cancelled there (deleted or interrupted); ends Interrupted unless it
                          // ended first. Stays so when its server is done with it, so that a
                          // loss never runs it again (its place is held until it ends)
        LeftServer,       // its server is done with it; only its outputs' downloads remain
        Done,
        Failed,
    };

    QString id;
    FarmJobRequest request;
    FarmJobNeeds needs;
    QString pinnedServer;   // a server id: only there
    // Read freely; changed only through transition().
    State state = State::Waiting;
    QString server;         // where it runs (or ran): recorded with its outputs
    QString promptId;       // the current attempt's
    QStringList attempts;   // every prompt id it was sent as, in order
    QStringList skipServers; // servers that refused it for a reason of their own
    QString message;        // why it failed
    QList<SavedOutput> outputs;
    JobOutcome outcome;     // how its last attempt ended (status, failure details)

    // Made, not moved: a job Easel had on serverId as promptId before it restarted, in
    // Adopted (a new record is Waiting).
    static FarmJob adopted(const QString &id, const FarmJobRequest &request, const QString &serverId,
                           const QString &promptId);
    // Moves to state when the table allows it; otherwise nothing changes and false is
    // returned. Staying where it is counts as allowed.
    bool transition(State to);
    static bool isAllowed(State from, State to);
    static const char *name(State state);

    bool isFinished() const { return state == State::Done || state == State::Failed; }
    // Posted to (or adopted on) its server and not finished: its traffic there is its own.
    bool isOnServer() const { return isOnServer(state); }
    static bool isOnServer(State state);
    // Holds a place in its server's window (uploading, or on the server and not done there).
    bool holdsPlace() const { return state == State::Uploading || (isOnServer() && state != State::LeftServer); }
    // The server answered its POST (or it was found there): a delete may go now.
    bool isAccepted() const;
    // A cancel was asked: it ends Interrupted, never runs again.
    bool isCancelled() const { return state == State::Cancelling || state == State::PostingCancelled; }
};

} // namespace Easel
