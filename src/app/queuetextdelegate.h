#pragma once

#include <QFont>
#include <QFontMetrics>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace Easel {

// The queue's cells as the style draws them (background, selection, focus), with each
// cell's elided text kept as a prepared QStaticText. Qt's tree view repaints all visible
// rows whenever a row comes or goes (a queued or dropped job), and the style would elide
// and shape every cell's text again each frame (HarfBuzz); the same text at the same
// width is laid out once. A new font, or too many texts kept, starts the cache afresh.
// Cells with a decoration or rich content are left to QStyledItemDelegate.
class QueueTextDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The style's size for a plain cell, kept per text: the tree view asks for its first
    // row's sizes on every layout, i.e. whenever a job is queued, and the style laid the
    // cells' texts out for it each time.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // A job's name cut to width: "sd15_basic.json 2/12 · Seed 7" keeps its end, which tells
    // the batch's jobs apart, and cuts its first leadLength characters (the batch's label)
    // at their end ("sd15_ba… 2/12 · Seed 7"); when even the end does not fit, it is cut
    // at its own end ("…2/12 · Se…"). leadLength 0: the view's elide mode over the whole.
    static QString elidedName(const QFontMetrics &metrics, const QString &text, int leadLength, int width,
                              Qt::TextElideMode mode);
    // How many texts were elided and laid out (cache misses) so far: tests read it.
    qint64 layoutCount() const { return m_layouts; }
    // How many sizes were asked of the style (cache misses) so far: tests read it.
    qint64 sizeCount() const { return m_sizesAsked; }

private:
    static constexpr int maxCached = 4096;
    mutable QHash<QString, QStaticText> m_cache; // key: elide mode, width, text
    mutable QFont m_cacheFont;
    mutable qint64 m_layouts = 0;
    mutable QHash<QString, QSize> m_sizes; // key: features, text
    mutable QFont m_sizesFont;
    mutable qint64 m_sizesAsked = 0;
};

} // namespace Easel
