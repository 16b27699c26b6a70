#pragma once

#include <QProxyStyle>

namespace Easel {

// Fusion, for the dark theme, with unchecked boxes that can be seen. Fusion draws a check
// box's frame in the window colour darkened by 40 %: on a dark window that is a near-black
// line around a near-black box (the gallery's "Favourites", a menu's "Favourite"), which
// reads as no control at all. The frame is drawn again here between the window and the
// text colour; everything else is Fusion's.
class ThemeStyle : public QProxyStyle
{
    Q_OBJECT
public:
    explicit ThemeStyle(QStyle *base);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

    // The frame's colour over this palette: a third of the way from the window to the text.
    static QColor frameColour(const QPalette &palette);
};

} // namespace Easel
