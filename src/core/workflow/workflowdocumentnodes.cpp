// One node of the tree read into a DocumentNode: its title, its inputs in the catalogue's
// order (or the file's, for a class the server lacks) and the links they take, from a
// saved workflow's node or an API prompt's.
#include "workflowdocument.h"

#include "nodecatalogue.h"
#include "savedworkflow.h"

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

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

} // namespace

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

} // namespace Easel
