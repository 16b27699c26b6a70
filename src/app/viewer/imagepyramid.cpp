#include "imagepyramid.h"

#include "pngbanddecoder.h"
#include "pngchunkscreen.h"
#include "pngrowindex.h"

#include <QCoreApplication>
#include <QFile>
#include <QImageReader>

using namespace Qt::StringLiterals;

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

ImagePyramid ImagePyramid::load(const QString &path, int maxSide, Levels levels, const RowsCallback &onRows,
                                const std::atomic<bool> *cancel)
{
    ImagePyramid pyramid;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        PngBandDecoder decoder(&file);
        QString error;
        const bool opened = decoder.open(&error);
        // Not a PNG, or a layout the decoder leaves to Qt: QImageReader below.
        if (opened || (!error.isEmpty() && error != u"not a PNG file"_s)) {
            const QSize full = decoder.size();
            if (!opened) {
                pyramid.error = error;
                return pyramid;
            }
            if (qint64(full.width()) * full.height() > maxFilePixels) {
                pyramid.error = QCoreApplication::translate("Easel::ImagePyramid", "The image is too large (%1 × %2).")
                                    .arg(full.width())
                                    .arg(full.height());
                return pyramid;
            }
            PngBandDecoder::Options options;
            options.factor = PngBandDecoder::factorFor(full, maxSide);
            options.cancel = cancel;
            // Scaled down: the viewer reads full-resolution tiles later, from these.
            if (options.factor > 1)
                options.checkpointEvery = PngRowIndex::intervalFor(full.height());
            if (onRows) {
                options.onBand = [&onRows, full](const PngBandDecoder::Band &band) {
                    if (band.rowsReady >= band.size.height())
                        return; // the whole picture: returned, not handed out
                    ImagePyramid partial;
                    partial.fullSize = full;
                    partial.levels.append(band.view());
                    partial.keepAlive = band.pixels;
                    onRows(partial, band.rowsReady);
                };
            }
            const QImage image = decoder.decode(options, &error);
            if (image.isNull()) {
                pyramid.error = error;
                return pyramid;
            }
            ImagePyramid loaded = fromImage(image, full, levels);
            if (options.factor > 1) {
                loaded.rowIndex = std::make_shared<PngRowIndex>();
                loaded.rowIndex->adoptCheckpoints(full.height(), decoder.takeCheckpoints());
            }
            return loaded;
        }
    }
    if (const QString problem = PngChunkScreen::fileProblem(path); !problem.isEmpty()) {
        pyramid.error = problem;
        return pyramid;
    }
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
