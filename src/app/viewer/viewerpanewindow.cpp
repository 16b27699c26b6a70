// ViewerPane's ways out of the pane: the context menu, dragging the output out, and full
// screen (the picture view moved into a window of its own and back). Kept apart from the
// pane's following of outputs in viewerpane.cpp and its live preview in viewerpanelive.cpp.
#include "viewerpane.h"

#include "imageview.h"
#include "outputactions.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
#include <QEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
// Pixels a drag carries inline; larger pictures go as their file only.
constexpr qint64 maxDragPixels = 4096LL * 4096;
} // namespace

void ViewerPane::showContextMenu(const QPoint &globalPosition)
{
    if (m_showingLive || !m_current.isValid())
        return;
    QMenu *menu = m_actions->createMenu(m_current, this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPosition);
}

void ViewerPane::dragOut()
{
    if (m_showingLive || !m_current.isValid())
        return;
    // The pixels already decoded go along when they are the file's own (not a working
    // copy of a huge picture).
    QImage pixels;
    const QSize size = m_image->imageSize();
    if (m_image->path() == m_current.path && m_image->image().size() == size
        && qint64(size.width()) * size.height() <= maxDragPixels)
        pixels = m_image->image();
    auto *drag = new QDrag(m_image);
    drag->setMimeData(OutputActions::mimeData(m_current, pixels));
    if (!pixels.isNull())
        drag->setPixmap(QPixmap::fromImage(pixels.scaled(96, 96, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    drag->exec(Qt::CopyAction);
}

void ViewerPane::toggleFullScreen()
{
    if (m_fullScreen) {
        leaveFullScreen();
        return;
    }
    // The picture alone on the screen; arrows, zoom and Space still work. F11 or Escape
    // bring it back.
    auto *window = new QWidget(nullptr, Qt::Window);
    window->setObjectName(u"viewerFullScreen"_s);
    window->setWindowTitle(caption());
    auto *layout = new QVBoxLayout(window);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages->removeWidget(m_image);
    layout->addWidget(m_image);
    m_fullScreen = window;
    // Closed by the window manager: the view comes back before the window goes.
    window->installEventFilter(this);
    window->showFullScreen();
    m_image->setFocus();
}

bool ViewerPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_fullScreen && event->type() == QEvent::Close)
        leaveFullScreen();
    if (watched == m_mediaPage && m_mediaPage) {
        switch (event->type()) {
        case QEvent::ContextMenu:
            showContextMenu(static_cast<QContextMenuEvent *>(event)->globalPos());
            return true;
        case QEvent::MouseButtonPress:
            m_mediaPress = static_cast<QMouseEvent *>(event)->position().toPoint();
            break;
        case QEvent::MouseMove: {
            const auto *move = static_cast<QMouseEvent *>(event);
            if ((move->buttons() & Qt::LeftButton)
                && (move->position().toPoint() - m_mediaPress).manhattanLength() >= QApplication::startDragDistance()) {
                dragOut();
                return true;
            }
            break;
        }
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ViewerPane::leaveFullScreen()
{
    if (!m_fullScreen)
        return;
    QWidget *window = m_fullScreen;
    m_fullScreen = nullptr;
    m_pages->insertWidget(0, m_image);
    m_pages->setCurrentWidget(m_image);
    m_image->show();
    window->hide();
    window->deleteLater();
    m_image->setFocus();
}

} // namespace Easel
