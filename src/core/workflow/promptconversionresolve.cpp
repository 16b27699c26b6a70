// PromptConverter's resolution of an input to what feeds it: through reroutes, bypassed
// nodes and subgraph boundaries, as the frontend does (§5.4).
#include "promptconversion_p.h"

using namespace Qt::StringLiterals;

namespace Easel::Detail {

namespace {

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

} // namespace

int Conversion::bypassSlot(const SavedNode &n, int slot, const QString &wanted)
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

Source Conversion::resolveInput(const Scope &scope, const SavedNode &node, int index, int depth)
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

Source Conversion::resolveSubgraphInput(const Scope &scope, int slot, int depth)
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

Source Conversion::resolveOutput(const Scope &scope, const SavedNode &node, int slot, const QString &wanted, int depth)
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

void Conversion::dropDanglingLinks()
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

} // namespace Easel::Detail
