#pragma once

#include <QColor>
#include <QObject>

class QProgressBar;

namespace Easel {

// A progress bar's text over its fill, readable in every theme. Styles write the part of
// the text over the bar's fill (the palette's Highlight) in HighlightedText: white on the
// themes' mid blues is about 3.3-3.7:1, under WCAG's 4.5:1. This keeps the bar's
// HighlightedText black or white, whichever contrasts more with its Highlight, and works it
// out again when the palette changes (a theme switch), not per frame. Owned by the bar.
class BarTextContrast : public QObject
{
    Q_OBJECT
public:
    static void apply(QProgressBar *bar);

    // Black or white, whichever contrasts more with fill.
    static QColor textOver(const QColor &fill);
    // WCAG 2's relative luminance of an sRGB colour.
    static double relativeLuminance(const QColor &colour);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit BarTextContrast(QProgressBar *bar);
    void update();

    QProgressBar *m_bar;
};

} // namespace Easel
