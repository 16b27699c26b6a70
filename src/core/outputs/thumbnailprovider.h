#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>

namespace Easel {

// Thumbnails for the gallery, made off the GUI thread: QImageReader decodes straight to
// the thumbnail size (scaled decode, size checked before any pixel is read) and the result
// is cached on disk (keyed by path, modification time and file size) and in memory.
// Requests are served newest first and old ones are dropped beyond a bound, so flinging a
// 100,000-item grid decodes what is on screen now, not everything scrolled past.
class ThumbnailProvider : public QObject
{
    Q_OBJECT
public:
    explicit ThumbnailProvider(QString cacheDirectory, QObject *parent = nullptr);
    ~ThumbnailProvider() override;

    int thumbnailSize() const { return m_size; }
    void setThumbnailSize(int pixels);

    // The thumbnail if it is in memory; otherwise a null image, and thumbnailReady(path)
    // follows once it is.
    QImage thumbnail(const QString &path);

    // The work of one request, synchronous (tests, benchmarks).
    static QImage makeThumbnail(const QString &path, int size, const QString &cacheDirectory);
    static constexpr int maxSourcePixels = 16384 * 16384;

signals:
    void thumbnailReady(const QString &path);

private:
    void startNext();

    QString m_cacheDirectory;
    int m_size = 192;
    QCache<QString, QImage> m_memory; // cost in KiB
    QList<QString> m_waiting;         // newest last
    QSet<QString> m_requested;        // waiting or decoding
    QSet<QString> m_unreadable;       // video, audio, broken: not asked again
    QThreadPool m_pool;
    int m_running = 0;
    int m_generation = 0;             // bumps on size changes; late results are dropped
};

} // namespace Easel
