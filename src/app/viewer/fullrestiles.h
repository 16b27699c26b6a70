#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPoint>
#include <QRect>
#include <QSize>
#include <QString>
#include <QThreadPool>

#include <memory>

namespace Easel {

class PngRowIndex;

// Full-resolution tiles of a picture too large to keep whole (its working copy is scaled
// down): what the viewer draws over the enlarged working copy when zoomed in past it.
// Tiles are read on one worker thread (RegionReader: PNG rows from the nearest inflate
// checkpoint of a PngRowIndex kept per file, or a format's own clip rect), one request at a time for the tiles the screen still lacks, and kept in a cache
// bounded by bytes, least recently drawn dropped first. A request the screen has left
// behind still lands in the cache; the next paint asks for what is missing then.
class FullResTiles : public QObject
{
    Q_OBJECT
public:
    struct Tile
    {
        QRect rect; // in file pixels
        QImage image;
    };

    explicit FullResTiles(QObject *parent = nullptr);
    ~FullResTiles() override;

    // The picture the tiles come from; a new one empties the cache. An empty path (a live
    // frame, a small picture) turns tiles off. `index`: the file's row index if one exists
    // already (with the checkpoints of the first decode), else a new one is made.
    void setSource(const QString &path, QSize fullSize, std::shared_ptr<PngRowIndex> index = nullptr);
    QString source() const { return m_path; }
    // False once the file turned out unreadable in parts (interlaced PNG, a format without
    // a clip rect): the working copy alone is drawn.
    bool isAvailable() const { return !m_path.isEmpty() && !m_failed; }
    // Whether a region of this many file pixels may be read in tiles (it fits the cache).
    bool fits(const QRect &region) const;

    // The cached tiles that cover `region` (file pixels); asks for the missing ones.
    QList<Tile> tilesFor(const QRect &region);
    bool isReading() const { return m_reading; }
    qint64 cachedBytes() const { return m_bytes; }

    static constexpr int tileSide = 512;
    static constexpr qint64 maxBytes = 96LL * 1024 * 1024;

signals:
    void tilesArrived();

private:
    QRect tileRect(QPoint key) const;
    void request(const QList<QPoint> &keys);
    void insert(QPoint key, const QImage &image);

    QString m_path;
    QSize m_fullSize;
    bool m_failed = false;
    bool m_reading = false;
    int m_generation = 0;
    QHash<QPoint, QImage> m_tiles;
    QHash<QPoint, quint64> m_lastUse;
    quint64 m_clock = 0;
    qint64 m_bytes = 0;
    // Inflate checkpoints of the source's rows, filled by the reads (one at a time, on the
    // worker): a tile near the bottom costs one band of rows after the first pass.
    std::shared_ptr<PngRowIndex> m_index;
    QThreadPool m_pool;
};

} // namespace Easel
