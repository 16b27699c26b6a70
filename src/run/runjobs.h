#pragma once

#include <QByteArray>
#include <QList>

namespace Easel {

class NodeCatalogue;

// easel-run's jobs as the window makes them: each prompt (the file's, with --set and a
// fresh seed per --count run) gets the frontend's queue-time rules (dynamic prompts,
// %…% names; QueueTimeResolver) once, and a saved workflow with that job's own values
// for its outputs' metadata.
struct RunJobs
{
    QList<QByteArray> prompts;
    QList<QByteArray> workflows; // empty when the file was API JSON

    // filePrompt: the prompt as read from the file (what --set and seeds changed is
    // written into the saved workflow); prompts: one per job.
    static RunJobs make(const QByteArray &filePrompt, const QList<QByteArray> &prompts,
                        const QByteArray &workflowJson, const NodeCatalogue *catalogue);
};

} // namespace Easel
