#pragma once

#include "parameterlabels.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Easel {

struct InputOverride;
struct QueueBatch;
struct QueuedJob;

// What the queue calls a job and the inputs it changes, in the words of the editor
// (ParameterLabels of the batch's prompt): "Portrait sweep 3/16 · CFG 6, Seed 1840". The
// same name goes into the queue's Job column, its tooltip, the failure dialog and the
// kiosk, so a job is recognised wherever it is mentioned. Labels are built once per batch
// (the prompt is parsed once) and dropped with it.
class JobLabels
{
public:
    // batchSize: the batch's jobs as queued (QueueBatch::jobCount, the "/16"), never the
    // rows left; 1 leaves the index out.
    QString name(const QueueBatch &batch, const QueuedJob &job, int batchSize) const;
    // Equals: "CFG = 6" (the Changes column); Compact: "CFG 6" (inside a job's name).
    enum class Form { Equals, Compact };
    // "CFG = 6, Seed = 1840": what differs from the workflow as queued; empty when nothing.
    // Values over 40 characters are cut with an ellipsis.
    QString changes(const QueueBatch &batch, const QList<InputOverride> &overrides, Form form = Form::Equals) const;
    // "14 done, 2 failed, 1 cancelled": a finished batch in plural forms; cancelled and
    // interrupted jobs (stopped) are counted apart from failures, and zero counts left out.
    static QString batchSummary(int done, int failed, int stopped);

    void forget(const QString &batchId) { m_labels.remove(batchId); }
    void clear() { m_labels.clear(); }

private:
    const ParameterLabels &labelsFor(const QueueBatch &batch) const;
    mutable QHash<QString, ParameterLabels> m_labels;
};

} // namespace Easel
