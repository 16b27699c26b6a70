#include "promptconverter.h"

#include "nodecatalogue.h"
#include "savedworkflow.h"

#include <QCoreApplication>
#include <QSet>

#include <deque>
#include <map>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

// lupdate files tr() calls by the class they are made from; a free helper would file these
// strings under the namespace, where the translation is never looked up.
struct PromptConverterText
{
    Q_DECLARE_TR_FUNCTIONS(Easel::PromptConverter)
};

// Reroutes and bypass chains are followed recursively; a loop among them would never end.
constexpr int MaxResolveDepth = 4096;
// Subgraphs containing themselves (directly or not) are refused past this depth.
constexpr int MaxSubgraphDepth = 64;

bool isVirtual(const QString &type)
{
    return type == "Reroute"_L1 || type == "PrimitiveNode"_L1 || type == "Note"_L1 || type == "MarkdownNote"_L1;
}

// litegraph isValidConnection: "*", "" and 0 match anything; otherwise equal ignoring
// case, or comma-separated unions that share a member.
bool compatible(const QString &a, const QString &b)
{
    auto isAny = [](const QString &t) { return t.isEmpty() || t == "*"_L1 || t == "0"_L1; };
    if (isAny(a) || isAny(b) || a.compare(b, Qt::CaseInsensitive) == 0)
        return true;
    if (!a.contains(u',') && !b.contains(u','))
        return false;
    const QStringList as = a.toLower().split(u',');
    const QStringList bs = b.toLower().split(u',');
    for (const QString &t : as) {
        if (bs.contains(t))
            return true;
    }
    return false;
}

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

struct Scope
{
    const SavedGraph *graph = nullptr;
    const Scope *parent = nullptr;
    const SavedNode *instance = nullptr; // the subgraph or group instance in the parent
    QString prefix;                      // "" at the root, "5:" or "5:7:" inside
    int depth = 0;
};

struct Source
{
    enum Kind { None, Link, Literal } kind = None;
    QString id;
    int slot = 0;
    JsonTree literal;
};

class Conversion
{
public:
    Conversion(const NodeCatalogue &catalogue, const SavedWorkflow &workflow, PromptConverter::Result &result)
        : m_catalogue(catalogue), m_workflow(workflow), m_result(result)
    {
    }

    void run()
    {
        Scope &root = m_scopes.emplace_back();
        root.graph = &m_workflow.root();
        emitGraph(root);
        dropDanglingLinks();
    }

private:
    void diagnose(WorkflowDiagnostic::Severity severity, WorkflowDiagnostic::Kind kind, const Scope &scope,
                  const SavedNode &node, const QString &input, const QString &message)
    {
        m_result.diagnostics.append({severity, kind, scope.prefix + node.id,
                                     node.title.isEmpty() ? node.type : node.title, input, message});
    }

    const Scope &childScope(const Scope &parent, const SavedNode &instance, const SavedGraph *graph)
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

    void emitGraph(const Scope &scope)
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

    // Legacy group node: the instance's widgets_values are the inner nodes' widget slotList
    // concatenated in definition order, control slotList included (§5.8).
    void emitGroup(const Scope &scope, const SavedNode &instance)
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

    void emitNode(const Scope &scope, const SavedNode &node, const JsonTree &widgetsValues)
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

    // widgetSlots() per class and value count, computed once per conversion.
    const QStringList &slotsFor(const NodeClass &cls, int count)
    {
        const auto key = std::make_pair(&cls, count);
        auto it = m_slotCache.find(key);
        if (it == m_slotCache.end())
            it = m_slotCache.emplace(key, PromptConverter::widgetSlots(cls, count)).first;
        return it->second;
    }

    // Which input of bypassed node N carries its output slot through (§5.4 bypassSlot).
    static int bypassSlot(const SavedNode &n, int slot, const QString &wanted)
    {
        if (wanted.isEmpty() || wanted == "*"_L1)
            return slot < n.inputs.size() ? slot : (n.inputs.isEmpty() ? -1 : 0);
        const QString outType = slot < n.outputs.size() ? n.outputs.at(slot).type : QString();
        if (slot < n.inputs.size() && compatible(n.inputs.at(slot).type, outType)
            && compatible(n.inputs.at(slot).type, wanted))
            return slot;
        for (int k = 0; k < n.inputs.size(); ++k) {
            if (n.inputs.at(k).type == wanted)
                return k;
        }
        for (int k = 0; k < n.inputs.size(); ++k) {
            if (compatible(n.inputs.at(k).type, outType) && compatible(n.inputs.at(k).type, wanted))
                return k;
        }
        return -1;
    }

    Source resolveInput(const Scope &scope, const SavedNode &node, int index, int depth)
    {
        if (depth > MaxResolveDepth) {
            m_loopFound = true; // reported on the input whose link led here (emitNode)
            return {};
        }
        const SavedNodeInput &input = node.inputs.at(index);
        const SavedGraph &graph = *scope.graph;
        if (graph.isGroupNode) {
            if (input.link < 0) { // an input of the group instance, from outside
                const int nodeIndex = int(graph.nodeIndex.value(node.id, -1));
                const int k = int(graph.groupInputs.indexOf(std::pair<int, int>(nodeIndex, index)));
                if (k < 0 || !scope.instance || k >= scope.instance->inputs.size())
                    return {};
                return resolveInput(*scope.parent, *scope.instance, k, depth + 1);
            }
            // Links inside a group node ignore bypass and virtual nodes (§5.8).
            const SavedLink *link = graph.link(input.link);
            if (!link)
                return {};
            return {Source::Link, scope.prefix + link->originId, link->originSlot, {}};
        }
        if (input.link < 0)
            return {};
        const SavedLink *link = graph.link(input.link);
        if (!link) {
            diagnose(WorkflowDiagnostic::Severity::Warning, WorkflowDiagnostic::Kind::BadLink, scope, node,
                     input.name, PromptConverterText::tr("input refers to link %1, which the workflow does not have").arg(input.link));
            return {};
        }
        if (link->targetSlot != index && scope.prefix.isEmpty() && depth == 0) {
            diagnose(WorkflowDiagnostic::Severity::Warning, WorkflowDiagnostic::Kind::BadLink, scope, node,
                     input.name,
                     PromptConverterText::tr("link %1 names target slot %2, but the node holds it in input %3 (%4 inputs); the "
                        "input that holds the link is used, as ComfyUI does")
                         .arg(link->id).arg(link->targetSlot).arg(index).arg(node.inputs.size()));
        }
        if (link->originId == QLatin1StringView(SavedWorkflow::SubgraphInputId))
            return resolveSubgraphInput(scope, link->originSlot, depth + 1);
        const SavedNode *origin = graph.node(link->originId);
        if (!origin) {
            diagnose(WorkflowDiagnostic::Severity::Error, WorkflowDiagnostic::Kind::BadLink, scope, node, input.name,
                     PromptConverterText::tr("link %1 comes from node %2, which does not exist").arg(link->id).arg(link->originId));
            return {};
        }
        return resolveOutput(scope, *origin, link->originSlot, input.type, depth + 1);
    }

    // An input entering a subgraph from its instance's input `slot` (link origin -10).
    Source resolveSubgraphInput(const Scope &scope, int slot, int depth)
    {
        const SavedNode *instance = scope.instance;
        if (!instance || !scope.parent || slot < 0 || slot >= instance->inputs.size())
            return {};
        const SavedNodeInput &outer = instance->inputs.at(slot);
        if (outer.link < 0) {
            // A widget promoted onto the instance: its value is in the instance's
            // widgets_values, one per widget input in order.
            if (outer.widgetName.isEmpty() || !instance->widgetsValues.isArray())
                return {};
            int widgetIndex = 0;
            for (int k = 0; k < slot; ++k)
                widgetIndex += instance->inputs.at(k).widgetName.isEmpty() ? 0 : 1;
            if (widgetIndex >= instance->widgetsValues.size())
                return {};
            return {Source::Literal, {}, 0, instance->widgetsValues.at(widgetIndex)};
        }
        int index = instance->indexOfInputWithLink(outer.link);
        if (index < 0)
            index = slot;
        return resolveInput(*scope.parent, *instance, index, depth + 1);
    }

    Source resolveOutput(const Scope &scope, const SavedNode &node, int slot, const QString &wanted, int depth)
    {
        // One more than resolveInput allows: a loop through reroutes or bypassed nodes
        // alternates between the two and must end in resolveInput, which reports it as
        // the loop it is (stopping here silently left only "a required input is missing").
        if (depth > MaxResolveDepth + 1)
            return {};
        if (node.mode == SavedNode::Never)
            return {};
        if (node.mode == SavedNode::Bypass) {
            const int i = bypassSlot(node, slot, wanted);
            return i < 0 ? Source() : resolveInput(scope, node, i, depth + 1);
        }
        if (const SavedGraph *definition = m_workflow.subgraph(node.type)) {
            if (scope.depth >= MaxSubgraphDepth || slot < 0 || slot >= definition->outputs.size()
                || definition->outputs.at(slot).linkIds.isEmpty())
                return {};
            const Scope &inner = childScope(scope, node, definition);
            const SavedLink *link = definition->link(definition->outputs.at(slot).linkIds.constFirst());
            if (!link)
                return {};
            if (link->originId == QLatin1StringView(SavedWorkflow::SubgraphInputId))
                return resolveSubgraphInput(inner, link->originSlot, depth + 1);
            const SavedNode *origin = definition->node(link->originId);
            return origin ? resolveOutput(inner, *origin, link->originSlot, wanted, depth + 1) : Source();
        }
        if (const SavedGraph *group = m_workflow.groupNode(node.type)) {
            if (slot < 0 || slot >= group->groupOutputs.size())
                return {};
            const auto [innerIndex, innerSlot] = group->groupOutputs.at(slot);
            return {Source::Link, scope.prefix + node.id + u':' + QString::number(innerIndex), innerSlot, {}};
        }
        if (node.type == "Reroute"_L1)
            return slot < node.inputs.size() ? resolveInput(scope, node, slot, depth + 1) : Source();
        if (node.type == "PrimitiveNode"_L1) {
            // The frontend copies the primitive's value into the target widget
            // (applyToGraph) and then drops the link: a literal.
            if (node.widgetsValues.isArray() && node.widgetsValues.size() > 0)
                return {Source::Literal, {}, 0, node.widgetsValues.at(0)};
            return {};
        }
        if (isVirtual(node.type))
            return {};
        return {Source::Link, scope.prefix + node.id, slot, {}};
    }

    // §5.6 step 1: inputs linked to a node that is not in the prompt are deleted.
    void dropDanglingLinks()
    {
        JsonTree &prompt = m_result.prompt;
        for (int i = 0; i < prompt.size(); ++i) {
            JsonTree *inputs = prompt.at(i).findMutable(u"inputs");
            if (!inputs)
                continue;
            const QStringList keys = inputs->keys();
            for (const QString &key : keys) {
                const JsonTree *v = inputs->find(key);
                if (v && v->isArray() && v->size() == 2 && !m_ids.contains(v->at(0).toString()))
                    inputs->remove(key);
            }
        }
    }

    const NodeCatalogue &m_catalogue;
    const SavedWorkflow &m_workflow;
    PromptConverter::Result &m_result;
    std::deque<Scope> m_scopes; // stable addresses
    QHash<QString, const Scope *> m_scopeByPrefix;
    QSet<QString> m_ids;
    bool m_loopFound = false; // the input being resolved leads into a loop
    std::map<std::pair<const NodeClass *, int>, QStringList> m_slotCache;
};

} // namespace

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
