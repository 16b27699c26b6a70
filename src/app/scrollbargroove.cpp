#include "scrollbargroove.h"

#include "themestyle.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionSlider>

#include <algorithm>
#include <iterator>

namespace Easel {

namespace {

// QScrollBar::initStyleOption is protected: reached through a member pointer named in a
// class that makes it public (the bar's own option, transient state and all).
struct OptionAccess : QScrollBar
{
    using QScrollBar::initStyleOption;
};

QStyleOptionSlider optionOf(const QScrollBar *bar)
{
    QStyleOptionSlider option;
    void (QScrollBar::*init)(QStyleOptionSlider *) const = &OptionAccess::initStyleOption;
    (bar->*init)(&option);
    return option;
}

} // namespace

ScrollBarGroove *ScrollBarGroove::install(QScrollBar *bar)
{
    return new ScrollBarGroove(bar);
}

ScrollBarGroove::ScrollBarGroove(QScrollBar *bar)
    : QObject(bar), m_bar(bar)
{
    bar->installEventFilter(this);
}

bool ScrollBarGroove::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_bar && event->type() == QEvent::Paint)
        return paint();
    return QObject::eventFilter(watched, event);
}

bool ScrollBarGroove::paint()
{
    QStyle *style = m_bar->style();
    // The dark theme's ThemeStyle is Fusion with its check boxes' frames redrawn: its scroll
    // bars are Fusion's.
    const auto *themed = qobject_cast<const ThemeStyle *>(style);
    const QStyle *painting = themed ? themed->baseStyle() : style;
    if (m_bar->underMouse() || m_bar->isSliderDown() || QGuiApplication::mouseButtons() != Qt::NoButton
        || painting->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        return false; // Qt's QScrollBar::paintEvent
    // As QScrollBar::paintEvent, with no part hovered or pressed.
    QStyleOptionSlider option = optionOf(m_bar);
    option.subControls = QStyle::SC_All;
    option.activeSubControls = QStyle::SC_None;

    // What the groove's pixels depend on: the size and pixel ratio, the state (enabled,
    // orientation, focus...), the palette, the layout direction and the style.
    const qreal ratio = m_bar->devicePixelRatio();
    const qint64 key[6] = {qint64(option.rect.width()) << 32 | qint64(option.rect.height()), qRound64(ratio * 1000),
                           qint64(option.state), qint64(option.palette.cacheKey()),
                           qint64(option.direction) << 32 | qint64(option.orientation),
                           qint64(reinterpret_cast<quintptr>(style))};
    if (m_groove.isNull() || !std::equal(std::begin(key), std::end(key), std::begin(m_key))) {
        std::copy(std::begin(key), std::end(key), std::begin(m_key));
        m_groove = QImage(option.rect.size() * ratio, QImage::Format_ARGB32_Premultiplied);
        m_groove.setDevicePixelRatio(ratio);
        m_groove.fill(Qt::transparent);
        QPainter groovePainter(&m_groove);
        QStyleOptionSlider grooveOption = option;
        grooveOption.subControls &= ~(QStyle::SC_ScrollBarSlider | QStyle::SC_ScrollBarAddLine | QStyle::SC_ScrollBarSubLine);
        style->drawComplexControl(QStyle::CC_ScrollBar, &grooveOption, &groovePainter, m_bar);
        ++m_grooveDraws;
    }
    QPainter painter(m_bar);
    painter.drawImage(option.rect.topLeft(), m_groove);
    // The handle, in pieces shorter than the raster engine's threshold when it is long (a
    // queue of a few pages), each clipped to its piece: the same pixels, no thread.
    const QRect handle = style->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, m_bar);
    const bool vertical = option.orientation == Qt::Vertical;
    const int from = (vertical ? handle.top() : handle.left()) - handleMargin;
    const int to = (vertical ? handle.bottom() : handle.right()) + handleMargin;
    option.subControls = QStyle::SC_ScrollBarSlider;
    if (to - from < pieceLength) {
        style->drawComplexControl(QStyle::CC_ScrollBar, &option, &painter, m_bar);
    } else {
        for (int at = from; at <= to; at += pieceLength) {
            const int length = std::min(pieceLength, to + 1 - at);
            painter.setClipRect(vertical ? QRect(option.rect.left(), at, option.rect.width(), length)
                                         : QRect(at, option.rect.top(), length, option.rect.height()));
            style->drawComplexControl(QStyle::CC_ScrollBar, &option, &painter, m_bar);
        }
        painter.setClipping(false);
    }
    // Last, as Fusion draws them: the arrow buttons cover the handle's ends.
    option.subControls = QStyle::SC_ScrollBarAddLine | QStyle::SC_ScrollBarSubLine;
    style->drawComplexControl(QStyle::CC_ScrollBar, &option, &painter, m_bar);
    return true;
}

} // namespace Easel
