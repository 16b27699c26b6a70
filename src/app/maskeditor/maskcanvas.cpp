#include "maskcanvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPaintEvent>
#include <QTabletEvent>
#include <QUndoCommand>
#include <QUndoStack>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace Easel {

// One undoable change of the mask: the pixels of a rectangle before and after it.
class MaskPatchCommand : public QUndoCommand
{
public:
    MaskPatchCommand(MaskCanvas *canvas, const QRect &rect, QImage before, QImage after, const QString &text)
        : QUndoCommand(text), m_canvas(canvas), m_rect(rect), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void undo() override { m_canvas->applyPatch(m_rect, m_before); }
    void redo() override
    {
        if (m_first) {
            m_first = false; // the canvas already shows it
            return;
        }
        m_canvas->applyPatch(m_rect, m_after);
    }

private:
    MaskCanvas *m_canvas;
    QRect m_rect;
    QImage m_before;
    QImage m_after;
    bool m_first = true;
};

namespace {

constexpr double minZoom = 1.0 / 64;
constexpr double maxZoom = 32;

} // namespace

MaskCanvas::MaskCanvas(QWidget *parent)
    : QWidget(parent)
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("maskCanvas"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_TabletTracking);
    setCursor(Qt::BlankCursor); // the brush outline is the cursor
    setMinimumSize(200, 200);
}

MaskCanvas::~MaskCanvas()
{
    m_undo->clear(); // its commands call back into this canvas
}

void MaskCanvas::setLayers(const QImage &image, const QImage &mask)
{
    m_image = image.convertToFormat(QImage::Format_RGB32).convertToFormat(QImage::Format_ARGB32_Premultiplied);
    if (mask.size() == image.size()) {
        m_mask = mask.convertToFormat(QImage::Format_Alpha8);
    } else {
        m_mask = QImage(image.size(), QImage::Format_Alpha8);
        m_mask.fill(0);
        if (!mask.isNull()) {
            m_mask = mask.convertToFormat(QImage::Format_Alpha8)
                         .scaled(image.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        }
    }
    m_overlay = QImage(image.size(), QImage::Format_ARGB32_Premultiplied);
    updateOverlay(m_overlay.rect());
    m_undo->clear();
    m_scaled = {};
    m_scaledZoom = 0;
    m_fitted = true;
    fitToView();
}

void MaskCanvas::setTool(Tool tool)
{
    if (tool == m_tool)
        return;
    m_tool = tool;
    emit toolChanged(tool);
}

void MaskCanvas::setBrushSize(int size)
{
    size = std::clamp(size, minBrushSize, maxBrushSize);
    if (size == m_brushSize)
        return;
    m_brushSize = size;
    update();
    emit brushSizeChanged(size);
}

void MaskCanvas::setHardness(double hardness)
{
    m_hardness = std::clamp(hardness, 0.0, 1.0);
}

void MaskCanvas::setOpacity(double opacity)
{
    m_opacity = std::clamp(opacity, 0.0, 1.0);
}

void MaskCanvas::setMaskOpacity(double opacity)
{
    m_maskOpacity = std::clamp(opacity, 0.0, 1.0);
    updateOverlay(m_overlay.rect());
    update();
}

void MaskCanvas::setMaskColor(const QColor &color)
{
    m_maskColor = color;
    updateOverlay(m_overlay.rect());
    update();
}

void MaskCanvas::pushWholeMaskChange(const QImage &before, const QString &text)
{
    updateOverlay(m_mask.rect());
    update();
    m_undo->push(new MaskPatchCommand(this, m_mask.rect(), before, m_mask.copy(), text));
    emit maskEdited();
}

void MaskCanvas::fillMask()
{
    const QImage before = m_mask.copy();
    m_mask.fill(255);
    pushWholeMaskChange(before, tr("Fill"));
}

void MaskCanvas::clearMask()
{
    const QImage before = m_mask.copy();
    m_mask.fill(0);
    pushWholeMaskChange(before, tr("Clear"));
}

void MaskCanvas::invertMask()
{
    const QImage before = m_mask.copy();
    for (int y = 0; y < m_mask.height(); ++y) {
        uchar *line = m_mask.scanLine(y);
        for (int x = 0; x < m_mask.width(); ++x)
            line[x] = uchar(255 - line[x]);
    }
    pushWholeMaskChange(before, tr("Invert"));
}

void MaskCanvas::applyPatch(const QRect &rect, const QImage &patch)
{
    for (int y = 0; y < rect.height(); ++y)
        std::memcpy(m_mask.scanLine(rect.y() + y) + rect.x(), patch.constScanLine(y), size_t(rect.width()));
    updateOverlay(rect);
    updateImageRect(rect);
    emit maskEdited();
}

// The overlay's pixels of a rectangle from the mask: premultiplied colour × coverage.
void MaskCanvas::updateOverlay(const QRect &imageRect)
{
    const QRect r = imageRect & m_mask.rect();
    const int red = m_maskColor.red();
    const int green = m_maskColor.green();
    const int blue = m_maskColor.blue();
    const int scale = int(std::lround(m_maskOpacity * 256));
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const uchar *from = m_mask.constScanLine(y);
        auto *to = reinterpret_cast<QRgb *>(m_overlay.scanLine(y));
        for (int x = r.left(); x <= r.right(); ++x) {
            const int a = (from[x] * scale) >> 8;
            to[x] = qRgba((red * a) / 255, (green * a) / 255, (blue * a) / 255, a);
        }
    }
}

QPointF MaskCanvas::toImage(QPointF widgetPos) const
{
    return (widgetPos - m_offset) / m_zoom;
}

QRectF MaskCanvas::toWidget(const QRectF &imageRect) const
{
    return QRectF(m_offset + imageRect.topLeft() * m_zoom, imageRect.size() * m_zoom);
}

void MaskCanvas::updateImageRect(const QRect &imageRect)
{
    update(toWidget(imageRect).toAlignedRect().adjusted(-2, -2, 2, 2));
}

void MaskCanvas::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QRect exposed = event->rect();
    painter.fillRect(exposed, palette().color(QPalette::Dark));
    if (m_image.isNull())
        return;
    // Only the exposed part of the picture is drawn: a brush dab repaints a few hundred pixels.
    const QRectF sourceF = QRectF(toImage(exposed.topLeft()), toImage(exposed.bottomRight() + QPoint(1, 1)))
                               .intersected(QRectF(m_image.rect()));
    if (!sourceF.isEmpty()) {
        const QRect source = sourceF.toAlignedRect() & m_image.rect();
        const QRectF target = toWidget(source);
        if (m_zoom < 1.0) {
            // Below 100 % a smoothly scaled copy, made once per zoom.
            if (m_scaledZoom != m_zoom) {
                m_scaled = QPixmap::fromImage(m_image.scaled((QSizeF(m_image.size()) * m_zoom).toSize().expandedTo({1, 1}),
                                                             Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
                m_scaledZoom = m_zoom;
            }
            const double sx = double(m_scaled.width()) / m_image.width();
            const double sy = double(m_scaled.height()) / m_image.height();
            painter.drawPixmap(target, m_scaled,
                               QRectF(source.x() * sx, source.y() * sy, source.width() * sx, source.height() * sy));
        } else {
            painter.drawImage(target, m_image, source);
        }
        painter.drawImage(target, m_overlay, source);
    }
    // The brush outline, dark and light so it shows on any picture.
    if (m_cursor.x() > -1e8 && !m_panning) {
        const double radius = std::max(1.0, m_brushSize * m_zoom / 2);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(0, 0, 0, 180), 3));
        painter.drawEllipse(m_cursor, radius, radius);
        painter.setPen(QPen(m_tool == Tool::Eraser ? QColor(255, 255, 255) : m_maskColor.lighter(130), 1.2,
                            m_tool == Tool::Eraser ? Qt::DashLine : Qt::SolidLine));
        painter.drawEllipse(m_cursor, radius, radius);
    }
}

void MaskCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitted)
        fitToView();
    else
        clampOffset();
}

void MaskCanvas::zoomAt(double zoom, QPointF widgetAnchor)
{
    zoom = std::clamp(zoom, minZoom, maxZoom);
    const QPointF imagePoint = toImage(widgetAnchor);
    m_zoom = zoom;
    m_offset = widgetAnchor - imagePoint * m_zoom;
    m_fitted = false;
    clampOffset();
    update();
    emit zoomChanged(m_zoom);
}

void MaskCanvas::fitToView()
{
    if (m_image.isNull() || width() <= 0 || height() <= 0)
        return;
    const double zoom = std::min(double(width() - 16) / m_image.width(), double(height() - 16) / m_image.height());
    m_zoom = std::clamp(zoom, minZoom, maxZoom);
    m_offset = QPointF((width() - m_image.width() * m_zoom) / 2, (height() - m_image.height() * m_zoom) / 2);
    m_fitted = true;
    update();
    emit zoomChanged(m_zoom);
}

void MaskCanvas::actualSize()
{
    zoomAt(1.0, QPointF(width() / 2.0, height() / 2.0));
}

// Keeps some of the picture on screen; a picture smaller than the view stays centred.
void MaskCanvas::clampOffset()
{
    const QSizeF shown = QSizeF(m_image.size()) * m_zoom;
    auto clampAxis = [](double offset, double shownLength, double viewLength) {
        if (shownLength <= viewLength)
            return (viewLength - shownLength) / 2;
        return std::clamp(offset, viewLength - shownLength, 0.0);
    };
    m_offset = QPointF(clampAxis(m_offset.x(), shown.width(), width()), clampAxis(m_offset.y(), shown.height(), height()));
}

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
    m_before = m_mask.copy();
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
    m_undo->push(new MaskPatchCommand(this, m_strokeRect, m_before.copy(m_strokeRect), m_mask.copy(m_strokeRect),
                                      m_erasing ? tr("Erase") : tr("Paint")));
    m_before = {};
    emit maskEdited();
}

void MaskCanvas::moveCursorTo(QPointF widgetPos)
{
    const double radius = m_brushSize * m_zoom / 2 + 4;
    update(QRectF(m_cursor.x() - radius, m_cursor.y() - radius, radius * 2, radius * 2).toAlignedRect());
    m_cursor = widgetPos;
    update(QRectF(m_cursor.x() - radius, m_cursor.y() - radius, radius * 2, radius * 2).toAlignedRect());
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
