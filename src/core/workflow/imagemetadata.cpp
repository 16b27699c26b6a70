#include "imagemetadata.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

// lupdate files tr() calls by the class they are made from; a free helper would file these
// strings under the namespace, where the translation is never looked up.
struct ImageMetadataText
{
    Q_DECLARE_TR_FUNCTIONS(Easel::ImageMetadata)
};

quint32 be32(const char *p)
{
    const auto *u = reinterpret_cast<const uchar *>(p);
    return (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3]);
}

quint32 le32(const char *p)
{
    const auto *u = reinterpret_cast<const uchar *>(p);
    return (quint32(u[3]) << 24) | (quint32(u[2]) << 16) | (quint32(u[1]) << 8) | quint32(u[0]);
}

bool readExactly(QIODevice *device, qint64 n, QByteArray *out)
{
    *out = device->read(n);
    return out->size() == n;
}

bool skip(QIODevice *device, qint64 n)
{
    if (!device->isSequential())
        return device->seek(device->pos() + n) && device->pos() <= device->size();
    while (n > 0) {
        const QByteArray chunk = device->read(qMin<qint64>(n, 65536));
        if (chunk.isEmpty())
            return false;
        n -= chunk.size();
    }
    return true;
}

} // namespace

bool inflateBounded(const QByteArray &compressed, qint64 maxBytes, QByteArray *out)
{
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK)
        return false;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    QByteArray result;
    char buffer[65536];
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END)
            break;
        const qint64 produced = qint64(sizeof buffer - stream.avail_out);
        if (result.size() + produced > maxBytes) {
            status = Z_MEM_ERROR;
            break;
        }
        result.append(buffer, produced);
        if (status == Z_OK && produced == 0 && stream.avail_in == 0)
            break; // truncated input
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END)
        return false;
    *out = std::move(result);
    return true;
}

bool ImageMetadata::isPng(const QByteArray &head)
{
    return head.startsWith("\x89PNG\r\n\x1a\n");
}

bool ImageMetadata::isWebp(const QByteArray &head)
{
    return head.size() >= 12 && head.startsWith("RIFF") && head.mid(8, 4) == "WEBP";
}

bool ImageMetadata::fail(const QString &message)
{
    m_error = message;
    return false;
}

QByteArray ImageMetadata::value(const QString &key) const
{
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (m_entries.at(i).key == key)
            return m_entries.at(i).text;
    }
    return {};
}

bool ImageMetadata::addPngText(const QByteArray &type, const QByteArray &data)
{
    const qsizetype nul = data.indexOf('\0');
    if (nul <= 0)
        return true; // no keyword: not ours, ignore
    const QString key = QString::fromLatin1(data.left(nul));
    if (type == "tEXt" || type == "comf") {
        // tEXt is latin-1 by the PNG spec; ComfyUI writes ASCII (json.dumps escapes).
        m_entries.append({key, QString::fromLatin1(data.mid(nul + 1)).toUtf8()});
    } else if (type == "zTXt") {
        QByteArray text;
        if (data.size() < nul + 2 || !inflateBounded(data.mid(nul + 2), MaxTextBytes, &text))
            return fail(ImageMetadataText::tr("the PNG text \"%1\" is corrupt or inflates to more than %2 MB")
                            .arg(key).arg(MaxTextBytes / (1024 * 1024)));
        m_entries.append({key, QString::fromLatin1(text).toUtf8()});
    } else if (type == "iTXt") {
        // keyword \0 flag method language \0 translated keyword \0 text (UTF-8)
        if (data.size() < nul + 3)
            return true;
        const bool compressed = data.at(nul + 1) != 0;
        const qsizetype langEnd = data.indexOf('\0', nul + 3);
        const qsizetype transEnd = langEnd < 0 ? -1 : data.indexOf('\0', langEnd + 1);
        if (transEnd < 0)
            return true;
        QByteArray text = data.mid(transEnd + 1);
        if (compressed && !inflateBounded(data.mid(transEnd + 1), MaxTextBytes, &text))
            return fail(ImageMetadataText::tr("the PNG text \"%1\" is corrupt or inflates to more than %2 MB")
                            .arg(key).arg(MaxTextBytes / (1024 * 1024)));
        m_entries.append({key, text});
    }
    return true;
}

bool ImageMetadata::readPng(QIODevice *device)
{
    m_entries.clear();
    m_error.clear();
    QByteArray bytes;
    if (!readExactly(device, 8, &bytes) || !isPng(bytes))
        return fail(ImageMetadataText::tr("not a PNG file"));
    for (;;) {
        QByteArray header;
        if (!readExactly(device, 8, &header))
            return fail(ImageMetadataText::tr("the PNG file is truncated (no IEND chunk)"));
        const quint32 length = be32(header.constData());
        const QByteArray type = header.mid(4, 4);
        // PNG limits chunk lengths to 2^31-1; a larger one is corrupt.
        if (length > 0x7fffffffu)
            return fail(ImageMetadataText::tr("the PNG chunk %1 claims %2 bytes, which is not valid")
                            .arg(QString::fromLatin1(type.toHex())).arg(length));
        if (!device->isSequential() && device->size() - device->pos() < qint64(length) + 4)
            return fail(ImageMetadataText::tr("the PNG file is truncated (chunk %1 claims %2 bytes)")
                            .arg(QString::fromLatin1(type.toPercentEncoding())).arg(length));
        if (type == "IEND")
            return true;
        if (type == "tEXt" || type == "zTXt" || type == "iTXt" || type == "comf") {
            if (qint64(length) > MaxTextBytes)
                return fail(ImageMetadataText::tr("the PNG text chunk holds %1 MB, more than the %2 MB Easel reads")
                                .arg(length / (1024 * 1024)).arg(MaxTextBytes / (1024 * 1024)));
            QByteArray data;
            if (!readExactly(device, length, &data) || !skip(device, 4))
                return fail(ImageMetadataText::tr("the PNG file is truncated"));
            if (!addPngText(type, data))
                return false;
        } else if (!skip(device, qint64(length) + 4)) {
            return fail(ImageMetadataText::tr("the PNG file is truncated"));
        }
    }
}

bool ImageMetadata::readPng(const QByteArray &data)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readPng(&buffer);
}

bool ImageMetadata::readWebp(const QByteArray &data)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readWebp(&buffer);
}

bool ImageMetadata::readWebp(QIODevice *device)
{
    m_entries.clear();
    m_error.clear();
    QByteArray head;
    if (!readExactly(device, 12, &head) || !isWebp(head))
        return fail(ImageMetadataText::tr("not a WebP file"));
    for (;;) {
        QByteArray header;
        if (!readExactly(device, 8, &header))
            return true; // end of file: no EXIF, no metadata
        const quint32 size = le32(header.constData() + 4);
        const qint64 padded = qint64(size) + (size & 1); // RIFF pads chunks to even sizes
        if (header.startsWith("EXIF")) {
            if (qint64(size) > MaxTextBytes)
                return fail(ImageMetadataText::tr("the WebP EXIF chunk holds %1 MB, more than the %2 MB Easel reads")
                                .arg(size / (1024 * 1024)).arg(MaxTextBytes / (1024 * 1024)));
            QByteArray exif;
            if (!readExactly(device, size, &exif))
                return fail(ImageMetadataText::tr("the WebP file is truncated"));
            if (exif.startsWith(QByteArray("Exif\0\0", 6)))
                exif.remove(0, 6);
            if (exif.size() < 8)
                return true;
            const bool little = exif.startsWith("II");
            if (!little && !exif.startsWith("MM"))
                return true;
            const auto *u = reinterpret_cast<const uchar *>(exif.constData());
            auto rd16 = [&](qint64 at) -> quint32 {
                return little ? quint32(u[at]) | (quint32(u[at + 1]) << 8) : (quint32(u[at]) << 8) | quint32(u[at + 1]);
            };
            auto rd32 = [&](qint64 at) -> quint32 {
                return little ? le32(exif.constData() + at) : be32(exif.constData() + at);
            };
            const qint64 ifd = rd32(4);
            if (ifd + 2 > exif.size())
                return true;
            const quint32 count = rd16(ifd);
            for (quint32 i = 0; i < count; ++i) {
                const qint64 entry = ifd + 2 + qint64(i) * 12;
                if (entry + 12 > exif.size())
                    break;
                if (rd16(entry + 2) != 2) // ASCII
                    continue;
                const qint64 n = rd32(entry + 4);
                const qint64 at = n <= 4 ? entry + 8 : qint64(rd32(entry + 8));
                if (at < 0 || n < 0 || at + n > exif.size())
                    continue;
                QByteArray value = exif.mid(at, n);
                while (value.endsWith('\0'))
                    value.chop(1);
                const qsizetype colon = value.indexOf(':');
                if (colon > 0)
                    m_entries.append({QString::fromUtf8(value.left(colon)), value.mid(colon + 1)});
            }
            return true;
        }
        if (!skip(device, padded))
            return true;
    }
}

} // namespace Easel
