#include "queuetextdelegate.h"

#include "batchnames.h"
#include "queuemodel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace Easel {

QString QueueTextDelegate::elidedName(const QFontMetrics &metrics, const QString &text, int leadLength, int width,
                                      Qt::TextElideMode mode)
{
    if (leadLength <= 0 || leadLength >= text.size() || metrics.horizontalAdvance(text) <= width)
        return metrics.elidedText(text, mode, width);
    const QString ellipsis(QChar(0x2026));
    const QString lead = text.left(leadLength);
    const QString tail = text.mid(leadLength); // " 2/12 · Seed 7"
    // A numbered label ("Text to image (SD 1.5) #6") keeps its number, which tells it from
    // the document's other batches, and cuts the document's name ("Text to i… #6").
    const qsizetype number = BatchNames::numberStart(lead);
    const QString kept = number > 0 ? lead.mid(number) : QString();
    const auto cutLead = [&](int room) -> QString {
        const int keptWidth = metrics.horizontalAdvance(kept);
        if (!kept.isEmpty() && room - keptWidth >= metrics.horizontalAdvance(ellipsis)) {
            const QString cut = metrics.elidedText(lead.left(number), Qt::ElideRight, room - keptWidth);
            return (cut.isEmpty() ? ellipsis : cut) + kept;
        }
        const QString cut = metrics.elidedText(lead, Qt::ElideRight, room);
        return cut.isEmpty() ? ellipsis : cut;
    };
    const int tailWidth = metrics.horizontalAdvance(tail);
    if (width - tailWidth >= metrics.horizontalAdvance(ellipsis))
        return cutLead(width - tailWidth) + tail;
    // The end does not fit either: the label (up to half of the width: "Tex…" of "Text to
    // image" named nothing at the dock's width at 1366), the position whole, what the job
    // changes cut at its end (it is whole in the tooltip).
    const qsizetype changes = tail.indexOf(u" · ");
    const int positionWidth = metrics.horizontalAdvance(changes < 0 ? tail : tail.left(changes));
    QString start = cutLead(std::max(width / 4, std::min(width / 2, width - positionWidth - 3 * metrics.horizontalAdvance(ellipsis))));
    if (width - metrics.horizontalAdvance(start) < positionWidth + metrics.horizontalAdvance(ellipsis))
        start = ellipsis;
    return start + metrics.elidedText(tail, Qt::ElideRight, std::max(0, width - metrics.horizontalAdvance(start)));
}

QSize QueueTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (opt.features & (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator)
        || opt.text.contains(QChar::LineSeparator) || opt.text.contains(u'\n'))
        return QStyledItemDelegate::sizeHint(option, index);
    if (opt.font != m_sizesFont || m_sizes.size() > maxCached) {
        m_sizes.clear();
        m_sizesFont = opt.font;
    }
    const QString key = QString::number(int(opt.features)) + u':' + opt.text;
    if (const auto it = m_sizes.constFind(key); it != m_sizes.cend())
        return *it;
    ++m_sizesAsked;
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    m_sizes.insert(key, size);
    return size;
}

void QueueTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    if (opt.features & (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator)
        || opt.text.contains(QChar::LineSeparator) || opt.text.contains(u'\n')) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QString text = opt.text;
    opt.text.clear();
    // Selection, focus frame and a background of the model's, as the style draws them; a
    // plain cell has none of them (the view paints the alternating row colour under it)
    // and asking the style for nothing cost more than its text.
    const bool plain = !(opt.state & (QStyle::State_Selected | QStyle::State_HasFocus))
                       && opt.backgroundBrush.style() == Qt::NoBrush;
    if (!plain)
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;
    // The text rectangle and margin QCommonStyle uses for an item's text: with no check
    // box and no icon, the whole cell.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect rect = opt.rect.adjusted(margin, 0, -margin, 0);
    if (rect.width() <= 0)
        return;
    if (opt.font != m_cacheFont || m_cache.size() > maxCached) {
        m_cache.clear();
        m_cacheFont = opt.font;
    }
    const QString key = QString::number(int(opt.textElideMode)) + u':' + QString::number(rect.width()) + u':' + text;
    auto it = m_cache.find(key);
    if (it == m_cache.end()) {
        ++m_layouts;
        // The Job column's names keep what tells a batch's jobs apart (asked on a miss only:
        // the same text in the same row has the same label).
        const int lead = index.column() == QueueModel::JobColumn ? index.data(QueueModel::NameLeadLengthRole).toInt() : 0;
        QStaticText laid(elidedName(opt.fontMetrics, text, lead, rect.width(), opt.textElideMode));
        laid.setTextFormat(Qt::PlainText);
        laid.setPerformanceHint(QStaticText::AggressiveCaching);
        laid.prepare(painter->transform(), opt.font);
        it = m_cache.insert(key, laid);
    }
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active)  ? QPalette::Active
                                                                             : QPalette::Inactive;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                                 : QPalette::Text));
    const QSizeF size = it->size();
    qreal x = rect.left();
    const Qt::Alignment horizontal = QStyle::visualAlignment(opt.direction, opt.displayAlignment) & Qt::AlignHorizontal_Mask;
    if (horizontal & Qt::AlignRight)
        x = rect.right() + 1 - size.width();
    else if (horizontal & Qt::AlignHCenter)
        x = rect.left() + (rect.width() - size.width()) / 2;
    const qreal y = rect.top() + (rect.height() - size.height()) / 2;
    painter->setClipRect(rect, Qt::IntersectClip);
    painter->drawStaticText(QPointF(x, y), *it);
    painter->restore();
}

} // namespace Easel
