#include "valuerules.h"

#include "jsontree.h"
#include "nodecatalogue.h"

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

QString checkInput(const QString &declaredType, const InputSpec *spec, const JsonTree &value, Strictness strictness)
{
    const QString type = spec ? spec->type : declaredType;
    const bool editor = strictness == Strictness::Editor;
    if (type == "INT"_L1 || type == "FLOAT"_L1) {
        if (!value.isNumber())
            return ValueRulesText::tr("expects a number");
        // The server converts an INT with int(): a whole float is no error there.
        return checkNumber(value.toNumber(), editor && type == "INT"_L1, spec ? spec->minimum() : JsonNumber(),
                           spec ? spec->maximum() : JsonNumber());
    }
    if (type == "BOOLEAN"_L1)
        return value.isBool() ? QString() : ValueRulesText::tr("expects true or false");
    if (type == "STRING"_L1)
        return !editor || value.isString() ? QString() : ValueRulesText::tr("expects text");
    if (type == "COMBO"_L1) {
        if (editor && !value.isString() && !value.isNumber())
            return ValueRulesText::tr("expects one of the server's choices");
        if (!spec || !spec->uploadKind().isEmpty())
            return {};
        return checkChoice(value.isString() ? value.toString() : value.toPythonString(), spec->choices(),
                           ChoiceSource::Server);
    }
    if (editor && (value.isArray() || value.isObject()))
        return ValueRulesText::tr("only plain values can be edited here");
    return {};
}

JsonTree widgetDefault(const InputSpec &spec)
{
    if (!spec.defaultValue().isUndefined() && !spec.defaultValue().isNull())
        return JsonTree::fromQJsonValue(spec.defaultValue());
    if (spec.type == "COMBO"_L1)
        return JsonTree::fromString(spec.choices().isEmpty() ? QString() : spec.choices().constFirst());
    if (spec.type == "INT"_L1 || spec.type == "FLOAT"_L1)
        return spec.minimum().isValid() && spec.minimum().toDouble() > 0 ? JsonTree::fromNumber(spec.minimum())
                                                                     : JsonTree::fromInt(0);
    if (spec.type == "BOOLEAN"_L1)
        return JsonTree::fromBool(false);
    return JsonTree::fromString(QString());
}

bool isControlMode(const QString &mode)
{
    static const QStringList modes{u"fixed"_s, u"increment"_s, u"decrement"_s, u"randomize"_s, u"increment-wrap"_s};
    return modes.contains(mode);
}

} // namespace Easel::ValueRules
