#include "kioskwindowguard.h"

#include <QApplication>
#include <QDebug>
#include <QEvent>
#include <QScreen>
#include <QTimer>
#include <QWidget>

namespace Easel {

KioskWindowGuard::KioskWindowGuard(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_inactive(new QTimer(this))
{
    m_inactive->setSingleShot(true);
    m_inactive->setInterval(defaultGraceMs);
    connect(m_inactive, &QTimer::timeout, this, [this] {
        // Still not active: another window or desktop has the visitor. Easel's own dialogs
        // and popups over the kiosk (the PIN, a choice list) do not count.
        const QWidget *active = QApplication::activeWindow();
        const bool ours = active
                          && (active == m_window || active->windowType() == Qt::Dialog
                              || active->windowType() == Qt::Popup || active->windowType() == Qt::ToolTip);
        if (QGuiApplication::applicationState() != Qt::ApplicationActive || !ours)
            retake(Reason::Inactive);
    });
    connect(qApp, &QGuiApplication::applicationStateChanged, this, &KioskWindowGuard::onApplicationStateChanged);
    window->installEventFilter(this);
}

void KioskWindowGuard::setGraceMs(int ms)
{
    m_inactive->setInterval(ms);
}

int KioskWindowGuard::graceMs() const
{
    return m_inactive->interval();
}

void KioskWindowGuard::retake(Reason reason)
{
    if (!m_enabled || m_retaking)
        return;
    m_retaking = true;
    ++m_retakes;
    static const char *const names[] = {"requested", "minimised", "hidden", "inactive"};
    qInfo().noquote() << "kiosk: the window takes itself back:" << names[int(reason)];
    if (QScreen *screen = m_window->screen())
        m_window->setGeometry(screen->geometry());
    if (reason == Reason::Inactive && m_window->isVisible()) {
        // Raising and activating is not enough where the visitor went to another desktop
        // (openbox leaves the window on its own): mapped again, a window manager puts it
        // on the desktop in view and gives it the focus, as it does with a new window.
        m_window->hide();
    }
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowFullScreen
                             | Qt::WindowActive);
    m_window->showFullScreen();
    m_window->raise();
    m_window->activateWindow();
    m_retaking = false;
    emit retaken();
}

void KioskWindowGuard::onApplicationStateChanged(Qt::ApplicationState state)
{
    if (!m_enabled)
        return;
    if (state == Qt::ApplicationActive)
        m_inactive->stop();
    else if (!m_inactive->isActive())
        m_inactive->start();
}

bool KioskWindowGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && m_enabled) {
        switch (event->type()) {
        case QEvent::WindowStateChange:
            // After the window manager has finished minimising: restoring inside its own
            // state change is ignored by some.
            if (m_window->windowState() & Qt::WindowMinimized)
                QTimer::singleShot(0, this, [this] { retake(Reason::Minimised); });
            break;
        case QEvent::Hide:
            // Iconified by a window manager that unmaps instead of setting the state.
            if (!m_window->isVisible() && !m_retaking)
                QTimer::singleShot(0, this, [this] { retake(Reason::Hidden); });
            break;
        case QEvent::WindowDeactivate:
            if (!m_inactive->isActive())
                m_inactive->start();
            break;
        case QEvent::WindowActivate:
            m_inactive->stop();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Easel
