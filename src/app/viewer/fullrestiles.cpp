#include "fullrestiles.h"

#include "futurecallback.h"
#include "pngrowindex.h"
#include "regionreader.h"

#include <QPair>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Easel {

namespace {
qint64 bytesOf(const QImage &image)
{
    return image.sizeInBytes();
}
} // namespace

FullResTiles::FullResTiles(QObject *parent)
    : QObject(parent)
{
    // One read at a time: each walks the file from its first row or from a checkpoint of
    // the index, which is not thread-safe.
    m_pool.setMaxThreadCount(1);
}

FullResTiles::~FullResTiles()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void FullResTiles::setSource(const QString &path, QSize fullSize, std::shared_ptr<PngRowIndex> index)
{
    if (path == m_path && fullSize == m_fullSize)
        return;
    ++m_generation;
    m_path = path;
    m_fullSize = fullSize;
    m_failed = false;
    m_reading = false;
    m_tiles.clear();
    m_lastUse.clear();
    m_bytes = 0;
    m_index = path.isEmpty() ? nullptr : index ? std::move(index) : std::make_shared<PngRowIndex>();
}

bool FullResTiles::fits(const QRect &region) const
{
    // Tiles are whole: a region spans at most one partial tile more on each side. Half the
    // cache, so the tiles just drawn are not pushed out by the ones they are drawn with.
    const qint64 width = region.width() + 2LL * tileSide;
    const qint64 height = region.height() + 2LL * tileSide;
    return width * height * 4 <= maxBytes / 2;
}

QRect FullResTiles::tileRect(QPoint key) const
{
    return QRect(key.x() * tileSide, key.y() * tileSide, tileSide, tileSide)
        .intersected(QRect(QPoint(0, 0), m_fullSize));
}

QList<FullResTiles::Tile> FullResTiles::tilesFor(const QRect &wanted)
{
    QList<Tile> tiles;
    const QRect region = wanted.intersected(QRect(QPoint(0, 0), m_fullSize));
    if (!isAvailable() || region.isEmpty() || !fits(region))
        return tiles;
    QList<QPoint> missing;
    ++m_clock;
    for (int ty = region.top() / tileSide; ty <= region.bottom() / tileSide; ++ty) {
        for (int tx = region.left() / tileSide; tx <= region.right() / tileSide; ++tx) {
            const QPoint key(tx, ty);
            const auto found = m_tiles.constFind(key);
            if (found == m_tiles.constEnd()) {
                missing.append(key);
                continue;
            }
            m_lastUse[key] = m_clock;
            tiles.append(Tile{tileRect(key), found.value()});
        }
    }
    if (!missing.isEmpty() && !m_reading)
        request(missing);
    return tiles;
}

void FullResTiles::request(const QList<QPoint> &keys)
{
    // One read for the bounding box of the missing tiles: the file's rows above it are
    // decoded once, not once per tile.
    QRect box;
    for (const QPoint &key : keys)
        box |= tileRect(key);
    // A ring of one tile around them too, when it fits: the pass over the rows above costs
    // the same, and the first pans after zooming in then find their tiles ready.
    const QRect ring =
        box.adjusted(-tileSide, -tileSide, tileSide, tileSide).intersected(QRect(QPoint(0, 0), m_fullSize));
    if (qint64(ring.width()) * ring.height() * 4 <= maxBytes / 2)
        box = ring;
    m_reading = true;
    const int generation = m_generation;
    const QString path = m_path;
    const QSize fullSize = m_fullSize;
    const std::shared_ptr<PngRowIndex> index = m_index;
    // Cut into tiles on the worker too: megabytes of copying stay off the GUI thread.
    const auto future = QtConcurrent::run(&m_pool, [path, box, fullSize, index] {
        QList<QPair<QPoint, QImage>> cut;
        const QImage region = RegionReader::read(path, box, nullptr, index.get());
        if (region.isNull() || region.size() != box.size())
            return cut; // empty: the file cannot be read in parts
        for (int ty = box.top() / tileSide; ty <= box.bottom() / tileSide; ++ty) {
            for (int tx = box.left() / tileSide; tx <= box.right() / tileSide; ++tx) {
                const QRect rect = QRect(tx * tileSide, ty * tileSide, tileSide, tileSide)
                                       .intersected(QRect(QPoint(0, 0), fullSize));
                cut.append({QPoint(tx, ty), region.copy(rect.translated(-box.topLeft()))});
            }
        }
        return cut;
    });
    onFinished(future, this, [this, generation](const QList<QPair<QPoint, QImage>> &cut) {
        if (generation != m_generation)
            return; // another picture meanwhile
        m_reading = false;
        if (cut.isEmpty()) {
            m_failed = true;
            return;
        }
        for (const auto &[key, image] : cut)
            insert(key, image);
        emit tilesArrived();
    });
}

void FullResTiles::insert(QPoint key, const QImage &image)
{
    if (const auto old = m_tiles.constFind(key); old != m_tiles.constEnd())
        m_bytes -= bytesOf(old.value());
    m_tiles.insert(key, image);
    m_lastUse[key] = ++m_clock;
    m_bytes += bytesOf(image);
    while (m_bytes > maxBytes && m_tiles.size() > 1) {
        // The least recently drawn tile goes.
        const auto oldest = std::min_element(m_lastUse.cbegin(), m_lastUse.cend());
        const QPoint victim = oldest.key();
        m_bytes -= bytesOf(m_tiles.value(victim));
        m_tiles.remove(victim);
        m_lastUse.remove(victim);
    }
}

} // namespace Easel
