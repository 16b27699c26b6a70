#include "pngstreamheader.h"

#include <QIODevice>
#include <QString>
#include <QtEndian>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
constexpr quint32 maxWidth = 65536; // the widest row accepted, as RegionReader's libpng path

quint32 be32(const char *bytes)
{
    return qFromBigEndian<quint32>(bytes);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

bool readPngStreamHeader(QIODevice *device, PngStreamHeader *header, QString *error)
{
    char bytes[25];
    if (!device->seek(0) || device->read(bytes, 8) != 8 || std::memcmp(bytes, "\x89PNG\r\n\x1a\n", 8) != 0)
        return fail(error, u"not a PNG file"_s);
    if (device->read(bytes, 25) != 25 || std::memcmp(bytes + 4, "IHDR", 4) != 0 || be32(bytes) != 13)
        return fail(error, u"the PNG header is missing"_s);
    const quint32 width = be32(bytes + 8);
    const quint32 height = be32(bytes + 12);
    const int depth = uchar(bytes[16]);
    const int colour = uchar(bytes[17]);
    if (width == 0 || height == 0 || width > maxWidth || height > 0x7fffffffU)
        return fail(error, u"the PNG's size is out of range"_s);
    // Anything but plain 8-bit RGB or RGBA (and an odd header) is left to the caller's fallback.
    if (depth != 8 || (colour != 2 && colour != 6) || bytes[18] != 0 || bytes[19] != 0 || bytes[20] != 0)
        return false;
    header->width = int(width);
    header->height = int(height);
    header->channels = colour == 6 ? 4 : 3;
    while (true) {
        char chunk[8];
        if (device->read(chunk, 8) != 8)
            return fail(error, u"the file ends early"_s);
        const quint32 length = be32(chunk);
        if (length > 0x7fffffffU)
            return fail(error, u"a PNG chunk is too long"_s);
        if (std::memcmp(chunk + 4, "IDAT", 4) == 0) {
            header->firstData = device->pos();
            header->firstLength = length;
            return true;
        }
        if (std::memcmp(chunk + 4, "tRNS", 4) == 0)
            return false; // a transparent colour key: the fallback's job
        if (std::memcmp(chunk + 4, "IEND", 4) == 0)
            return fail(error, u"the PNG has no pixels"_s);
        if (!device->seek(device->pos() + qint64(length) + 4))
            return fail(error, u"the file ends early"_s);
    }
}

} // namespace Easel
