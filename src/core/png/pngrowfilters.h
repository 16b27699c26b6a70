#pragma once

#include <QRgb>
#include <QtGlobal>

#include <cstddef>

namespace Easel {

// The inner loops of PNG decoding that PngBandDecoder runs on every row of a picture:
// undoing the row filters and turning 8-bit RGB/RGBA rows into Qt's 32-bit pixels, whole or
// summed in blocks for a reduction. Written per pixel for 3 and 4 bytes per pixel, with SSE2
// where the CPU has it (every x86-64) and plain C++ elsewhere.
namespace PngRowFilters {

// The PNG filters (specification, section 9), undone in place. `above` is the row above,
// unfiltered (zeros above the first row); `length` bytes, `bpp` 3 or 4. False for an
// unknown filter type.
bool unfilter(int type, uchar *row, const uchar *above, size_t length, int bpp);

// One row of `width` pixels to Format_RGB32 / Format_ARGB32_Premultiplied.
void rgbToRgb32(const uchar *row, QRgb *out, int width);
void rgbaToPremultiplied(const uchar *row, QRgb *out, int width);

// Adds the row to per-byte column sums: sums[i] += row[i] for RGB (3 × width of them); for
// RGBA the pixels are premultiplied first and summed as red, green, blue, alpha (4 × width).
void addColumns(const uchar *row, int width, int channels, quint32 *sums);

} // namespace PngRowFilters

} // namespace Easel
