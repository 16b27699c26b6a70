#include "workfloweditor.h"

#include "parameterlabels.h"
#include "ui_workfloweditor.h"

#include "commandlinepath.h"

#include "futurecallback.h"
#include "inputdelegate.h"
#include "inputthumbnails.h"
#include "linkeditor.h"
#include "nodepickerdialog.h"
#include "nodecatalogue.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QImageReader>
#include <QKeyEvent>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QSettings>
#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

constexpr int maxRecentFiles = 10;
constexpr int expandAllLimit = 400; // nodes; larger documents open collapsed
constexpr int autosaveDelayMs = 2000;
constexpr int validateDelayMs = 250;

const QString recentFilesKey = u"editor/recentFiles"_s;

bool isWorkflowFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == "json"_L1 || suffix == "png"_L1 || suffix == "webp"_L1;
}

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
    tree->setColumnWidth(WorkflowModel::NameColumn, 240);
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
        collectImageInputs();
    });
    connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] {
        if (m_hasDocument)
            collectImageInputs();
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
        validate();
        collectImageInputs();
    }
}

void WorkflowEditor::openFile(const QString &path, OpenMode mode)
{
    if (mode == OpenMode::AskToSave && !confirmDiscard())
        return;
    const quint64 generation = ++m_openGeneration;
    const auto catalogue = m_catalogue;
    // Reading, parsing and laying out the document all happen on a worker thread.
    QFuture<std::pair<WorkflowDocument, QString>> load = QtConcurrent::run([path, catalogue]() {
        QString error;
        WorkflowDocument document = WorkflowDocument::fromFile(path, &error);
        if (!document.isNull() && catalogue)
            document.setCatalogue(catalogue);
        return std::make_pair(std::move(document), error);
    });
    onFinished(load, this, [this, path, generation](const std::pair<WorkflowDocument, QString> &loaded) {
        if (generation != m_openGeneration)
            return; // a later open won
        if (loaded.first.isNull()) {
            showStatus(loaded.second, true);
            emit openFailed(path, loaded.second);
            return;
        }
        setDocument(loaded.first);
        addRecentFile(path);
        emit opened(path);
    });
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

bool WorkflowEditor::save(QString *error)
{
    const QString path = filePath();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (path.isEmpty() || suffix == "png"_L1 || suffix == "webp"_L1) // never overwrite an image
        return saveAsWithDialog();
    return saveAs(path, m_model->document().format(), error);
}

bool WorkflowEditor::saveAs(const QString &path, Format format, QString *error)
{
    QString message;
    if (!m_model->document().save(path, format, &message)) {
        showStatus(message, true);
        if (error)
            *error = message;
        return false;
    }
    if (format == m_model->document().format()) {
        // The open document now lives in that file.
        WorkflowDocument &doc = const_cast<WorkflowDocument &>(m_model->document());
        doc.setFilePath(path);
        m_model->undoStack()->setClean();
        if (m_autosave)
            m_autosave->discard();
    }
    addRecentFile(path);
    showStatus(tr("Saved %1").arg(QFileInfo(path).fileName()));
    emit saved(path);
    return true;
}

bool WorkflowEditor::saveAsWithDialog()
{
    const QString savedFilter = tr("Saved workflow, opens in ComfyUI (*.json)");
    const QString apiFilter = tr("API workflow (*.json)");
    QStringList filters;
    if (m_model->document().format() == Format::Saved)
        filters << savedFilter;
    filters << apiFilter;
    QString selected = filters.first();
    QString start = filePath();
    if (QFileInfo(start).suffix().toLower() != "json"_L1)
        start = QFileInfo(start).path() + u'/' + QFileInfo(start).completeBaseName() + ".json"_L1;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Workflow As"), start, filters.join(";;"_L1), &selected);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += ".json"_L1;
    return saveAs(path, selected == apiFilter ? Format::Api : Format::Saved);
}

bool WorkflowEditor::confirmDiscard()
{
    if (!m_hasDocument || !isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"), tr("%1 has changes that are not saved. Save them?").arg(displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    if (m_autosave)
        m_autosave->discard();
    m_model->undoStack()->setClean(); // discarded on purpose
    return true;
}

void WorkflowEditor::closeDocument()
{
    if (m_autosave)
        m_autosave->discard();
    m_autosave.reset();
    m_model->setDocument({});
    m_hasDocument = false;
    collectImageInputs();
    ++m_validation;
    m_validateTimer->stop();
    updateErrorPanel();
    emit documentChanged();
}

bool WorkflowEditor::convertedIsCurrent() const
{
    return m_converted.valid && m_hasDocument && m_converted.revision == m_model->revision()
           && m_converted.catalogue == m_model->document().catalogue().get();
}

QByteArray WorkflowEditor::apiPromptJson(WorkflowDiagnostics *diagnostics, JsonTree *parsed)
{
    // Conversion and validation cost more than the rest of queueing a job; the result of
    // an unchanged document (WorkflowModel::revision counts every change) is the same.
    if (!convertedIsCurrent()) {
        PromptConverter::Result result = m_model->document().toApiPrompt();
        ++m_promptConversions;
        m_converted = {};
        m_converted.valid = true;
        m_converted.revision = m_model->revision();
        m_converted.catalogue = m_model->document().catalogue().get();
        m_converted.json = result.prompt.toPython();
        m_converted.tree = std::move(result.prompt);
        m_converted.diagnostics = std::move(result.diagnostics);
    }
    if (diagnostics)
        *diagnostics = m_converted.diagnostics;
    if (parsed)
        *parsed = m_converted.tree;
    // These findings are the newest: one under way must not replace them.
    ++m_validation;
    m_validateTimer->stop();
    m_model->setDiagnostics(m_converted.diagnostics);
    return m_converted.json;
}

QByteArray WorkflowEditor::savedWorkflowJson() const
{
    if (m_model->document().format() != Format::Saved)
        return {};
    if (!convertedIsCurrent())
        return m_model->document().tree().toPython();
    if (!m_converted.hasSaved) {
        m_converted.saved = m_model->document().tree().toPython();
        m_converted.hasSaved = true;
    }
    return m_converted.saved;
}

int WorkflowEditor::applyAfterQueue()
{
    return m_model->applyAfterQueue();
}

void WorkflowEditor::setNodeErrors(const QList<InputError> &errors)
{
    m_model->setServerErrors(errors);
    if (!errors.isEmpty())
        jumpTo(errors.first().nodeId, errors.first().inputName);
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

QStringList WorkflowEditor::recentFiles()
{
    return QSettings().value(recentFilesKey).toStringList();
}

void WorkflowEditor::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(recentFilesKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    settings.setValue(recentFilesKey, files);
    emit recentFilesChanged();
}

void WorkflowEditor::populateRecentFilesMenu(QMenu *menu)
{
    menu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = menu->addAction(u"&%1 %2"_s.arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    menu->setEnabled(!files.isEmpty());
}

QList<WorkflowAutosave::Recovery> WorkflowEditor::pendingAutosaves()
{
    return WorkflowAutosave().pending();
}

bool WorkflowEditor::restoreAutosave(const WorkflowAutosave::Recovery &recovery, QString *error)
{
    WorkflowDocument doc = WorkflowAutosave::restore(recovery, error);
    if (doc.isNull())
        return false;
    // The recovered document opens as modified: nothing on disk matches it.
    setDocument(doc);
    QFile::remove(recovery.autosavePath);
    m_model->undoStack()->resetClean(); // emits modifiedChanged(true)
    showStatus(tr("Recovered unsaved changes from %1").arg(QLocale().toString(recovery.savedAt.toLocalTime(),
                                                                                QLocale::ShortFormat)));
    return true;
}

bool WorkflowEditor::offerAutosaves()
{
    const QList<WorkflowAutosave::Recovery> pending = pendingAutosaves();
    for (const WorkflowAutosave::Recovery &r : pending) {
        const QString name = r.originalPath.isEmpty() ? tr("an unsaved workflow") : QFileInfo(r.originalPath).fileName();
        const auto answer = QMessageBox::question(
            this, tr("Recover Unsaved Changes"),
            tr("Easel closed with unsaved changes to %1 (%2). Recover them?")
                .arg(name, QLocale().toString(r.savedAt.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Ignore, QMessageBox::Yes);
        if (answer == QMessageBox::Discard)
            QFile::remove(r.autosavePath);
        if (answer == QMessageBox::Yes)
            return restoreAutosave(r);
    }
    return false;
}

void WorkflowEditor::uploadProgress(const QString &nodeId, const QString &input, qint64 sent, qint64 total)
{
    if (total <= 0)
        return;
    const int percent = int(sent * 100 / total);
    m_delegate->setUploadPercent(nodeId, input, percent);
    m_ui->treeView->viewport()->update();
    emit uploadProgressShown(nodeId, input, percent);
    showStatus(tr("Uploading %1: %2 of %3")
                   .arg(input, QLocale().formattedDataSize(sent), QLocale().formattedDataSize(total)));
}

void WorkflowEditor::uploadFinished(const QString &nodeId, const QString &input, const QString &serverName)
{
    m_delegate->setUploadPercent(nodeId, input, -1);
    m_ui->treeView->viewport()->update();
    m_thumbnails->forget(serverName); // the server may have overwritten a file of that name
    if (!m_model->setValue(nodeId, input, JsonTree::fromString(serverName))) {
        showStatus(m_model->lastError(), true);
        return;
    }
    showStatus(tr("Uploaded %1").arg(serverName));
}

void WorkflowEditor::uploadFailed(const QString &nodeId, const QString &input, const QString &message)
{
    m_delegate->setUploadPercent(nodeId, input, -1);
    m_ui->treeView->viewport()->update();
    showStatus(message, true);
}

namespace {

bool carriesPicture(const QMimeData *mime)
{
    if (mime->hasImage())
        return true;
    const QList<QUrl> urls = mime->urls();
    return !urls.isEmpty() && urls.first().isLocalFile()
        && !QImageReader::imageFormat(urls.first().toLocalFile()).isEmpty();
}

} // namespace

// The image input whose row is under a point of this widget (value or name column).
std::pair<QString, QString> WorkflowEditor::imageInputAt(const QPoint &editorPos) const
{
    QTreeView *tree = m_ui->treeView;
    const QPoint viewportPos = tree->viewport()->mapFrom(this, editorPos);
    if (!tree->viewport()->rect().contains(viewportPos))
        return {};
    const QModelIndex index = m_filter->mapToSource(tree->indexAt(viewportPos));
    const std::pair<QString, QString> key{index.data(WorkflowModel::NodeIdRole).toString(),
                                          index.data(WorkflowModel::InputNameRole).toString()};
    return m_imageInputs.contains(key) ? key : std::pair<QString, QString>();
}

std::pair<QString, QString> WorkflowEditor::currentImageInput() const
{
    const QModelIndex index = currentSourceIndex();
    const std::pair<QString, QString> key{index.data(WorkflowModel::NodeIdRole).toString(),
                                          index.data(WorkflowModel::InputNameRole).toString()};
    return m_imageInputs.contains(key) ? key : std::pair<QString, QString>();
}

void WorkflowEditor::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && isWorkflowFile(urls.first().toLocalFile()))
        event->acceptProposedAction();
    else if (!m_imageInputs.isEmpty() && carriesPicture(event->mimeData()))
        event->acceptProposedAction(); // onto an image input (dragMoveEvent says where)
}

void WorkflowEditor::dragMoveEvent(QDragMoveEvent *event)
{
    // A picture over an image input goes into it; elsewhere a workflow file opens.
    const bool overImage = !imageInputAt(event->position().toPoint()).first.isEmpty();
    const QList<QUrl> urls = event->mimeData()->urls();
    const bool workflow = urls.size() == 1 && urls.first().isLocalFile() && isWorkflowFile(urls.first().toLocalFile());
    if ((overImage && carriesPicture(event->mimeData())) || workflow)
        event->acceptProposedAction();
    else
        event->ignore();
}

void WorkflowEditor::dropEvent(QDropEvent *event)
{
    const auto [nodeId, input] = imageInputAt(event->position().toPoint());
    if (!nodeId.isEmpty() && carriesPicture(event->mimeData())) {
        event->acceptProposedAction();
        const QImage image = event->mimeData()->hasImage() ? qvariant_cast<QImage>(event->mimeData()->imageData()) : QImage();
        const QList<QUrl> urls = event->mimeData()->urls();
        QTimer::singleShot(0, this, [this, nodeId, input, urls, image] { emit imageDropped(nodeId, input, urls, image); });
        return;
    }
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // Leave the drop handler before any dialog (confirmDiscard) opens.
    QTimer::singleShot(0, this, [this, path] { openFile(path); });
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

void WorkflowEditor::setModeOfCurrent(int mode)
{
    const QModelIndex index = currentSourceIndex();
    if (!index.isValid())
        return;
    const QString nodeId = index.data(WorkflowModel::NodeIdRole).toString();
    const int current = m_model->nodeIndex(nodeId).data(WorkflowModel::ModeRole).toInt();
    if (!m_model->setNodeMode(nodeId, current == mode ? 0 : mode))
        showStatus(m_model->lastError(), true);
}

void WorkflowEditor::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_filter->mapToSource(m_ui->treeView->indexAt(pos));
    if (!index.isValid())
        return;
    const QString nodeId = index.data(WorkflowModel::NodeIdRole).toString();
    const QModelIndex node = m_model->nodeIndex(nodeId);
    const int mode = node.data(WorkflowModel::ModeRole).toInt();
    const bool saved = m_model->document().format() == Format::Saved;
    QMenu menu(this);
    menu.setObjectName(u"treeContextMenu"_s);
    const bool structure = m_catalogue && m_model->mayEdit(nodeId, {});
    QAction *addAfter = menu.addAction(tr("Add Node &After…"));
    addAfter->setObjectName(u"addAfterAction"_s);
    QAction *addBefore = menu.addAction(tr("Add Node B&efore…"));
    addBefore->setObjectName(u"addBeforeAction"_s);
    QAction *duplicate = menu.addAction(tr("&Duplicate"));
    duplicate->setObjectName(u"duplicateAction"_s);
    QAction *remove = menu.addAction(tr("Re&move"));
    remove->setObjectName(u"removeAction"_s);
    for (QAction *action : {addAfter, addBefore, duplicate, remove})
        action->setEnabled(structure);
    // On an input row: a widget becomes an input fed by a compatible output, and back.
    const QString inputName = index.data(WorkflowModel::InputNameRole).toString();
    QMenu *toInput = nullptr;
    QAction *toWidget = nullptr;
    QList<std::pair<QAction *, StructureEdit::Source>> sourceActions;
    if (!inputName.isEmpty() && structure) {
        const StructureEdit edit(m_model->document());
        if (edit.canHoldValue(nodeId, inputName) && !index.data(WorkflowModel::IsLinkRole).toBool()) {
            menu.addSeparator();
            toInput = menu.addMenu(tr("Convert to &Input"));
            toInput->setObjectName(u"convertToInputMenu"_s);
            const QList<StructureEdit::Source> sources = edit.compatibleSources(nodeId, inputName);
            for (const StructureEdit::Source &source : sources)
                sourceActions.append({toInput->addAction(LinkEditor::sourceText(source)), source});
            toInput->setEnabled(!sources.isEmpty());
            if (sources.isEmpty())
                toInput->setToolTip(tr("No output in the workflow gives %1").arg(index.data(WorkflowModel::InputTypeRole).toString()));
        } else if (edit.canHoldValue(nodeId, inputName)) {
            menu.addSeparator();
            toWidget = menu.addAction(tr("Convert to &Widget"));
            toWidget->setObjectName(u"convertToWidgetAction"_s);
        }
    }
    menu.addSeparator();
    QAction *rename = menu.addAction(tr("&Rename…"));
    rename->setObjectName(u"renameAction"_s);
    QAction *favourite = menu.addAction(node.data(WorkflowModel::FavouriteRole).toBool() ? tr("Remove from &Favourites")
                                                                                         : tr("Add to &Favourites"));
    menu.addSeparator();
    QAction *bypass = menu.addAction(mode == 4 ? tr("Stop &Bypassing") : tr("&Bypass"));
    bypass->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    QAction *mute = menu.addAction(mode == 2 ? tr("Un&mute") : tr("&Mute"));
    mute->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    bypass->setEnabled(saved);
    mute->setEnabled(saved);
    QAction *editMask = nullptr;
    QAction *pasteImage = nullptr;
    const std::pair<QString, QString> image{nodeId, index.data(WorkflowModel::InputNameRole).toString()};
    if (m_imageInputs.contains(image)) {
        menu.addSeparator();
        editMask = menu.addAction(tr("Edit &Mask…"));
        pasteImage = menu.addAction(tr("&Paste Image"));
        pasteImage->setShortcut(QKeySequence::Paste);
    }
    QAction *chosen = menu.exec(m_ui->treeView->viewport()->mapToGlobal(pos));
    if (chosen && chosen == editMask)
        emit maskEditRequested(image.first, image.second);
    else if (chosen && chosen == pasteImage)
        emit imagePasteRequested(image.first, image.second);
    if (chosen == rename) {
        const QModelIndex view = m_filter->mapFromSource(node);
        m_ui->treeView->setCurrentIndex(view);
        m_ui->treeView->edit(view);
    } else if (chosen == favourite) {
        m_model->setFavourite(nodeId, !node.data(WorkflowModel::FavouriteRole).toBool());
    } else if (chosen == bypass || chosen == mute) {
        if (!m_model->setNodeMode(nodeId, chosen == bypass ? (mode == 4 ? 0 : 4) : (mode == 2 ? 0 : 2)))
            showStatus(m_model->lastError(), true);
    } else if (chosen == addAfter || chosen == addBefore) {
        addNode(nodeId, chosen == addAfter ? StructureEdit::Placement::After : StructureEdit::Placement::Before);
    } else if (chosen == duplicate) {
        submitStructureEdit(nodeId, {}, [nodeId](const StructureEdit &edit) { return edit.duplicateNode(nodeId); });
    } else if (chosen == remove) {
        submitStructureEdit(nodeId, {}, [nodeId](const StructureEdit &edit) { return edit.removeNode(nodeId); });
    } else if (chosen && chosen == toWidget) {
        submitStructureEdit(nodeId, inputName, [nodeId, inputName](const StructureEdit &edit) {
            return edit.disconnectInput(nodeId, inputName);
        });
    } else if (chosen) {
        for (const auto &[action, source] : std::as_const(sourceActions)) {
            if (action != chosen)
                continue;
            submitStructureEdit(nodeId, inputName, [nodeId, inputName, source = source](const StructureEdit &edit) {
                return edit.connectInput(nodeId, inputName, source.nodeId, source.slot);
            });
        }
    }
}

void WorkflowEditor::submitStructureEdit(const QString &nodeId, const QString &input,
                                         const WorkflowModel::StructureRequest &request)
{
    // Checked off the GUI thread (WorkflowModel::submitStructureEdit); the tree follows
    // the result: the new node, or the input that changed.
    m_model->submitStructureEdit(nodeId, request, [this, nodeId, input](bool ok, const QString &newNodeId) {
        if (!ok)
            showStatus(m_model->lastError(), true);
        else if (!newNodeId.isEmpty())
            jumpTo(newNodeId);
        else if (!input.isEmpty())
            jumpTo(nodeId, input);
    });
}

void WorkflowEditor::addNode(const QString &anchorId, StructureEdit::Placement placement)
{
    const DocumentNode *anchor = m_model->document().node(anchorId);
    if (!anchor || !m_catalogue)
        return;
    NodePickerDialog picker(m_catalogue, this);
    picker.setPlacementText(placement == StructureEdit::Placement::After
                                ? tr("After %1 #%2: its outputs feed the new node where the types fit.")
                                      .arg(anchor->title, anchorId)
                                : tr("Before %1 #%2: the new node feeds its inputs where the types fit.")
                                      .arg(anchor->title, anchorId));
    if (picker.exec() != QDialog::Accepted)
        return;
    submitStructureEdit(anchorId, {}, [anchorId, classType = picker.selectedClass(), placement](const StructureEdit &edit) {
        return edit.insertNode(anchorId, classType, placement);
    });
}

void WorkflowEditor::updateErrorPanel()
{
    QListWidget *list = m_ui->errorList;
    list->clear();
    const WorkflowDocument &doc = m_model->document();
    // Nodes the server lacks first: the user needs their class types to install them.
    QHash<QString, QStringList> unknown;
    for (const DocumentNode &node : doc.nodes()) {
        if (!node.known)
            unknown[node.classType].append(u'#' + node.id);
    }
    if (m_catalogue) {
        QStringList types = unknown.keys();
        types.sort();
        for (const QString &type : std::as_const(types)) {
            auto *item = new QListWidgetItem(
                tr("Not installed on the server: %1 (node %2)").arg(type, unknown.value(type).join(u", "_s)), list);
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
            item->setData(Qt::UserRole, unknown.value(type).first().mid(1));
        }
    }
    for (const InputError &e : m_model->errors()) {
        if (!unknown.isEmpty() && e.inputName.isEmpty() && doc.node(e.nodeId) && !doc.node(e.nodeId)->known)
            continue; // listed above
        // In the tree's words ("Negative prompt · Text"); the ids, for the web UI or the
        // server's log, in the tooltip only.
        const DocumentNode *node = doc.node(e.nodeId);
        const QString where = node ? m_model->labels().nodeLabel(e.nodeId) : tr("node %1").arg(e.nodeId);
        const QString text = e.inputName.isEmpty()
            ? tr("%1: %2").arg(where, e.message)
            : tr("%1 · %2: %3").arg(where, ParameterLabels::inputLabel(e.inputName), e.message);
        auto *item = new QListWidgetItem(e.fromServer ? tr("Server: %1").arg(text) : text, list);
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setData(Qt::UserRole, e.nodeId);
        item->setData(Qt::UserRole + 1, e.inputName);
        const QString ids = node ? tr("%1, node %2").arg(node->classType, e.nodeId) : tr("node %1").arg(e.nodeId);
        item->setToolTip(e.inputName.isEmpty() ? tr("%1\n(%2)").arg(e.message, ids)
                                               : tr("%1\n(%2, input %3)").arg(e.message, ids, e.inputName));
    }
    m_ui->errorLabel->setText(tr("Problems (%n)", nullptr, list->count()));
    m_ui->errorPanel->setVisible(list->count() > 0);
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

void WorkflowEditor::validate()
{
    const quint64 generation = ++m_validation;
    m_validateTimer->stop();
    if (!m_hasDocument || !m_model->document().catalogue()) {
        m_model->setDiagnostics({});
        return;
    }
    // Converting and validating a large document takes longer than a frame: a worker does
    // it on a copy of its own while the user goes on editing; the findings of a document
    // that has changed since are dropped (a newer validation is under way or scheduled).
    QFuture<WorkflowDiagnostics> findings = QtConcurrent::run([document = m_model->document()] {
        return document.toApiPrompt().diagnostics;
    });
    onFinished(findings, this, [this, generation](const WorkflowDiagnostics &diagnostics) {
        if (generation != m_validation)
            return;
        m_model->setDiagnostics(diagnostics);
        emit validated();
    });
}

void WorkflowEditor::setClient(ComfyClient *client)
{
    m_thumbnails->setClient(client);
    refreshThumbnails();
}

void WorkflowEditor::collectImageInputs()
{
    m_imageInputs.clear();
    m_delegate->clearThumbnails();
    for (const DocumentNode &node : m_model->document().nodes()) {
        for (const DocumentInput &input : node.inputs) {
            if (!input.linked && input.spec && input.spec->uploadKind() == "image"_L1)
                m_imageInputs.append({node.id, input.name});
        }
    }
    refreshThumbnails();
}

// Asks for the picture of every image input's current file; the delegate paints those
// that have arrived, and this runs again as each arrives (InputThumbnails::ready).
void WorkflowEditor::refreshThumbnails()
{
    bool changed = false;
    for (const auto &[nodeId, input] : std::as_const(m_imageInputs)) {
        const JsonTree value = m_model->document().inputValue(nodeId, input);
        const QImage image = value.isString() ? m_thumbnails->thumbnail(value.toString()) : QImage();
        changed |= m_delegate->setThumbnail(nodeId, input, image);
    }
    if (changed)
        m_ui->treeView->viewport()->update();
}

void WorkflowEditor::scheduleAutosave()
{
    if (m_autosave)
        m_autosaveTimer->start();
}

} // namespace Easel
