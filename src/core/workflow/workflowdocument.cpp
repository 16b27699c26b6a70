#include "workflowdocument.h"

#include "nodecatalogue.h"
#include "promptpreflight.h"
#include "savedworkflow.h"
#include "valuerules.h"
#include "workflowfile.h"
#include "workflowvalidator.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

// lupdate files tr() calls by the class they are made from; a free helper would file these
// strings under the namespace, where the translation is never looked up.
struct WorkflowDocumentText
{
    Q_DECLARE_TR_FUNCTIONS(Easel::WorkflowDocument)
};

QString key(const QString &nodeId, const QString &input)
{
    return input.isEmpty() ? nodeId : nodeId + QChar(0x1f) + input;
}

bool isVirtualType(const QString &type)
{
    return type == "PrimitiveNode"_L1 || type == "Reroute"_L1 || type == "Note"_L1 || type == "MarkdownNote"_L1;
}

bool isLinkValue(const JsonTree &v)
{
    return v.isArray() && v.size() == 2 && v.at(0).isString() && v.at(1).isNumber();
}

// The type a value has when no spec says: for nodes the server does not know.
QString inferredType(const JsonTree &v)
{
    switch (v.type()) {
    case JsonTree::Type::Bool: return u"BOOLEAN"_s;
    case JsonTree::Type::Number: return v.toNumber().isInteger() ? u"INT"_s : u"FLOAT"_s;
    case JsonTree::Type::String: return u"STRING"_s;
    default: return u"*"_s;
    }
}

// The value a fresh widget has (as the frontend's widget constructors set it).
JsonTree defaultOf(const InputSpec &spec)
{
    if (!spec.defaultValue().isUndefined() && !spec.defaultValue().isNull())
        return JsonTree::fromQJsonValue(spec.defaultValue());
    if (spec.type == "COMBO"_L1)
        return spec.choices().isEmpty() ? JsonTree::fromString(QString()) : JsonTree::fromString(spec.choices().constFirst());
    if (spec.type == "INT"_L1 || spec.type == "FLOAT"_L1)
        return spec.minimum().isValid() && spec.minimum().toDouble() > 0 ? JsonTree::fromNumber(spec.minimum())
                                                                     : JsonTree::fromInt(0);
    if (spec.type == "BOOLEAN"_L1)
        return JsonTree::fromBool(false);
    return JsonTree::fromString(QString());
}

JsonNumber addInteger(const JsonNumber &value, qint64 delta)
{
    // Seeds reach 2^64 - 1: step in unsigned arithmetic when the value is non-negative.
    const QString text = value.toText();
    bool ok = false;
    const quint64 u = text.toULongLong(&ok);
    if (ok) {
        if (delta >= 0)
            return u > std::numeric_limits<quint64>::max() - quint64(delta) ? JsonNumber::fromUInt(std::numeric_limits<quint64>::max())
                                                                           : JsonNumber::fromUInt(u + quint64(delta));
        const quint64 down = quint64(-delta);
        return u >= down ? JsonNumber::fromUInt(u - down) : JsonNumber::fromInt(qint64(u) - qint64(down));
    }
    return JsonNumber::fromInt(text.toLongLong() + delta);
}

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

int DocumentNode::indexOfInput(QStringView name) const
{
    for (int i = 0; i < inputs.size(); ++i) {
        if (inputs.at(i).name == name)
            return i;
    }
    return -1;
}

WorkflowDocument::WorkflowDocument(JsonTree tree, Format format, const QString &sourceName)
    : m_tree(std::move(tree))
    , m_format(format)
    , m_sourceName(sourceName)
{
    rebuild();
}

WorkflowDocument WorkflowDocument::fromWorkflowFile(const WorkflowFile &file)
{
    if (file.isNull())
        return {};
    return WorkflowDocument(file.tree(), file.format() == WorkflowFile::Format::Saved ? Format::Saved : Format::Api,
                            file.sourceName());
}

WorkflowDocument WorkflowDocument::fromFile(const QString &path, QString *error)
{
    WorkflowDocument document = fromWorkflowFile(WorkflowFile::fromFile(path, error));
    document.m_filePath = path;
    return document;
}

void WorkflowDocument::replaceTree(JsonTree tree)
{
    m_tree = std::move(tree);
    rebuild();
}

void WorkflowDocument::setCatalogue(std::shared_ptr<const NodeCatalogue> catalogue)
{
    m_catalogue = std::move(catalogue);
    rebuild();
}

const DocumentNode *WorkflowDocument::node(const QString &nodeId) const
{
    const int i = indexOfNode(nodeId);
    if (i >= 0)
        return &m_nodes.at(i);
    const int k = m_innerIndex.value(nodeId, -1);
    return k < 0 ? nullptr : &m_inner.at(k);
}

DocumentNode *WorkflowDocument::mutableNode(const QString &nodeId)
{
    const int i = indexOfNode(nodeId);
    if (i >= 0)
        return &m_nodes[i];
    const int k = m_innerIndex.value(nodeId, -1);
    return k < 0 ? nullptr : &m_inner[k];
}

QStringList WorkflowDocument::sameNodes(const QString &nodeId) const
{
    const DocumentNode *n = node(nodeId);
    if (!n)
        return {};
    QStringList ids{nodeId};
    if (n->graph.isEmpty())
        return ids;
    for (const DocumentNode &other : m_inner) {
        if (other.id != nodeId && other.graph == n->graph && other.localId == n->localId)
            ids.append(other.id);
    }
    return ids;
}

QStringList WorkflowDocument::unknownClassTypes() const
{
    QStringList types;
    for (const DocumentNode &n : m_nodes) {
        if (!n.known && !types.contains(n.classType))
            types.append(n.classType);
    }
    types.sort();
    return types;
}

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

DocumentNode WorkflowDocument::buildSavedNode(const JsonTree &n, int index, const GraphContext &context) const
{
    DocumentNode node;
    node.localId = savedIdText(n.value(u"id"));
    if (node.localId.isEmpty())
        return node;
    node.id = context.parentId.isEmpty() ? node.localId : context.parentId + u':' + node.localId;
    node.parentId = context.parentId;
    node.graph = context.graph;
    node.graphIndex = context.graphIndex;
    node.classType = n.value(u"type").toString();
    node.treeIndex = index;
    node.mode = int(savedInteger(n.value(u"mode"), 0));
    node.isVirtual = isVirtualType(node.classType);
    const NodeClass *cls = m_catalogue ? m_catalogue->nodeClass(node.classType) : nullptr;
    const QString subgraphName = m_subgraphNames.value(node.classType);
    node.isSubgraph = m_subgraphIndex.contains(node.classType);
    const bool group = node.classType.startsWith("workflow>"_L1) || node.classType.startsWith("workflow/"_L1);
    node.known = cls || node.isVirtual || !subgraphName.isEmpty() || group;
    if (const JsonTree *title = n.find(u"title"); title && title->isString() && !title->toString().isEmpty()) {
        node.title = title->toString();
        node.customTitle = true;
    } else {
        node.title = cls ? cls->displayName : !subgraphName.isEmpty() ? subgraphName : node.classType;
    }

    struct Socket { QString name; QString type; qint64 link; QString widget; bool used = false; };
    QList<Socket> sockets;
    const JsonTree savedInputs = n.value(u"inputs");
    for (int i = 0; savedInputs.isArray() && i < savedInputs.size(); ++i) {
        const JsonTree &in = savedInputs.at(i);
        const JsonTree type = in.value(u"type");
        sockets.append({in.value(u"name").toString(), type.isString() ? type.toString() : type.toPythonString(),
                        savedInteger(in.value(u"link"), -1), in.value(u"widget").value(u"name").toString()});
    }
    auto attachLink = [&](DocumentInput &input, const Socket &socket) {
        const int li = context.linkIndex.value(socket.link, -1);
        if (socket.link < 0 || li < 0)
            return;
        const JsonTree &l = context.links->at(li);
        input.linked = true;
        const QString origin = savedIdText(l.isArray() ? l.at(1) : l.value(u"origin_id"));
        // Inside a subgraph, a link from the subgraph's input node (-10) comes in through
        // the subgraph node itself.
        input.linkNodeId = context.parentId.isEmpty() ? origin
            : origin == "-10"_L1                      ? context.parentId
                                                      : context.parentId + u':' + origin;
        input.linkSlot = int(savedInteger(l.isArray() ? l.at(2) : l.value(u"origin_slot"), 0));
        const JsonTree type = l.isArray() ? (l.size() > 5 ? l.at(5) : JsonTree()) : l.value(u"type");
        input.linkType = type.isString() ? type.toString() : socket.type;
    };

    const JsonTree values = n.value(u"widgets_values");
    if (cls) {
        const QStringList slotList = PromptConverter::widgetSlots(*cls, values.isArray() ? values.size() : -1);
        for (const InputSpec &spec : cls->inputs) {
            if (spec.section == InputSpec::Section::Hidden)
                continue;
            DocumentInput input;
            input.name = spec.name;
            input.type = spec.type;
            input.spec = &spec;
            input.isWidget = spec.isWidget();
            if (input.isWidget) {
                input.widgetIndex = int(slotList.indexOf(spec.name));
                input.hasControl = spec.hasControlWidget();
                if (input.hasControl && input.widgetIndex >= 0 && input.widgetIndex + 1 < slotList.size()
                    && slotList.at(input.widgetIndex + 1).isEmpty())
                    input.controlIndex = input.widgetIndex + 1;
            }
            bool hasSocket = false;
            for (Socket &socket : sockets) {
                if (!socket.used && (socket.name == spec.name || socket.widget == spec.name)) {
                    socket.used = true;
                    hasSocket = true;
                    attachLink(input, socket);
                    break;
                }
            }
            if (!input.isWidget && !hasSocket && spec.section == InputSpec::Section::Optional)
                continue; // an optional socket the node does not show
            node.inputs.append(input);
        }
    } else if (node.classType == "PrimitiveNode"_L1 || node.classType == "Note"_L1
               || node.classType == "MarkdownNote"_L1) {
        DocumentInput input;
        const bool primitive = node.classType == "PrimitiveNode"_L1;
        input.name = primitive ? u"value"_s : u"text"_s;
        const JsonTree outputs = n.value(u"outputs");
        input.type = primitive && outputs.isArray() && outputs.size() > 0 ? outputs.at(0).value(u"type").toString()
                                                                          : u"STRING"_s;
        input.isWidget = values.isArray() && values.size() > 0;
        input.widgetIndex = 0;
        if (primitive && values.isArray() && values.size() > 1 && values.at(1).isString()
            && (input.type == "INT"_L1 || input.type == "COMBO"_L1 || input.type == "FLOAT"_L1)) {
            input.hasControl = true;
            input.controlIndex = 1;
        }
        if (input.isWidget)
            node.inputs.append(input);
    } else if (values.isArray()) {
        // A node the server lacks: its values are kept and shown by position.
        for (int i = 0; i < values.size(); ++i) {
            DocumentInput input;
            input.name = u"#%1"_s.arg(i + 1);
            input.type = inferredType(values.at(i));
            input.isWidget = true;
            input.widgetIndex = i;
            node.inputs.append(input);
        }
    }
    int widgetSockets = 0;
    for (const Socket &socket : sockets) {
        if (socket.used || (!socket.widget.isEmpty() && cls))
            continue;
        DocumentInput input;
        input.name = socket.name;
        input.type = socket.type;
        attachLink(input, socket);
        if (node.isSubgraph && !socket.widget.isEmpty()) {
            // A widget the subgraph shows on its node: its value is the instance's
            // widgets_values entry (one per widget input, in order), else the inner
            // widget's (resolvePromoted finds it).
            input.widgetIndex = widgetSockets++;
            input.isWidget = !input.linked;
        }
        node.inputs.append(input);
    }
    return node;
}

void WorkflowDocument::buildApiNode(const QString &id, const JsonTree &n, int index)
{
    DocumentNode node;
    node.id = id;
    node.localId = id;
    node.classType = n.value(u"class_type").toString();
    node.treeIndex = index;
    const NodeClass *cls = m_catalogue ? m_catalogue->nodeClass(node.classType) : nullptr;
    node.known = cls != nullptr;
    const QString metaTitle = n.value(u"_meta").value(u"title").toString();
    const QString defaultTitle = cls ? cls->displayName : node.classType;
    node.customTitle = !metaTitle.isEmpty() && metaTitle != defaultTitle;
    node.title = metaTitle.isEmpty() ? defaultTitle : metaTitle;
    const JsonTree *inputsTree = n.find(u"inputs");
    static const JsonTree none;
    const JsonTree &inputs = inputsTree ? *inputsTree : none;
    QSet<QString> seen;
    auto fill = [&](DocumentInput &input, const JsonTree *value) {
        if (value && isLinkValue(*value)) {
            input.linked = true;
            input.linkNodeId = value->at(0).toString();
            input.linkSlot = int(savedInteger(value->at(1), 0));
            const int sourceIndex = m_apiKeys.value(input.linkNodeId, -1);
            const JsonTree *source = sourceIndex < 0 ? nullptr : &m_tree.at(sourceIndex);
            const JsonTree *sourceType = source ? source->find(u"class_type") : nullptr;
            const NodeClass *sourceClass = m_catalogue && sourceType ? m_catalogue->nodeClass(sourceType->toString())
                                                                     : nullptr;
            input.linkType = sourceClass && input.linkSlot >= 0 && input.linkSlot < sourceClass->outputTypes.size()
                ? sourceClass->outputTypes.at(input.linkSlot)
                : input.type;
        }
    };
    if (cls) {
        for (const InputSpec &spec : cls->inputs) {
            if (spec.section == InputSpec::Section::Hidden)
                continue;
            const JsonTree *value = inputs.find(spec.name);
            if (!value && spec.section == InputSpec::Section::Optional)
                continue;
            DocumentInput input;
            input.name = spec.name;
            input.type = spec.type;
            input.spec = &spec;
            input.isWidget = spec.isWidget() || (value && !isLinkValue(*value));
            input.hasControl = spec.hasControlWidget();
            fill(input, value);
            if (input.linked)
                input.isWidget = spec.isWidget();
            seen.insert(spec.name);
            node.inputs.append(input);
        }
    }
    for (int k = 0; inputs.isObject() && k < inputs.size(); ++k) {
        const QString &name = inputs.keys().at(k);
        if (seen.contains(name))
            continue;
        DocumentInput input;
        input.name = name;
        input.type = inferredType(inputs.at(k));
        input.isWidget = !isLinkValue(inputs.at(k));
        fill(input, &inputs.at(k));
        node.inputs.append(input);
    }
    m_nodeIndex.insert(node.id, int(m_nodes.size()));
    m_nodes.append(std::move(node));
}

const JsonTree *WorkflowDocument::nodeTreeConst(const DocumentNode &node) const
{
    if (m_format == Format::Saved) {
        const JsonTree *graph = &m_tree;
        if (node.graphIndex >= 0) {
            const JsonTree *definitions = m_tree.find(u"definitions");
            const JsonTree *subgraphs = definitions ? definitions->find(u"subgraphs") : nullptr;
            graph = subgraphs && subgraphs->isArray() && node.graphIndex < subgraphs->size()
                ? &subgraphs->at(node.graphIndex)
                : nullptr;
        }
        const JsonTree *nodes = graph ? graph->find(u"nodes") : nullptr;
        return nodes && nodes->isArray() && node.treeIndex < nodes->size() ? &nodes->at(node.treeIndex) : nullptr;
    }
    return node.treeIndex < m_tree.size() ? &m_tree.at(node.treeIndex) : nullptr;
}

JsonTree *WorkflowDocument::nodeTree(const DocumentNode &node)
{
    return const_cast<JsonTree *>(nodeTreeConst(node));
}

JsonTree WorkflowDocument::inputValue(const QString &nodeId, const QString &inputName) const
{
    const DocumentNode *n = node(nodeId);
    const int i = n ? n->indexOfInput(inputName) : -1;
    if (i < 0)
        return {};
    const DocumentInput &input = n->inputs.at(i);
    const JsonTree *tree = nodeTreeConst(*n);
    if (!tree)
        return {};
    // find(), not value(): no copies of whole objects on the way (the filter asks for
    // every input of a 10,000-node document).
    if (m_format == Format::Api) {
        const JsonTree *inputs = tree->find(u"inputs");
        const JsonTree *value = inputs ? inputs->find(inputName) : nullptr;
        return value ? *value : JsonTree();
    }
    if (!input.isWidget)
        return {};
    const JsonTree *values = tree->find(u"widgets_values");
    if (values && values->isArray() && input.widgetIndex >= 0 && input.widgetIndex < values->size())
        return values->at(input.widgetIndex);
    if (n->isSubgraph) {
        const auto promoted = m_promoted.constFind(key(nodeId, inputName));
        return promoted == m_promoted.constEnd() ? JsonTree() : inputValue(promoted->first, promoted->second);
    }
    if (values && values->isObject()) {
        if (const JsonTree *value = values->find(inputName))
            return *value;
    }
    return input.spec ? defaultOf(*input.spec) : JsonTree();
}

QString WorkflowDocument::checkValue(const DocumentInput &input, const JsonTree &value) const
{
    return ValueRules::checkInput(input.type, input.spec, value, ValueRules::Strictness::Editor);
}

bool WorkflowDocument::setInputValue(const QString &nodeId, const QString &inputName, const JsonTree &value,
                                     QString *error, ValueCheck check)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const DocumentNode *found = node(nodeId);
    if (!found)
        return fail(WorkflowDocumentText::tr("The workflow has no node %1").arg(nodeId));
    const DocumentNode &n = *found;
    const int ii = n.indexOfInput(inputName);
    if (ii < 0)
        return fail(WorkflowDocumentText::tr("Node %1 has no input %2").arg(nodeId, inputName));
    const DocumentInput &input = n.inputs.at(ii);
    if (input.linked)
        return fail(WorkflowDocumentText::tr("Input %1 of node %2 is a link, not a value").arg(inputName, nodeId));
    if (!input.isWidget)
        return fail(WorkflowDocumentText::tr("Input %1 of node %2 takes a link, not a value").arg(inputName, nodeId));
    if (check == ValueCheck::Checked) {
        if (const QString reason = checkValue(input, value); !reason.isEmpty())
            return fail(reason);
    }
    JsonTree *tree = nodeTree(n);
    if (!tree)
        return fail(WorkflowDocumentText::tr("The workflow has no node %1").arg(nodeId));
    if (m_format == Format::Api) {
        JsonTree *inputs = tree->findMutable(u"inputs");
        if (!inputs || !inputs->isObject()) {
            tree->insert(u"inputs"_s, JsonTree::object());
            inputs = tree->findMutable(u"inputs");
        }
        inputs->insert(inputName, value);
        return true;
    }
    JsonTree *values = tree->findMutable(u"widgets_values");
    if (values && values->isObject()) {
        values->insert(inputName, value);
        return true;
    }
    if (n.isSubgraph && !(values && values->isArray() && input.widgetIndex < values->size())) {
        // The instance holds no value of its own: the inner widget holds it (the
        // frontend's promoted widgets read and write through to it), in the definition.
        const auto promoted = m_promoted.constFind(key(nodeId, inputName));
        if (promoted == m_promoted.constEnd())
            return fail(WorkflowDocumentText::tr("Input %1 of node %2 has no place in the saved workflow").arg(inputName, nodeId));
        const DocumentNode *leaf = node(promoted->first);
        const int li = leaf ? leaf->indexOfInput(promoted->second) : -1;
        JsonTree *leafTree = leaf ? nodeTree(*leaf) : nullptr;
        if (li < 0 || !leafTree || leaf->inputs.at(li).widgetIndex < 0)
            return fail(WorkflowDocumentText::tr("Input %1 of node %2 has no place in the saved workflow").arg(inputName, nodeId));
        JsonTree *leafValues = leafTree->findMutable(u"widgets_values");
        if (leafValues && leafValues->isObject()) {
            leafValues->insert(promoted->second, value);
            return true;
        }
        if (!leafValues || !leafValues->isArray()) {
            leafTree->insert(u"widgets_values"_s, widgetsDefault(*leaf));
            leafValues = leafTree->findMutable(u"widgets_values");
        }
        while (leafValues->size() <= leaf->inputs.at(li).widgetIndex)
            leafValues->append(JsonTree());
        leafValues->at(leaf->inputs.at(li).widgetIndex) = value;
        return true;
    }
    if (input.widgetIndex < 0)
        return fail(WorkflowDocumentText::tr("Input %1 of node %2 has no place in the saved workflow").arg(inputName, nodeId));
    if (!values || !values->isArray()) {
        tree->insert(u"widgets_values"_s, widgetsDefault(n));
        values = tree->findMutable(u"widgets_values");
    }
    while (values->size() <= input.widgetIndex)
        values->append(JsonTree());
    values->at(input.widgetIndex) = value;
    if (n.classType == "PrimitiveNode"_L1 && n.graph.isEmpty()) {
        // The frontend's applyToGraph: the driven widgets hold the primitive's value too.
        for (const DocumentNode &target : std::as_const(m_nodes)) {
            for (const DocumentInput &in : target.inputs) {
                if (in.linked && in.linkNodeId == nodeId && in.isWidget && in.widgetIndex >= 0) {
                    JsonTree *targetValues = nodeTree(target)->findMutable(u"widgets_values");
                    if (targetValues && targetValues->isArray() && in.widgetIndex < targetValues->size())
                        targetValues->at(in.widgetIndex) = value;
                }
            }
        }
    }
    return true;
}

JsonTree WorkflowDocument::widgetsDefault(const DocumentNode &node) const
{
    JsonTree values = JsonTree::array();
    const NodeClass *cls = m_catalogue ? m_catalogue->nodeClass(node.classType) : nullptr;
    if (!cls)
        return values;
    for (const InputSpec &spec : cls->inputs) {
        if (!spec.isWidget())
            continue;
        values.append(defaultOf(spec));
        if (spec.hasControlWidget())
            values.append(JsonTree::fromString(u"randomize"_s));
        if (spec.uploadKind() == "image"_L1 || spec.uploadKind() == "video"_L1 || spec.uploadKind() == "audio"_L1)
            values.append(JsonTree::fromString(spec.uploadKind()));
    }
    return values;
}

QString WorkflowDocument::controlMode(const QString &nodeId, const QString &inputName) const
{
    const DocumentNode *n = node(nodeId);
    const int i = n ? n->indexOfInput(inputName) : -1;
    if (i < 0 || !n->inputs.at(i).hasControl)
        return {};
    const DocumentInput &input = n->inputs.at(i);
    if (m_format == Format::Saved && input.controlIndex >= 0) {
        const JsonTree values = nodeTreeConst(*n)->value(u"widgets_values");
        if (values.isArray() && input.controlIndex < values.size()) {
            const JsonTree &mode = values.at(input.controlIndex);
            if (mode.isBool()) // the first frontends had a "randomize" checkbox
                return mode.toBool() ? u"randomize"_s : u"fixed"_s;
            if (mode.isString())
                return mode.toString();
        }
        return u"randomize"_s;
    }
    // API files carry no control value; "fixed" keeps running them reproducible.
    return m_apiControlModes.value(key(nodeId, inputName), u"fixed"_s);
}

bool WorkflowDocument::setControlMode(const QString &nodeId, const QString &inputName, const QString &mode,
                                      QString *error)
{
    const DocumentNode *n = node(nodeId);
    const int i = n ? n->indexOfInput(inputName) : -1;
    static const QStringList modes{u"fixed"_s, u"increment"_s, u"decrement"_s, u"randomize"_s, u"increment-wrap"_s};
    if (i < 0 || !n->inputs.at(i).hasControl || !modes.contains(mode)) {
        if (error)
            *error = WorkflowDocumentText::tr("Input %1 of node %2 has no \"control after generate\" mode %3").arg(inputName, nodeId, mode);
        return false;
    }
    const DocumentInput &input = n->inputs.at(i);
    if (m_format == Format::Saved && input.controlIndex >= 0) {
        JsonTree *tree = nodeTree(*n);
        JsonTree *values = tree->findMutable(u"widgets_values");
        if (!values || !values->isArray()) {
            tree->insert(u"widgets_values"_s, widgetsDefault(*n));
            values = tree->findMutable(u"widgets_values");
        }
        while (values->size() <= input.controlIndex)
            values->append(JsonTree());
        values->at(input.controlIndex) = JsonTree::fromString(mode);
        return true;
    }
    m_apiControlModes.insert(key(nodeId, inputName), mode);
    return true;
}

JsonTree WorkflowDocument::controlValue(const QString &nodeId, const QString &inputName) const
{
    const DocumentNode *n = node(nodeId);
    const int i = n ? n->indexOfInput(inputName) : -1;
    if (i < 0)
        return {};
    const DocumentInput &input = n->inputs.at(i);
    if (m_format == Format::Saved && input.controlIndex >= 0) {
        const JsonTree *values = nodeTreeConst(*n)->find(u"widgets_values");
        return values && values->isArray() && input.controlIndex < values->size() ? values->at(input.controlIndex)
                                                                                  : JsonTree();
    }
    const auto it = m_apiControlModes.constFind(key(nodeId, inputName));
    return it == m_apiControlModes.constEnd() ? JsonTree() : JsonTree::fromString(*it);
}

void WorkflowDocument::setControlValue(const QString &nodeId, const QString &inputName, const JsonTree &raw)
{
    const DocumentNode *n = node(nodeId);
    const int i = n ? n->indexOfInput(inputName) : -1;
    if (i < 0)
        return;
    const DocumentInput &input = n->inputs.at(i);
    if (m_format == Format::Saved && input.controlIndex >= 0) {
        JsonTree *values = nodeTree(*n)->findMutable(u"widgets_values");
        if (values && values->isArray() && input.controlIndex < values->size())
            values->at(input.controlIndex) = raw;
        else if (!raw.isNull())
            setControlMode(nodeId, inputName, raw.toString(), nullptr);
        return;
    }
    if (raw.isNull())
        m_apiControlModes.remove(key(nodeId, inputName));
    else
        m_apiControlModes.insert(key(nodeId, inputName), raw.toString());
}

// One step of the web UI's control_after_generate on a value (widgets.ts
// addValueControlWidgets); the value itself when the mode leaves it as it is.
static JsonTree steppedValue(const DocumentInput &input, const QString &mode, const JsonTree &before)
{
    JsonTree after = before;
    const InputSpec *spec = input.spec;
    const QString type = spec ? spec->type : input.type;
    if (type == "COMBO"_L1) {
        const QStringList choices = spec ? spec->choices() : QStringList();
        if (choices.isEmpty())
            return before;
        const qsizetype current = choices.indexOf(before.toString());
        qsizetype next = current;
        if (mode == "increment"_L1)
            next = std::min(current + 1, choices.size() - 1);
        else if (mode == "increment-wrap"_L1)
            next = (current + 1) % choices.size();
        else if (mode == "decrement"_L1)
            next = std::max<qsizetype>(current - 1, 0);
        else if (mode == "randomize"_L1)
            next = QRandomGenerator::global()->bounded(int(choices.size()));
        after = JsonTree::fromString(choices.at(std::max<qsizetype>(next, 0)));
    } else if (before.isNumber()) {
        // widgets.ts addValueControlWidgets: step, then clamp to the range;
        // randomize draws in [min, max] capped to ±2^50.
        const JsonNumber min = spec && spec->minimum().isValid() ? spec->minimum() : JsonNumber::fromInt(0);
        const JsonNumber max = spec && spec->maximum().isValid() ? spec->maximum()
                                                               : JsonNumber::fromUInt(std::numeric_limits<quint64>::max());
        const qint64 step = spec && spec->step().isValid() && spec->step().isInteger()
                && spec->step().toDouble() >= 1
            ? spec->step().toInt64(1)
            : 1;
        JsonNumber value = before.toNumber();
        if (type == "FLOAT"_L1) {
            const double s = spec && spec->step().isValid() ? spec->step().toDouble() : 0.1;
            double v = value.toDouble();
            if (mode == "increment"_L1 || mode == "increment-wrap"_L1)
                v += s;
            else if (mode == "decrement"_L1)
                v -= s;
            else if (mode == "randomize"_L1)
                v = std::max(min.toDouble(), -1125899906842624.0)
                    + QRandomGenerator::global()->generateDouble()
                        * (std::min(max.toDouble(), 1125899906842624.0) - std::max(min.toDouble(), -1125899906842624.0));
            v = std::clamp(v, min.toDouble(), max.toDouble());
            value = JsonNumber::fromDouble(v);
        } else {
            if (mode == "increment"_L1 || mode == "increment-wrap"_L1)
                value = addInteger(value, step);
            else if (mode == "decrement"_L1)
                value = addInteger(value, -step);
            else if (mode == "randomize"_L1) {
                const double low = std::max(min.toDouble(), -1125899906842624.0);
                const double high = std::min(max.toDouble(), 1125899906842624.0);
                const quint64 range = quint64((high - low) / double(step));
                const quint64 pick = range ? QRandomGenerator::global()->bounded(range) : 0;
                value = JsonNumber::fromInt(qint64(low) + qint64(pick) * step);
            }
            if (value < min)
                value = min;
            if (max < value)
                value = max;
        }
        after = JsonTree::fromNumber(value);
    } else {
        return before;
    }
    return after;
}

QList<WorkflowDocument::ValueChange> WorkflowDocument::afterQueueChanges() const
{
    QList<ValueChange> changes;
    // The web UI steps the widgets of every node it queued, those inside subgraphs too
    // (app.ts queuePrompt: collectAllNodes(rootGraph), which walks each subgraph node's
    // definition). Instances of one definition share its widgets, so a definition's seed
    // is stepped once for each instance the walk passes through: the steps add up.
    QHash<QString, qsizetype> shared; // definition node + input -> its entry in changes
    auto visit = [&](const DocumentNode &n) {
        for (const DocumentInput &input : n.inputs) {
            if (!input.hasControl || input.linked)
                continue;
            const QString mode = controlMode(n.id, input.name);
            if (mode == "fixed"_L1 || mode.isEmpty())
                continue;
            if (n.graph.isEmpty()) {
                const JsonTree before = inputValue(n.id, input.name);
                const JsonTree after = steppedValue(input, mode, before);
                if (!(after == before))
                    changes.append({n.id, input.name, before, after});
                continue;
            }
            const QString definitionKey = n.graph + u'\n' + n.localId + u'\n' + input.name;
            const auto it = shared.constFind(definitionKey);
            if (it != shared.constEnd()) {
                ValueChange &change = changes[*it];
                change.after = steppedValue(input, mode, change.after);
                continue;
            }
            const JsonTree before = inputValue(n.id, input.name);
            shared.insert(definitionKey, changes.size());
            changes.append({n.id, input.name, before, steppedValue(input, mode, before)});
        }
    };
    for (const DocumentNode &n : m_nodes)
        visit(n);
    for (const DocumentNode &n : m_inner)
        visit(n);
    changes.removeIf([](const ValueChange &c) { return c.after == c.before; });
    return changes;
}

bool WorkflowDocument::setMode(const QString &nodeId, int mode, QString *error)
{
    DocumentNode *n = mutableNode(nodeId);
    if (!n || m_format != Format::Saved || mode < 0 || mode > 4) {
        if (error)
            *error = m_format != Format::Saved ? WorkflowDocumentText::tr("API-format workflows cannot bypass or mute nodes; "
                                                   "open the saved workflow to do that")
                                               : WorkflowDocumentText::tr("The workflow has no node %1").arg(nodeId);
        return false;
    }
    nodeTree(*n)->insert(u"mode"_s, JsonTree::fromInt(mode));
    for (const QString &id : sameNodes(nodeId))
        mutableNode(id)->mode = mode;
    return true;
}

bool WorkflowDocument::setTitle(const QString &nodeId, const QString &title, QString *error)
{
    DocumentNode *found = mutableNode(nodeId);
    if (!found) {
        if (error)
            *error = WorkflowDocumentText::tr("The workflow has no node %1").arg(nodeId);
        return false;
    }
    DocumentNode &n = *found;
    JsonTree *tree = nodeTree(n);
    const NodeClass *cls = m_catalogue ? m_catalogue->nodeClass(n.classType) : nullptr;
    const QString defaultTitle = cls ? cls->displayName : n.classType;
    if (m_format == Format::Saved) {
        if (title.isEmpty())
            tree->remove(u"title");
        else
            tree->insert(u"title"_s, JsonTree::fromString(title));
    } else {
        JsonTree *meta = tree->findMutable(u"_meta");
        if (!meta || !meta->isObject()) {
            tree->insert(u"_meta"_s, JsonTree::object());
            meta = tree->findMutable(u"_meta");
        }
        meta->insert(u"title"_s, JsonTree::fromString(title.isEmpty() ? defaultTitle : title));
    }
    n.customTitle = !title.isEmpty() && title != defaultTitle;
    n.title = title.isEmpty() ? defaultTitle : title;
    for (const QString &id : sameNodes(nodeId)) {
        DocumentNode *copy = mutableNode(id);
        copy->customTitle = n.customTitle;
        copy->title = n.title;
    }
    return true;
}

bool WorkflowDocument::isFavourite(const QString &nodeId) const
{
    const DocumentNode *n = node(nodeId);
    if (!n)
        return false;
    const JsonTree *tree = nodeTreeConst(*n);
    const JsonTree flag = m_format == Format::Saved ? tree->value(u"properties").value(u"easel_favourite")
                                                    : tree->value(u"_meta").value(u"easel_favourite");
    return flag.isBool() && flag.toBool();
}

bool WorkflowDocument::setFavourite(const QString &nodeId, bool favourite)
{
    const DocumentNode *n = node(nodeId);
    if (!n)
        return false;
    JsonTree *tree = nodeTree(*n);
    // Kept in the file where both programs ignore unknown keys: the node's properties in a
    // saved workflow (passed through by the frontend), _meta in an API prompt.
    const QString holderName = m_format == Format::Saved ? u"properties"_s : u"_meta"_s;
    JsonTree *holder = tree->findMutable(holderName);
    if (!holder || !holder->isObject()) {
        if (!favourite)
            return true;
        tree->insert(holderName, JsonTree::object());
        holder = tree->findMutable(holderName);
    }
    if (favourite)
        holder->insert(u"easel_favourite"_s, JsonTree::fromBool(true));
    else
        holder->remove(u"easel_favourite");
    return true;
}

bool WorkflowDocument::isExposed(const QString &nodeId, const QString &input) const
{
    if (m_exposed.contains(nodeId))
        return true;
    if (input.isEmpty())
        return m_exposed.contains(nodeId + QChar(0x1f));
    return m_exposed.contains(key(nodeId, input));
}

PromptConverter::Result WorkflowDocument::toApiPrompt() const
{
    PromptConverter::Result result;
    if (!m_catalogue) {
        result.diagnostics.append({WorkflowDiagnostic::Severity::Error, WorkflowDiagnostic::Kind::Structure, {}, {},
                                   {}, WorkflowDocumentText::tr("the server's node list is not loaded yet")});
        if (m_format == Format::Api) {
            result.prompt = m_tree;
            result.diagnostics += PromptPreflight::check(m_tree, nullptr); // shapes need no catalogue
        }
        return result;
    }
    if (m_format == Format::Api) {
        result.prompt = m_tree;
        result.diagnostics = WorkflowValidator(*m_catalogue).validate(m_tree);
        return result;
    }
    WorkflowDiagnostics structure;
    const SavedWorkflow saved = SavedWorkflow::fromTree(m_tree, &structure);
    result = PromptConverter(*m_catalogue).convert(saved);
    result.diagnostics = structure + result.diagnostics;
    QSet<QString> unknown;
    QSet<QString> explained; // "node\x1finput": the conversion already said why it has no value
    for (const WorkflowDiagnostic &d : std::as_const(result.diagnostics)) {
        if (d.kind == WorkflowDiagnostic::Kind::UnknownClass)
            unknown.insert(d.nodeId);
        if (!d.input.isEmpty())
            explained.insert(d.nodeId + QChar(0x1f) + d.input);
    }
    const WorkflowDiagnostics checks = WorkflowValidator(*m_catalogue).validate(result.prompt);
    for (const WorkflowDiagnostic &d : checks) {
        if (d.kind == WorkflowDiagnostic::Kind::UnknownClass && unknown.contains(d.nodeId))
            continue;
        // A loop through reroutes is reported as one, not also as a missing input.
        if (d.kind == WorkflowDiagnostic::Kind::MissingInput && explained.contains(d.nodeId + QChar(0x1f) + d.input))
            continue;
        result.diagnostics.append(d);
    }
    return result;
}

QByteArray WorkflowDocument::toJson(Format format, QString *error) const
{
    if (format == m_format)
        return m_tree.toPython();
    if (format == Format::Saved) {
        if (error)
            *error = WorkflowDocumentText::tr("An API-format workflow has no layout to save as a saved (UI) workflow");
        return {};
    }
    const PromptConverter::Result result = toApiPrompt();
    if (!m_catalogue) {
        if (error)
            *error = WorkflowDocumentText::tr("The server's node list is needed to convert the workflow to the API format");
        return {};
    }
    return result.prompt.toPython();
}

bool WorkflowDocument::save(const QString &path, Format format, QString *error) const
{
    const QByteArray json = toJson(format, error);
    if (json.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error = WorkflowDocumentText::tr("Cannot save %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Easel
