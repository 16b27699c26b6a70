// ImageView's input: wheel and pinch zoom around the cursor, drag to pan (or to take the
// picture out of the window), double-click, keys, the context menu. Kept apart from the
// loading and drawing in imageview.cpp.
#include "imageview.h"

#include "zoompan.h"

#include <QContextMenuEvent>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QWheelEvent>

namespace Easel {

void ImageView::wheelEvent(QWheelEvent *event)
{
    if (!hasImage())
        return;
    if (event->angleDelta().y() == 0)
        return;
    zoomAround(m_zoom * ZoomPan::wheelFactor(event), event->position());
    event->accept();
}

void ImageView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragOutStarted = false;
    m_pressPosition = event->position();
    m_pressCentre = m_centre;
    const QSize size = imageSize();
    const bool canPan = size.isValid() && (size.width() * m_zoom > width() + 0.5 || size.height() * m_zoom > height() + 0.5);
    if (canPan && !(event->modifiers() & Qt::ControlModifier))
        setCursor(Qt::ClosedHandCursor);
}

void ImageView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed || m_dragOutStarted)
        return;
    const QPointF moved = event->position() - m_pressPosition;
    const QSize size = imageSize();
    const bool canPan = size.isValid() && (size.width() * m_zoom > width() + 0.5 || size.height() * m_zoom > height() + 0.5);
    if (!canPan || (event->modifiers() & Qt::ControlModifier)) {
        // Nothing to pan (or Ctrl held): the drag takes the picture out of the window.
        if (moved.manhattanLength() >= 8 && hasImage()) {
            m_dragOutStarted = true;
            m_pressed = false;
            emit dragOutRequested();
        }
        return;
    }
    m_centre = ZoomPan::centreAfterPan(m_pressCentre, moved, m_zoom);
    m_fit = false;
    clampCentre();
    update();
    emit viewChanged();
}

void ImageView::mouseReleaseEvent(QMouseEvent *event)
{
    Q_UNUSED(event)
    m_pressed = false;
    unsetCursor();
}

void ImageView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // Fit <-> 100 % at the point clicked: the quickest look at a detail.
    if (!m_fit)
        fitToWindow();
    else
        zoomAround(1.0, event->position());
}

void ImageView::keyPressEvent(QKeyEvent *event)
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
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Left:
        emit previousRequested();
        break;
    case Qt::Key_Right:
        emit nextRequested();
        break;
    case Qt::Key_Space:
        emit toggleLiveRequested();
        break;
    case Qt::Key_F11:
        emit fullScreenRequested();
        break;
    case Qt::Key_Escape:
        emit escapePressed();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ImageView::contextMenuEvent(QContextMenuEvent *event)
{
    emit contextMenuRequested(event->globalPos());
    event->accept();
}

bool ImageView::event(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        // macOS trackpads and Wayland touchpads: a zoom gesture is a relative step.
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomAround(m_zoom * (1.0 + gesture->value()), gesture->position());
            return true;
        }
    } else if (event->type() == QEvent::Gesture) {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->state() == Qt::GestureStarted)
                m_pinchStartZoom = m_zoom;
            zoomAround(m_pinchStartZoom * pinch->totalScaleFactor(), mapFromGlobal(pinch->centerPoint()));
            return true;
        }
    } else if (event->type() == QEvent::ShortcutOverride) {
        // The viewer's own keys win over window shortcuts while it has focus.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            switch (key->key()) {
            case Qt::Key_F: case Qt::Key_1: case Qt::Key_Z: case Qt::Key_Plus: case Qt::Key_Equal:
            case Qt::Key_Minus: case Qt::Key_Left: case Qt::Key_Right: case Qt::Key_Space:
                event->accept();
                return true;
            default:
                break;
            }
        }
    }
    return QWidget::event(event);
}

} // namespace Easel
