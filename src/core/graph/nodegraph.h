#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

namespace Easel {

class WorkflowDocument;

// One node of the map: where it is on the canvas and what the map shows of it.
struct GraphNode
{
    QString id;
    QString title;
    QString classType;
    QRectF rect;             // canvas units (the web UI's), y down, the title bar included
    bool placed = false;     // rect holds a position (saved, or laid out)
    int mode = 0;            // SavedNode::Mode: 2 muted, 4 bypassed
    bool isVirtual = false;  // Reroute, PrimitiveNode, Note
    int inputRows = 0;       // linked inputs, in the order of the node's inputs
    int outputRows = 0;      // output slots that links leave from
};

// A link from an output slot of one node to a linked input row of another (indices into
// NodeGraph::nodes).
struct GraphLink
{
    int from = -1;
    int fromSlot = 0;
    int to = -1;
    int toRow = 0;
};

// A saved workflow's group: a titled frame around nodes.
struct GraphGroup
{
    QString title;
    QRectF rect;
    QString color; // "#3f789e" as saved; empty for the default
};

// The shape of a document as the graph map draws it: nodes with their boxes, links and
// groups. Saved workflows carry positions (their "pos" and "size"); API prompts have none
// and are laid out by GraphLayout. Built on the GUI thread in O(nodes + links).
class NodeGraph
{
public:
    // The height of a node's title bar, and of one input or output row (canvas units).
    static constexpr double TitleHeight = 30.0;
    static constexpr double RowHeight = 20.0;

    static NodeGraph fromDocument(const WorkflowDocument &document);

    QList<GraphNode> nodes;
    QList<GraphLink> links;
    QList<GraphGroup> groups;

    int indexOf(const QString &nodeId) const { return m_index.value(nodeId, -1); }
    // True when some node has no position: the whole graph goes through GraphLayout.
    bool needsLayout() const;
    // What a layout depends on (node ids, box sizes, links), not titles or modes: edits of
    // values and titles keep the cached layout.
    QByteArray layoutKey() const { return m_layoutKey; }
    // Copies the rects of the nodes another graph placed (by id); returns how many.
    int takePositions(const NodeGraph &laidOut);
    QRectF bounds() const;
    // Where a link leaves its source and enters its target.
    QPointF outputAnchor(const GraphLink &link) const;
    QPointF inputAnchor(const GraphLink &link) const;

private:
    void finish();

    QHash<QString, int> m_index;
    QByteArray m_layoutKey;
};

} // namespace Easel
