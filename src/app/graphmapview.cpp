#include "graphmapview.h"

#include "futurecallback.h"
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

bool isBypassed(const GraphNode &node)
{
    return node.mode == 4;
}

bool isMuted(const GraphNode &node)
{
    return node.mode == 2;
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
    NodeGraph graph = NodeGraph::fromDocument(document);
    // A later version of the same document (a value, a move, an added node, an undo) keeps
    // the view where it is; another document is fitted.
    const bool keepView = !m_graph.nodes.isEmpty() && (change == Change::Edited || graph.layoutKey() == m_shownKey);
    m_movable = document.format() == WorkflowDocument::Format::Saved && !graph.needsLayout();
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
    m_selected.clear();
    m_running.clear();
    m_errors.clear();
    m_titles.clear();
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
        if (const QString title = m_titles.value(node.id); !title.isEmpty())
            node.title = title;
    }
}

void GraphMapView::showGraph(const NodeGraph &graph, bool keepView)
{
    m_graph = graph;
    applyTitles();
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
    const int i = m_graph.indexOf(nodeId);
    if (i >= 0)
        ensureVisible(m_graph.nodes.at(i).rect);
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
    m_progress = -1;
    if (watching && m_graph.indexOf(nodeId) >= 0)
        ensureVisible(m_graph.nodes.at(m_graph.indexOf(nodeId)).rect);
    update();
}

void GraphMapView::setProgress(const QString &nodeId, double value, double maximum)
{
    if (nodeId != m_running && !nodeId.isEmpty())
        setRunningNode(nodeId);
    m_progress = maximum > 0 ? std::clamp(value / maximum, 0.0, 1.0) : -1;
    const int i = m_graph.indexOf(m_running);
    if (i >= 0)
        update(nodeRectInView(m_running).toAlignedRect().adjusted(-4, -4, 4, 4));
}

void GraphMapView::setErrorNodes(const QHash<QString, QString> &messages)
{
    m_errors = messages;
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
    return (viewPos - m_offset) / m_scale;
}

QPointF GraphMapView::toView(const QPointF &scenePos) const
{
    return scenePos * m_scale + m_offset;
}

void GraphMapView::fitToView()
{
    const QRectF bounds = m_graph.bounds();
    if (bounds.isEmpty() || width() <= 0 || height() <= 0)
        return;
    m_fitted = true; // until the user zooms or pans: a new size fits again
    const double sx = (width() - 2 * FitMargin) / bounds.width();
    const double sy = (height() - 2 * FitMargin) / bounds.height();
    m_scale = std::clamp(std::min(sx, sy), MinimumScale, 1.0); // a small graph is not blown up
    m_offset = QPointF(width() / 2.0, height() / 2.0) - bounds.center() * m_scale;
    update();
}

void GraphMapView::zoomAround(const QPointF &viewPos, double factor)
{
    m_fitted = false;
    const double scale = std::clamp(m_scale * factor, MinimumScale, MaximumScale);
    const QPointF anchor = toScene(viewPos); // stays under the cursor
    m_scale = scale;
    m_offset = viewPos - anchor * m_scale;
    update();
}

void GraphMapView::ensureVisible(const QRectF &sceneRect)
{
    const QRectF view(toView(sceneRect.topLeft()), toView(sceneRect.bottomRight()));
    const QRectF inside = QRectF(rect()).adjusted(FitMargin, FitMargin, -FitMargin, -FitMargin);
    if (inside.contains(view))
        return;
    m_fitted = false;
    m_offset += inside.center() - view.center();
    update();
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
    QWidget::resizeEvent(event);
    if (m_fitted && m_laidOut)
        fitToView();
}

void GraphMapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    m_fitted = false;
    zoomAround(event->position(), std::pow(1.2, steps));
    event->accept();
}

void GraphMapView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = m_lastPos = event->position();
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
        m_fitted = false;
        m_offset += pos - m_lastPos;
        update();
    } else if (m_drag == Drag::Move) {
        GraphNode &node = m_graph.nodes[m_pressedNode];
        node.rect.moveTopLeft(m_nodeStart + (pos - m_pressPos) / m_scale);
        update();
    }
    m_lastPos = pos;
}

void GraphMapView::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    if (drag == Drag::Pending && m_pressedNode >= 0 && event->button() == Qt::LeftButton) {
        const QString id = m_graph.nodes.at(m_pressedNode).id;
        m_selected = id;
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
    // A double click on the background fits, as in an image viewer.
    if (nodeAt(event->position()) < 0)
        fitToView();
}

void GraphMapView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_F: fitToView(); return;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomAround(QRectF(rect()).center(), 1.25); return;
    case Qt::Key_Minus: zoomAround(QRectF(rect()).center(), 0.8); return;
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
    QString text = tr("%1 · %2 #%3").arg(node.title, node.classType, node.id);
    if (isBypassed(node))
        text += u'\n' + tr("Bypassed");
    else if (isMuted(node))
        text += u'\n' + tr("Muted");
    if (const QString error = m_errors.value(node.id); !error.isEmpty())
        text += u'\n' + error;
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
    p.translate(m_offset);
    p.scale(m_scale, m_scale);
    paintGroups(p, visible);
    paintLinks(p, visible);
    paintNodes(p, visible);
    p.restore();
}

void GraphMapView::paintGroups(QPainter &p, const QRectF &visible)
{
    const double titlePixels = 14.0;
    QFont font = p.font();
    font.setPixelSize(std::max(1, int(std::lround(titlePixels / m_scale))));
    p.setFont(font);
    for (const GraphGroup &group : std::as_const(m_graph.groups)) {
        if (!group.rect.intersects(visible))
            continue;
        QColor color(group.color.isEmpty() ? u"#3f789e"_s : group.color);
        if (!color.isValid())
            color = palette().color(QPalette::Mid);
        QColor fill = color;
        fill.setAlphaF(0.18);
        p.setPen(QPen(color, 1.5 / m_scale));
        p.setBrush(fill);
        p.drawRect(group.rect);
        if (group.rect.width() * m_scale >= 40) { // the group's title, 14 pixels at any zoom
            p.setPen(palette().color(QPalette::Text));
            p.drawText(group.rect.adjusted(6 / m_scale, 2 / m_scale, -6 / m_scale, 0),
                       Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, group.title);
        }
    }
}

void GraphMapView::paintLinks(QPainter &p, const QRectF &visible)
{
    // Curves while a link is a few pixels long or more; far out, lines cost less and look
    // the same. A cosmetic pen is one pixel at any zoom and strokes without the path
    // stroker; antialiasing only where the boxes are drawn in full.
    const bool curves = m_scale > 0.15;
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
    const bool detailed = m_scale >= DetailedScale;
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
    const double barPixels = NodeGraph::TitleHeight * m_scale;
    QFont font = this->font();
    font.setBold(true);
    font.setPixelSize(int(std::clamp(barPixels * 0.45, 9.0, 13.0 * std::max(1.0, m_scale))));
    font.setBold(barPixels >= 14); // small bold text blurs
    const QFontMetrics metrics(font);
    p.save();
    p.resetTransform();
    p.setFont(font);
    const QColor text = palette().color(QPalette::ButtonText);
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
    const bool titles = 160.0 * m_scale >= MinimumTitleWidth;
    // Zoomed out, the boxes are a few pixels tall: plain rectangles, batched by how they
    // are filled, without antialiasing; in full only where corners and title bars show.
    const bool detailed = m_scale >= DetailedScale;
    QFont font = p.font();
    font.setPixelSize(13);
    font.setBold(true);
    p.setFont(font); // the error badge's
    const QColor body = pal.color(QPalette::Button);
    const QColor titleBar = pal.color(QPalette::AlternateBase);
    const QColor border = pal.color(QPalette::Mid);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor running(0x3c, 0xb3, 0x71);
    const QColor error(0xd6, 0x3c, 0x3c);
    const QColor bypass(0x9a, 0x5c, 0xc9);
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
        QList<QRectF> normal, bypassed, muted;
        for (const GraphNode *node : std::as_const(shown))
            (isBypassed(*node) ? bypassed : isMuted(*node) ? muted : normal).append(node->rect);
        p.setBrush(body);
        p.drawRects(normal.constData(), int(normal.size()));
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
            p.setBrush(isBypassed(*node) ? bypass : body);
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
    const double outline = 3.0 / m_scale;
    for (const GraphNode *node : std::as_const(shown)) {
        const bool isRunning = node->id == m_running;
        const bool hasError = m_errors.contains(node->id);
        const bool isSelected = node->id == m_selected;
        if (!isRunning && !hasError && !isSelected)
            continue;
        if (isRunning) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(running, outline));
            p.drawRoundedRect(node->rect.adjusted(-outline, -outline, outline, outline), radius, radius);
            if (m_progress >= 0) {
                const double h = std::max(8.0, 6.0 / m_scale);
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
            const double badge = std::max(18.0, 14.0 / m_scale);
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
