// libFuzzer target: the viewer's full-resolution tile reader (RegionReader::readPng), libpng
// driven row by row with every colour type expanded to ARGB32, a rectangle inside and one
// across the picture's edge. Inputs not starting with the PNG signature get it prepended.
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
    for (const QRect &rect : {QRect(1, 1, 7, 5), QRect(-4, -4, 300, 300)}) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        (void)Easel::RegionReader::pngSize(&buffer);
        const QImage region = Easel::RegionReader::readPng(&buffer, rect);
        if (!region.isNull() && region.width() > rect.width())
            __builtin_trap();
    }
    return 0;
}
