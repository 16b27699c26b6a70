#include "graphmapdock.h"

#include "graphmapview.h"
#include "jobqueue.h"
#include "workfloweditor.h"
#include "workflowmodel.h"

#include <QLabel>
#include <QMainWindow>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Easel {

GraphMapDock::GraphMapDock(WorkflowEditor *editor, QWidget *parent)
    : QDockWidget(tr("Graph"), parent)
    , m_editor(editor)
    , m_view(new GraphMapView(this))
    , m_breadcrumb(new QLabel(this))
    , m_refresh(new QTimer(this))
    , m_retitle(new QTimer(this))
{
    setObjectName(u"graphMapDock"_s); // for saveState
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // Where the map is inside the workflow: "Workflow › Upscale › Tile"; each step leads there.
    m_breadcrumb->setObjectName(u"graphMapBreadcrumb"_s);
    m_breadcrumb->setTextFormat(Qt::RichText);
    m_breadcrumb->setContentsMargins(6, 3, 6, 3);
    // Long subgraph names must not widen the dock (and push the window's other docks off
    // the screen): the label takes the width it is given.
    m_breadcrumb->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_breadcrumb->setToolTip(tr("Inside a subgraph. Click a step to go back out; Backspace in the map goes up one level."));
    m_breadcrumb->hide();
    connect(m_breadcrumb, &QLabel::linkActivated, this, [this](const QString &link) {
        openScope(link.mid(1)); // "#5:3": the anchor keeps an empty scope a link too
        m_view->setFocus(Qt::MouseFocusReason);
    });
    layout->addWidget(m_breadcrumb);
    layout->addWidget(m_view, 1);
    setWidget(content);
    connect(m_view, &GraphMapView::scopeRequested, this, &GraphMapDock::openScope);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, [this] { refresh(GraphMapView::Change::Edited); });

    connect(editor, &WorkflowEditor::documentChanged, this, [this] {
        m_refresh->stop();
        m_view->setScope({}); // another document starts at its top
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
                if (topLeft.data(WorkflowModel::KindRole).toInt() == WorkflowModel::NodeKind) // not inputs
                    m_retitle->start();
            });
    connect(editor->model(), &WorkflowModel::errorsChanged, this, &GraphMapDock::showErrors);
    // Selection, both ways. The tree takes the focus on a jump; the map keeps it, so F and
    // the wheel still act on the map.
    connect(editor, &WorkflowEditor::currentNodeChanged, this, &GraphMapDock::select);
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
        showBreadcrumb();
        return;
    }
    m_view->setDocument(m_editor->document(), change);
    retitle();
    showBreadcrumb();
}

void GraphMapDock::openScope(const QString &scope)
{
    if (scope == m_view->scope() || !m_editor->hasDocument())
        return;
    m_refresh->stop();
    m_view->setScope(scope);
    refresh(GraphMapView::Change::Opened);
}

// The tree's current node, in the map: inside a subgraph ("5:3"), the map opens it.
void GraphMapDock::select(const QString &nodeId)
{
    if (m_editor->hasDocument() && !nodeId.isEmpty()) {
        const WorkflowDocument &document = m_editor->document();
        const qsizetype colon = nodeId.lastIndexOf(u':');
        // The workflow's own node (API prompts' flattened ids "5:3" are theirs too), or
        // one inside a subgraph node the document has.
        QString scope;
        if (document.indexOfNode(nodeId) < 0 && colon > 0
            && !NodeGraph::scopePath(document, nodeId.left(colon)).isEmpty())
            scope = nodeId.left(colon);
        openScope(scope);
    }
    m_view->setSelectedNode(nodeId);
}

void GraphMapDock::showBreadcrumb()
{
    const QString scope = m_view->scope();
    if (scope.isEmpty() || !m_editor->hasDocument()) {
        m_breadcrumb->hide();
        return;
    }
    QStringList steps{u"<a href=\"#\">%1</a>"_s.arg(tr("Workflow").toHtmlEscaped())};
    const QList<std::pair<QString, QString>> path = NodeGraph::scopePath(m_editor->document(), scope);
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QString title = path.at(i).second.toHtmlEscaped();
        steps << (i + 1 < path.size() ? u"<a href=\"#%1\">%2</a>"_s.arg(path.at(i).first.toHtmlEscaped(), title)
                                      : u"<b>%1</b>"_s.arg(title));
    }
    m_breadcrumb->setText(steps.join(u" › "_s));
    m_breadcrumb->show();
}

// The tree's names for the nodes, so that both speak of "Positive prompt 2".
void GraphMapDock::retitle()
{
    QHash<QString, QString> titles;
    const WorkflowModel *model = m_editor->model();
    titles.reserve(model->rowCount());
    // Node rows, and the node rows under a subgraph node's row (its inner nodes, by path).
    const auto collect = [&](const auto &self, const QModelIndex &parent) -> void {
        const int rows = model->rowCount(parent);
        for (int row = 0; row < rows; ++row) {
            const QModelIndex node = model->index(row, WorkflowModel::NameColumn, parent);
            if (node.data(WorkflowModel::KindRole).toInt() != WorkflowModel::NodeKind)
                continue;
            titles.insert(node.data(WorkflowModel::NodeIdRole).toString(), node.data(Qt::DisplayRole).toString());
            self(self, node);
        }
    };
    collect(collect, QModelIndex());
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
