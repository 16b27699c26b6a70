#include "pngencoder.h"

#include <QThread>

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <thread>
#include <vector>

namespace Easel::Png {

namespace {

void appendU32(QByteArray &to, quint32 v)
{
    const char bytes[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    to.append(bytes, 4);
}

void appendChunk(QByteArray &out, const char *type, const char *data, qsizetype size)
{
    appendU32(out, quint32(size));
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(data, size);
    const uLong crc = crc32(0, reinterpret_cast<const Bytef *>(out.constData() + start), uInt(out.size() - start));
    appendU32(out, quint32(crc));
}

void appendText(QByteArray &out, const QString &key, const QString &value)
{
    // tEXt is Latin-1 only; PIL's PngInfo.add_text writes iTXt for anything else.
    const QByteArray keyword = key.toLatin1().left(79);
    if (keyword.isEmpty())
        return;
    bool latin1 = true;
    for (const QChar c : value)
        latin1 = latin1 && c.unicode() < 256;
    QByteArray data = keyword;
    data.append('\0');
    if (latin1) {
        data.append(value.toLatin1());
        appendChunk(out, "tEXt", data.constData(), data.size());
    } else {
        data.append('\0').append('\0').append('\0').append('\0'); // not compressed, no language
        data.append(value.toUtf8());
        appendChunk(out, "iTXt", data.constData(), data.size());
    }
}

struct Stripe
{
    int first = 0;
    int end = 0;
    QByteArray deflated;
    uLong adler = 1;
    qint64 rawLength = 0;
    bool ok = false;
};

// Rows [first, end) filtered and deflated as raw deflate; the last stripe finishes the
// stream, the others end with a sync flush so the next one starts on a byte boundary.
void deflateStripe(Stripe &stripe, QSize size, int bytesPerPixel, const RowSource &rows, int level, int strategy,
                   bool last)
{
    const qsizetype rowBytes = qsizetype(size.width()) * bytesPerPixel;
    std::vector<uchar> previous(size_t(rowBytes), 0);
    std::vector<uchar> current(static_cast<size_t>(rowBytes));
    std::vector<uchar> filtered(size_t(rowBytes) + 1);
    if (stripe.first > 0)
        rows(stripe.first - 1, previous.data());
    z_stream z{};
    // Z_RLE would be faster still but compresses photographs poorly; level 1 is the
    // classic trade. Raw deflate (-15): the zlib header and Adler-32 are written once.
    if (deflateInit2(&z, level, Z_DEFLATED, -15, 8, strategy) != Z_OK)
        return;
    stripe.deflated.reserve(rowBytes * (stripe.end - stripe.first) / 8 + 1024);
    std::vector<uchar> buffer(1 << 17);
    auto pump = [&](int flush) {
        do {
            z.next_out = buffer.data();
            z.avail_out = uInt(buffer.size());
            if (deflate(&z, flush) == Z_STREAM_ERROR)
                return false;
            stripe.deflated.append(reinterpret_cast<const char *>(buffer.data()), qsizetype(buffer.size() - z.avail_out));
        } while (z.avail_out == 0);
        return true;
    };
    bool ok = true;
    for (int y = stripe.first; y < stripe.end && ok; ++y) {
        rows(y, current.data());
        filtered[0] = 2; // Up
        for (qsizetype i = 0; i < rowBytes; ++i)
            filtered[size_t(i) + 1] = uchar(current[size_t(i)] - previous[size_t(i)]);
        std::swap(previous, current);
        stripe.adler = adler32(stripe.adler, filtered.data(), uInt(filtered.size()));
        stripe.rawLength += qint64(filtered.size());
        z.next_in = filtered.data();
        z.avail_in = uInt(filtered.size());
        ok = pump(Z_NO_FLUSH);
    }
    if (ok)
        ok = pump(last ? Z_FINISH : Z_SYNC_FLUSH);
    deflateEnd(&z);
    stripe.ok = ok;
}

} // namespace

int channels(ColorType type)
{
    switch (type) {
    case ColorType::Grey:
        return 1;
    case ColorType::Rgb:
        return 3;
    case ColorType::GreyAlpha:
        return 2;
    case ColorType::Rgba:
        return 4;
    }
    return 4;
}

QByteArray encode(QSize size, ColorType type, const RowSource &rows, const Options &options)
{
    if (size.isEmpty() || !rows)
        return {};
    const int bytesPerPixel = channels(type);
    int threads = options.threads > 0 ? options.threads : std::clamp(QThread::idealThreadCount(), 1, 8);
    // A stripe under 64 rows is not worth a thread (each restarts the compressor's window).
    threads = std::clamp(size.height() / 64, 1, threads);
    std::vector<Stripe> stripes(static_cast<size_t>(threads));
    for (int i = 0; i < threads; ++i) {
        stripes[size_t(i)].first = int(qint64(size.height()) * i / threads);
        stripes[size_t(i)].end = int(qint64(size.height()) * (i + 1) / threads);
    }
    const int level = std::clamp(options.level, 0, 9);
    const int strategy = options.runLength ? Z_RLE : Z_DEFAULT_STRATEGY;
    {
        std::vector<std::thread> workers;
        for (int i = 1; i < threads; ++i)
            workers.emplace_back([&, i] { deflateStripe(stripes[size_t(i)], size, bytesPerPixel, rows, level, strategy, i == threads - 1); });
        deflateStripe(stripes[0], size, bytesPerPixel, rows, level, strategy, threads == 1);
        for (std::thread &worker : workers)
            worker.join();
    }
    QByteArray zlibStream;
    qsizetype total = 6;
    for (const Stripe &stripe : stripes) {
        if (!stripe.ok)
            return {};
        total += stripe.deflated.size();
    }
    zlibStream.reserve(total);
    zlibStream.append(char(0x78)).append(char(0x01)); // deflate, 32K window, "fastest" (a multiple of 31)
    uLong adler = 1;
    for (const Stripe &stripe : stripes) {
        zlibStream.append(stripe.deflated);
        adler = adler32_combine(adler, stripe.adler, z_off_t(stripe.rawLength));
    }
    appendU32(zlibStream, quint32(adler));

    QByteArray out;
    out.reserve(zlibStream.size() + 4096);
    out.append("\x89PNG\r\n\x1a\n", 8);
    QByteArray header;
    appendU32(header, quint32(size.width()));
    appendU32(header, quint32(size.height()));
    header.append(char(8)).append(char(type)).append(char(0)).append(char(0)).append(char(0));
    appendChunk(out, "IHDR", header.constData(), header.size());
    for (const auto &[key, value] : options.text)
        appendText(out, key, value);
    constexpr qsizetype idatSize = 1 << 20;
    for (qsizetype at = 0; at < zlibStream.size(); at += idatSize)
        appendChunk(out, "IDAT", zlibStream.constData() + at, std::min(idatSize, zlibStream.size() - at));
    appendChunk(out, "IEND", nullptr, 0);
    return out;
}

} // namespace Easel::Png
