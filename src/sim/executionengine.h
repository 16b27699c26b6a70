#pragma once

#include "historystore.h"
#include "jsontree.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace Easel::Sim {

class FaultInjector;
class SimCatalogue;
class WsHub;

// The single prompt worker: a min-heap queue, the classic input-signature cache, and the
// per-node message sequence of comfyui-protocol.md §2.4, paced by the event loop.
class ExecutionEngine : public QObject
{
    Q_OBJECT
public:
    struct QueueItem
    {
        JsonNumber number;
        QString promptId;
        JsonTree prompt;
        JsonTree extraData;
        QStringList outputs;
    };

    ExecutionEngine(const SimCatalogue &catalogue, WsHub &hub, QObject *parent = nullptr);

    void setStepMs(int ms) { m_stepMs = qMax(0, ms); }
    int stepMs() const { return m_stepMs; }
    void setDataDir(const QString &dir) { m_dataDir = dir; }
    void setFaultInjector(FaultInjector *injector) { m_injector = injector; }
    // Held: prompts are accepted and listed as pending but none starts until released (a
    // test's way to know a prompt is still waiting on the server when it acts).
    void setHeld(bool held);
    bool isHeld() const { return m_held; }

    void enqueue(QueueItem item);
    int queueRemaining() const { return int(m_pending.size()) + (m_running ? 1 : 0); }
    JsonTree queueJson() const;
    void deletePending(const QStringList &ids);
    void clearPending();
    // Empty id = global; otherwise only if it is the running prompt.
    void interrupt(const QString &promptId);
    void freeMemory() { m_cache.clear(); }
    // A server restart: pending, running, history and cache are gone, without messages.
    void reset();
    HistoryStore &history() { return m_history; }
    // The node the prompt of `sid` is executing (reconnect hint), or empty.
    QString runningNodeFor(const QString &sid) const;

signals:
    void promptStarted(const QString &promptId);
    void promptFinished(const QString &promptId);

private:
    enum class Terminal { Success, Error, Interrupted };
    struct NodeProgress
    {
        JsonNumber value;
        JsonNumber max;
        bool finished = false;
    };
    struct Run
    {
        QueueItem item;
        QString sid;
        QStringList order;        // execution list
        QSet<QString> cachedNodes;
        QStringList cachedListed; // execution_cached.nodes
        QHash<QString, QString> signatures;
        int index = 0;            // into order
        int step = 0;             // 0 = node not started
        int steps = 0;
        QStringList executed;
        QStringList progressOrder;
        QHash<QString, NodeProgress> progress;
        JsonTree messages = JsonTree::array();
        JsonTree uiOutputs = JsonTree::object();
        bool interruptRequested = false;
    };

    void broadcastStatus();
    void schedule(int ms);
    void startNext();
    void tick();
    void runStep();
    void finishNode();
    void finish(Terminal terminal, const JsonTree &terminalData);
    void addMessage(const QString &type, const JsonTree &data, bool broadcastIfNoClient);
    void sendProgressState();
    JsonTree withPrompt(JsonTree data) const;
    QString signature(const QString &nodeId, QHash<QString, QString> &memo, int depth = 0) const;
    QStringList executionOrder(const QStringList &outputs, const QSet<QString> &cached) const;
    QString classOf(const QString &nodeId) const;
    static qint64 nowMs();

    const SimCatalogue &m_catalogue;
    WsHub &m_hub;
    FaultInjector *m_injector = nullptr;
    QString m_dataDir;
    int m_stepMs = 0;
    bool m_held = false;
    QList<QueueItem> m_pending;
    std::unique_ptr<Run> m_running;
    bool m_scheduled = false;
    QHash<QString, JsonTree> m_cache; // signature -> ui output (null = none)
    HistoryStore m_history;
    quint64 m_runSerial = 0;
};

} // namespace Easel::Sim
