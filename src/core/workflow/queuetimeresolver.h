#pragma once

#include "dynamicprompt.h"
#include "jsontree.h"
#include "textreplacements.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace Easel {

class NodeCatalogue;

// What the frontend changes in a prompt while it builds it (ComfyUI_frontend
// src/utils/executionUtil.ts graphToPrompt calls each widget's serializeValue):
//  - every STRING input whose spec has dynamicPrompts: true gets its {a|b} groups chosen
//    and its comments removed (dynamicPrompts.ts, DynamicPrompt);
//  - filename_prefix of the save nodes gets its %date:…% and %Node.widget% patterns
//    filled in (saveImageExtraOutput.ts, TextReplacements), from the values this job runs
//    with before any of them is resolved.
// Built once per batch from the API prompt as queued (and the saved workflow it came
// from, whose nodes may carry a "Node name for S&R" property); resolve() then runs once
// per job, after sweeps and seed control have decided the job's values.
// The saved workflow embedded in outputs keeps the templates: the frontend serialises it
// before any serializeValue runs.
class QueueTimeResolver
{
public:
    struct Value
    {
        QString nodeId;
        QString input;
        QString value;
    };
    // The job's own value of an input, when it differs from the prompt's (else null).
    using JobValue = std::function<const JsonTree *(const QString &nodeId, const QString &input)>;

    QueueTimeResolver() = default;
    // catalogue may be null: dynamic prompts then have no spec to go by and stay as
    // written; the replacements need none.
    QueueTimeResolver(const JsonTree &prompt, const NodeCatalogue *catalogue, const JsonTree &savedWorkflow = {});

    // Nothing in this prompt can be resolved (no dynamic-prompt input, no save node).
    bool isEmpty() const { return m_targets.isEmpty(); }
    // The inputs whose resolved text differs from the job's value, in prompt order.
    QList<Value> resolve(const JobValue &jobValue, const DynamicPrompt::Picker &pick, const QDateTime &now) const;

    // A widget value as the frontend's ('' + value) writes it.
    static QString javaScriptText(const JsonTree &value);

private:
    enum class Kind { DynamicPrompt, Replacements };
    struct Target
    {
        QString nodeId;
        QString input;
        Kind kind;
        QString value; // the prompt's
    };
    struct NodeValues
    {
        QString nodeId;
        QList<QPair<QString, JsonTree>> widgets; // inputs that hold values, in order
    };

    QList<Target> m_targets;
    QList<TextReplacements::Node> m_nodes; // for the look-ups, values as in the prompt
    QList<NodeValues> m_nodeValues;        // parallel to m_nodes
};

} // namespace Easel
