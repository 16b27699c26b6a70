#include "previewpane.h"

#include <QPainter>
#include <QScreen>
#include <QTimer>
#include <QWindow>

namespace Easel {

namespace {
// Presents may come this much sooner than a full refresh interval: arrivals and timers
// jitter by a millisecond or two, and waiting for the exact interval turns every late
// wake-up into a missed refresh. Still far above twice the refresh rate, so no frame is
// painted that the screen could not show.
constexpr double presentSlackMs = 2.0;

qint64 minGapNs(double hz)
{
    return qint64((1000.0 / hz - presentSlackMs) * 1e6);
}
} // namespace

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("previewPane"));
    setMinimumSize(128, 128);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &PreviewPane::present);
    m_minGapNs = minGapNs(60.0);
    m_sinceLast.start();
}

PreviewPane::~PreviewPane() = default;

void PreviewPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // One frame per refresh of the screen the pane is on (60 Hz when unknown).
    const QScreen *screen = this->screen();
    const double hz = screen && screen->refreshRate() >= 24 ? screen->refreshRate() : 60.0;
    m_intervalMs = std::max(1, int(1000.0 / hz));
    m_minGapNs = minGapNs(hz);
}

void PreviewPane::showPreview(const QString &, const QString &nodeId, const QImage &image)
{
    showFrame(image, nodeId.isEmpty() ? QString() : tr("Node %1").arg(nodeId));
}

void PreviewPane::showFrame(const QImage &image, const QString &caption)
{
    if (image.isNull())
        return;
    ++m_received;
    // Only the newest frame waits; an older pending one is dropped.
    m_pending = image;
    m_pendingCaption = caption;
    m_hasPending = true;
    const qint64 since = m_sinceLast.nsecsElapsed();
    if (since >= m_minGapNs) {
        // Enough time since the last present: show it now, without a timer's delay.
        m_timer->stop();
        present();
        return;
    }
    // Too soon: the timer presents whatever is newest when the interval is up.
    if (!m_timer->isActive())
        m_timer->start(int((m_minGapNs - since + 999'999) / 1'000'000));
}

void PreviewPane::clear()
{
    m_timer->stop();
    m_current = {};
    m_pending = {};
    m_hasPending = false;
    m_caption.clear();
    update();
}

void PreviewPane::present()
{
    if (!m_hasPending)
        return;
    m_current = std::exchange(m_pending, {});
    m_caption = m_pendingCaption;
    m_hasPending = false;
    m_newFrame = true;
    m_sinceLast.restart();
    update();
}

void PreviewPane::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    if (m_current.isNull())
        return;
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QSize size = m_current.size().scaled(this->size(), Qt::KeepAspectRatio);
    const QRect target(QPoint((width() - size.width()) / 2, (height() - size.height()) / 2), size);
    painter.drawImage(target, m_current);
    if (!m_caption.isEmpty()) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(rect().adjusted(4, 4, -4, -4), Qt::AlignLeft | Qt::AlignBottom, m_caption);
    }
    if (m_newFrame) {
        m_newFrame = false;
        ++m_shown;
        emit frameShown(m_shown);
    }
}

} // namespace Easel
