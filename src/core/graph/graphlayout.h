#pragma once

#include "nodegraph.h"

#include <QFuture>

#include <optional>

namespace Easel {

// Lays out graphs that carry no positions (API prompts) with Graphviz's dot, left to right
// as the web UI draws a workflow: every link goes from a lower rank to a higher one, boxes
// keep their sizes and do not overlap. In a graph where some nodes have positions, those
// stay and only the others are placed: beside the nodes they are linked to, or, for parts
// with no position at all, by dot below the rest.
//
// Graphviz keeps global state and is not thread-safe, so every layout of the process runs on
// one dedicated thread, one after the other, and never on the GUI thread. Results are cached
// by NodeGraph::layoutKey(): reopening a document, or editing its values, lays nothing out.
class GraphLayout
{
public:
    // The graph with every node placed (the cached result when there is one). The future
    // finishes on the layout thread; continue with .then(context, …).
    static QFuture<NodeGraph> layOut(const NodeGraph &graph);
    // A finished layout of this key, if one is cached.
    static std::optional<NodeGraph> cached(const QByteArray &layoutKey);
    // Runs dot in the calling thread: only for the layout thread (and a fuzzer's single one).
    static NodeGraph layOutNow(const NodeGraph &graph);
    // For tests and benchmarks: forget every cached layout.
    static void clearCache();
    // The thread layouts run on, once the first one started (null before).
    static QThread *layoutThread();
};

} // namespace Easel
