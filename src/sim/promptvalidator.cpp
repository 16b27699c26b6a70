#include "promptvalidator.h"

#include "simcatalogue.h"
#include "typerules.h"

#include <QFileInfo>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Easel::Sim {

namespace {

JsonTree reason(const QString &type, const QString &message, const QString &details, const JsonTree &extra)
{
    JsonTree r = JsonTree::object();
    r.insert(u"type"_s, JsonTree::fromString(type));
    r.insert(u"message"_s, JsonTree::fromString(message));
    r.insert(u"details"_s, JsonTree::fromString(details));
    r.insert(u"extra_info"_s, extra);
    return r;
}

JsonTree topError(const QString &type, const QString &message, const QString &details)
{
    return reason(type, message, details, JsonTree::object());
}

QString pyStr(const QString &s)
{
    if (s.contains(u'\'') && !s.contains(u'"'))
        return u'"' + s + u'"';
    QString escaped = s;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s);
    return u'\'' + escaped + u'\'';
}

// Returns the converted value, or an error message like Python's int()/float().
std::optional<JsonTree> coerce(const QString &type, const JsonTree &value, QString *error)
{
    if (type == "INT"_L1) {
        if (value.isNumber()) {
            const JsonNumber n = value.toNumber();
            if (n.isInteger())
                return value;
            return JsonTree::fromNumber(JsonNumber::fromText(QString::number(std::trunc(n.toDouble()), 'f', 0)));
        }
        if (value.isBool())
            return JsonTree::fromInt(value.toBool() ? 1 : 0);
        if (value.isString()) {
            bool ok = false;
            const JsonNumber n = JsonNumber::fromText(value.toString(), &ok);
            if (ok && n.isInteger())
                return JsonTree::fromNumber(n);
            *error = u"invalid literal for int() with base 10: "_s + pyStr(value.toString());
            return std::nullopt;
        }
        *error = u"int() argument must be a string, a bytes-like object or a real number, not '"_s
            + (value.isNull() ? u"NoneType"_s : value.isObject() ? u"dict"_s : u"list"_s) + u"'"_s;
        return std::nullopt;
    }
    if (type == "FLOAT"_L1) {
        if (value.isNumber())
            return JsonTree::fromDouble(value.toNumber().toDouble());
        if (value.isBool())
            return JsonTree::fromDouble(value.toBool() ? 1.0 : 0.0);
        if (value.isString()) {
            bool ok = false;
            const JsonNumber n = JsonNumber::fromText(value.toString(), &ok);
            if (ok)
                return JsonTree::fromDouble(n.toDouble());
            *error = u"could not convert string to float: "_s + pyStr(value.toString());
            return std::nullopt;
        }
        *error = u"float() argument must be a string or a real number"_s;
        return std::nullopt;
    }
    return value;
}

} // namespace

QString pythonRepr(const JsonTree &value)
{
    switch (value.type()) {
    case JsonTree::Type::Null: return u"None"_s;
    case JsonTree::Type::Bool: return value.toBool() ? u"True"_s : u"False"_s;
    case JsonTree::Type::Number: return value.toNumber().toText();
    case JsonTree::Type::String: return pyStr(value.toString());
    case JsonTree::Type::Array: {
        QStringList parts;
        for (int i = 0; i < value.size(); ++i)
            parts.append(pythonRepr(value.at(i)));
        return u'[' + parts.join(", "_L1) + u']';
    }
    case JsonTree::Type::Object: {
        QStringList parts;
        for (int i = 0; i < value.size(); ++i)
            parts.append(pyStr(value.keys().at(i)) + ": "_L1 + pythonRepr(value.at(i)));
        return u'{' + parts.join(", "_L1) + u'}';
    }
    }
    return {};
}

PromptValidator::PromptValidator(const SimCatalogue &catalogue, const QString &inputDir)
    : m_catalogue(catalogue), m_inputDir(inputDir)
{
}

void PromptValidator::record(State &state, const QString &nodeId, Validated v) const
{
    if (!state.validated.contains(nodeId))
        state.validatedOrder.append(nodeId);
    state.validated.insert(nodeId, std::move(v));
}

PromptValidator::Validated PromptValidator::validateInputs(State &state, const QString &nodeId) const
{
    if (state.validated.contains(nodeId))
        return state.validated.value(nodeId);
    if (state.visiting.contains(nodeId))
        return {}; // a cycle: invalid, no reason of its own
    state.visiting.insert(nodeId);
    const JsonTree node = state.prompt->value(nodeId);
    if (!node.isObject())
        throw InnerException{u"KeyError"_s, pyStr(nodeId)};
    const QString classType = node.value(u"class_type").toString();
    const NodeClass *nodeClass = m_catalogue.catalogue().nodeClass(classType);
    if (!nodeClass)
        throw InnerException{u"KeyError"_s, pyStr(classType)};
    const JsonTree inputs = node.value(u"inputs");
    Validated result;
    result.valid = true;
    QList<JsonTree> &errors = result.reasons;
    for (const InputSpec &spec : nodeClass->inputs) {
        if (spec.section == InputSpec::Section::Hidden)
            continue;
        const JsonTree *valuePointer = inputs.find(spec.name);
        if (!valuePointer) {
            if (spec.section == InputSpec::Section::Required) {
                JsonTree extra = JsonTree::object();
                extra.insert(u"input_name"_s, JsonTree::fromString(spec.name));
                errors.append(reason(u"required_input_missing"_s, u"Required input is missing"_s, spec.name, extra));
            }
            continue;
        }
        JsonTree value = *valuePointer;
        const JsonTree inputConfig = m_catalogue.inputConfig(classType, spec.name);
        JsonTree extra = JsonTree::object();
        extra.insert(u"input_name"_s, JsonTree::fromString(spec.name));
        extra.insert(u"input_config"_s, inputConfig);
        if (value.isArray()) {
            if (value.size() != 2) {
                extra.insert(u"received_value"_s, value);
                errors.append(reason(u"bad_linked_input"_s,
                                     u"Bad linked input, must be a length-2 list of [node_id, slot_index]"_s,
                                     spec.name, extra));
                continue;
            }
            const QString sourceId = value.at(0).isString() ? value.at(0).toString() : value.at(0).toNumber().toText();
            const JsonTree source = state.prompt->value(sourceId);
            if (!source.isObject())
                throw InnerException{u"KeyError"_s, pyStr(sourceId)};
            const NodeClass *sourceClass = m_catalogue.catalogue().nodeClass(source.value(u"class_type").toString());
            if (!sourceClass)
                throw InnerException{u"KeyError"_s, pyStr(source.value(u"class_type").toString())};
            const qint64 slot = value.at(1).toNumber().toInt64(-1);
            if (slot < 0 || slot >= sourceClass->outputTypes.size())
                throw InnerException{u"IndexError"_s, u"tuple index out of range"_s};
            const QString receivedType = sourceClass->outputTypes.at(slot);
            if (spec.type != "COMBO"_L1 && !TypeRules::isCompatible(receivedType, spec.type)) {
                extra.insert(u"received_type"_s, JsonTree::fromString(receivedType));
                extra.insert(u"linked_node"_s, value);
                errors.append(reason(u"return_type_mismatch"_s, u"Return type mismatch between linked nodes"_s,
                                     spec.name + u", received_type("_s + receivedType + u") mismatch input_type("_s
                                         + spec.type + u")"_s,
                                     extra));
                continue;
            }
            try {
                const Validated upstream = validateInputs(state, sourceId);
                if (!upstream.valid)
                    result.valid = false;
            } catch (const InnerException &ex) {
                result.valid = false;
                JsonTree innerExtra = extra;
                innerExtra.insert(u"exception_message"_s, JsonTree::fromString(ex.message));
                innerExtra.insert(u"exception_type"_s, JsonTree::fromString(ex.type));
                innerExtra.insert(u"traceback"_s, JsonTree::array());
                innerExtra.insert(u"linked_node"_s, value);
                record(state, sourceId, {false, {reason(u"exception_during_inner_validation"_s,
                                                        u"Exception when validating inner node"_s, ex.message,
                                                        innerExtra)}});
            }
            continue;
        }
        if (value.isObject() && value.contains(u"__value__"))
            value = value.value(u"__value__");
        QString conversionError;
        const std::optional<JsonTree> converted = coerce(spec.type, value, &conversionError);
        if (!converted) {
            extra.insert(u"received_value"_s, value);
            extra.insert(u"exception_message"_s, JsonTree::fromString(conversionError));
            errors.append(reason(u"invalid_input_type"_s,
                                 u"Failed to convert an input value to a "_s + spec.type + u" value"_s,
                                 spec.name + u", "_s + (value.isString() ? value.toString() : pythonRepr(value))
                                     + u", "_s + conversionError,
                                 extra));
            continue;
        }
        value = *converted;
        extra.insert(u"received_value"_s, value);
        if (value.isNumber() && spec.minimum().isValid() && value.toNumber() < spec.minimum()) {
            errors.append(reason(u"value_smaller_than_min"_s,
                                 u"Value %1 smaller than min of %2"_s.arg(value.toNumber().toText(), spec.minimum().toText()),
                                 spec.name, extra));
            continue;
        }
        if (value.isNumber() && spec.maximum().isValid() && spec.maximum() < value.toNumber()) {
            errors.append(reason(u"value_bigger_than_max"_s,
                                 u"Value %1 bigger than max of %2"_s.arg(value.toNumber().toText(), spec.maximum().toText()),
                                 spec.name, extra));
            continue;
        }
        if ((classType == "LoadImage"_L1 && spec.name == "image"_L1)
            || (classType == "LoadAudio"_L1 && spec.name == "audio"_L1)
            || (classType == "LoadVideo"_L1 && spec.name == "file"_L1)) {
            // LoadImage/LoadAudio.VALIDATE_INPUTS: no list check, only the file must exist.
            QString name = value.toString();
            for (const char *suffix : {" [input]", " [output]", " [temp]"}) {
                if (name.endsWith(QLatin1StringView(suffix)))
                    name.chop(qsizetype(qstrlen(suffix)));
            }
            if (!QFileInfo::exists(m_inputDir + u'/' + name)) {
                JsonTree customExtra = JsonTree::object();
                customExtra.insert(u"input_name"_s, JsonTree::fromString(spec.name));
                errors.append(reason(u"custom_validation_failed"_s, u"Custom validation failed for node"_s,
                                     spec.name + u" - Invalid image file: "_s + value.toString(), customExtra));
            }
            continue;
        }
        JsonTree options;
        if (inputConfig.isArray() && inputConfig.size() > 0 && inputConfig.at(0).isArray())
            options = inputConfig.at(0);
        else if (spec.type == "COMBO"_L1 && inputConfig.isArray() && inputConfig.size() > 1)
            options = inputConfig.at(1).value(u"options");
        if (options.isArray()) {
            bool found = false;
            for (int i = 0; i < options.size() && !found; ++i)
                found = options.at(i) == value;
            if (!found) {
                QString listInfo = pythonRepr(options);
                if (options.size() > 20) {
                    listInfo = u"(list of length %1)"_s.arg(options.size());
                    extra.insert(u"input_config"_s, JsonTree());
                }
                errors.append(reason(u"value_not_in_list"_s, u"Value not in list"_s,
                                     spec.name + u": '"_s + (value.isString() ? value.toString() : pythonRepr(value))
                                         + u"' not in "_s + listInfo,
                                     extra));
            }
        }
    }
    state.visiting.remove(nodeId);
    if (!errors.isEmpty())
        result.valid = false;
    record(state, nodeId, result);
    return result;
}

PromptValidator::Result PromptValidator::validate(const JsonTree &prompt, const JsonTree &partialTargets) const
{
    Result r;
    r.nodeErrors = JsonTree::object();
    const JsonTree graph = prompt.isObject() ? prompt : JsonTree::object();
    QStringList outputs;
    for (int i = 0; i < graph.size(); ++i) {
        const QString id = graph.keys().at(i);
        const JsonTree node = graph.at(i);
        if (!node.contains(u"class_type")) {
            r.error = topError(u"invalid_prompt"_s, u"Cannot execute because a node is missing the class_type property."_s,
                               u"Node ID '#%1'"_s.arg(id));
            return r;
        }
        const QString classType = node.value(u"class_type").toString();
        if (!m_catalogue.contains(classType)) {
            r.error = topError(u"invalid_prompt"_s, u"Cannot execute because node %1 does not exist."_s.arg(classType),
                               u"Node ID '#%1'"_s.arg(id));
            return r;
        }
        if (m_catalogue.isOutputNode(classType)) {
            bool targeted = true;
            if (partialTargets.isArray()) {
                targeted = false;
                for (int t = 0; t < partialTargets.size(); ++t)
                    targeted = targeted || partialTargets.at(t).toString() == id;
            }
            if (targeted)
                outputs.append(id);
        }
    }
    if (outputs.isEmpty()) {
        r.error = topError(u"prompt_no_outputs"_s, u"Prompt has no outputs"_s, QString());
        return r;
    }
    State state;
    state.prompt = &graph;
    QStringList detailLines;
    for (const QString &output : std::as_const(outputs)) {
        Validated m;
        try {
            state.visiting.clear();
            m = validateInputs(state, output);
        } catch (const InnerException &ex) {
            JsonTree extra = JsonTree::object();
            extra.insert(u"exception_type"_s, JsonTree::fromString(ex.type));
            extra.insert(u"traceback"_s, JsonTree::array());
            m = {false, {reason(u"exception_during_validation"_s, u"Exception when validating node"_s, ex.message, extra)}};
            record(state, output, m);
        }
        if (m.valid) {
            r.outputs.append(output);
            continue;
        }
        for (const JsonTree &own : std::as_const(m.reasons))
            detailLines.append(own.value(u"message").toString() + u": "_s + own.value(u"details").toString());
        for (const QString &id : std::as_const(state.validatedOrder)) {
            const Validated &v = state.validated[id];
            if (v.valid || v.reasons.isEmpty())
                continue;
            JsonTree entry = r.nodeErrors.value(id);
            if (!entry.isObject()) {
                entry = JsonTree::object();
                JsonTree errors = JsonTree::array();
                for (const JsonTree &reasonTree : v.reasons)
                    errors.append(reasonTree);
                entry.insert(u"errors"_s, errors);
                entry.insert(u"dependent_outputs"_s, JsonTree::array());
                entry.insert(u"class_type"_s, graph.value(id).value(u"class_type"));
            }
            JsonTree dependents = entry.value(u"dependent_outputs");
            dependents.append(JsonTree::fromString(output));
            entry.insert(u"dependent_outputs"_s, dependents);
            r.nodeErrors.insert(id, entry);
        }
    }
    if (r.outputs.isEmpty()) {
        r.error = topError(u"prompt_outputs_failed_validation"_s, u"Prompt outputs failed validation"_s,
                           detailLines.join(u'\n'));
        return r;
    }
    r.ok = true;
    return r;
}

} // namespace Easel::Sim
