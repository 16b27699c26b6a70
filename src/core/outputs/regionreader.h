#pragma once

#include <QImage>
#include <QRect>
#include <QSize>
#include <QString>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace Easel {

class PngRowIndex;

// Reads one rectangle of a picture at full resolution without the whole picture in
// memory: what the viewer draws when it is zoomed into an 8k or 16k file whose working
// copy is smaller than the screen needs.
//
// Qt's PNG reader has no clip rect (it decodes the whole file, 1 GiB for 16k²), so PNG
// goes through libpng row by row: the rows above the rectangle are decoded into one
// row buffer and dropped, the rows inside are cropped to the rectangle's columns, and
// reading stops after its last row. Interlaced PNGs cannot be read that way (each pass
// spans the whole file); those, and other formats, use QImageReader's clip rect only
// where the format's handler does it while decoding (JPEG), never an emulated one.
// Runs on a worker thread: never on the GUI thread.
class RegionReader
{
public:
    // A null image (and `error`) when the rectangle cannot be read within bounded memory.
    // The rectangle is clipped to the picture.
    // With an index (kept by the caller for one file, used by one thread at a time), 8-bit
    // RGB/RGBA PNGs are read from the checkpoint above the rectangle instead of the first row.
    static QImage read(const QString &path, const QRect &rect, QString *error = nullptr, PngRowIndex *index = nullptr);
    // The same, for PNG data from a device (the fuzz target, tests).
    static QImage readPng(QIODevice *device, const QRect &rect, QString *error = nullptr);
    // Pixel size from the PNG header, invalid if the device does not hold a PNG.
    static QSize pngSize(QIODevice *device);
};

} // namespace Easel
