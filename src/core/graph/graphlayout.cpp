#include "graphlayout.h"

#include <QCache>
#include <QMutex>
#include <QMutexLocker>
#include <QSizeF>
#include <QPromise>
#include <QThread>
#include <QThreadPool>

#include <graphviz/gvc.h>

#include <atomic>
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

} // namespace

NodeGraph GraphLayout::layOutNow(const NodeGraph &graph)
{
    NodeGraph out = graph;
    if (out.nodes.isEmpty())
        return out;
    // One context for the thread's lifetime: making one reads the plugin configuration.
    static thread_local GVC_t *context = gvContext();
    // Each connected part on its own, then the parts in a grid in the file's order: dot lays
    // out small parts fast, and the map keeps a shape that suits a dock beside the tree,
    // taller than wide (a part is wider than tall, so few columns). Graphviz's own packing
    // (pack=true) leaks memory on every layout in 2.43.
    const std::vector<std::vector<int>> parts = components(out);
    const int columns = std::max(1, int(std::lround(std::sqrt(double(parts.size())) * 0.45)));
    constexpr double gap = 60.0;
    double x = 0;
    double y = 0;
    double rowHeight = 0;
    int column = 0;
    for (const std::vector<int> &part : parts) {
        const QSizeF size = layOutPart(context, out, part);
        for (const int i : part)
            out.nodes[i].rect.translate(x, y);
        x += size.width() + gap;
        rowHeight = std::max(rowHeight, size.height());
        if (++column == columns) {
            column = 0;
            x = 0;
            y += rowHeight + gap;
            rowHeight = 0;
        }
    }
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
