#include "graphlayout.h"

#include <QCache>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QSizeF>
#include <QPromise>
#include <QThread>
#include <QThreadPool>

#include <graphviz/gvc.h>

#include <algorithm>
#include <atomic>
#include <limits>
#include <cmath>
#include <numeric>
#include <unordered_map>
#include <vector>
#include <memory>

namespace Easel {

namespace {

constexpr double PointsPerInch = 72.0;     // dot's sizes are inches, its coordinates points
constexpr int CachedLayouts = 16;          // documents open in a session, roughly

QThreadPool &layoutPool()
{
    // One thread that never expires: Graphviz's state stays with the thread that made it.
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(1);
        p->setExpiryTimeout(-1);
        return p;
    }();
    return *pool;
}

QMutex s_cacheMutex;
QCache<QByteArray, NodeGraph> s_cache(CachedLayouts);
std::atomic<QThread *> s_layoutThread{nullptr};

// Graphviz 2.43 takes char * for names and values it only reads.
char *text(const char *literal)
{
    return const_cast<char *>(literal);
}

QByteArray inches(double units)
{
    return QByteArray::number(units / PointsPerInch, 'f', 4);
}

// The parts of the graph no link joins (union-find over the links), each a list of node
// indices, ordered by their first node: the file's order.
std::vector<std::vector<int>> components(const NodeGraph &graph)
{
    const int count = int(graph.nodes.size());
    std::vector<int> parent(static_cast<size_t>(count));
    std::iota(parent.begin(), parent.end(), 0);
    const auto root = [&parent](int i) {
        while (parent[size_t(i)] != i) {
            parent[size_t(i)] = parent[size_t(parent[size_t(i)])]; // halves the path
            i = parent[size_t(i)];
        }
        return i;
    };
    for (const GraphLink &link : graph.links) {
        if (link.from < 0 || link.to < 0 || link.from >= count || link.to >= count)
            continue;
        const int a = root(link.from);
        const int b = root(link.to);
        if (a != b)
            parent[size_t(std::max(a, b))] = std::min(a, b); // the root is the part's first node
    }
    std::vector<std::vector<int>> parts;
    std::unordered_map<int, size_t> partOfRoot;
    for (int i = 0; i < count; ++i) {
        const int r = root(i);
        auto [it, added] = partOfRoot.emplace(r, parts.size());
        if (added)
            parts.emplace_back();
        parts[it->second].push_back(i);
    }
    return parts;
}

void store(const NodeGraph &graph)
{
    QMutexLocker lock(&s_cacheMutex);
    s_cache.insert(graph.layoutKey(), new NodeGraph(graph));
}

// One connected part with dot; the part's nodes are moved so that its box starts at
// (0, 0). Returns the box's size, or an empty size when dot failed.
QSizeF layOutPart(GVC_t *context, NodeGraph &out, const std::vector<int> &members)
{
    Agraph_t *g = agopen(text("map"), Agdirected, nullptr);
    agattr(g, AGRAPH, text("rankdir"), text("LR"));
    agattr(g, AGRAPH, text("nodesep"), text("0.35"));
    agattr(g, AGRAPH, text("ranksep"), text("0.9"));
    // The map draws its own curves between slots: no edge routing, which is most of dot's time.
    agattr(g, AGRAPH, text("splines"), text("false"));
    agattr(g, AGNODE, text("shape"), text("box"));
    agattr(g, AGNODE, text("fixedsize"), text("true"));
    agattr(g, AGNODE, text("label"), text(""));
    Agsym_t *width = agattr(g, AGNODE, text("width"), text("1"));
    Agsym_t *height = agattr(g, AGNODE, text("height"), text("1"));

    std::unordered_map<int, Agnode_t *> handles;
    for (const int i : members) {
        // Names are indices: ids may be any text, and dot needs them unique only.
        QByteArray name = QByteArray::number(i);
        Agnode_t *n = agnode(g, name.data(), 1);
        QByteArray w = inches(out.nodes.at(i).rect.width());
        QByteArray h = inches(out.nodes.at(i).rect.height());
        agxset(n, width, w.data());
        agxset(n, height, h.data());
        handles.emplace(i, n);
    }
    for (const GraphLink &link : std::as_const(out.links)) {
        const auto from = handles.find(link.from);
        const auto to = handles.find(link.to);
        if (from != handles.end() && to != handles.end())
            agedge(g, from->second, to->second, nullptr, 1);
    }
    QSizeF size;
    if (gvLayout(context, g, "dot") == 0) {
        // dot's y grows upwards and the canvas's downwards; within a rank only the order of
        // nodes turns over, which no link depends on.
        const boxf box = GD_bb(g);
        for (const auto &[i, n] : handles) {
            GraphNode &node = out.nodes[i];
            const pointf centre = ND_coord(n);
            node.rect.moveCenter(QPointF(centre.x - box.LL.x, centre.y - box.LL.y));
            node.placed = true;
        }
        size = QSizeF(box.UR.x - box.LL.x, box.UR.y - box.LL.y);
        gvFreeLayout(context, g);
    }
    agclose(g);
    return size;
}

// The boxes already on the canvas, in a coarse grid, so that finding the free place for a
// box looks at its neighbourhood only.
class Occupied
{
public:
    void add(const QRectF &rect)
    {
        const qsizetype index = m_rects.size();
        m_rects.append(rect);
        forCells(rect, [&](quint64 cell) { m_cells[cell].append(index); });
    }
    // A box that meets `rect` (with the margin around it), or null.
    const QRectF *hit(const QRectF &rect) const
    {
        const QRectF padded = rect.adjusted(-Margin, -Margin, Margin, Margin);
        const QRectF *found = nullptr;
        forCells(padded, [&](quint64 cell) {
            if (found)
                return;
            const auto it = m_cells.constFind(cell);
            if (it == m_cells.cend())
                return;
            for (const qsizetype i : *it) {
                if (m_rects.at(i).intersects(padded)) {
                    found = &m_rects.at(i);
                    return;
                }
            }
        });
        return found;
    }
    // The free place nearest to `rect` straight above or below it: slid past every box it
    // meets, down and up, whichever moves it less.
    QRectF freePlace(const QRectF &rect) const
    {
        QRectF down = rect;
        QRectF up = rect;
        bool downFree = false;
        bool upFree = false;
        for (int tries = 0; tries < 100000 && !(downFree && upFree); ++tries) {
            if (!downFree) {
                if (const QRectF *other = hit(down))
                    down.moveTop(other->bottom() + Margin + 1.0);
                else
                    downFree = true;
            }
            if (!upFree) {
                if (const QRectF *other = hit(up))
                    up.moveBottom(other->top() - Margin - 1.0);
                else
                    upFree = true;
            }
            if (downFree && up.top() < rect.top() - (down.top() - rect.top()))
                break; // up can only get further than down already is
        }
        if (!upFree)
            return down;
        return std::abs(up.top() - rect.top()) < std::abs(down.top() - rect.top()) ? up : down;
    }

    static constexpr double Margin = 20.0;

private:
    static constexpr double Cell = 256.0;
    template<typename F>
    static void forCells(const QRectF &rect, F &&f)
    {
        const auto cell = [](double v) { return qint64(std::floor(std::clamp(v, -1e9, 1e9) / Cell)); };
        for (qint64 x = cell(rect.left()); x <= cell(rect.right()); ++x) {
            for (qint64 y = cell(rect.top()); y <= cell(rect.bottom()); ++y)
                f((quint64(quint32(x)) << 32) | quint32(y));
        }
    }
    QList<QRectF> m_rects;
    QHash<quint64, QList<qsizetype>> m_cells;
};

// Lays out the given parts with dot and puts them in a grid whose top-left corner is
// `origin`; returns the grid's bounds.
QRectF layOutParts(GVC_t *context, NodeGraph &out, const std::vector<std::vector<int>> &parts, QPointF origin)
{
    // A part is wider than tall, so few columns: a shape that suits a dock beside the tree.
    const int columns = std::max(1, int(std::lround(std::sqrt(double(parts.size())) * 0.45)));
    constexpr double gap = 60.0;
    double x = 0;
    double y = 0;
    double rowHeight = 0;
    int column = 0;
    QRectF bounds;
    for (const std::vector<int> &part : parts) {
        const QSizeF size = layOutPart(context, out, part);
        for (const int i : part) {
            out.nodes[i].rect.translate(origin.x() + x, origin.y() + y);
            bounds = bounds.united(out.nodes.at(i).rect);
        }
        x += size.width() + gap;
        rowHeight = std::max(rowHeight, size.height());
        if (++column == columns) {
            column = 0;
            x = 0;
            y += rowHeight + gap;
            rowHeight = 0;
        }
    }
    return bounds;
}

// A file where some nodes have positions and some not (nodes added by a tool, a hand-made
// file): the saved positions stay, as the web UI shows them. Each missing node goes beside
// the placed nodes it is linked to, right of its sources (or left of its targets), moved
// down to the first place free of other boxes; nodes linked to a placed one only through
// other missing nodes follow them in turn. Parts with no placed node at all are laid out
// by dot below the placed ones.
void placeMissing(GVC_t *context, NodeGraph &out)
{
    const int count = int(out.nodes.size());
    std::vector<std::vector<int>> sources(static_cast<size_t>(count));
    std::vector<std::vector<int>> targets(static_cast<size_t>(count));
    for (const GraphLink &link : std::as_const(out.links)) {
        if (link.from < 0 || link.to < 0 || link.from >= count || link.to >= count)
            continue;
        sources[size_t(link.to)].push_back(link.from);
        targets[size_t(link.from)].push_back(link.to);
    }
    Occupied occupied;
    std::vector<int> queue;
    for (int i = 0; i < count; ++i) {
        const GraphNode &node = out.nodes.at(i);
        if (node.placed)
            occupied.add(node.rect);
    }
    const auto hasPlacedNeighbour = [&](int i) {
        const auto placed = [&](int j) { return out.nodes.at(j).placed; };
        return std::any_of(sources[size_t(i)].cbegin(), sources[size_t(i)].cend(), placed)
            || std::any_of(targets[size_t(i)].cbegin(), targets[size_t(i)].cend(), placed);
    };
    for (int i = 0; i < count; ++i) {
        if (!out.nodes.at(i).placed && hasPlacedNeighbour(i))
            queue.push_back(i);
    }
    constexpr double gap = 60.0;
    for (size_t next = 0; next < queue.size(); ++next) {
        const int i = queue[next];
        GraphNode &node = out.nodes[i];
        if (node.placed)
            continue;
        double edge = -std::numeric_limits<double>::infinity();
        double top = 0;
        int n = 0;
        for (const int s : sources[size_t(i)]) {
            const GraphNode &source = out.nodes.at(s);
            if (source.placed) {
                edge = std::max(edge, source.rect.right());
                top += source.rect.top();
                ++n;
            }
        }
        QPointF corner;
        if (n > 0) {
            corner = QPointF(edge + gap, top / n);
        } else {
            edge = std::numeric_limits<double>::infinity();
            for (const int t : targets[size_t(i)]) {
                const GraphNode &target = out.nodes.at(t);
                if (target.placed) {
                    edge = std::min(edge, target.rect.left());
                    top += target.rect.top();
                    ++n;
                }
            }
            corner = QPointF(edge - gap - node.rect.width(), top / std::max(1, n));
        }
        node.rect.moveTopLeft(corner);
        node.rect = occupied.freePlace(node.rect);
        node.placed = true;
        occupied.add(node.rect);
        for (const int j : sources[size_t(i)]) {
            if (!out.nodes.at(j).placed)
                queue.push_back(j);
        }
        for (const int j : targets[size_t(i)]) {
            if (!out.nodes.at(j).placed)
                queue.push_back(j);
        }
    }
    // What no link ties to a placed node: its own parts, below everything placed so far.
    QRectF all;
    for (const GraphNode &node : std::as_const(out.nodes)) {
        if (node.placed)
            all = all.united(node.rect);
    }
    std::vector<std::vector<int>> rest;
    for (std::vector<int> &part : components(out)) {
        if (!out.nodes.at(part.front()).placed)
            rest.push_back(std::move(part));
    }
    if (!rest.empty())
        layOutParts(context, out, rest, QPointF(all.left(), all.bottom() + 2 * gap));
}

} // namespace

NodeGraph GraphLayout::layOutNow(const NodeGraph &graph)
{
    NodeGraph out = graph;
    if (out.nodes.isEmpty())
        return out;
    // One context for the thread's lifetime: making one reads the plugin configuration.
    static thread_local GVC_t *context = gvContext();
    if (std::any_of(out.nodes.cbegin(), out.nodes.cend(), [](const GraphNode &n) { return n.placed; })) {
        placeMissing(context, out);
        return out;
    }
    // Each connected part on its own, then the parts in a grid in the file's order: dot lays
    // out small parts fast. Graphviz's own packing (pack=true) leaks memory on every layout
    // in 2.43.
    layOutParts(context, out, components(out), QPointF(0, 0));
    return out;
}

QFuture<NodeGraph> GraphLayout::layOut(const NodeGraph &graph)
{
    if (std::optional<NodeGraph> done = cached(graph.layoutKey())) {
        NodeGraph result = graph;
        result.takePositions(*done);
        QPromise<NodeGraph> promise;
        promise.start();
        promise.addResult(std::move(result));
        promise.finish();
        return promise.future();
    }
    // A promise, not QtConcurrent::run: waiting on a QtConcurrent future that has not
    // started runs its task in the waiting thread, and dot must never run anywhere else.
    auto promise = std::make_shared<QPromise<NodeGraph>>();
    QFuture<NodeGraph> future = promise->future();
    promise->start();
    layoutPool().start([promise, graph] {
        s_layoutThread.store(QThread::currentThread());
        // A request queued twice (two documents alike) is laid out once.
        NodeGraph result = graph;
        if (std::optional<NodeGraph> done = cached(graph.layoutKey())) {
            result.takePositions(*done);
        } else {
            result = layOutNow(graph);
            store(result);
        }
        promise->addResult(std::move(result));
        promise->finish();
    });
    return future;
}

std::optional<NodeGraph> GraphLayout::cached(const QByteArray &layoutKey)
{
    QMutexLocker lock(&s_cacheMutex);
    if (const NodeGraph *graph = s_cache.object(layoutKey))
        return *graph;
    return std::nullopt;
}

void GraphLayout::clearCache()
{
    QMutexLocker lock(&s_cacheMutex);
    s_cache.clear();
}

QThread *GraphLayout::layoutThread()
{
    return s_layoutThread.load();
}

} // namespace Easel
