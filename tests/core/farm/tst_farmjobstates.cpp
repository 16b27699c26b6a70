// A farm job's state moves only as the farm's rules allow. The expected moves are written
// here from those rules, event by event (what can happen to a job on its road through the
// farm), and every pair of states is checked against FarmJob::isAllowed; the named rows
// are the moves a bug would most likely make.
#include "farmjob.h"

#include <QSet>
#include <QTest>

using namespace Easel;
using State = FarmJob::State;

namespace {

constexpr State allStates[] = {State::Waiting,    State::Uploading,  State::Posting,  State::PostingCancelled,
                               State::PostingTakenBack, State::Adopted, State::OnServer, State::TakingBack,
                               State::Cancelling, State::LeftServer, State::Done,     State::Failed};

using Move = std::pair<State, State>;

QList<Move> allowedMoves()
{
    QList<Move> moves;
    const auto allow = [&moves](State from, std::initializer_list<State> to) {
        for (State state : to)
            moves.append({from, state});
    };
    // Placed on a server: its images uploaded first when it has any, then posted. No
    // server can run it, or it is cancelled or taken back before it goes: it fails here.
    allow(State::Waiting, {State::Uploading, State::Posting, State::Failed});
    allow(State::Uploading, {State::Posting, State::Failed});
    // Posted: answered, or its events come first (the server may be done with it before
    // the answer arrives); a cancel or a take-back asked meanwhile waits for the answer.
    for (State posting : {State::Posting, State::PostingTakenBack})
        allow(posting, {State::OnServer, State::LeftServer});
    allow(State::Posting, {State::PostingCancelled, State::PostingTakenBack});
    allow(State::PostingTakenBack, {State::PostingCancelled}); // a cancel overrides a take-back
    allow(State::PostingCancelled, {State::Cancelling});
    // Adopted after a restart: followed as any once its server answers; it may have
    // finished there while Easel was away.
    allow(State::Adopted, {State::OnServer, State::LeftServer});
    // On a server: a pause asks for it back (answered either way), a cancel, the server done.
    allow(State::OnServer, {State::TakingBack, State::LeftServer});
    allow(State::TakingBack, {State::OnServer, State::LeftServer});
    // Cancelled wherever it is on a server once the POST was answered.
    for (State on : {State::Adopted, State::OnServer, State::TakingBack, State::LeftServer})
        allow(on, {State::Cancelling});
    // Lost (an upload or a POST that failed in transit, a server down too long or one that
    // forgot it): it waits again, to go elsewhere. Never a cancelled one.
    for (State on : {State::Uploading, State::Posting, State::PostingTakenBack, State::Adopted, State::OnServer,
                     State::TakingBack, State::LeftServer})
        allow(on, {State::Waiting});
    // Ending: a job on a server ends however its server says, a cancelled one too.
    for (State on : {State::Posting, State::PostingCancelled, State::PostingTakenBack, State::Adopted,
                     State::OnServer, State::TakingBack, State::Cancelling, State::LeftServer})
        allow(on, {State::Done, State::Failed});
    return moves;
}

} // namespace

class tst_FarmJobStates : public QObject
{
    Q_OBJECT

private slots:
    void everyMoveMatchesTheRules();
    void namedMoves_data();
    void namedMoves();
    void refusedMoveChangesNothing();
    void onServerAndPlaces();
};

void tst_FarmJobStates::everyMoveMatchesTheRules()
{
    const QList<Move> allowed = allowedMoves();
    int checked = 0;
    for (State from : allStates) {
        for (State to : allStates) {
            const bool expected = from == to || allowed.contains(Move{from, to});
            QVERIFY2(FarmJob::isAllowed(from, to) == expected,
                     qPrintable(QStringLiteral("%1 -> %2: expected %3")
                                    .arg(QLatin1String(FarmJob::name(from)), QLatin1String(FarmJob::name(to)),
                                         expected ? QStringLiteral("allowed") : QStringLiteral("refused"))));
            ++checked;
        }
    }
    QCOMPARE(checked, 144);
}

void tst_FarmJobStates::namedMoves_data()
{
    QTest::addColumn<State>("from");
    QTest::addColumn<State>("to");
    QTest::addColumn<bool>("allowed");
    // A cancelled job whose server is lost is never run again.
    QTest::newRow("cancelling job lost: not requeued") << State::Cancelling << State::Waiting << false;
    QTest::newRow("cancel before the answer: not requeued") << State::PostingCancelled << State::Waiting << false;
    // A cancel is not undone by a later pause, nor by its server being done with it.
    QTest::newRow("cancelled, then taken back") << State::PostingCancelled << State::PostingTakenBack << false;
    QTest::newRow("cancelling, server done") << State::Cancelling << State::LeftServer << false;
    QTest::newRow("cancelling, then taken back") << State::Cancelling << State::TakingBack << false;
    // A delete may not overtake the POST: the cancel waits for the answer.
    QTest::newRow("cancel before the answer goes straight out") << State::Posting << State::Cancelling << false;
    QTest::newRow("take-back before the answer goes straight out") << State::Posting << State::TakingBack << false;
    // A server done with the job is not asked to delete it for a pause.
    QTest::newRow("left server, taken back") << State::LeftServer << State::TakingBack << false;
    // An adopted job is not taken back before its server was asked about it.
    QTest::newRow("adopted, taken back") << State::Adopted << State::TakingBack << false;
    // Finished is final: a retry is a new record.
    QTest::newRow("done, waiting again") << State::Done << State::Waiting << false;
    QTest::newRow("failed, posting again") << State::Failed << State::Posting << false;
    QTest::newRow("done, failed") << State::Done << State::Failed << false;
    // Nothing is posted twice without going through Waiting.
    QTest::newRow("on server, posting again") << State::OnServer << State::Posting << false;
    QTest::newRow("waiting, on server without a POST") << State::Waiting << State::OnServer << false;
    // The moves the farm needs.
    QTest::newRow("events before the POST's answer") << State::Posting << State::LeftServer << true;
    QTest::newRow("cancel asked on the answer") << State::PostingCancelled << State::Cancelling << true;
    QTest::newRow("lost while downloading: runs again") << State::LeftServer << State::Waiting << true;
    QTest::newRow("cancelled while downloading") << State::LeftServer << State::Cancelling << true;
    QTest::newRow("take-back answered: still there") << State::TakingBack << State::OnServer << true;
    QTest::newRow("upload failed in transit") << State::Uploading << State::Waiting << true;
}

void tst_FarmJobStates::namedMoves()
{
    QFETCH(State, from);
    QFETCH(State, to);
    QFETCH(bool, allowed);
    QCOMPARE(FarmJob::isAllowed(from, to), allowed);
    FarmJob job;
    job.state = from;
    QCOMPARE(job.transition(to), allowed);
    QCOMPARE(job.state, allowed ? to : from);
}

void tst_FarmJobStates::refusedMoveChangesNothing()
{
    FarmJob job;
    QVERIFY(job.transition(State::Posting));
    QVERIFY(job.transition(State::PostingCancelled));
    QVERIFY(!job.transition(State::Waiting));
    QCOMPARE(job.state, State::PostingCancelled);
    QVERIFY(job.isCancelled());
    QVERIFY(!job.isAccepted());
    QVERIFY(job.transition(State::Cancelling));
    QVERIFY(job.isAccepted());
    QVERIFY(job.transition(State::Failed));
    QVERIFY(job.isFinished());
    QVERIFY(!job.transition(State::Waiting));
}

// Which states count as on a server (their traffic is the job's) and as holding a place in
// a server's window: a job whose server is done frees its place before its downloads end,
// but a cancelled one keeps it until it ends.
void tst_FarmJobStates::onServerAndPlaces()
{
    const QSet<State> onServer{State::Posting,  State::PostingCancelled, State::PostingTakenBack,
                               State::Adopted,  State::OnServer,         State::TakingBack,
                               State::Cancelling, State::LeftServer};
    for (State state : allStates) {
        FarmJob job;
        job.state = state;
        QCOMPARE(job.isOnServer(), onServer.contains(state));
        const bool place = state == State::Uploading || (onServer.contains(state) && state != State::LeftServer);
        QVERIFY2(job.holdsPlace() == place, FarmJob::name(state));
    }
}

QTEST_GUILESS_MAIN(tst_FarmJobStates)
#include "tst_farmjobstates.moc"
