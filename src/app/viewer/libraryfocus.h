#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QAction;
class QTabWidget;
class QWidget;
QT_END_NAMESPACE

namespace Easel {

// The library given the whole window (View › Library, Ctrl+L): the other panes step aside
// and the library tab fills the room; the same key (or opening an output in the viewer)
// brings everything back as it was. Refused while the library tab is hidden or disabled
// (no library, kiosk mode).
class LibraryFocus : public QObject
{
    Q_OBJECT
public:
    LibraryFocus(QTabWidget *tabs, QWidget *libraryTab, const QList<QWidget *> &others, QObject *parent = nullptr);

    QAction *action() const { return m_action; }
    bool isActive() const { return m_active; }
    void setActive(bool active);

private:
    QPointer<QTabWidget> m_tabs;
    QPointer<QWidget> m_library;
    QList<QPointer<QWidget>> m_others;
    QList<QPointer<QWidget>> m_hidden; // what we hid, to show again
    QPointer<QWidget> m_previousTab;
    QAction *m_action;
    bool m_active = false;
};

} // namespace Easel
