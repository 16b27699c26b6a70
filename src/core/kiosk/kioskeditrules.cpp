#include "kioskeditrules.h"

#include "nodecatalogue.h"
#include "workflowmodel.h"

#include <QRandomGenerator>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

// The web UI's randomize range when a spec leaves an end open (widgets.ts: [0, 2^50]).
constexpr quint64 openEnd = quint64(1) << 50;

const DocumentInput *findInput(const WorkflowDocument &document, const QString &nodeId, const QString &name)
{
    const DocumentNode *node = document.node(nodeId);
    const int at = node ? node->indexOfInput(name) : -1;
    return at < 0 ? nullptr : &node->inputs.at(at);
}

QString typeOf(const DocumentInput &input)
{
    return input.spec ? input.spec->type : input.type;
}

// Uniform in [0, limit] without modulo bias.
quint64 uniformUpTo(quint64 limit)
{
    if (limit == std::numeric_limits<quint64>::max())
        return QRandomGenerator::global()->generate64();
    const quint64 count = limit + 1;
    const quint64 threshold = (0 - count) % count; // 2^64 mod count
    for (;;) {
        const quint64 r = QRandomGenerator::global()->generate64();
        if (r >= threshold)
            return r % count;
    }
}

bool isNegative(const JsonNumber &n)
{
    return n < JsonNumber::fromInt(0);
}

} // namespace

JsonNumber KioskEditRules::drawInteger(const JsonNumber &minimum, const JsonNumber &maximum, quint64 step)
{
    if (!minimum.isValid() || !maximum.isValid() || maximum < minimum || step == 0)
        return {};
    const QString lowText = minimum.toText();
    const QString highText = maximum.toText();
    if (!isNegative(minimum)) {
        bool ok = false;
        const quint64 low = lowText.toULongLong(&ok);
        const quint64 high = highText.toULongLong(&ok);
        if (!ok)
            return {};
        return JsonNumber::fromUInt(low + uniformUpTo((high - low) / step) * step);
    }
    // A negative start: in int64 (a maximum past int64 is cut to int64's, which no
    // ComfyUI input reaches). Unsigned arithmetic wraps where signed would overflow.
    bool ok = false;
    const qint64 low = lowText.toLongLong(&ok);
    if (!ok)
        return {};
    qint64 high = highText.toLongLong(&ok);
    if (!ok)
        high = std::numeric_limits<qint64>::max();
    const quint64 span = quint64(high) - quint64(low);
    return JsonNumber::fromInt(qint64(quint64(low) + uniformUpTo(span / step) * step));
}

bool KioskEditRules::afterGenerate(const KioskPolicy &policy, const WorkflowDocument &document,
                                   WorkflowDocument::ValueChange *change)
{
    const DocumentInput *input = findInput(document, change->nodeId, change->input);
    if (!input)
        return false;
    const KioskInputRule rule = policy.rule(change->nodeId, change->input);
    // Locked: the administrator's workflow decides (a seed saved as "randomize" changes);
    // plain editable: anything the spec allows, so the workflow's own step stands.
    if (!rule.isEditable() || !rule.isRestricted())
        return true;
    const QString mode = document.controlMode(change->nodeId, change->input);
    const QString type = typeOf(*input);
    const InputSpec *spec = input->spec;
    if (type == "COMBO"_L1) {
        // The same steps, over the allowed choices only.
        const QStringList offered = rule.offeredChoices(spec ? spec->choices() : QStringList());
        if (offered.isEmpty())
            return false;
        const qsizetype current = offered.indexOf(change->before.toString());
        const qsizetype last = offered.size() - 1;
        qsizetype next = std::max<qsizetype>(current, 0);
        if (mode == "increment"_L1)
            next = current < 0 ? 0 : std::min(current + 1, last);
        else if (mode == "increment-wrap"_L1)
            next = (current + 1) % offered.size();
        else if (mode == "decrement"_L1)
            next = current < 0 ? 0 : std::max<qsizetype>(current - 1, 0);
        else if (mode == "randomize"_L1)
            next = qsizetype(uniformUpTo(quint64(last)));
        change->after = JsonTree::fromString(offered.at(next));
    } else if (type == "INT"_L1 || type == "FLOAT"_L1) {
        JsonNumber low = spec ? spec->minimum() : JsonNumber();
        JsonNumber high = spec ? spec->maximum() : JsonNumber();
        rule.narrow(&low, &high);
        if (mode == "randomize"_L1) {
            // A draw inside the allowed range, not one clamped to an end.
            if (!low.isValid())
                low = JsonNumber::fromInt(0);
            if (!high.isValid())
                high = JsonNumber::fromUInt(openEnd);
            if (type == "INT"_L1) {
                const qint64 step = spec && spec->step().isValid() && spec->step().isInteger() && spec->step().toInt64() >= 1
                                        ? spec->step().toInt64()
                                        : 1;
                const JsonNumber drawn = drawInteger(low, high, quint64(step));
                if (!drawn.isValid())
                    return false;
                change->after = JsonTree::fromNumber(drawn);
            } else {
                const double a = low.toDouble();
                const double b = high.toDouble();
                change->after = JsonTree::fromDouble(
                    std::clamp(a + QRandomGenerator::global()->generateDouble() * (b - a), a, b));
            }
        } else if (change->after.isNumber()) {
            // Increment and decrement stop at the allowed ends.
            JsonNumber n = change->after.toNumber();
            if (low.isValid() && n < low)
                n = low;
            if (high.isValid() && high < n)
                n = high;
            change->after = JsonTree::fromNumber(n);
        }
    }
    QString why;
    return policy.allows(change->nodeId, change->input, &change->after, &why, type);
}

QStringList KioskEditRules::checkDocument(const KioskPolicy &policy, const WorkflowDocument &document)
{
    QStringList problems;
    for (const DocumentNode &node : document.nodes()) {
        for (const DocumentInput &input : node.inputs) {
            if (!input.isWidget || input.linked)
                continue;
            const KioskInputRule rule = policy.rule(node.id, input.name);
            if (!rule.isEditable())
                continue; // the administrator's own value
            const JsonTree value = document.inputValue(node.id, input.name);
            QString why;
            if (!policy.allows(node.id, input.name, &value, &why, typeOf(input)))
                problems.append(u"%1.%2: %3"_s.arg(node.id, input.name, why));
        }
    }
    return problems;
}

void KioskEditRules::install(const KioskPolicy &policy, WorkflowModel *model)
{
    // The model outlives no controller that installs this; the lambdas copy the policy.
    model->setEditGuard([policy, model](const QString &nodeId, const QString &input, const JsonTree *value,
                                        QString *why) {
        const DocumentInput *in = input.isEmpty() ? nullptr : findInput(model->document(), nodeId, input);
        return policy.allows(nodeId, input, value, why, in ? typeOf(*in) : QString());
    });
    WorkflowModel::EditRules rules;
    rules.controlMode = [policy](const QString &nodeId, const QString &input, const QString &mode, QString *why) {
        return policy.allowsControlMode(nodeId, input, mode, why);
    };
    rules.offer = [policy](const QString &nodeId, const DocumentInput &input, JsonNumber *minimum,
                           JsonNumber *maximum, QStringList *choices) {
        const KioskInputRule rule = policy.rule(nodeId, input.name);
        rule.narrow(minimum, maximum);
        *choices = rule.offeredChoices(*choices);
    };
    rules.afterQueue = [policy](const WorkflowDocument &document, WorkflowDocument::ValueChange *change) {
        return afterGenerate(policy, document, change);
    };
    model->setEditRules(std::move(rules));
}

} // namespace Easel
