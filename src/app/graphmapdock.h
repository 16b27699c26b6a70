#pragma once

#include "graphmapview.h"

#include <QDockWidget>

class QTimer;

namespace Easel {

class JobQueue;
class WorkflowEditor;

// The graph map beside the editor's tree, kept in step with it: the open document and its
// edits, the tree's current node and the map's (both ways), the validator's and the
// server's errors, and the running node with its progress. Moving a node in the map is an
// undoable edit of the document's saved position.
class GraphMapDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit GraphMapDock(WorkflowEditor *editor, QWidget *parent = nullptr);
    // The running node and its progress come from the queue.
    void setQueue(JobQueue *queue);
    GraphMapView *view() const { return m_view; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh(GraphMapView::Change change);
    void showErrors();
    void retitle();

    WorkflowEditor *m_editor;
    GraphMapView *m_view;
    bool m_sized = false; // given its first width
    QTimer *m_refresh; // coalesces a burst of edits (a sweep's values, undo of a macro)
    QTimer *m_retitle; // the tree's names, once per burst of changes
};

} // namespace Easel
