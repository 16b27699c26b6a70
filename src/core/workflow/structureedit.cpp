#include "structureedit.h"

#include "graphaccess.h"
#include "nodecatalogue.h"
#include "typerules.h"
#include "workflowdocument.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

// lupdate files tr() calls by the class they are made from: this one files them under
// StructureEdit, where they are looked up at run time.
struct StructureEditText
{
    Q_DECLARE_TR_FUNCTIONS(Easel::StructureEdit)
};

// Horizontal gap between a node and one placed beside it, in canvas units: the web UI's,
// when a node is made from a slot (LGraphCanvas createDefaultNodeForSlot: posAdd ±30, and
// for an input posSizeFix -1, the new node's width to the left). docs/architecture.md
// says where Easel's placement differs.
constexpr double placementGap = 30.0;
// The width GraphAccess::addNode gives a new node (LiteGraph's usual width).
constexpr double newNodeWidth = 315.0;

QString titleOf(const GraphAccess::Node &n)
{
    if (!n.title.isEmpty())
        return n.title;
    return n.cls ? n.cls->displayName : n.classType;
}

// A socket input of n (not a widget) that takes `type`, not in `used`: the same type
// first, then any that fits.
int pickInput(const GraphAccess::Node &n, const QString &type, const QSet<int> &used)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < n.inputs.size(); ++i) {
            const GraphAccess::Input &in = n.inputs.at(i);
            if (in.isWidget || used.contains(i))
                continue;
            if (pass == 0 ? TypeRules::isExact(type, in.type) : TypeRules::isCompatible(type, in.type))
                return i;
        }
    }
    return -1;
}

// An output of n that may feed an input of `type`: the same type first.
int pickOutput(const GraphAccess::Node &n, const QString &type)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (int k = 0; k < n.outputTypes.size(); ++k) {
            if (pass == 0 ? TypeRules::isExact(n.outputTypes.at(k), type)
                          : TypeRules::isCompatible(n.outputTypes.at(k), type))
                return k;
        }
    }
    return -1;
}

// The input a bypassed node passes to a consumer of its output `slot` that takes `type`
// (ExecutableNodeDTO bypass rule, comfyui-protocol.md §5.4): the same slot when its types
// fit, else the first input of exactly that type, else the first that fits both.
int bypassInput(const GraphAccess::Node &n, int slot, const QString &type)
{
    const QString outputType = slot < n.outputTypes.size() ? n.outputTypes.at(slot) : QString();
    if (type == TypeRules::anyType || type.isEmpty())
        return slot < n.inputs.size() ? slot : (n.inputs.isEmpty() ? -1 : 0);
    if (slot < n.inputs.size() && TypeRules::isCompatible(n.inputs.at(slot).type, outputType)
        && TypeRules::isCompatible(n.inputs.at(slot).type, type))
        return slot;
    for (int i = 0; i < n.inputs.size(); ++i) {
        if (n.inputs.at(i).type == type)
            return i;
    }
    for (int i = 0; i < n.inputs.size(); ++i) {
        if (TypeRules::isCompatible(n.inputs.at(i).type, outputType) && TypeRules::isCompatible(n.inputs.at(i).type, type))
            return i;
    }
    return -1;
}

struct Consumer
{
    QString nodeId;
    QString input;
    QString type;
};

QList<Consumer> consumersOf(const QList<GraphAccess::Node> &nodes, const QString &id, int slot)
{
    QList<Consumer> list;
    for (const GraphAccess::Node &n : nodes) {
        for (const GraphAccess::Input &in : n.inputs) {
            if (in.linked && in.sourceId == id && (slot < 0 || in.sourceSlot == slot))
                list.append({n.id, in.name, in.type});
        }
    }
    return list;
}

QString diagnosticKey(const WorkflowDiagnostic &d)
{
    return QString::number(int(d.kind)) + QChar(0x1f) + d.nodeId + QChar(0x1f) + d.input + QChar(0x1f) + d.message;
}

bool hasOutputNode(const JsonTree &prompt, const NodeCatalogue &catalogue)
{
    for (int i = 0; prompt.isObject() && i < prompt.size(); ++i) {
        if (TypeRules::isOutputNode(catalogue, prompt.at(i).value(u"class_type").toString()))
            return true;
    }
    return false;
}

} // namespace

StructureEdit::StructureEdit(const WorkflowDocument &document, const QString &graph)
    : m_document(document)
    , m_graph(graph)
{
}

StructureEdit::Result StructureEdit::fail(const QString &why)
{
    Result r;
    r.error = why;
    return r;
}

QString StructureEdit::refusal(const WorkflowDocument &before, const JsonTree &after)
{
    if (!before.catalogue())
        return StructureEditText::tr("the server's node list is not loaded yet");
    WorkflowDocument edited(after, before.format(), before.sourceName());
    edited.setCatalogue(before.catalogue());
    const PromptConverter::Result was = before.toApiPrompt();
    const PromptConverter::Result now = edited.toApiPrompt();
    QSet<QString> known;
    for (const WorkflowDiagnostic &d : was.diagnostics) {
        if (d.isError())
            known.insert(diagnosticKey(d));
    }
    for (const WorkflowDiagnostic &d : now.diagnostics) {
        if (d.isError() && !known.contains(diagnosticKey(d)))
            return d.toString();
    }
    if (hasOutputNode(was.prompt, *before.catalogue()) && !hasOutputNode(now.prompt, *before.catalogue()))
        return StructureEditText::tr("the prompt would have no output node left (such as Save Image), and the server refuses a "
                  "prompt without one");
    return {};
}

StructureEdit::Result StructureEdit::finish(JsonTree tree, const QString &text, const QString &nodeId) const
{
    if (const QString why = refusal(m_document, tree); !why.isEmpty())
        return fail(StructureEditText::tr("Refused: %1").arg(why));
    Result r;
    r.ok = true;
    r.tree = std::move(tree);
    r.text = text;
    r.nodeId = nodeId;
    return r;
}

StructureEdit::Scope StructureEdit::scopeOf(const QString &nodeId) const
{
    if (!m_graph.isEmpty())
        return {m_graph, {}};
    // A node inside a subgraph, by its path ("5:3"): the edit is made in its definition.
    const DocumentNode *n = m_document.node(nodeId);
    if (!n || n->graph.isEmpty())
        return {};
    return {n->graph, n->parentId + u':'};
}

QString StructureEdit::Scope::local(const QString &id) const
{
    if (prefix.isEmpty())
        return id;
    return id.startsWith(prefix) ? id.mid(prefix.size()) : QString();
}

StructureEdit::Result StructureEdit::insertNode(const QString &anchorPath, const QString &classType,
                                                Placement placement) const
{
    const Scope scope = scopeOf(anchorPath);
    const QString anchorId = scope.local(anchorPath);
    const NodeCatalogue *catalogue = m_document.catalogue().get();
    const NodeClass *cls = catalogue ? catalogue->nodeClass(classType) : nullptr;
    if (!cls)
        return fail(StructureEditText::tr("The server has no node type %1").arg(classType));
    JsonTree tree = m_document.tree();
    GraphAccess g(&tree, m_document.format() == WorkflowDocument::Format::Saved, catalogue, scope.graph);
    const std::optional<GraphAccess::Node> anchor = g.isNull() ? std::nullopt : g.node(anchorId);
    if (!anchor)
        return fail(StructureEditText::tr("The workflow has no node %1").arg(anchorId));
    // Beside the node it connects to: to its right (after) or left (before), level with it.
    const QPointF at = g.position(anchorId).value_or(QPointF());
    const QPointF position = placement == Placement::After ? QPointF(at.x() + g.width(anchorId) + placementGap, at.y())
                                                           : QPointF(at.x() - newNodeWidth - placementGap, at.y());
    const QString id = g.addNode(classType, position);
    const QList<GraphAccess::Node> nodes = g.nodes();
    GraphAccess::Node added = *g.node(id);
    QSet<int> used;
    QStringList neighbours{anchorId};
    if (placement == Placement::After) {
        // Each output of the anchor feeds a free socket of the new node that takes its
        // type; the anchor's consumers of that output then read the new node's output.
        for (int o = 0; o < anchor->outputTypes.size(); ++o) {
            const QString type = anchor->outputTypes.at(o);
            const int i = pickInput(added, type, used);
            if (i < 0)
                continue;
            const QList<Consumer> consumers = consumersOf(nodes, anchorId, o);
            g.connect(anchorId, o, id, added.inputs.at(i).name);
            used.insert(i);
            const int out = pickOutput(added, type);
            if (out < 0)
                continue;
            for (const Consumer &c : consumers) {
                if (TypeRules::isCompatible(added.outputTypes.at(out), c.type))
                    g.connect(id, out, c.nodeId, c.input);
            }
        }
    } else {
        for (const GraphAccess::Input &in : anchor->inputs) {
            const int out = pickOutput(added, in.type);
            if (out < 0)
                continue;
            if (in.linked) {
                const std::optional<GraphAccess::Node> source = g.node(in.sourceId);
                const QString sourceType = source && in.sourceSlot < source->outputTypes.size()
                    ? source->outputTypes.at(in.sourceSlot)
                    : in.type;
                const int i = pickInput(added, sourceType, used);
                if (i < 0)
                    continue;
                g.connect(in.sourceId, in.sourceSlot, id, added.inputs.at(i).name);
                g.connect(id, out, anchorId, in.name);
                used.insert(i);
                neighbours.append(in.sourceId);
            } else if (!in.isWidget) {
                g.connect(id, out, anchorId, in.name); // an empty socket gets fed
            }
        }
    }
    // The new node's other required sockets: from its neighbours where a type fits (a
    // LoRA before the sampler takes its CLIP from the checkpoint it takes MODEL from).
    added = *g.node(id);
    for (int i = 0; i < added.inputs.size(); ++i) {
        const GraphAccess::Input &in = added.inputs.at(i);
        if (in.linked || in.isWidget || !in.required)
            continue;
        for (const QString &neighbourId : std::as_const(neighbours)) {
            const std::optional<GraphAccess::Node> neighbour = g.node(neighbourId);
            const int out = neighbour ? pickOutput(*neighbour, in.type) : -1;
            if (out >= 0 && neighbourId != id) {
                g.connect(neighbourId, out, id, in.name);
                break;
            }
        }
    }
    const QString text = placement == Placement::After ? StructureEditText::tr("Add %1 after %2").arg(cls->displayName, titleOf(*anchor))
                                                       : StructureEditText::tr("Add %1 before %2").arg(cls->displayName, titleOf(*anchor));
    return finish(std::move(tree), text, scope.prefix + id);
}

StructureEdit::Result StructureEdit::removeNode(const QString &nodePath) const
{
    const Scope scope = scopeOf(nodePath);
    const QString nodeId = scope.local(nodePath);
    JsonTree tree = m_document.tree();
    GraphAccess g(&tree, m_document.format() == WorkflowDocument::Format::Saved, m_document.catalogue().get(), scope.graph);
    const std::optional<GraphAccess::Node> n = g.isNull() ? std::nullopt : g.node(nodeId);
    if (!n)
        return fail(StructureEditText::tr("The workflow has no node %1").arg(nodeId));
    // Each consumer reads what the node would pass on if it were bypassed.
    for (const Consumer &c : consumersOf(g.nodes(), nodeId, -1)) {
        const std::optional<GraphAccess::Node> consumer = g.node(c.nodeId);
        const int ci = consumer ? consumer->indexOfInput(c.input) : -1;
        const int slot = ci < 0 ? 0 : consumer->inputs.at(ci).sourceSlot;
        const int k = bypassInput(*n, slot, c.type);
        const GraphAccess::Input *through = k >= 0 ? &n->inputs.at(k) : nullptr;
        if (through && through->linked && through->sourceId != c.nodeId)
            g.connect(through->sourceId, through->sourceSlot, c.nodeId, c.input);
        else
            g.disconnect(c.nodeId, c.input);
    }
    g.removeNode(nodeId);
    return finish(std::move(tree), StructureEditText::tr("Remove %1").arg(titleOf(*n)));
}

StructureEdit::Result StructureEdit::duplicateNode(const QString &nodePath) const
{
    const Scope scope = scopeOf(nodePath);
    const QString nodeId = scope.local(nodePath);
    JsonTree tree = m_document.tree();
    GraphAccess g(&tree, m_document.format() == WorkflowDocument::Format::Saved, m_document.catalogue().get(), scope.graph);
    const std::optional<GraphAccess::Node> n = g.isNull() ? std::nullopt : g.node(nodeId);
    if (!n)
        return fail(StructureEditText::tr("The workflow has no node %1").arg(nodeId));
    // The copy keeps the node's inputs (as the web UI's paste with connections does), so
    // it runs as the original does; its outputs start free.
    const QString id = g.duplicateNode(nodeId, QPointF(30, 30));
    return finish(std::move(tree), StructureEditText::tr("Duplicate %1").arg(titleOf(*n)), scope.prefix + id);
}

StructureEdit::Result StructureEdit::connectInput(const QString &nodePath, const QString &input, const QString &sourcePath,
                                                  int sourceSlot) const
{
    const Scope scope = scopeOf(nodePath);
    const QString nodeId = scope.local(nodePath);
    const QString sourceId = scope.local(sourcePath); // empty when it is in another graph
    JsonTree tree = m_document.tree();
    GraphAccess g(&tree, m_document.format() == WorkflowDocument::Format::Saved, m_document.catalogue().get(), scope.graph);
    const std::optional<GraphAccess::Node> n = g.isNull() ? std::nullopt : g.node(nodeId);
    const std::optional<GraphAccess::Node> source = g.isNull() ? std::nullopt : g.node(sourceId);
    if (!n || !source)
        return fail(StructureEditText::tr("The workflow has no node %1").arg(!n ? nodePath : sourcePath));
    const int ii = n->indexOfInput(input);
    if (ii < 0)
        return fail(StructureEditText::tr("Node %1 has no input %2").arg(nodeId, input));
    if (sourceSlot < 0 || sourceSlot >= source->outputTypes.size())
        return fail(StructureEditText::tr("Node %1 has no output %2").arg(sourceId).arg(sourceSlot));
    if (sourceId == nodeId)
        return fail(StructureEditText::tr("A node cannot take its own output"));
    const QString outputType = source->outputTypes.at(sourceSlot);
    const QString inputType = n->inputs.at(ii).type;
    if (!TypeRules::isCompatible(outputType, inputType))
        return fail(StructureEditText::tr("Refused: %1 gives %2, but input %3 of %4 takes %5")
                        .arg(titleOf(*source), outputType, input, titleOf(*n), inputType));
    g.connect(sourceId, sourceSlot, nodeId, input);
    return finish(std::move(tree), StructureEditText::tr("Connect %1 to %2").arg(input, titleOf(*source)));
}

StructureEdit::Result StructureEdit::disconnectInput(const QString &nodePath, const QString &input) const
{
    const Scope scope = scopeOf(nodePath);
    const QString nodeId = scope.local(nodePath);
    JsonTree tree = m_document.tree();
    GraphAccess g(&tree, m_document.format() == WorkflowDocument::Format::Saved, m_document.catalogue().get(), scope.graph);
    const std::optional<GraphAccess::Node> n = g.isNull() ? std::nullopt : g.node(nodeId);
    const int ii = n ? n->indexOfInput(input) : -1;
    if (ii < 0)
        return fail(StructureEditText::tr("Node %1 has no input %2").arg(nodeId, input));
    g.disconnect(nodeId, input);
    return finish(std::move(tree), n->inputs.at(ii).isWidget ? StructureEditText::tr("Use a value for %1").arg(input)
                                                              : StructureEditText::tr("Disconnect %1").arg(input));
}

QList<StructureEdit::Source> StructureEdit::compatibleSources(const QString &nodePath, const QString &input) const
{
    const Scope scope = scopeOf(nodePath);
    const QString nodeId = scope.local(nodePath);
    QList<Source> list;
    JsonTree tree = m_document.tree(); // GraphAccess reads through a mutable pointer; nothing is written
    GraphAccess g(&tree, m_document.format() == WorkflowDocument::Format::Saved, m_document.catalogue().get(), scope.graph);
    const std::optional<GraphAccess::Node> n = g.isNull() ? std::nullopt : g.node(nodeId);
    const int ii = n ? n->indexOfInput(input) : -1;
    if (ii < 0)
        return list;
    const QList<GraphAccess::Node> nodes = g.nodes();
    // Downstream of the node: linking from there would make a loop.
    QSet<QString> downstream{nodeId};
    for (bool grew = true; grew;) {
        grew = false;
        for (const GraphAccess::Node &other : nodes) {
            if (downstream.contains(other.id))
                continue;
            for (const GraphAccess::Input &in : other.inputs) {
                if (in.linked && downstream.contains(in.sourceId)) {
                    downstream.insert(other.id);
                    grew = true;
                    break;
                }
            }
        }
    }
    const QString type = n->inputs.at(ii).type;
    for (const GraphAccess::Node &other : nodes) {
        if (downstream.contains(other.id))
            continue;
        for (int k = 0; k < other.outputTypes.size(); ++k) {
            if (TypeRules::isCompatible(other.outputTypes.at(k), type)) {
                list.append({scope.prefix + other.id, k, titleOf(other), k < other.outputNames.size() ? other.outputNames.at(k) : QString(),
                             other.outputTypes.at(k)});
            }
        }
    }
    return list;
}

bool StructureEdit::canHoldValue(const QString &nodePath, const QString &input) const
{
    const Scope scope = scopeOf(nodePath);
    const QString nodeId = scope.local(nodePath);
    JsonTree tree = m_document.tree();
    GraphAccess g(&tree, m_document.format() == WorkflowDocument::Format::Saved, m_document.catalogue().get(), scope.graph);
    const std::optional<GraphAccess::Node> n = g.isNull() ? std::nullopt : g.node(nodeId);
    const int ii = n ? n->indexOfInput(input) : -1;
    return ii >= 0 && n->inputs.at(ii).isWidget;
}

} // namespace Easel
