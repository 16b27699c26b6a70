#pragma once

#include "jsonnumber.h"

#include <QString>
#include <QStringList>

namespace Easel {

class JsonTree;

// What the administrator allows for one input in kiosk mode: locked, editable, editable
// within a range (numbers, both ends inclusive, either end open), or editable among listed
// choices. Parsed from the value of one [inputs] line of kiosk.conf.
class KioskInputRule
{
public:
    enum class Access { Locked, Editable };

    static KioskInputRule locked() { return {}; }
    static KioskInputRule editable();
    // "locked", "editable", "10..30", "..8.5", "1..", "euler|euler_ancestral".
    static KioskInputRule parse(const QString &text, bool *ok);

    Access access() const { return m_access; }
    bool isEditable() const { return m_access == Access::Editable; }
    JsonNumber minimum() const { return m_minimum; } // invalid: no lower bound
    JsonNumber maximum() const { return m_maximum; }
    QStringList choices() const { return m_choices; }
    // A range or choices, not just "editable": such an input's control_after_generate
    // mode stays as the administrator's workflow has it.
    bool isRestricted() const { return m_minimum.isValid() || m_maximum.isValid() || !m_choices.isEmpty(); }
    // Does the rule allow this value? why says what is allowed when not (the shared
    // ValueRules words). type is the input's (INT takes integers only); empty when unknown.
    bool allows(const JsonTree &value, QString *why, const QString &type = {}) const;
    // The server's choices this rule leaves (in the server's order), or the rule's own
    // when the server's are unknown.
    QStringList offeredChoices(const QStringList &serverChoices) const;
    // Narrows a spec's range to the rule's (an invalid end is open).
    void narrow(JsonNumber *minimum, JsonNumber *maximum) const;

private:
    Access m_access = Access::Locked;
    JsonNumber m_minimum;
    JsonNumber m_maximum;
    QStringList m_choices;
};

} // namespace Easel
