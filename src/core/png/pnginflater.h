#pragma once

#include <QString>
#include <QtGlobal>

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

struct inflate_state;

namespace Easel {

// A PNG's pixel data (the zlib stream cut into IDAT chunks) inflated through Intel ISA-L,
// about three times zlib's speed, in pieces of the caller's choosing. The inflate state
// can be saved and resumed later from a fresh reader of the same file (zran-style random
// access: PngRowIndex's checkpoints, made during the viewer's first decode).
// Chunk CRCs are not checked (libpng checks them; a flipped bit shows as a damaged stream
// or as wrong pixels, never as a read outside the file).
class PngInflater
{
public:
    // `offset`: the file position of the first IDAT chunk's data; `length`: its length.
    PngInflater(QIODevice *device, qint64 offset, quint32 length);
    ~PngInflater();
    PngInflater(const PngInflater &) = delete;
    PngInflater &operator=(const PngInflater &) = delete;

    // Fills `out` with exactly `length` inflated bytes; false and `error` if the stream ends,
    // the file ends or the data is damaged.
    bool inflate(uchar *out, size_t length, QString *error);

    // Where the stream stands (about 90 KiB: the state with its 32 KiB window), and a
    // reader that goes on from there.
    struct Snapshot;
    std::shared_ptr<const Snapshot> snapshot() const;
    static std::unique_ptr<PngInflater> resume(QIODevice *device, const Snapshot &snapshot);

private:
    PngInflater(QIODevice *device);
    bool refill();

    QIODevice *m_device;
    qint64 m_offset = 0;     // file position of the next byte to read into m_input
    quint32 m_remaining = 0; // of the IDAT chunk being read, after m_offset
    bool m_positioned = false;
    bool m_finished = false;
    std::vector<uchar> m_input;
    std::unique_ptr<inflate_state> m_state;
};

// A place in a PNG's rows to go on decoding from: the inflate state before row `row` and the
// row above it, unfiltered (the filters of row `row` refer to it).
struct PngCheckpoint
{
    int row = 0;
    std::shared_ptr<const PngInflater::Snapshot> inflate;
    std::vector<uchar> previousRow;
};

} // namespace Easel
