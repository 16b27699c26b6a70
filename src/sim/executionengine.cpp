// ExecutionEngine's queue and the plan of a run: pending items, the signature cache and the
// execution order, the messages a run sends, and its start. The steps of a run are in
// executionenginesteps.cpp.
#include "executionengine.h"

#include "executionengine_p.h"
#include "wshub.h"

#include <QDateTime>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Easel::Sim {

using Detail::str;

JsonTree Detail::queueTuple(const ExecutionEngine::QueueItem &item, bool dropSensitive)
{
    JsonTree extra = item.extraData;
    if (dropSensitive) {
        extra.remove(u"auth_token_comfy_org");
        extra.remove(u"api_key_comfy_org");
    }
    JsonTree t = JsonTree::array();
    t.append(JsonTree::fromNumber(item.number));
    t.append(str(item.promptId));
    t.append(item.prompt);
    t.append(extra);
    t.append(JsonTree::fromStringList(item.outputs));
    return t;
}

namespace {
bool itemLess(const ExecutionEngine::QueueItem &a, const ExecutionEngine::QueueItem &b)
{
    const int c = a.number.compare(b.number);
    return c != 0 ? c < 0 : a.promptId < b.promptId;
}
} // namespace

ExecutionEngine::ExecutionEngine(const SimCatalogue &catalogue, WsHub &hub, QObject *parent)
    : QObject(parent), m_catalogue(catalogue), m_hub(hub)
{
}

qint64 ExecutionEngine::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString ExecutionEngine::classOf(const QString &nodeId) const
{
    return m_running->item.prompt.value(nodeId).value(u"class_type").toString();
}

void ExecutionEngine::broadcastStatus()
{
    JsonTree execInfo = JsonTree::object();
    execInfo.insert(u"queue_remaining"_s, JsonTree::fromInt(queueRemaining()));
    JsonTree status = JsonTree::object();
    status.insert(u"exec_info"_s, execInfo);
    JsonTree data = JsonTree::object();
    data.insert(u"status"_s, status);
    m_hub.sendJson(u"status"_s, data, QString());
}

void ExecutionEngine::enqueue(QueueItem item)
{
    m_pending.append(std::move(item));
    broadcastStatus();
    if (!m_running)
        schedule(0);
}

JsonTree ExecutionEngine::queueJson() const
{
    JsonTree running = JsonTree::array();
    if (m_running)
        running.append(Detail::queueTuple(m_running->item, false));
    QList<QueueItem> sorted = m_pending;
    std::sort(sorted.begin(), sorted.end(), itemLess);
    JsonTree pending = JsonTree::array();
    for (const QueueItem &item : std::as_const(sorted))
        pending.append(Detail::queueTuple(item, false));
    JsonTree q = JsonTree::object();
    q.insert(u"queue_running"_s, running);
    q.insert(u"queue_pending"_s, pending);
    return q;
}

void ExecutionEngine::deletePending(const QStringList &ids)
{
    for (const QString &id : ids) {
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            if (m_pending.at(i).promptId == id) {
                m_pending.removeAt(i);
                broadcastStatus();
                break;
            }
        }
    }
}

void ExecutionEngine::clearPending()
{
    m_pending.clear();
    broadcastStatus();
}

void ExecutionEngine::reset()
{
    m_pending.clear();
    m_running.reset();
    m_history.clear();
    m_cache.clear();
    ++m_runSerial;
}

void ExecutionEngine::interrupt(const QString &promptId)
{
    if (m_running && (promptId.isEmpty() || promptId == m_running->item.promptId))
        m_running->interruptRequested = true;
}

QString ExecutionEngine::runningNodeFor(const QString &sid) const
{
    if (!m_running || sid.isEmpty() || m_running->sid != sid || m_running->step == 0
        || m_running->index >= m_running->order.size())
        return {};
    return m_running->order.at(m_running->index);
}

void ExecutionEngine::schedule(int ms)
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(ms, this, [this] {
        m_scheduled = false;
        tick();
    });
}

QString ExecutionEngine::signature(const QString &nodeId, QHash<QString, QString> &memo, int depth) const
{
    if (memo.contains(nodeId))
        return memo.value(nodeId);
    const JsonTree node = m_running->item.prompt.value(nodeId);
    const QString classType = node.value(u"class_type").toString();
    const JsonTree inputs = node.value(u"inputs");
    QString sig = classType + u'(';
    for (int i = 0; i < inputs.size(); ++i) {
        const JsonTree v = inputs.at(i);
        sig += inputs.keys().at(i) + u'=';
        if (v.isArray() && v.size() == 2 && v.at(0).isString() && depth < 256)
            sig += u'<' + signature(v.at(0).toString(), memo, depth + 1) + u'#' + v.at(1).toPythonString() + u'>';
        else
            sig += v.toPythonString();
        sig += u';';
    }
    sig += u')';
    if (classType == "CaptureProgressPreview"_L1) // IS_CHANGED returns time.time()
        sig += u"@run"_s + QString::number(m_runSerial);
    memo.insert(nodeId, sig);
    return sig;
}

QStringList ExecutionEngine::executionOrder(const QStringList &outputs, const QSet<QString> &cached) const
{
    QStringList order;
    QSet<QString> seen;
    std::function<void(const QString &, int)> visit = [&](const QString &id, int depth) {
        if (seen.contains(id) || depth > 1024)
            return;
        seen.insert(id);
        if (!cached.contains(id)) {
            const JsonTree inputs = m_running->item.prompt.value(id).value(u"inputs");
            for (int i = 0; i < inputs.size(); ++i) {
                const JsonTree v = inputs.at(i);
                if (v.isArray() && v.size() == 2 && v.at(0).isString())
                    visit(v.at(0).toString(), depth + 1);
            }
        }
        order.append(id);
    };
    for (const QString &o : outputs)
        visit(o, 0);
    return order;
}

void ExecutionEngine::addMessage(const QString &type, const JsonTree &data, bool broadcastIfNoClient)
{
    JsonTree entry = JsonTree::array();
    entry.append(str(type));
    entry.append(data);
    m_running->messages.append(entry);
    if (!m_running->sid.isEmpty() || broadcastIfNoClient)
        m_hub.sendJson(type, data, m_running->sid);
}

JsonTree ExecutionEngine::withPrompt(JsonTree data) const
{
    data.insert(u"prompt_id"_s, str(m_running->item.promptId));
    return data;
}

void ExecutionEngine::sendProgressState()
{
    const Run &run = *m_running;
    JsonTree nodes = JsonTree::object();
    for (const QString &id : run.progressOrder) {
        const NodeProgress &p = run.progress[id];
        JsonTree n = JsonTree::object();
        n.insert(u"value"_s, JsonTree::fromNumber(p.value));
        n.insert(u"max"_s, JsonTree::fromNumber(p.max));
        n.insert(u"state"_s, str(p.finished ? u"finished"_s : u"running"_s));
        n.insert(u"node_id"_s, str(id));
        n.insert(u"prompt_id"_s, str(run.item.promptId));
        n.insert(u"display_node_id"_s, str(id));
        n.insert(u"parent_node_id"_s, JsonTree());
        n.insert(u"real_node_id"_s, str(id));
        nodes.insert(id, n);
    }
    JsonTree data = JsonTree::object();
    data.insert(u"prompt_id"_s, str(run.item.promptId));
    data.insert(u"nodes"_s, nodes);
    m_hub.sendJson(u"progress_state"_s, data, run.sid);
}

void ExecutionEngine::setHeld(bool held)
{
    m_held = held;
    if (!m_held && !m_running && !m_pending.isEmpty())
        schedule(0);
}

void ExecutionEngine::startNext()
{
    if (m_pending.isEmpty() || m_held)
        return;
    auto it = std::min_element(m_pending.begin(), m_pending.end(), itemLess);
    m_running = std::make_unique<Run>();
    m_running->item = *it;
    m_pending.erase(it);
    ++m_runSerial;
    Run &run = *m_running;
    run.sid = run.item.extraData.value(u"client_id").toString();
    broadcastStatus();
    emit promptStarted(run.item.promptId);

    const QStringList all = run.item.prompt.keys();
    QSet<QString> needed;
    const QStringList fullOrder = executionOrder(run.item.outputs, {});
    for (const QString &id : fullOrder)
        needed.insert(id);
    for (const QString &id : all) {
        run.signatures.insert(id, signature(id, run.signatures));
        if (needed.contains(id) && m_cache.contains(run.signatures.value(id))) {
            run.cachedNodes.insert(id);
            run.cachedListed.append(id);
        }
    }
    run.order = executionOrder(run.item.outputs, run.cachedNodes);
    JsonTree start = withPrompt(JsonTree::object());
    start.insert(u"timestamp"_s, JsonTree::fromInt(nowMs()));
    addMessage(u"execution_start"_s, start, false);
    JsonTree cached = JsonTree::object();
    cached.insert(u"nodes"_s, JsonTree::fromStringList(run.cachedListed));
    cached = withPrompt(cached);
    cached.insert(u"timestamp"_s, JsonTree::fromInt(nowMs()));
    addMessage(u"execution_cached"_s, cached, false);
}

} // namespace Easel::Sim
