#include "workfloweditor.h"

#include "ui_workfloweditor.h"

#include "commandlinepath.h"

#include "inputdelegate.h"
#include "inputthumbnails.h"
#include "namecolumnfit.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QListWidget>
#include <QMouseEvent>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

constexpr int expandAllLimit = 400; // nodes; larger documents open collapsed
constexpr int autosaveDelayMs = 2000;
constexpr int validateDelayMs = 250;

} // namespace

WorkflowEditor::WorkflowEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WorkflowEditor>())
    , m_model(new WorkflowModel(this))
    , m_filter(new WorkflowFilterModel(this))
    , m_delegate(new InputDelegate(this))
    , m_thumbnails(new InputThumbnails(this))
    , m_validateTimer(new QTimer(this))
    , m_autosaveTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setObjectName(u"workflowEditor"_s);
    setAcceptDrops(true);
    m_filter->setSourceModel(m_model);
    QTreeView *tree = m_ui->treeView;
    tree->setModel(m_filter);
    tree->setItemDelegate(m_delegate);
    tree->header()->setStretchLastSection(true);
    tree->header()->setSectionResizeMode(WorkflowModel::NameColumn, QHeaderView::Interactive);
    tree->setColumnWidth(WorkflowModel::NameColumn, 240); // until a document's names are measured
    m_nameFit = new NameColumnFit(tree, WorkflowModel::NameColumn);
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    tree->setAnimated(false);
    tree->installEventFilter(this);
    // The graph map follows the tree's current node.
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        emit currentNodeChanged(current.data(WorkflowModel::NodeIdRole).toString());
    });
    // Text boxes wrap to the value column: a new width is a new height.
    connect(tree->header(), &QHeaderView::sectionResized, tree, [tree] {
        if (!tree->uniformRowHeights())
            tree->doItemsLayout();
    });
    m_ui->errorPanel->setVisible(false);
    m_ui->splitter->setStretchFactor(0, 4);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->statusLabel->setVisible(false);

    m_undoAction = m_model->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_model->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    for (QAction *action : {m_undoAction, m_redoAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
    m_findAction = new QAction(tr("Find"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, &WorkflowEditor::focusFilter);
    addAction(m_findAction);
    m_queueAction = new QAction(tr("Queue"), this);
    m_queueAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_queueAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_queueAction, &QAction::triggered, this, &WorkflowEditor::queueRequested);
    addAction(m_queueAction);
    m_ui->treeView->setAccessibleName(tr("Workflow settings"));
    m_ui->filterEdit->setAccessibleName(tr("Find a setting"));
    // Ctrl+V puts a picture from the clipboard into the current image input (or asks which).
    auto *paste = new QAction(tr("Paste Image"), this);
    paste->setShortcut(QKeySequence::Paste);
    paste->setShortcutContext(Qt::WindowShortcut); // text fields keep their own Ctrl+V
    connect(paste, &QAction::triggered, this, [this] {
        const auto [nodeId, input] = currentImageInput();
        emit imagePasteRequested(nodeId, input);
    });
    addAction(paste);
    tree->viewport()->installEventFilter(this);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        refilter([&] { m_filter->setFilterText(text); });
    });
    connect(m_ui->simpleButton, &QToolButton::toggled, this, [this](bool simple) {
        m_ui->allButton->setChecked(!simple);
        refilter([&] { m_filter->setSimpleView(simple); });
        m_nameFit->refit(); // other rows, other names (a typed filter keeps the width)
    });
    connect(m_ui->allButton, &QToolButton::toggled, this, [this](bool all) { m_ui->simpleButton->setChecked(!all); });
    connect(tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.data(WorkflowModel::IsLinkRole).toBool())
            jumpTo(index.data(WorkflowModel::LinkNodeIdRole).toString());
    });
    connect(tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.data(WorkflowModel::IsLinkRole).toBool())
            jumpTo(index.data(WorkflowModel::LinkNodeIdRole).toString());
    });
    connect(tree, &QWidget::customContextMenuRequested, this, &WorkflowEditor::showContextMenu);
    // A new catalogue resets the model: the rows open again as they were opened for the
    // view. A structure edit (and its undo) is a layout change that keeps what is open
    // and selected; either way the image inputs are found anew.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_hasDocument)
            return;
        expandForView();
        m_nameFit->refit(); // not on a filter's change: the columns would jump as one types
        collectImageInputs();
    });
    connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] {
        if (m_hasDocument)
            collectImageInputs();
        m_nameFit->refit(); // a node added or renamed
    });
    connect(m_ui->errorList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        jumpTo(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
    });
    connect(m_ui->errorList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        jumpTo(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
    });

    connect(m_delegate, &InputDelegate::editRejected, this,
            [this](const QModelIndex &, const QString &reason) { showStatus(reason, true); });
    connect(m_delegate, &InputDelegate::uploadRequested, this, &WorkflowEditor::uploadRequested);

    connect(m_model->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        emit modifiedChanged(!clean);
        if (clean && m_autosave)
            m_autosave->discard();
    });
    connect(m_model, &WorkflowModel::documentEdited, this, [this] {
        ++m_validation; // findings under way describe the document before this edit
        m_validateTimer->start();
        if (!m_imageInputs.isEmpty())
            refreshThumbnails();
        scheduleAutosave();
    });
    connect(m_model, &WorkflowModel::errorsChanged, this, &WorkflowEditor::updateErrorPanel);
    connect(m_thumbnails, &InputThumbnails::ready, this, &WorkflowEditor::refreshThumbnails);
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(validateDelayMs);
    connect(m_validateTimer, &QTimer::timeout, this, &WorkflowEditor::validate);
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(autosaveDelayMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, [this] {
        if (m_autosave && isModified())
            m_autosave->write(m_model->document());
    });
}

WorkflowEditor::~WorkflowEditor()
{
    // The model goes after this object's members: it must not call back into them.
    m_model->undoStack()->disconnect(this);
    m_model->disconnect(this);
    m_delegate->disconnect(this); // an open editor commits while the view goes away
    // Unsaved edits stay in the autosave until the user decides (confirmDiscard/closeDocument).
    if (m_autosave && isModified())
        m_autosave->writeNow(m_model->document());
}

void WorkflowEditor::setCatalogue(std::shared_ptr<const NodeCatalogue> catalogue)
{
    if (catalogue == m_catalogue)
        return;
    m_catalogue = std::move(catalogue);
    if (m_hasDocument) {
        m_model->setCatalogue(m_catalogue);
        expandForView();
        m_nameFit->refit();
        validate();
        collectImageInputs();
    }
}

void WorkflowEditor::setDocument(const WorkflowDocument &document)
{
    WorkflowDocument doc = document;
    if (m_catalogue && doc.catalogue() != m_catalogue)
        doc.setCatalogue(m_catalogue);
    if (m_autosave)
        m_autosave->discard();
    m_autosave = std::make_unique<WorkflowAutosave>();
    m_model->setDocument(doc); // clears the undo stack: modifiedChanged(false) when it was dirty
    m_hasDocument = !doc.isNull();
    m_ui->statusLabel->setVisible(false);
    // Prompts as text boxes in their rows (rows of their own height) unless the document is
    // too large for the tree to measure every row.
    m_ui->treeView->setUniformRowHeights(m_model->rowCount() > expandAllLimit);
    // The Simple view (what an artist changes) is where a workflow opens when it has any.
    const bool simple = m_hasDocument && m_filter->simpleViewHasInputs();
    m_ui->simpleButton->setChecked(simple);
    m_ui->allButton->setChecked(!simple);
    expandForView();
    m_nameFit->refit();
    validate();
    collectImageInputs();
    updateErrorPanel();
    emit documentChanged();
}

const WorkflowDocument &WorkflowEditor::document() const
{
    return m_model->document();
}

bool WorkflowEditor::hasDocument() const
{
    return m_hasDocument;
}

QString WorkflowEditor::filePath() const
{
    return m_model->document().filePath();
}

QString WorkflowEditor::displayName() const
{
    if (!m_hasDocument)
        return {};
    const QString path = filePath();
    return path.isEmpty() ? (m_model->document().sourceName().isEmpty() ? tr("Untitled")
                                                                       : m_model->document().sourceName())
                          : displayFileName(path); // a Latin-1 name opened by its bytes too
}

QUndoStack *WorkflowEditor::undoStack() const
{
    return m_model->undoStack();
}

bool WorkflowEditor::isModified() const
{
    return !m_model->undoStack()->isClean();
}

void WorkflowEditor::setRunningNode(const QString &nodeId)
{
    m_model->setRunningNode(nodeId);
}

void WorkflowEditor::jumpTo(const QString &nodeId, const QString &input)
{
    QModelIndex source = input.isEmpty() ? QModelIndex() : m_model->inputIndex(nodeId, input, WorkflowModel::NameColumn);
    if (!source.isValid())
        source = m_model->nodeIndex(nodeId);
    if (!source.isValid())
        return;
    QModelIndex index = m_filter->mapFromSource(source);
    if (!index.isValid()) { // hidden by the filter or the Simple view: show everything
        m_ui->filterEdit->clear();
        m_ui->allButton->setChecked(true);
        index = m_filter->mapFromSource(source);
    }
    // Every row above it opens (a node inside a subgraph sits two or more levels down).
    for (QModelIndex above = index.parent(); above.isValid(); above = above.parent())
        m_ui->treeView->expand(above);
    if (index.data(WorkflowModel::KindRole).toInt() == WorkflowModel::NodeKind)
        m_ui->treeView->expand(index);
    m_ui->treeView->setCurrentIndex(index);
    m_ui->treeView->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_ui->treeView->setFocus();
}

bool WorkflowEditor::eventFilter(QObject *object, QEvent *event)
{
    // A click on an image input's thumbnail opens the mask editor.
    if (object == m_ui->treeView->viewport() && event->type() == QEvent::MouseButtonPress) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QModelIndex view = m_ui->treeView->indexAt(mouse->position().toPoint());
        const QModelIndex index = m_filter->mapToSource(view);
        const QString nodeId = index.data(WorkflowModel::NodeIdRole).toString();
        const QString input = index.data(WorkflowModel::InputNameRole).toString();
        if (mouse->button() == Qt::LeftButton && index.column() == WorkflowModel::ValueColumn
            && !m_delegate->thumbnail(nodeId, input).isNull()) {
            const QRect cell = m_ui->treeView->visualRect(view);
            const int thumbWidth = (fontMetrics().height() + 4) * 2 + 8;
            if (mouse->position().x() < cell.left() + thumbWidth) {
                emit maskEditRequested(nodeId, input);
                return true;
            }
        }
    }
    // Only keys the tree itself receives: Return that an open editor did not use
    // propagates here too.
    if (object == m_ui->treeView && event->type() == QEvent::KeyPress && m_ui->treeView->hasFocus()) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex index = m_ui->treeView->currentIndex();
        // Enter on an input edits it (F2 too); on a link it jumps to the source node.
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier
            && index.isValid()) {
            const QModelIndex value = index.siblingAtColumn(WorkflowModel::ValueColumn);
            if (value.data(WorkflowModel::IsLinkRole).toBool()) {
                jumpTo(value.data(WorkflowModel::LinkNodeIdRole).toString());
                return true;
            }
            if (value.flags() & Qt::ItemIsEditable) {
                m_ui->treeView->setCurrentIndex(value);
                m_ui->treeView->edit(value);
                return true;
            }
        }
        if (key->key() == Qt::Key_F2 && index.isValid()
            && index.data(WorkflowModel::KindRole).toInt() == WorkflowModel::InputKind
            && index.column() == WorkflowModel::NameColumn) {
            const QModelIndex value = index.siblingAtColumn(WorkflowModel::ValueColumn);
            m_ui->treeView->setCurrentIndex(value);
            m_ui->treeView->edit(value);
            return true;
        }
    }
    return QWidget::eventFilter(object, event);
}

QModelIndex WorkflowEditor::currentSourceIndex() const
{
    return m_filter->mapToSource(m_ui->treeView->currentIndex());
}

void WorkflowEditor::showStatus(const QString &text, bool error)
{
    m_ui->statusLabel->setText(text);
    QPalette palette = m_ui->statusLabel->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(0xd3, 0x2f, 0x2f) : this->palette().color(QPalette::WindowText));
    m_ui->statusLabel->setPalette(palette);
    m_ui->statusLabel->setVisible(!text.isEmpty());
}

void WorkflowEditor::refilter(const std::function<void()> &change)
{
    // Every expanded row is a persistent index that a filter change maps again, at a cost
    // that grows with the square of their number (the ~1,700 rows expandForView() opens
    // made a keystroke take 60 ms): fold such a tree first and unfold what fits after.
    // A tree too large to be unfolded keeps the few nodes the user opened.
    if (m_filter->rowCount() <= expandAllLimit)
        m_ui->treeView->collapseAll();
    change();
    expandForView();
}

void WorkflowEditor::focusFilter()
{
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

void WorkflowEditor::leaveShortcutsToWindow()
{
    removeAction(m_findAction);
    removeAction(m_queueAction);
}

void WorkflowEditor::expandForView()
{
    QTreeView *tree = m_ui->treeView;
    if (m_filter->rowCount() <= expandAllLimit)
        tree->expandAll();
}

} // namespace Easel
