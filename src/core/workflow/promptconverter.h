#pragma once

#include "jsontree.h"
#include "workflowdiagnostic.h"

namespace Easel {

class NodeCatalogue;
class SavedWorkflow;
struct NodeClass;

// Turns a saved (UI) workflow into the API prompt the server runs, by the rules of
// ComfyUI's frontend (executionUtil.ts:graphToPrompt; comfyui-protocol.md §5): muted
// nodes dropped, bypassed ones passed through, Reroute and PrimitiveNode resolved away,
// widgets_values mapped to input names in catalogue order, subgraphs flattened with
// "outer:inner" ids, legacy group nodes expanded as "group:index".
class PromptConverter
{
public:
    struct Result
    {
        JsonTree prompt = JsonTree::object(); // {id: {inputs, class_type, _meta}}
        WorkflowDiagnostics diagnostics;
        bool ok() const { return !hasErrors(diagnostics); }
    };

    explicit PromptConverter(const NodeCatalogue &catalogue);

    Result convert(const SavedWorkflow &workflow) const;

    // The value names widgets_values holds for a class, in order: input names, with ""
    // for the UI-only slots (control_after_generate, upload button). valueCount picks
    // the layout that fits files written without those slots.
    static QStringList widgetSlots(const NodeClass &nodeClass, int valueCount = -1);

private:
    const NodeCatalogue &m_catalogue;
};

} // namespace Easel
