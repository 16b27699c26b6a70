#include "imageprepdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QTransform>
#include <QVBoxLayout>

namespace Easel {

namespace {

constexpr int previewSide = 420;

} // namespace

ImagePrepDialog::ImagePrepDialog(const QImage &image, QSize workflowSize, const QString &inputTitle, QWidget *parent)
    : QDialog(parent)
    , m_preview(image.scaled(QSize(previewSide, previewSide), Qt::KeepAspectRatio, Qt::SmoothTransformation))
    , m_imageSize(image.size())
    , m_mode(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_view(new QLabel(this))
    , m_info(new QLabel(this))
{
    setObjectName(QStringLiteral("imagePrepDialog"));
    setWindowTitle(tr("Use Picture for %1").arg(inputTitle));
    m_mode->setObjectName(QStringLiteral("fitMode"));
    m_mode->addItem(tr("Crop to fill the size"), int(ImageFit::Mode::Crop));
    m_mode->addItem(tr("Fit inside the size"), int(ImageFit::Mode::Fit));
    m_mode->addItem(tr("Stretch to the size"), int(ImageFit::Mode::Stretch));
    m_mode->addItem(tr("Keep as it is"), int(ImageFit::Mode::Keep));
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(8, 16384);
        box->setSingleStep(64);
        box->setSuffix(tr(" px"));
    }
    m_width->setObjectName(QStringLiteral("fitWidth"));
    m_height->setObjectName(QStringLiteral("fitHeight"));
    const QSize start = workflowSize.isValid() && !workflowSize.isEmpty() ? workflowSize : image.size();
    m_width->setValue(start.width());
    m_height->setValue(start.height());
    if (!workflowSize.isValid() || workflowSize.isEmpty())
        m_mode->setCurrentIndex(m_mode->findData(int(ImageFit::Mode::Keep)));

    auto *left = new QToolButton(this);
    left->setText(tr("Turn Left"));
    auto *right = new QToolButton(this);
    right->setText(tr("Turn Right"));
    auto *turns = new QHBoxLayout;
    turns->addWidget(left);
    turns->addWidget(right);
    turns->addStretch();
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Size"), sizeRow);
    form->addRow(tr("Shape"), m_mode);
    form->addRow(tr("Turn"), turns);

    m_view->setFixedSize(previewSide + 8, previewSide + 8);
    m_view->setAlignment(Qt::AlignCenter);
    m_info->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *use = buttons->addButton(tr("&Upload"), QDialogButtonBox::AcceptRole);
    use->setObjectName(QStringLiteral("usePictureButton"));
    use->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 0, Qt::AlignHCenter);
    layout->addLayout(form);
    layout->addWidget(m_info);
    layout->addWidget(buttons);

    connect(left, &QToolButton::clicked, this, [this] { turn(-1); });
    connect(right, &QToolButton::clicked, this, [this] { turn(1); });
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ImagePrepDialog::updatePreview);
    connect(m_width, &QSpinBox::valueChanged, this, &ImagePrepDialog::updatePreview);
    connect(m_height, &QSpinBox::valueChanged, this, &ImagePrepDialog::updatePreview);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

ImageFit ImagePrepDialog::fit() const
{
    ImageFit f;
    f.mode = ImageFit::Mode(m_mode->currentData().toInt());
    f.target = QSize(m_width->value(), m_height->value());
    f.quarterTurns = m_turns;
    return f;
}

void ImagePrepDialog::setMode(ImageFit::Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

void ImagePrepDialog::setTarget(QSize size)
{
    m_width->setValue(size.width());
    m_height->setValue(size.height());
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
    m_view->setPixmap(pixmap);
    const QSize result = f.mode == ImageFit::Mode::Keep ? turnedFull : f.target;
    m_info->setText(tr("The picture is %1 × %2 px; the input gets %3 × %4 px.")
                        .arg(m_imageSize.width())
                        .arg(m_imageSize.height())
                        .arg(result.width())
                        .arg(result.height()));
    m_width->setEnabled(f.mode != ImageFit::Mode::Keep);
    m_height->setEnabled(f.mode != ImageFit::Mode::Keep);
}

} // namespace Easel
