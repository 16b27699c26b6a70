#pragma once

#include "jsonnumber.h"

#include <QString>
#include <QStringList>

namespace Easel {

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

} // namespace ValueRules

} // namespace Easel
