#include "pngchunkscreen.h"

#include <QFile>
#include <QIODevice>
#include <QLocale>
#include <QtEndian>

#include <cstring>
#include <functional>

namespace Easel {

namespace {
constexpr char signature[] = "\x89PNG\r\n\x1a\n";
constexpr qint64 chunkOverhead = 12; // length, type, CRC

// The chunk's four-letter name as it is, or in hex when the bytes are not letters.
QString chunkName(const char *type)
{
    for (int i = 0; i < 4; ++i) {
        const char c = type[i];
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
            return QString::fromLatin1(QByteArray(type, 4).toHex());
    }
    return QString::fromLatin1(type, 4);
}

// Walks the chunk headers of `size` bytes read through readAt(offset, buffer, count).
QString screen(qint64 size, const std::function<bool(qint64, char *, int)> &readAt)
{
    char head[8];
    if (size < 8 || !readAt(0, head, 8) || std::memcmp(head, signature, 8) != 0)
        return {}; // not a PNG: another decoder's business
    const QLocale locale;
    for (qint64 pos = 8; pos + 8 <= size;) {
        if (!readAt(pos, head, 8))
            return PngChunkScreen::tr("The PNG file cannot be read.");
        const quint32 length = qFromBigEndian<quint32>(head);
        const char *type = head + 4;
        if (length > 0x7fffffffu)
            return PngChunkScreen::tr("The PNG chunk %1 declares %2 bytes, more than the format allows.")
                .arg(chunkName(type))
                .arg(length);
        const qint64 end = pos + chunkOverhead + length;
        if (std::memcmp(type, "IEND", 4) == 0)
            return {};
        if (std::memcmp(type, "IDAT", 4) != 0) {
            if (qint64(length) > PngChunkScreen::maxChunkBytes)
                return PngChunkScreen::tr("The PNG chunk %1 holds %2, more than the %3 Easel reads.")
                    .arg(chunkName(type), locale.formattedDataSize(length),
                         locale.formattedDataSize(PngChunkScreen::maxChunkBytes));
            if (end > size)
                return PngChunkScreen::tr("The PNG file is cut short: its chunk %1 declares %2, only %3 follow.")
                    .arg(chunkName(type), locale.formattedDataSize(length),
                         locale.formattedDataSize(qMax<qint64>(0, size - pos - chunkOverhead)));
        } else if (end > size) {
            return {}; // pixels cut short: libpng reads them in small pieces and stops
        }
        pos = end;
    }
    return {};
}
} // namespace

QString PngChunkScreen::problem(const QByteArray &bytes)
{
    return screen(bytes.size(), [&bytes](qint64 offset, char *buffer, int count) {
        if (offset + count > bytes.size())
            return false;
        std::memcpy(buffer, bytes.constData() + offset, size_t(count));
        return true;
    });
}

QString PngChunkScreen::problem(QIODevice *device)
{
    if (!device || !device->isOpen() || device->isSequential())
        return {};
    const qint64 start = device->pos();
    const QString result = screen(device->size() - start, [device, start](qint64 offset, char *buffer, int count) {
        return device->seek(start + offset) && device->read(buffer, count) == count;
    });
    device->seek(start);
    return result;
}

QString PngChunkScreen::fileProblem(const QString &path)
{
    QFile file(path);
    // Unbuffered: each chunk header is one small read, not a 16 KB buffer refill.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {}; // the decoder reports the missing or unreadable file itself
    return problem(&file);
}

} // namespace Easel
