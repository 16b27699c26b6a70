#include "maskcomposition.h"

#include "pngencoder.h"

#include <QPainter>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

constexpr QLatin1StringView paintedMaskedPrefix{"clipspace-painted-masked-"};

QString layerName(QLatin1StringView kind, qint64 timestamp)
{
    return u"clipspace-"_s + kind + u'-' + QString::number(timestamp) + u".png"_s;
}

} // namespace

std::optional<ClipspaceNames> ClipspaceNames::fromValue(const QString &inputValue)
{
    QString name = inputValue.trimmed();
    if (name.endsWith(" [input]"_L1))
        name.chop(8);
    const qsizetype slash = name.lastIndexOf(u'/');
    if (slash >= 0) {
        if (name.left(slash) != subfolder)
            return std::nullopt;
        name = name.mid(slash + 1);
    }
    if (!name.startsWith(paintedMaskedPrefix) || !name.endsWith(".png"_L1))
        return std::nullopt;
    // The web UI reads the digits with parseInt(); a name it did not make is not one.
    const QString digits = name.mid(paintedMaskedPrefix.size(), name.size() - paintedMaskedPrefix.size() - 4);
    bool ok = false;
    const qint64 timestamp = digits.toLongLong(&ok);
    if (!ok || timestamp < 0 || QString::number(timestamp) != digits)
        return std::nullopt;
    return ClipspaceNames{timestamp};
}

QString ClipspaceNames::mask() const
{
    return layerName("mask"_L1, timestamp);
}

QString ClipspaceNames::paint() const
{
    return layerName("paint"_L1, timestamp);
}

QString ClipspaceNames::painted() const
{
    return layerName("painted"_L1, timestamp);
}

QString ClipspaceNames::paintedMasked() const
{
    return layerName("painted-masked"_L1, timestamp);
}

QString ClipspaceNames::inputValue() const
{
    return subfolder + u'/' + paintedMasked() + u" [input]"_s;
}

namespace MaskComposition {

QImage maskUpload(const QImage &editorMask, QSize imageSize)
{
    QImage mask = editorMask.convertToFormat(QImage::Format_Alpha8);
    if (mask.size() != imageSize)
        mask = mask.scaled(imageSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QImage out(imageSize, QImage::Format_ARGB32);
    if (out.isNull())
        return out;
    for (int y = 0; y < imageSize.height(); ++y) {
        const uchar *from = mask.constScanLine(y);
        auto *to = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < imageSize.width(); ++x)
            to[x] = qRgba(0, 0, 0, 255 - from[x]);
    }
    return out;
}

QImage editorMask(const QImage &image)
{
    QImage mask(image.size(), QImage::Format_Alpha8);
    if (mask.isNull())
        return mask;
    if (!image.hasAlphaChannel()) {
        mask.fill(0);
        return mask;
    }
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *from = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        uchar *to = mask.scanLine(y);
        for (int x = 0; x < argb.width(); ++x)
            to[x] = uchar(255 - qAlpha(from[x]));
    }
    return mask;
}

QImage serverComposite(const QImage &original, const QImage &maskUpload)
{
    if (original.size() != maskUpload.size())
        return {};
    QImage out = original.convertToFormat(QImage::Format_ARGB32);
    const QImage mask = maskUpload.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < out.height(); ++y) {
        auto *to = reinterpret_cast<QRgb *>(out.scanLine(y));
        const auto *from = reinterpret_cast<const QRgb *>(mask.constScanLine(y));
        for (int x = 0; x < out.width(); ++x)
            to[x] = (to[x] & 0x00ffffffu) | (from[x] & 0xff000000u);
    }
    return out;
}

QImage paintedImage(const QImage &original, const QImage &paint)
{
    // channel=rgb: the colours without their alpha.
    QImage out = original.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < out.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < out.width(); ++x)
            line[x] |= 0xff000000u;
    }
    // An empty paint layer (the usual case: only a mask was painted) changes nothing, and
    // looking costs a fraction of blending 16 M transparent pixels over a 4096² picture.
    if (!paint.isNull() && !MaskComposition::isEmpty(paint)) {
        QPainter painter(&out);
        painter.drawImage(QRect(QPoint(0, 0), out.size()), paint);
    }
    return out;
}

QImage emptyPaint(QSize size)
{
    QImage paint(size, QImage::Format_ARGB32);
    paint.fill(Qt::transparent);
    return paint;
}

QByteArray encodePng(const QImage &image)
{
    if (image.isNull())
        return {};
    const bool alpha = image.hasAlphaChannel();
    const QImage source = image.convertToFormat(alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    const qsizetype rowBytes = qsizetype(source.width()) * (alpha ? 4 : 3);
    return Png::encode(source.size(), alpha ? Png::ColorType::Rgba : Png::ColorType::Rgb,
                       [&source, rowBytes](int y, uchar *row) { std::memcpy(row, source.constScanLine(y), size_t(rowBytes)); });
}

QByteArray encodeMaskPng(const QImage &editorMask, QSize imageSize)
{
    // Grey and alpha (colour type 4): grey 0, alpha = 255 - mask; PIL's convert('RGBA')
    // makes it the RGB 0 + alpha picture the web UI sends, at half the bytes.
    QImage mask = editorMask.convertToFormat(QImage::Format_Alpha8);
    if (mask.size() != imageSize)
        mask = mask.scaled(imageSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (mask.isNull())
        return {};
    Png::Options options;
    options.runLength = true; // a mask is runs: faster than level 1 at about its size
    return Png::encode(
        imageSize, Png::ColorType::GreyAlpha,
        [&mask](int y, uchar *row) {
            const uchar *from = mask.constScanLine(y);
            for (int x = 0; x < mask.width(); ++x) {
                row[2 * x] = 0;
                row[2 * x + 1] = uchar(255 - from[x]);
            }
        },
        options);
}

bool isEmpty(const QImage &editorMask)
{
    if (!editorMask.hasAlphaChannel())
        return false; // opaque everywhere: no need to look at a pixel
    const QImage mask = editorMask.convertToFormat(QImage::Format_Alpha8);
    for (int y = 0; y < mask.height(); ++y) {
        const uchar *line = mask.constScanLine(y);
        for (int x = 0; x < mask.width(); ++x) {
            if (line[x])
                return false;
        }
    }
    return true;
}

} // namespace MaskComposition

} // namespace Easel
