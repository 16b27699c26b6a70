#include "compareview.h"

#include <QPainter>

namespace Easel {

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(200, 200);
}

void CompareView::setImages(const QImage &left, const QImage &right)
{
    m_left = left;
    m_right = right;
    update();
}

void CompareView::setSplit(double fraction)
{
    m_split = std::clamp(fraction, 0.0, 1.0);
    update();
}

void CompareView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    if (m_left.isNull())
        return;
    // Both in the frame the first one fits in, so the same pixel is under the same point.
    const QSize fitted = m_left.size().scaled(size(), Qt::KeepAspectRatio);
    const QRect target(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const int splitX = target.left() + int(target.width() * m_split);
    painter.save();
    painter.setClipRect(QRect(target.topLeft(), QPoint(splitX, target.bottom())));
    painter.drawImage(target, m_left);
    painter.restore();
    if (!m_right.isNull()) {
        painter.save();
        painter.setClipRect(QRect(QPoint(splitX, target.top()), target.bottomRight()));
        painter.drawImage(target, m_right);
        painter.restore();
    }
    painter.setPen(QPen(palette().highlight(), 2));
    painter.drawLine(splitX, target.top(), splitX, target.bottom());
}

} // namespace Easel
