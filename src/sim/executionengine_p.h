#pragma once

#include "executionengine.h"

namespace Easel::Sim::Detail {

inline JsonTree str(const QString &s) { return JsonTree::fromString(s); }

// A queue item as /queue and /history list it: [number, id, prompt, extra_data, outputs];
// dropSensitive leaves out the comfy.org credentials (history keeps no secrets).
JsonTree queueTuple(const ExecutionEngine::QueueItem &item, bool dropSensitive);

} // namespace Easel::Sim::Detail
