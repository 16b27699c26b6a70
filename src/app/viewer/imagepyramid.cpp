#include "imagepyramid.h"

#include <QCoreApplication>
#include <QImageReader>

namespace Easel {

namespace {
constexpr int smallestLevel = 256;
} // namespace

double ImagePyramid::workingScale() const
{
    if (levels.isEmpty() || fullSize.width() <= 0)
        return 1.0;
    return double(levels.first().width()) / fullSize.width();
}

const QImage &ImagePyramid::levelFor(double zoom, double *levelScale) const
{
    static const QImage none;
    if (levels.isEmpty()) {
        *levelScale = 1.0;
        return none;
    }
    double scale = workingScale();
    int chosen = 0;
    // Halve while the next level still has at least as many pixels as the screen shows.
    for (int i = 1; i < levels.size(); ++i) {
        const double next = scale / 2.0;
        if (next < zoom)
            break;
        scale = next;
        chosen = i;
    }
    *levelScale = double(levels.at(chosen).width()) / std::max(1, fullSize.width());
    return levels.at(chosen);
}

ImagePyramid ImagePyramid::fromImage(const QImage &image, QSize fullSize, Levels levels)
{
    ImagePyramid pyramid;
    if (image.isNull())
        return pyramid;
    pyramid.fullSize = fullSize.isValid() ? fullSize : image.size();
    // Formats the raster engine draws fastest; indexed or 16-bit images are converted once.
    QImage level = image;
    if (level.format() != QImage::Format_RGB32 && level.format() != QImage::Format_ARGB32_Premultiplied
        && level.format() != QImage::Format_ARGB32) {
        level = level.convertToFormat(level.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                              : QImage::Format_RGB32);
    }
    pyramid.levels.append(level);
    while (levels == Levels::All && std::max(level.width(), level.height()) > smallestLevel * 2) {
        // Halving with smooth filtering averages 2×2 blocks: no aliasing on the way down.
        level = level.scaled(std::max(1, level.width() / 2), std::max(1, level.height() / 2),
                             Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        pyramid.levels.append(level);
    }
    return pyramid;
}

ImagePyramid ImagePyramid::load(const QString &path, int maxSide, Levels levels)
{
    ImagePyramid pyramid;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid()) {
        pyramid.error = reader.canRead()
                            ? QCoreApplication::translate("Easel::ImagePyramid", "The image has no size.")
                            : reader.errorString();
        return pyramid;
    }
    if (qint64(size.width()) * size.height() > maxFilePixels) {
        pyramid.error = QCoreApplication::translate("Easel::ImagePyramid", "The image is too large (%1 × %2).")
                            .arg(size.width())
                            .arg(size.height());
        return pyramid;
    }
    QSize working = size;
    if (std::max(size.width(), size.height()) > maxSide)
        working = size.scaled(maxSide, maxSide, Qt::KeepAspectRatio);
    if (working != size)
        reader.setScaledSize(working);
    QImage image = reader.read();
    if (image.isNull()) {
        pyramid.error = reader.errorString();
        return pyramid;
    }
    // Auto-transform may have turned the picture: the file's size follows it.
    QSize full = size;
    if ((image.width() > image.height()) != (working.width() > working.height()))
        full.transpose();
    return fromImage(image, full, levels);
}

} // namespace Easel
