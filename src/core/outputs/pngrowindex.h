#pragma once

#include "pnginflater.h"

#include <QImage>
#include <QRect>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace Easel {

// Random access into the rows of one PNG file, for the viewer's full-resolution tiles.
//
// A PNG's pixels are one deflate stream: row n cannot be decoded without inflating every
// row above it, so near the bottom of a 16k picture the first tile costs a pass over the
// whole file. This index keeps checkpoints of that pass (zran-style: the inflate state with
// its 32 KiB window, where the next compressed byte is in the file, and the previous
// unfiltered row that the next row's filter refers to) every `interval` rows, so a later
// read starts at the checkpoint just above its rectangle and costs at most one band of rows.
// Inflating is Intel ISA-L's (PngInflater). Memory is bounded: about 86 KiB plus one row per
// checkpoint, at most maxCheckpoints of them (a 16384² RGBA picture: 128 checkpoints of
// 150 KiB, 19 MiB). The checkpoints can also come from the viewer's first decode of the
// file (PngBandDecoder, adoptCheckpoints), so the first tile read is one band too.
//
// It decodes the layouts image generators write: 8-bit RGB and RGBA, not interlaced, without
// a tRNS chunk. Others return nullopt from readRegion; RegionReader then reads with libpng.
// Not thread-safe: one reader at a time (FullResTiles reads on one worker).
class PngRowIndex
{
public:
    PngRowIndex();
    ~PngRowIndex();
    PngRowIndex(const PngRowIndex &) = delete;
    PngRowIndex &operator=(const PngRowIndex &) = delete;

    // The rectangle (clipped to the picture) in Format_ARGB32 (with alpha) or Format_RGB32,
    // the pixels RegionReader::readPng gives; a null image and `error` when the file is
    // broken; nullopt when the layout is not one this class decodes. `device` must be the
    // same file on every call (seekable, opened for reading).
    std::optional<QImage> readRegion(QIODevice *device, const QRect &rect, QString *error = nullptr);

    // Rows between checkpoints, 0 before the first read.
    int interval() const { return m_interval; }
    // The interval for a picture `height` rows tall: what PngBandDecoder is asked to keep.
    static int intervalFor(int height);
    // Checkpoints made by PngBandDecoder (Options::checkpointEvery = intervalFor(height)) of
    // the same file; rows that are not multiples of the interval are dropped.
    void adoptCheckpoints(int height, std::vector<PngCheckpoint> checkpoints);
    int checkpointCount() const { return int(m_checkpoints.size()); }
    // Rows inflated by the last readRegion: what a read cost.
    int rowsDecodedLastRead() const { return m_rowsDecoded; }

    static constexpr int maxCheckpoints = 128;
    static constexpr int minInterval = 64;

private:
    struct Checkpoint;
    struct Header;
    bool readHeader(QIODevice *device, Header *header, QString *error) const;

    std::unique_ptr<Header> m_header; // read once; nullopt layouts are remembered too
    bool m_unsupported = false;
    std::map<int, std::unique_ptr<Checkpoint>> m_checkpoints; // by row: the next row to decode
    int m_interval = 0;
    int m_rowsDecoded = 0;
};

} // namespace Easel
