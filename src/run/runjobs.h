#pragma once

#include "sweepspec.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

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

    // count jobs of prompt (the file's prompt with its --set values): the first as it is,
    // each later one with a fresh value (ApiWorkflow::freshSeed) in each of seeds. Made as
    // overrides directly: printing each job's whole prompt and parsing it back cost more
    // CPU than a job's HTTP requests (issue 17).
    static RunJobs repeat(const QByteArray &filePrompt, const QByteArray &prompt, int count,
                          const QList<std::pair<QString, QString>> &seeds, const QByteArray &workflowJson,
                          const NodeCatalogue *catalogue);

    // What the server would get for the first job (--print-api): its prompt with the
    // queue-time rules applied, as the queue applies them.
    QByteArray firstResolvedPrompt() const;
};

} // namespace Easel
