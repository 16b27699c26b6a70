#include "framepacer.h"

#include <QCoreApplication>
#include <QEvent>
#include <QScreen>
#include <QWidget>
#include <QWindow>

#include <algorithm>

namespace Easel {

FramePacer::FramePacer(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    window->installEventFilter(this);
}

void FramePacer::holdFor(qint64 ms)
{
    DisplayFrame *frame = DisplayFrame::instance();
    frame->schedule(this, frame->now() + std::max<qint64>(0, ms), DisplayFrame::Order::Paint);
}

int FramePacer::intervalMs() const
{
    if (!m_sinceInput.isValid() || m_sinceInput.elapsed() > inputRecentMs)
        return ambientIntervalMs;
    const QScreen *screen = m_window->screen();
    const double hz = screen && screen->refreshRate() >= 24 ? screen->refreshRate() : 60.0;
    return std::max(1, int(1000.0 / hz));
}

void FramePacer::watchInput()
{
    QWindow *window = m_window->windowHandle();
    if (!window || window == m_inputWindow)
        return;
    if (m_inputWindow)
        m_inputWindow->removeEventFilter(this);
    m_inputWindow = window;
    window->installEventFilter(this);
}

bool FramePacer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_inputWindow) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::TabletMove:
            m_sinceInput.start();
            // A frame held for the slower pace goes out at the faster one.
            if (isHolding() && m_sinceFrame.isValid())
                holdFor(intervalMs() - m_sinceFrame.elapsed());
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }
    if (watched != m_window || event->type() != QEvent::UpdateRequest || m_sending)
        return QObject::eventFilter(watched, event);
    watchInput();
    if (isHolding()) {
        ++m_held;
        return true;
    }
    const qint64 since = m_sinceFrame.isValid() ? m_sinceFrame.elapsed() : qint64(intervalMs());
    if (since >= intervalMs()) {
        m_sinceFrame.start();
        ++m_painted;
        return false;
    }
    ++m_held;
    holdFor(intervalMs() - since);
    return true;
}

void FramePacer::sendHeld()
{
    m_sending = true;
    m_sinceFrame.start();
    ++m_painted;
    QEvent request(QEvent::UpdateRequest);
    QCoreApplication::sendEvent(m_window, &request);
    m_sending = false;
}

} // namespace Easel
