#pragma once

#include <QString>
#include <QStringList>

namespace Easel {

class NodeCatalogue;

// Which outputs may feed which inputs, as the server checks a link before it runs a
// prompt (ComfyUI comfy_execution/validation.py validate_node_input, non-strict): equal
// types, "*" on either side, or comma-separated type lists that share a type. The web
// UI's litegraph check (LiteGraph.isValidConnection) is looser (case-insensitive, an
// empty type matches anything); what the server accepts is accepted by both, so the
// editor offers exactly that.
namespace TypeRules {

inline constexpr QStringView anyType = u"*";

// May an output of type outputType feed an input of type inputType?
bool isCompatible(const QString &outputType, const QString &inputType);
// Same type (the first choice when several outputs or inputs fit).
bool isExact(const QString &outputType, const QString &inputType);
// The node runs on its own (OUTPUT_NODE): a prompt needs at least one.
bool isOutputNode(const NodeCatalogue &catalogue, const QString &classType);

} // namespace TypeRules

} // namespace Easel
