#include "regionreader.h"

#include "pngchunkscreen.h"
#include "pngrowindex.h"

#include <QFile>
#include <QImageReader>
#include <QSysInfo>

#include <png.h>

#include <csetjmp>
#include <cstdlib>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

// Longest row the reader accepts (bytes after expansion): a 64k-wide RGBA row.
constexpr png_uint_32 maxWidth = 65536;

// Largest single allocation libpng may make for this reader. What it legitimately needs is
// small and bounded by the width: two rows of at most 64k 16-bit RGBA pixels (512 KiB each),
// zlib's window and state, a palette. A chunk's declared length is not: libpng allocates a
// text chunk's buffer from the length in its header before reading a byte of it, and its own
// length check (png_set_chunk_malloc_max) only raises a benign error, a warning on read, so a
// 100-byte file could ask for 2 GiB. Every allocation goes through this cap instead.
constexpr png_alloc_size_t maxAllocation = 4 * 1024 * 1024;

struct ReadState
{
    QIODevice *device = nullptr;
    char message[200] = {};
};

void readData(png_structp png, png_bytep data, png_size_t length)
{
    auto *state = static_cast<ReadState *>(png_get_io_ptr(png));
    if (state->device->read(reinterpret_cast<char *>(data), qint64(length)) != qint64(length))
        png_error(png, "the file ends early");
}

void onError(png_structp png, png_const_charp message)
{
    auto *state = static_cast<ReadState *>(png_get_error_ptr(png));
    std::strncpy(state->message, message, sizeof(state->message) - 1);
    png_longjmp(png, 1);
}

void onWarning(png_structp, png_const_charp)
{
    // Bad ancillary chunks (a wrong gamma, an odd profile) do not stop a picture.
}

png_voidp boundedMalloc(png_structp, png_alloc_size_t size)
{
    // libpng turns a null into png_error ("Out of memory") for what it needs, and skips an
    // ancillary chunk it cannot buffer.
    return size <= maxAllocation ? std::malloc(size) : nullptr;
}

void boundedFree(png_structp, png_voidp pointer)
{
    std::free(pointer);
}

// libpng's structs are freed however the read ends (normally or through longjmp).
struct PngHandles
{
    png_structp png = nullptr;
    png_infop info = nullptr;
    ~PngHandles() { png_destroy_read_struct(&png, info ? &info : nullptr, nullptr); }
};

} // namespace

QSize RegionReader::pngSize(QIODevice *device)
{
    const QByteArray head = device->peek(24);
    if (head.size() < 24 || png_sig_cmp(reinterpret_cast<png_const_bytep>(head.constData()), 0, 8) != 0
        || head.mid(12, 4) != "IHDR")
        return {};
    const auto be = [&head](int at) {
        const auto *b = reinterpret_cast<const uchar *>(head.constData() + at);
        return (quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | quint32(b[3]);
    };
    const quint32 width = be(16);
    const quint32 height = be(20);
    if (width == 0 || height == 0 || width > 0x7fffffff || height > 0x7fffffff)
        return {};
    return QSize(int(width), int(height));
}

QImage RegionReader::readPng(QIODevice *device, const QRect &wanted, QString *error)
{
    ReadState state;
    state.device = device;
    PngHandles handles;
    handles.png = png_create_read_struct_2(PNG_LIBPNG_VER_STRING, &state, onError, onWarning, nullptr, boundedMalloc,
                                           boundedFree);
    if (!handles.png)
        return {};
    handles.info = png_create_info_struct(handles.png);
    if (!handles.info)
        return {};
    // Declared before setjmp and only assigned after it, so longjmp leaves them valid.
    std::vector<png_byte> row;
    QImage region;
    if (setjmp(png_jmpbuf(handles.png))) {
        if (error)
            *error = QString::fromUtf8(state.message);
        return {};
    }
    png_set_read_fn(handles.png, &state, readData);
    png_set_user_limits(handles.png, maxWidth, 0x7fffffff);
    // Only the pixels matter here: every chunk but IHDR, PLTE, tRNS, IDAT and IEND (text,
    // compressed text, ICC profiles, unknown chunks) is skipped as it is read, never buffered
    // or inflated (a negative count means "all known chunks but the critical ones and tRNS").
    png_set_keep_unknown_chunks(handles.png, PNG_HANDLE_CHUNK_NEVER, nullptr, -1);
    png_set_chunk_malloc_max(handles.png, maxAllocation);
    png_set_chunk_cache_max(handles.png, 128);
    png_read_info(handles.png, handles.info);
    png_uint_32 width = 0;
    png_uint_32 height = 0;
    int depth = 0;
    int colour = 0;
    int interlace = 0;
    png_get_IHDR(handles.png, handles.info, &width, &height, &depth, &colour, &interlace, nullptr, nullptr);
    if (interlace != PNG_INTERLACE_NONE) {
        if (error)
            *error = u"interlaced PNG"_s;
        return {};
    }
    const QRect rect = wanted.intersected(QRect(0, 0, int(width), int(height)));
    if (rect.isEmpty())
        return {};
    // Everything to 8-bit 4-channel, in QImage's ARGB32 byte order (B G R A in memory on
    // little-endian machines, A R G B on big-endian ones).
    const bool alpha = (colour & PNG_COLOR_MASK_ALPHA) || png_get_valid(handles.png, handles.info, PNG_INFO_tRNS);
    png_set_expand(handles.png);
    png_set_scale_16(handles.png); // rounded, as Qt converts 16-bit pixels
    png_set_gray_to_rgb(handles.png);
    if (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
        png_set_bgr(handles.png);
        if (!alpha)
            png_set_filler(handles.png, 0xff, PNG_FILLER_AFTER);
    } else {
        if (alpha)
            png_set_swap_alpha(handles.png);
        else
            png_set_filler(handles.png, 0xff, PNG_FILLER_BEFORE);
    }
    png_read_update_info(handles.png, handles.info);
    const png_size_t rowBytes = png_get_rowbytes(handles.png, handles.info);
    if (rowBytes != png_size_t(width) * 4) {
        if (error)
            *error = u"unexpected PNG layout"_s;
        return {};
    }
    row.resize(rowBytes);
    region = QImage(rect.size(), alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    if (region.isNull())
        return {};
    const size_t offset = size_t(rect.left()) * 4;
    const size_t bytes = size_t(rect.width()) * 4;
    for (int y = 0; y <= rect.bottom(); ++y) {
        png_read_row(handles.png, row.data(), nullptr);
        if (y >= rect.top())
            std::memcpy(region.scanLine(y - rect.top()), row.data() + offset, bytes);
    }
    // The rest of the file (rows below, trailing chunks) is never read.
    return region;
}

QImage RegionReader::read(const QString &path, const QRect &rect, QString *error, PngRowIndex *index)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    if (const QString problem = PngChunkScreen::problem(&file); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }
    QImageReader reader(path);
    // The viewer shows pictures turned by their EXIF orientation; parts read here are not
    // turned, so a turned picture keeps its working copy only.
    if (reader.transformation() != QImageIOHandler::TransformationNone) {
        if (error)
            *error = u"the picture is turned by its metadata"_s;
        return {};
    }
    if (pngSize(&file).isValid()) {
        if (index) {
            if (std::optional<QImage> region = index->readRegion(&file, rect, error))
                return *region;
            file.seek(0); // a layout the index does not decode: libpng from the start
        }
        return readPng(&file, rect, error);
    }
    file.close();
    // Only a handler that crops while it decodes; QImageReader's own emulation decodes the
    // whole picture first, which is what this class exists to avoid.
    if (!reader.supportsOption(QImageIOHandler::ClipRect)) {
        if (error)
            *error = u"the format cannot be read in parts"_s;
        return {};
    }
    reader.setClipRect(rect.intersected(QRect(QPoint(0, 0), reader.size())));
    QImage region = reader.read();
    if (region.isNull() && error)
        *error = reader.errorString();
    return region;
}

} // namespace Easel
