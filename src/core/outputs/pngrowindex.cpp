#include "pngrowindex.h"

#include "pngstreamheader.h"

#include "pnginflater.h"
#include "pngrowfilters.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <vector>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

struct PngRowIndex::Header : PngStreamHeader
{
};

// Where the decode stood before row `row`: everything needed to go on from there.
struct PngRowIndex::Checkpoint
{
    std::shared_ptr<const PngInflater::Snapshot> inflate;
    std::vector<uchar> previousRow; // row - 1, unfiltered
};

int PngRowIndex::intervalFor(int height)
{
    return std::max(minInterval, (height + maxCheckpoints - 1) / maxCheckpoints);
}

void PngRowIndex::adoptCheckpoints(int height, std::vector<PngCheckpoint> checkpoints)
{
    const int interval = intervalFor(height);
    if (m_interval != 0 && m_interval != interval)
        return; // another picture's
    m_interval = interval;
    for (PngCheckpoint &checkpoint : checkpoints) {
        if (checkpoint.row <= 0 || checkpoint.row % interval != 0 || !checkpoint.inflate
            || int(m_checkpoints.size()) >= maxCheckpoints)
            continue;
        auto adopted = std::make_unique<Checkpoint>();
        adopted->inflate = std::move(checkpoint.inflate);
        adopted->previousRow = std::move(checkpoint.previousRow);
        m_checkpoints.emplace(checkpoint.row, std::move(adopted));
    }
}

PngRowIndex::PngRowIndex() = default;
PngRowIndex::~PngRowIndex() = default;

bool PngRowIndex::readHeader(QIODevice *device, Header *header, QString *error) const
{
    // Any layout but plain 8-bit RGB or RGBA without a colour key is left to libpng.
    return readPngStreamHeader(device, header, error);
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
        m_interval = intervalFor(m_header->height);
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

    // Where to start: the checkpoint just above the rectangle, or the first row.
    std::unique_ptr<PngInflater> inflater;
    int y = 0;
    auto from = m_checkpoints.upper_bound(rect.top());
    if (from != m_checkpoints.begin() && std::prev(from)->second->previousRow.size() == stride) {
        --from;
        y = from->first;
        inflater = PngInflater::resume(device, *from->second->inflate);
        previous = from->second->previousRow;
    } else {
        inflater = std::make_unique<PngInflater>(device, header.firstData, header.firstLength);
    }

    const size_t offsetInRow = size_t(rect.left()) * size_t(header.channels);
    for (; y <= rect.bottom(); ++y) {
        // A checkpoint before this row, the first time the decode passes it.
        if (y > 0 && y % m_interval == 0 && !m_checkpoints.count(y)
            && int(m_checkpoints.size()) < maxCheckpoints) {
            auto checkpoint = std::make_unique<Checkpoint>();
            checkpoint->inflate = inflater->snapshot();
            checkpoint->previousRow = previous;
            m_checkpoints.emplace(y, std::move(checkpoint));
        }
        if (!inflater->inflate(row.data(), row.size(), error))
            return QImage();
        ++m_rowsDecoded;
        if (!PngRowFilters::unfilter(row[0], row.data() + 1, previous.data(), stride, header.channels)) {
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
