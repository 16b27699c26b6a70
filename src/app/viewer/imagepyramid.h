#pragma once

#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace Easel {

class PngRowIndex;

// An image ready to be shown at any zoom without scaling the full picture on every paint:
// a working copy (the full image, or for very large ones a copy read scaled down while
// decoding, so memory stays bounded) and smaller copies halved each step, down to about
// 256 px. A paint picks the smallest level that is still at least as large as the screen
// needs and lets the painter filter that one: smooth at every zoom, one cheap drawImage.
struct ImagePyramid
{
    QSize fullSize;      // the pixel size of the file
    QList<QImage> levels; // levels[0] is the working copy; each next one is half as large
    QString error;       // why nothing could be read (empty when levels is not empty)
    // Memory a level is a view of (the rows of a PNG still decoding), kept while it is shown.
    std::shared_ptr<const void> keepAlive;
    // A PNG read scaled down: its row index with the inflate checkpoints of this decode, so
    // full-resolution tiles anywhere cost one band of rows from the first one on.
    std::shared_ptr<PngRowIndex> rowIndex;

    bool isNull() const { return levels.isEmpty(); }
    // Working-copy pixels per file pixel (1 unless the file was read scaled down).
    double workingScale() const;
    // The level to draw at `zoom` screen pixels per file pixel, and its pixels per file pixel.
    const QImage &levelFor(double zoom, double *levelScale) const;

    // Longest side of the working copy: an 8k or 16k image is read scaled to at most this
    // while it is decoded (a PNG by a whole factor, 16384 to 4096; other files through
    // QImageReader's scaled read, which keeps one row of the file in memory), so it costs
    // 64 MiB, not 1 GiB.
    static constexpr int maxWorkingSide = 4096;
    static constexpr qint64 maxFilePixels = 32768LL * 32768;

    // Reads a file (any format Qt reads). Runs on a worker thread; never on the GUI thread.
    // With Levels::WorkingCopyOnly only levels[0] is made: the picture can be on screen
    // sooner, and the smaller levels follow (withLevels()).
    // 8-bit RGB/RGBA PNGs (what image generators write) go through PngBandDecoder: inflated
    // on a second thread, reduced by a whole factor, and handed out top first: `onRows` is
    // called on the decoding thread with a pyramid of the rows ready so far (a view of the
    // working copy being written, kept alive by keepAlive). Setting `cancel` stops the decode.
    enum class Levels { All, WorkingCopyOnly };
    using RowsCallback = std::function<void(const ImagePyramid &partial, int rowsReady)>;
    static ImagePyramid load(const QString &path, int maxSide = maxWorkingSide, Levels levels = Levels::All,
                             const RowsCallback &onRows = {}, const std::atomic<bool> *cancel = nullptr);
    // Builds the levels of an image already in memory (live preview frames, tests).
    static ImagePyramid fromImage(const QImage &image, QSize fullSize = {}, Levels levels = Levels::All);
    ImagePyramid withLevels() const
    {
        ImagePyramid complete = fromImage(levels.value(0), fullSize);
        complete.rowIndex = rowIndex;
        return complete;
    }
};

} // namespace Easel
