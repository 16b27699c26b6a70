#include "sweepspec.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cmath>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

bool toInt64(const JsonNumber &number, qint64 *out)
{
    if (!number.isInteger())
        return false;
    bool ok = false;
    *out = number.toText().toLongLong(&ok);
    return ok;
}

struct IntRange
{
    qint64 start = 0;
    qint64 step = 0; // signed: negative counts down
    qint64 count = 0;
};

bool intRange(const SweepAxis &axis, IntRange *range)
{
    qint64 start = 0;
    qint64 end = 0;
    qint64 step = 0;
    if (!toInt64(axis.start, &start) || !toInt64(axis.end, &end) || !toInt64(axis.step, &step))
        return false;
    if (step <= 0)
        return true; // count 0
    const double span = std::abs(double(end) - double(start));
    if (span / double(step) >= double(SweepSpec::maxJobs)) {
        range->count = SweepSpec::maxJobs + 1;
    } else {
        range->count = qint64(span / double(step)) + 1;
    }
    range->start = start;
    range->step = end < start ? -step : step;
    return true;
}

// lupdate files tr() calls by the class they are made from; a free helper would file these
// strings under the namespace, where the translation is never looked up.
struct SweepText
{
    Q_DECLARE_TR_FUNCTIONS(Easel::Sweep)
};

JsonTree *inputOf(JsonTree &prompt, const QString &nodeId, const QString &input)
{
    JsonTree *node = prompt.findMutable(nodeId);
    if (!node || !node->isObject())
        return nullptr;
    JsonTree *inputs = node->findMutable(u"inputs");
    if (!inputs || !inputs->isObject())
        return nullptr;
    return inputs->findMutable(input);
}

} // namespace

QString InputOverride::label() const
{
    QString text = value.isString() ? value.toString() : QString::fromUtf8(value.toPython());
    if (text.size() > 40)
        text = text.left(39) + u'…';
    return u"%1.%2 = %3"_s.arg(nodeId, input, text);
}

SweepAxis SweepAxis::range(const QString &nodeId, const QString &input, JsonNumber start,
                           JsonNumber end, JsonNumber step)
{
    SweepAxis axis;
    axis.nodeId = nodeId;
    axis.input = input;
    axis.kind = Kind::Range;
    axis.start = start;
    axis.end = end;
    axis.step = step;
    return axis;
}

SweepAxis SweepAxis::list(const QString &nodeId, const QString &input, const QList<JsonTree> &values)
{
    SweepAxis axis;
    axis.nodeId = nodeId;
    axis.input = input;
    axis.kind = Kind::List;
    axis.values = values;
    return axis;
}

qint64 SweepAxis::count() const
{
    if (kind == Kind::List)
        return values.size();
    IntRange ints;
    if (intRange(*this, &ints))
        return ints.count;
    const double a = start.toDouble();
    const double b = end.toDouble();
    const double s = step.toDouble();
    if (!std::isfinite(a) || !std::isfinite(b) || !std::isfinite(s) || s <= 0)
        return 0;
    const double steps = std::abs(b - a) / s;
    if (steps >= double(SweepSpec::maxJobs))
        return SweepSpec::maxJobs + 1;
    return qint64(std::floor(steps + 1e-9)) + 1;
}

JsonTree SweepAxis::valueAt(qint64 index) const
{
    if (kind == Kind::List)
        return values.value(index);
    IntRange ints;
    if (intRange(*this, &ints))
        return JsonTree::fromInt(ints.start + index * ints.step);
    const double a = start.toDouble();
    const double s = end.toDouble() < a ? -step.toDouble() : step.toDouble();
    // 12 significant digits: 5 + 3 × 0.1 is 5.3, not 5.300000000000001.
    const double v = QString::number(a + double(index) * s, 'g', 12).toDouble();
    return JsonTree::fromDouble(v);
}

qint64 SweepSpec::jobCount() const
{
    qint64 total = std::max(1, repeat);
    if (seedMode != SeedMode::Unchanged)
        total *= std::max(0, seedCount);
    for (const SweepAxis &axis : axes) {
        total *= axis.count();
        if (total > maxJobs)
            return maxJobs + 1;
    }
    return std::min(total, maxJobs + 1);
}

namespace Sweep {

QStringList seedInputs(const JsonTree &prompt)
{
    QStringList seeds;
    for (int i = 0; i < prompt.size(); ++i) {
        const JsonTree inputs = prompt.at(i).value(u"inputs");
        for (const QString &name : {u"seed"_s, u"noise_seed"_s}) {
            const JsonTree *value = inputs.find(name);
            if (value && value->isNumber())
                seeds.append(prompt.keys().at(i) + u'.' + name);
        }
    }
    return seeds;
}

QList<SweepVariant> expand(const SweepSpec &spec, const QByteArray &promptJson, QString *errorMessage)
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return QList<SweepVariant>();
    };
    JsonParseError parseError;
    JsonTree prompt = JsonTree::parse(promptJson, &parseError);
    if (!prompt.isObject())
        return fail(SweepText::tr("The workflow is not an API prompt: %1").arg(parseError.message));
    if (spec.axes.size() > SweepSpec::maxAxes)
        return fail(SweepText::tr("A sweep has at most three inputs"));
    for (const SweepAxis &axis : spec.axes) {
        if (!inputOf(prompt, axis.nodeId, axis.input))
            return fail(SweepText::tr("Node %1 has no input %2").arg(axis.nodeId, axis.input));
        if (axis.count() == 0)
            return fail(SweepText::tr("The values of %1.%2 are empty or the step is not positive")
                            .arg(axis.nodeId, axis.input));
    }
    const qint64 total = spec.jobCount();
    if (total > SweepSpec::maxJobs)
        return fail(SweepText::tr("A sweep makes at most %1 jobs").arg(SweepSpec::maxJobs));
    if (total <= 0)
        return fail(SweepText::tr("This sweep makes no jobs"));

    QStringList seeds;
    if (spec.seedMode != SweepSpec::SeedMode::Unchanged) {
        seeds = spec.seedInputs.isEmpty() ? seedInputs(prompt) : spec.seedInputs;
        for (const QString &seed : std::as_const(seeds)) {
            const qsizetype dot = seed.lastIndexOf(u'.');
            if (dot <= 0 || !inputOf(prompt, seed.left(dot), seed.mid(dot + 1)))
                return fail(SweepText::tr("The workflow has no seed input %1").arg(seed));
        }
    }
    const int seedCount = spec.seedMode == SweepSpec::SeedMode::Unchanged ? 1 : spec.seedCount;

    QList<SweepVariant> variants;
    variants.reserve(total);
    QList<qint64> counts;
    for (const SweepAxis &axis : spec.axes)
        counts.append(axis.count());
    qint64 combinations = 1;
    for (qint64 c : std::as_const(counts))
        combinations *= c;

    for (int s = 0; s < seedCount; ++s) {
        QList<InputOverride> seedOverrides;
        if (!seeds.isEmpty()) {
            const quint64 value = spec.seedMode == SweepSpec::SeedMode::Sequential
                                      ? spec.seedStart + quint64(s)
                                      // 2^53 keeps the seed exact in every JSON reader.
                                      : QRandomGenerator::global()->bounded(quint64(1) << 53);
            for (const QString &seed : std::as_const(seeds)) {
                const qsizetype dot = seed.lastIndexOf(u'.');
                seedOverrides.append({seed.left(dot), seed.mid(dot + 1),
                                      JsonTree::fromNumber(JsonNumber::fromUInt(value))});
            }
        }
        for (qint64 c = 0; c < combinations; ++c) {
            QList<InputOverride> overrides = seedOverrides;
            qint64 rest = c;
            QList<InputOverride> axisOverrides;
            for (qsizetype a = spec.axes.size() - 1; a >= 0; --a) {
                const SweepAxis &axis = spec.axes.at(a);
                axisOverrides.prepend({axis.nodeId, axis.input, axis.valueAt(rest % counts.at(a))});
                rest /= counts.at(a);
            }
            overrides += axisOverrides;
            for (int r = 0; r < std::max(1, spec.repeat); ++r)
                variants.append({overrides});
        }
    }
    return variants;
}

QByteArray apply(const JsonTree &prompt, const QList<InputOverride> &overrides)
{
    if (!prompt.isObject())
        return {};
    JsonTree copy = prompt;
    for (const InputOverride &item : overrides) {
        JsonTree *value = inputOf(copy, item.nodeId, item.input);
        if (!value)
            return {};
        *value = item.value;
    }
    return copy.toPython();
}

QByteArray applyInPlace(JsonTree &prompt, const QList<InputOverride> &overrides)
{
    if (!prompt.isObject())
        return {};
    // Setting a value never moves another one (each input is its own slot), so the
    // pointers stay good until the values are put back, the last in first (an input given
    // twice gets its own value back).
    std::vector<std::pair<JsonTree *, JsonTree>> own;
    own.reserve(size_t(overrides.size()));
    bool complete = true;
    for (const InputOverride &item : overrides) {
        JsonTree *value = inputOf(prompt, item.nodeId, item.input);
        if (!value) {
            complete = false;
            break;
        }
        own.emplace_back(value, std::exchange(*value, item.value));
    }
    QByteArray written = complete ? prompt.toPython() : QByteArray();
    for (auto it = own.rbegin(); it != own.rend(); ++it)
        *it->first = std::move(it->second);
    return written;
}

QByteArray apply(const QByteArray &promptJson, const QList<InputOverride> &overrides)
{
    return apply(JsonTree::parse(promptJson), overrides);
}

} // namespace Sweep

} // namespace Easel
