#include "maskeditordialog.h"

#include "comfyclient.h"
#include "futurecallback.h"
#include "maskcanvas.h"

#include <QAction>
#include <QColorDialog>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Easel {

namespace {

QSlider *percentSlider(int value, QWidget *parent)
{
    auto *slider = new QSlider(Qt::Horizontal, parent);
    slider->setRange(0, 100);
    slider->setValue(value);
    return slider;
}

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(color);
    return QIcon(pixmap);
}

} // namespace

MaskEditorDialog::MaskEditorDialog(ComfyClient *client, const QString &inputValue, QWidget *parent)
    : QDialog(parent)
    , m_transfer(new ClipspaceTransfer(client, this))
    , m_canvas(new MaskCanvas(this))
    , m_value(inputValue)
{
    setObjectName(QStringLiteral("maskEditorDialog"));
    setWindowTitle(tr("Mask Editor — %1").arg(ComfyClient::inputImageFile(inputValue).filename));
    buildUi();
    resize(1100, 760);
    setBusy(true);
    showMessage(tr("Loading %1…").arg(ComfyClient::inputImageFile(inputValue).filename), false);
    onFinished(m_transfer->load(inputValue), this, [this](const ClipspaceTransfer::Loaded &result) {
        if (!result.error.isEmpty()) {
            showMessage(result.error, true);
            m_progress->hide();
            return;
        }
        m_layers = result.layers;
        m_canvas->setLayers(m_layers.image, m_layers.mask);
        m_loaded = true;
        setBusy(false);
        updateSizeLabel();
        showMessage(tr("Paint where the picture should change. [ and ] change the brush, X swaps brush and eraser."),
                    false);
        m_canvas->setFocus();
        emit loaded();
    });
    connect(m_transfer, &ClipspaceTransfer::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
}

MaskEditorDialog::~MaskEditorDialog() = default;

void MaskEditorDialog::buildUi()
{
    auto *tools = new QWidget(this);
    auto *toolLayout = new QHBoxLayout(tools);
    toolLayout->setContentsMargins(0, 0, 0, 0);
    auto toolButton = [&](const QString &text, const QString &tip, const QKeySequence &key) {
        auto *button = new QToolButton(tools);
        button->setText(text);
        button->setToolTip(tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        toolLayout->addWidget(button);
        return button;
    };
    m_brushButton = toolButton(tr("&Brush"), tr("Paint the mask"), QKeySequence(Qt::Key_B));
    m_eraserButton = toolButton(tr("&Eraser"), tr("Erase the mask"), QKeySequence(Qt::Key_E));
    m_brushButton->setObjectName(QStringLiteral("brushButton"));
    m_eraserButton->setObjectName(QStringLiteral("eraserButton"));
    for (QToolButton *b : {m_brushButton, m_eraserButton})
        b->setCheckable(true);
    m_brushButton->setChecked(true);
    toolLayout->addSpacing(12);
    auto *fill = toolButton(tr("&Fill"), tr("Mask the whole picture"), QKeySequence());
    auto *clear = toolButton(tr("&Clear"), tr("Remove the whole mask"), QKeySequence());
    auto *invert = toolButton(tr("&Invert"), tr("Swap masked and unmasked"), QKeySequence(Qt::Key_I));
    fill->setToolTip(tr("Mask the whole picture"));
    clear->setToolTip(tr("Remove the whole mask"));
    toolLayout->addSpacing(12);
    auto *undo = toolButton(tr("Undo"), tr("Undo"), QKeySequence::Undo);
    auto *redo = toolButton(tr("Redo"), tr("Redo"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    toolLayout->addStretch();
    auto *fit = toolButton(tr("Fit"), tr("Fit the picture to the window"), QKeySequence(Qt::Key_F));
    auto *actual = toolButton(tr("100%"), tr("Actual size"), QKeySequence(Qt::Key_1));
    m_zoomLabel = new QLabel(tools);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_zoomLabel->setMinimumWidth(150);
    m_zoomLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    toolLayout->addWidget(m_zoomLabel);

    // The side panel: the brush, then the mask's look.
    auto *side = new QWidget(this);
    side->setFixedWidth(240);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *brushBox = new QGroupBox(tr("Brush"), side);
    auto *brushForm = new QFormLayout(brushBox);
    m_size = new QSpinBox(brushBox);
    m_size->setObjectName(QStringLiteral("brushSize"));
    m_size->setRange(MaskCanvas::minBrushSize, MaskCanvas::maxBrushSize);
    m_size->setSuffix(tr(" px"));
    m_size->setValue(m_canvas->brushSize());
    m_size->setToolTip(tr("Brush size in picture pixels ([ smaller, ] larger)"));
    m_hardness = percentSlider(int(m_canvas->hardness() * 100), brushBox);
    m_hardness->setObjectName(QStringLiteral("brushHardness"));
    m_opacity = percentSlider(int(m_canvas->opacity() * 100), brushBox);
    m_opacity->setObjectName(QStringLiteral("brushOpacity"));
    brushForm->addRow(tr("Size"), m_size);
    brushForm->addRow(tr("Hardness"), m_hardness);
    brushForm->addRow(tr("Opacity"), m_opacity);
    sideLayout->addWidget(brushBox);
    auto *maskBox = new QGroupBox(tr("Mask overlay"), side);
    auto *maskForm = new QFormLayout(maskBox);
    m_maskOpacity = percentSlider(int(m_canvas->maskOpacity() * 100), maskBox);
    m_maskOpacity->setObjectName(QStringLiteral("maskOpacity"));
    m_colorButton = new QToolButton(maskBox);
    m_colorButton->setObjectName(QStringLiteral("maskColor"));
    m_colorButton->setIcon(swatch(m_canvas->maskColor()));
    m_colorButton->setText(tr("Colour…"));
    m_colorButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    maskForm->addRow(tr("Opacity"), m_maskOpacity);
    maskForm->addRow(tr("Colour"), m_colorButton);
    sideLayout->addWidget(maskBox);
    auto *help = new QLabel(tr("Left button paints, right button erases.\nMiddle button or Space+drag pans; the wheel zooms."),
                            side);
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);
    sideLayout->addWidget(help);
    sideLayout->addStretch();

    auto *middle = new QHBoxLayout;
    middle->addWidget(m_canvas, 1);
    middle->addWidget(side);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("maskStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Loading or saving the picture"));
    auto *cancel = new QPushButton(tr("Cancel"), this);
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveMaskButton"));
    m_saveButton->setDefault(true);
    m_saveButton->setToolTip(tr("Upload the mask to the server and use it (Ctrl+S)"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_progress);
    bottom->addWidget(cancel);
    bottom->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tools);
    layout->addLayout(middle, 1);
    layout->addLayout(bottom);

    // Shortcuts live on the dialog; a spin box being typed in keeps its digits.
    auto shortcut = [this](const QKeySequence &key, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    auto swapTool = [this] {
        m_canvas->setTool(m_canvas->tool() == MaskCanvas::Tool::Brush ? MaskCanvas::Tool::Eraser : MaskCanvas::Tool::Brush);
    };
    shortcut(QKeySequence(Qt::Key_X), swapTool);
    shortcut(QKeySequence(Qt::Key_B), [this] { m_canvas->setTool(MaskCanvas::Tool::Brush); });
    shortcut(QKeySequence(Qt::Key_E), [this] { m_canvas->setTool(MaskCanvas::Tool::Eraser); });
    shortcut(QKeySequence(Qt::Key_BracketLeft),
             [this] { m_canvas->setBrushSize(std::min(m_canvas->brushSize() - 1, int(m_canvas->brushSize() / 1.2))); });
    shortcut(QKeySequence(Qt::Key_BracketRight),
             [this] { m_canvas->setBrushSize(std::max(m_canvas->brushSize() + 1, int(m_canvas->brushSize() * 1.2))); });
    shortcut(QKeySequence(Qt::Key_I), [this] { m_canvas->invertMask(); });
    shortcut(QKeySequence(Qt::Key_F), [this] { m_canvas->fitToView(); });
    shortcut(QKeySequence(Qt::Key_1), [this] { m_canvas->actualSize(); });
    shortcut(QKeySequence::Save, [this] { save(); });
    QAction *undoAction = m_canvas->undoStack()->createUndoAction(this);
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = m_canvas->undoStack()->createRedoAction(this);
    redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    for (QAction *action : {undoAction, redoAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
    undo->setDefaultAction(undoAction);
    redo->setDefaultAction(redoAction);
    undo->setText(tr("Undo"));
    redo->setText(tr("Redo"));

    connect(m_brushButton, &QToolButton::clicked, this, [this] { m_canvas->setTool(MaskCanvas::Tool::Brush); });
    connect(m_eraserButton, &QToolButton::clicked, this, [this] { m_canvas->setTool(MaskCanvas::Tool::Eraser); });
    connect(m_canvas, &MaskCanvas::toolChanged, this, [this](MaskCanvas::Tool tool) {
        m_brushButton->setChecked(tool == MaskCanvas::Tool::Brush);
        m_eraserButton->setChecked(tool == MaskCanvas::Tool::Eraser);
    });
    connect(fill, &QToolButton::clicked, m_canvas, &MaskCanvas::fillMask);
    connect(clear, &QToolButton::clicked, m_canvas, &MaskCanvas::clearMask);
    connect(invert, &QToolButton::clicked, m_canvas, &MaskCanvas::invertMask);
    connect(fit, &QToolButton::clicked, m_canvas, &MaskCanvas::fitToView);
    connect(actual, &QToolButton::clicked, m_canvas, &MaskCanvas::actualSize);
    connect(m_size, &QSpinBox::valueChanged, m_canvas, &MaskCanvas::setBrushSize);
    connect(m_canvas, &MaskCanvas::brushSizeChanged, m_size, &QSpinBox::setValue);
    connect(m_hardness, &QSlider::valueChanged, this, [this](int v) { m_canvas->setHardness(v / 100.0); });
    connect(m_opacity, &QSlider::valueChanged, this, [this](int v) { m_canvas->setOpacity(v / 100.0); });
    connect(m_maskOpacity, &QSlider::valueChanged, this, [this](int v) { m_canvas->setMaskOpacity(v / 100.0); });
    connect(m_colorButton, &QToolButton::clicked, this, [this] {
        const QColor color = QColorDialog::getColor(m_canvas->maskColor(), this, tr("Mask Colour"));
        if (color.isValid()) {
            m_canvas->setMaskColor(color);
            m_colorButton->setIcon(swatch(color));
        }
    });
    connect(m_canvas, &MaskCanvas::zoomChanged, this, &MaskEditorDialog::updateSizeLabel);
    connect(cancel, &QPushButton::clicked, this, &MaskEditorDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &MaskEditorDialog::save);
}

void MaskEditorDialog::updateSizeLabel()
{
    const QSize size = m_canvas->imageSize();
    m_zoomLabel->setText(tr("%1 × %2 px · %3%").arg(size.width()).arg(size.height()).arg(qRound(m_canvas->zoom() * 100)));
}

MaskLayers MaskEditorDialog::layers() const
{
    MaskLayers layers = m_layers;
    layers.mask = m_canvas->mask();
    return layers;
}

QString MaskEditorDialog::message() const
{
    return m_status->text();
}

void MaskEditorDialog::showMessage(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    const bool dark = this->palette().color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, error ? (dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28))
                                                 : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

void MaskEditorDialog::setBusy(bool busy)
{
    m_saveButton->setEnabled(!busy);
    m_canvas->setEnabled(!busy);
    m_progress->setVisible(busy);
}

void MaskEditorDialog::save()
{
    if (!m_loaded || m_saving)
        return;
    m_saving = true;
    setBusy(true);
    m_progress->setRange(0, 5);
    m_progress->setValue(0);
    showMessage(tr("Uploading the mask…"), false);
    onFinished(m_transfer->save(layers(), QDateTime::currentMSecsSinceEpoch()), this,
               [this](const ClipspaceTransfer::Saved &result) {
                   m_saving = false;
                   if (!result.error.isEmpty()) {
                       // Nothing is lost: the strokes and their undo stay; Save again retries.
                       setBusy(false);
                       showMessage(result.error, true);
                       emit saveFailed(result.error);
                       return;
                   }
                   m_canvas->undoStack()->setClean();
                   emit saved(result);
                   accept();
               });
}

void MaskEditorDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter in a spin box must not save and close.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void MaskEditorDialog::reject()
{
    if (m_saving)
        return;
    if (!m_canvas->undoStack()->isClean()) {
        const auto answer = QMessageBox::question(this, tr("Discard the Mask?"),
                                                  tr("The mask has changes that are not saved. Discard them?"),
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

} // namespace Easel
