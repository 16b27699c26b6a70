#pragma once

#include "imagefit.h"

#include <QDialog>
#include <QImage>

#include <memory>

QT_BEGIN_NAMESPACE
namespace Ui {
class ImagePrepDialog;
}
QT_END_NAMESPACE

namespace Easel {

// Before a pasted or dropped picture is uploaded as an input: turn it, and crop, fit or
// stretch it to the workflow's size (or keep it as it is). The preview shows the part a
// crop keeps; the work itself is done by the caller off the GUI thread (ImageFit).
class ImagePrepDialog : public QDialog
{
    Q_OBJECT
public:
    // workflowSize: the size the workflow makes (EmptyLatentImage), or invalid.
    ImagePrepDialog(const QImage &image, QSize workflowSize, const QString &inputTitle, QWidget *parent = nullptr);
    ~ImagePrepDialog() override;

    ImageFit fit() const;
    void setMode(ImageFit::Mode mode);
    void setTarget(QSize size);
    void turn(int quarterTurns);

private:
    void updatePreview();

    std::unique_ptr<::Ui::ImagePrepDialog> m_ui; // ui/imageprepdialog.ui
    QImage m_preview; // the picture scaled for the preview, not yet turned
    QSize m_imageSize;
    int m_turns = 0;
};

} // namespace Easel
