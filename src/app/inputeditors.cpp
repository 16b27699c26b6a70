#include "inputeditors.h"

#include "numberedit.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QFocusEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QStyle>
#include <QToolButton>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Easel {

SeedEditor::SeedEditor(QWidget *parent)
    : QWidget(parent)
    , m_number(new NumberEdit(this))
    , m_mode(new QComboBox(this))
    , m_dice(new QToolButton(this))
{
    setObjectName(u"seedEditor"_s);
    // Opaque: the row's own text ("156680208700286  ⟳ randomize") showed between the parts.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_number, 1);
    // The whole number stays in sight (a seed is read and typed digit by digit); the mode's
    // box gives way first, down to half its width (its list shows the words whole). In a
    // 220 px value column the field showed 3 of 15 digits.
    connect(m_number, &QLineEdit::textChanged, this, [this](const QString &text) {
        const int digits = std::max(text.size(), qsizetype(6));
        m_number->setMinimumWidth(m_number->widthFor(QString(digits, u'0')));
    });
    m_mode->setObjectName(u"controlModeBox"_s);
    m_mode->setToolTip(tr("What happens to the value after each queue"));
    for (const QString &mode : {u"fixed"_s, u"increment"_s, u"decrement"_s, u"randomize"_s})
        m_mode->addItem(modeText(mode), mode);
    layout->addWidget(m_mode);
    m_mode->setMinimumWidth(m_mode->sizeHint().width() / 2);
    m_dice->setObjectName(u"newSeedButton"_s);
    m_dice->setIcon(style()->standardIcon(QStyle::SP_BrowserReload)); // emoji fonts are not everywhere
    m_dice->setToolTip(tr("New random seed now"));
    m_dice->setAccessibleName(tr("New random seed"));
    layout->addWidget(m_dice);
    connect(m_dice, &QToolButton::clicked, this, [this] {
        // The web UI's randomize range, [0, 2^50), within the range the editor allows (an
        // administrator's seed range in kiosk mode, say).
        quint64 low = 0;
        quint64 high = (quint64(1) << 50) - 1;
        bool lowOk = false;
        bool highOk = false;
        const quint64 minimum = m_number->minimum().toULongLong(&lowOk);
        const quint64 maximum = m_number->maximum().toULongLong(&highOk);
        if (lowOk)
            low = std::max(low, minimum);
        if (highOk)
            high = std::min(high, maximum);
        if (high < low && lowOk) { // a range wholly above 2^50
            low = minimum;
            high = highOk ? maximum : std::numeric_limits<quint64>::max();
        }
        if (high < low)
            return;
        const quint64 span = high - low;
        const quint64 pick = span == std::numeric_limits<quint64>::max() ? QRandomGenerator::global()->generate64()
                                                                          : QRandomGenerator::global()->bounded(span + 1);
        m_number->setValue(QString::number(low + pick));
        m_number->setFocus();
    });
    setFocusProxy(m_number);
    for (QWidget *part : {static_cast<QWidget *>(m_number), static_cast<QWidget *>(m_mode), static_cast<QWidget *>(m_dice)})
        part->installEventFilter(this);
}

bool SeedEditor::eventFilter(QObject *watched, QEvent *event)
{
    // The view knows this widget as the editor, not its parts: when the focus leaves the
    // whole editor, say so as this widget, through the event filter the view installed on
    // it (and removes as it closes the editor, so a closed editor never commits again).
    if (event->type() == QEvent::FocusOut) {
        const auto reason = static_cast<QFocusEvent *>(event)->reason();
        const QWidget *focus = QApplication::focusWidget();
        if (reason != Qt::PopupFocusReason && (!focus || (focus != this && !isAncestorOf(focus)))) {
            QFocusEvent out(QEvent::FocusOut, reason);
            QCoreApplication::sendEvent(this, &out);
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString SeedEditor::modeText(const QString &mode)
{
    if (mode == "fixed"_L1)
        return tr("fixed");
    if (mode == "increment"_L1)
        return tr("increment");
    if (mode == "decrement"_L1)
        return tr("decrement");
    if (mode == "randomize"_L1)
        return tr("randomize");
    return mode; // a mode this version does not know, as the workflow names it
}

QString SeedEditor::mode() const
{
    return m_mode->currentData().toString();
}

void SeedEditor::setMode(const QString &mode)
{
    const int i = m_mode->findData(mode);
    if (i >= 0) {
        m_mode->setCurrentIndex(i);
    } else if (!mode.isEmpty()) {
        m_mode->addItem(mode, mode);
        m_mode->setCurrentIndex(m_mode->count() - 1);
    }
}

ComboEditor::ComboEditor(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_upload(new QToolButton(this))
{
    setObjectName(u"comboEditor"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_combo->setObjectName(u"choiceBox"_s);
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setMaxVisibleItems(20);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(12);
    auto *completer = new QCompleter(m_combo->model(), m_combo);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_combo->setCompleter(completer);
    layout->addWidget(m_combo, 1);
    m_upload->setObjectName(u"uploadButton"_s);
    m_upload->setText(tr("Upload…"));
    m_upload->setToolTip(tr("Upload an image from this computer to the server and use it"));
    m_upload->setVisible(false);
    layout->addWidget(m_upload);
    connect(m_upload, &QToolButton::clicked, this, [this] {
        // LoadVideo and LoadAudio upload through /upload/image too, as the web UI does
        // (run_media_audio/upload_wav.*).
        QString path;
        if (m_uploadKind == "video"_L1)
            path = QFileDialog::getOpenFileName(this, tr("Upload Video"), QString(),
                                                tr("Videos (*.mp4 *.webm *.mov *.mkv *.avi *.m4v *.gif)"));
        else if (m_uploadKind == "audio"_L1)
            path = QFileDialog::getOpenFileName(this, tr("Upload Audio"), QString(),
                                                tr("Sound (*.wav *.mp3 *.flac *.ogg *.opus *.m4a *.aac)"));
        else
            path = QFileDialog::getOpenFileName(this, tr("Upload Image"), QString(),
                                                tr("Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)"));
        if (!path.isEmpty())
            emit uploadRequested(path);
    });
    setFocusProxy(m_combo);
}

void ComboEditor::setChoices(const QStringList &choices, const QString &current)
{
    m_combo->clear();
    m_missing.clear();
    if (!current.isEmpty() && !choices.contains(current)) {
        // Kept, and flagged: the server does not have it (yet).
        m_missing = current;
        m_combo->addItem(tr("%1 (not on the server)").arg(current), current);
        m_combo->setItemData(0, QColor(0xd3, 0x2f, 0x2f), Qt::ForegroundRole);
    }
    for (const QString &choice : choices)
        m_combo->addItem(choice, choice);
    const int index = m_combo->findData(current);
    m_combo->setCurrentIndex(index < 0 ? 0 : index);
}

void ComboEditor::setUploadEnabled(bool enabled)
{
    m_upload->setVisible(enabled);
}

void ComboEditor::setUploadKind(const QString &kind)
{
    const bool known = kind == "image"_L1 || kind == "video"_L1 || kind == "audio"_L1;
    if (known)
        m_uploadKind = kind;
    m_upload->setToolTip(kind == "video"_L1   ? tr("Upload a video from this computer to the server and use it")
                         : kind == "audio"_L1 ? tr("Upload a sound file from this computer to the server and use it")
                                              : tr("Upload an image from this computer to the server and use it"));
    setUploadEnabled(known);
}

QString ComboEditor::value() const
{
    const QString typed = m_combo->currentText();
    // The typed text when it names a choice, else the selected item's value.
    const int exact = m_combo->findText(typed, Qt::MatchFixedString);
    if (exact >= 0)
        return m_combo->itemData(exact).toString();
    const QVariant selected = m_combo->currentData();
    return selected.isValid() ? selected.toString() : typed;
}

} // namespace Easel
