#include "nodegraph.h"

#include "nodecatalogue.h"
#include "savedworkflow.h"
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

// Where a node's rows begin: under the title bar; a subgraph's panels have none.
double headHeight(const GraphNode &node)
{
    return node.kind == GraphNode::Kind::Node ? NodeGraph::TitleHeight : 10.0;
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

// A pair of numbers as saved: [a, b] or an old frontend's {"0": a, "1": b}.
std::optional<QPointF> pairOf(const JsonTree *value)
{
    if (!value)
        return std::nullopt;
    const JsonTree *a = nullptr;
    const JsonTree *b = nullptr;
    if (value->isArray() && value->size() >= 2) {
        a = &value->at(0);
        b = &value->at(1);
    } else if (value->isObject()) {
        a = value->find(u"0");
        b = value->find(u"1");
    }
    if (!a || !b || !a->isNumber() || !b->isNumber())
        return std::nullopt;
    const QPointF p(a->toNumber().toDouble(), b->toNumber().toDouble());
    if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
        return std::nullopt;
    return p;
}

std::optional<QSizeF> sizeOf(const JsonTree *value)
{
    const std::optional<QPointF> p = pairOf(value);
    if (!p || p->x() <= 0 || p->y() <= 0)
        return std::nullopt;
    return QSizeF(p->x(), p->y());
}

// Every subgraph definition of a saved workflow by its id, nested ones too.
void collectDefinitions(const JsonTree &owner, QHash<QString, const JsonTree *> &out, int depth)
{
    const JsonTree *definitions = owner.find(u"definitions");
    const JsonTree *list = definitions && depth < 64 ? definitions->find(u"subgraphs") : nullptr;
    for (int i = 0; list && list->isArray() && i < list->size(); ++i) {
        const JsonTree &d = list->at(i);
        if (!d.isObject())
            continue;
        if (const JsonTree *id = d.find(u"id"); id && id->isString() && !out.contains(id->toString()))
            out.insert(id->toString(), &d);
        collectDefinitions(d, out, depth + 1);
    }
}

QHash<QString, const JsonTree *> definitionsOf(const JsonTree &tree)
{
    QHash<QString, const JsonTree *> out;
    collectDefinitions(tree, out, 0);
    return out;
}

// The way to a subgraph node's inside: each subgraph node on it with its title, and the
// definition at the end.
struct ScopeTrail
{
    QList<std::pair<QString, QString>> steps;
    const JsonTree *definition = nullptr;
};

std::optional<ScopeTrail> resolveScope(const WorkflowDocument &document, const QString &scope)
{
    if (scope.isEmpty() || document.format() != WorkflowDocument::Format::Saved)
        return std::nullopt;
    const QHash<QString, const JsonTree *> definitions = definitionsOf(document.tree());
    const QStringList parts = scope.split(u':');
    ScopeTrail trail;
    QString path;
    for (const QString &part : parts) {
        path = path.isEmpty() ? part : path + u':' + part;
        QString type;
        QString title;
        if (!trail.definition) {
            const DocumentNode *node = document.node(part);
            if (!node)
                return std::nullopt;
            type = node->classType;
            title = node->title;
        } else {
            const JsonTree *nodes = trail.definition->find(u"nodes");
            for (int i = 0; nodes && nodes->isArray() && i < nodes->size() && type.isEmpty(); ++i) {
                const JsonTree &n = nodes->at(i);
                if (n.isObject() && savedIdText(n.value(u"id")) == part) {
                    type = n.value(u"type").toString();
                    if (const JsonTree *t = n.find(u"title"); t && t->isString())
                        title = t->toString();
                }
            }
        }
        const auto def = definitions.constFind(type);
        if (type.isEmpty() || def == definitions.cend())
            return std::nullopt;
        trail.definition = *def;
        if (title.isEmpty())
            title = (*def)->value(u"name").toString();
        trail.steps.append({path, title});
    }
    return trail;
}

} // namespace

NodeGraph NodeGraph::fromDocument(const WorkflowDocument &document)
{
    NodeGraph graph;
    const QList<DocumentNode> &nodes = document.nodes();
    const bool saved = document.format() == WorkflowDocument::Format::Saved;
    const QHash<QString, const JsonTree *> definitions = saved ? definitionsOf(document.tree()) : QHash<QString, const JsonTree *>();
    graph.nodes.reserve(nodes.size());
    for (const DocumentNode &n : nodes) {
        GraphNode node;
        node.id = n.id;
        node.title = n.title;
        node.classType = n.classType;
        node.mode = n.mode;
        node.isVirtual = n.isVirtual;
        if (definitions.contains(n.classType))
            node.subgraph = n.classType;
        graph.m_index.insert(n.id, int(graph.nodes.size()));
        graph.nodes.append(std::move(node));
    }
    // Links: every linked input whose source is a node of the document.
    for (qsizetype t = 0; t < nodes.size(); ++t) {
        int row = 0;
        for (const DocumentInput &input : nodes.at(t).inputs) {
            if (!input.linked)
                continue;
            graph.addLink(graph.indexOf(input.linkNodeId), input.linkSlot, int(t), row);
            ++row;
        }
        graph.nodes[t].inputRows = row;
    }
    QHash<QString, SavedBox> boxes;
    for (const GraphNode &node : std::as_const(graph.nodes))
        boxes.insert(node.id, {document.nodePosition(node.id), document.nodeSize(node.id)});
    graph.placeBoxes(boxes);
    if (saved)
        graph.readGroups(document.tree());
    graph.finish();
    return graph;
}

std::optional<NodeGraph> NodeGraph::fromSubgraph(const WorkflowDocument &document, const QString &scope)
{
    const std::optional<ScopeTrail> trail = resolveScope(document, scope);
    if (!trail)
        return std::nullopt;
    const JsonTree &definition = *trail->definition;
    const SavedWorkflow inside = SavedWorkflow::fromTree(definition, nullptr);
    const SavedGraph &g = inside.root();
    const NodeCatalogue *catalogue = document.catalogue().get();
    const QHash<QString, const JsonTree *> definitions = definitionsOf(document.tree());
    const QString prefix = scope + u':';

    NodeGraph graph;
    graph.scope = scope;
    QHash<QString, SavedBox> boxes;
    // The input and output panels first: links from the subgraph's inputs start there.
    const auto panel = [&](QStringView key, const char *id, GraphNode::Kind kind) {
        QRectF rect;
        const JsonTree *p = definition.find(key);
        if (!p || !p->isObject() || !groupRect(*p, &rect))
            return;
        GraphNode node;
        node.id = prefix + QLatin1StringView(id);
        node.kind = kind;
        node.isVirtual = true;
        node.rect = rect;
        node.placed = true;
        graph.m_index.insert(node.id, int(graph.nodes.size()));
        graph.nodes.append(std::move(node));
    };
    panel(u"inputNode", SavedWorkflow::SubgraphInputId, GraphNode::Kind::Inputs);
    panel(u"outputNode", SavedWorkflow::SubgraphOutputId, GraphNode::Kind::Outputs);
    const JsonTree *jsonNodes = definition.find(u"nodes");
    for (const SavedNode &n : g.nodes) {
        GraphNode node;
        node.id = prefix + n.id;
        node.classType = n.type;
        node.mode = n.mode;
        const NodeClass *cls = catalogue ? catalogue->nodeClass(n.type) : nullptr;
        const auto def = definitions.constFind(n.type);
        if (def != definitions.cend())
            node.subgraph = n.type;
        node.title = !n.title.isEmpty() ? n.title
            : cls                       ? cls->displayName
            : def != definitions.cend() ? (*def)->value(u"name").toString()
                                        : n.type;
        node.isVirtual = n.type == u"Reroute" || n.type == u"PrimitiveNode" || n.type == u"Note"
            || n.type == u"MarkdownNote";
        graph.m_index.insert(node.id, int(graph.nodes.size()));
        graph.nodes.append(std::move(node));
    }
    for (int i = 0; jsonNodes && jsonNodes->isArray() && i < jsonNodes->size(); ++i) {
        const JsonTree &n = jsonNodes->at(i);
        if (!n.isObject())
            continue;
        const QString id = prefix + savedIdText(n.value(u"id"));
        if (!boxes.contains(id))
            boxes.insert(id, {pairOf(n.find(u"pos")), sizeOf(n.find(u"size"))});
    }
    // Links, in the order of each node's inputs; from the input panel (id -10) too, and to
    // the output panel (-20), which has one row per output.
    for (const SavedNode &n : g.nodes) {
        const int to = graph.indexOf(prefix + n.id);
        int row = 0;
        for (const SavedNodeInput &input : n.inputs) {
            const SavedLink *link = input.link >= 0 ? g.link(input.link) : nullptr;
            if (!link)
                continue;
            graph.addLink(graph.indexOf(prefix + link->originId), link->originSlot, to, row);
            ++row;
        }
        graph.nodes[to].inputRows = row;
    }
    if (const int out = graph.indexOf(prefix + QLatin1StringView(SavedWorkflow::SubgraphOutputId)); out >= 0) {
        QList<SavedLink> outputs; // in the file's order (ids grow), not the table's
        for (const SavedLink &link : g.links) {
            if (link.targetId == QLatin1StringView(SavedWorkflow::SubgraphOutputId))
                outputs.append(link);
        }
        std::sort(outputs.begin(), outputs.end(), [](const SavedLink &a, const SavedLink &b) { return a.id < b.id; });
        for (const SavedLink &link : std::as_const(outputs)) {
            {
                graph.addLink(graph.indexOf(prefix + link.originId), link.originSlot, out, link.targetSlot);
                graph.nodes[out].inputRows = std::max(graph.nodes.at(out).inputRows, link.targetSlot + 1);
            }
        }
    }
    graph.placeBoxes(boxes);
    graph.readGroups(definition);
    graph.finish();
    return graph;
}

QList<std::pair<QString, QString>> NodeGraph::scopePath(const WorkflowDocument &document, const QString &scope)
{
    const std::optional<ScopeTrail> trail = resolveScope(document, scope);
    return trail ? trail->steps : QList<std::pair<QString, QString>>();
}

int NodeGraph::indexOfShown(const QString &nodeId) const
{
    if (const int i = indexOf(nodeId); i >= 0)
        return i;
    const QString prefix = scope.isEmpty() ? QString() : scope + u':';
    if (!nodeId.startsWith(prefix))
        return -1;
    const qsizetype end = nodeId.indexOf(u':', prefix.size());
    return end < 0 ? -1 : indexOf(nodeId.left(end));
}

void NodeGraph::addLink(int from, int fromSlot, int to, int toRow)
{
    if (from < 0 || to < 0 || from == to)
        return;
    links.append({from, std::max(0, fromSlot), to, toRow});
    GraphNode &source = nodes[from];
    source.outputRows = std::max(source.outputRows, std::max(0, fromSlot) + 1);
}

// Boxes: the saved position and size where the file has them. LiteGraph's "pos" is the
// top-left of the body, under a title bar of 30 units.
void NodeGraph::placeBoxes(const QHash<QString, SavedBox> &saved)
{
    for (GraphNode &node : nodes) {
        if (node.kind != GraphNode::Kind::Node)
            continue; // the panels' boxes are their own
        const SavedBox box = saved.value(node.id);
        QSizeF size = defaultSize(node);
        // Bounds on what a file may say: dot is given these sizes, the map paints them.
        if (box.size)
            size = QSizeF(std::clamp(box.size->width(), 20.0, MaximumExtent),
                          std::clamp(box.size->height(), 0.0, MaximumExtent) + TitleHeight);
        if (box.pos) {
            const QPointF corner(std::clamp(box.pos->x(), -MaximumExtent * 100, MaximumExtent * 100),
                                 std::clamp(box.pos->y(), -MaximumExtent * 100, MaximumExtent * 100) - TitleHeight);
            node.rect = QRectF(corner, size);
            node.placed = true;
        } else {
            node.rect = QRectF(QPointF(0, 0), size);
        }
    }
    // A generated file may put every node at the same point: that is no layout either.
    if (nodes.size() > 1 && !needsLayout()) {
        const QPointF first = nodes.first().rect.topLeft();
        const bool same = std::all_of(nodes.cbegin(), nodes.cend(),
                                      [&](const GraphNode &n) { return n.rect.topLeft() == first; });
        if (same) {
            for (GraphNode &node : nodes)
                node.placed = false;
        }
    }
}

void NodeGraph::readGroups(const JsonTree &owner)
{
    const JsonTree *list = owner.find(u"groups");
    for (int i = 0; list && list->isArray() && i < list->size(); ++i) {
        const JsonTree &g = list->at(i);
        GraphGroup group;
        if (!g.isObject() || !groupRect(g, &group.rect))
            continue;
        group.title = g.value(u"title").toString();
        group.color = g.value(u"color").toString();
        groups.append(group);
    }
}

void NodeGraph::finish()
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const GraphNode &node : std::as_const(nodes)) {
        hash.addData(node.id.toUtf8());
        const double size[2] = {node.rect.width(), node.rect.height()};
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(size), sizeof size));
        // The saved positions of a partly positioned file are kept by its layout: the other
        // nodes are placed around them.
        if (node.placed) {
            const double corner[2] = {node.rect.left(), node.rect.top()};
            hash.addData(QByteArrayView(reinterpret_cast<const char *>(corner), sizeof corner));
        }
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
    const double y = r.top() + headHeight(nodes.at(link.from)) + RowHeight * (link.fromSlot + 0.5);
    return {r.right(), std::min(y, r.bottom() - 4.0)};
}

QPointF NodeGraph::inputAnchor(const GraphLink &link) const
{
    const QRectF &r = nodes.at(link.to).rect;
    const double y = r.top() + headHeight(nodes.at(link.to)) + RowHeight * (link.toRow + 0.5);
    return {r.left(), std::min(y, r.bottom() - 4.0)};
}

} // namespace Easel
