#include "valuerules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Easel::ValueRules {

namespace {
// lupdate files tr() calls by the class they are made from; a free helper would file these
// strings under the namespace, where the translation is never looked up.
struct ValueRulesText
{
    Q_DECLARE_TR_FUNCTIONS(Easel::ValueRules)
};
} // namespace

QString rangeText(const JsonNumber &minimum, const JsonNumber &maximum)
{
    return ValueRulesText::tr("allowed: %1 to %2")
        .arg(minimum.isValid() ? minimum.toText() : u"−∞"_s, maximum.isValid() ? maximum.toText() : u"∞"_s);
}

QString checkNumber(const JsonNumber &value, bool integer, const JsonNumber &minimum, const JsonNumber &maximum)
{
    if (!value.isValid())
        return ValueRulesText::tr("expects a number");
    if (integer && !value.isInteger())
        return ValueRulesText::tr("%1 is not a whole number").arg(value.toText());
    if (minimum.isValid() && value < minimum)
        return ValueRulesText::tr("%1 is below the minimum (%2)").arg(value.toText(), rangeText(minimum, maximum));
    if (maximum.isValid() && maximum < value)
        return ValueRulesText::tr("%1 is above the maximum (%2)").arg(value.toText(), rangeText(minimum, maximum));
    return {};
}

QString checkChoice(const QString &value, const QStringList &choices, ChoiceSource source)
{
    if (choices.isEmpty() || choices.contains(value))
        return {};
    if (source == ChoiceSource::Server)
        return ValueRulesText::tr("\"%1\" is not one of the server's choices").arg(value);
    return ValueRulesText::tr("\"%1\" is not allowed here (allowed: %2)").arg(value, choices.join(u", "_s));
}

} // namespace Easel::ValueRules
