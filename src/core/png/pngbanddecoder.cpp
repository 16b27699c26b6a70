#include "pngbanddecoder.h"

#include "pngstreamheader.h"

#include "pnginflater.h"
#include "pngrowfilters.h"

#include <QIODevice>

#include <algorithm>
#include <condition_variable>
#include <map>
#include <cstring>
#include <mutex>
#include <new>
#include <thread>
#include <type_traits>
#include <vector>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
constexpr size_t bandBytes = 1 << 20;     // raw rows inflated per band (about)
constexpr int slotCount = 4;              // bands the inflater may run ahead

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// round(sum / count) for the block sizes a reduction has (count ≤ 32², sums ≤ 255·count), by
// a multiply instead of a division per channel: floor((2·sum + count) / (2·count)) with a
// 32-bit reciprocal is exact while numerator × divisor < 2^32 (here at most 1.1·10^9).
struct Divider
{
    quint64 reciprocal = 0;
    quint32 count = 1;
    explicit Divider(quint32 c = 1)
        : reciprocal(((quint64(1) << 32) + 2 * c - 1) / (2 * c))
        , count(c)
    {
    }
    quint32 operator()(quint32 sum) const { return quint32(((2 * quint64(sum) + count) * reciprocal) >> 32); }
};
} // namespace

struct PngBandDecoder::Header : PngStreamHeader
{
};

QImage PngBandDecoder::Band::view() const
{
    if (!pixels || rowsReady <= 0)
        return {};
    return QImage(pixels.get(), size.width(), rowsReady, bytesPerLine, format);
}

PngBandDecoder::PngBandDecoder(QIODevice *device)
    : m_device(device)
{
}

PngBandDecoder::~PngBandDecoder() = default;

QSize PngBandDecoder::size() const
{
    return m_header ? QSize(m_header->width, m_header->height) : QSize();
}

bool PngBandDecoder::hasAlpha() const
{
    return m_header && m_header->channels == 4;
}

int PngBandDecoder::factorFor(QSize size, int maxSide)
{
    const int longest = std::max(size.width(), size.height());
    if (maxSide <= 0 || longest <= maxSide)
        return 1;
    return (longest + maxSide - 1) / maxSide;
}

QSize PngBandDecoder::reducedSize(QSize size, int factor)
{
    factor = std::max(1, factor);
    return QSize((size.width() + factor - 1) / factor, (size.height() + factor - 1) / factor);
}

bool PngBandDecoder::open(QString *error)
{
    m_supported = false;
    m_header.reset();
    // Any layout but plain 8-bit RGB or RGBA without a colour key is left to Qt.
    auto header = std::make_unique<Header>();
    if (!readPngStreamHeader(m_device, header.get(), error))
        return false;
    m_header = std::move(header);
    m_supported = true;
    return true;
}

QImage PngBandDecoder::decode(const Options &options, QString *error)
{
    if (!m_header) {
        fail(error, u"not a PNG file"_s);
        return {};
    }
    const Header &header = *m_header;
    const int factor = std::max(1, options.factor);
    if (factor > maxFactor) {
        fail(error, u"the reduction factor is out of range"_s);
        return {};
    }
    const QSize outSize = reducedSize(QSize(header.width, header.height), factor);
    const bool alpha = header.channels == 4;
    const size_t stride = size_t(header.width) * size_t(header.channels); // without the filter byte
    const size_t rawRow = stride + 1;
    const qsizetype outLine = qsizetype(outSize.width()) * 4;

    std::shared_ptr<uchar> pixels;
    std::vector<uchar> slotMemory;
    const int interval = std::max(1, options.bandInterval);
    // A band is at most about a megabyte, and no more rows than one hand-over needs.
    const int bandRows = int(std::clamp<size_t>(std::min(bandBytes / rawRow, size_t(interval) * size_t(factor)), 1,
                                                size_t(header.height)));
    const int pipelineSlots = options.pipelined ? slotCount : 1;
    // A reduction sums each column of a block's rows first (one add per byte, which the
    // compiler vectorises), then the block's columns once per output row.
    std::vector<quint32> columns;
    try {
        pixels.reset(new uchar[size_t(outLine) * size_t(outSize.height())], std::default_delete<uchar[]>());
        slotMemory.resize(size_t(pipelineSlots) * size_t(bandRows) * rawRow);
        if (factor > 1)
            columns.resize(size_t(header.width) * 4);
    } catch (const std::bad_alloc &) {
        fail(error, u"out of memory"_s);
        return {};
    }
    Band band;
    band.pixels = pixels;
    band.size = outSize;
    band.bytesPerLine = outLine;
    band.format = alpha ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32;

    // Hand-over between the two stages: slot i % slots holds band i once produced > i.
    PngInflater inflater(m_device, header.firstData, header.firstLength);
    std::mutex mutex;
    std::condition_variable changed;
    int produced = 0, consumed = 0;
    bool stop = false;         // the consumer gave up (error, cancel)
    bool producerFailed = false;
    QString producerError;
    const int bandCount = (header.height + bandRows - 1) / bandRows;
    const auto cancelled = [&options] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };
    const auto rowsOfBand = [&](int index) { return std::min(bandRows, header.height - index * bandRows); };
    const auto slot = [&](int index) {
        return slotMemory.data() + size_t(index % pipelineSlots) * size_t(bandRows) * rawRow;
    };
    // Checkpoints: the inflate state is saved by the inflating stage before each row that is
    // a multiple of `every` (a band's inflate is cut there), the row above by the unfiltering one.
    const int every = std::max(0, options.checkpointEvery);
    std::mutex snapshotMutex;
    std::map<int, std::shared_ptr<const PngInflater::Snapshot>> snapshots;
    std::map<int, std::vector<uchar>> rowsAbove;
    const auto inflateBand = [&](int index, QString *why) {
        uchar *target = slot(index);
        const int first = index * bandRows;
        const int rows = rowsOfBand(index);
        for (int done = 0; done < rows;) {
            const int y = first + done;
            int piece = rows - done;
            if (every > 0) {
                if (y > 0 && y % every == 0) {
                    auto saved = inflater.snapshot();
                    std::lock_guard lock(snapshotMutex);
                    snapshots.emplace(y, std::move(saved));
                }
                piece = std::min(piece, (y / every + 1) * every - y);
            }
            if (!inflater.inflate(target + size_t(done) * rawRow, size_t(piece) * rawRow, why))
                return false;
            done += piece;
        }
        return true;
    };
    const auto produce = [&] {
        for (int index = 0; index < bandCount; ++index) {
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return stop || produced - consumed < pipelineSlots; });
                if (stop)
                    return;
            }
            QString why;
            const bool ok = !cancelled() && inflateBand(index, &why);
            std::lock_guard lock(mutex);
            if (!ok) {
                producerFailed = true;
                producerError = cancelled() ? u"cancelled"_s : why;
                changed.notify_all();
                return;
            }
            ++produced;
            changed.notify_all();
        }
    };

    std::thread worker;
    if (options.pipelined)
        worker = std::thread(produce);
    struct Join
    {
        std::thread &thread;
        std::mutex &mutex;
        bool &stop;
        std::condition_variable &changed;
        ~Join()
        {
            {
                std::lock_guard lock(mutex);
                stop = true;
            }
            changed.notify_all();
            if (thread.joinable())
                thread.join();
        }
    } join{worker, mutex, stop, changed};

    std::vector<uchar> previous(stride, 0); // the row above the band's first, unfiltered
    const uchar *above = previous.data();
    const Divider fullBlock(quint32(factor) * quint32(factor));
    int outRow = 0;         // next output row to complete
    int rowsInBlock = 0;    // source rows summed into `columns`
    int announced = 0;
    uchar *const out = pixels.get();
    const int lastBlockWidth = header.width - (outSize.width() - 1) * factor;

    const auto finishRow = [&](int rows) {
        auto *target = reinterpret_cast<QRgb *>(out + size_t(outRow) * size_t(outLine));
        const Divider edge(quint32(rows) * quint32(lastBlockWidth));
        const Divider full(quint32(rows) * quint32(factor));
        // Written once per layout so the channel loops have a constant length.
        const auto reduce = [&](auto channels) {
            constexpr int step = decltype(channels)::value;
            const quint32 *column = columns.data();
            for (int x = 0; x < outSize.width(); ++x) {
                const Divider &divide = x + 1 == outSize.width() ? edge : (rows == factor ? fullBlock : full);
                quint32 sum[4] = {0, 0, 0, 0};
                for (int i = std::min(factor, header.width - x * factor); i > 0; --i, column += step) {
                    for (int c = 0; c < step; ++c)
                        sum[c] += column[c];
                }
                target[x] = qRgba(int(divide(sum[0])), int(divide(sum[1])), int(divide(sum[2])),
                                  step == 4 ? int(divide(sum[3])) : 255);
            }
        };
        if (alpha)
            reduce(std::integral_constant<int, 4>());
        else
            reduce(std::integral_constant<int, 3>());
        std::fill(columns.begin(), columns.end(), 0u);
        ++outRow;
    };

    for (int index = 0; index < bandCount; ++index) {
        if (options.pipelined) {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return produced > index || producerFailed; });
            if (produced <= index) {
                fail(error, producerError);
                return {};
            }
        } else {
            QString why;
            if (cancelled() || !inflateBand(index, &why)) {
                fail(error, cancelled() ? u"cancelled"_s : why);
                return {};
            }
        }
        if (cancelled()) {
            fail(error, u"cancelled"_s);
            return {};
        }
        uchar *raw = slot(index);
        const int rows = rowsOfBand(index);
        for (int r = 0; r < rows; ++r, raw += rawRow) {
            uchar *row = raw + 1;
            if (!PngRowFilters::unfilter(raw[0], row, above, stride, header.channels)) {
                fail(error, u"the PNG's pixel data is damaged"_s);
                return {};
            }
            above = row;
            const int y = index * bandRows + r;
            if (every > 0 && (y + 1) % every == 0 && y + 1 < header.height)
                rowsAbove.emplace(y + 1, std::vector<uchar>(row, row + stride));
            if (factor == 1) {
                auto *target = reinterpret_cast<QRgb *>(out + size_t(outRow) * size_t(outLine));
                if (alpha)
                    PngRowFilters::rgbaToPremultiplied(row, target, header.width);
                else
                    PngRowFilters::rgbToRgb32(row, target, header.width);
                ++outRow;
            } else {
                PngRowFilters::addColumns(row, header.width, header.channels, columns.data());
                if (++rowsInBlock == factor) {
                    finishRow(factor);
                    rowsInBlock = 0;
                }
            }
        }
        // The slot is handed back: the next band's first row reads the last row from a copy.
        std::memcpy(previous.data(), above, stride);
        above = previous.data();
        if (options.pipelined) {
            std::lock_guard lock(mutex);
            ++consumed;
            changed.notify_all();
        }
        if (options.onBand && outRow - announced >= interval && outRow < outSize.height()) {
            band.rowsReady = outRow;
            options.onBand(band);
            announced = outRow;
        }
    }
    if (rowsInBlock > 0)
        finishRow(rowsInBlock);
    if (worker.joinable())
        worker.join(); // it has handed over every band: done
    m_checkpoints.clear();
    for (auto &[row, saved] : snapshots) {
        auto rowAbove = rowsAbove.find(row);
        if (rowAbove != rowsAbove.end())
            m_checkpoints.push_back({row, std::move(saved), std::move(rowAbove->second)});
    }
    if (options.onBand) {
        band.rowsReady = outRow;
        options.onBand(band);
    }
    // The image owns a reference to the memory; views handed out keep theirs.
    auto *keep = new std::shared_ptr<uchar>(pixels);
    return QImage(
        pixels.get(), outSize.width(), outSize.height(), outLine, band.format,
        [](void *info) { delete static_cast<std::shared_ptr<uchar> *>(info); }, keep);
}

} // namespace Easel
