#include "graphmapdock.h"

#include "graphmapview.h"
#include "jobqueue.h"
#include "workfloweditor.h"
#include "workflowmodel.h"

#include <QMainWindow>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Easel {

GraphMapDock::GraphMapDock(WorkflowEditor *editor, QWidget *parent)
    : QDockWidget(tr("Graph"), parent)
    , m_editor(editor)
    , m_view(new GraphMapView(this))
    , m_refresh(new QTimer(this))
    , m_retitle(new QTimer(this))
{
    setObjectName(u"graphMapDock"_s); // for saveState
    setWidget(m_view);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, [this] { refresh(GraphMapView::Change::Edited); });

    connect(editor, &WorkflowEditor::documentChanged, this, [this] {
        m_refresh->stop();
        refresh(GraphMapView::Change::Opened);
        showErrors();
    });
    connect(editor->model(), &WorkflowModel::documentEdited, m_refresh, qOverload<>(&QTimer::start));
    // The tree's names change without an edit too: the catalogue arrives after the file
    // (display names, roles), a title is set.
    m_retitle->setSingleShot(true);
    m_retitle->setInterval(0);
    connect(m_retitle, &QTimer::timeout, this, &GraphMapDock::retitle);
    connect(editor->model(), &QAbstractItemModel::modelReset, m_retitle, qOverload<>(&QTimer::start));
    connect(editor->model(), &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft) {
                if (!topLeft.parent().isValid()) // node rows, not their inputs
                    m_retitle->start();
            });
    connect(editor->model(), &WorkflowModel::errorsChanged, this, &GraphMapDock::showErrors);
    // Selection, both ways. The tree takes the focus on a jump; the map keeps it, so F and
    // the wheel still act on the map.
    connect(editor, &WorkflowEditor::currentNodeChanged, m_view, &GraphMapView::setSelectedNode);
    connect(m_view, &GraphMapView::nodeClicked, this, [this](const QString &nodeId) {
        m_editor->jumpTo(nodeId);
        m_view->setFocus(Qt::MouseFocusReason);
    });
    connect(m_view, &GraphMapView::nodeMoved, this, [this](const QString &nodeId, const QPointF &pos) {
        if (!m_editor->model()->setNodePosition(nodeId, pos)) {
            m_editor->showMessage(m_editor->model()->lastError(), true);
            refresh(GraphMapView::Change::Edited); // back where the document has it
        }
    });
    refresh(GraphMapView::Change::Opened);
}

// Shown for the first time: a quarter of the window, wide enough to read a few titles,
// taken from the viewer rather than from the tree beside it. The window's dock set sizes
// only the docks it shows by default. On show the other docks still have their widths; the
// layout takes the room afterwards, so the widths are put back then.
void GraphMapDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    auto *window = qobject_cast<QMainWindow *>(parentWidget());
    if (m_sized || !window || isFloating())
        return;
    m_sized = true;
    const Qt::DockWidgetArea area = window->dockWidgetArea(this);
    QList<QDockWidget *> docks;
    QList<int> widths;
    for (QDockWidget *other : window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        if (other != this && other->isVisible() && !other->isFloating() && window->dockWidgetArea(other) == area) {
            docks << other;
            widths << other->width();
        }
    }
    docks << this;
    widths << std::max(300, window->width() / 4);
    QTimer::singleShot(0, this, [window, docks, widths] { window->resizeDocks(docks, widths, Qt::Horizontal); });
}

void GraphMapDock::setQueue(JobQueue *queue)
{
    connect(queue, &JobQueue::runningNodeChanged, m_view,
            [this](const QString &, const QString &nodeId) { m_view->setRunningNode(nodeId); });
    connect(queue, &JobQueue::stepProgressChanged, m_view,
            [this](const QString &, const QString &nodeId, double value, double maximum) {
                m_view->setProgress(nodeId, value, maximum);
            });
}

void GraphMapDock::refresh(GraphMapView::Change change)
{
    if (!m_editor->hasDocument()) {
        m_view->clear();
        return;
    }
    m_view->setDocument(m_editor->document(), change);
    retitle();
}

// The tree's names for the nodes, so that both speak of "Positive prompt 2".
void GraphMapDock::retitle()
{
    QHash<QString, QString> titles;
    const WorkflowModel *model = m_editor->model();
    const int rows = model->rowCount();
    titles.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex node = model->index(row, WorkflowModel::NameColumn);
        titles.insert(node.data(WorkflowModel::NodeIdRole).toString(), node.data(Qt::DisplayRole).toString());
    }
    m_view->setTitles(titles);
}

void GraphMapDock::showErrors()
{
    QHash<QString, QString> messages;
    const QList<InputError> errors = m_editor->model()->errors();
    for (const InputError &error : errors) {
        QString &text = messages[error.nodeId];
        if (!text.isEmpty())
            text += u'\n';
        text += error.inputName.isEmpty() ? error.message : tr("%1: %2").arg(error.inputName, error.message);
    }
    m_view->setErrorNodes(messages);
}

} // namespace Easel
