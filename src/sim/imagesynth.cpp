#include "imagesynth.h"

#include <QBuffer>
#include <QLinearGradient>
#include <QPainter>

namespace Easel::Sim::ImageSynth {

QImage outputImage(QSize size, int index, quint32 seed)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, size.width(), size.height());
    gradient.setColorAt(0, QColor::fromHsv(int((seed + quint32(index) * 40) % 360), 180, 220));
    gradient.setColorAt(1, QColor::fromHsv(int((seed + 180) % 360), 200, 90));
    painter.fillRect(image.rect(), gradient);
    return image;
}

QByteArray preview(QSize source, int step, int steps, int maxSize, bool png)
{
    QSize size = source.isValid() ? source : QSize(512, 512);
    size.scale(maxSize, maxSize, Qt::KeepAspectRatio);
    QImage image(size.expandedTo(QSize(1, 1)), QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, image.width(), image.height());
    gradient.setColorAt(0, QColor(30, 30, 60));
    gradient.setColorAt(1, QColor(60, 160, 200));
    painter.fillRect(image.rect(), gradient);
    const int barWidth = steps > 0 ? image.width() * step / steps : 0;
    painter.fillRect(QRect(0, image.height() - image.height() / 10, barWidth, image.height() / 10),
                     QColor(240, 200, 40));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, png ? "PNG" : "JPEG", png ? -1 : 95);
    return bytes;
}

} // namespace Easel::Sim::ImageSynth
