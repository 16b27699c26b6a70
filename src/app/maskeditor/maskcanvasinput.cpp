// MaskCanvas's brush and pointer input: dabs, strokes, mouse, tablet, wheel and keys
// (the layers, view and painting are in maskcanvas.cpp).
#include "maskcanvas.h"
#include "maskpatchcommand.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QRegion>
#include <QTabletEvent>
#include <QUndoStack>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace Easel {

// One dab of the brush: mask = max(mask, coverage) to paint, min(mask, 1 - coverage) to
// erase, so a stroke never builds up past its opacity. Returns the pixels it touched. The
// dab's coverage is computed once per size, hardness and opacity (a pen's pressure changes
// the size in quarter pixels), not per dab: a 300-pixel brush is 70,000 pixels a dab.
QRect MaskCanvas::stamp(QPointF center, double pressure)
{
    const double radius = std::max(0.5, std::round(m_brushSize / 2.0 * std::clamp(pressure, 0.05, 1.0) * 4) / 4);
    const int side = int(std::ceil(radius * 2));
    if (m_dabRadius != radius || m_dabHardness != m_hardness || m_dabOpacity != m_opacity) {
        m_dab = QImage(side, side, QImage::Format_Alpha8);
        const double inner = radius * m_hardness;
        const double ramp = std::max(0.5, radius - inner);
        const double peak = 255.0 * m_opacity;
        const double mid = side / 2.0;
        for (int y = 0; y < side; ++y) {
            uchar *line = m_dab.scanLine(y);
            for (int x = 0; x < side; ++x) {
                const double d = std::hypot(x + 0.5 - mid, y + 0.5 - mid);
                const double t = d >= radius ? 0.0 : d <= inner ? 1.0 : 1.0 - (d - inner) / ramp;
                line[x] = uchar(int(peak * t * t * (3 - 2 * t) + 0.5)); // smoothstep edge
            }
        }
        m_dabRadius = radius;
        m_dabHardness = m_hardness;
        m_dabOpacity = m_opacity;
    }
    const QPoint origin(int(std::lround(center.x() - side / 2.0)), int(std::lround(center.y() - side / 2.0)));
    const QRect box = QRect(origin, QSize(side, side)) & m_mask.rect();
    if (box.isEmpty())
        return {};
    for (int y = box.top(); y <= box.bottom(); ++y) {
        uchar *line = m_mask.scanLine(y) + box.left();
        const uchar *dab = m_dab.constScanLine(y - origin.y()) + (box.left() - origin.x());
        if (m_erasing) {
            for (int x = 0; x < box.width(); ++x)
                line[x] = std::min<uchar>(line[x], uchar(255 - dab[x]));
        } else {
            for (int x = 0; x < box.width(); ++x)
                line[x] = std::max(line[x], dab[x]);
        }
    }
    return box;
}

void MaskCanvas::beginStroke(QPointF imagePos, double pressure, bool erase)
{
    m_stroking = true;
    m_erasing = erase;
    // m_before already holds the mask as it is (kept in step after each change): a press
    // copies nothing, where a copy of a 4096² mask took milliseconds.
    m_last = imagePos;
    m_lastPressure = pressure;
    m_carry = 0;
    m_strokeRect = stamp(imagePos, pressure);
    updateOverlay(m_strokeRect);
    updateImageRect(m_strokeRect);
}

// Dabs every quarter of the brush's radius along the segment since the last event, so a
// fast stroke is continuous however few events arrive.
void MaskCanvas::strokeTo(QPointF imagePos, double pressure)
{
    const QPointF delta = imagePos - m_last;
    const double length = std::hypot(delta.x(), delta.y());
    const double spacing = std::max(1.0, m_brushSize / 8.0);
    QRect dirty;
    double at = spacing - m_carry;
    while (at <= length) {
        const double t = at / length;
        dirty |= stamp(m_last + delta * t, m_lastPressure + (pressure - m_lastPressure) * t);
        at += spacing;
    }
    m_carry = length - (at - spacing);
    m_last = imagePos;
    m_lastPressure = pressure;
    if (!dirty.isEmpty()) {
        updateOverlay(dirty);
        updateImageRect(dirty);
        m_strokeRect |= dirty;
    }
}

void MaskCanvas::endStroke()
{
    if (!m_stroking)
        return;
    m_stroking = false;
    if (m_strokeRect.isEmpty())
        return;
    const QImage after = m_mask.copy(m_strokeRect);
    m_undo->push(new MaskPatchCommand(this, m_strokeRect, m_before.copy(m_strokeRect), after,
                                      m_erasing ? tr("Erase") : tr("Paint")));
    for (int y = 0; y < m_strokeRect.height(); ++y) // m_before in step again
        std::memcpy(m_before.scanLine(m_strokeRect.y() + y) + m_strokeRect.x(), after.constScanLine(y),
                    size_t(m_strokeRect.width()));
    emit maskEdited();
}

namespace {

// The pixels of a circle's outline (radius ± margin) as bands of rectangles: repainting
// its square would redraw the picture under the whole brush (95,000 pixels for a 300-pixel
// brush at 100 %) on every move; the ring is a fifth of that.
QRegion ringRegion(QPointF center, double radius, double margin)
{
    const double outer = radius + margin;
    const double inner = radius - margin;
    if (inner < 8) // small brushes: the square is as cheap
        return QRectF(center.x() - outer, center.y() - outer, outer * 2, outer * 2).toAlignedRect();
    QRegion region;
    const int band = std::max(4, int(outer / 8));
    const int top = int(std::floor(center.y() - outer));
    const int bottom = int(std::ceil(center.y() + outer));
    for (int y0 = top; y0 < bottom; y0 += band) {
        const int y1 = std::min(bottom, y0 + band);
        // Nearest and farthest rows of the band from the centre.
        const double near = (center.y() >= y0 && center.y() <= y1) ? 0.0
                                                                     : std::min(std::abs(y0 - center.y()), std::abs(y1 - center.y()));
        const double far = std::max(std::abs(y0 - center.y()), std::abs(y1 - center.y()));
        if (near > outer)
            continue;
        const double outerHalf = std::sqrt(outer * outer - near * near);
        const int left = int(std::floor(center.x() - outerHalf)) - 1;
        const int right = int(std::ceil(center.x() + outerHalf)) + 1;
        if (far < inner) {
            const double innerHalf = std::sqrt(inner * inner - far * far);
            const int innerLeft = int(std::ceil(center.x() - innerHalf)) + 1;
            const int innerRight = int(std::floor(center.x() + innerHalf)) - 1;
            if (innerRight > innerLeft) {
                region += QRect(QPoint(left, y0), QPoint(innerLeft, y1));
                region += QRect(QPoint(innerRight, y0), QPoint(right, y1));
                continue;
            }
        }
        region += QRect(QPoint(left, y0), QPoint(right, y1));
    }
    return region;
}

} // namespace

void MaskCanvas::moveCursorTo(QPointF widgetPos)
{
    const double radius = std::max(1.0, m_brushSize * m_zoom / 2); // as paintEvent draws it
    update(ringRegion(m_cursor, radius, 4));
    m_cursor = widgetPos;
    update(ringRegion(m_cursor, radius, 4));
}

void MaskCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceDown)) {
        m_panning = true;
        m_panFrom = event->position();
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (event->button() == Qt::LeftButton && !m_image.isNull())
        beginStroke(toImage(event->position()), 1.0, m_tool == Tool::Eraser);
    else if (event->button() == Qt::RightButton && !m_image.isNull())
        beginStroke(toImage(event->position()), 1.0, true); // right button erases
}

void MaskCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_offset += event->position() - m_panFrom;
        m_panFrom = event->position();
        m_fitted = false;
        clampOffset();
        update();
        return;
    }
    moveCursorTo(event->position());
    if (m_stroking)
        strokeTo(toImage(event->position()), 1.0);
}

void MaskCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        setCursor(Qt::BlankCursor);
        return;
    }
    if (m_stroking)
        strokeTo(toImage(event->position()), m_lastPressure);
    endStroke();
}

void MaskCanvas::tabletEvent(QTabletEvent *event)
{
    // Accepted, so no mouse events are made from it; the eraser end of a pen erases.
    event->accept();
    const bool eraserEnd = event->pointerType() == QPointingDevice::PointerType::Eraser;
    const double pressure = event->pressure() > 0 ? event->pressure() : 1.0;
    switch (event->type()) {
    case QEvent::TabletPress:
        if (!m_image.isNull())
            beginStroke(toImage(event->position()), pressure, eraserEnd || m_tool == Tool::Eraser);
        break;
    case QEvent::TabletMove:
        moveCursorTo(event->position());
        if (m_stroking)
            strokeTo(toImage(event->position()), pressure);
        break;
    case QEvent::TabletRelease:
        endStroke();
        break;
    default:
        break;
    }
}

void MaskCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    zoomAt(m_zoom * std::pow(1.25, steps), event->position());
    event->accept();
}

void MaskCanvas::leaveEvent(QEvent *event)
{
    moveCursorTo(QPointF(-1e9, -1e9));
    QWidget::leaveEvent(event);
}

void MaskCanvas::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceDown = true;
        setCursor(Qt::OpenHandCursor);
        return;
    }
    QWidget::keyPressEvent(event);
}

void MaskCanvas::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceDown = false;
        setCursor(Qt::BlankCursor);
        return;
    }
    QWidget::keyReleaseEvent(event);
}

} // namespace Easel
