// The document's node lists, built from its tree: the workflow's nodes, the nodes inside
// each subgraph instance, the widgets a subgraph node shows for its inner nodes, and what
// the workflow exposes. One node's inputs are read in workflowdocumentnodes.cpp.
#include "workflowdocument.h"

#include "nodecatalogue.h"
#include "savedworkflow.h"
#include "workflowdocument_p.h"

using namespace Qt::StringLiterals;

namespace Easel {

using namespace DocumentDetail;

namespace {

// A graph's links by id: link id -> index in its "links" list (arrays or objects).
QHash<qint64, int> linkTable(const JsonTree *links)
{
    QHash<qint64, int> table;
    for (int i = 0; links && links->isArray() && i < links->size(); ++i) {
        const JsonTree &l = links->at(i);
        const qint64 id = l.isArray() && l.size() > 0 ? savedInteger(l.at(0), -1) : savedInteger(l.value(u"id"), -1);
        if (id >= 0)
            table.insert(id, i);
    }
    return table;
}

} // namespace

void WorkflowDocument::rebuild()
{
    m_nodes.clear();
    m_nodeIndex.clear();
    m_linkIndex.clear();
    m_exposed.clear();
    m_inner.clear();
    m_promoted.clear();
    m_innerIndex.clear();
    m_children.clear();
    m_subgraphIndex.clear();
    if (m_format == Format::Saved) {
        m_linkIndex = linkTable(m_tree.find(u"links"));
        m_subgraphNames.clear();
        const JsonTree *definitions = m_tree.find(u"definitions");
        const JsonTree *subgraphs = definitions ? definitions->find(u"subgraphs") : nullptr;
        for (int i = 0; subgraphs && subgraphs->isArray() && i < subgraphs->size(); ++i) {
            const JsonTree &d = subgraphs->at(i);
            if (const JsonTree *id = d.find(u"id"); id && id->isString()) {
                m_subgraphNames.insert(id->toString(), d.value(u"name").toString());
                m_subgraphIndex.insert(id->toString(), i);
            }
        }
        GraphContext top;
        top.links = m_tree.find(u"links");
        top.linkIndex = m_linkIndex;
        const JsonTree *nodes = m_tree.find(u"nodes");
        for (int i = 0; nodes && nodes->isArray() && i < nodes->size(); ++i) {
            if (!nodes->at(i).isObject())
                continue;
            DocumentNode node = buildSavedNode(nodes->at(i), i, top);
            if (node.id.isEmpty() || m_nodeIndex.contains(node.id))
                continue;
            m_nodeIndex.insert(node.id, int(m_nodes.size()));
            m_nodes.append(std::move(node));
        }
        for (const DocumentNode &n : std::as_const(m_nodes)) {
            if (n.isSubgraph)
                buildInnerNodes(n, {}, 0);
        }
        // Innermost first: a nested subgraph node's widget inputs lead on to their nodes.
        for (qsizetype i = m_inner.size() - 1; i >= 0; --i)
            resolvePromoted(m_inner[i]);
        for (DocumentNode &n : m_nodes)
            resolvePromoted(n);
        // PrimitiveNodes take the spec of the first widget they drive.
        for (DocumentNode &n : m_nodes) {
            if (n.classType != "PrimitiveNode"_L1 || n.inputs.isEmpty())
                continue;
            const JsonTree &tree = nodes->at(n.treeIndex);
            const JsonTree targets = tree.value(u"outputs").isArray() && tree.value(u"outputs").size() > 0
                ? tree.value(u"outputs").at(0).value(u"links")
                : JsonTree();
            for (int k = 0; targets.isArray() && k < targets.size(); ++k) {
                const int li = m_linkIndex.value(savedInteger(targets.at(k), -1), -1);
                if (li < 0)
                    continue;
                const JsonTree &l = m_tree.find(u"links")->at(li);
                const QString targetId = savedIdText(l.isArray() ? l.at(3) : l.value(u"target_id"));
                const DocumentNode *target = node(targetId);
                if (!target)
                    continue;
                for (const DocumentInput &in : target->inputs) {
                    if (in.linked && in.linkNodeId == n.id && in.spec) {
                        DocumentInput &value = n.inputs.first();
                        value.spec = in.spec;
                        value.type = in.spec->type;
                        break;
                    }
                }
                if (n.inputs.first().spec)
                    break;
            }
            if (n.customTitle)
                m_exposed.insert(n.id);
        }
        const JsonTree linear = m_tree.value(u"extra").value(u"linearData").value(u"inputs");
        for (int i = 0; linear.isArray() && i < linear.size(); ++i) {
            const JsonTree &pair = linear.at(i);
            if (pair.isArray() && pair.size() >= 2) {
                m_exposed.insert(key(savedIdText(pair.at(0)), pair.at(1).toString()));
                m_exposed.insert(savedIdText(pair.at(0)) + QChar(0x1f));
            }
        }
    } else {
        // Links name their source by key: an index, not a linear find() per link.
        m_apiKeys.clear();
        m_apiKeys.reserve(m_tree.size());
        for (int i = 0; m_tree.isObject() && i < m_tree.size(); ++i)
            m_apiKeys.insert(m_tree.keys().at(i), i);
        for (int i = 0; m_tree.isObject() && i < m_tree.size(); ++i) {
            if (m_tree.at(i).isObject())
                buildApiNode(m_tree.keys().at(i), m_tree.at(i), i);
        }
    }
}

void WorkflowDocument::buildInnerNodes(const DocumentNode &parent, QStringList path, int depth)
{
    // A definition that contains itself (a hostile or broken file) is shown once.
    constexpr int maxDepth = 16;
    if (depth >= maxDepth || path.contains(parent.classType))
        return;
    path.append(parent.classType);
    const int definitionIndex = m_subgraphIndex.value(parent.classType, -1);
    const JsonTree &definition = m_tree.find(u"definitions")->find(u"subgraphs")->at(definitionIndex);
    GraphContext context;
    context.links = definition.find(u"links");
    context.linkIndex = linkTable(context.links);
    context.parentId = parent.id;
    context.graph = parent.classType;
    context.graphIndex = definitionIndex;
    const JsonTree *nodes = definition.find(u"nodes");
    QList<int> children;
    for (int i = 0; nodes && nodes->isArray() && i < nodes->size(); ++i) {
        if (!nodes->at(i).isObject())
            continue;
        DocumentNode node = buildSavedNode(nodes->at(i), i, context);
        if (node.id.isEmpty() || m_innerIndex.contains(node.id))
            continue;
        m_innerIndex.insert(node.id, int(m_inner.size()));
        children.append(int(m_inner.size()));
        m_inner.append(std::move(node));
    }
    m_children.insert(parent.id, children);
    for (const int child : std::as_const(children)) {
        const DocumentNode inner = m_inner.at(child); // a copy: the list grows below
        if (inner.isSubgraph)
            buildInnerNodes(inner, path, depth + 1);
    }
}

void WorkflowDocument::resolvePromoted(DocumentNode &node)
{
    if (!node.isSubgraph)
        return;
    const int definitionIndex = m_subgraphIndex.value(node.classType, -1);
    const JsonTree &definition = m_tree.find(u"definitions")->find(u"subgraphs")->at(definitionIndex);
    const JsonTree *links = definition.find(u"links");
    const QHash<qint64, int> table = linkTable(links);
    const JsonTree ports = definition.value(u"inputs");
    for (DocumentInput &input : node.inputs) {
        if (input.widgetIndex < 0)
            continue;
        // The definition's input of that name; its first link leads to the inner node.
        for (int p = 0; ports.isArray() && p < ports.size(); ++p) {
            const JsonTree &port = ports.at(p);
            if (port.value(u"name").toString() != input.name)
                continue;
            const JsonTree linkIds = port.value(u"linkIds");
            const int li = linkIds.isArray() && linkIds.size() > 0 ? table.value(savedInteger(linkIds.at(0), -1), -1) : -1;
            if (li < 0)
                break;
            const JsonTree &l = links->at(li);
            const QString innerId = node.id + u':' + savedIdText(l.isArray() ? l.at(3) : l.value(u"target_id"));
            const int slot = int(savedInteger(l.isArray() ? l.at(4) : l.value(u"target_slot"), -1));
            const DocumentNode *inner = this->node(innerId);
            const JsonTree *innerTree = inner ? nodeTreeConst(*inner) : nullptr;
            const JsonTree sockets = innerTree ? innerTree->value(u"inputs") : JsonTree();
            const JsonTree socket = sockets.isArray() && slot >= 0 && slot < sockets.size() ? sockets.at(slot) : JsonTree();
            QString innerInput = socket.value(u"widget").value(u"name").toString();
            if (innerInput.isEmpty())
                innerInput = socket.value(u"name").toString();
            const int ii = inner ? inner->indexOfInput(innerInput) : -1;
            if (ii < 0)
                break;
            std::pair<QString, QString> target{innerId, innerInput};
            if (inner->isSubgraph) {
                const auto next = m_promoted.constFind(key(innerId, innerInput));
                if (next == m_promoted.constEnd())
                    break;
                target = *next;
            }
            const DocumentNode *leaf = this->node(target.first);
            const int li2 = leaf ? leaf->indexOfInput(target.second) : -1;
            if (li2 < 0 || !leaf->inputs.at(li2).isWidget || !leaf->inputs.at(li2).spec)
                break;
            input.spec = leaf->inputs.at(li2).spec;
            input.type = input.spec->type;
            m_promoted.insert(key(node.id, input.name), target);
            break;
        }
    }
}

} // namespace Easel
