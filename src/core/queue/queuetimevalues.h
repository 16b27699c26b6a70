#pragma once

#include "sweepspec.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <memory>

namespace Easel {

class NodeCatalogue;
class WorkflowDocument;

// The queue's side of the frontend's queue-time rules (QueueTimeResolver): each job's
// resolved dynamic prompts and file names become overrides of their own (queueTime set),
// so the job keeps them (queue view, journal, library), and each job's saved workflow
// carries that job's own values for the outputs' metadata.
class QueueTimeValues
{
public:
    void setCatalogue(std::shared_ptr<const NodeCatalogue> catalogue);
    std::shared_ptr<const NodeCatalogue> catalogue() const { return m_catalogue; }

    // Each variant (one job; no variants = one job) with its queue-time values appended,
    // resolved after the variant's own overrides. now: for date templates; invalid = the
    // local time, read only when a prompt has something to resolve (reading it costs more
    // than the rest of a prompt with nothing to resolve).
    QList<SweepVariant> resolve(const JsonTree &prompt, const QList<SweepVariant> &variants,
                                const QByteArray &workflowJson, const QDateTime &now = {}) const;

    // The saved workflow with the job's own values written into its widgets (sweep values,
    // seeds), not the queue-time ones: the frontend embeds its templates. Empty in, empty
    // out; the batch's workflow as it is when nothing can be written.
    QByteArray jobWorkflow(const QString &batchId, const QByteArray &workflowJson,
                           const QList<InputOverride> &overrides) const;
    void forgetBatch(const QString &batchId) { m_documents.remove(batchId); }
    // How many saved workflows jobWorkflow read (tests: once per batch, not per job).
    int documentsRead() const { return m_documentsRead; }

    static QByteArray withValues(const QByteArray &workflowJson, const QList<InputOverride> &overrides,
                                 const NodeCatalogue *catalogue);

private:
    std::shared_ptr<const NodeCatalogue> m_catalogue;
    // Batch id -> its saved workflow read with the catalogue (null: not a JSON object).
    // Reading it (nodes, links, every input's spec) is most of writing a job's workflow:
    // once per batch, each job then writes its values into a copy.
    mutable QHash<QString, std::shared_ptr<const WorkflowDocument>> m_documents;
    mutable int m_documentsRead = 0;
};

} // namespace Easel
