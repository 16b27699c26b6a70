#include "comparecanvas.h"

#include "zoompan.h"

#include <QKeyEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Easel {

CompareCanvas::CompareCanvas(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"compareCanvas"_s);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    setMouseTracking(true);
}

void CompareCanvas::setPictures(std::shared_ptr<const ImagePyramid> left, std::shared_ptr<const ImagePyramid> right)
{
    m_left = std::move(left);
    m_right = std::move(right);
    m_difference.reset();
    fitToWindow();
}

void CompareCanvas::setFramePictures(std::shared_ptr<const ImagePyramid> left,
                                     std::shared_ptr<const ImagePyramid> right, const QImage &difference)
{
    // Same zoom, pan and split: stepping frames must not move the view.
    m_left = std::move(left);
    m_right = std::move(right);
    setDifference(difference);
}

void CompareCanvas::setDifference(const QImage &difference)
{
    m_difference = difference.isNull() || !m_left
                       ? nullptr
                       : std::make_shared<const ImagePyramid>(ImagePyramid::fromImage(difference, m_left->fullSize));
    update();
}

void CompareCanvas::setLabels(const QString &left, const QString &right)
{
    m_leftLabel = left;
    m_rightLabel = right;
    update();
}

void CompareCanvas::setMode(Mode mode)
{
    m_mode = mode;
    if (m_fit)
        m_zoom = fitZoom();
    update();
}

void CompareCanvas::setSplit(double fraction)
{
    m_split = std::clamp(fraction, 0.0, 1.0);
    update();
}

QSizeF CompareCanvas::viewSize() const
{
    return m_mode == Mode::SideBySide ? QSizeF(width() / 2.0, height()) : QSizeF(size());
}

double CompareCanvas::fitZoom() const
{
    if (!m_left || m_left->isNull())
        return 1.0;
    const QSizeF view = viewSize();
    return std::min(1.0, std::min(view.width() / m_left->fullSize.width(), view.height() / m_left->fullSize.height()));
}

void CompareCanvas::fitToWindow()
{
    m_fit = true;
    m_zoom = fitZoom();
    if (m_left)
        m_centre = QPointF(m_left->fullSize.width() / 2.0, m_left->fullSize.height() / 2.0);
    update();
}

void CompareCanvas::setZoom(double zoom)
{
    m_fit = false;
    m_zoom = ZoomPan::clampZoom(zoom);
    update();
}

void CompareCanvas::drawPicture(QPainter &painter, const ImagePyramid &picture, const QRectF &viewport,
                                const QRectF &clip)
{
    if (picture.isNull() || !m_left)
        return;
    // Both pictures share the first one's frame: the same zoom, the same centre.
    const QSizeF frame = QSizeF(m_left->fullSize) * m_zoom;
    const QPointF topLeft = viewport.center() - m_centre * m_zoom;
    const QRectF target(topLeft, frame);
    const QRectF visible = target.intersected(clip);
    if (visible.isEmpty())
        return;
    const double scaleToFile = double(picture.fullSize.width()) / m_left->fullSize.width();
    double levelScale = 1.0;
    const QImage &level = picture.levelFor(m_zoom / scaleToFile, &levelScale);
    const double perScreen = levelScale * scaleToFile / m_zoom; // level pixels per screen pixel
    const QRectF source((visible.topLeft() - topLeft) * perScreen, visible.size() * perScreen);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, perScreen > 0.5);
    painter.drawImage(visible, level, source);
}

void CompareCanvas::drawLabel(QPainter &painter, const QString &text, const QRectF &area, Qt::Alignment alignment)
{
    if (text.isEmpty())
        return;
    const QFontMetrics metrics(font());
    QRectF box = metrics.boundingRect(area.adjusted(10, 8, -10, -8).toRect(), int(alignment) | Qt::TextWordWrap, text);
    box.adjust(-6, -4, 6, 4);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 170));
    painter.drawRoundedRect(box, 5, 5);
    painter.setPen(Qt::white);
    painter.drawText(box.adjusted(6, 4, -6, -4), int(alignment) | Qt::TextWordWrap, text);
}

void CompareCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window).lightness() < 128 ? QColor(0x1c, 0x1c, 0x1c)
                                                                                  : QColor(0x9a, 0x9a, 0x9a));
    if (!m_left || !m_right)
        return;
    const QRectF whole(rect());
    switch (m_mode) {
    case Mode::Wipe: {
        const double x = width() * m_split;
        drawPicture(painter, *m_left, whole, QRectF(0, 0, x, height()));
        drawPicture(painter, *m_right, whole, QRectF(x, 0, width() - x, height()));
        painter.setPen(QPen(Qt::white, 2));
        painter.drawLine(QPointF(x, 0), QPointF(x, height()));
        painter.setBrush(Qt::white);
        painter.drawEllipse(QPointF(x, height() / 2.0), 7, 7);
        drawLabel(painter, m_leftLabel, QRectF(0, 0, std::max(x, 120.0), height()), Qt::AlignLeft | Qt::AlignTop);
        drawLabel(painter, m_rightLabel, QRectF(std::min(x, width() - 120.0), 0, width() - std::min(x, width() - 120.0), height()),
                  Qt::AlignRight | Qt::AlignTop);
        break;
    }
    case Mode::SideBySide: {
        const QRectF left(0, 0, width() / 2.0, height());
        const QRectF right(width() / 2.0, 0, width() / 2.0, height());
        drawPicture(painter, *m_left, left, left);
        drawPicture(painter, *m_right, right, right);
        painter.setPen(QPen(palette().color(QPalette::Window), 2));
        painter.drawLine(left.topRight(), left.bottomRight());
        drawLabel(painter, m_leftLabel, left, Qt::AlignLeft | Qt::AlignTop);
        drawLabel(painter, m_rightLabel, right, Qt::AlignRight | Qt::AlignTop);
        break;
    }
    case Mode::Difference: {
        if (m_difference)
            drawPicture(painter, *m_difference, whole, whole);
        drawLabel(painter, tr("Difference: black where %1 and %2 are the same").arg(u"A"_s, u"B"_s), whole,
                  Qt::AlignHCenter | Qt::AlignTop);
        break;
    }
    }
}

void CompareCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fit)
        m_zoom = fitZoom();
}

void CompareCanvas::wheelEvent(QWheelEvent *event)
{
    if (event->angleDelta().y() == 0 || !m_left)
        return;
    // Around the cursor, in whichever half it is.
    QPointF at = event->position();
    QRectF viewport(rect());
    if (m_mode == Mode::SideBySide && at.x() >= width() / 2.0)
        viewport = QRectF(width() / 2.0, 0, width() / 2.0, height());
    else if (m_mode == Mode::SideBySide)
        viewport = QRectF(0, 0, width() / 2.0, height());
    const double zoom = ZoomPan::clampZoom(m_zoom * ZoomPan::wheelFactor(event));
    m_centre = ZoomPan::centreAfterZoom(at, viewport.center(), m_centre, m_zoom, zoom);
    m_zoom = zoom;
    m_fit = false;
    update();
}

void CompareCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressPosition = event->position();
    m_pressCentre = m_centre;
    const bool onSplit = m_mode == Mode::Wipe && std::abs(event->position().x() - width() * m_split) < 12;
    m_draggingSplit = onSplit || (m_mode == Mode::Wipe && (event->modifiers() & Qt::ShiftModifier));
    m_panning = !m_draggingSplit;
    if (m_draggingSplit)
        setSplit(event->position().x() / std::max(1, width()));
}

void CompareCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton)) {
        const bool nearSplit = m_mode == Mode::Wipe && std::abs(event->position().x() - width() * m_split) < 12;
        setCursor(nearSplit ? Qt::SplitHCursor : Qt::ArrowCursor);
        return;
    }
    if (m_draggingSplit) {
        setSplit(event->position().x() / std::max(1, width()));
    } else if (m_panning) {
        m_fit = false;
        m_centre = ZoomPan::centreAfterPan(m_pressCentre, event->position() - m_pressPosition, m_zoom);
        update();
    }
}

void CompareCanvas::mouseReleaseEvent(QMouseEvent *)
{
    m_draggingSplit = false;
    m_panning = false;
}

void CompareCanvas::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_F:
        fitToWindow();
        break;
    case Qt::Key_1:
    case Qt::Key_Z:
        setZoom(1.0);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setZoom(m_zoom * 1.25);
        break;
    case Qt::Key_Minus:
        setZoom(m_zoom / 1.25);
        break;
    case Qt::Key_Left:
        setSplit(m_split - 0.05);
        break;
    case Qt::Key_Right:
        setSplit(m_split + 0.05);
        break;
    case Qt::Key_Escape:
        emit closeRequested();
        break;
    case Qt::Key_Comma:
        emit frameStepRequested(-1);
        break;
    case Qt::Key_Period:
        emit frameStepRequested(1);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace Easel
