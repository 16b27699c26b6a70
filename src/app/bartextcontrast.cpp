#include "bartextcontrast.h"

#include <QEvent>
#include <QPalette>
#include <QProgressBar>

#include <cmath>

namespace Easel {

void BarTextContrast::apply(QProgressBar *bar)
{
    new BarTextContrast(bar);
}

BarTextContrast::BarTextContrast(QProgressBar *bar)
    : QObject(bar), m_bar(bar)
{
    bar->installEventFilter(this);
    update();
}

double BarTextContrast::relativeLuminance(const QColor &colour)
{
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF());
}

QColor BarTextContrast::textOver(const QColor &fill)
{
    // Contrast with white is 1.05 / (L + 0.05), with black (L + 0.05) / 0.05: black wins
    // above L = sqrt(1.05 * 0.05) - 0.05, about 0.179.
    return relativeLuminance(fill) > 0.179 ? QColor(Qt::black) : QColor(Qt::white);
}

bool BarTextContrast::eventFilter(QObject *watched, QEvent *event)
{
    // The bar's palette is resolved again when the application's or the parent's changes;
    // its own HighlightedText stays, the Highlight under it may not.
    if (watched == m_bar && event->type() == QEvent::PaletteChange)
        update();
    return QObject::eventFilter(watched, event);
}

void BarTextContrast::update()
{
    const QPalette current = m_bar->palette();
    // Only HighlightedText is the bar's own: every other role still follows the parent's
    // and the application's palette.
    QPalette own;
    bool changed = false;
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const QColor text = textOver(current.color(group, QPalette::Highlight));
        own.setColor(group, QPalette::HighlightedText, text);
        changed = changed || current.color(group, QPalette::HighlightedText) != text;
    }
    // Setting it sends PaletteChange again; then nothing differs and nothing is set.
    if (changed)
        m_bar->setPalette(own);
}

} // namespace Easel
