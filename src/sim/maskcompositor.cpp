#include "maskcompositor.h"

#include "pngencoder.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>

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
    QImage mask = QImage::fromData(maskBytes);
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
    QFile out(outputPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(png) != png.size())
        return Result::WriteFailed;
    return Result::Written;
}

} // namespace Easel::Sim
