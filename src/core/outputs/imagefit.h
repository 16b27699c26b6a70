#pragma once

#include <QImage>
#include <QPointF>
#include <QRect>
#include <QSize>

namespace Easel {

// Fitting a picture to the size a workflow makes before it is uploaded as an input:
// turned in quarter turns, then cropped to fill, fitted inside (padded with black), or
// stretched to the target size; Keep leaves the size alone.
struct ImageFit
{
    enum class Mode { Crop, Fit, Stretch, Keep };

    Mode mode = Mode::Crop;
    QSize target;         // ignored by Keep
    int quarterTurns = 0; // clockwise
    QPointF focus{0.5, 0.5}; // Crop: which part stays (0..1 of the spare width and height)

    QImage apply(const QImage &image) const;
    // The part of the turned picture that Crop keeps (for showing it before applying).
    QRect cropRect(QSize turnedSize) const;
};

} // namespace Easel
