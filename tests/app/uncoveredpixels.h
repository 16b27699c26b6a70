#pragma once

// For widgets marked Qt::WA_OpaquePaintEvent (their parents are not painted under them): a
// widget so marked must paint every one of its pixels. Drawn over magenta without its
// parents' background, the pixels still magenta are the ones it left uncovered.
#include <QColor>
#include <QImage>
#include <QWidget>

inline int uncoveredPixels(QWidget *widget)
{
    QImage image(widget->size(), QImage::Format_ARGB32);
    image.fill(Qt::magenta);
    widget->render(&image, {}, {}, QWidget::DrawChildren);
    const QRgb magenta = QColor(Qt::magenta).rgb();
    int uncovered = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            uncovered += image.pixel(x, y) == magenta ? 1 : 0;
    }
    return uncovered;
}
