#include "maskcomposition.h"

#include <QPainter>

#include <zlib.h>

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
    if (!paint.isNull()) {
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

namespace {

// A PNG written straight through zlib: 8 bits per channel, each row filtered with "Up"
// (one subtraction a byte) and deflated at level 1. Qt's writer tries every filter on
// every row (libpng's adaptive choice), which made a 4096² layer take over a second;
// this takes a fraction of that and is as readable (PIL and Qt read it alike).
class PngWriter
{
public:
    PngWriter(QSize size, int colorType, int channels)
    {
        m_out.reserve(1 << 20);
        m_out.append("\x89PNG\r\n\x1a\n", 8);
        QByteArray header;
        appendU32(header, quint32(size.width()));
        appendU32(header, quint32(size.height()));
        header.append(char(8)).append(char(colorType)).append(char(0)).append(char(0)).append(char(0));
        chunk("IHDR", header);
        m_zlib.zalloc = Z_NULL;
        m_zlib.zfree = Z_NULL;
        m_zlib.opaque = Z_NULL;
        m_ok = deflateInit(&m_zlib, 1) == Z_OK;
        m_previous.fill(0, qsizetype(size.width()) * channels);
        m_row.resize(1 + m_previous.size());
        m_buffer.resize(1 << 18);
    }
    ~PngWriter()
    {
        if (m_ok)
            deflateEnd(&m_zlib);
    }
    // One row of raw samples (width × channels bytes).
    void addRow(const uchar *samples)
    {
        m_row[0] = 2; // Up
        auto *row = reinterpret_cast<uchar *>(m_row.data()) + 1;
        const auto *above = reinterpret_cast<const uchar *>(m_previous.constData());
        const qsizetype n = m_previous.size();
        for (qsizetype i = 0; i < n; ++i)
            row[i] = uchar(samples[i] - above[i]);
        std::memcpy(m_previous.data(), samples, size_t(n));
        deflateSome(reinterpret_cast<const uchar *>(m_row.constData()), m_row.size(), Z_NO_FLUSH);
    }
    QByteArray finish()
    {
        deflateSome(nullptr, 0, Z_FINISH);
        flushIdat();
        chunk("IEND", {});
        return m_ok ? m_out : QByteArray();
    }

private:
    static void appendU32(QByteArray &to, quint32 v)
    {
        const char bytes[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
        to.append(bytes, 4);
    }
    void chunk(const char *type, const QByteArray &data)
    {
        appendU32(m_out, quint32(data.size()));
        const qsizetype start = m_out.size();
        m_out.append(type, 4);
        m_out.append(data);
        const uLong crc = crc32(0, reinterpret_cast<const Bytef *>(m_out.constData() + start), uInt(m_out.size() - start));
        appendU32(m_out, quint32(crc));
    }
    void deflateSome(const uchar *data, qsizetype size, int flush)
    {
        if (!m_ok)
            return;
        m_zlib.next_in = const_cast<Bytef *>(data);
        m_zlib.avail_in = uInt(size);
        do {
            m_zlib.next_out = reinterpret_cast<Bytef *>(m_buffer.data());
            m_zlib.avail_out = uInt(m_buffer.size());
            const int result = deflate(&m_zlib, flush);
            if (result == Z_STREAM_ERROR) {
                m_ok = false;
                return;
            }
            m_idat.append(m_buffer.constData(), m_buffer.size() - qsizetype(m_zlib.avail_out));
            if (m_idat.size() >= (1 << 20))
                flushIdat();
        } while (m_zlib.avail_out == 0 || (flush == Z_FINISH && m_zlib.avail_in > 0));
    }
    void flushIdat()
    {
        if (m_idat.isEmpty())
            return;
        chunk("IDAT", m_idat);
        m_idat.clear();
    }

    z_stream m_zlib{};
    bool m_ok = false;
    QByteArray m_out;
    QByteArray m_idat;
    QByteArray m_previous;
    QByteArray m_row;
    QByteArray m_buffer;
};

} // namespace

QByteArray encodePng(const QImage &image)
{
    if (image.isNull())
        return {};
    const bool alpha = image.hasAlphaChannel();
    const QImage source = image.convertToFormat(alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    PngWriter writer(source.size(), alpha ? 6 : 2, alpha ? 4 : 3);
    for (int y = 0; y < source.height(); ++y)
        writer.addRow(source.constScanLine(y));
    return writer.finish();
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
    PngWriter writer(imageSize, 4, 2);
    QByteArray row(qsizetype(imageSize.width()) * 2, 0);
    auto *samples = reinterpret_cast<uchar *>(row.data());
    for (int y = 0; y < imageSize.height(); ++y) {
        const uchar *from = mask.constScanLine(y);
        for (int x = 0; x < imageSize.width(); ++x)
            samples[2 * x + 1] = uchar(255 - from[x]);
        writer.addRow(samples);
    }
    return writer.finish();
}

bool isEmpty(const QImage &editorMask)
{
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
