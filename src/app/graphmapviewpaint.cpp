// The map's painting: groups, links, nodes (boxes, title bars, the running node's progress,
// error badges) and their titles, at the detail the scale allows.
#include "graphmapview.h"

#include "graphmapview_p.h"

#include <QPainter>
#include <QPainterPath>
#include <QPaintEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Easel {

using namespace GraphMapDetail;

namespace {

constexpr double MinimumTitleWidth = 40.0; // pixels of a box's width from which titles are drawn
constexpr double DetailedScale = 0.5; // from here on boxes have round corners and title bars
constexpr double StackOffset = 8.0;   // canvas units: the card behind a subgraph node

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

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
