// control_after_generate: each seed-like input's mode, where the file keeps it, and the
// steps the web UI makes to the values after a queue.
#include "workflowdocument.h"

#include "nodecatalogue.h"
#include "valuerules.h"
#include "workflowdocument_p.h"

#include <QRandomGenerator>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Easel {

using namespace DocumentDetail;

namespace {

JsonNumber addInteger(const JsonNumber &value, qint64 delta)
{
    // Seeds reach 2^64 - 1: step in unsigned arithmetic when the value is non-negative.
    const QString text = value.toText();
    bool ok = false;
    const quint64 u = text.toULongLong(&ok);
    if (ok) {
        if (delta >= 0)
            return u > std::numeric_limits<quint64>::max() - quint64(delta) ? JsonNumber::fromUInt(std::numeric_limits<quint64>::max())
                                                                           : JsonNumber::fromUInt(u + quint64(delta));
        const quint64 down = quint64(-delta);
        return u >= down ? JsonNumber::fromUInt(u - down) : JsonNumber::fromInt(qint64(u) - qint64(down));
    }
    return JsonNumber::fromInt(text.toLongLong() + delta);
}

} // namespace

QString WorkflowDocument::controlMode(const QString &nodeId, const QString &inputName) const
{
    const DocumentNode *n = node(nodeId);
    const int i = n ? n->indexOfInput(inputName) : -1;
    if (i < 0 || !n->inputs.at(i).hasControl)
        return {};
    const DocumentInput &input = n->inputs.at(i);
    if (m_format == Format::Saved && input.controlIndex >= 0) {
        const JsonTree values = nodeTreeConst(*n)->value(u"widgets_values");
        if (values.isArray() && input.controlIndex < values.size()) {
            const JsonTree &mode = values.at(input.controlIndex);
            if (mode.isBool()) // the first frontends had a "randomize" checkbox
                return mode.toBool() ? u"randomize"_s : u"fixed"_s;
            if (mode.isString())
                return mode.toString();
        }
        return u"randomize"_s;
    }
    // API files carry no control value; "fixed" keeps running them reproducible.
    return m_apiControlModes.value(key(nodeId, inputName), u"fixed"_s);
}

bool WorkflowDocument::setControlMode(const QString &nodeId, const QString &inputName, const QString &mode,
                                      QString *error)
{
    const DocumentNode *n = node(nodeId);
    const int i = n ? n->indexOfInput(inputName) : -1;
    if (i < 0 || !n->inputs.at(i).hasControl || !ValueRules::isControlMode(mode)) {
        if (error)
            *error = WorkflowDocumentText::tr("Input %1 of node %2 has no \"control after generate\" mode %3").arg(inputName, nodeId, mode);
        return false;
    }
    const DocumentInput &input = n->inputs.at(i);
    if (m_format == Format::Saved && input.controlIndex >= 0) {
        JsonTree *tree = nodeTree(*n);
        JsonTree *values = tree->findMutable(u"widgets_values");
        if (!values || !values->isArray()) {
            tree->insert(u"widgets_values"_s, widgetsDefault(*n));
            values = tree->findMutable(u"widgets_values");
        }
        while (values->size() <= input.controlIndex)
            values->append(JsonTree());
        values->at(input.controlIndex) = JsonTree::fromString(mode);
        return true;
    }
    m_apiControlModes.insert(key(nodeId, inputName), mode);
    return true;
}

JsonTree WorkflowDocument::controlValue(const QString &nodeId, const QString &inputName) const
{
    const DocumentNode *n = node(nodeId);
    const int i = n ? n->indexOfInput(inputName) : -1;
    if (i < 0)
        return {};
    const DocumentInput &input = n->inputs.at(i);
    if (m_format == Format::Saved && input.controlIndex >= 0) {
        const JsonTree *values = nodeTreeConst(*n)->find(u"widgets_values");
        return values && values->isArray() && input.controlIndex < values->size() ? values->at(input.controlIndex)
                                                                                  : JsonTree();
    }
    const auto it = m_apiControlModes.constFind(key(nodeId, inputName));
    return it == m_apiControlModes.constEnd() ? JsonTree() : JsonTree::fromString(*it);
}

void WorkflowDocument::setControlValue(const QString &nodeId, const QString &inputName, const JsonTree &raw)
{
    const DocumentNode *n = node(nodeId);
    const int i = n ? n->indexOfInput(inputName) : -1;
    if (i < 0)
        return;
    const DocumentInput &input = n->inputs.at(i);
    if (m_format == Format::Saved && input.controlIndex >= 0) {
        JsonTree *values = nodeTree(*n)->findMutable(u"widgets_values");
        if (values && values->isArray() && input.controlIndex < values->size())
            values->at(input.controlIndex) = raw;
        else if (!raw.isNull())
            setControlMode(nodeId, inputName, raw.toString(), nullptr);
        return;
    }
    if (raw.isNull())
        m_apiControlModes.remove(key(nodeId, inputName));
    else
        m_apiControlModes.insert(key(nodeId, inputName), raw.toString());
}

// One step of the web UI's control_after_generate on a value (widgets.ts
// addValueControlWidgets); the value itself when the mode leaves it as it is.
static JsonTree steppedValue(const DocumentInput &input, const QString &mode, const JsonTree &before)
{
    JsonTree after = before;
    const InputSpec *spec = input.spec;
    const QString type = spec ? spec->type : input.type;
    if (type == "COMBO"_L1) {
        const QStringList choices = spec ? spec->choices() : QStringList();
        if (choices.isEmpty())
            return before;
        const qsizetype current = choices.indexOf(before.toString());
        qsizetype next = current;
        if (mode == "increment"_L1)
            next = std::min(current + 1, choices.size() - 1);
        else if (mode == "increment-wrap"_L1)
            next = (current + 1) % choices.size();
        else if (mode == "decrement"_L1)
            next = std::max<qsizetype>(current - 1, 0);
        else if (mode == "randomize"_L1)
            next = QRandomGenerator::global()->bounded(int(choices.size()));
        after = JsonTree::fromString(choices.at(std::max<qsizetype>(next, 0)));
    } else if (before.isNumber()) {
        // widgets.ts addValueControlWidgets: step, then clamp to the range;
        // randomize draws in [min, max] capped to ±2^50.
        const JsonNumber min = spec && spec->minimum().isValid() ? spec->minimum() : JsonNumber::fromInt(0);
        const JsonNumber max = spec && spec->maximum().isValid() ? spec->maximum()
                                                               : JsonNumber::fromUInt(std::numeric_limits<quint64>::max());
        const qint64 step = spec && spec->step().isValid() && spec->step().isInteger()
                && spec->step().toDouble() >= 1
            ? spec->step().toInt64(1)
            : 1;
        JsonNumber value = before.toNumber();
        if (type == "FLOAT"_L1) {
            const double s = spec && spec->step().isValid() ? spec->step().toDouble() : 0.1;
            double v = value.toDouble();
            if (mode == "increment"_L1 || mode == "increment-wrap"_L1)
                v += s;
            else if (mode == "decrement"_L1)
                v -= s;
            else if (mode == "randomize"_L1)
                v = std::max(min.toDouble(), -1125899906842624.0)
                    + QRandomGenerator::global()->generateDouble()
                        * (std::min(max.toDouble(), 1125899906842624.0) - std::max(min.toDouble(), -1125899906842624.0));
            v = std::clamp(v, min.toDouble(), max.toDouble());
            value = JsonNumber::fromDouble(v);
        } else {
            if (mode == "increment"_L1 || mode == "increment-wrap"_L1)
                value = addInteger(value, step);
            else if (mode == "decrement"_L1)
                value = addInteger(value, -step);
            else if (mode == "randomize"_L1) {
                const double low = std::max(min.toDouble(), -1125899906842624.0);
                const double high = std::min(max.toDouble(), 1125899906842624.0);
                const quint64 range = quint64((high - low) / double(step));
                const quint64 pick = range ? QRandomGenerator::global()->bounded(range) : 0;
                value = JsonNumber::fromInt(qint64(low) + qint64(pick) * step);
            }
            if (value < min)
                value = min;
            if (max < value)
                value = max;
        }
        after = JsonTree::fromNumber(value);
    } else {
        return before;
    }
    return after;
}

QList<WorkflowDocument::ValueChange> WorkflowDocument::afterQueueChanges() const
{
    QList<ValueChange> changes;
    // The web UI steps the widgets of every node it queued, those inside subgraphs too
    // (app.ts queuePrompt: collectAllNodes(rootGraph), which walks each subgraph node's
    // definition). Instances of one definition share its widgets, so a definition's seed
    // is stepped once for each instance the walk passes through: the steps add up.
    QHash<QString, qsizetype> shared; // definition node + input -> its entry in changes
    auto visit = [&](const DocumentNode &n) {
        for (const DocumentInput &input : n.inputs) {
            if (!input.hasControl || input.linked)
                continue;
            const QString mode = controlMode(n.id, input.name);
            if (mode == "fixed"_L1 || mode.isEmpty())
                continue;
            if (n.graph.isEmpty()) {
                const JsonTree before = inputValue(n.id, input.name);
                const JsonTree after = steppedValue(input, mode, before);
                if (!(after == before))
                    changes.append({n.id, input.name, before, after});
                continue;
            }
            const QString definitionKey = n.graph + u'\n' + n.localId + u'\n' + input.name;
            const auto it = shared.constFind(definitionKey);
            if (it != shared.constEnd()) {
                ValueChange &change = changes[*it];
                change.after = steppedValue(input, mode, change.after);
                continue;
            }
            const JsonTree before = inputValue(n.id, input.name);
            shared.insert(definitionKey, changes.size());
            changes.append({n.id, input.name, before, steppedValue(input, mode, before)});
        }
    };
    for (const DocumentNode &n : m_nodes)
        visit(n);
    for (const DocumentNode &n : m_inner)
        visit(n);
    changes.removeIf([](const ValueChange &c) { return c.after == c.before; });
    return changes;
}

} // namespace Easel
