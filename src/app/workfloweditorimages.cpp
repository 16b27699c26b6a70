// Image inputs: uploads into them, their thumbnails, and pictures (or a workflow file)
// dropped on the editor.
#include "workfloweditor.h"

#include "ui_workfloweditor.h"

#include "inputdelegate.h"
#include "inputthumbnails.h"
#include "nodecatalogue.h"

#include <QDragEnterEvent>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeData>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

bool isWorkflowFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == "json"_L1 || suffix == "png"_L1 || suffix == "webp"_L1;
}

bool carriesPicture(const QMimeData *mime)
{
    if (mime->hasImage())
        return true;
    const QList<QUrl> urls = mime->urls();
    return !urls.isEmpty() && urls.first().isLocalFile()
        && !QImageReader::imageFormat(urls.first().toLocalFile()).isEmpty();
}

} // namespace

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

} // namespace Easel
