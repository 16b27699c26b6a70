// MediaSynth's metadata chunks: the workflow in animated WebP and PNG files, where
// ComfyUI's SaveAnimatedWEBP and SaveAnimatedPNG put it.
#include "mediasynth_p.h"

#include <QFile>
#include <QtEndian>
#include <algorithm>
#include <array>

namespace Easel::Sim::MediaSynth::Detail {

namespace {

void appendBe16(QByteArray *bytes, quint16 v) { char r[2]; qToBigEndian(v, r); bytes->append(r, 2); }
void appendBe32(QByteArray *bytes, quint32 v) { char r[4]; qToBigEndian(v, r); bytes->append(r, 4); }
void appendLe32(QByteArray *bytes, quint32 v) { char r[4]; qToLittleEndian(v, r); bytes->append(r, 4); }

} // namespace

// SaveAnimatedWEBP's metadata: an EXIF chunk ("Exif\0\0", big-endian TIFF) whose IFD0 holds
// ASCII entries "key:json": prompt at 0x0110, then the extra_pnginfo keys from 0x010f down.
QString addWebpExif(const QString &path, const Tags &tags)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    QByteArray webp = file.readAll();
    file.close();
    if (tags.isEmpty() || webp.size() < 30 || webp.mid(12, 4) != "VP8X")
        return {};
    QList<QPair<quint16, QByteArray>> entries;
    quint16 next = 0x010f;
    for (const auto &[key, value] : tags) {
        const quint16 tag = key == "prompt" ? quint16(0x0110) : next--;
        entries.append({tag, key + ':' + value + '\0'});
    }
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray tiff("MM\0*", 4);
    appendBe32(&tiff, 8);
    appendBe16(&tiff, quint16(entries.size()));
    quint32 dataOffset = 8 + 2 + quint32(entries.size()) * 12 + 4;
    QByteArray data;
    for (const auto &[tag, text] : entries) {
        appendBe16(&tiff, tag);
        appendBe16(&tiff, 2); // ASCII
        appendBe32(&tiff, quint32(text.size()));
        appendBe32(&tiff, dataOffset + quint32(data.size()));
        data += text;
        if (data.size() & 1)
            data += '\0';
    }
    appendBe32(&tiff, 0);
    const QByteArray exif = QByteArray("Exif\0\0", 6) + tiff + data;
    webp[20] = char(quint8(webp.at(20)) | 0x08); // VP8X: has EXIF
    webp.append("EXIF", 4);
    appendLe32(&webp, quint32(exif.size()));
    webp.append(exif);
    if (exif.size() & 1)
        webp.append('\0');
    qToLittleEndian<quint32>(quint32(webp.size() - 8), webp.data() + 4);
    if (!file.open(QIODevice::WriteOnly) || file.write(webp) != webp.size())
        return file.errorString();
    return {};
}

namespace {

quint32 crc32(const QByteArray &bytes)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xffffffffu;
    for (const char byte : bytes)
        c = table[(c ^ quint8(byte)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

} // namespace

// SaveAnimatedPNG's metadata: a `comf` chunk "key\0json" per entry, just before IEND.
QString addPngComf(const QString &path, const Tags &tags)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    QByteArray png = file.readAll();
    file.close();
    const qsizetype iend = png.lastIndexOf("IEND");
    if (tags.isEmpty() || iend < 4)
        return {};
    QByteArray chunks;
    for (const auto &[key, value] : tags) {
        const QByteArray body = "comf" + key + '\0' + value;
        appendBe32(&chunks, quint32(body.size() - 4));
        chunks += body;
        appendBe32(&chunks, crc32(body));
    }
    png.insert(iend - 4, chunks);
    if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size())
        return file.errorString();
    return {};
}

} // namespace Easel::Sim::MediaSynth::Detail
