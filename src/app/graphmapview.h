#pragma once

#include "nodegraph.h"

#include <QHash>
#include <QSet>
#include <QPointF>
#include <QWidget>

namespace Easel {

class WorkflowDocument;

// The graph map: a workflow's nodes as boxes with their titles, links as curves, groups as
// frames; the running node with its progress, nodes with errors, bypassed and muted nodes
// dimmed. Wheel zooms around the cursor, dragging the background pans, F fits (the viewer's
// ZoomPan arithmetic). Clicking a node selects it (nodeClicked); dragging one moves it
// (nodeMoved) when the document keeps positions (saved workflows). A subgraph node opens on
// a double click (scopeRequested): the map then shows the nodes inside it, named by their
// paths ("5:3") as the tree and the server name them. It paints itself from the NodeGraph rather than keeping a
// QGraphicsScene's items in step with every edit; bench_graphmap measures the painting
// (docs/benchmarks.md).
class GraphMapView : public QWidget
{
    Q_OBJECT
public:
    explicit GraphMapView(QWidget *parent = nullptr);

    // Reads the document's shape; one without positions is laid out off the GUI thread
    // (GraphLayout), and isLaidOut() is false until it is back.
    // Opened: fitted to the view; Edited: the same document changed, the view stays.
    enum class Change { Opened, Edited };
    void setDocument(const WorkflowDocument &document, Change change = Change::Opened);
    void clear();
    // The subgraph node whose inside is shown ("5", "5:3"); empty for the workflow itself.
    // Takes effect with the next setDocument; a scope the document lacks falls back to the
    // workflow itself.
    QString scope() const { return m_scope; }
    void setScope(const QString &scope) { m_scope = scope; }
    const NodeGraph &graph() const { return m_graph; }
    bool isLaidOut() const { return m_laidOut; }
    // Dragging saves positions only where the document keeps them.
    bool canMoveNodes() const { return m_movable; }

    QString selectedNode() const { return m_selected; }
    void setSelectedNode(const QString &nodeId); // no signal; scrolls the node into view
    void setRunningNode(const QString &nodeId);
    void setProgress(const QString &nodeId, double value, double maximum);
    // The names the editor's tree gives the nodes ("Positive prompt"), over the documents'.
    void setTitles(const QHash<QString, QString> &titles);
    void setErrorNodes(const QHash<QString, QString> &messages); // node id -> message
    QHash<QString, QString> errorNodes() const { return m_errors; }
    QString runningNode() const { return m_running; }

    // Where a node is drawn, in widget coordinates (tests click there).
    QRectF nodeRectInView(const QString &nodeId) const;
    double scale() const { return m_zoom; }

public slots:
    void fitToView();

signals:
    void nodeClicked(const QString &nodeId);
    // A node was dragged to a new place: pos is LiteGraph's "pos" (the top-left of the body).
    void nodeMoved(const QString &nodeId, const QPointF &pos);
    // A subgraph node was double-clicked (its path), or the artist asked to go up a level
    // (Backspace: the parent's path, empty for the workflow itself).
    void scopeRequested(const QString &scope);
    void laidOut();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override; // tool tips: the node's title, type and errors

private:
    void showGraph(const NodeGraph &graph, bool keepView);
    void applyTitles();
    void findShown(); // the boxes that stand for the running, selected and failed nodes
    QPointF middle() const { return QRectF(rect()).center(); }
    int nodeAt(const QPointF &viewPos) const;
    QPointF toScene(const QPointF &viewPos) const;
    QPointF toView(const QPointF &scenePos) const;
    void zoomAround(const QPointF &viewPos, double factor);
    void panTo(const QPointF &centre);
    void ensureVisible(const QRectF &sceneRect);
    void paintGroups(QPainter &p, const QRectF &visible);
    void paintLinks(QPainter &p, const QRectF &visible);
    void paintNodes(QPainter &p, const QRectF &visible);
    void paintTitles(QPainter &p, const QList<const GraphNode *> &nodes);

    NodeGraph m_graph;
    bool m_laidOut = false;
    bool m_movable = false;
    bool m_fitted = true;       // the view shows the whole graph: a new size fits it again
    quint64 m_generation = 0;   // drops layouts of documents replaced meanwhile
    QByteArray m_shownKey;      // the layout key of the graph shown
    QString m_scope;
    QString m_selected;
    QString m_running;
    int m_selectedShown = -1;   // indexes into m_graph.nodes of the boxes that show them
    int m_runningShown = -1;
    QSet<int> m_errorShown;
    double m_progress = -1;     // of the running node, 0..1; -1 when it reports none
    QHash<QString, QString> m_errors;
    QHash<QString, QString> m_titles;

    double m_zoom = 1.0;        // widget pixels per canvas unit
    QPointF m_centre;           // the canvas point at the widget's middle
    // Mouse: a press on a node may become a click or a move; elsewhere, a pan.
    enum class Drag { None, Pending, Pan, Move };
    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_pressCentre;      // m_centre when the press began (a pan follows the pointer)
    int m_pressedNode = -1;
    QPointF m_nodeStart;        // the pressed node's top-left when the press began
};

} // namespace Easel
