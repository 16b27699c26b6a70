#pragma once

#include "jsontree.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Easel {

// One input of one node that a job sets to a value other than the workflow's.
struct InputOverride
{
    QString nodeId;
    QString input;
    JsonTree value;
    // Resolved at queue time by the frontend's rules (a dynamic prompt, a file name), not
    // chosen: the outputs' embedded workflow keeps the template instead.
    bool queueTime = false;

    QString label() const; // "3.cfg = 7"
    bool operator==(const InputOverride &other) const = default;
};

// One axis of a sweep grid: an input that takes a range of numbers or a list of values.
struct SweepAxis
{
    enum class Kind { Range, List };
    QString nodeId;
    QString input;
    Kind kind = Kind::Range;
    // Range: start..end inclusive by step (step > 0; end < start counts down). Integers stay
    // integers when start, end and step are all whole numbers.
    JsonNumber start;
    JsonNumber end;
    JsonNumber step;
    QList<JsonTree> values; // List

    static SweepAxis range(const QString &nodeId, const QString &input, JsonNumber start,
                           JsonNumber end, JsonNumber step);
    static SweepAxis list(const QString &nodeId, const QString &input, const QList<JsonTree> &values);
    // Number of values; 0 when the axis is malformed (empty list, step <= 0, NaN).
    qint64 count() const;
    JsonTree valueAt(qint64 index) const;
};

// What the artist asks for with "Queue": the workflow once, N times, or a sweep over seeds
// and up to three inputs. Every combination (seeds × axis 1 × axis 2 × axis 3) is one job,
// in that nesting order (the last axis changes fastest).
struct SweepSpec
{
    enum class SeedMode { Unchanged, Sequential, Random };
    static constexpr int maxAxes = 3;
    static constexpr qint64 maxJobs = 100000;

    int repeat = 1;                   // copies of each combination (the plain "N times")
    SeedMode seedMode = SeedMode::Unchanged;
    int seedCount = 1;                // Sequential/Random: this many seeds
    quint64 seedStart = 0;            // Sequential: the first seed
    // "node.input" names of the seeds to set; empty = every "seed" and "noise_seed" input.
    QStringList seedInputs;
    QList<SweepAxis> axes;            // at most maxAxes
    QString label;                    // the batch's label

    // The number of jobs this spec makes (0 when an axis is malformed), computed without
    // expanding: shown before queueing. Saturates at maxJobs + 1.
    qint64 jobCount() const;
};

// One job of an expanded sweep: what differs from the workflow.
struct SweepVariant
{
    QList<InputOverride> overrides;
};

namespace Sweep {
// Expands spec over the API prompt (JSON text). Inputs that do not exist in the prompt,
// more than maxAxes axes, or more than maxJobs jobs give an error message and no variants.
QList<SweepVariant> expand(const SweepSpec &spec, const QByteArray &promptJson,
                           QString *errorMessage = nullptr);
// The prompt with the overrides applied, written like json.dumps (64-bit integers exact).
// Returns an empty array when the prompt is not a JSON object or an input is missing.
QByteArray apply(const QByteArray &promptJson, const QList<InputOverride> &overrides);
QByteArray apply(const JsonTree &prompt, const QList<InputOverride> &overrides);
// The same written from prompt itself: each override is put in, the prompt written, and
// the prompt's own values put back (prompt is as it was on return, failed or not). The
// queue writes every job of a batch so, without copying the whole prompt per job.
QByteArray applyInPlace(JsonTree &prompt, const QList<InputOverride> &overrides);
// The seed inputs ("node.input") of a prompt: every "seed" and "noise_seed" number.
QStringList seedInputs(const JsonTree &prompt);
} // namespace Sweep

} // namespace Easel

Q_DECLARE_METATYPE(Easel::SweepSpec)
