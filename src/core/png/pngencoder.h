#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSize>

#include <functional>

namespace Easel::Png {

enum class ColorType : quint8 { Grey = 0, Rgb = 2, GreyAlpha = 4, Rgba = 6 };

// Fills `row` (width × channels bytes) with row `y`. Called from several threads at once,
// each for its own rows, so it must only read shared data.
using RowSource = std::function<void(int y, uchar *row)>;

struct Options
{
    // Uploads and the simulator's files are read once and re-encoded by whoever keeps
    // them (ComfyUI writes its own PNGs), so speed matters more than size: zlib level 1.
    int level = 1;
    // Horizontal stripes deflated side by side (0: one per core, at most 8).
    int threads = 0;
    // tEXt chunks (iTXt when the text is not Latin-1), written before the pixels.
    QList<QPair<QString, QString>> text;
    // zlib's Z_RLE strategy: runs only, no search for earlier matches. A mask's rows,
    // "Up"-filtered, are mostly zeros: as small as level 1 makes them, several times faster.
    bool runLength = false;
};

// An 8-bit PNG: every row filtered with "Up" (one subtraction a byte), the stripes
// deflated independently and joined into one zlib stream (each ends on a byte boundary
// with a sync flush, Adler-32s combined), as pigz does. Any PNG reader reads it.
// Empty on failure (a null size, a zlib error).
QByteArray encode(QSize size, ColorType type, const RowSource &rows, const Options &options = {});

int channels(ColorType type);

} // namespace Easel::Png
