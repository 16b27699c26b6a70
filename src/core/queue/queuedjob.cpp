#include "queuedjob.h"

namespace Easel {

using State = QueuedJob::State;
using Step = QueuedJob::Step;

namespace {

bool isHeldStep(Step step)
{
    return step == Step::Handed || step == Step::Collecting || step == Step::Cancelling;
}

} // namespace

bool QueuedJob::isValid(State state, Step step)
{
    switch (state) {
    case State::Waiting:
        // Alone, restored, or held by the dispatch (not sent yet, lost, or cancelling); a
        // server cannot be done with a job it does not have.
        return step != Step::Collecting;
    case State::Submitted:
    case State::Running:
        // From the journal until it is handed on; otherwise only the dispatch puts it there.
        return step != Step::Idle;
    case State::Done:
    case State::Failed:
    case State::Cancelled:
    case State::Interrupted:
    case State::Foreign:
        return step == Step::Idle;
    }
    return false;
}

bool QueuedJob::isAllowed(State fromState, Step fromStep, State toState, Step toStep)
{
    if (!isValid(fromState, fromStep) || !isValid(toState, toStep))
        return false;
    if (fromState == toState && fromStep == toStep)
        return true;
    if (fromState == State::Foreign || toState == State::Foreign)
        return false; // another client's job is never touched
    const bool held = isHeldStep(fromStep);
    const bool alone = fromStep == Step::Idle || fromStep == Step::Restored;

    // Retry: a job that did not succeed waits again, with nothing left of its last run.
    if (isFinished(fromState))
        return fromState != State::Done && toState == State::Waiting && toStep == Step::Idle;
    // Ending: a held job ends however the dispatch says; a waiting job Easel still has
    // alone is cancelled, or fails when its prompt cannot be made.
    if (isFinished(toState)) {
        if (held)
            return true;
        return fromState == State::Waiting && alone
               && (toState == State::Cancelled || toState == State::Failed);
    }
    switch (toStep) {
    case Step::Idle:
        // Taken back (a pause) before it ran: Easel's alone again.
        return toState == State::Waiting && fromStep == Step::Handed
               && (fromState == State::Waiting || fromState == State::Submitted);
    case Step::Restored:
        return false; // only the journal makes restored jobs
    case Step::Handed:
        if (fromStep == Step::Idle || fromStep == Step::Restored) {
            // Handed to the dispatch: a waiting job to be sent, or a restored job that was
            // on a server to be looked up there (its state stays until the dispatch says).
            return (fromState == State::Waiting && toState == State::Waiting)
                   || (fromStep == Step::Restored && toState == fromState);
        }
        if (fromStep == Step::Cancelling)
            return false; // a cancel is never taken back
        // Sent (again) somewhere, lost and waiting for another server, or starting.
        return toState == State::Submitted || toState == State::Waiting
               || (toState == State::Running && fromState == State::Submitted && fromStep == Step::Handed);
    case Step::Collecting:
        // The server is done with a job it had (a late event may still show it started).
        return (fromStep == Step::Handed && toState == fromState && fromState != State::Waiting)
               || (fromStep == Step::Collecting && fromState == State::Submitted && toState == State::Running);
    case Step::Cancelling:
        // Cancel asked of the dispatch; it keeps moving (sent again, starts, lost) until
        // the dispatch ends it.
        if (fromStep == Step::Handed || fromStep == Step::Collecting)
            return toState == fromState;
        if (fromStep == Step::Cancelling)
            return toState == State::Submitted || toState == State::Waiting
                   || (toState == State::Running && fromState == State::Submitted);
        return false;
    }
    return false;
}

void QueuedJob::restore(State journalState)
{
    state = journalState == State::Submitted || journalState == State::Running ? journalState : State::Waiting;
    step = Step::Restored;
}

void QueuedJob::markForeign(bool running)
{
    state = State::Foreign;
    step = Step::Idle;
    runningNode = running ? QStringLiteral("*") : QString();
}

bool QueuedJob::transition(State toState, Step toStep)
{
    if (!isAllowed(state, step, toState, toStep))
        return false;
    state = toState;
    step = toStep;
    return true;
}

} // namespace Easel
