#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Easel {

struct NodeProgress;

// The progress of the prompts a JobRunner follows, from their events: how much of each
// node is done (a cached node counts as done), how many of the prompt's nodes finished,
// and the running node's own steps. Each change goes out at once, or (with an interval)
// the newest state of each prompt at most once per interval, a prompt's first progress
// always at once: it says the prompt has started, which a queue acts on.
class JobProgress : public QObject
{
    Q_OBJECT
public:
    explicit JobProgress(QObject *parent = nullptr);

    // 0 (the default) = every change at once. See JobRunner::setProgressIntervalMs.
    void setIntervalMs(int ms) { m_intervalMs = ms; }

    // A prompt of nodeCount nodes starts (again) from nothing.
    void track(const QString &promptId, int nodeCount);
    // Forgets the prompt's nodes; what is pending for it still goes out with the next flush.
    void untrack(const QString &promptId);

    // What its events say (execution_cached, progress, progress_state); a prompt that is
    // not tracked is ignored.
    void nodesCached(const QString &promptId, const QStringList &nodes);
    void stepped(const QString &promptId, const QString &nodeId, double value, double max);
    void nodeStates(const QString &promptId, const QList<NodeProgress> &nodes);
    // The prompt's next node started (executing): a state held back by the interval names
    // it as the running node when it goes out, and a held-back step of another node is
    // dropped. Sent as they were, after the node's start, they named the node that had
    // finished as the running one until the next message.
    // (nodeId as progress events name it; shownId as the queue names the running node: a
    // subgraph's inner node is shown by its display id.)
    void nodeStarted(const QString &promptId, const QString &nodeId, const QString &shownId);

    // Sends what is pending now: for one prompt, or (empty) for every one.
    void flush(const QString &promptId = {});

signals:
    void stepProgress(const QString &promptId, const QString &nodeId, double value, double max);
    void nodesDone(const QString &promptId, int done, int total);
    void progress(const QString &promptId, double fraction, const QString &nodeId);

private:
    struct Prompt
    {
        int nodeCount = 1;
        QSet<QString> cached;
        QHash<QString, double> nodeFraction;
        bool shown = false; // its first progress went out (later ones may be coalesced)
        // What nodesDone and progress last said: the same again is not sent (a running
        // prompt repeats its state in every progress_state message).
        int sentDone = -1, sentTotal = -1;
        double sentFraction = -1;
        QString sentNode;
    };
    struct Pending
    {
        bool fraction = false, nodes = false, step = false;
        double fractionValue = 0;
        QString fractionNode;
        int done = 0, total = 0;
        QString stepNode;
        double stepValue = 0, stepMax = 0;
    };

    Pending &pending(const QString &promptId);
    void send(const QString &promptId, Pending p);
    void report(const QString &promptId, const QString &nodeId);

    QHash<QString, Prompt> m_prompts;
    QHash<QString, Pending> m_pending;
    QTimer *m_timer;
    int m_intervalMs = 0;
};

} // namespace Easel
