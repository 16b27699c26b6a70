#pragma once

#include "workflowdiagnostic.h"

namespace Easel {

class JsonTree;
class NodeCatalogue;

// Checks an API prompt against the server's node catalogue before it is queued, as the
// server's validate_prompt would (comfyui-protocol.md §1.2): unknown class_type, missing
// required inputs, values out of range or not in the list, links to missing nodes or
// out-of-range slots, and cycles. Every finding names its node and input.
class WorkflowValidator
{
public:
    explicit WorkflowValidator(const NodeCatalogue &catalogue);
    WorkflowDiagnostics validate(const JsonTree &prompt) const;

private:
    const NodeCatalogue &m_catalogue;
};

} // namespace Easel
