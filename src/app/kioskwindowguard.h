#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QTimer;
class QWidget;
QT_END_NAMESPACE

namespace Easel {

// Kiosk mode's window takes itself back (docs/kiosk.md, "The window takes itself back"):
// when it is minimised (a window manager's Iconify, a desktop switch that minimises) it
// returns at once, and when Easel stays inactive longer than the grace period (another
// window on top, another desktop) it comes back full screen, on top and active. The
// window manager's own escape routes are the administrator's to turn off; this only
// makes sure a visitor cannot leave the kiosk behind.
class KioskWindowGuard : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultGraceMs = 3000;

    explicit KioskWindowGuard(QWidget *window, QObject *parent = nullptr);

    void setGraceMs(int ms);
    int graceMs() const;
    enum class Reason { Requested, Minimised, Hidden, Inactive };
    // Full screen, not minimised, raised and asked to be active (logged with the reason).
    void retake(Reason reason = Reason::Requested);
    int retakeCount() const { return m_retakes; }
    void setEnabled(bool enabled) { m_enabled = enabled; }

signals:
    void retaken();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onApplicationStateChanged(Qt::ApplicationState state);

    QWidget *m_window;
    QTimer *m_inactive;
    int m_retakes = 0;
    bool m_enabled = true;
    bool m_retaking = false; // its own hide() and show() are no new reason
};

} // namespace Easel
