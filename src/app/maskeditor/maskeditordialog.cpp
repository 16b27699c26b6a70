#include "maskeditordialog.h"
#include "ui_maskeditordialog.h"

#include "comfyclient.h"
#include "futurecallback.h"
#include "maskcanvas.h"

#include <QAction>
#include <QColorDialog>
#include <QDateTime>
#include <QKeyEvent>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QUndoStack>

namespace Easel {

namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(color);
    return QIcon(pixmap);
}

} // namespace

MaskEditorDialog::MaskEditorDialog(ComfyClient *client, const QString &inputValue, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::MaskEditorDialog>())
    , m_transfer(new ClipspaceTransfer(client, this))
    , m_value(inputValue)
{
    m_ui->setupUi(this);
    m_canvas = m_ui->maskCanvas;
    setWindowTitle(tr("Mask Editor — %1").arg(ComfyClient::inputImageFile(inputValue).filename));
    connectUi();
    setBusy(true);
    showMessage(tr("Loading %1…").arg(ComfyClient::inputImageFile(inputValue).filename), false);
    onFinished(m_transfer->load(inputValue), this, [this](const ClipspaceTransfer::Loaded &result) {
        if (!result.error.isEmpty()) {
            showMessage(result.error, true);
            m_ui->progressBar->hide();
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
        m_ui->progressBar->setRange(0, total);
        m_ui->progressBar->setValue(done);
    });
}

MaskEditorDialog::~MaskEditorDialog() = default;

// The form (ui/maskeditordialog.ui) holds the widgets; here: the values that come from
// the canvas, the tooltips that name keys, the shortcuts and the connections.
void MaskEditorDialog::connectUi()
{
    ::Ui::MaskEditorDialog &ui = *m_ui;
    const auto withKey = [](QToolButton *button, const QString &tip, const QKeySequence &key) {
        button->setToolTip(key.isEmpty() ? tip : tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    };
    withKey(ui.brushButton, tr("Paint the mask"), QKeySequence(Qt::Key_B));
    withKey(ui.eraserButton, tr("Erase the mask"), QKeySequence(Qt::Key_E));
    withKey(ui.fillButton, tr("Mask the whole picture"), {});
    withKey(ui.clearButton, tr("Remove the whole mask"), {});
    withKey(ui.invertButton, tr("Swap masked and unmasked"), QKeySequence(Qt::Key_I));
    withKey(ui.fitButton, tr("Fit the picture to the window"), QKeySequence(Qt::Key_F));
    withKey(ui.actualSizeButton, tr("Actual size"), QKeySequence(Qt::Key_1));
    ui.brushButton->setChecked(true);
    ui.brushSize->setRange(MaskCanvas::minBrushSize, MaskCanvas::maxBrushSize);
    ui.brushSize->setValue(m_canvas->brushSize());
    ui.brushHardness->setValue(int(m_canvas->hardness() * 100));
    ui.brushOpacity->setValue(int(m_canvas->opacity() * 100));
    ui.maskOpacity->setValue(int(m_canvas->maskOpacity() * 100));
    ui.maskColor->setIcon(swatch(m_canvas->maskColor()));
    ui.helpLabel->setForegroundRole(QPalette::PlaceholderText);

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
    ui.undoButton->setDefaultAction(undoAction);
    ui.redoButton->setDefaultAction(redoAction);
    ui.undoButton->setText(tr("Undo"));
    ui.redoButton->setText(tr("Redo"));

    connect(ui.brushButton, &QToolButton::clicked, this, [this] { m_canvas->setTool(MaskCanvas::Tool::Brush); });
    connect(ui.eraserButton, &QToolButton::clicked, this, [this] { m_canvas->setTool(MaskCanvas::Tool::Eraser); });
    connect(m_canvas, &MaskCanvas::toolChanged, this, [this](MaskCanvas::Tool tool) {
        m_ui->brushButton->setChecked(tool == MaskCanvas::Tool::Brush);
        m_ui->eraserButton->setChecked(tool == MaskCanvas::Tool::Eraser);
    });
    connect(ui.fillButton, &QToolButton::clicked, m_canvas, &MaskCanvas::fillMask);
    connect(ui.clearButton, &QToolButton::clicked, m_canvas, &MaskCanvas::clearMask);
    connect(ui.invertButton, &QToolButton::clicked, m_canvas, &MaskCanvas::invertMask);
    connect(ui.fitButton, &QToolButton::clicked, m_canvas, &MaskCanvas::fitToView);
    connect(ui.actualSizeButton, &QToolButton::clicked, m_canvas, &MaskCanvas::actualSize);
    connect(ui.brushSize, &QSpinBox::valueChanged, m_canvas, &MaskCanvas::setBrushSize);
    connect(m_canvas, &MaskCanvas::brushSizeChanged, ui.brushSize, &QSpinBox::setValue);
    connect(ui.brushHardness, &QSlider::valueChanged, this, [this](int v) { m_canvas->setHardness(v / 100.0); });
    connect(ui.brushOpacity, &QSlider::valueChanged, this, [this](int v) { m_canvas->setOpacity(v / 100.0); });
    connect(ui.maskOpacity, &QSlider::valueChanged, this, [this](int v) { m_canvas->setMaskOpacity(v / 100.0); });
    connect(ui.maskColor, &QToolButton::clicked, this, [this] {
        const QColor color = QColorDialog::getColor(m_canvas->maskColor(), this, tr("Mask Colour"));
        if (color.isValid()) {
            m_canvas->setMaskColor(color);
            m_ui->maskColor->setIcon(swatch(color));
        }
    });
    connect(m_canvas, &MaskCanvas::zoomChanged, this, &MaskEditorDialog::updateSizeLabel);
    connect(ui.cancelButton, &QPushButton::clicked, this, &MaskEditorDialog::reject);
    connect(ui.saveMaskButton, &QPushButton::clicked, this, &MaskEditorDialog::save);
}

void MaskEditorDialog::updateSizeLabel()
{
    const QSize size = m_canvas->imageSize();
    m_ui->zoomLabel->setText(tr("%1 × %2 px · %3%").arg(size.width()).arg(size.height()).arg(qRound(m_canvas->zoom() * 100)));
}

MaskLayers MaskEditorDialog::layers() const
{
    MaskLayers layers = m_layers;
    layers.mask = m_canvas->mask();
    return layers;
}

QString MaskEditorDialog::message() const
{
    return m_ui->maskStatus->text();
}

void MaskEditorDialog::showMessage(const QString &text, bool error)
{
    m_ui->maskStatus->setText(text);
    QPalette palette = m_ui->maskStatus->palette();
    const bool dark = this->palette().color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, error ? (dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28))
                                                 : this->palette().color(QPalette::WindowText));
    m_ui->maskStatus->setPalette(palette);
}

void MaskEditorDialog::setBusy(bool busy)
{
    m_ui->saveMaskButton->setEnabled(!busy);
    m_canvas->setEnabled(!busy);
    m_ui->progressBar->setVisible(busy);
}

void MaskEditorDialog::save()
{
    if (!m_loaded || m_saving)
        return;
    m_saving = true;
    setBusy(true);
    m_ui->progressBar->setRange(0, 5);
    m_ui->progressBar->setValue(0);
    showMessage(tr("Uploading the mask…"), false);
    const MaskLayers saving = layers();
    const qint64 timestamp = QDateTime::currentMSecsSinceEpoch();
    emit saveStarted(saving, timestamp);
    onFinished(m_transfer->save(saving, timestamp), this,
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
