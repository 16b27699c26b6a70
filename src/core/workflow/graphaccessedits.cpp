// GraphAccess's writes: nodes added, duplicated and removed, links made and taken off,
// each in the form the web UI writes (LGraphNode.serialize, the links' two forms).
#include "graphaccess.h"

#include "nodecatalogue.h"
#include "savedworkflow.h"
#include "valuerules.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

// The litegraph ids of a subgraph's input and output nodes (protocol doc §5.2).
constexpr qint64 subgraphInputId = -10;
constexpr qint64 subgraphOutputId = -20;

// An id written back as the file writes ids: a number when it is one.
JsonTree idTree(const QString &id)
{
    bool ok = false;
    const qint64 n = id.toLongLong(&ok);
    return ok ? JsonTree::fromInt(n) : JsonTree::fromString(id);
}

} // namespace

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
        values.append(ValueRules::widgetDefault(spec));
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
            inputs.insert(spec.name, ValueRules::widgetDefault(spec));
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
            inputs->insert(input, ValueRules::widgetDefault(*spec));
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
