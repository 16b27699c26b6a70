#include "jobprogress.h"

#include "serverevent.h"

#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Easel {

JobProgress::JobProgress(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { flush({}); });
}

void JobProgress::track(const QString &promptId, int nodeCount)
{
    Prompt prompt;
    prompt.nodeCount = nodeCount;
    m_prompts.insert(promptId, prompt);
}

void JobProgress::untrack(const QString &promptId)
{
    m_prompts.remove(promptId);
}

void JobProgress::nodesCached(const QString &promptId, const QStringList &nodes)
{
    auto it = m_prompts.find(promptId);
    if (it == m_prompts.end())
        return;
    for (const QString &node : nodes)
        it->cached.insert(node);
    report(promptId, {});
}

void JobProgress::stepped(const QString &promptId, const QString &nodeId, double value, double max)
{
    if (!m_prompts.contains(promptId))
        return;
    Pending &next = pending(promptId);
    next.step = true;
    next.stepNode = nodeId;
    next.stepValue = value;
    next.stepMax = max;
    if (max > 0)
        m_prompts[promptId].nodeFraction.insert(nodeId, std::clamp(value / max, 0.0, 1.0));
    report(promptId, nodeId);
}

void JobProgress::nodeStates(const QString &promptId, const QList<NodeProgress> &nodes)
{
    auto it = m_prompts.find(promptId);
    if (it == m_prompts.end())
        return;
    QString running;
    for (const NodeProgress &node : nodes) {
        const double fraction = node.state == "finished"_L1 ? 1.0
                                : node.max > 0 ? std::clamp(node.value / node.max, 0.0, 1.0)
                                               : 0.0;
        it->nodeFraction.insert(node.nodeId, fraction);
        if (node.state == "running"_L1)
            running = node.displayNodeId.isEmpty() ? node.nodeId : node.displayNodeId;
    }
    report(promptId, running);
}

void JobProgress::nodeStarted(const QString &promptId, const QString &nodeId, const QString &shownId)
{
    const auto it = m_pending.find(promptId);
    if (it == m_pending.end())
        return;
    if (it->step && it->stepNode != nodeId)
        it->step = false;
    if (it->fraction)
        it->fractionNode = shownId;
}

void JobProgress::report(const QString &promptId, const QString &nodeId)
{
    Prompt &prompt = m_prompts[promptId];
    double done = 0;
    int finishedNodes = 0;
    for (auto it = prompt.nodeFraction.cbegin(); it != prompt.nodeFraction.cend(); ++it) {
        done += it.value();
        finishedNodes += it.value() >= 1.0 ? 1 : 0;
    }
    for (const QString &cached : std::as_const(prompt.cached)) {
        if (!prompt.nodeFraction.contains(cached)) {
            done += 1.0;
            ++finishedNodes;
        }
    }
    Pending &next = pending(promptId);
    next.nodes = true;
    next.done = std::min(finishedNodes, prompt.nodeCount);
    next.total = prompt.nodeCount;
    next.fraction = true;
    next.fractionValue = std::clamp(done / prompt.nodeCount, 0.0, 1.0);
    next.fractionNode = nodeId;
    // A prompt's first progress goes out at once: it says the prompt has started, which
    // the queue acts on (a started job is not sent again after a restart). Only the
    // stream of updates after it is coalesced.
    if (m_intervalMs <= 0 || !prompt.shown) {
        prompt.shown = true;
        flush(promptId); // `prompt` may not survive this (a slot can submit)
    } else if (!m_timer->isActive()) {
        m_timer->start(m_intervalMs);
    }
}

JobProgress::Pending &JobProgress::pending(const QString &promptId)
{
    if (m_intervalMs > 0 && !m_timer->isActive())
        m_timer->start(m_intervalMs);
    return m_pending[promptId];
}

void JobProgress::flush(const QString &promptId)
{
    if (!promptId.isEmpty()) {
        // One prompt (every event when not coalesced): no hash of its own for one entry.
        const auto it = m_pending.find(promptId);
        if (it == m_pending.end())
            return;
        Pending p = std::move(*it);
        m_pending.erase(it);
        send(promptId, std::move(p));
        return;
    }
    QHash<QString, Pending> due;
    due.swap(m_pending);
    // Slots may submit or finish jobs: `due` is ours, nothing here refers into m_prompts.
    for (auto it = due.begin(); it != due.end(); ++it)
        send(it.key(), std::move(it.value()));
}

void JobProgress::send(const QString &promptId, Pending p)
{
    // Unchanged counts and fraction are left out (decided before any slot runs: a slot may
    // submit and grow m_prompts). An untracked prompt's last state goes out as it is.
    if (const auto prompt = m_prompts.find(promptId); prompt != m_prompts.end()) {
        if (p.nodes && p.done == prompt->sentDone && p.total == prompt->sentTotal)
            p.nodes = false;
        if (p.fraction && p.fractionValue == prompt->sentFraction && p.fractionNode == prompt->sentNode)
            p.fraction = false;
        if (p.nodes) {
            prompt->sentDone = p.done;
            prompt->sentTotal = p.total;
        }
        if (p.fraction) {
            prompt->sentFraction = p.fractionValue;
            prompt->sentNode = p.fractionNode;
        }
    }
    if (p.step)
        emit stepProgress(promptId, p.stepNode, p.stepValue, p.stepMax);
    if (p.nodes)
        emit nodesDone(promptId, p.done, p.total);
    if (p.fraction)
        emit progress(promptId, p.fractionValue, p.fractionNode);
}

} // namespace Easel
