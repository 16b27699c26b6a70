// A queued job's state and step move only as the queue's rules allow. The expected table
// is written here from those rules, event by event (what can happen to a job on its road),
// and every pair of (state, step) to (state, step) is checked against QueuedJob::isAllowed.
#include "queuedjob.h"

#include <QSet>
#include <QTest>

using namespace Easel;
using State = QueuedJob::State;
using Step = QueuedJob::Step;

namespace {

constexpr State allStates[] = {State::Waiting, State::Submitted, State::Running, State::Done,
                               State::Failed,  State::Cancelled, State::Interrupted, State::Foreign};
constexpr Step allSteps[] = {Step::Idle, Step::Restored, Step::Handed, Step::Collecting, Step::Cancelling};
constexpr State unfinished[] = {State::Waiting, State::Submitted, State::Running};
constexpr State endings[] = {State::Done, State::Failed, State::Cancelled, State::Interrupted};

struct Pair
{
    State state;
    Step step;
    bool operator==(const Pair &other) const = default;
};

using Move = std::pair<Pair, Pair>;

QString name(Pair pair)
{
    static const char *const states[] = {"Waiting", "Submitted", "Running", "Done", "Failed", "Cancelled",
                                         "Interrupted", "Foreign"};
    static const char *const steps[] = {"Idle", "Restored", "Handed", "Collecting", "Cancelling"};
    return QStringLiteral("%1/%2").arg(QLatin1String(states[int(pair.state)]), QLatin1String(steps[int(pair.step)]));
}

// The pairs a job can be in, from the rules: finished and foreign jobs are Easel's alone;
// a job is on a server only through the dispatch (or as the journal left it, restored);
// a server is done only with a job it had.
QList<Pair> validPairs()
{
    QList<Pair> pairs{{State::Waiting, Step::Idle},         {State::Waiting, Step::Restored},
                      {State::Waiting, Step::Handed},       {State::Waiting, Step::Cancelling},
                      {State::Submitted, Step::Restored},   {State::Submitted, Step::Handed},
                      {State::Submitted, Step::Collecting}, {State::Submitted, Step::Cancelling},
                      {State::Running, Step::Restored},     {State::Running, Step::Handed},
                      {State::Running, Step::Collecting},   {State::Running, Step::Cancelling},
                      {State::Foreign, Step::Idle}};
    for (State ending : endings)
        pairs.append({ending, Step::Idle});
    return pairs;
}

// Every allowed move, one rule of the queue at a time.
QList<Move> allowedMoves()
{
    QList<Move> moves;
    const auto allow = [&moves](Pair from, Pair to) { moves.append({from, to}); };
    const Step heldNotCancelling[] = {Step::Handed, Step::Collecting};
    // Staying where it is.
    for (Pair pair : validPairs())
        allow(pair, pair);
    // Handed to the dispatch to be sent (a restored one is looked up there first).
    allow({State::Waiting, Step::Idle}, {State::Waiting, Step::Handed});
    allow({State::Waiting, Step::Restored}, {State::Waiting, Step::Handed});
    // Restored from the journal while on a server: adopted by the dispatch as it was.
    allow({State::Submitted, Step::Restored}, {State::Submitted, Step::Handed});
    allow({State::Running, Step::Restored}, {State::Running, Step::Handed});
    for (State state : unfinished) {
        for (Step step : heldNotCancelling) {
            if (state == State::Waiting && step == Step::Collecting)
                continue;
            // Sent (again, after a loss) to a server.
            allow({state, step}, {State::Submitted, Step::Handed});
            // Lost on its server: waits in the dispatch for another one.
            allow({state, step}, {State::Waiting, Step::Handed});
            // The user cancels it: the dispatch is asked, the job keeps its state.
            allow({state, step}, {state, Step::Cancelling});
        }
        if (state != State::Waiting) {
            // A cancelled job may still be sent again or lost before the dispatch ends it.
            allow({state, Step::Cancelling}, {State::Submitted, Step::Cancelling});
            allow({state, Step::Cancelling}, {State::Waiting, Step::Cancelling});
        } else {
            allow({state, Step::Cancelling}, {State::Submitted, Step::Cancelling});
        }
        // The dispatch ends it, however it ended.
        for (Step step : {Step::Handed, Step::Collecting, Step::Cancelling}) {
            if (state == State::Waiting && step == Step::Collecting)
                continue;
            for (State ending : endings)
                allow({state, step}, {ending, Step::Idle});
        }
    }
    // It starts (its own events arrive), whatever else is under way.
    for (Step step : {Step::Handed, Step::Collecting, Step::Cancelling})
        allow({State::Submitted, step}, {State::Running, step});
    // The server is done with it; Easel fetches its outputs.
    allow({State::Submitted, Step::Handed}, {State::Submitted, Step::Collecting});
    allow({State::Running, Step::Handed}, {State::Running, Step::Collecting});
    // Taken back by a pause before it ran: Easel's alone again.
    allow({State::Waiting, Step::Handed}, {State::Waiting, Step::Idle});
    allow({State::Submitted, Step::Handed}, {State::Waiting, Step::Idle});
    // A waiting job Easel has alone is cancelled, or fails when its prompt cannot be made.
    for (Step step : {Step::Idle, Step::Restored}) {
        allow({State::Waiting, step}, {State::Cancelled, Step::Idle});
        allow({State::Waiting, step}, {State::Failed, Step::Idle});
    }
    // Retry: a job that did not succeed waits again.
    for (State ending : {State::Failed, State::Cancelled, State::Interrupted})
        allow({ending, Step::Idle}, {State::Waiting, Step::Idle});
    return moves;
}

} // namespace

class tst_QueuedJobStates : public QObject
{
    Q_OBJECT
private slots:
    void validPairs();
    void everyMoveAsTheRulesSay();
    void namedMoves_data();
    void namedMoves();
};

void tst_QueuedJobStates::validPairs()
{
    const QList<Pair> valid = ::validPairs();
    for (State state : allStates) {
        for (Step step : allSteps)
            QVERIFY2(QueuedJob::isValid(state, step) == valid.contains(Pair{state, step}), qPrintable(name({state, step})));
    }
}

void tst_QueuedJobStates::everyMoveAsTheRulesSay()
{
    const QList<Move> allowed = allowedMoves();
    QStringList wrong;
    for (State fromState : allStates) {
        for (Step fromStep : allSteps) {
            for (State toState : allStates) {
                for (Step toStep : allSteps) {
                    const Move move{{fromState, fromStep}, {toState, toStep}};
                    const bool expected = allowed.contains(move);
                    if (QueuedJob::isAllowed(fromState, fromStep, toState, toStep) != expected)
                        wrong.append(QStringLiteral("%1 -> %2 should be %3")
                                         .arg(name(move.first), name(move.second),
                                              expected ? QStringLiteral("allowed") : QStringLiteral("refused")));
                }
            }
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
}

void tst_QueuedJobStates::namedMoves_data()
{
    QTest::addColumn<int>("fromState");
    QTest::addColumn<int>("fromStep");
    QTest::addColumn<int>("toState");
    QTest::addColumn<int>("toStep");
    QTest::addColumn<bool>("allowed");
    const auto row = [](const char *what, Pair from, Pair to, bool allowed) {
        QTest::addRow("%s", what) << int(from.state) << int(from.step) << int(to.state) << int(to.step) << allowed;
    };
    row("a waiting job is handed on", {State::Waiting, Step::Idle}, {State::Waiting, Step::Handed}, true);
    row("a job not handed on never starts", {State::Waiting, Step::Idle}, {State::Running, Step::Idle}, false);
    row("a restored job is not posted blind", {State::Waiting, Step::Restored}, {State::Submitted, Step::Handed}, false);
    row("a done job is not retried", {State::Done, Step::Idle}, {State::Waiting, Step::Idle}, false);
    row("a failed job is retried", {State::Failed, Step::Idle}, {State::Waiting, Step::Idle}, true);
    row("another client's job is never touched", {State::Foreign, Step::Idle}, {State::Cancelled, Step::Idle}, false);
    row("a cancel is never taken back", {State::Submitted, Step::Cancelling}, {State::Submitted, Step::Handed}, false);
    row("a cancelled job is not handed back to the queue", {State::Submitted, Step::Cancelling}, {State::Waiting, Step::Idle}, false);
    row("a running job is not taken back", {State::Running, Step::Handed}, {State::Waiting, Step::Idle}, false);
    row("a job on a server is not cancelled behind the dispatch", {State::Submitted, Step::Handed}, {State::Cancelled, Step::Idle}, true);
    row("a finished job stays finished", {State::Interrupted, Step::Idle}, {State::Running, Step::Handed}, false);
    row("outputs are fetched only for a job a server had", {State::Waiting, Step::Handed}, {State::Waiting, Step::Collecting}, false);
}

void tst_QueuedJobStates::namedMoves()
{
    QFETCH(int, fromState);
    QFETCH(int, fromStep);
    QFETCH(int, toState);
    QFETCH(int, toStep);
    QFETCH(bool, allowed);
    QueuedJob job;
    job.state = State(fromState);
    job.step = Step(fromStep);
    QCOMPARE(job.transition(State(toState), Step(toStep)), allowed);
    // Refused: nothing changed.
    QCOMPARE(int(job.state), allowed ? toState : fromState);
    QCOMPARE(int(job.step), allowed ? toStep : fromStep);
}

QTEST_APPLESS_MAIN(tst_QueuedJobStates)
#include "tst_queuedjobstates.moc"
