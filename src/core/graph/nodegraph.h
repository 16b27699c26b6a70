#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

#include <optional>
#include <utility>

namespace Easel {

class JsonTree;
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
    QString subgraph;        // a subgraph node: the definition it opens; empty otherwise
    // Inside a subgraph, the panels its inputs come in by and its outputs leave by.
    enum class Kind { Node, Inputs, Outputs };
    Kind kind = Kind::Node;
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
    // The graph inside a subgraph node of a saved workflow, by the node's path ("5", or
    // "5:3" for the subgraph node 3 inside it): its definition's nodes at their positions,
    // named by their paths ("5:12") as the server and the editor's tree name them, with
    // the definition's input and output panels and groups. Nothing when the path leads to
    // no subgraph (the node was removed, another document).
    static std::optional<NodeGraph> fromSubgraph(const WorkflowDocument &document, const QString &scope);
    // The subgraph nodes on the way to a scope, outermost first: path and title.
    static QList<std::pair<QString, QString>> scopePath(const WorkflowDocument &document, const QString &scope);

    QString scope; // the subgraph node whose inside this is; empty for the workflow itself
    QList<GraphNode> nodes;
    QList<GraphLink> links;
    QList<GraphGroup> groups;

    int indexOf(const QString &nodeId) const { return m_index.value(nodeId, -1); }
    // The node of this graph that stands for any node of the document: the node itself, or
    // the subgraph node it is inside ("5" for "5:3" at the top); -1 when none.
    int indexOfShown(const QString &nodeId) const;
    // True when some node has no position: the graph goes through GraphLayout, which keeps
    // the positions there are and places the others.
    bool needsLayout() const;
    // What a layout depends on (node ids, box sizes, links, the positions there are), not
    // titles or modes: edits of values and titles keep the cached layout.
    QByteArray layoutKey() const { return m_layoutKey; }
    // Copies the rects of the nodes another graph placed (by id); returns how many.
    int takePositions(const NodeGraph &laidOut);
    QRectF bounds() const;
    // Where a link leaves its source and enters its target.
    QPointF outputAnchor(const GraphLink &link) const;
    QPointF inputAnchor(const GraphLink &link) const;

private:
    void finish();
    struct SavedBox
    {
        std::optional<QPointF> pos;
        std::optional<QSizeF> size;
    };
    void placeBoxes(const QHash<QString, SavedBox> &saved);
    void addLink(int from, int fromSlot, int to, int toRow);
    void readGroups(const JsonTree &owner);

    QHash<QString, int> m_index;
    QByteArray m_layoutKey;
};

} // namespace Easel
