#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
QT_END_NAMESPACE

namespace Easel {

// The window's set of docks around the viewer, and their default places. Each dock added
// here gets a toggle in the View menu (above "Reset Layout"), takes part in the window's
// saveState/restoreState (by its object name) and goes back to its default place, size
// and visibility on View › Reset Layout. A dock added after the window restored its state
// simply sits in its default place.
class DockLayout : public QObject
{
    Q_OBJECT
public:
    struct Place
    {
        Qt::DockWidgetArea area = Qt::LeftDockWidgetArea;
        bool shown = true;
        // Default depth across the area (width at the sides, height at the top or bottom),
        // as a share of the window's and clamped to [minimum, maximum] pixels; 0: as the
        // dock's size hint says.
        double share = 0;
        int minimum = 0;
        int maximum = 0;
    };

    // menu: the View menu; the dock toggles and Reset Layout are appended to it.
    DockLayout(QMainWindow *window, QMenu *menu);

    // The dock needs an object name (saveState). Put in its default place now.
    void add(QDockWidget *dock, const Place &place);
    // Every dock in its default place, size and visibility; then `layoutReset`.
    void reset();
    QAction *resetAction() const { return m_reset; }
    QList<QDockWidget *> docks() const;

signals:
    // After reset(): what follows a dock's visibility (the library's placement) syncs.
    void layoutReset();

private:
    struct Entry
    {
        QPointer<QDockWidget> dock;
        Place place;
    };
    void place(const Entry &entry);
    void resize(const QList<Entry> &entries);

    QMainWindow *m_window;
    QMenu *m_menu;
    QAction *m_separator;
    QAction *m_reset;
    QList<Entry> m_entries;
};

} // namespace Easel
