#pragma once

#include "clipspacetransfer.h"

#include <QDialog>

#include <memory>

QT_BEGIN_NAMESPACE
namespace Ui {
class MaskEditorDialog;
}
QT_END_NAMESPACE

namespace Easel {

class ComfyClient;
class MaskCanvas;

// The mask editor of one image input, as the web UI has on every LoadImage: the picture
// the input names, loaded with its earlier mask and paint layer when it was edited before;
// a brush and an eraser (size, hardness, opacity; [ and ] change the size, X swaps them);
// fill, clear and invert; the mask's colour and opacity over the picture; zoom and pan.
// Save uploads what the web UI uploads (ClipspaceTransfer) and reports the input's new
// value through saved(); a refused upload leaves the dialog open with the mask as it was.
class MaskEditorDialog : public QDialog
{
    Q_OBJECT
public:
    MaskEditorDialog(ComfyClient *client, const QString &inputValue, QWidget *parent = nullptr);
    ~MaskEditorDialog() override;

    MaskCanvas *canvas() const { return m_canvas; }
    // The picture and its layers with the mask as painted now.
    MaskLayers layers() const;
    bool isLoaded() const { return m_loaded; }
    bool isSaving() const { return m_saving; }
    QString message() const; // the status line: loading, saving, or why it failed
    // Starts the uploads (the Save button).
    void save();

signals:
    void loaded();
    // The layers being uploaded, with the timestamp of their clipspace names.
    void saveStarted(const Easel::MaskLayers &layers, qint64 timestamp);
    void saved(const Easel::ClipspaceTransfer::Saved &result);
    void saveFailed(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void reject() override;

private:
    void connectUi();
    void showMessage(const QString &text, bool error);
    void updateSizeLabel();
    void setBusy(bool busy);

    std::unique_ptr<::Ui::MaskEditorDialog> m_ui; // ui/maskeditordialog.ui
    ClipspaceTransfer *m_transfer;
    MaskLayers m_layers;
    MaskCanvas *m_canvas = nullptr; // the form's
    QString m_value;
    bool m_loaded = false;
    bool m_saving = false;
};

} // namespace Easel
