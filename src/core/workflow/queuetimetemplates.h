#pragma once

#include <QByteArray>

#include <memory>

namespace Easel {

class NodeCatalogue;

// "Use these settings" with templates: the prompt an output ran with, its queue-time
// inputs (dynamic prompts, the save nodes' filename_prefix; QueueTimeResolver) given back
// the text as written, which the job's saved workflow keeps (the frontend embeds the
// workflow before it resolves anything). Every other value stays the job's own. Without a
// saved workflow or a catalogue the prompt comes back as it ran.
namespace QueueTimeTemplates {

QByteArray restore(const QByteArray &ranPrompt, const QByteArray &workflowJson,
                   const std::shared_ptr<const NodeCatalogue> &catalogue);

} // namespace QueueTimeTemplates
} // namespace Easel
