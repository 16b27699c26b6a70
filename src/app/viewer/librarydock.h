#pragma once

#include <QDockWidget>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QTabWidget;
QT_END_NAMESPACE

namespace Easel {

// The library in a dock of its own (View › Library dock): it can be moved to any side,
// floated onto a second screen or given as much height as the user likes, and the main
// window's saveState remembers where. While the dock is shown the library lives in it and
// its tab under the viewer is hidden; closing the dock puts the library back in the tab.
// One gallery widget either way, so its filters, selection and actions are kept.
class LibraryDock : public QDockWidget
{
    Q_OBJECT
public:
    LibraryDock(QWidget *gallery, QTabWidget *tabs, QWidget *libraryTab, QWidget *parent = nullptr);

    // Moves the library to where the dock's state says (after restoreState, or a toggle).
    void syncPlacement();
    bool holdsLibrary() const { return m_docked; }

private:
    void place(bool docked);

    QPointer<QWidget> m_gallery;
    QPointer<QTabWidget> m_tabs;
    QPointer<QWidget> m_libraryTab;
    bool m_docked = false;
};

} // namespace Easel
