#include "graphaccess.h"

#include "nodecatalogue.h"
#include "savedworkflow.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

// The litegraph ids of a subgraph's input and output nodes (protocol doc §5.2).
constexpr qint64 subgraphInputId = -10;
constexpr qint64 subgraphOutputId = -20;

bool isLinkValue(const JsonTree &v)
{
    return v.isArray() && v.size() == 2 && v.at(0).isString() && v.at(1).isNumber();
}

// An id written back as the file writes ids: a number when it is one.
JsonTree idTree(const QString &id)
{
    bool ok = false;
    const qint64 n = id.toLongLong(&ok);
    return ok ? JsonTree::fromInt(n) : JsonTree::fromString(id);
}

// The value a fresh widget has (the frontend's widget constructors).
JsonTree defaultOf(const InputSpec &spec)
{
    if (!spec.defaultValue().isUndefined() && !spec.defaultValue().isNull())
        return JsonTree::fromQJsonValue(spec.defaultValue());
    if (spec.type == "COMBO"_L1)
        return JsonTree::fromString(spec.choices().isEmpty() ? QString() : spec.choices().constFirst());
    if (spec.type == "INT"_L1 || spec.type == "FLOAT"_L1)
        return spec.minimum().isValid() && spec.minimum().toDouble() > 0 ? JsonTree::fromNumber(spec.minimum())
                                                                     : JsonTree::fromInt(0);
    if (spec.type == "BOOLEAN"_L1)
        return JsonTree::fromBool(false);
    return JsonTree::fromString(QString());
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

JsonTree GraphAccess::newSavedNode(qint64 id, const NodeClass &cls, QPointF position) const
{
    // The fields and order the web UI writes for a fresh node (LGraphNode.serialize).
    JsonTree n = JsonTree::object();
    n.insert(u"id"_s, JsonTree::fromInt(id));
    n.insert(u"type"_s, JsonTree::fromString(cls.name));
    JsonTree pos = JsonTree::array();
    pos.append(JsonTree::fromDouble(std::round(position.x())));
    pos.append(JsonTree::fromDouble(std::round(position.y())));
    n.insert(u"pos"_s, pos);
    JsonTree size = JsonTree::array();
    size.append(JsonTree::fromInt(315));
    int widgets = 0;
    JsonTree inputs = JsonTree::array();
    JsonTree values = JsonTree::array();
    for (const InputSpec &spec : cls.inputs) {
        if (spec.section == InputSpec::Section::Hidden)
            continue;
        if (!spec.isWidget()) {
            JsonTree in = JsonTree::object();
            in.insert(u"name"_s, JsonTree::fromString(spec.name));
            in.insert(u"type"_s, JsonTree::fromString(spec.type));
            in.insert(u"link"_s, JsonTree());
            inputs.append(in);
            continue;
        }
        ++widgets;
        values.append(defaultOf(spec));
        if (spec.hasControlWidget()) {
            values.append(JsonTree::fromString(u"randomize"_s));
            ++widgets;
        }
        if (spec.uploadKind() == "image"_L1 || spec.uploadKind() == "video"_L1 || spec.uploadKind() == "audio"_L1)
            values.append(JsonTree::fromString(spec.uploadKind()));
    }
    const int socketRows = int(std::max(inputs.size(), int(cls.outputTypes.size())));
    size.append(JsonTree::fromInt(46 + 20 * socketRows + 24 * widgets));
    n.insert(u"size"_s, size);
    n.insert(u"flags"_s, JsonTree::object());
    n.insert(u"order"_s, JsonTree::fromInt(nodesArray() ? nodesArray()->size() : 0));
    n.insert(u"mode"_s, JsonTree::fromInt(0));
    if (inputs.size() > 0)
        n.insert(u"inputs"_s, inputs);
    JsonTree outputs = JsonTree::array();
    for (int k = 0; k < cls.outputTypes.size(); ++k) {
        JsonTree out = JsonTree::object();
        out.insert(u"name"_s, JsonTree::fromString(k < cls.outputNames.size() ? cls.outputNames.at(k) : cls.outputTypes.at(k)));
        out.insert(u"type"_s, JsonTree::fromString(cls.outputTypes.at(k)));
        out.insert(u"links"_s, JsonTree::array());
        outputs.append(out);
    }
    if (outputs.size() > 0)
        n.insert(u"outputs"_s, outputs);
    JsonTree properties = JsonTree::object();
    properties.insert(u"Node name for S&R"_s, JsonTree::fromString(cls.name));
    n.insert(u"properties"_s, properties);
    if (values.size() > 0)
        n.insert(u"widgets_values"_s, values);
    return n;
}

JsonTree GraphAccess::newApiNode(const NodeClass &cls) const
{
    JsonTree inputs = JsonTree::object();
    for (const InputSpec &spec : cls.inputs) {
        if (spec.section != InputSpec::Section::Hidden && spec.isWidget())
            inputs.insert(spec.name, defaultOf(spec));
    }
    JsonTree n = JsonTree::object();
    n.insert(u"inputs"_s, inputs);
    n.insert(u"class_type"_s, JsonTree::fromString(cls.name));
    JsonTree meta = JsonTree::object();
    meta.insert(u"title"_s, JsonTree::fromString(cls.displayName));
    n.insert(u"_meta"_s, meta);
    return n;
}

QString GraphAccess::addNode(const QString &classType, QPointF position)
{
    const NodeClass *cls = m_catalogue ? m_catalogue->nodeClass(classType) : nullptr;
    if (!cls || !m_graph)
        return {};
    const qint64 id = nextNodeId();
    if (m_saved) {
        if (!nodesArray())
            m_graph->insert(u"nodes"_s, JsonTree::array());
        nodesArray()->append(newSavedNode(id, *cls, position));
    } else {
        m_graph->insert(QString::number(id), newApiNode(*cls));
    }
    return QString::number(id);
}

QString GraphAccess::duplicateNode(const QString &id, QPointF offset)
{
    const int index = nodeIndex(id);
    const std::optional<Node> original = node(id);
    if (index < 0 || !original)
        return {};
    const qint64 newId = nextNodeId();
    const QString newIdText = QString::number(newId);
    if (!m_saved) {
        m_graph->insert(newIdText, m_graph->at(index)); // links into it are copied as they are
        return newIdText;
    }
    JsonTree copy = nodesArray()->at(index);
    copy.insert(u"id"_s, JsonTree::fromInt(newId));
    if (const std::optional<QPointF> pos = position(id)) {
        JsonTree xy = JsonTree::array();
        xy.append(JsonTree::fromDouble(pos->x() + offset.x()));
        xy.append(JsonTree::fromDouble(pos->y() + offset.y()));
        copy.insert(u"pos"_s, xy);
    }
    // The copy starts unlinked; its inputs are linked again below, its outputs stay free.
    if (JsonTree *inputs = copy.findMutable(u"inputs"); inputs && inputs->isArray()) {
        for (int k = 0; k < inputs->size(); ++k) {
            if (inputs->at(k).isObject() && inputs->at(k).contains(u"link"))
                inputs->at(k).insert(u"link"_s, JsonTree());
        }
    }
    if (JsonTree *outputs = copy.findMutable(u"outputs"); outputs && outputs->isArray()) {
        for (int k = 0; k < outputs->size(); ++k) {
            if (outputs->at(k).isObject() && outputs->at(k).contains(u"links"))
                outputs->at(k).insert(u"links"_s, JsonTree::array());
        }
    }
    nodesArray()->append(copy);
    for (const Input &in : original->inputs) {
        if (in.linked)
            connect(in.sourceId, in.sourceSlot, newIdText, in.name);
    }
    return newIdText;
}

void GraphAccess::removeLinkFromOutput(const QString &originId, int originSlot, qint64 linkId)
{
    auto dropFrom = [&](JsonTree *list) {
        for (int k = 0; list && list->isArray() && k < list->size(); ++k) {
            if (savedInteger(list->at(k), -2) == linkId) {
                list->removeAt(k);
                return;
            }
        }
    };
    if (savedInteger(idTree(originId), 0) == subgraphInputId && !m_root) {
        JsonTree *inputs = m_graph->findMutable(u"inputs");
        if (inputs && inputs->isArray() && originSlot < inputs->size())
            dropFrom(inputs->at(originSlot).findMutable(u"linkIds"));
        return;
    }
    const int index = nodeIndex(originId);
    if (index < 0)
        return;
    JsonTree *outputs = nodesArray()->at(index).findMutable(u"outputs");
    if (outputs && outputs->isArray() && originSlot >= 0 && originSlot < outputs->size())
        dropFrom(outputs->at(originSlot).findMutable(u"links"));
}

void GraphAccess::disconnect(const QString &targetId, const QString &input)
{
    unlink(targetId, input, true);
}

void GraphAccess::unlink(const QString &targetId, const QString &input, bool freeWidgetSocket)
{
    const int index = nodeIndex(targetId);
    if (index < 0)
        return;
    if (!m_saved) {
        JsonTree *inputs = m_graph->at(index).findMutable(u"inputs");
        if (!inputs)
            return;
        const std::optional<Node> n = node(targetId);
        const InputSpec *spec = n && n->cls ? n->cls->input(input) : nullptr;
        if (spec && spec->isWidget())
            inputs->insert(input, defaultOf(*spec));
        else
            inputs->remove(input);
        return;
    }
    JsonTree *inputs = nodesArray()->at(index).findMutable(u"inputs");
    for (int k = 0; inputs && inputs->isArray() && k < inputs->size(); ++k) {
        JsonTree &entry = inputs->at(k);
        if (entry.value(u"name").toString() != input && entry.value(u"widget").value(u"name").toString() != input)
            continue;
        const qint64 linkId = savedInteger(entry.value(u"link"), -1);
        const int li = linkId < 0 ? -1 : linkIndex(linkId);
        if (li >= 0) {
            const Link link = linkAt(li);
            removeLinkFromOutput(link.originId, link.originSlot, linkId);
            linksArray()->removeAt(li);
        }
        if (entry.contains(u"widget") && freeWidgetSocket) {
            // A widget's socket leaves the saved inputs once it is free (the web UI's
            // compressWidgetInputSlots); the links into later sockets move up one slot.
            inputs->removeAt(k);
            for (int i = 0; i < linksArray()->size(); ++i) {
                const Link link = linkAt(i);
                if (link.targetId == targetId && link.targetSlot > k) {
                    JsonTree &l = linksArray()->at(i);
                    if (l.isArray() && l.size() > 4)
                        l.at(4) = JsonTree::fromInt(link.targetSlot - 1);
                    else if (l.isObject())
                        l.insert(u"target_slot"_s, JsonTree::fromInt(link.targetSlot - 1));
                }
            }
        } else {
            entry.insert(u"link"_s, JsonTree());
        }
        return;
    }
}

void GraphAccess::connect(const QString &sourceId, int sourceSlot, const QString &targetId, const QString &input)
{
    if (m_saved)
        unlink(targetId, input, false);
    const int index = nodeIndex(targetId);
    const std::optional<Node> target = node(targetId);
    const std::optional<Node> source = node(sourceId);
    if (index < 0 || !target || !source)
        return;
    if (!m_saved) {
        JsonTree *inputs = m_graph->at(index).findMutable(u"inputs");
        if (!inputs) {
            m_graph->at(index).insert(u"inputs"_s, JsonTree::object());
            inputs = m_graph->at(index).findMutable(u"inputs");
        }
        JsonTree link = JsonTree::array();
        link.append(JsonTree::fromString(sourceId));
        link.append(JsonTree::fromInt(sourceSlot));
        inputs->insert(input, link);
        return;
    }
    const int ii = target->indexOfInput(input);
    const QString type = sourceSlot < source->outputTypes.size() ? source->outputTypes.at(sourceSlot) : u"*"_s;
    const qint64 linkId = nextLinkId();
    JsonTree &n = nodesArray()->at(index);
    if (!n.findMutable(u"inputs"))
        n.insert(u"inputs"_s, JsonTree::array());
    JsonTree *inputs = n.findMutable(u"inputs");
    int slot = -1;
    for (int k = 0; k < inputs->size(); ++k) {
        if (inputs->at(k).value(u"name").toString() == input
            || inputs->at(k).value(u"widget").value(u"name").toString() == input)
            slot = k;
    }
    if (slot < 0) {
        // A widget becomes a socket: the entry the web UI writes for a linked widget.
        JsonTree entry = JsonTree::object();
        entry.insert(u"name"_s, JsonTree::fromString(input));
        entry.insert(u"type"_s, JsonTree::fromString(ii >= 0 ? target->inputs.at(ii).type : type));
        if (ii >= 0 && target->inputs.at(ii).isWidget) {
            JsonTree widget = JsonTree::object();
            widget.insert(u"name"_s, JsonTree::fromString(input));
            entry.insert(u"widget"_s, widget);
        }
        entry.insert(u"link"_s, JsonTree());
        inputs->append(entry);
        slot = inputs->size() - 1;
    }
    inputs->at(slot).insert(u"link"_s, JsonTree::fromInt(linkId));
    const int sourceIndex = nodeIndex(sourceId);
    JsonTree *outputs = nodesArray()->at(sourceIndex).findMutable(u"outputs");
    if (outputs && outputs->isArray() && sourceSlot < outputs->size()) {
        JsonTree &out = outputs->at(sourceSlot);
        JsonTree *links = out.findMutable(u"links");
        if (!links || !links->isArray()) {
            out.insert(u"links"_s, JsonTree::array());
            links = out.findMutable(u"links");
        }
        links->append(JsonTree::fromInt(linkId));
    }
    if (objectLinks()) {
        JsonTree l = JsonTree::object();
        l.insert(u"id"_s, JsonTree::fromInt(linkId));
        l.insert(u"origin_id"_s, idTree(sourceId));
        l.insert(u"origin_slot"_s, JsonTree::fromInt(sourceSlot));
        l.insert(u"target_id"_s, idTree(targetId));
        l.insert(u"target_slot"_s, JsonTree::fromInt(slot));
        l.insert(u"type"_s, JsonTree::fromString(type));
        linksArray()->append(l);
    } else {
        JsonTree l = JsonTree::array();
        l.append(JsonTree::fromInt(linkId));
        l.append(idTree(sourceId));
        l.append(JsonTree::fromInt(sourceSlot));
        l.append(idTree(targetId));
        l.append(JsonTree::fromInt(slot));
        l.append(JsonTree::fromString(type));
        linksArray()->append(l);
    }
}

void GraphAccess::removeNode(const QString &id)
{
    const std::optional<Node> n = node(id);
    if (!n)
        return;
    if (!m_saved) {
        for (const Node &other : nodes()) {
            for (const Input &in : other.inputs) {
                if (in.linked && in.sourceId == id)
                    disconnect(other.id, in.name);
            }
        }
        m_graph->remove(id);
        return;
    }
    // Every link into or out of it goes, with its ends on the other nodes.
    for (int i = linksArray()->size() - 1; i >= 0; --i) {
        const Link link = linkAt(i);
        if (link.originId == id) {
            const int ti = nodeIndex(link.targetId);
            JsonTree *inputs = ti < 0 ? nullptr : nodesArray()->at(ti).findMutable(u"inputs");
            for (int k = 0; inputs && inputs->isArray() && k < inputs->size(); ++k) {
                if (savedInteger(inputs->at(k).value(u"link"), -2) == link.id)
                    inputs->at(k).insert(u"link"_s, JsonTree());
            }
            if (!m_root && savedInteger(idTree(link.targetId), 0) == subgraphOutputId) {
                JsonTree *outputs = m_graph->findMutable(u"outputs");
                if (outputs && outputs->isArray() && link.targetSlot < outputs->size()) {
                    JsonTree *ids = outputs->at(link.targetSlot).findMutable(u"linkIds");
                    for (int k = 0; ids && ids->isArray() && k < ids->size(); ++k) {
                        if (savedInteger(ids->at(k), -2) == link.id)
                            ids->removeAt(k--);
                    }
                }
            }
            linksArray()->removeAt(i);
        } else if (link.targetId == id) {
            removeLinkFromOutput(link.originId, link.originSlot, link.id);
            linksArray()->removeAt(i);
        }
    }
    nodesArray()->removeAt(nodeIndex(id));
}

} // namespace Easel
