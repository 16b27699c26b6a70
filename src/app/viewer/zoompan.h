#pragma once

#include <QPointF>
#include <QSizeF>

QT_BEGIN_NAMESPACE
class QWheelEvent;
QT_END_NAMESPACE

namespace Easel {

// The arithmetic of a zoomable, pannable picture, shared by the viewer (ImageView) and the
// compare canvas so both zoom and pan alike. A view is a zoom (screen pixels per picture
// pixel) and the picture point at the middle of its viewport.
namespace ZoomPan {

constexpr double minimumZoom = 1.0 / 64;
constexpr double maximumZoom = 64.0;

inline double clampZoom(double zoom)
{
    return zoom < minimumZoom ? minimumZoom : (zoom > maximumZoom ? maximumZoom : zoom);
}

// A wheel notch (120) zooms by a quarter; touchpads send small deltas and zoom smoothly.
// 1.0 for an event without vertical movement.
double wheelFactor(const QWheelEvent *event);

// The picture point under `point` (viewport coordinates; `middle` is the viewport's centre).
inline QPointF pictureAt(const QPointF &point, const QPointF &middle, const QPointF &centre, double zoom)
{
    return centre + (point - middle) / zoom;
}

// The new centre for a new zoom that keeps the picture point under `point` under it.
inline QPointF centreAfterZoom(const QPointF &point, const QPointF &middle, const QPointF &centre, double zoom,
                               double newZoom)
{
    return pictureAt(point, middle, centre, zoom) - (point - middle) / newZoom;
}

// The centre while dragging: the picture follows the pointer from where it was pressed.
inline QPointF centreAfterPan(const QPointF &pressCentre, const QPointF &moved, double zoom)
{
    return pressCentre - moved / zoom;
}

// Along an axis where the picture is smaller than the view it stays centred; where it is
// larger, its edge never leaves the view's edge.
QPointF clampCentre(const QPointF &centre, const QSizeF &picture, const QSizeF &view, double zoom);

} // namespace ZoomPan

} // namespace Easel
