#include "graphaccess.h"

#include "nodecatalogue.h"
#include "savedworkflow.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

bool isLinkValue(const JsonTree &v)
{
    return v.isArray() && v.size() == 2 && v.at(0).isString() && v.at(1).isNumber();
}

GraphAccess::Input makeInput(const QString &name, const QString &type, bool isWidget, bool required)
{
    GraphAccess::Input input;
    input.name = name;
    input.type = type;
    input.isWidget = isWidget;
    input.required = required;
    return input;
}

} // namespace

int GraphAccess::Node::indexOfInput(const QString &name) const
{
    for (int i = 0; i < inputs.size(); ++i) {
        if (inputs.at(i).name == name)
            return i;
    }
    return -1;
}

GraphAccess::GraphAccess(JsonTree *document, bool savedFormat, const NodeCatalogue *catalogue, const QString &graph)
    : m_document(document)
    , m_saved(savedFormat)
    , m_catalogue(catalogue)
{
    if (!savedFormat) {
        m_graph = graph.isEmpty() && document->isObject() ? document : nullptr;
        return;
    }
    if (graph.isEmpty()) {
        m_graph = document;
        return;
    }
    m_root = false;
    JsonTree *definitions = document->findMutable(u"definitions");
    JsonTree *subgraphs = definitions ? definitions->findMutable(u"subgraphs") : nullptr;
    for (int i = 0; subgraphs && subgraphs->isArray() && i < subgraphs->size(); ++i) {
        if (subgraphs->at(i).value(u"id").toString() == graph)
            m_graph = &subgraphs->at(i);
    }
}

JsonTree *GraphAccess::nodesArray() const
{
    return m_graph ? m_graph->findMutable(u"nodes") : nullptr;
}

JsonTree *GraphAccess::linksArray() const
{
    if (!m_graph)
        return nullptr;
    if (!m_graph->findMutable(u"links"))
        m_graph->insert(u"links"_s, JsonTree::array());
    return m_graph->findMutable(u"links");
}

bool GraphAccess::objectLinks() const
{
    const JsonTree *links = linksArray();
    if (links && links->size() > 0)
        return links->at(0).isObject();
    // An empty list: subgraph definitions and version 1 files write objects.
    return !m_root || savedInteger(m_document->value(u"version"), 0) >= 1;
}

GraphAccess::Link GraphAccess::linkAt(int index) const
{
    const JsonTree &l = linksArray()->at(index);
    Link link;
    if (l.isArray()) {
        link.id = l.size() > 0 ? savedInteger(l.at(0), -1) : -1;
        link.originId = l.size() > 1 ? savedIdText(l.at(1)) : QString();
        link.originSlot = l.size() > 2 ? int(savedInteger(l.at(2), 0)) : 0;
        link.targetId = l.size() > 3 ? savedIdText(l.at(3)) : QString();
        link.targetSlot = l.size() > 4 ? int(savedInteger(l.at(4), 0)) : 0;
    } else {
        link.id = savedInteger(l.value(u"id"), -1);
        link.originId = savedIdText(l.value(u"origin_id"));
        link.originSlot = int(savedInteger(l.value(u"origin_slot"), 0));
        link.targetId = savedIdText(l.value(u"target_id"));
        link.targetSlot = int(savedInteger(l.value(u"target_slot"), 0));
    }
    return link;
}

int GraphAccess::linkIndex(qint64 id) const
{
    const JsonTree *links = linksArray();
    for (int i = 0; links && i < links->size(); ++i) {
        if (linkAt(i).id == id)
            return i;
    }
    return -1;
}

int GraphAccess::nodeIndex(const QString &id) const
{
    if (!m_saved)
        return m_graph && m_graph->contains(id) ? int(m_graph->keys().indexOf(id)) : -1;
    const JsonTree *nodes = nodesArray();
    for (int i = 0; nodes && nodes->isArray() && i < nodes->size(); ++i) {
        if (savedIdText(nodes->at(i).value(u"id")) == id)
            return i;
    }
    return -1;
}

std::optional<GraphAccess::Node> GraphAccess::node(const QString &id) const
{
    const int index = nodeIndex(id);
    if (index < 0)
        return std::nullopt;
    return nodeAt(index, linkTable());
}

QHash<qint64, int> GraphAccess::linkTable() const
{
    QHash<qint64, int> links;
    const JsonTree *linkList = m_saved ? linksArray() : nullptr;
    for (int i = 0; linkList && i < linkList->size(); ++i)
        links.insert(linkAt(i).id, i);
    return links;
}

GraphAccess::Node GraphAccess::nodeAt(int index, const QHash<qint64, int> &links) const
{
    Node node;
    node.id = m_saved ? savedIdText(nodesArray()->at(index).value(u"id")) : m_graph->keys().at(index);
    if (!m_saved) {
        const JsonTree &n = m_graph->at(index);
        node.classType = n.value(u"class_type").toString();
        node.cls = m_catalogue ? m_catalogue->nodeClass(node.classType) : nullptr;
        node.title = n.value(u"_meta").value(u"title").toString();
        const JsonTree *inputs = n.find(u"inputs");
        QStringList seen;
        auto fill = [&](Input &input) {
            const JsonTree *value = inputs ? inputs->find(input.name) : nullptr;
            if (value && isLinkValue(*value)) {
                input.linked = true;
                input.sourceId = value->at(0).toString();
                input.sourceSlot = int(value->at(1).toNumber().toInt64(0));
            }
        };
        if (node.cls) {
            for (const InputSpec &spec : node.cls->inputs) {
                if (spec.section == InputSpec::Section::Hidden)
                    continue;
                Input input = makeInput(spec.name, spec.type, spec.isWidget(), spec.section == InputSpec::Section::Required);
                fill(input);
                seen.append(spec.name);
                node.inputs.append(input);
            }
            node.outputTypes = node.cls->outputTypes;
            node.outputNames = node.cls->outputNames;
        }
        for (int k = 0; inputs && inputs->isObject() && k < inputs->size(); ++k) {
            if (seen.contains(inputs->keys().at(k)))
                continue;
            Input input = makeInput(inputs->keys().at(k), u"*"_s, !isLinkValue(inputs->at(k)), false);
            fill(input);
            node.inputs.append(input);
        }
        return node;
    }
    const JsonTree &n = nodesArray()->at(index);
    node.classType = n.value(u"type").toString();
    node.cls = m_catalogue ? m_catalogue->nodeClass(node.classType) : nullptr;
    node.title = n.value(u"title").toString();
    node.mode = int(savedInteger(n.value(u"mode"), 0));
    const JsonTree savedInputs = n.value(u"inputs");
    QList<bool> used(savedInputs.isArray() ? savedInputs.size() : 0, false);
    auto attach = [&](Input &input, const JsonTree &entry) {
        const qint64 linkId = savedInteger(entry.value(u"link"), -1);
        const int li = links.value(linkId, -1);
        if (linkId < 0 || li < 0)
            return;
        const Link link = linkAt(li);
        input.linked = true;
        input.sourceId = link.originId;
        input.sourceSlot = link.originSlot;
    };
    if (node.cls) {
        for (const InputSpec &spec : node.cls->inputs) {
            if (spec.section == InputSpec::Section::Hidden)
                continue;
            Input input = makeInput(spec.name, spec.type, spec.isWidget(), spec.section == InputSpec::Section::Required);
            for (int k = 0; k < used.size(); ++k) {
                const JsonTree &entry = savedInputs.at(k);
                if (!used.at(k)
                    && (entry.value(u"name").toString() == spec.name
                        || entry.value(u"widget").value(u"name").toString() == spec.name)) {
                    used[k] = true;
                    attach(input, entry);
                    break;
                }
            }
            node.inputs.append(input);
        }
        node.outputTypes = node.cls->outputTypes;
        node.outputNames = node.cls->outputNames;
    }
    for (int k = 0; k < used.size(); ++k) {
        if (used.at(k))
            continue;
        const JsonTree &entry = savedInputs.at(k);
        const JsonTree type = entry.value(u"type");
        Input input = makeInput(entry.value(u"name").toString(), type.isString() ? type.toString() : u"*"_s,
                    entry.contains(u"widget"), false);
        attach(input, entry);
        node.inputs.append(input);
    }
    if (!node.cls) {
        const JsonTree outputs = n.value(u"outputs");
        for (int k = 0; outputs.isArray() && k < outputs.size(); ++k) {
            const JsonTree type = outputs.at(k).value(u"type");
            node.outputTypes.append(type.isString() ? type.toString() : u"*"_s);
            node.outputNames.append(outputs.at(k).value(u"name").toString());
        }
    }
    return node;
}

QList<GraphAccess::Node> GraphAccess::nodes() const
{
    QList<Node> list;
    if (!m_graph)
        return list;
    // One pass with one link table: the link combo lists every node's outputs.
    const QHash<qint64, int> links = linkTable();
    if (!m_saved) {
        for (int i = 0; i < m_graph->size(); ++i) {
            if (m_graph->at(i).isObject())
                list.append(nodeAt(i, links));
        }
        return list;
    }
    const JsonTree *array = nodesArray();
    for (int i = 0; array && array->isArray() && i < array->size(); ++i) {
        if (array->at(i).isObject() && !savedIdText(array->at(i).value(u"id")).isEmpty())
            list.append(nodeAt(i, links));
    }
    return list;
}

std::optional<QPointF> GraphAccess::position(const QString &id) const
{
    const int index = m_saved ? nodeIndex(id) : -1;
    if (index < 0)
        return std::nullopt;
    const JsonTree pos = nodesArray()->at(index).value(u"pos");
    const JsonTree x = pos.isArray() && pos.size() >= 2 ? pos.at(0) : pos.value(u"0");
    const JsonTree y = pos.isArray() && pos.size() >= 2 ? pos.at(1) : pos.value(u"1");
    if (!x.isNumber() || !y.isNumber())
        return std::nullopt;
    return QPointF(x.toNumber().toDouble(), y.toNumber().toDouble());
}

double GraphAccess::width(const QString &id) const
{
    const int index = m_saved ? nodeIndex(id) : -1;
    const JsonTree size = index < 0 ? JsonTree() : nodesArray()->at(index).value(u"size");
    const JsonTree w = size.isArray() && size.size() >= 1 ? size.at(0) : size.value(u"0");
    return w.isNumber() ? w.toNumber().toDouble() : 315.0; // LiteGraph's usual node width
}

qint64 GraphAccess::largestId(bool links) const
{
    // Ids are unique across the workflow and its subgraphs: the definitions share the
    // root's counters (their "state" repeats the root's last ids).
    qint64 largest = 0;
    auto scan = [&](const JsonTree &graph) {
        const JsonTree *list = graph.find(links ? u"links" : u"nodes");
        for (int i = 0; list && list->isArray() && i < list->size(); ++i) {
            const JsonTree &item = list->at(i);
            const JsonTree id = item.isArray() ? (item.size() > 0 ? item.at(0) : JsonTree()) : item.value(u"id");
            largest = std::max(largest, savedInteger(id, 0));
        }
        const JsonTree state = graph.value(u"state");
        largest = std::max(largest, savedInteger(state.value(links ? u"lastLinkId" : u"lastNodeId"), 0));
    };
    scan(*m_document);
    largest = std::max(largest, savedInteger(m_document->value(links ? u"last_link_id" : u"last_node_id"), 0));
    const JsonTree *definitions = m_document->find(u"definitions");
    const JsonTree *subgraphs = definitions ? definitions->find(u"subgraphs") : nullptr;
    for (int i = 0; subgraphs && subgraphs->isArray() && i < subgraphs->size(); ++i)
        scan(subgraphs->at(i));
    return largest;
}

void GraphAccess::bumpCounters(const char *rootKey, const char *stateKey, qint64 value)
{
    const QString root = QString::fromLatin1(rootKey);
    const QString state = QString::fromLatin1(stateKey);
    if (m_document->contains(root))
        m_document->insert(root, JsonTree::fromInt(value));
    for (JsonTree *graph : {m_document, m_graph}) {
        if (JsonTree *s = graph->findMutable(u"state"); s && s->isObject())
            s->insert(state, JsonTree::fromInt(value));
    }
}

qint64 GraphAccess::nextNodeId()
{
    if (!m_saved) {
        qint64 largest = 0;
        for (const QString &key : m_graph->keys())
            largest = std::max(largest, key.toLongLong());
        return largest + 1;
    }
    const qint64 id = largestId(false) + 1;
    bumpCounters("last_node_id", "lastNodeId", id);
    return id;
}

qint64 GraphAccess::nextLinkId()
{
    const qint64 id = largestId(true) + 1;
    bumpCounters("last_link_id", "lastLinkId", id);
    return id;
}

} // namespace Easel
