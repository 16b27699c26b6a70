#include "imageinputcontroller.h"

#include "comfyclient.h"
#include "futurecallback.h"
#include "imagefit.h"
#include "imageprepdialog.h"
#include "maskeditordialog.h"
#include "workfloweditor.h"

#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImageReader>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QMimeData>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

// Writes bytes to a new file in dir named after stem; the path, or empty on failure.
QString writeFile(const QString &dir, const QString &fileName, const QByteArray &bytes)
{
    if (bytes.isEmpty() || !QDir().mkpath(dir))
        return {};
    QSaveFile file(QDir(dir).filePath(fileName));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return {};
    return file.fileName();
}

QString stemOf(const QString &sourceName)
{
    QString stem = QFileInfo(sourceName).completeBaseName();
    for (QChar &c : stem) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    }
    return stem.isEmpty() ? u"pasted"_s : stem.left(60);
}

} // namespace

ImageInputController::ImageInputController(WorkflowEditor *editor, QWidget *window)
    : QObject(window)
    , m_editor(editor)
    , m_window(window)
{
    connect(editor, &WorkflowEditor::maskEditRequested, this, &ImageInputController::editMask);
    connect(editor, &WorkflowEditor::imagePasteRequested, this, &ImageInputController::pasteFromClipboard);
    connect(editor, &WorkflowEditor::imageDropped, this, &ImageInputController::usePicture);
}

QString ImageInputController::cacheDirectory() const
{
    if (!m_cacheDir.isEmpty())
        return m_cacheDir;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/inputs"_s;
}

QSize ImageInputController::workflowSize() const
{
    const WorkflowDocument &doc = m_editor->document();
    for (const DocumentNode &node : doc.nodes()) {
        if (node.classType != "EmptyLatentImage"_L1 && node.classType != "EmptySD3LatentImage"_L1)
            continue;
        const JsonTree w = doc.inputValue(node.id, u"width"_s);
        const JsonTree h = doc.inputValue(node.id, u"height"_s);
        if (w.isNumber() && h.isNumber())
            return QSize(w.toNumber().toInt(0), h.toNumber().toInt(0));
    }
    return {};
}

QString ImageInputController::inputTitle(const QString &nodeId, const QString &input) const
{
    const DocumentNode *node = m_editor->document().node(nodeId);
    return node ? tr("%1 › %2").arg(node->title, input) : input;
}

std::pair<QString, QString> ImageInputController::chooseInput(const QString &nodeId, const QString &input)
{
    if (!nodeId.isEmpty())
        return {nodeId, input};
    const auto current = m_editor->currentImageInput();
    if (!current.first.isEmpty())
        return current;
    QList<std::pair<QString, QString>> inputs = m_editor->hasDocument() ? m_editor->imageInputs()
                                                                         : QList<std::pair<QString, QString>>();
    if (inputs.isEmpty()) {
        // Adding a Load Image node to this workflow is structure editing; a picture with
        // nowhere to go starts the image-to-image starter instead, when the user says so.
        if (!m_startImageToImage) {
            emit messageShown(tr("This workflow has no image input. Open one with a Load Image node to use pictures."), true);
            return {};
        }
        QMessageBox ask(QMessageBox::Question, tr("No Image Input"),
                        m_editor->hasDocument() ? tr("This workflow has no image input to take the picture.")
                                                : tr("No workflow is open to take the picture."),
                        QMessageBox::Cancel, m_window);
        ask.setObjectName(u"noImageInputQuestion"_s);
        ask.setInformativeText(tr("Start a new image-to-image workflow from this picture? It opens the "
                                  "“Image to image” starter with the picture as its input."));
        QPushButton *start = ask.addButton(tr("New Image-to-Image"), QMessageBox::AcceptRole);
        ask.setDefaultButton(start);
        ask.exec();
        if (ask.clickedButton() != start || !m_startImageToImage())
            return {};
        inputs = m_editor->imageInputs();
        // Before the server's node list has arrived no input is known as an image input
        // yet; the starter's Load Image is one all the same.
        for (const DocumentNode &node : m_editor->document().nodes()) {
            if (inputs.isEmpty() && node.classType == "LoadImage"_L1)
                inputs.append({node.id, u"image"_s});
        }
        if (inputs.isEmpty())
            return {};
    }
    if (inputs.size() == 1)
        return inputs.first();
    QStringList titles;
    for (const auto &[id, name] : inputs)
        titles << inputTitle(id, name);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_window, tr("Choose an Image Input"), tr("Put the picture into:"), titles, 0,
                                                 false, &ok);
    if (!ok)
        return {};
    return inputs.value(titles.indexOf(chosen));
}

void ImageInputController::editMask(const QString &nodeId, const QString &input)
{
    const JsonTree value = m_editor->document().inputValue(nodeId, input);
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        emit messageShown(tr("Choose, paste or drop a picture into %1 first.").arg(inputTitle(nodeId, input)), true);
        return;
    }
    if (!m_client) {
        emit messageShown(tr("Not connected to a server."), true);
        return;
    }
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new MaskEditorDialog(m_client, value.toString(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    // The local copy is what the server stores: a farm uploads it to the other servers. It
    // is made while the four uploads go, not after them (a 4096² copy is a 64 MB PNG to
    // write), under the painted-masked name of the save's timestamp.
    auto localCopy = std::make_shared<QFuture<QString>>();
    connect(dialog, &MaskEditorDialog::saveStarted, this, [this, localCopy](const MaskLayers &layers, qint64 timestamp) {
        *localCopy = QtConcurrent::run([dir = cacheDirectory(), name = ClipspaceNames::forTimestamp(timestamp).paintedMasked(),
                                        layers] { return writeFile(dir, name, ClipspaceTransfer::localComposite(layers)); });
    });
    connect(dialog, &MaskEditorDialog::saved, this, [this, localCopy, nodeId, input](const ClipspaceTransfer::Saved &saved) {
        onFinished(*localCopy, this, [this, nodeId, input, value = saved.inputValue](const QString &path) {
            emit maskSaved(nodeId, input, value, path);
        });
    });
    dialog->show();
}

void ImageInputController::pasteFromClipboard(const QString &nodeId, const QString &input)
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime) {
        emit messageShown(tr("The clipboard holds no picture."), true);
        return;
    }
    // Encoded bytes first: their header says the size before anything is decoded.
    QByteArray bytes;
    for (const QString &format : mime->formats()) {
        if (format.startsWith("image/"_L1) && !QImageReader::supportedMimeTypes().isEmpty()
            && QImageReader::supportedMimeTypes().contains(format.toLatin1())) {
            bytes = mime->data(format);
            if (!bytes.isEmpty())
                break;
        }
    }
    const QList<QUrl> urls = mime->urls();
    const bool localPicture = !urls.isEmpty() && urls.first().isLocalFile()
                              && !QImageReader::imageFormat(urls.first().toLocalFile()).isEmpty();
    if (bytes.isEmpty() && !localPicture && !mime->hasImage()) {
        emit messageShown(tr("The clipboard holds no picture."), true);
        return;
    }
    const auto [node, name] = chooseInput(nodeId, input);
    if (node.isEmpty())
        return;
    if (!bytes.isEmpty())
        decodeAndPrepare(node, name, bytes, u"pasted"_s);
    else if (localPicture)
        usePicture(node, name, urls, {});
    else
        usePicture(node, name, {}, qvariant_cast<QImage>(mime->imageData()));
}

void ImageInputController::usePicture(const QString &nodeId, const QString &input, const QList<QUrl> &urls,
                                      const QImage &image)
{
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        const QString path = urls.first().toLocalFile();
        onFinished(QtConcurrent::run([path] {
                       QFile file(path);
                       return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
                   }),
                   this, [this, nodeId, input, path](const QByteArray &bytes) {
                       if (bytes.isEmpty()) {
                           emit messageShown(tr("%1 cannot be read.").arg(QFileInfo(path).fileName()), true);
                           return;
                       }
                       decodeAndPrepare(nodeId, input, bytes, QFileInfo(path).fileName());
                   });
        return;
    }
    if (image.isNull()) {
        emit messageShown(tr("The clipboard holds no picture."), true);
        return;
    }
    if (qint64(image.width()) * image.height() > ClipspaceTransfer::maxPixels) {
        emit messageShown(tr("The picture is %1 × %2 pixels; Easel takes pictures of up to %3 megapixels.")
                              .arg(image.width())
                              .arg(image.height())
                              .arg(ClipspaceTransfer::maxPixels / 1000000),
                          true);
        return;
    }
    prepare(nodeId, input, image.convertToFormat(QImage::Format_ARGB32), u"pasted"_s);
}

void ImageInputController::useAsInput(const QString &path)
{
    const auto [nodeId, input] = chooseInput({}, {});
    if (!nodeId.isEmpty())
        usePicture(nodeId, input, {QUrl::fromLocalFile(path)}, {});
}

void ImageInputController::decodeAndPrepare(const QString &nodeId, const QString &input, const QByteArray &bytes,
                                            const QString &sourceName)
{
    emit messageShown(tr("Reading the picture…"), false);
    onFinished(QtConcurrent::run([bytes] {
                   QString error;
                   QImage image = ClipspaceTransfer::decode(bytes, &error);
                   return std::make_pair(image, error);
               }),
               this, [this, nodeId, input, sourceName](const std::pair<QImage, QString> &decoded) {
                   if (decoded.first.isNull()) {
                       emit messageShown(decoded.second, true);
                       return;
                   }
                   prepare(nodeId, input, decoded.first, sourceName);
               });
}

void ImageInputController::prepare(const QString &nodeId, const QString &input, const QImage &image,
                                   const QString &sourceName)
{
    ImageFit fit;
    if (m_automaticFit) {
        fit = *m_automaticFit;
    } else {
        ImagePrepDialog dialog(image, workflowSize(), inputTitle(nodeId, input), m_window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        fit = dialog.fit();
    }
    emit messageShown(tr("Preparing the picture…"), false);
    const QString fileName = stemOf(sourceName) + u'-'
                             + QDateTime::currentDateTime().toString(u"yyyyMMdd-hhmmss-zzz"_s) + u".png"_s;
    const QString dir = cacheDirectory();
    onFinished(QtConcurrent::run([image, fit, dir, fileName] {
                   return writeFile(dir, fileName, MaskComposition::encodePng(fit.apply(image)));
               }),
               this, [this, nodeId, input](const QString &path) {
                   if (path.isEmpty()) {
                       emit messageShown(tr("The picture could not be written to %1.").arg(cacheDirectory()), true);
                       return;
                   }
                   emit messageShown(tr("Uploading %1…").arg(QFileInfo(path).fileName()), false);
                   emit pictureReady(path);
                   emit uploadRequested(nodeId, input, path);
               });
}

} // namespace Easel
