#pragma once

#include "graphmapview.h"

#include <QDockWidget>

class QLabel;
class QTimer;

namespace Easel {

class JobQueue;
class WorkflowEditor;

// The graph map beside the editor's tree, kept in step with it: the open document and its
// edits, the tree's current node and the map's (both ways), the validator's and the
// server's errors, and the running node with its progress. Moving a node in the map is an
// undoable edit of the document's saved position. A subgraph node opens in the map (double
// click); a breadcrumb above it leads back out, and selecting a node inside a subgraph in
// the tree opens that subgraph in the map.
class GraphMapDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit GraphMapDock(WorkflowEditor *editor, QWidget *parent = nullptr);
    // The running node and its progress come from the queue.
    void setQueue(JobQueue *queue);
    GraphMapView *view() const { return m_view; }
    // Shows the inside of a subgraph node ("5", "5:3"), or the workflow itself (empty).
    void openScope(const QString &scope);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh(GraphMapView::Change change);
    void showErrors();
    void retitle();
    void showBreadcrumb();
    void select(const QString &nodeId);

    WorkflowEditor *m_editor;
    GraphMapView *m_view;
    QLabel *m_breadcrumb;
    bool m_sized = false; // given its first width
    QTimer *m_refresh; // coalesces a burst of edits (a sweep's values, undo of a macro)
    QTimer *m_retitle; // the tree's names, once per burst of changes
};

} // namespace Easel
