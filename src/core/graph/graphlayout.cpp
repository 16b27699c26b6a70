#include "graphlayout.h"

#include <QCache>
#include <QMutex>
#include <QMutexLocker>
#include <QPromise>
#include <QThread>
#include <QThreadPool>

#include <graphviz/gvc.h>

#include <atomic>
#include <cmath>
#include <numeric>
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

// How many parts of the graph no link joins (union-find over the links).
int componentCount(const NodeGraph &graph)
{
    std::vector<int> parent(size_t(graph.nodes.size()));
    std::iota(parent.begin(), parent.end(), 0);
    const auto root = [&parent](int i) {
        while (parent[size_t(i)] != i) {
            parent[size_t(i)] = parent[size_t(parent[size_t(i)])]; // halves the path
            i = parent[size_t(i)];
        }
        return i;
    };
    int count = int(graph.nodes.size());
    for (const GraphLink &link : graph.links) {
        if (link.from < 0 || link.to < 0 || link.from >= int(parent.size()) || link.to >= int(parent.size()))
            continue;
        const int a = root(link.from);
        const int b = root(link.to);
        if (a != b) {
            parent[size_t(a)] = b;
            --count;
        }
    }
    return count;
}

void store(const NodeGraph &graph)
{
    QMutexLocker lock(&s_cacheMutex);
    s_cache.insert(graph.layoutKey(), new NodeGraph(graph));
}

} // namespace

NodeGraph GraphLayout::layOutNow(const NodeGraph &graph)
{
    NodeGraph out = graph;
    if (out.nodes.isEmpty())
        return out;
    // One context for the thread's lifetime: making one reads the plugin configuration.
    static thread_local GVC_t *context = gvContext();
    Agraph_t *g = agopen(text("map"), Agdirected, nullptr);
    agattr(g, AGRAPH, text("rankdir"), text("LR"));
    agattr(g, AGRAPH, text("nodesep"), text("0.35"));
    agattr(g, AGRAPH, text("ranksep"), text("0.9"));
    // The map draws its own curves between slots: no edge routing, which is most of dot's time.
    agattr(g, AGRAPH, text("splines"), text("false"));
    // Unconnected parts (a file of many chains) in a grid, not one tall column: dot lays out
    // small parts faster, and the map keeps a shape that suits a dock beside the tree,
    // taller than wide. A part is wider than tall (left to right), so few columns.
    const int columns = std::max(1, int(std::lround(std::sqrt(double(componentCount(out))) * 0.45)));
    QByteArray packMode = "array_c" + QByteArray::number(columns);
    agattr(g, AGRAPH, text("pack"), text("true"));
    agattr(g, AGRAPH, text("packmode"), packMode.data());
    agattr(g, AGNODE, text("shape"), text("box"));
    agattr(g, AGNODE, text("fixedsize"), text("true"));
    agattr(g, AGNODE, text("label"), text(""));
    Agsym_t *width = agattr(g, AGNODE, text("width"), text("1"));
    Agsym_t *height = agattr(g, AGNODE, text("height"), text("1"));

    std::vector<Agnode_t *> handles;
    handles.reserve(size_t(out.nodes.size()));
    for (qsizetype i = 0; i < out.nodes.size(); ++i) {
        // Names are indices: ids may be any text, and dot needs them unique only.
        QByteArray name = QByteArray::number(i);
        Agnode_t *n = agnode(g, name.data(), 1);
        QByteArray w = inches(out.nodes.at(i).rect.width());
        QByteArray h = inches(out.nodes.at(i).rect.height());
        agxset(n, width, w.data());
        agxset(n, height, h.data());
        handles.push_back(n);
    }
    for (const GraphLink &link : std::as_const(out.links)) {
        if (link.from < 0 || link.to < 0 || link.from >= int(handles.size()) || link.to >= int(handles.size()))
            continue;
        agedge(g, handles[size_t(link.from)], handles[size_t(link.to)], nullptr, 1);
    }
    if (gvLayout(context, g, "dot") == 0) {
        // dot's y grows upwards and the canvas's downwards. Taken as it is, the packed parts
        // read like a page (the file's first part top left); within a rank only the order of
        // nodes turns over, which no link depends on.
        const pointf origin = GD_bb(g).LL;
        for (qsizetype i = 0; i < out.nodes.size(); ++i) {
            GraphNode &node = out.nodes[i];
            const pointf centre = ND_coord(handles[size_t(i)]);
            node.rect.moveCenter(QPointF(centre.x - origin.x, centre.y - origin.y));
            node.placed = true;
        }
        gvFreeLayout(context, g);
    }
    agclose(g);
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
