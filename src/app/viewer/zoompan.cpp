#include "zoompan.h"

#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Easel::ZoomPan {

double wheelFactor(const QWheelEvent *event)
{
    const double notches = event->angleDelta().y() / 120.0;
    return std::pow(1.25, notches);
}

QPointF clampCentre(const QPointF &centre, const QSizeF &picture, const QSizeF &view, double zoom)
{
    const auto clampAxis = [zoom](double middle, double length, double viewLength) {
        const double half = viewLength / 2.0 / zoom;
        if (length * zoom <= viewLength)
            return length / 2.0;
        return std::clamp(middle, half, length - half);
    };
    return {clampAxis(centre.x(), picture.width(), view.width()),
            clampAxis(centre.y(), picture.height(), view.height())};
}

} // namespace Easel::ZoomPan
