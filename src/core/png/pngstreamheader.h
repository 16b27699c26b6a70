#pragma once

#include <QtGlobal>

class QIODevice;
class QString;

namespace Easel {

// What Easel's own PNG readers (the first view's band decoder and the viewer's row index)
// need from a file before its pixels: the size, RGB or RGBA, and where the first IDAT's data
// starts. Both read it the same way, so a hostile header is judged by one set of rules.
struct PngStreamHeader
{
    int width = 0;
    int height = 0;
    int channels = 0;        // 3 (RGB) or 4 (RGBA)
    qint64 firstData = 0;    // file offset of the first IDAT's data
    quint32 firstLength = 0; // its length
};

// Reads the signature, IHDR and the headers of the chunks before the first IDAT (their data is
// skipped unread: text and profiles can be huge). Returns true for plain 8-bit RGB or RGBA
// without a colour key. Returns false with *error set for a broken file, and false with
// *error untouched for any other layout, which the caller leaves to libpng or Qt.
bool readPngStreamHeader(QIODevice *device, PngStreamHeader *header, QString *error);

} // namespace Easel
