#pragma once

#include "sweepspec.h"

#include <QByteArray>
#include <QList>

namespace Easel {

class NodeCatalogue;

// easel-run's jobs as the window makes them: the file's prompt queued once per job as one
// batch of Easel's own queue, each job with the inputs it changes (--set, a fresh seed per
// --count run). The queue then applies the frontend's queue-time rules (dynamic prompts,
// %…% names; QueueTimeResolver) once per job, and gives each job a saved workflow with its
// own values for its outputs' metadata.
struct RunJobs
{
    QByteArray filePrompt;        // the prompt as read from the file
    QList<SweepVariant> variants; // one per job: the inputs it changes from filePrompt
    QByteArray workflowJson;      // the file's saved workflow (empty for API JSON)
    const NodeCatalogue *catalogue = nullptr; // not owned; outlives the run

    // prompts: one per job, each the file's with its own changes.
    static RunJobs make(const QByteArray &filePrompt, const QList<QByteArray> &prompts,
                        const QByteArray &workflowJson, const NodeCatalogue *catalogue);

    // What the server would get for the first job (--print-api): its prompt with the
    // queue-time rules applied, as the queue applies them.
    QByteArray firstResolvedPrompt() const;
};

} // namespace Easel
