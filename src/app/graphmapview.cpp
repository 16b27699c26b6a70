#include "graphmapview.h"

#include "futurecallback.h"
#include "viewer/zoompan.h"
#include "graphlayout.h"
#include "workflowdocument.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

constexpr double MinimumScale = 0.02;
constexpr double MaximumScale = 4.0;
constexpr double FitMargin = 24.0;   // pixels around the graph when fitted
constexpr double MinimumTitleWidth = 40.0; // pixels of a box's width from which titles are drawn
constexpr double DetailedScale = 0.5; // from here on boxes have round corners and title bars
constexpr double StackOffset = 8.0;   // canvas units: the card behind a subgraph node

bool isBypassed(const GraphNode &node)
{
    return node.mode == 4;
}

bool isMuted(const GraphNode &node)
{
    return node.mode == 2;
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QString panelTitle(const GraphNode &node)
{
    return node.kind == GraphNode::Kind::Inputs ? GraphMapView::tr("Inputs") : GraphMapView::tr("Outputs");
}

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

void GraphMapView::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    p.fillRect(event->rect(), palette().color(QPalette::Base));
    if (m_graph.nodes.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter,
                   m_laidOut || m_generation == 0 ? tr("No workflow") : tr("Laying out the graph…"));
        return;
    }
    const QRectF visible(toScene(event->rect().topLeft()), toScene(event->rect().bottomRight()));
    p.save();
    p.translate(middle() - m_centre * m_zoom);
    p.scale(m_zoom, m_zoom);
    paintGroups(p, visible);
    paintLinks(p, visible);
    paintNodes(p, visible);
    p.restore();
}

void GraphMapView::paintGroups(QPainter &p, const QRectF &visible)
{
    const double titlePixels = 14.0;
    QFont font = p.font();
    font.setPixelSize(std::max(1, int(std::lround(titlePixels / m_zoom))));
    p.setFont(font);
    for (const GraphGroup &group : std::as_const(m_graph.groups)) {
        if (!group.rect.intersects(visible))
            continue;
        QColor color(group.color.isEmpty() ? u"#3f789e"_s : group.color);
        if (!color.isValid())
            color = palette().color(QPalette::Mid);
        QColor fill = color;
        fill.setAlphaF(0.18);
        p.setPen(QPen(color, 1.5 / m_zoom));
        p.setBrush(fill);
        p.drawRect(group.rect);
        if (group.rect.width() * m_zoom >= 40) { // the group's title, 14 pixels at any zoom
            p.setPen(palette().color(QPalette::Text));
            p.drawText(group.rect.adjusted(6 / m_zoom, 2 / m_zoom, -6 / m_zoom, 0),
                       Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, group.title);
        }
    }
}

void GraphMapView::paintLinks(QPainter &p, const QRectF &visible)
{
    // Curves while a link is a few pixels long or more; far out, lines cost less and look
    // the same. A cosmetic pen is one pixel at any zoom and strokes without the path
    // stroker; antialiasing only where the boxes are drawn in full.
    const bool curves = m_zoom > 0.15;
    QPainterPath path;
    for (const GraphLink &link : std::as_const(m_graph.links)) {
        const QPointF a = m_graph.outputAnchor(link);
        const QPointF b = m_graph.inputAnchor(link);
        if (!QRectF(a, b).normalized().adjusted(-1, -1, 1, 1).intersects(visible))
            continue;
        path.moveTo(a);
        if (curves) {
            const double bend = std::max(40.0, std::abs(b.x() - a.x()) * 0.5);
            path.cubicTo(a + QPointF(bend, 0), b - QPointF(bend, 0), b);
        } else {
            path.lineTo(b);
        }
    }
    QColor color = palette().color(QPalette::Text);
    color.setAlphaF(0.45);
    const bool detailed = m_zoom >= DetailedScale;
    p.setRenderHint(QPainter::Antialiasing, detailed);
    QPen pen(color, detailed ? 1.5 : 1.0);
    pen.setCosmetic(true);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
}

// Titles are drawn in the widget's pixels, not scaled with the map: between "a speck" and
// "100 %" they stay small but readable, and text drawn at a tiny scale costs as much as
// text that can be read.
void GraphMapView::paintTitles(QPainter &p, const QList<const GraphNode *> &nodes)
{
    const double barPixels = NodeGraph::TitleHeight * m_zoom;
    QFont font = this->font();
    font.setBold(true);
    font.setPixelSize(int(std::clamp(barPixels * 0.45, 9.0, 13.0 * std::max(1.0, m_zoom))));
    font.setBold(barPixels >= 14); // small bold text blurs
    const QFontMetrics metrics(font);
    p.save();
    p.resetTransform();
    p.setFont(font);
    const QColor text = palette().color(QPalette::Text);
    const QRectF viewRect = rect();
    for (const GraphNode *node : nodes) {
        const QRectF box(toView(node->rect.topLeft()), toView(node->rect.bottomRight()));
        // The title bar, or the box's top line when the bar is lower than the text.
        const double height = std::min(std::max(barPixels, metrics.height() + 2.0), box.height());
        const QRectF label(box.left() + 4, box.top(), box.width() - 8, height);
        if (label.width() < MinimumTitleWidth - 8 || !label.intersects(viewRect))
            continue;
        p.setPen(text);
        p.setOpacity(isBypassed(*node) || isMuted(*node) ? 0.6 : 1.0);
        p.drawText(label, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
                   metrics.elidedText(node->title, Qt::ElideRight, int(label.width())));
    }
    p.restore();
}

void GraphMapView::paintNodes(QPainter &p, const QRectF &visible)
{
    const QPalette &pal = palette();
    // Titles from the zoom where a box is a few characters wide.
    const bool titles = 160.0 * m_zoom >= MinimumTitleWidth;
    // Zoomed out, the boxes are a few pixels tall: plain rectangles, batched by how they
    // are filled, without antialiasing; in full only where corners and title bars show.
    const bool detailed = m_zoom >= DetailedScale;
    QFont font = p.font();
    font.setPixelSize(13);
    font.setBold(true);
    p.setFont(font); // the error badge's
    // Mixed from the background and the text, not the palette's button and frame colours:
    // in a dark palette those are a shade off the background and the boxes vanish.
    const QColor background = pal.color(QPalette::Base);
    const QColor ink = pal.color(QPalette::Text);
    const QColor body = mix(background, ink, 0.13);
    const QColor titleBar = mix(background, ink, 0.22);
    const QColor border = mix(background, ink, 0.45);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor running(0x3c, 0xb3, 0x71);
    const QColor error(0xd6, 0x3c, 0x3c);
    const QColor bypass(0x9a, 0x5c, 0xc9);
    // A subgraph's input and output panels: the highlight's tint, as in the web UI they
    // stand apart from the nodes.
    QColor panel = highlight;
    panel.setAlphaF(0.25);
    const double radius = 6.0;
    QPen borderPen(border, 1.0);
    borderPen.setCosmetic(true);

    QList<const GraphNode *> shown;
    shown.reserve(m_graph.nodes.size());
    for (const GraphNode &node : std::as_const(m_graph.nodes)) {
        if (node.rect.intersects(visible))
            shown.append(&node);
    }
    if (!detailed) {
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setPen(borderPen);
        QList<QRectF> normal, bypassed, muted, stacks, panels;
        for (const GraphNode *node : std::as_const(shown)) {
            if (node->kind != GraphNode::Kind::Node) {
                panels.append(node->rect);
                continue;
            }
            (isBypassed(*node) ? bypassed : isMuted(*node) ? muted : normal).append(node->rect);
            if (!node->subgraph.isEmpty())
                stacks.append(node->rect.translated(StackOffset, StackOffset));
        }
        p.setBrush(body);
        p.drawRects(stacks.constData(), int(stacks.size()));
        p.drawRects(normal.constData(), int(normal.size()));
        p.setBrush(panel);
        p.drawRects(panels.constData(), int(panels.size()));
        p.setBrush(body);
        p.setOpacity(0.45);
        p.drawRects(muted.constData(), int(muted.size()));
        p.setBrush(bypass);
        p.drawRects(bypassed.constData(), int(bypassed.size()));
        p.setOpacity(1.0);
    } else {
        p.setRenderHint(QPainter::Antialiasing, true);
        for (const GraphNode *node : std::as_const(shown)) {
            p.setOpacity(isBypassed(*node) || isMuted(*node) ? 0.45 : 1.0);
            p.setPen(borderPen);
            if (node->kind != GraphNode::Kind::Node) {
                p.setBrush(panel);
                p.drawRoundedRect(node->rect, radius, radius);
                continue;
            }
            p.setBrush(isBypassed(*node) ? bypass : body);
            // A subgraph node: a second card behind it, a stack of nodes.
            if (!node->subgraph.isEmpty())
                p.drawRoundedRect(node->rect.translated(StackOffset, StackOffset), radius, radius);
            p.drawRoundedRect(node->rect, radius, radius);
            p.setPen(Qt::NoPen);
            p.setBrush(isBypassed(*node) ? bypass.darker(120) : titleBar);
            QRectF bar = node->rect;
            bar.setHeight(std::min(NodeGraph::TitleHeight, node->rect.height()));
            p.drawRoundedRect(bar.adjusted(0.5, 0.5, -0.5, 0), radius, radius);
        }
        p.setOpacity(1.0);
    }
    if (titles)
        paintTitles(p, shown);

    // State on top: the running node (with its progress), errors, the selection. Few nodes,
    // drawn in full at any zoom so that they stand out of a zoomed-out map.
    p.setRenderHint(QPainter::Antialiasing, true);
    const double outline = 3.0 / m_zoom;
    for (const GraphNode *node : std::as_const(shown)) {
        const int index = int(node - m_graph.nodes.constData());
        const bool isRunning = index == m_runningShown;
        const bool hasError = m_errorShown.contains(index);
        const bool isSelected = index == m_selectedShown;
        if (!isRunning && !hasError && !isSelected)
            continue;
        if (isRunning) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(running, outline));
            p.drawRoundedRect(node->rect.adjusted(-outline, -outline, outline, outline), radius, radius);
            if (m_progress >= 0) {
                const double h = std::max(8.0, 6.0 / m_zoom);
                const QRectF track(node->rect.left(), node->rect.bottom() - h, node->rect.width(), h);
                p.setPen(Qt::NoPen);
                p.setBrush(palette().color(QPalette::Base));
                p.drawRect(track);
                p.setBrush(running);
                p.drawRect(QRectF(track.topLeft(), QSizeF(track.width() * m_progress, h)));
            }
        }
        if (hasError) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(error, outline));
            p.drawRoundedRect(node->rect, radius, radius);
            // A badge on the corner that reads at any zoom.
            const double badge = std::max(18.0, 14.0 / m_zoom);
            const QRectF mark(node->rect.right() - badge * 0.6, node->rect.top() - badge * 0.4, badge, badge);
            p.setBrush(error);
            p.setPen(Qt::NoPen);
            p.drawEllipse(mark);
            QFont bold = font;
            bold.setPixelSize(std::max(1, int(badge * 0.75)));
            p.setFont(bold);
            p.setPen(Qt::white);
            p.drawText(mark, Qt::AlignCenter, u"!"_s);
            p.setFont(font);
        }
        if (isSelected) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(highlight, 2.0 * outline / 3.0, Qt::SolidLine));
            const double gap = 2.0 * outline;
            p.drawRoundedRect(node->rect.adjusted(-gap, -gap, gap, gap), radius + gap, radius + gap);
        }
    }
}

} // namespace Easel
