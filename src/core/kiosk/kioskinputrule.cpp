#include "kioskinputrule.h"

#include "jsontree.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Easel::KioskInputRule", text);
}
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

bool KioskInputRule::allows(const JsonTree &value, QString *why) const
{
    if (m_access == Access::Locked) {
        *why = tr("The administrator locked this input.");
        return false;
    }
    if (m_minimum.isValid() || m_maximum.isValid()) {
        if (!value.isNumber()) {
            *why = tr("Only a number is allowed here.");
            return false;
        }
        const JsonNumber n = value.toNumber();
        if ((m_minimum.isValid() && n < m_minimum) || (m_maximum.isValid() && m_maximum < n)) {
            *why = QCoreApplication::translate("Easel::KioskInputRule", "Allowed here: %1 to %2.")
                       .arg(m_minimum.isValid() ? m_minimum.toText() : u"−∞"_s,
                            m_maximum.isValid() ? m_maximum.toText() : u"∞"_s);
            return false;
        }
    }
    if (!m_choices.isEmpty()) {
        const QString text = value.isString() ? value.toString()
                             : value.isNumber() ? value.toNumber().toText()
                                                : QString();
        if (!m_choices.contains(text)) {
            *why = QCoreApplication::translate("Easel::KioskInputRule", "Allowed here: %1.")
                       .arg(m_choices.join(u", "_s));
            return false;
        }
    }
    return true;
}

} // namespace Easel
