#include "inputdelegate.h"
#include "inputdelegate_p.h"

#include "inputeditors.h"
#include "workflowmodel.h"

#include <QApplication>
#include <QPainter>
#include <QTextOption>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

using InputDelegateDetail::isNode;
using InputDelegateDetail::rowsMayDiffer;

QString thumbKey(const QModelIndex &index)
{
    return index.data(WorkflowModel::NodeIdRole).toString() + QChar(0x1f)
        + index.data(WorkflowModel::InputNameRole).toString();
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

InputDelegate::InputDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

bool InputDelegate::setThumbnail(const QString &nodeId, const QString &input, const QImage &image)
{
    const QString key = nodeId + QChar(0x1f) + input;
    if (m_thumbnails.value(key).cacheKey() == image.cacheKey())
        return false;
    if (image.isNull())
        m_thumbnails.remove(key);
    else
        m_thumbnails.insert(key, image);
    return true;
}

void InputDelegate::setUploadPercent(const QString &nodeId, const QString &input, int percent)
{
    const QString key = nodeId + QChar(0x1f) + input;
    if (percent < 0)
        m_uploadPercent.remove(key);
    else
        m_uploadPercent.insert(key, std::min(percent, 100));
}

QImage InputDelegate::thumbnail(const QString &nodeId, const QString &input) const
{
    return m_thumbnails.value(nodeId + QChar(0x1f) + input);
}

void InputDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QPalette &palette = option->palette;
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const QColor error = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    const bool hasError = !index.data(WorkflowModel::ErrorRole).toString().isEmpty();

    if (isNode(index)) {
        const int mode = index.data(WorkflowModel::ModeRole).toInt();
        if (index.column() == WorkflowModel::NameColumn) {
            option->font.setBold(true);
            if (index.data(WorkflowModel::FavouriteRole).toBool())
                option->text = u"★ "_s + option->text;
        } else {
            option->palette.setColor(QPalette::Text, palette.color(QPalette::PlaceholderText));
        }
        // ComfyUI's colours: bypassed nodes purple, muted ones faded.
        if (mode == 4) {
            option->backgroundBrush = mix(palette.color(QPalette::Base), QColor(0x9c, 0x27, 0xb0), dark ? 0.35 : 0.18);
        } else if (mode == 2) {
            option->palette.setColor(QPalette::Text, palette.color(QPalette::PlaceholderText));
            option->font.setItalic(true);
        } else if (index.data(WorkflowModel::RunningRole).toBool()) {
            option->backgroundBrush = mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.3);
        } else {
            option->backgroundBrush = mix(palette.color(QPalette::Base), palette.color(QPalette::AlternateBase), 0.6);
        }
        if (!index.data(WorkflowModel::KnownRole).toBool() && index.column() == WorkflowModel::ValueColumn)
            option->palette.setColor(QPalette::Text, error);
        if (hasError && index.column() == WorkflowModel::NameColumn) {
            option->icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
        return;
    }
    if (index.column() == WorkflowModel::ValueColumn) {
        if (index.data(WorkflowModel::IsLinkRole).toBool()) {
            option->palette.setColor(QPalette::Text, palette.color(QPalette::Link));
        } else if (!index.data(WorkflowModel::InvalidValueRole).toString().isEmpty()) {
            option->palette.setColor(QPalette::Text, error);
            option->font.setBold(true);
        } else if (index.data(WorkflowModel::HasControlRole).toBool()) {
            const QString mode = index.data(WorkflowModel::ControlModeRole).toString();
            if (mode != "fixed"_L1)
                option->text += u"  ⟳ "_s + SeedEditor::modeText(mode);
        }
        if (const auto upload = m_uploadPercent.constFind(thumbKey(index)); upload != m_uploadPercent.constEnd()) {
            option->text = tr("Uploading… %1 %").arg(*upload);
            option->palette.setColor(QPalette::Text, palette.color(QPalette::PlaceholderText));
        }
        const auto thumb = m_thumbnails.constFind(thumbKey(index));
        if (thumb != m_thumbnails.constEnd()) {
            option->icon = QIcon(QPixmap::fromImage(*thumb));
            option->features |= QStyleOptionViewItem::HasDecoration;
            // Within the row: the tree's rows are all as high as the first (uniformRowHeights).
            const int height = option->fontMetrics.height() + 4;
            option->decorationSize = QSize(height * 2, height);
        }
    } else if (index.data(WorkflowModel::ExposedRole).toBool()) {
        option->font.setBold(true);
    }
    if (hasError) {
        option->palette.setColor(QPalette::Text, error);
        if (index.column() == WorkflowModel::NameColumn) {
            option->icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
    }
}

bool InputDelegate::isTextBox(const QModelIndex &index)
{
    return !isNode(index) && index.data(WorkflowModel::MultilineRole).toBool()
           && !index.data(WorkflowModel::IsLinkRole).toBool();
}

namespace {

int valueColumnWidth(const QStyleOptionViewItem &option)
{
    const auto *tree = qobject_cast<const QTreeView *>(option.widget);
    return tree ? tree->columnWidth(WorkflowModel::ValueColumn) : option.rect.width();
}

QRect textRect(const QRect &cell)
{
    return cell.adjusted(6, 5, -8, -5);
}

} // namespace

void InputDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != WorkflowModel::ValueColumn || !isTextBox(index) || !rowsMayDiffer(option.widget)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The row's selection and background, then a box that reads as a text field.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    painter->save();
    const QRect box = option.rect.adjusted(2, 2, -3, -2);
    painter->setPen(option.palette.color(QPalette::Mid));
    painter->setBrush(option.palette.color(QPalette::Base));
    painter->drawRoundedRect(box, 3, 3);
    const QString text = index.data(WorkflowModel::ValueTextRole).toString();
    painter->setPen(opt.palette.color(QPalette::Text));
    painter->setFont(opt.font);
    const QRect area = textRect(option.rect);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    painter->setClipRect(area);
    if (text.isEmpty()) {
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        painter->drawText(area, tr("Empty: click to write"), wrap);
    } else {
        painter->drawText(area, text, wrap);
    }
    painter->restore();
}

QSize InputDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
    if (isTextBox(index) && rowsMayDiffer(option.widget)) {
        // The text as the box wraps it, grown line by line with what it holds.
        const int width = std::max(80, valueColumnWidth(option) - 14);
        const QString text = index.data(WorkflowModel::ValueTextRole).toString();
        const QRect bounds = option.fontMetrics.boundingRect(QRect(0, 0, width, 1 << 20),
                                                             Qt::TextWordWrap | Qt::TextWrapAnywhere, text);
        const int line = option.fontMetrics.lineSpacing();
        const int lines = std::clamp((bounds.height() + line - 1) / line, minTextLines, maxTextLines);
        size.setHeight(std::max(size.height(), lines * line + 10));
    }
    return size;
}


} // namespace Easel
