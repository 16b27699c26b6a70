#pragma once

// Internals shared by the files GraphMapView is written in (graphmapview*.cpp): not
// installed, and no other file includes it.

#include "graphmapview.h"

namespace Easel::GraphMapDetail {

inline bool isBypassed(const GraphNode &node)
{
    return node.mode == 4;
}

inline bool isMuted(const GraphNode &node)
{
    return node.mode == 2;
}

// The title of a subgraph's input or output panel.
inline QString panelTitle(const GraphNode &node)
{
    return node.kind == GraphNode::Kind::Inputs ? GraphMapView::tr("Inputs") : GraphMapView::tr("Outputs");
}

} // namespace Easel::GraphMapDetail
