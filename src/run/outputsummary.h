#pragma once

#include "outputrecord.h"

#include <QByteArray>
#include <QString>

namespace Easel {

// What easel-run says of a saved output: one line for people ("saved video 64×64, 8
// frames, 1.0 s, vp9, 2.9 kB: path") and one JSON object per line for scripts
// (--print-outputs), with stable keys: job, prompt_id, node, kind, path, bytes, width,
// height, frames, duration_ms, codec, text (text outputs), media_error (when unreadable).
QString describeSavedOutput(const OutputRecord &record);
QByteArray savedOutputJsonLine(const OutputRecord &record, int jobNumber);

} // namespace Easel
