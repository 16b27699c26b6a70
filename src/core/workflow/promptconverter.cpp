#include "promptconverter.h"

#include "promptconversion_p.h"

using namespace Qt::StringLiterals;

namespace Easel {

namespace Detail {

namespace {

JsonTree wrapArray(const JsonTree &value)
{
    if (!value.isArray())
        return value;
    JsonTree wrapped = JsonTree::object();
    wrapped.appendMember(u"__value__"_s, value);
    return wrapped;
}

// The value a fresh widget has (the frontend's widget constructors).
JsonTree defaultOf(const InputSpec &spec)
{
    if (!spec.defaultValue().isUndefined() && !spec.defaultValue().isNull())
        return JsonTree::fromQJsonValue(spec.defaultValue());
    if (spec.type == "COMBO"_L1)
        return spec.choices().isEmpty() ? JsonTree() : JsonTree::fromString(spec.choices().constFirst());
    if (spec.type == "INT"_L1 || spec.type == "FLOAT"_L1) {
        if (spec.minimum().isValid() && spec.minimum().toDouble() > 0)
            return JsonTree::fromNumber(spec.minimum());
        return JsonTree::fromInt(0);
    }
    if (spec.type == "STRING"_L1)
        return JsonTree::fromString(QString());
    if (spec.type == "BOOLEAN"_L1)
        return JsonTree::fromBool(false);
    return {};
}

JsonTree linkValue(const QString &id, int slot)
{
    JsonTree link = JsonTree::array();
    link.append(JsonTree::fromString(id));
    link.append(JsonTree::fromInt(slot));
    return link;
}

} // namespace

const Scope &Conversion::childScope(const Scope &parent, const SavedNode &instance, const SavedGraph *graph)
{
    const QString prefix = parent.prefix + instance.id + u':';
    if (const auto it = m_scopeByPrefix.constFind(prefix); it != m_scopeByPrefix.constEnd())
        return **it;
    Scope &scope = m_scopes.emplace_back();
    scope.graph = graph;
    scope.parent = &parent;
    scope.instance = &instance;
    scope.prefix = prefix;
    scope.depth = parent.depth + 1;
    m_scopeByPrefix.insert(prefix, &scope);
    return scope;
}

void Conversion::emitGraph(const Scope &scope)
{
    for (const SavedNode &node : scope.graph->nodes) {
        const SavedGraph *definition = m_workflow.subgraph(node.type);
        const bool disabled = node.mode == SavedNode::Never || node.mode == SavedNode::Bypass;
        if (definition) {
            // The newer frontend does not expand a disabled instance at the root, but
            // still expands one nested in a subgraph (§5.3); Easel matches it and says so.
            if (disabled && !scope.parent)
                continue;
            if (disabled) {
                diagnose(WorkflowDiagnostic::Severity::Warning, WorkflowDiagnostic::Kind::Structure, scope,
                         node, {},
                         PromptConverterText::tr("this subgraph is muted or bypassed inside another subgraph; ComfyUI's "
                            "frontend still runs the nodes inside it, and so does Easel"));
            }
            if (scope.depth >= MaxSubgraphDepth) {
                diagnose(WorkflowDiagnostic::Severity::Error, WorkflowDiagnostic::Kind::Structure, scope,
                         node, {}, PromptConverterText::tr("subgraphs nested deeper than %1 levels (does a subgraph contain "
                                      "itself?)").arg(MaxSubgraphDepth));
                continue;
            }
            emitGraph(childScope(scope, node, definition));
            continue;
        }
        if (disabled || isVirtual(node.type))
            continue;
        if (const SavedGraph *group = m_workflow.groupNode(node.type)) {
            if (scope.parent) {
                diagnose(WorkflowDiagnostic::Severity::Error, WorkflowDiagnostic::Kind::Structure, scope,
                         node, {}, PromptConverterText::tr("group nodes inside subgraphs are not supported (nor by ComfyUI)"));
                continue;
            }
            emitGroup(childScope(scope, node, group), node);
            continue;
        }
        emitNode(scope, node, node.widgetsValues);
    }
}

void Conversion::emitGroup(const Scope &scope, const SavedNode &instance)
{
    int offset = 0;
    const JsonTree &values = instance.widgetsValues;
    for (const SavedNode &inner : scope.graph->nodes) {
        JsonTree own = inner.widgetsValues;
        if (const NodeClass *cls = m_catalogue.nodeClass(inner.type)) {
            const qsizetype count = PromptConverter::widgetSlots(*cls).size();
            if (values.isArray() && offset + count <= values.size()) {
                own = JsonTree::array();
                for (qsizetype k = 0; k < count; ++k)
                    own.append(values.at(int(offset + k)));
            }
            offset += int(count);
        }
        if (inner.mode == SavedNode::Never || inner.mode == SavedNode::Bypass || isVirtual(inner.type))
            continue;
        emitNode(scope, inner, own);
    }
}

void Conversion::emitNode(const Scope &scope, const SavedNode &node, const JsonTree &widgetsValues)
{
    const NodeClass *cls = m_catalogue.nodeClass(node.type);
    JsonTree inputs = JsonTree::object();
    if (cls) {
        const int count = widgetsValues.isArray() ? widgetsValues.size() : -1;
        const QStringList &slotList = slotsFor(*cls, count);
        if (widgetsValues.isArray() && count != slotList.size() && count > 0) {
            diagnose(WorkflowDiagnostic::Severity::Warning, WorkflowDiagnostic::Kind::Structure, scope, node,
                     {}, PromptConverterText::tr("widgets_values holds %1 values where %2 were expected; they are mapped "
                            "in order").arg(count).arg(slotList.size()));
        }
        // Widgets start at their defaults (a node saved without widgets_values, like a
        // fresh SaveImage, still sends filename_prefix); saved values replace them.
        for (qsizetype k = 0; k < slotList.size(); ++k) {
            const QString &name = slotList.at(k);
            if (name.isEmpty())
                continue;
            const JsonTree *saved = nullptr;
            if (widgetsValues.isArray() && k < count)
                saved = &widgetsValues.at(int(k));
            else if (widgetsValues.isObject())
                saved = widgetsValues.find(name);
            if (saved) {
                inputs.appendMember(name, wrapArray(*saved));
            } else if (const InputSpec *spec = cls->input(name)) {
                const JsonTree fallback = defaultOf(*spec);
                if (!fallback.isNull())
                    inputs.appendMember(name, wrapArray(fallback));
            }
        }
    } else {
        diagnose(WorkflowDiagnostic::Severity::Error, WorkflowDiagnostic::Kind::UnknownClass, scope, node, {},
                 PromptConverterText::tr("the node type %1 is not installed on the server").arg(node.type));
    }
    for (int i = 0; i < node.inputs.size(); ++i) {
        // An input converted from a widget the node no longer has: the frontend drops
        // it when it loads the workflow (widgetInputs.ts onGraphConfigured calls
        // convertToWidget when no widget has the input's name).
        const QString &widgetName = node.inputs.at(i).widgetName;
        if (cls && !widgetName.isEmpty() && !(cls->input(widgetName) && cls->input(widgetName)->isWidget())) {
            diagnose(WorkflowDiagnostic::Severity::Warning, WorkflowDiagnostic::Kind::Structure, scope, node,
                     node.inputs.at(i).name,
                     PromptConverterText::tr("the node no longer has the widget %1 this input was made from; the input is "
                        "dropped, as ComfyUI's frontend does when it loads the workflow")
                         .arg(widgetName));
            continue;
        }
        m_loopFound = false;
        const Source source = resolveInput(scope, node, i, 0);
        if (m_loopFound) {
            diagnose(WorkflowDiagnostic::Severity::Error, WorkflowDiagnostic::Kind::Cycle, scope, node,
                     node.inputs.at(i).name, PromptConverterText::tr("the link loops through reroutes or bypassed nodes"));
        }
        if (source.kind == Source::Link)
            inputs.insert(node.inputs.at(i).name, linkValue(source.id, source.slot));
        else if (source.kind == Source::Literal)
            inputs.insert(node.inputs.at(i).name, wrapArray(source.literal));
    }
    JsonTree entry = JsonTree::object();
    entry.appendMember(u"inputs"_s, std::move(inputs));
    if (cls)
        entry.appendMember(u"class_type"_s, JsonTree::fromString(node.type));
    JsonTree meta = JsonTree::object();
    meta.appendMember(u"title"_s, JsonTree::fromString(!node.title.isEmpty() ? node.title
                                                       : cls                ? cls->displayName
                                                                            : node.type));
    entry.appendMember(u"_meta"_s, std::move(meta));
    const QString id = scope.prefix + node.id;
    m_ids.insert(id);
    m_result.prompt.appendMember(id, std::move(entry));
}

const QStringList &Conversion::slotsFor(const NodeClass &cls, int count)
{
    const auto key = std::make_pair(&cls, count);
    auto it = m_slotCache.find(key);
    if (it == m_slotCache.end())
        it = m_slotCache.emplace(key, PromptConverter::widgetSlots(cls, count)).first;
    return it->second;
}

} // namespace Detail

using Detail::Conversion;

PromptConverter::PromptConverter(const NodeCatalogue &catalogue)
    : m_catalogue(catalogue)
{
}

PromptConverter::Result PromptConverter::convert(const SavedWorkflow &workflow) const
{
    Result result;
    Conversion(m_catalogue, workflow, result).run();
    return result;
}

QStringList PromptConverter::widgetSlots(const NodeClass &nodeClass, int valueCount)
{
    // Layouts from the frontend's (all UI-only slotList) to the barest (none): files from
    // other tools may lack the control or upload values.
    QStringList layouts[4];
    for (const InputSpec &spec : nodeClass.inputs) {
        if (!spec.isWidget())
            continue;
        const bool control = spec.hasControlWidget();
        const bool upload = spec.uploadKind() == "image"_L1 || spec.uploadKind() == "video"_L1
            || spec.uploadKind() == "audio"_L1;
        for (int layout = 0; layout < 4; ++layout) {
            layouts[layout].append(spec.name);
            if (control && !(layout & 1))
                layouts[layout].append(QString());
            if (upload && !(layout & 2))
                layouts[layout].append(QString());
        }
    }
    if (valueCount >= 0) {
        for (const QStringList &layout : layouts) {
            if (layout.size() == valueCount)
                return layout;
        }
    }
    return layouts[0];
}

} // namespace Easel
