#include "docklayout.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
bool isSide(Qt::DockWidgetArea area)
{
    return area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea;
}
} // namespace

DockLayout::DockLayout(QMainWindow *window, QMenu *menu)
    : QObject(window)
    , m_window(window)
    , m_menu(menu)
{
    // The side areas keep the corners: the bottom area (filmstrip, log) lies under the
    // viewer only, so the editor and the queue keep the window's full height.
    window->setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    window->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    window->setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    window->setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    window->setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks
                           | QMainWindow::AllowNestedDocks);
    m_separator = menu->addSeparator();
    m_reset = menu->addAction(tr("&Reset Layout"), this, &DockLayout::reset);
    m_reset->setObjectName(u"actionResetLayout"_s);
    m_reset->setStatusTip(tr("Put every panel back in its first place and size"));
}

void DockLayout::add(QDockWidget *dock, const Place &where)
{
    Q_ASSERT(!dock->objectName().isEmpty());
    const Entry entry{dock, where};
    m_entries.append(entry);
    QAction *toggle = dock->toggleViewAction();
    if (toggle->objectName().isEmpty())
        toggle->setObjectName(u"action_"_s + dock->objectName());
    m_menu->insertAction(m_separator, toggle);
    place(entry);
    resize({entry});
}

void DockLayout::place(const Entry &entry)
{
    QDockWidget *dock = entry.dock;
    if (!dock)
        return;
    dock->setFloating(false);
    m_window->removeDockWidget(dock); // no-op for a dock not in the window yet
    // Docks sharing an area: side by side at the sides (the queue and the library), one
    // above the other at the bottom (the filmstrip and the log).
    const Qt::Orientation orientation = isSide(entry.place.area) ? Qt::Horizontal : Qt::Vertical;
    m_window->addDockWidget(entry.place.area, dock, orientation);
    dock->setVisible(entry.place.shown);
}

void DockLayout::resize(const QList<Entry> &entries)
{
    QList<QDockWidget *> across;
    QList<int> widths;
    QList<QDockWidget *> down;
    QList<int> heights;
    for (const Entry &entry : entries) {
        if (!entry.dock || !entry.place.shown || entry.place.share <= 0)
            continue;
        const bool side = isSide(entry.place.area);
        const int extent = side ? m_window->width() : m_window->height();
        const int size = std::clamp(int(extent * entry.place.share), entry.place.minimum,
                                    std::max(entry.place.minimum, entry.place.maximum));
        (side ? across : down).append(entry.dock);
        (side ? widths : heights).append(size);
    }
    if (!across.isEmpty())
        m_window->resizeDocks(across, widths, Qt::Horizontal);
    if (!down.isEmpty())
        m_window->resizeDocks(down, heights, Qt::Vertical);
}

void DockLayout::reset()
{
    for (const Entry &entry : std::as_const(m_entries))
        place(entry);
    resize(m_entries);
    emit layoutReset();
}

QList<QDockWidget *> DockLayout::docks() const
{
    QList<QDockWidget *> docks;
    for (const Entry &entry : m_entries) {
        if (entry.dock)
            docks.append(entry.dock);
    }
    return docks;
}

} // namespace Easel
