// libFuzzer target: the viewer's fast PNG reader (PngBandDecoder). Each input is decoded
// whole on one thread and on two (inflate beside unfilter), which must agree, and checked
// pixel for pixel against libpng (RegionReader's row-by-row reader) whenever both read it;
// then reduced by 3, again on one thread and on two, keeping inflate checkpoints that
// PngRowIndex then reads the bottom rows from. Inputs not starting with the PNG
// signature get it prepended. Pictures over 4 M pixels are only opened (the viewer refuses
// what it cannot hold; a decode that size is a timeout, not a finding).
#include "pngbanddecoder.h"
#include "pngrowindex.h"
#include "regionreader.h"

#include <QBuffer>
#include <QByteArray>
#include <QRect>

#include <cstddef>
#include <cstdint>

namespace {
QImage decode(QByteArray &bytes, int factor, bool pipelined, QSize *size,
             std::vector<Easel::PngCheckpoint> *checkpoints = nullptr)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Easel::PngBandDecoder decoder(&buffer);
    if (!decoder.open())
        return {};
    *size = decoder.size();
    if (qint64(size->width()) * size->height() > 4 * 1024 * 1024)
        return {};
    Easel::PngBandDecoder::Options options;
    options.factor = factor;
    options.pipelined = pipelined;
    options.bandInterval = 7;
    if (checkpoints)
        options.checkpointEvery = Easel::PngRowIndex::intervalFor(size->height());
    int lastRows = 0;
    options.onBand = [&lastRows](const Easel::PngBandDecoder::Band &band) {
        // Bands arrive top first and never shrink.
        if (band.rowsReady < lastRows || band.rowsReady > band.size.height())
            __builtin_trap();
        lastRows = band.rowsReady;
    };
    QImage image = decoder.decode(options);
    if (checkpoints)
        *checkpoints = decoder.takeCheckpoints();
    return image;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!bytes.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)))
        bytes.prepend(QByteArray("\x89PNG\r\n\x1a\n", 8));
    QSize pictureSize;
    const QImage alone = decode(bytes, 1, false, &pictureSize);
    const QImage paired = decode(bytes, 1, true, &pictureSize);
    if (alone.isNull() != paired.isNull() || alone != paired)
        __builtin_trap();
    if (!alone.isNull()) {
        if (alone.size() != pictureSize)
            __builtin_trap();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        const QImage fromLibpng = Easel::RegionReader::readPng(&buffer, QRect(QPoint(0, 0), pictureSize));
        if (!fromLibpng.isNull() && fromLibpng.convertToFormat(alone.format()) != alone)
            __builtin_trap();
        std::vector<Easel::PngCheckpoint> checkpoints;
        const QImage reducedAlone = decode(bytes, 3, false, &pictureSize);
        const QImage reducedPaired = decode(bytes, 3, true, &pictureSize, &checkpoints);
        if (reducedAlone != reducedPaired || reducedAlone.size() != Easel::PngBandDecoder::reducedSize(pictureSize, 3))
            __builtin_trap();
        // The row index, started from the decode's checkpoints, reads the bottom rows as the
        // whole decode gave them (its pixels unpremultiplied: compared in the decode's format).
        Easel::PngRowIndex index;
        index.adoptCheckpoints(pictureSize.height(), std::move(checkpoints));
        const QRect bottom =
            QRect(0, pictureSize.height() - 3, pictureSize.width(), 3).intersected(QRect(QPoint(0, 0), pictureSize));
        const std::optional<QImage> rows = index.readRegion(&buffer, bottom);
        if (rows && !rows->isNull() && rows->convertToFormat(alone.format()) != alone.copy(bottom))
            __builtin_trap();
    }
    return 0;
}
