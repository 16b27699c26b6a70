#include "farmjob.h"

#include <QtGlobal>

namespace Easel {

using State = FarmJob::State;

bool FarmJob::isOnServer(State state)
{
    switch (state) {
    case State::Posting:
    case State::PostingCancelled:
    case State::PostingTakenBack:
    case State::Adopted:
    case State::OnServer:
    case State::TakingBack:
    case State::Cancelling:
    case State::LeftServer:
        return true;
    case State::Waiting:
    case State::Uploading:
    case State::Done:
    case State::Failed:
        return false;
    }
    return false;
}

FarmJob FarmJob::adopted(const QString &id, const FarmJobRequest &request, const QString &serverId,
                         const QString &promptId)
{
    FarmJob job;
    job.id = id;
    job.request = request;
    job.needs = FarmJobNeeds::of(request.promptJson);
    job.state = State::Adopted;
    job.server = serverId;
    job.promptId = promptId;
    job.attempts.append(promptId);
    return job;
}

bool FarmJob::isAccepted() const
{
    return isOnServer() && state != State::Posting && state != State::PostingCancelled
           && state != State::PostingTakenBack;
}

// The farm's rules, in one place. Each row: where a job may go from where it is.
bool FarmJob::isAllowed(State from, State to)
{
    if (from == to)
        return true;
    switch (from) {
    case State::Waiting:
        // Sent (with or without images to upload), or failed here: no server can run it,
        // cancelled, or taken back before it went anywhere.
        return to == State::Uploading || to == State::Posting || to == State::Failed;
    case State::Uploading:
        // Uploaded and posted; the upload failed in transit (waits again); unreadable,
        // refused, cancelled or taken back (fails, never posted).
        return to == State::Posting || to == State::Waiting || to == State::Failed;
    case State::Posting:
        // Answered (or maybe arrived: followed as if answered); asked to cancel or to take
        // back before the answer; never arrived or lost (waits again); ended.
        // Its events may overtake the POST's answer: the server may be done with it first.
        return to == State::OnServer || to == State::PostingCancelled || to == State::PostingTakenBack
               || to == State::LeftServer || to == State::Waiting || to == State::Done || to == State::Failed;
    case State::PostingCancelled:
        // Cancelled once answered; ended (cancelled, refused, or finished first). A cancel
        // is never undone: it does not wait again, nor is it taken back.
        return to == State::Cancelling || to == State::Done || to == State::Failed;
    case State::PostingTakenBack:
        // Answered: the take-back is asked now (through OnServer); a cancel overrides it;
        // never arrived (waits again); ended.
        return to == State::OnServer || to == State::PostingCancelled || to == State::LeftServer
               || to == State::Waiting || to == State::Done || to == State::Failed;
    case State::Adopted:
        // Its server answered (followed as any); cancelled; lost or forgotten (waits
        // again); done there while Easel was away; ended.
        return to == State::OnServer || to == State::Cancelling || to == State::Waiting
               || to == State::LeftServer || to == State::Done || to == State::Failed;
    case State::OnServer:
        return to == State::TakingBack || to == State::Cancelling || to == State::LeftServer
               || to == State::Waiting || to == State::Done || to == State::Failed;
    case State::TakingBack:
        // Still there (it runs: goes on); deleted (dropped: fails, then removed); cancelled
        // meanwhile; done there; lost; ended.
        return to == State::OnServer || to == State::Cancelling || to == State::LeftServer
               || to == State::Waiting || to == State::Done || to == State::Failed;
    case State::Cancelling:
        // Ends: Interrupted (as Failed), or how it really ended when it finished first.
        // Never waits again, not even when its server is lost.
        return to == State::Done || to == State::Failed;
    case State::LeftServer:
        // Its downloads end it; cancelled meanwhile (its server is asked, as any); a server
        // lost before they could finish runs it again.
        return to == State::Done || to == State::Failed || to == State::Cancelling || to == State::Waiting;
    case State::Done:
    case State::Failed:
        return false; // a retry is a new record (FarmDispatcher::add)
    }
    return false;
}

bool FarmJob::transition(State to)
{
    if (!isAllowed(state, to))
        return false;
    state = to;
    return true;
}

const char *FarmJob::name(State state)
{
    switch (state) {
    case State::Waiting: return "Waiting";
    case State::Uploading: return "Uploading";
    case State::Posting: return "Posting";
    case State::PostingCancelled: return "PostingCancelled";
    case State::PostingTakenBack: return "PostingTakenBack";
    case State::Adopted: return "Adopted";
    case State::OnServer: return "OnServer";
    case State::TakingBack: return "TakingBack";
    case State::Cancelling: return "Cancelling";
    case State::LeftServer: return "LeftServer";
    case State::Done: return "Done";
    case State::Failed: return "Failed";
    }
    return "?";
}

} // namespace Easel
