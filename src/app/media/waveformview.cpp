#include "waveformview.h"

#include <QMouseEvent>
#include <QPainter>

namespace Easel {

WaveformView::WaveformView(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(80);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(tr("Waveform"));
}

void WaveformView::setPeaks(const QList<float> &peaks)
{
    m_peaks = peaks;
    update();
}

void WaveformView::setDuration(qint64 ms)
{
    m_duration = ms;
    update();
}

void WaveformView::setPosition(qint64 ms)
{
    m_position = ms;
    update();
}

void WaveformView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const QRectF area = QRectF(rect()).adjusted(8, 8, -8, -8);
    const double middle = area.center().y();
    const double playhead = m_duration > 0 ? area.left() + area.width() * double(m_position) / double(m_duration)
                                           : area.left();
    if (!m_peaks.isEmpty()) {
        const double barWidth = area.width() / m_peaks.size();
        const QColor played = palette().highlight().color();
        QColor waiting = palette().text().color();
        waiting.setAlphaF(0.45f);
        painter.setPen(Qt::NoPen);
        for (int i = 0; i < m_peaks.size(); ++i) {
            const double x = area.left() + i * barWidth;
            const double half = std::max(0.5, double(m_peaks.at(i)) * area.height() / 2);
            painter.setBrush(x < playhead ? played : waiting);
            painter.drawRect(QRectF(x, middle - half, std::max(1.0, barWidth * 0.75), half * 2));
        }
    } else {
        painter.setPen(palette().placeholderText().color());
        painter.drawText(rect(), Qt::AlignCenter, tr("Reading the sound…"));
    }
    painter.setPen(QPen(palette().highlight().color(), 2));
    painter.drawLine(QPointF(playhead, area.top()), QPointF(playhead, area.bottom()));
}

void WaveformView::seekTo(int x)
{
    const QRectF area = QRectF(rect()).adjusted(8, 8, -8, -8);
    if (m_duration <= 0 || area.width() <= 0)
        return;
    const double fraction = std::clamp((x - area.left()) / area.width(), 0.0, 1.0);
    emit seekRequested(qint64(fraction * double(m_duration)));
}

void WaveformView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        seekTo(event->position().toPoint().x());
}

void WaveformView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        seekTo(event->position().toPoint().x());
}

} // namespace Easel
