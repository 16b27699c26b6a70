// libFuzzer target: the viewer's full-resolution tile reader (RegionReader::readPng), libpng
// driven row by row with every colour type expanded to ARGB32, a rectangle inside and one
// across the picture's edge; and PngRowIndex's own inflate-and-unfilter decoder with its
// checkpoints, checked pixel for pixel against libpng. Inputs not starting with the PNG
// signature get it prepended.
#include "pngrowindex.h"
#include "regionreader.h"

#include <QBuffer>
#include <QByteArray>
#include <QRect>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!bytes.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)))
        bytes.prepend(QByteArray("\x89PNG\r\n\x1a\n", 8));
    // One index for both rectangles: the second read (above the first) starts from a
    // checkpoint when the picture is tall enough to have one.
    Easel::PngRowIndex index;
    for (const QRect &rect : {QRect(1, 70, 7, 5), QRect(1, 1, 7, 5), QRect(-4, -4, 300, 300)}) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        (void)Easel::RegionReader::pngSize(&buffer);
        const QImage region = Easel::RegionReader::readPng(&buffer, rect);
        if (!region.isNull() && region.width() > rect.width())
            __builtin_trap();
        // The index's own decoder must give libpng's pixels whenever both read the file.
        const std::optional<QImage> indexed = index.readRegion(&buffer, rect);
        if (indexed && !indexed->isNull() && !region.isNull() && *indexed != region)
            __builtin_trap();
    }
    return 0;
}
