#pragma once

#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QAbstractItemView;
class QWidget;
QT_END_NAMESPACE

namespace Easel {

// Kiosk mode's application-wide event filter (installed on qApp by KioskController):
// refuses the window's close (window manager, Alt+F4, close()), quit and close keys, every
// drag and drop, context menus outside text fields (the session's outputs view keeps its
// own), file dialogs (closed as they show) and upload buttons. Every key, click, wheel or
// touch is reported as userActive() for the idle timer.
class KioskEscapeFilter : public QObject
{
    Q_OBJECT
public:
    explicit KioskEscapeFilter(QWidget *window, QObject *parent = nullptr);

    void setOutputView(QAbstractItemView *view);
    // After the administrator's PIN: the window may close.
    void setUnlocked(bool unlocked) { m_unlocked = unlocked; }

    bool eventFilter(QObject *object, QEvent *event) override;

signals:
    void userActive();
    void escapeBlocked(const QString &what);

private:
    QWidget *m_window;
    QPointer<QAbstractItemView> m_outputView;
    bool m_unlocked = false;
};

} // namespace Easel
