// The values of a document's inputs, read and written where the file keeps them: an API
// node's inputs, a saved node's widgets_values, or the inner widget a subgraph node shows.
#include "workflowdocument.h"

#include "nodecatalogue.h"
#include "valuerules.h"
#include "workflowdocument_p.h"

using namespace Qt::StringLiterals;

namespace Easel {

using namespace DocumentDetail;

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
    return input.spec ? ValueRules::widgetDefault(*input.spec) : JsonTree();
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
        values.append(ValueRules::widgetDefault(spec));
        if (spec.hasControlWidget())
            values.append(JsonTree::fromString(u"randomize"_s));
        if (spec.uploadKind() == "image"_L1 || spec.uploadKind() == "video"_L1 || spec.uploadKind() == "audio"_L1)
            values.append(JsonTree::fromString(spec.uploadKind()));
    }
    return values;
}

} // namespace Easel
