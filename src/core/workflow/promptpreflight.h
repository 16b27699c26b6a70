#pragma once

#include "workflowdiagnostic.h"

namespace Easel {

class JsonTree;
class NodeCatalogue;

// The checks every prompt passes before it is sent, from the window and from easel-run,
// whether it was opened as API JSON or converted from a saved workflow: what the server
// is sure to refuse (or to fail on) is an error, and the caller does not send it.
//  - the prompt is an object of node objects; each has a string class_type and an
//    inputs object (a node that is not an object, a class_type that is a number, inputs
//    that are a list);
//  - every list value is a link, as the server reads it: [node id, output slot], the
//    node in the prompt, the slot a whole number from 0, below the node's output count
//    when its class is known; a link to the node itself, or a loop of links, is a cycle;
//  - with a catalogue: the class_type is installed;
//  - a number beyond 64 bits, which no input takes.
// A key given twice in a node or its inputs is a warning: the later value is the one the
// server reads (Python's json keeps the last), the earlier one is lost.
// Long or odd class_type texts are cut short in messages.
namespace PromptPreflight {

WorkflowDiagnostics check(const JsonTree &prompt, const NodeCatalogue *catalogue);
// Whether the findings include one the server is sure to refuse: the prompt stays here.
bool refuses(const WorkflowDiagnostics &diagnostics);
// A class_type fit for a message: at most 60 characters, control characters shown as "?".
QString shortClassType(const QString &classType);

} // namespace PromptPreflight
} // namespace Easel
