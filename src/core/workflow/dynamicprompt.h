#pragma once

#include <QString>

#include <functional>

namespace Easel {

// The frontend's dynamic prompts (ComfyUI_frontend src/utils/formatUtil.ts,
// processDynamicPrompt): "a {red|{dark|light} blue|} cat" picks one option per group at
// random when the prompt is queued. Rule for rule:
//  - C comments go first: "/* ... */" (shortest, across lines) and "//" to the end of the
//    line; an unterminated "/*" stays as text.
//  - "{" opens a group, "|" separates its options at its own depth, "}" closes it; a group
//    still open at the end of the text ends there. Options may be empty ("{a|}" gives "a"
//    or ""). The chosen option is resolved again, so groups nest.
//  - "\x" keeps x literally through the parse; at the end "\{", "\}" and "\|" lose their
//    backslash, any other escape keeps it ("\n" stays two characters).
// One deliberate difference: a backslash that ends the text is kept as it is, where the
// frontend appends the word "undefined" (it reads past the end of the string); and groups
// nested deeper than 200 levels are left as written.
namespace DynamicPrompt {

// pick(n) returns an index in [0, n) for a group with n options (n >= 1).
using Picker = std::function<int(int optionCount)>;

QString resolve(const QString &input, const Picker &pick);
// The comment stripping alone (the frontend's regular expression).
QString stripComments(const QString &input);
// Whether resolve can change the text at all (braces, comments or escapes in it).
bool hasSyntax(const QString &input);

} // namespace DynamicPrompt
} // namespace Easel
