#include "imageprepdialog.h"
#include "ui_imageprepdialog.h"

#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QTransform>

namespace Easel {

namespace {

constexpr int previewSide = 420;

} // namespace

ImagePrepDialog::ImagePrepDialog(const QImage &image, QSize workflowSize, const QString &inputTitle, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::ImagePrepDialog>())
    , m_preview(image.scaled(QSize(previewSide, previewSide), Qt::KeepAspectRatio, Qt::SmoothTransformation))
    , m_imageSize(image.size())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Use Picture for %1").arg(inputTitle));
    // The shapes carry their ImageFit mode as item data, so they are added here.
    m_ui->fitMode->addItem(tr("Crop to fill the size"), int(ImageFit::Mode::Crop));
    m_ui->fitMode->addItem(tr("Fit inside the size"), int(ImageFit::Mode::Fit));
    m_ui->fitMode->addItem(tr("Stretch to the size"), int(ImageFit::Mode::Stretch));
    m_ui->fitMode->addItem(tr("Keep as it is"), int(ImageFit::Mode::Keep));
    const QSize start = workflowSize.isValid() && !workflowSize.isEmpty() ? workflowSize : image.size();
    m_ui->fitWidth->setValue(start.width());
    m_ui->fitHeight->setValue(start.height());
    if (!workflowSize.isValid() || workflowSize.isEmpty())
        m_ui->fitMode->setCurrentIndex(m_ui->fitMode->findData(int(ImageFit::Mode::Keep)));
    QPushButton *use = m_ui->buttonBox->addButton(tr("&Upload"), QDialogButtonBox::AcceptRole);
    use->setObjectName(QStringLiteral("usePictureButton"));
    use->setDefault(true);

    connect(m_ui->turnLeftButton, &QToolButton::clicked, this, [this] { turn(-1); });
    connect(m_ui->turnRightButton, &QToolButton::clicked, this, [this] { turn(1); });
    connect(m_ui->fitMode, &QComboBox::currentIndexChanged, this, &ImagePrepDialog::updatePreview);
    connect(m_ui->fitWidth, &QSpinBox::valueChanged, this, &ImagePrepDialog::updatePreview);
    connect(m_ui->fitHeight, &QSpinBox::valueChanged, this, &ImagePrepDialog::updatePreview);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

ImagePrepDialog::~ImagePrepDialog() = default;

ImageFit ImagePrepDialog::fit() const
{
    ImageFit f;
    f.mode = ImageFit::Mode(m_ui->fitMode->currentData().toInt());
    f.target = QSize(m_ui->fitWidth->value(), m_ui->fitHeight->value());
    f.quarterTurns = m_turns;
    return f;
}

void ImagePrepDialog::setMode(ImageFit::Mode mode)
{
    m_ui->fitMode->setCurrentIndex(m_ui->fitMode->findData(int(mode)));
}

void ImagePrepDialog::setTarget(QSize size)
{
    m_ui->fitWidth->setValue(size.width());
    m_ui->fitHeight->setValue(size.height());
}

void ImagePrepDialog::turn(int quarterTurns)
{
    m_turns = (((m_turns + quarterTurns) % 4) + 4) % 4;
    updatePreview();
}

void ImagePrepDialog::updatePreview()
{
    const ImageFit f = fit();
    QImage turned = m_turns ? m_preview.transformed(QTransform().rotate(90.0 * m_turns)) : m_preview;
    const QSize turnedFull = m_turns % 2 ? m_imageSize.transposed() : m_imageSize;
    QPixmap pixmap = QPixmap::fromImage(turned);
    if (f.mode == ImageFit::Mode::Crop) {
        // Dim what a crop leaves out.
        const QRect keep = f.cropRect(turned.size());
        QPainter painter(&pixmap);
        QPainterPath outside;
        outside.addRect(pixmap.rect());
        QPainterPath inside;
        inside.addRect(keep);
        painter.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 150));
        painter.setPen(QPen(Qt::white, 1, Qt::DashLine));
        painter.drawRect(keep.adjusted(0, 0, -1, -1));
    }
    m_ui->previewLabel->setPixmap(pixmap);
    const QSize result = f.mode == ImageFit::Mode::Keep ? turnedFull : f.target;
    m_ui->infoLabel->setText(tr("The picture is %1 × %2 px; the input gets %3 × %4 px.")
                        .arg(m_imageSize.width())
                        .arg(m_imageSize.height())
                        .arg(result.width())
                        .arg(result.height()));
    m_ui->fitWidth->setEnabled(f.mode != ImageFit::Mode::Keep);
    m_ui->fitHeight->setEnabled(f.mode != ImageFit::Mode::Keep);
}

} // namespace Easel
