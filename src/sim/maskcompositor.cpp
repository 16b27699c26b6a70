#include "maskcompositor.h"

#include "pngchunkscreen.h"
#include "pngencoder.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QSaveFile>
#include <QThread>

#include <thread>

namespace Easel::Sim {

namespace {

constexpr int cachedOriginals = 2;

} // namespace

MaskCompositor::Decoded MaskCompositor::decodeOriginal(const QString &path)
{
    const QFileInfo info(path);
    Decoded decoded{path, info.size(), info.lastModified(), {}, {}};
    {
        QMutexLocker lock(&m_mutex);
        for (const Decoded &entry : std::as_const(m_cache)) {
            if (entry.path == path && entry.size == decoded.size && entry.modified == decoded.modified)
                return entry;
        }
    }
    // A client's upload: a PNG chunk libpng would allocate gigabytes for is not opened.
    if (!Easel::PngChunkScreen::fileProblem(path).isEmpty())
        return decoded;
    QImageReader reader(path);
    reader.setAllocationLimit(1024); // MB: a 16k² RGBA picture fits
    const QImage read = reader.read();
    if (read.isNull())
        return decoded;
    for (const QString &key : read.textKeys())
        decoded.text.append({key, read.text(key)});
    decoded.image = read.convertToFormat(QImage::Format_ARGB32); // PIL: convert('RGBA')
    QMutexLocker lock(&m_mutex);
    m_cache.prepend(decoded);
    while (m_cache.size() > cachedOriginals)
        m_cache.removeLast();
    return decoded;
}

MaskCompositor::Result MaskCompositor::compose(const QString &originalPath, const QByteArray &maskBytes,
                                               const QString &outputPath)
{
    // The original on a second thread while this one decodes the mask (Image.open twice).
    Decoded original;
    std::thread originalThread([&] { original = decodeOriginal(originalPath); });
    QImage mask = Easel::PngChunkScreen::problem(maskBytes).isEmpty() ? QImage::fromData(maskBytes) : QImage();
    if (!mask.isNull())
        mask = mask.convertToFormat(QImage::Format_ARGB32); // convert('RGBA'), then getchannel('A')
    originalThread.join();
    if (original.image.isNull())
        return Result::OriginalUnreadable; // Image.open raises
    if (mask.isNull())
        return Result::MaskUnreadable;
    if (mask.size() != original.image.size())
        return Result::SizeMismatch; // PIL's putalpha raises

    // putalpha: the original's colours (also under alpha 0), the mask's alpha. Written as
    // straight RGBA rows; ARGB32 is 0xAARRGGBB in native order.
    const QImage &colours = original.image;
    const QByteArray png = Png::encode(
        colours.size(), Png::ColorType::Rgba,
        [&colours, &mask](int y, uchar *row) {
            const auto *from = reinterpret_cast<const QRgb *>(colours.constScanLine(y));
            const auto *alpha = reinterpret_cast<const QRgb *>(mask.constScanLine(y));
            for (int x = 0; x < colours.width(); ++x) {
                row[4 * x] = uchar(qRed(from[x]));
                row[4 * x + 1] = uchar(qGreen(from[x]));
                row[4 * x + 2] = uchar(qBlue(from[x]));
                row[4 * x + 3] = uchar(qAlpha(alpha[x]));
            }
        },
        {1, 0, original.text});
    if (png.isEmpty())
        return Result::WriteFailed;
    // Renamed into place once complete: a reader never sees half a file.
    QSaveFile out(outputPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(png) != png.size() || !out.commit())
        return Result::WriteFailed;
    return Result::Written;
}

MaskCompositor::MaskCompositor() = default;

MaskCompositor::~MaskCompositor()
{
    settleAll();
    if (!m_background)
        return;
    {
        QMutexLocker lock(&m_jobsMutex);
        m_stopping = true;
        m_jobsChanged.wakeAll();
    }
    m_background->wait();
    delete m_background;
}

MaskCompositor::Result MaskCompositor::defer(const QString &originalPath, const QByteArray &maskBytes,
                                             const QString &outputPath)
{
    // A pending composite may be this one's original (an edit of an edit): written first.
    settle(originalPath);
    settle(outputPath);
    // What Image.open and putalpha would refuse, from the headers alone.
    if (!Easel::PngChunkScreen::fileProblem(originalPath).isEmpty())
        return Result::OriginalUnreadable;
    if (!Easel::PngChunkScreen::problem(maskBytes).isEmpty())
        return Result::MaskUnreadable;
    QImageReader original(originalPath);
    const QSize originalSize = original.size();
    if (!originalSize.isValid())
        return Result::OriginalUnreadable;
    QBuffer buffer;
    buffer.setData(maskBytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader mask(&buffer);
    const QSize maskSize = mask.size();
    if (!maskSize.isValid())
        return Result::MaskUnreadable;
    if (maskSize != originalSize)
        return Result::SizeMismatch;

    QMutexLocker lock(&m_jobsMutex);
    m_jobs.append(std::make_shared<Job>(Job{QDir::cleanPath(originalPath), QDir::cleanPath(outputPath), maskBytes}));
    if (!m_background) {
        m_background = QThread::create([this] { backgroundLoop(); });
        // SCHED_IDLE on Linux: the composites are written when nothing else wants the
        // CPU (a save's own uploads, the editor), or by whoever needs one first.
        m_background->start(QThread::IdlePriority);
    }
    m_jobsChanged.wakeAll();
    return Result::Written;
}

void MaskCompositor::run(const std::shared_ptr<Job> &job)
{
    const Result result = compose(job->original, job->mask, job->output);
    if (result != Result::Written)
        qWarning("simulator: the mask composite %s was not written (%d)", qPrintable(job->output), int(result));
}

bool MaskCompositor::settleOne(const QString &path)
{
    QMutexLocker lock(&m_jobsMutex);
    while (true) {
        std::shared_ptr<Job> found;
        for (const std::shared_ptr<Job> &job : std::as_const(m_jobs)) {
            if (path.isEmpty() || job->output == path || job->original == path) {
                found = job;
                break;
            }
        }
        if (!found)
            return false;
        if (found->running) {
            m_jobsChanged.wait(&m_jobsMutex); // the background thread is writing it
            continue;
        }
        found->running = true;
        lock.unlock();
        run(found);
        lock.relock();
        m_jobs.removeOne(found);
        m_jobsChanged.wakeAll();
        return true;
    }
}

void MaskCompositor::settle(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    if (clean.isEmpty())
        return;
    while (settleOne(clean)) {
    }
}

void MaskCompositor::settleAll()
{
    while (settleOne(QString())) {
    }
}

int MaskCompositor::pendingCount() const
{
    QMutexLocker lock(&m_jobsMutex);
    return int(m_jobs.size());
}

void MaskCompositor::backgroundLoop()
{
    QMutexLocker lock(&m_jobsMutex);
    while (!m_stopping) {
        std::shared_ptr<Job> next;
        for (const std::shared_ptr<Job> &job : std::as_const(m_jobs)) {
            if (!job->running) {
                next = job;
                break;
            }
        }
        if (!next) {
            m_jobsChanged.wait(&m_jobsMutex);
            continue;
        }
        next->running = true;
        lock.unlock();
        run(next);
        lock.relock();
        m_jobs.removeOne(next);
        m_jobsChanged.wakeAll();
    }
}

} // namespace Easel::Sim
