#include "queuetimevalues.h"

#include "dynamicprompt.h"
#include "nodecatalogue.h"
#include "queuetimeresolver.h"
#include "textreplacements.h"
#include "workflowdocument.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Easel {

namespace {

WorkflowDocument readSaved(const JsonTree &saved, const std::shared_ptr<const NodeCatalogue> &catalogue)
{
    WorkflowDocument document(saved, WorkflowDocument::Format::Saved, QString());
    document.setCatalogue(catalogue);
    return document;
}

// document: the saved workflow as read (a copy: the values are written into it).
JsonTree withValuesTree(WorkflowDocument document, const QList<InputOverride> &overrides)
{
    // Edits the document cannot make: values that come from a PrimitiveNode.
    QList<std::pair<int, JsonTree>> primitiveValues;
    for (const InputOverride &item : overrides) {
        if (item.queueTime)
            continue;
        QString error;
        if (document.setInputValue(item.nodeId, item.input, item.value, &error,
                                   WorkflowDocument::ValueCheck::Unchecked))
            continue;
        // A value that comes from a PrimitiveNode lives in that node's first widget.
        const DocumentNode *node = document.node(item.nodeId);
        const int i = node ? node->indexOfInput(item.input) : -1;
        if (i < 0 || !node->inputs.at(i).linked)
            continue;
        const DocumentNode *source = document.node(node->inputs.at(i).linkNodeId);
        if (source && source->classType == u"PrimitiveNode" && source->treeIndex >= 0)
            primitiveValues.append({source->treeIndex, item.value});
    }
    JsonTree tree = document.tree();
    JsonTree *nodes = tree.findMutable(u"nodes");
    for (const auto &[index, value] : primitiveValues) {
        if (!nodes || !nodes->isArray() || index >= nodes->size())
            break;
        JsonTree *values = nodes->at(index).findMutable(u"widgets_values");
        if (values && values->isArray() && values->size() > 0)
            values->at(0) = value;
    }
    return tree;
}

// Whether any text of the prompt or of a job's own values has what the queue-time rules
// act on (a dynamic prompt's syntax, a %pattern%; the resolver skips every other text).
// Most prompts have none: then neither the resolver (a look-up table of every node) nor
// the clock is needed for any job.
bool mayResolve(const JsonTree &prompt, const QList<SweepVariant> &jobs)
{
    const auto acts = [](const JsonTree &value) {
        if (!value.isString())
            return false;
        const QString text = value.toString();
        return DynamicPrompt::hasSyntax(text) || TextReplacements::hasPattern(text);
    };
    for (int n = 0; n < prompt.size(); ++n) {
        const JsonTree *inputs = prompt.at(n).find(u"inputs");
        for (int i = 0; inputs && inputs->isObject() && i < inputs->size(); ++i) {
            if (acts(inputs->at(i)))
                return true;
        }
    }
    for (const SweepVariant &job : jobs) {
        for (const InputOverride &item : job.overrides) {
            if (acts(item.value))
                return true;
        }
    }
    return false;
}

} // namespace

void QueueTimeValues::setCatalogue(std::shared_ptr<const NodeCatalogue> catalogue)
{
    m_catalogue = std::move(catalogue);
}

QList<SweepVariant> QueueTimeValues::resolve(const JsonTree &prompt, const QList<SweepVariant> &variants,
                                             const QByteArray &workflowJson, const QDateTime &now) const
{
    QList<SweepVariant> jobs = variants.isEmpty() ? QList<SweepVariant>{SweepVariant{}} : variants;
    if (!prompt.isObject() || !mayResolve(prompt, jobs))
        return jobs;
    // Most prompts have nothing to resolve: the saved workflow (only needed for its
    // "Node name for S&R" properties and node order) is parsed only when one does.
    QueueTimeResolver resolver(prompt, m_catalogue.get());
    if (resolver.isEmpty())
        return jobs;
    if (!workflowJson.isEmpty())
        resolver = QueueTimeResolver(prompt, m_catalogue.get(), JsonTree::parse(workflowJson));
    // Math.random() in the frontend: a fresh choice for every job.
    const QDateTime at = now.isValid() ? now : QDateTime::currentDateTime();
    const DynamicPrompt::Picker pick = [](int count) { return int(QRandomGenerator::global()->bounded(count)); };
    for (SweepVariant &job : jobs) {
        const QList<InputOverride> &own = job.overrides;
        const auto jobValue = [&own](const QString &nodeId, const QString &input) -> const JsonTree * {
            for (const InputOverride &item : own) {
                if (item.nodeId == nodeId && item.input == input)
                    return &item.value;
            }
            return nullptr;
        };
        const QList<QueueTimeResolver::Value> values = resolver.resolve(jobValue, pick, at);
        for (const QueueTimeResolver::Value &value : values) {
            InputOverride item{value.nodeId, value.input, JsonTree::fromString(value.value)};
            item.queueTime = true;
            job.overrides.append(item);
        }
    }
    return jobs;
}

QByteArray QueueTimeValues::jobWorkflow(const QString &batchId, const QByteArray &workflowJson,
                                        const QList<InputOverride> &overrides) const
{
    if (workflowJson.isEmpty()
        || std::none_of(overrides.cbegin(), overrides.cend(), [](const InputOverride &item) { return !item.queueTime; }))
        return workflowJson;
    auto it = m_documents.find(batchId);
    if (it == m_documents.end() || (*it && (*it)->catalogue() != m_catalogue)) {
        const JsonTree saved = JsonTree::parse(workflowJson);
        ++m_documentsRead;
        it = m_documents.insert(batchId, saved.isObject()
                                             ? std::make_shared<const WorkflowDocument>(readSaved(saved, m_catalogue))
                                             : nullptr);
    }
    if (!*it)
        return workflowJson;
    return withValuesTree(**it, overrides).toPython();
}

QByteArray QueueTimeValues::withValues(const QByteArray &workflowJson, const QList<InputOverride> &overrides,
                                       const NodeCatalogue *catalogue)
{
    if (workflowJson.isEmpty()
        || std::none_of(overrides.cbegin(), overrides.cend(), [](const InputOverride &item) { return !item.queueTime; }))
        return workflowJson;
    const JsonTree saved = JsonTree::parse(workflowJson);
    if (!saved.isObject())
        return workflowJson;
    // A non-owning pointer for the document: the catalogue outlives the call.
    const std::shared_ptr<const NodeCatalogue> shared(catalogue, [](const NodeCatalogue *) { });
    return withValuesTree(readSaved(saved, shared), overrides).toPython();
}

} // namespace Easel
