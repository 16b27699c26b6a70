#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>

namespace Easel::Sim {

// Deterministic procedural pictures for outputs and step previews.
namespace ImageSynth {
QImage outputImage(QSize size, int index, quint32 seed);
// An encoded preview (JPEG or PNG) of `source`'s size fitted into maxSize (enlarging
// as well, like ImageOps.contain), showing the step as a bar.
QByteArray preview(QSize source, int step, int steps, int maxSize, bool png);
} // namespace ImageSynth

} // namespace Easel::Sim
