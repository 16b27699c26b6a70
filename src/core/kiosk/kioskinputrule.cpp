#include "kioskinputrule.h"

#include "jsontree.h"
#include "valuerules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
// lupdate files tr() calls by the class they are made from; a free helper would file these
// strings under the namespace, where the translation is never looked up.
struct KioskInputRuleText
{
    Q_DECLARE_TR_FUNCTIONS(Easel::KioskInputRule)
};
} // namespace

KioskInputRule KioskInputRule::editable()
{
    KioskInputRule rule;
    rule.m_access = Access::Editable;
    return rule;
}

KioskInputRule KioskInputRule::parse(const QString &text, bool *ok)
{
    *ok = true;
    const QString trimmed = text.trimmed();
    if (trimmed.compare("locked"_L1, Qt::CaseInsensitive) == 0)
        return locked();
    if (trimmed.compare("editable"_L1, Qt::CaseInsensitive) == 0)
        return editable();
    KioskInputRule rule = editable();
    if (const qsizetype dots = trimmed.indexOf(".."_L1); dots >= 0) {
        const QString low = trimmed.left(dots).trimmed();
        const QString high = trimmed.mid(dots + 2).trimmed();
        bool lowOk = true;
        bool highOk = true;
        if (!low.isEmpty())
            rule.m_minimum = JsonNumber::fromText(low, &lowOk);
        if (!high.isEmpty())
            rule.m_maximum = JsonNumber::fromText(high, &highOk);
        const bool ordered = !rule.m_minimum.isValid() || !rule.m_maximum.isValid()
                             || !(rule.m_maximum < rule.m_minimum);
        if (!lowOk || !highOk || (low.isEmpty() && high.isEmpty()) || !ordered) {
            *ok = false;
            return locked(); // a rule that cannot be read locks: fail closed
        }
        return rule;
    }
    const QStringList choices = trimmed.split(u'|');
    for (const QString &choice : choices) {
        if (!choice.trimmed().isEmpty())
            rule.m_choices.append(choice.trimmed());
    }
    if (rule.m_choices.isEmpty()) {
        *ok = false;
        return locked();
    }
    return rule;
}

bool KioskInputRule::allows(const JsonTree &value, QString *why, const QString &type) const
{
    if (m_access == Access::Locked) {
        *why = KioskInputRuleText::tr("The administrator locked this input.");
        return false;
    }
    const bool integer = type == "INT"_L1;
    if (m_minimum.isValid() || m_maximum.isValid() || integer || type == "FLOAT"_L1) {
        if (!value.isNumber()) {
            *why = ValueRules::checkNumber({}, integer, {}, {});
            return false;
        }
        *why = ValueRules::checkNumber(value.toNumber(), integer, m_minimum, m_maximum);
        if (!why->isEmpty())
            return false;
    }
    if (!m_choices.isEmpty()) {
        const QString text = value.isString() ? value.toString()
                             : value.isNumber() ? value.toNumber().toText()
                                                : QString();
        *why = ValueRules::checkChoice(text, m_choices, ValueRules::ChoiceSource::Administrator);
        if (!why->isEmpty())
            return false;
    }
    return true;
}

QStringList KioskInputRule::offeredChoices(const QStringList &serverChoices) const
{
    if (m_choices.isEmpty())
        return serverChoices;
    if (serverChoices.isEmpty())
        return m_choices;
    QStringList offered;
    for (const QString &choice : serverChoices) {
        if (m_choices.contains(choice))
            offered.append(choice);
    }
    return offered;
}

void KioskInputRule::narrow(JsonNumber *minimum, JsonNumber *maximum) const
{
    if (m_minimum.isValid() && (!minimum->isValid() || *minimum < m_minimum))
        *minimum = m_minimum;
    if (m_maximum.isValid() && (!maximum->isValid() || m_maximum < *maximum))
        *maximum = m_maximum;
}

} // namespace Easel
