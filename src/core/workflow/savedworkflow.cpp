#include "savedworkflow.h"

#include <QCoreApplication>

#include <limits>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

// Slot indices and ids may arrive as numbers or as strings of digits (§5.1).
QString numberIdText(const JsonNumber &n)
{
    if (!n.isInteger()) {
        constexpr qint64 outOfRange = std::numeric_limits<qint64>::min();
        const qint64 whole = n.toInt64(outOfRange);
        if (whole != outOfRange && double(whole) == n.toDouble()) // 5.0 -> "5"
            return QString::number(whole);
    }
    return n.toText();
}

QString typeText(const JsonTree &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray()) { // a list of types: comma-joined like the server's unions
        QStringList parts;
        for (int i = 0; i < value.size(); ++i)
            parts.append(typeText(value.at(i)));
        return parts.join(u',');
    }
    if (value.isNumber())
        return numberIdText(value.toNumber());
    return {};
}

SavedNode readNode(const JsonTree &n)
{
    SavedNode node;
    node.id = savedIdText(n.value(u"id"));
    node.type = n.value(u"type").toString();
    if (const JsonTree *title = n.find(u"title"); title && title->isString())
        node.title = title->toString();
    node.mode = int(savedInteger(n.value(u"mode"), 0));
    if (const JsonTree *inputs = n.find(u"inputs"); inputs && inputs->isArray()) {
        node.inputs.reserve(inputs->size());
        for (int i = 0; i < inputs->size(); ++i) {
            const JsonTree &in = inputs->at(i);
            SavedNodeInput input;
            input.name = in.value(u"name").toString();
            input.type = typeText(in.value(u"type"));
            input.link = savedInteger(in.value(u"link"), -1);
            if (const JsonTree *widget = in.find(u"widget"); widget && widget->isObject())
                input.widgetName = widget->value(u"name").toString();
            node.inputs.append(std::move(input));
        }
    }
    if (const JsonTree *outputs = n.find(u"outputs"); outputs && outputs->isArray()) {
        node.outputs.reserve(outputs->size());
        for (int i = 0; i < outputs->size(); ++i) {
            const JsonTree &out = outputs->at(i);
            node.outputs.append({out.value(u"name").toString(), typeText(out.value(u"type"))});
        }
    }
    if (const JsonTree *values = n.find(u"widgets_values"))
        node.widgetsValues = *values;
    return node;
}

void readLinks(const JsonTree &links, SavedGraph &graph)
{
    if (!links.isArray())
        return;
    graph.links.reserve(links.size());
    for (int i = 0; i < links.size(); ++i) {
        const JsonTree &l = links.at(i);
        SavedLink link;
        if (l.isArray() && l.size() >= 5) { // [id, origin, origin_slot, target, target_slot, type]
            link.id = savedInteger(l.at(0));
            link.originId = savedIdText(l.at(1));
            link.originSlot = int(savedInteger(l.at(2), 0));
            link.targetId = savedIdText(l.at(3));
            link.targetSlot = int(savedInteger(l.at(4), 0));
            if (l.size() > 5)
                link.type = typeText(l.at(5));
        } else if (l.isObject()) {
            link.id = savedInteger(l.value(u"id"));
            link.originId = savedIdText(l.value(u"origin_id"));
            link.originSlot = int(savedInteger(l.value(u"origin_slot"), 0));
            link.targetId = savedIdText(l.value(u"target_id"));
            link.targetSlot = int(savedInteger(l.value(u"target_slot"), 0));
            link.type = typeText(l.value(u"type"));
        } else {
            continue;
        }
        if (link.id >= 0 || l.isObject())
            graph.links.insert(link.id, link);
    }
}

void readNodes(const JsonTree &nodes, SavedGraph &graph, WorkflowDiagnostics *diagnostics)
{
    if (!nodes.isArray())
        return;
    graph.nodes.reserve(nodes.size());
    for (int i = 0; i < nodes.size(); ++i) {
        if (!nodes.at(i).isObject())
            continue;
        SavedNode node = readNode(nodes.at(i));
        if (graph.nodeIndex.contains(node.id)) {
            if (diagnostics) {
                diagnostics->append({WorkflowDiagnostic::Severity::Warning, WorkflowDiagnostic::Kind::Structure,
                                     node.id, node.type, {},
                                     QCoreApplication::translate("Easel::SavedWorkflow", "two nodes have the id %1; the second is ignored").arg(node.id)});
            }
            continue;
        }
        graph.nodeIndex.insert(node.id, graph.nodes.size());
        graph.nodes.append(std::move(node));
    }
}

QList<SavedSubgraphSlot> readSlots(const JsonTree &slotList)
{
    QList<SavedSubgraphSlot> result;
    for (int i = 0; slotList.isArray() && i < slotList.size(); ++i) {
        const JsonTree &s = slotList.at(i);
        SavedSubgraphSlot slot{s.value(u"name").toString(), typeText(s.value(u"type")), {}};
        const JsonTree ids = s.value(u"linkIds");
        for (int k = 0; ids.isArray() && k < ids.size(); ++k)
            slot.linkIds.append(savedInteger(ids.at(k)));
        result.append(std::move(slot));
    }
    return result;
}

void readDefinitions(const JsonTree &tree, QHash<QString, SavedGraph> &out, WorkflowDiagnostics *diagnostics,
                     int depth)
{
    const JsonTree *definitions = tree.find(u"definitions");
    if (!definitions || depth > 64)
        return;
    const JsonTree subgraphs = definitions->value(u"subgraphs");
    for (int i = 0; subgraphs.isArray() && i < subgraphs.size(); ++i) {
        const JsonTree &d = subgraphs.at(i);
        SavedGraph graph;
        graph.id = d.value(u"id").toString();
        graph.name = d.value(u"name").toString();
        graph.inputs = readSlots(d.value(u"inputs"));
        graph.outputs = readSlots(d.value(u"outputs"));
        readNodes(d.value(u"nodes"), graph, diagnostics);
        readLinks(d.value(u"links"), graph);
        // Definitions may nest theirs; ids are uuids, so one table holds them all.
        readDefinitions(d, out, diagnostics, depth + 1);
        if (!graph.id.isEmpty())
            out.insert(graph.id, std::move(graph));
    }
}

// A legacy group node definition (extra.groupNodes[name], §5.8) as a graph whose inner
// node ids are their indices, with the internal links attached to the inner inputs.
SavedGraph readGroupNode(const JsonTree &def)
{
    SavedGraph graph;
    graph.isGroupNode = true;
    const JsonTree nodes = def.value(u"nodes");
    for (int i = 0; nodes.isArray() && i < nodes.size(); ++i) {
        SavedNode node = readNode(nodes.at(i));
        node.id = QString::number(i);
        for (SavedNodeInput &input : node.inputs)
            input.link = -1; // internal links come from the definition's link list
        graph.nodeIndex.insert(node.id, graph.nodes.size());
        graph.nodes.append(std::move(node));
    }
    const JsonTree links = def.value(u"links");
    qint64 nextId = 1;
    for (int i = 0; links.isArray() && i < links.size(); ++i) {
        const JsonTree &l = links.at(i);
        if (!l.isArray() || l.size() < 4)
            continue;
        SavedLink link{nextId++, savedIdText(l.at(0)), int(savedInteger(l.at(1), 0)), savedIdText(l.at(2)),
                       int(savedInteger(l.at(3), 0)), l.size() > 5 ? typeText(l.at(5)) : QString()};
        const qsizetype target = graph.nodeIndex.value(link.targetId, -1);
        if (target < 0 || link.targetSlot < 0 || link.targetSlot >= graph.nodes.at(target).inputs.size())
            continue;
        graph.nodes[target].inputs[link.targetSlot].link = link.id;
        graph.links.insert(link.id, link);
    }
    for (int i = 0; i < graph.nodes.size(); ++i) {
        const SavedNode &node = graph.nodes.at(i);
        for (int k = 0; k < node.inputs.size(); ++k) {
            if (node.inputs.at(k).link < 0 && node.inputs.at(k).widgetName.isEmpty())
                graph.groupInputs.append({i, k});
        }
        for (int k = 0; k < node.outputs.size(); ++k)
            graph.groupOutputs.append({i, k});
    }
    return graph;
}

} // namespace

QString savedIdText(const JsonTree &value)
{
    if (value.isNumber())
        return numberIdText(value.toNumber());
    if (value.isString())
        return value.toString();
    return {};
}

int SavedNode::indexOfInputWithLink(qint64 linkId) const
{
    for (int i = 0; i < inputs.size(); ++i) {
        if (inputs.at(i).link == linkId)
            return i;
    }
    return -1;
}

const SavedNode *SavedGraph::node(const QString &nodeId) const
{
    const auto it = nodeIndex.constFind(nodeId);
    return it == nodeIndex.constEnd() ? nullptr : &nodes.at(*it);
}

const SavedLink *SavedGraph::link(qint64 linkId) const
{
    const auto it = links.constFind(linkId);
    return it == links.constEnd() ? nullptr : &it.value();
}

bool SavedWorkflow::looksSaved(const JsonTree &tree)
{
    const JsonTree *nodes = tree.find(u"nodes");
    return nodes && nodes->isArray();
}

SavedWorkflow SavedWorkflow::fromTree(const JsonTree &tree, WorkflowDiagnostics *diagnostics)
{
    SavedWorkflow w;
    readNodes(tree.value(u"nodes"), w.m_root, diagnostics);
    readLinks(tree.value(u"links"), w.m_root); // floatingLinks are ignored (§5.2)
    readDefinitions(tree, w.m_subgraphs, diagnostics, 0);
    const JsonTree groups = tree.value(u"extra").value(u"groupNodes");
    for (int i = 0; groups.isObject() && i < groups.size(); ++i)
        w.m_groupNodes.insert(groups.keys().at(i), readGroupNode(groups.at(i)));
    return w;
}

const SavedGraph *SavedWorkflow::subgraph(const QString &definitionId) const
{
    const auto it = m_subgraphs.constFind(definitionId);
    return it == m_subgraphs.constEnd() ? nullptr : &it.value();
}

const SavedGraph *SavedWorkflow::groupNode(const QString &type) const
{
    QString name;
    if (type.startsWith("workflow>"_L1) || type.startsWith("workflow/"_L1))
        name = type.mid(9);
    else
        return nullptr;
    const auto it = m_groupNodes.constFind(name);
    return it == m_groupNodes.constEnd() ? nullptr : &it.value();
}

int SavedWorkflow::nodeCount() const
{
    qsizetype n = m_root.nodes.size();
    for (const SavedGraph &g : m_subgraphs)
        n += g.nodes.size();
    return int(n);
}

qint64 savedInteger(const JsonTree &value, qint64 fallback)
{
    if (value.isNumber())
        return value.toNumber().toInt64(fallback);
    if (value.isString()) {
        bool ok = false;
        const qint64 v = value.toString().toLongLong(&ok);
        return ok ? v : fallback;
    }
    return fallback;
}

} // namespace Easel
