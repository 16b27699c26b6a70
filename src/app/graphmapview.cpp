#include "graphmapview.h"

#include "futurecallback.h"
#include "viewer/zoompan.h"
#include "graphlayout.h"
#include "graphmapview_p.h"
#include "workflowdocument.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Easel {

using namespace GraphMapDetail;

namespace {

constexpr double MinimumScale = 0.02;
constexpr double MaximumScale = 4.0;
constexpr double FitMargin = 24.0;   // pixels around the graph when fitted

} // namespace

GraphMapView::GraphMapView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"graphMap"_s);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(120, 90);
    setWhatsThis(tr("The workflow's graph. Click a node to select it in the tree; drag the "
                    "background to pan, a node to move it; the wheel zooms; F fits the graph."));
}

void GraphMapView::setDocument(const WorkflowDocument &document, Change change)
{
    const quint64 generation = ++m_generation;
    std::optional<NodeGraph> inside = m_scope.isEmpty() ? std::nullopt : NodeGraph::fromSubgraph(document, m_scope);
    if (!m_scope.isEmpty() && !inside) {
        // The subgraph node is gone (removed, undone, another document): the workflow.
        m_scope.clear();
        change = Change::Opened;
    }
    NodeGraph graph = inside ? std::move(*inside) : NodeGraph::fromDocument(document);
    // A later version of the same document (a value, a move, an added node, an undo) keeps
    // the view where it is; another document, or another subgraph, is fitted.
    const bool keepView = !m_graph.nodes.isEmpty() && m_graph.scope == graph.scope
        && (change == Change::Edited || graph.layoutKey() == m_shownKey);
    // Positions are saved into the workflow's own nodes; a partly positioned file's missing
    // ones are saved as they are moved. Inside a subgraph the map is read-only.
    m_movable = document.format() == WorkflowDocument::Format::Saved && graph.scope.isEmpty();
    if (!graph.needsLayout()) {
        showGraph(graph, keepView);
        return;
    }
    if (std::optional<NodeGraph> done = GraphLayout::cached(graph.layoutKey())) {
        graph.takePositions(*done);
        showGraph(graph, keepView);
        return;
    }
    if (!keepView) {
        m_graph = NodeGraph();
        m_laidOut = false;
        update();
    }
    onFinished(GraphLayout::layOut(graph), this, [this, generation, keepView](const NodeGraph &laidOut) {
        if (generation == m_generation)
            showGraph(laidOut, keepView);
    });
}

void GraphMapView::clear()
{
    ++m_generation;
    m_graph = NodeGraph();
    m_shownKey.clear();
    m_laidOut = false;
    m_movable = false;
    m_scope.clear();
    m_selected.clear();
    m_running.clear();
    m_errors.clear();
    m_titles.clear();
    findShown();
    update();
}

void GraphMapView::setTitles(const QHash<QString, QString> &titles)
{
    m_titles = titles;
    applyTitles();
    update();
}

void GraphMapView::applyTitles()
{
    for (GraphNode &node : m_graph.nodes) {
        if (node.kind != GraphNode::Kind::Node) {
            node.title = panelTitle(node);
            continue;
        }
        if (const QString title = m_titles.value(node.id); !title.isEmpty())
            node.title = title;
    }
}

void GraphMapView::findShown()
{
    m_selectedShown = m_graph.indexOfShown(m_selected);
    m_runningShown = m_graph.indexOfShown(m_running);
    m_errorShown.clear();
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        if (const int i = m_graph.indexOfShown(it.key()); i >= 0)
            m_errorShown.insert(i);
    }
}

void GraphMapView::showGraph(const NodeGraph &graph, bool keepView)
{
    m_graph = graph;
    applyTitles();
    findShown();
    m_shownKey = graph.layoutKey();
    m_laidOut = true;
    if (!keepView) {
        fitToView();
    }
    update();
    emit laidOut();
}

void GraphMapView::setSelectedNode(const QString &nodeId)
{
    if (nodeId == m_selected)
        return;
    m_selected = nodeId;
    m_selectedShown = m_graph.indexOfShown(nodeId);
    if (m_selectedShown >= 0)
        ensureVisible(m_graph.nodes.at(m_selectedShown).rect);
    update();
}

void GraphMapView::setRunningNode(const QString &nodeId)
{
    if (nodeId == m_running)
        return;
    // Zoomed in on the running node, the view follows the job to its next node; a view the
    // user moved elsewhere stays where it is.
    const QRectF inside = QRectF(rect()).adjusted(FitMargin, FitMargin, -FitMargin, -FitMargin);
    const bool watching = !m_fitted && m_drag == Drag::None && !m_running.isEmpty()
        && inside.intersects(nodeRectInView(m_running));
    m_running = nodeId;
    m_runningShown = m_graph.indexOfShown(nodeId);
    m_progress = -1;
    if (watching && m_runningShown >= 0)
        ensureVisible(m_graph.nodes.at(m_runningShown).rect);
    update();
}

void GraphMapView::setProgress(const QString &nodeId, double value, double maximum)
{
    if (nodeId != m_running && !nodeId.isEmpty())
        setRunningNode(nodeId);
    m_progress = maximum > 0 ? std::clamp(value / maximum, 0.0, 1.0) : -1;
    if (m_runningShown >= 0)
        update(nodeRectInView(m_graph.nodes.at(m_runningShown).id).toAlignedRect().adjusted(-4, -4, 4, 4));
}

void GraphMapView::setErrorNodes(const QHash<QString, QString> &messages)
{
    m_errors = messages;
    findShown();
    update();
}

QRectF GraphMapView::nodeRectInView(const QString &nodeId) const
{
    const int i = m_graph.indexOf(nodeId);
    if (i < 0)
        return {};
    const QRectF r = m_graph.nodes.at(i).rect;
    return {toView(r.topLeft()), toView(r.bottomRight())};
}

QPointF GraphMapView::toScene(const QPointF &viewPos) const
{
    return ZoomPan::pictureAt(viewPos, middle(), m_centre, m_zoom);
}

QPointF GraphMapView::toView(const QPointF &scenePos) const
{
    return (scenePos - m_centre) * m_zoom + middle();
}

void GraphMapView::fitToView()
{
    const QRectF bounds = m_graph.bounds();
    if (bounds.isEmpty() || width() <= 0 || height() <= 0)
        return;
    m_fitted = true; // until the user zooms or pans: a new size fits again
    const double sx = (width() - 2 * FitMargin) / bounds.width();
    const double sy = (height() - 2 * FitMargin) / bounds.height();
    m_zoom = std::clamp(std::min(sx, sy), MinimumScale, 1.0); // a small graph is not blown up
    m_centre = bounds.center();
    update();
}

void GraphMapView::zoomAround(const QPointF &viewPos, double factor)
{
    m_fitted = false;
    const double zoom = std::clamp(m_zoom * factor, MinimumScale, MaximumScale);
    m_centre = ZoomPan::centreAfterZoom(viewPos, middle(), m_centre, m_zoom, zoom); // the point stays under the cursor
    m_zoom = zoom;
    update();
}

// The map pans freely, as the web UI's canvas does (no clamping to the graph's bounds):
// a node dragged out of the graph stays reachable.
void GraphMapView::panTo(const QPointF &centre)
{
    m_fitted = false;
    m_centre = centre;
    update();
}

void GraphMapView::ensureVisible(const QRectF &sceneRect)
{
    const QRectF view(toView(sceneRect.topLeft()), toView(sceneRect.bottomRight()));
    const QRectF inside = QRectF(rect()).adjusted(FitMargin, FitMargin, -FitMargin, -FitMargin);
    if (inside.contains(view))
        return;
    panTo(m_centre + (view.center() - inside.center()) / m_zoom);
}

int GraphMapView::nodeAt(const QPointF &viewPos) const
{
    const QPointF scene = toScene(viewPos);
    // The last drawn is on top.
    for (qsizetype i = m_graph.nodes.size() - 1; i >= 0; --i) {
        if (m_graph.nodes.at(i).rect.contains(scene))
            return int(i);
    }
    return -1;
}

} // namespace Easel
