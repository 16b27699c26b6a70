// The map's input: the mouse pans, selects and moves nodes, the wheel and keys zoom, and
// tool tips name the node under the pointer.
#include "graphmapview.h"

#include "viewer/zoompan.h"
#include "graphmapview_p.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace Easel {

using namespace GraphMapDetail;

void GraphMapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event); // the centre stays in the middle
    if (m_fitted && m_laidOut)
        fitToView();
}

void GraphMapView::wheelEvent(QWheelEvent *event)
{
    if (event->angleDelta().y() == 0) {
        event->ignore();
        return;
    }
    zoomAround(event->position(), ZoomPan::wheelFactor(event));
    event->accept();
}

void GraphMapView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position();
    m_pressCentre = m_centre;
    if (event->button() == Qt::MiddleButton) {
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressedNode = nodeAt(event->position());
    if (m_pressedNode >= 0)
        m_nodeStart = m_graph.nodes.at(m_pressedNode).rect.topLeft();
    m_drag = Drag::Pending;
}

void GraphMapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_drag == Drag::Pending
        && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_drag = m_pressedNode >= 0 && m_movable ? Drag::Move : Drag::Pan;
        setCursor(m_drag == Drag::Move ? Qt::SizeAllCursor : Qt::ClosedHandCursor);
    }
    if (m_drag == Drag::Pan) {
        panTo(ZoomPan::centreAfterPan(m_pressCentre, pos - m_pressPos, m_zoom));
    } else if (m_drag == Drag::Move) {
        GraphNode &node = m_graph.nodes[m_pressedNode];
        node.rect.moveTopLeft(m_nodeStart + (pos - m_pressPos) / m_zoom);
        update();
    }
}

void GraphMapView::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    if (drag == Drag::Pending && m_pressedNode >= 0 && event->button() == Qt::LeftButton
        && m_graph.nodes.at(m_pressedNode).kind == GraphNode::Kind::Node) {
        const QString id = m_graph.nodes.at(m_pressedNode).id;
        m_selected = id;
        m_selectedShown = m_pressedNode;
        update();
        emit nodeClicked(id);
    } else if (drag == Drag::Move && m_pressedNode >= 0) {
        const GraphNode &node = m_graph.nodes.at(m_pressedNode);
        if (node.rect.topLeft() != m_nodeStart) {
            // Back to LiteGraph's "pos": the body's corner, under the title bar; whole units
            // as the web UI keeps them.
            const QPointF pos(std::round(node.rect.left()), std::round(node.rect.top() + NodeGraph::TitleHeight));
            emit nodeMoved(node.id, pos);
        }
    }
    m_pressedNode = -1;
}

void GraphMapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // A double click on a subgraph node opens it; on the background it fits, as in an
    // image viewer.
    const int i = nodeAt(event->position());
    if (i < 0)
        fitToView();
    else if (!m_graph.nodes.at(i).subgraph.isEmpty())
        emit scopeRequested(m_graph.nodes.at(i).id);
}

void GraphMapView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_F: fitToView(); return;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomAround(QRectF(rect()).center(), 1.25); return;
    case Qt::Key_Minus: zoomAround(QRectF(rect()).center(), 0.8); return;
    case Qt::Key_Backspace: // up a level, as a file browser goes to the parent folder
        if (!m_graph.scope.isEmpty()) {
            const qsizetype colon = m_graph.scope.lastIndexOf(u':');
            emit scopeRequested(colon < 0 ? QString() : m_graph.scope.left(colon));
        }
        return;
    default: QWidget::keyPressEvent(event);
    }
}

bool GraphMapView::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const int i = nodeAt(help->pos());
    if (i < 0) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const GraphNode &node = m_graph.nodes.at(i);
    if (node.kind != GraphNode::Kind::Node) {
        QToolTip::showText(help->globalPos(), panelTitle(node), this);
        return true;
    }
    QString text = tr("%1 · %2 #%3").arg(node.title, node.classType, node.id);
    if (!node.subgraph.isEmpty())
        text += u'\n' + tr("A subgraph: double-click to open it");
    if (isBypassed(node))
        text += u'\n' + tr("Bypassed");
    else if (isMuted(node))
        text += u'\n' + tr("Muted");
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        if (m_graph.indexOfShown(it.key()) == i)
            text += u'\n' + it.value();
    }
    QToolTip::showText(help->globalPos(), text, this);
    return true;
}

} // namespace Easel
