#include "pngrowindex.h"

#include <QIODevice>
#include <QtEndian>

#include <zlib.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
// The widest row accepted, as RegionReader's libpng path.
constexpr quint32 maxWidth = 65536;
// Compressed bytes read from the file at a time.
constexpr qint64 inputChunk = 64 * 1024;

quint32 be32(const char *bytes)
{
    return qFromBigEndian<quint32>(bytes);
}

int paeth(int a, int b, int c)
{
    const int p = a + b - c;
    const int pa = std::abs(p - a);
    const int pb = std::abs(p - b);
    const int pc = std::abs(p - c);
    if (pa <= pb && pa <= pc)
        return a;
    return pb <= pc ? b : c;
}

// The PNG filters (specification, section 9), undone in place; `previous` is the row above,
// unfiltered (zeros above the first row). False for an unknown filter type.
bool unfilter(int type, uchar *row, const uchar *previous, size_t length, int bpp)
{
    switch (type) {
    case 0:
        return true;
    case 1:
        for (size_t i = size_t(bpp); i < length; ++i)
            row[i] = uchar(row[i] + row[i - size_t(bpp)]);
        return true;
    case 2:
        for (size_t i = 0; i < length; ++i)
            row[i] = uchar(row[i] + previous[i]);
        return true;
    case 3:
        for (size_t i = 0; i < length; ++i) {
            const int left = i >= size_t(bpp) ? row[i - size_t(bpp)] : 0;
            row[i] = uchar(row[i] + ((left + previous[i]) >> 1));
        }
        return true;
    case 4:
        for (size_t i = 0; i < length; ++i) {
            const int left = i >= size_t(bpp) ? row[i - size_t(bpp)] : 0;
            const int upLeft = i >= size_t(bpp) ? previous[i - size_t(bpp)] : 0;
            row[i] = uchar(row[i] + paeth(left, previous[i], upLeft));
        }
        return true;
    default:
        return false;
    }
}

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

struct PngRowIndex::Header
{
    int width = 0;
    int height = 0;
    int channels = 0;        // 3 (RGB) or 4 (RGBA)
    qint64 firstData = 0;    // file offset of the first IDAT's data
    quint32 firstLength = 0; // its length
};

// Where the decode stood before row `row`: everything needed to go on from there.
struct PngRowIndex::Checkpoint
{
    z_stream stream{};
    qint64 fileOffset = 0;          // the next compressed byte
    quint32 remainingInChunk = 0;   // of the IDAT chunk that byte is in
    std::vector<uchar> previousRow; // row - 1, unfiltered
    ~Checkpoint() { inflateEnd(&stream); }
};

PngRowIndex::PngRowIndex() = default;
PngRowIndex::~PngRowIndex() = default;

bool PngRowIndex::readHeader(QIODevice *device, Header *header, QString *error) const
{
    char bytes[25];
    if (!device->seek(0) || device->read(bytes, 8) != 8 || std::memcmp(bytes, "\x89PNG\r\n\x1a\n", 8) != 0)
        return setError(error, u"not a PNG file"_s);
    if (device->read(bytes, 25) != 25 || std::memcmp(bytes + 4, "IHDR", 4) != 0 || be32(bytes) != 13)
        return setError(error, u"the PNG header is missing"_s);
    const quint32 width = be32(bytes + 8);
    const quint32 height = be32(bytes + 12);
    const int depth = uchar(bytes[16]);
    const int colour = uchar(bytes[17]);
    if (width == 0 || height == 0 || width > maxWidth || height > 0x7fffffffU)
        return setError(error, u"the PNG's size is out of range"_s);
    // Anything but plain 8-bit RGB or RGBA (and a broken header) is left to libpng.
    if (depth != 8 || (colour != 2 && colour != 6) || bytes[18] != 0 || bytes[19] != 0 || bytes[20] != 0)
        return false;
    header->width = int(width);
    header->height = int(height);
    header->channels = colour == 6 ? 4 : 3;
    // The chunks before the pixels are skipped unread (text, profiles): only their headers.
    while (true) {
        char chunk[8];
        if (device->read(chunk, 8) != 8)
            return setError(error, u"the file ends early"_s);
        const quint32 length = be32(chunk);
        if (length > 0x7fffffffU)
            return setError(error, u"a PNG chunk is too long"_s);
        if (std::memcmp(chunk + 4, "IDAT", 4) == 0) {
            header->firstData = device->pos();
            header->firstLength = length;
            return true;
        }
        if (std::memcmp(chunk + 4, "tRNS", 4) == 0)
            return false; // a transparent colour key: libpng's job
        if (std::memcmp(chunk + 4, "IEND", 4) == 0)
            return setError(error, u"the PNG has no pixels"_s);
        if (!device->seek(device->pos() + qint64(length) + 4))
            return setError(error, u"the file ends early"_s);
    }
}

std::optional<QImage> PngRowIndex::readRegion(QIODevice *device, const QRect &wanted, QString *error)
{
    m_rowsDecoded = 0;
    if (m_unsupported)
        return std::nullopt;
    if (!m_header) {
        auto header = std::make_unique<Header>();
        QString why;
        if (!readHeader(device, header.get(), &why)) {
            if (why.isEmpty()) {
                m_unsupported = true;
                return std::nullopt;
            }
            setError(error, why);
            return QImage();
        }
        m_header = std::move(header);
        m_interval = std::max(minInterval, (m_header->height + maxCheckpoints - 1) / maxCheckpoints);
    }
    const Header &header = *m_header;
    const QRect rect = wanted.intersected(QRect(0, 0, header.width, header.height));
    if (rect.isEmpty())
        return QImage();
    const bool alpha = header.channels == 4;
    QImage region(rect.size(), alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    if (region.isNull()) {
        setError(error, u"out of memory"_s);
        return QImage();
    }
    const size_t stride = size_t(header.width) * size_t(header.channels);
    std::vector<uchar> row(stride + 1);
    std::vector<uchar> previous(stride, 0);
    std::vector<char> input(static_cast<size_t>(inputChunk));

    // Where to start: the checkpoint just above the rectangle, or the first row.
    z_stream stream{};
    int y = 0;
    qint64 offset = header.firstData;
    quint32 remaining = header.firstLength;
    auto from = m_checkpoints.upper_bound(rect.top());
    int status = Z_OK;
    if (from != m_checkpoints.begin()) {
        --from;
        const Checkpoint &checkpoint = *from->second;
        status = inflateCopy(&stream, const_cast<z_stream *>(&checkpoint.stream));
        y = from->first;
        offset = checkpoint.fileOffset;
        remaining = checkpoint.remainingInChunk;
        previous = checkpoint.previousRow;
    } else {
        status = inflateInit(&stream);
    }
    if (status != Z_OK) {
        setError(error, u"out of memory"_s);
        return QImage();
    }
    struct StreamEnd
    {
        z_stream *stream;
        ~StreamEnd() { inflateEnd(stream); }
    } streamEnd{&stream};
    stream.avail_in = 0;
    stream.next_in = nullptr;
    if (!device->seek(offset)) {
        setError(error, u"the file ends early"_s);
        return QImage();
    }

    // The next compressed bytes; false at the end of the pixel data or of the file.
    const auto refill = [&]() -> bool {
        while (remaining == 0) {
            char chunk[12]; // the CRC of the chunk just read, then the next chunk's header
            if (device->read(chunk, 12) != 12 || std::memcmp(chunk + 8, "IDAT", 4) != 0)
                return false;
            remaining = be32(chunk + 4);
            if (remaining > 0x7fffffffU)
                return false;
        }
        const qint64 got = device->read(input.data(), std::min<qint64>(remaining, inputChunk));
        if (got <= 0)
            return false;
        remaining -= quint32(got);
        stream.next_in = reinterpret_cast<Bytef *>(input.data());
        stream.avail_in = uInt(got);
        return true;
    };

    const size_t offsetInRow = size_t(rect.left()) * size_t(header.channels);
    for (; y <= rect.bottom(); ++y) {
        // A checkpoint before this row, the first time the decode passes it.
        if (y > 0 && y % m_interval == 0 && !m_checkpoints.count(y)
            && int(m_checkpoints.size()) < maxCheckpoints) {
            auto checkpoint = std::make_unique<Checkpoint>();
            if (inflateCopy(&checkpoint->stream, &stream) == Z_OK) {
                checkpoint->fileOffset = device->pos() - stream.avail_in;
                checkpoint->remainingInChunk = remaining + stream.avail_in;
                checkpoint->previousRow = previous;
                m_checkpoints.emplace(y, std::move(checkpoint));
            } else {
                checkpoint->stream = z_stream{}; // nothing to end
            }
        }
        stream.next_out = row.data();
        stream.avail_out = uInt(row.size());
        while (stream.avail_out > 0) {
            if (stream.avail_in == 0 && !refill()) {
                setError(error, u"the file ends early"_s);
                return QImage();
            }
            const int result = inflate(&stream, Z_NO_FLUSH);
            if (result == Z_STREAM_END && stream.avail_out > 0) {
                setError(error, u"the PNG has fewer rows than its header says"_s);
                return QImage();
            }
            if (result != Z_OK && result != Z_STREAM_END) {
                setError(error, u"the PNG's pixel data is damaged"_s);
                return QImage();
            }
        }
        ++m_rowsDecoded;
        if (!unfilter(row[0], row.data() + 1, previous.data(), stride, header.channels)) {
            setError(error, u"the PNG's pixel data is damaged"_s);
            return QImage();
        }
        std::memcpy(previous.data(), row.data() + 1, stride);
        if (y < rect.top())
            continue;
        auto *out = reinterpret_cast<QRgb *>(region.scanLine(y - rect.top()));
        const uchar *in = previous.data() + offsetInRow;
        if (alpha) {
            for (int x = 0; x < rect.width(); ++x, in += 4)
                out[x] = qRgba(in[0], in[1], in[2], in[3]);
        } else {
            for (int x = 0; x < rect.width(); ++x, in += 3)
                out[x] = qRgb(in[0], in[1], in[2]);
        }
    }
    return region;
}

} // namespace Easel
