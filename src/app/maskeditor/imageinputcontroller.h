#pragma once

#include "clipspacetransfer.h"
#include "comfyclient.h"
#include "imagefit.h"
#include "maskeditordialog.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QMimeData;
class QWidget;
QT_END_NAMESPACE

namespace Easel {

class ComfyClient;
class MaskEditorDialog;
class WorkflowEditor;

// Getting pictures into a workflow's image inputs and working on them, for the window:
// the mask editor from an input's thumbnail, Ctrl+V from the clipboard, pictures dropped
// from the desktop or dragged from the library, and "Use as input" on an output. Pasted and
// dropped pictures are decoded off the GUI thread (refused from their header when too
// large), fitted to the workflow's size (ImagePrepDialog), written as PNG beside the other
// uploads and handed to the window's upload (uploadRequested), which also carries them to
// whichever farm server runs a job. A saved mask comes back through maskSaved() with its
// local copy for the farm.
class ImageInputController : public QObject
{
    Q_OBJECT
public:
    ImageInputController(WorkflowEditor *editor, QWidget *window);

    void setClient(ComfyClient *client) { m_client = client; }
    // Where prepared pictures and mask copies are written (created when needed).
    void setCacheDirectory(const QString &dir) { m_cacheDir = dir; }
    QString cacheDirectory() const;
    // Ctrl+V or "Use as input" with a picture while the workflow has no image input (or
    // none is open): the window's image-to-image starter. Opens it and returns true when
    // the document now has an image input. Unset: Easel only says there is no input.
    void setImageToImageStarter(std::function<bool()> start) { m_startImageToImage = std::move(start); }
    // Skip the fitting dialog (tests, and a size already chosen): use this fit instead.
    void setAutomaticFit(const std::optional<ImageFit> &fit) { m_automaticFit = fit; }

    void editMask(const QString &nodeId, const QString &input);
    // Empty ids: the only image input, or the user picks one.
    void pasteFromClipboard(const QString &nodeId, const QString &input);
    void usePicture(const QString &nodeId, const QString &input, const QList<QUrl> &urls, const QImage &image);
    // "Use as input" of an output file: into the current image input, the only one, or a chosen one.
    void useAsInput(const QString &path);

    MaskEditorDialog *maskEditor() const { return m_dialog; }
    // The size the workflow makes (its first EmptyLatentImage), or invalid.
    QSize workflowSize() const;

signals:
    void uploadRequested(const QString &nodeId, const QString &input, const QString &localPath);
    void maskSaved(const QString &nodeId, const QString &input, const QString &value, const QString &localPath);
    void messageShown(const QString &text, bool error);
    void pictureReady(const QString &localPath); // prepared and handed to uploadRequested

private:
    std::pair<QString, QString> chooseInput(const QString &nodeId, const QString &input);
    void prepare(const QString &nodeId, const QString &input, const QImage &image, const QString &sourceName);
    void decodeAndPrepare(const QString &nodeId, const QString &input, const QByteArray &bytes, const QString &sourceName);
    QString inputTitle(const QString &nodeId, const QString &input) const;

    WorkflowEditor *m_editor;
    QWidget *m_window;
    QPointer<ComfyClient> m_client;
    QPointer<MaskEditorDialog> m_dialog;
    QString m_cacheDir;
    std::optional<ImageFit> m_automaticFit;
    std::function<bool()> m_startImageToImage;
};

} // namespace Easel
