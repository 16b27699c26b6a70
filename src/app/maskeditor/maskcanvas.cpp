#include "maskcanvas.h"
#include "maskpatchcommand.h"

#include <QPainter>
#include <QPaintEvent>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace Easel {

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
    m_before = m_mask.copy();
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
    m_before = m_mask.copy();
    updateOverlay(m_mask.rect());
    update();
    m_undo->push(new MaskPatchCommand(this, m_mask.rect(), before, m_mask.copy(), text));
    emit maskEdited();
}

void MaskCanvas::fillMask()
{
    const QImage before = m_before; // the mask as it is (shared, not copied)
    m_mask.fill(255);
    pushWholeMaskChange(before, tr("Fill"));
}

void MaskCanvas::clearMask()
{
    const QImage before = m_before;
    m_mask.fill(0);
    pushWholeMaskChange(before, tr("Clear"));
}

void MaskCanvas::invertMask()
{
    const QImage before = m_before;
    for (int y = 0; y < m_mask.height(); ++y) {
        uchar *line = m_mask.scanLine(y);
        for (int x = 0; x < m_mask.width(); ++x)
            line[x] = uchar(255 - line[x]);
    }
    pushWholeMaskChange(before, tr("Invert"));
}

void MaskCanvas::applyPatch(const QRect &rect, const QImage &patch)
{
    for (int y = 0; y < rect.height(); ++y) {
        std::memcpy(m_mask.scanLine(rect.y() + y) + rect.x(), patch.constScanLine(y), size_t(rect.width()));
        std::memcpy(m_before.scanLine(rect.y() + y) + rect.x(), patch.constScanLine(y), size_t(rect.width()));
    }
    updateOverlay(rect);
    updateImageRect(rect);
    emit maskEdited();
}

// The overlay's pixels of a rectangle from the mask: premultiplied colour × coverage.
void MaskCanvas::updateOverlay(const QRect &imageRect)
{
    const QRect r = imageRect & m_mask.rect();
    // 256 possible overlay pixels: looked up, not computed per pixel (a 300-pixel dab is
    // 90,000 of them, several times an event).
    const int red = m_maskColor.red();
    const int green = m_maskColor.green();
    const int blue = m_maskColor.blue();
    const int scale = int(std::lround(m_maskOpacity * 256));
    QRgb table[256];
    for (int m = 0; m < 256; ++m) {
        const int a = (m * scale) >> 8;
        table[m] = qRgba((red * a) / 255, (green * a) / 255, (blue * a) / 255, a);
    }
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const uchar *from = m_mask.constScanLine(y);
        auto *to = reinterpret_cast<QRgb *>(m_overlay.scanLine(y));
        for (int x = r.left(); x <= r.right(); ++x)
            to[x] = table[from[x]];
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
    if (m_image.isNull()) {
        painter.fillRect(exposed, palette().color(QPalette::Dark));
        return;
    }
    // The background only where the picture is not: it is opaque.
    const QRect pictureOnWidget = toWidget(QRectF(m_image.rect())).toAlignedRect();
    if (!pictureOnWidget.contains(exposed)) {
        painter.save();
        painter.setClipRegion(QRegion(exposed).subtracted(pictureOnWidget.adjusted(1, 1, -1, -1)));
        painter.fillRect(exposed, palette().color(QPalette::Dark));
        painter.restore();
    }
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
    m_offset = QPointF(std::round((width() - m_image.width() * m_zoom) / 2), std::round((height() - m_image.height() * m_zoom) / 2));
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
    // Whole pixels: at 100 % and above the picture is then copied, not resampled, when a
    // dab repaints its rectangle.
    m_offset = QPointF(std::round(clampAxis(m_offset.x(), shown.width(), width())),
                       std::round(clampAxis(m_offset.y(), shown.height(), height())));
}

} // namespace Easel
