#pragma once

#include "jsonnumber.h"

#include <QString>
#include <QStringList>

namespace Easel {

class JsonTree;
struct InputSpec;

// The checks and messages for an input's value, shared by every place that judges one:
// the editor's check against the server's spec (WorkflowDocument::checkValue), the
// validator of a whole prompt (WorkflowValidator) and the administrator's kiosk rules
// (KioskInputRule), so a visitor and a user read the same words for the same problem.
// Each returns the reason a value is refused, or an empty string when it is allowed.
namespace ValueRules {

// "allowed: 10 to 30" (an open end shows as −∞ or ∞).
QString rangeText(const JsonNumber &minimum, const JsonNumber &maximum);
// A number against a range; integer asks for a whole number written as one ("3e1" and
// "30.0" are refused: the server would get a float for an INT).
QString checkNumber(const JsonNumber &value, bool integer, const JsonNumber &minimum, const JsonNumber &maximum);
// A choice among the server's list (too long to show) or an administrator's (shown).
enum class ChoiceSource { Server, Administrator };
QString checkChoice(const QString &value, const QStringList &choices, ChoiceSource source);

// A value against its input's type (spec's, else type) and spec (null: the type alone):
// a number for INT and FLOAT, within the range; true or false for BOOLEAN; one of the
// choices for a list, except an upload input's (LoadImage takes an uploaded
// "subfolder/name" the list does not hold yet: the server skips that check,
// comfyui-protocol.md 1.6). The two callers differ only where the server is lenient:
enum class Strictness {
    Editor, // what the editor writes is sent as it is: an INT takes a whole number written
            // as one, STRING takes text, a list a string or number, others plain values
    Server, // a whole prompt, judged as the server's validate_inputs would: int() and
            // str() convert what they can, so only what it refuses is refused
};
QString checkInput(const QString &type, const InputSpec *spec, const JsonTree &value, Strictness strictness);

// The value a fresh widget of this input has, as the frontend's widget constructors set it
// (a new node's widgets, an input a document lacks).
JsonTree widgetDefault(const InputSpec &spec);
// One of the web UI's "control after generate" modes (fixed, increment, decrement,
// randomize, increment-wrap).
bool isControlMode(const QString &mode);

} // namespace ValueRules

} // namespace Easel
