#include "thumbnailprovider.h"

#include "futurecallback.h"
#include "mediainfo.h"
#include "pngchunkscreen.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
constexpr int maxWaiting = 256;
constexpr int memoryBudgetKiB = 96 * 1024;
// An animated PNG or WebP (the thumbnail gets the duration badge). Reads a few header bytes.
bool isAnimatedImage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(64);
    if (head.startsWith("RIFF") && head.mid(12, 4) == "VP8X")
        return head.size() > 20 && (quint8(head.at(20)) & 0x02) != 0;
    // acTL comes right after IHDR in animated PNGs (8 signature + 25 IHDR bytes).
    return head.startsWith("\x89PNG") && head.mid(37, 4) == "acTL";
}

} // namespace

ThumbnailProvider::ThumbnailProvider(QString cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_cacheDirectory(std::move(cacheDirectory))
    , m_memory(memoryBudgetKiB)
{
    // Two decoders: enough to keep up with scrolling, and the GUI thread keeps a core.
    m_pool.setMaxThreadCount(2);
}

ThumbnailProvider::~ThumbnailProvider()
{
    m_waiting.clear();
    m_pool.waitForDone();
}

void ThumbnailProvider::setThumbnailSize(int pixels)
{
    if (pixels == m_size)
        return;
    m_size = pixels;
    ++m_generation;
    m_memory.clear();
    m_waiting.clear();
    m_requested.clear();
}

QImage ThumbnailProvider::thumbnail(const QString &path)
{
    if (const QImage *cached = m_memory.object(path))
        return *cached;
    if (m_unreadable.contains(path))
        return {};
    if (m_requested.contains(path)) {
        // Seen again: move it to the front of the line.
        if (m_waiting.removeOne(path))
            m_waiting.append(path);
        return {};
    }
    m_requested.insert(path);
    m_waiting.append(path);
    if (m_waiting.size() > maxWaiting)
        m_requested.remove(m_waiting.takeFirst()); // scrolled past long ago
    startNext();
    return {};
}

void ThumbnailProvider::startNext()
{
    while (m_running < m_pool.maxThreadCount() && !m_waiting.isEmpty()) {
        const QString path = m_waiting.takeLast();
        const int size = m_size;
        const int generation = m_generation;
        const QString cache = m_cacheDirectory;
        ++m_running;
        onFinished(QtConcurrent::run(&m_pool, [path, size, cache] {
                       return makeThumbnail(path, size, cache);
                   }),
                   this, [this, path, generation](const QImage &image) {
                       --m_running;
                       if (generation == m_generation) {
                           m_requested.remove(path);
                           if (image.isNull()) {
                               m_unreadable.insert(path);
                           } else {
                               m_memory.insert(path, new QImage(image),
                                               std::max<qsizetype>(1, image.sizeInBytes() / 1024));
                               emit thumbnailReady(path);
                           }
                       }
                       startNext();
                   });
    }
}

QImage ThumbnailProvider::makeThumbnail(const QString &path, int size, const QString &cacheDirectory)
{
    const QFileInfo source(path);
    if (!source.isFile())
        return {};
    QString cachePath;
    if (!cacheDirectory.isEmpty()) {
        const QByteArray key = (path + u'|' + QString::number(source.lastModified().toMSecsSinceEpoch())
                                + u'|' + QString::number(source.size()) + u'|' + QString::number(size))
                                   .toUtf8();
        const QString name = QString::fromLatin1(
            QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex());
        cachePath = QDir(cacheDirectory).filePath(name.left(2) + u'/' + name + u".png"_s);
        QImageReader cached(cachePath, "png");
        QImage image;
        if (QFileInfo::exists(cachePath) && cached.read(&image))
            return image;
    }

    QImage image;
    const MediaKind kind = mediaKindForFile(path);
    if (kind == MediaKind::Video || kind == MediaKind::Audio || kind == MediaKind::Animation
        || kind == MediaKind::Text
        || (kind == MediaKind::Still && isAnimatedImage(path))) {
        // FFmpeg: the middle frame of a video or GIF, a waveform tile for sound.
        image = mediaThumbnail(path, kind, size);
        if (image.isNull())
            return {};
    } else {
        if (!PngChunkScreen::fileProblem(path).isEmpty())
            return {};
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QSize full = reader.size();
        // Check the header before any pixel is decoded: a hostile 100,000² PNG is refused here.
        if (!full.isValid() || qint64(full.width()) * full.height() > maxSourcePixels)
            return {};
        reader.setScaledSize(full.scaled(QSize(size, size), Qt::KeepAspectRatio).expandedTo({1, 1}));
        if (!reader.read(&image))
            return {};
    }
    if (!cachePath.isEmpty() && QDir().mkpath(QFileInfo(cachePath).absolutePath())) {
        QSaveFile file(cachePath);
        if (file.open(QIODevice::WriteOnly) && image.save(&file, "png"))
            file.commit();
    }
    return image;
}

} // namespace Easel
