#include "librarydock.h"

#include <QAction>
#include <QDockWidget>
#include <QLayout>
#include <QMainWindow>
#include <QScreen>
#include <QTabWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
constexpr int narrowWindow = 1600; // px: below it the library is tabbed with the queue
} // namespace

LibraryDock::LibraryDock(QWidget *gallery, QTabWidget *tabs, QWidget *libraryTab, QWidget *parent)
    : QDockWidget(tr("Library"), parent)
    , m_gallery(gallery)
    , m_tabs(tabs)
    , m_libraryTab(libraryTab)
{
    setObjectName(u"libraryDock"_s); // for saveState
    QAction *toggle = toggleViewAction();
    toggle->setObjectName(u"actionLibraryDock"_s);
    toggle->setText(tr("Library &Dock"));
    toggle->setStatusTip(tr("Show the library in a dock of its own, which can be moved, floated and resized"));
    // The library follows the toggle: `triggered` (the menu; QDockWidget shows or hides
    // itself on it before this runs) and `toggled` (the dock's close button). Not
    // visibilityChanged: a library tabbed behind another dock stays in its dock.
    connect(toggle, &QAction::triggered, this, [this](bool shown) {
        syncPlacement();
        // Asked for from the menu: room for two columns of thumbnails or a quarter of the
        // window (a restored layout keeps the width the user gave it). A window too
        // narrow for a fourth column (1366 px: editor, picture, queue) gets the library as
        // a tab beside the queue instead, so the picture keeps its width.
        auto *window = qobject_cast<QMainWindow *>(parentWidget());
        if (!shown || !window || isFloating())
            return;
        auto *queue = window->findChild<QDockWidget *>(u"queueDock"_s);
        // The dock is shown already, and the window may have grown to make room for it:
        // the width it had is the one to judge by, and to go back to.
        const QRect screen = window->screen() ? window->screen()->availableGeometry() : QRect();
        const int before = std::max(1, std::min(window->width() - width(), screen.isValid() ? screen.width() : 100000));
        if (before < narrowWindow && queue && queue->isVisible() && !queue->isFloating()
            && window->dockWidgetArea(queue) == window->dockWidgetArea(this)) {
            const int queueWidth = queue->width();
            window->tabifyDockWidget(queue, this);
            raise();
            window->resizeDocks({this}, {std::min(queueWidth, before / 4)}, Qt::Horizontal);
            const int frame = window->frameGeometry().width() - window->width();
            if (screen.isValid() && !window->isMaximized() && !window->isFullScreen()
                && window->frameGeometry().width() > screen.width())
                window->resize(screen.width() - frame, window->height());
        } else {
            window->resizeDocks({this}, {std::max(420, window->width() / 4)}, Qt::Horizontal);
        }
    });
    connect(toggle, &QAction::toggled, this, [this] { syncPlacement(); });
}

void LibraryDock::syncPlacement()
{
    place(!isHidden());
}

void LibraryDock::place(bool docked)
{
    if (!m_gallery || !m_tabs || !m_libraryTab || docked == m_docked)
        return;
    m_docked = docked;
    const int index = m_tabs->indexOf(m_libraryTab);
    if (docked) {
        setWidget(m_gallery);
        m_gallery->show();
        if (m_tabs->currentIndex() == index)
            m_tabs->setCurrentIndex(0);
        m_tabs->setTabVisible(index, false);
    } else {
        m_libraryTab->layout()->addWidget(m_gallery); // takes it out of the dock
        m_gallery->show();
        m_tabs->setTabVisible(index, true);
    }
}

} // namespace Easel
