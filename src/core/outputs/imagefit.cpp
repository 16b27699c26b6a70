#include "imagefit.h"

#include <QPainter>
#include <QPointF>
#include <QTransform>

#include <algorithm>
#include <cmath>

namespace Easel {

QRect ImageFit::cropRect(QSize turnedSize) const
{
    if (!target.isValid() || target.isEmpty() || turnedSize.isEmpty())
        return QRect(QPoint(0, 0), turnedSize);
    // The largest rectangle of the target's aspect inside the picture.
    const double aspect = double(target.width()) / target.height();
    int w = turnedSize.width();
    int h = int(std::lround(w / aspect));
    if (h > turnedSize.height()) {
        h = turnedSize.height();
        w = int(std::lround(h * aspect));
    }
    w = std::clamp(w, 1, turnedSize.width());
    h = std::clamp(h, 1, turnedSize.height());
    const int x = int(std::lround((turnedSize.width() - w) * std::clamp(focus.x(), 0.0, 1.0)));
    const int y = int(std::lround((turnedSize.height() - h) * std::clamp(focus.y(), 0.0, 1.0)));
    return QRect(x, y, w, h);
}

QImage ImageFit::apply(const QImage &image) const
{
    QImage turned = image;
    const int turns = ((quarterTurns % 4) + 4) % 4;
    if (turns)
        turned = image.transformed(QTransform().rotate(90.0 * turns));
    if (mode == Mode::Keep || !target.isValid() || target.isEmpty())
        return turned;
    switch (mode) {
    case Mode::Crop:
        return turned.copy(cropRect(turned.size())).scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    case Mode::Stretch:
        return turned.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    case Mode::Fit: {
        const QImage scaled = turned.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QImage out(target, QImage::Format_ARGB32);
        out.fill(Qt::black);
        QPainter painter(&out);
        painter.drawImage(QPoint((target.width() - scaled.width()) / 2, (target.height() - scaled.height()) / 2), scaled);
        return out;
    }
    case Mode::Keep:
        break;
    }
    return turned;
}

} // namespace Easel
