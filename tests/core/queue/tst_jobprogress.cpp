// JobProgress: what a prompt's progress events say, and only what changed. A running
// prompt repeats its whole state in every progress_state message; the same counts and
// fraction are not sent again.
#include "jobprogress.h"
#include "serverevent.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Easel;

class tst_JobProgress : public QObject
{
    Q_OBJECT
private slots:
    void repeatedStateIsNotSentAgain();
    void retrackedPromptSendsAgain();
    void intervalSendsFirstAtOnceThenNewest();
    void heldBackStateNamesTheNodeThatStarted();
};

static NodeProgress node(const QString &id, const QString &state, double value, double max)
{
    NodeProgress n;
    n.nodeId = id;
    n.state = state;
    n.value = value;
    n.max = max;
    return n;
}

void tst_JobProgress::repeatedStateIsNotSentAgain()
{
    JobProgress progress;
    progress.track(u"p"_s, 4);
    QSignalSpy done(&progress, &JobProgress::nodesDone);
    QSignalSpy fraction(&progress, &JobProgress::progress);
    QSignalSpy steps(&progress, &JobProgress::stepProgress);
    const QList<NodeProgress> first = {node(u"1"_s, u"finished"_s, 1, 1), node(u"2"_s, u"running"_s, 1, 4)};
    progress.nodeStates(u"p"_s, first);
    QCOMPARE(done.count(), 1);
    QCOMPARE(done.last().at(1).toInt(), 1); // node 1 of 4
    QCOMPARE(fraction.count(), 1);
    QCOMPARE(fraction.last().at(1).toDouble(), 1.25 / 4);
    QCOMPARE(fraction.last().at(2).toString(), u"2"_s);
    progress.nodeStates(u"p"_s, first); // the same again: nothing new to say
    QCOMPARE(done.count(), 1);
    QCOMPARE(fraction.count(), 1);
    // A step of node 2: its own progress goes out, and the fraction moved; the count not.
    progress.stepped(u"p"_s, u"2"_s, 2, 4);
    QCOMPARE(steps.count(), 1);
    QCOMPARE(done.count(), 1);
    QCOMPARE(fraction.count(), 2);
    QCOMPARE(fraction.last().at(1).toDouble(), 1.5 / 4);
    // Node 2 finishes: the count moves.
    progress.nodeStates(u"p"_s, {node(u"1"_s, u"finished"_s, 1, 1), node(u"2"_s, u"finished"_s, 4, 4)});
    QCOMPARE(done.count(), 2);
    QCOMPARE(done.last().at(1).toInt(), 2);
    QCOMPARE(fraction.count(), 3);
    QCOMPARE(fraction.last().at(1).toDouble(), 0.5);
    // The same fraction with another running node is news (the queue shows the node).
    progress.nodeStates(u"p"_s, {node(u"1"_s, u"finished"_s, 1, 1), node(u"2"_s, u"finished"_s, 4, 4),
                                 node(u"3"_s, u"running"_s, 0, 1)});
    QCOMPARE(done.count(), 2);
    QCOMPARE(fraction.count(), 4);
    QCOMPARE(fraction.last().at(2).toString(), u"3"_s);
}

void tst_JobProgress::retrackedPromptSendsAgain()
{
    JobProgress progress;
    QSignalSpy done(&progress, &JobProgress::nodesDone);
    const QList<NodeProgress> state = {node(u"1"_s, u"finished"_s, 1, 1)};
    progress.track(u"p"_s, 2);
    progress.nodeStates(u"p"_s, state);
    progress.track(u"p"_s, 2); // submitted again: starts from nothing
    progress.nodeStates(u"p"_s, state);
    QCOMPARE(done.count(), 2);
}

// easel-run's terminal rate (and the window's display rate): within an interval a prompt's
// first state goes out at once (the queue marks the job started on it), later ones wait
// and only the newest is sent, by the timer or by a flush (a node starting, the job ending).
void tst_JobProgress::intervalSendsFirstAtOnceThenNewest()
{
    JobProgress progress;
    progress.setIntervalMs(60 * 60 * 1000); // the timer never fires here: flushes decide
    progress.track(u"p"_s, 4);
    QSignalSpy done(&progress, &JobProgress::nodesDone);
    QSignalSpy fraction(&progress, &JobProgress::progress);
    QSignalSpy steps(&progress, &JobProgress::stepProgress);
    progress.nodeStates(u"p"_s, {node(u"1"_s, u"running"_s, 0, 1)});
    QCOMPARE(fraction.count(), 1);
    QCOMPARE(done.count(), 1);
    for (int step = 1; step <= 10; ++step) {
        progress.stepped(u"p"_s, u"2"_s, step, 10);
        progress.nodeStates(u"p"_s, {node(u"1"_s, u"finished"_s, 1, 1), node(u"2"_s, u"running"_s, step, 10)});
    }
    QCOMPARE(fraction.count(), 1); // 20 events held back
    QCOMPARE(steps.count(), 0);
    QCOMPARE(done.count(), 1);
    progress.flush(u"p"_s);
    QCOMPARE(steps.count(), 1);
    QCOMPARE(steps.last().at(2).toDouble(), 10.0); // the newest step only
    QCOMPARE(done.count(), 2);
    QCOMPARE(done.last().at(1).toInt(), 2);
    QCOMPARE(fraction.count(), 2);
    QCOMPARE(fraction.last().at(1).toDouble(), 0.5);
    progress.flush(u"p"_s); // nothing pending: nothing again
    QCOMPARE(fraction.count(), 2);
}

// A state held back by the interval goes out after the next node started (the runner does
// not flush on a node's start): it names the node running now, not the one that finished,
// and the finished node's step is not sent as the running one's.
void tst_JobProgress::heldBackStateNamesTheNodeThatStarted()
{
    JobProgress progress;
    progress.setIntervalMs(60 * 60 * 1000);
    progress.track(u"p"_s, 3);
    QSignalSpy fraction(&progress, &JobProgress::progress);
    QSignalSpy steps(&progress, &JobProgress::stepProgress);
    progress.nodeStates(u"p"_s, {node(u"1"_s, u"running"_s, 0, 1)});
    QCOMPARE(fraction.count(), 1);
    progress.stepped(u"p"_s, u"1"_s, 1, 2);
    progress.nodeStates(u"p"_s, {node(u"1"_s, u"running"_s, 1, 2)});
    progress.nodeStarted(u"p"_s, u"2"_s, u"2"_s);
    progress.flush(u"p"_s);
    QCOMPARE(fraction.count(), 2);
    QCOMPARE(fraction.last().at(1).toDouble(), 0.5 / 3);
    QCOMPARE(fraction.last().at(2).toString(), u"2"_s);
    QCOMPARE(steps.count(), 0); // node 1's step: it is not the running node any more
    // A step of the node that started is kept; a subgraph's inner node is named as shown.
    progress.stepped(u"p"_s, u"5"_s, 1, 4);
    progress.nodeStarted(u"p"_s, u"5"_s, u"9:5"_s);
    progress.flush(u"p"_s);
    QCOMPARE(steps.count(), 1);
    QCOMPARE(steps.last().at(1).toString(), u"5"_s);
    QCOMPARE(fraction.last().at(2).toString(), u"9:5"_s);
    // Nothing held back: a start sends nothing.
    progress.nodeStarted(u"p"_s, u"3"_s, u"3"_s);
    progress.flush(u"p"_s);
    QCOMPARE(fraction.count(), 3);
}

QTEST_GUILESS_MAIN(tst_JobProgress)
#include "tst_jobprogress.moc"
