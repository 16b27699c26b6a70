#include "nodegraph.h"

#include "workflowdocument.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

constexpr double MaximumExtent = 10000.0; // of a node's box; positions within 100 times that

// A box for a node the file gives no size: wide enough for a title, one row per linked
// input or output, as the web UI's nodes grow with their slots.
QSizeF defaultSize(const GraphNode &node)
{
    const double width = std::clamp(60.0 + 7.0 * double(node.title.size()), 160.0, 320.0);
    const int rows = std::max({1, node.inputRows, node.outputRows});
    return {width, NodeGraph::TitleHeight + NodeGraph::RowHeight * rows + 8.0};
}

// A group's "bounding" ([x, y, w, h]; "bounding" or, in old files, "bounds").
bool groupRect(const JsonTree &group, QRectF *rect)
{
    const JsonTree *b = group.find(u"bounding");
    if (!b)
        b = group.find(u"bounds");
    if (!b || !b->isArray() || b->size() < 4)
        return false;
    double v[4];
    for (int i = 0; i < 4; ++i) {
        if (!b->at(i).isNumber())
            return false;
        v[i] = b->at(i).toNumber().toDouble();
        if (!std::isfinite(v[i]))
            return false;
    }
    if (v[2] <= 0 || v[3] <= 0)
        return false;
    *rect = QRectF(v[0], v[1], v[2], v[3]);
    return true;
}

} // namespace

NodeGraph NodeGraph::fromDocument(const WorkflowDocument &document)
{
    NodeGraph graph;
    const QList<DocumentNode> &nodes = document.nodes();
    graph.nodes.reserve(nodes.size());
    for (const DocumentNode &n : nodes) {
        GraphNode node;
        node.id = n.id;
        node.title = n.title;
        node.classType = n.classType;
        node.mode = n.mode;
        node.isVirtual = n.isVirtual;
        graph.m_index.insert(n.id, int(graph.nodes.size()));
        graph.nodes.append(std::move(node));
    }
    // Links: every linked input whose source is a node of the document.
    for (qsizetype t = 0; t < nodes.size(); ++t) {
        int row = 0;
        for (const DocumentInput &input : nodes.at(t).inputs) {
            if (!input.linked)
                continue;
            const int from = graph.indexOf(input.linkNodeId);
            if (from >= 0 && from != int(t)) {
                graph.links.append({from, std::max(0, input.linkSlot), int(t), row});
                GraphNode &source = graph.nodes[from];
                source.outputRows = std::max(source.outputRows, std::max(0, input.linkSlot) + 1);
            }
            ++row;
        }
        graph.nodes[t].inputRows = row;
    }
    // Boxes: the saved position and size where the file has them. LiteGraph's "pos" is the
    // top-left of the body, under a title bar of 30 units.
    for (GraphNode &node : graph.nodes) {
        QSizeF size = defaultSize(node);
        // Bounds on what a file may say: dot is given these sizes, the map paints them.
        if (const std::optional<QSizeF> saved = document.nodeSize(node.id))
            size = QSizeF(std::clamp(saved->width(), 20.0, MaximumExtent),
                          std::clamp(saved->height(), 0.0, MaximumExtent) + TitleHeight);
        if (const std::optional<QPointF> pos = document.nodePosition(node.id)) {
            const QPointF corner(std::clamp(pos->x(), -MaximumExtent * 100, MaximumExtent * 100),
                                 std::clamp(pos->y(), -MaximumExtent * 100, MaximumExtent * 100) - TitleHeight);
            node.rect = QRectF(corner, size);
            node.placed = true;
        } else {
            node.rect = QRectF(QPointF(0, 0), size);
        }
    }
    // A generated file may put every node at the same point: that is no layout either.
    if (graph.nodes.size() > 1 && !graph.needsLayout()) {
        const QPointF first = graph.nodes.first().rect.topLeft();
        const bool same = std::all_of(graph.nodes.cbegin(), graph.nodes.cend(),
                                      [&](const GraphNode &n) { return n.rect.topLeft() == first; });
        if (same) {
            for (GraphNode &node : graph.nodes)
                node.placed = false;
        }
    }
    if (document.format() == WorkflowDocument::Format::Saved) {
        if (const JsonTree *groups = document.tree().find(u"groups"); groups && groups->isArray()) {
            for (int i = 0; i < groups->size(); ++i) {
                const JsonTree &g = groups->at(i);
                GraphGroup group;
                if (!g.isObject() || !groupRect(g, &group.rect))
                    continue;
                group.title = g.value(u"title").toString();
                group.color = g.value(u"color").toString();
                graph.groups.append(group);
            }
        }
    }
    graph.finish();
    return graph;
}

void NodeGraph::finish()
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const GraphNode &node : std::as_const(nodes)) {
        hash.addData(node.id.toUtf8());
        const double size[2] = {node.rect.width(), node.rect.height()};
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(size), sizeof size));
        hash.addData("\n");
    }
    for (const GraphLink &link : std::as_const(links)) {
        const int values[4] = {link.from, link.fromSlot, link.to, link.toRow};
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(values), sizeof values));
    }
    m_layoutKey = hash.result();
}

bool NodeGraph::needsLayout() const
{
    return std::any_of(nodes.cbegin(), nodes.cend(), [](const GraphNode &n) { return !n.placed; });
}

int NodeGraph::takePositions(const NodeGraph &laidOut)
{
    int taken = 0;
    for (GraphNode &node : nodes) {
        const int i = laidOut.indexOf(node.id);
        if (i < 0 || !laidOut.nodes.at(i).placed)
            continue;
        node.rect.moveTopLeft(laidOut.nodes.at(i).rect.topLeft());
        node.placed = true;
        ++taken;
    }
    return taken;
}

QRectF NodeGraph::bounds() const
{
    QRectF all;
    for (const GraphNode &node : nodes)
        all = all.united(node.rect);
    for (const GraphGroup &group : groups)
        all = all.united(group.rect);
    return all;
}

QPointF NodeGraph::outputAnchor(const GraphLink &link) const
{
    const QRectF &r = nodes.at(link.from).rect;
    const double y = r.top() + TitleHeight + RowHeight * (link.fromSlot + 0.5);
    return {r.right(), std::min(y, r.bottom() - 4.0)};
}

QPointF NodeGraph::inputAnchor(const GraphLink &link) const
{
    const QRectF &r = nodes.at(link.to).rect;
    const double y = r.top() + TitleHeight + RowHeight * (link.toRow + 0.5);
    return {r.left(), std::min(y, r.bottom() - 4.0)};
}

} // namespace Easel
