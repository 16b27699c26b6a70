#include "themestyle.h"

#include <QPainter>
#include <QStyleOption>

namespace Easel {

ThemeStyle::ThemeStyle(QStyle *base)
    : QProxyStyle(base)
{}

QColor ThemeStyle::frameColour(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    const auto mix = [](int from, int to) { return from + (to - from) / 3; };
    return QColor(mix(window.red(), text.red()), mix(window.green(), text.green()), mix(window.blue(), text.blue()));
}

void ThemeStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                               const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_IndicatorCheckBox || !option)
        return;
    // Keyboard focus keeps Fusion's highlighted frame.
    if ((option->state & State_HasFocus) && (option->state & State_KeyboardFocusChange))
        return;
    // Fusion's own geometry for the frame: the rect less one pixel, on pixel centres.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->translate(0.5, 0.5);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(frameColour(option->palette));
    painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
    painter->restore();
}

} // namespace Easel
