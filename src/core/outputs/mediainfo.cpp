#include "mediainfo.h"

#include "mediaprobe.h"
#include "pngchunkscreen.h"
#include "regionreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QImageReader>
#include <QPainter>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

// A PNG is animated when an acTL chunk comes before the first IDAT.
bool pngHasAnimation(QIODevice *device)
{
    if (device->read(8) != QByteArray("\x89PNG\r\n\x1a\n", 8))
        return false;
    for (int chunks = 0; chunks < 64; ++chunks) {
        const QByteArray head = device->read(8);
        if (head.size() < 8)
            return false;
        const quint32 length = qFromBigEndian<quint32>(head.constData());
        const QByteArray type = head.mid(4, 4);
        if (type == "acTL")
            return true;
        if (type == "IDAT" || type == "IEND")
            return false;
        if (!device->seek(device->pos() + qint64(length) + 4))
            return false;
    }
    return false;
}

void takeProbe(OutputRecord *record, const MediaProbe &probe)
{
    record->width = probe.width;
    record->height = probe.height;
    record->frameCount = probe.frameCount;
    record->durationMs = probe.durationMs;
    record->codec = probe.hasVideo() ? probe.videoCodec : probe.audioCodec;
    if (probe.hasVideo() && probe.hasAudio())
        record->codec += u'+' + probe.audioCodec;
    record->mediaState = probe.ok ? OutputRecord::MediaState::Read : OutputRecord::MediaState::Unreadable;
    record->mediaError = probe.error;
}

} // namespace

namespace {

bool hasMediaFacts(MediaKind kind)
{
    return kind != MediaKind::Text && kind != MediaKind::Model3D && kind != MediaKind::Other;
}

// What file (open, at its start) holds, into record.
OutputRecord readMediaInfoFrom(OutputRecord record, QIODevice &file)
{
    MediaProbeOptions metadataOnly;
    metadataOnly.thumbnailSize = 0;
    metadataOnly.peakBins = 0;
    const QByteArray head = file.peek(16);
    const bool webp = head.startsWith("RIFF") && head.mid(8, 4) == "WEBP";
    const bool gif = head.startsWith("GIF8");
    const bool png = head.startsWith("\x89PNG");
    if (record.kind == MediaKind::Video || record.kind == MediaKind::Audio) {
        takeProbe(&record, probeMedia(&file, metadataOnly));
        return record;
    }
    // Stills and animations: which one is decided by the file.
    if (webp || gif || (png && pngHasAnimation(&file))) {
        file.seek(0);
        const MediaProbe probe = probeMedia(&file, metadataOnly);
        takeProbe(&record, probe);
        if (probe.ok)
            record.kind = probe.frameCount > 1 ? MediaKind::Animation : MediaKind::Still;
        if (record.kind == MediaKind::Still)
            record.durationMs = 0;
        return record;
    }
    // A PNG's size from its IHDR chunk, which the format puts first: QImageReader reads every
    // chunk before the pixels to answer size(), inflating the prompt and workflow ComfyUI
    // embeds as compressed text (~0.1 ms a small job's PNG, per output: issue 17).
    if (png) {
        file.seek(0);
        if (const QSize size = RegionReader::pngSize(&file); size.isValid()) {
            record.kind = MediaKind::Still;
            record.width = size.width();
            record.height = size.height();
            record.frameCount = 1;
            record.codec = u"png"_s; // as QImageReader::format() names it
            return record;
        }
    }
    file.seek(0);
    if (const QString problem = PngChunkScreen::problem(&file); !problem.isEmpty()) {
        record.mediaState = OutputRecord::MediaState::Unreadable;
        record.mediaError = QCoreApplication::translate("Easel::MediaInfo", "Not a readable image: %1").arg(problem);
        return record;
    }
    QImageReader reader(&file);
    const QSize size = reader.size();
    if (!size.isValid()) {
        record.mediaState = OutputRecord::MediaState::Unreadable;
        record.mediaError = QCoreApplication::translate("Easel::MediaInfo", "Not a readable image: %1")
                                .arg(reader.errorString());
        return record;
    }
    record.kind = MediaKind::Still;
    record.width = size.width();
    record.height = size.height();
    record.frameCount = 1;
    record.codec = QString::fromLatin1(reader.format());
    return record;
}

} // namespace

OutputRecord readMediaInfo(const OutputRecord &input)
{
    OutputRecord record = input;
    record.mediaState = OutputRecord::MediaState::Read;
    record.mediaError.clear();
    if (!hasMediaFacts(record.kind))
        return record;
    QFile file(record.path);
    if (!file.open(QIODevice::ReadOnly)) {
        record.mediaState = OutputRecord::MediaState::Unreadable;
        record.mediaError = QCoreApplication::translate("Easel::MediaInfo", "Cannot open %1: %2")
                                .arg(record.path, file.errorString());
        return record;
    }
    return readMediaInfoFrom(std::move(record), file);
}

OutputRecord readMediaInfo(const OutputRecord &input, const QByteArray &bytes)
{
    OutputRecord record = input;
    record.mediaState = OutputRecord::MediaState::Read;
    record.mediaError.clear();
    if (!hasMediaFacts(record.kind))
        return record;
    QBuffer buffer; // shares bytes: no copy
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readMediaInfoFrom(std::move(record), buffer);
}

namespace {

QString badgeText(qint64 ms)
{
    const qint64 tenths = (ms + 50) / 100;
    return tenths >= 600 ? u"%1:%2"_s.arg(tenths / 600).arg((tenths / 10) % 60, 2, 10, QLatin1Char('0'))
                         : u"%1.%2 s"_s.arg(tenths / 10).arg(tenths % 10);
}

// The duration in a dark pill at the bottom right, with a play mark, drawn into the
// thumbnail itself so the filmstrip and the library show it alike.
// Text needs fonts, and fonts a QGuiApplication: a headless program (easel-run, a test
// without a GUI) gets the pictures without the words.
bool canDrawText()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

void drawBadge(QImage *image, qint64 durationMs, const QString &mark)
{
    if (image->isNull() || !canDrawText())
        return;
    if (image->format() != QImage::Format_ARGB32_Premultiplied)
        *image = image->convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QPainter painter(image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(std::max(9, image->height() / 9));
    font.setBold(true);
    painter.setFont(font);
    const QString text = durationMs > 0 ? mark + u' ' + badgeText(durationMs) : mark;
    const QRect bounds = painter.fontMetrics().boundingRect(text).adjusted(-4, -1, 4, 1);
    const QRect pill(image->width() - bounds.width() - 3, image->height() - bounds.height() - 3, bounds.width(),
                     bounds.height());
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 170));
    painter.drawRoundedRect(pill, 3, 3);
    painter.setPen(Qt::white);
    painter.drawText(pill, Qt::AlignCenter, text);
}

// A text output's tile: its first lines on a page.
QImage textThumbnail(const QString &path, int size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.read(4096));
    QImage tile(QSize(size, size * 3 / 4), QImage::Format_ARGB32_Premultiplied);
    tile.fill(QColor(0xfa, 0xf8, 0xf2));
    if (!canDrawText())
        return tile;
    QPainter painter(&tile);
    QFont font = painter.font();
    font.setPixelSize(std::max(9, size / 12));
    painter.setFont(font);
    painter.setPen(QColor(0x30, 0x30, 0x30));
    painter.drawText(tile.rect().adjusted(6, 5, -6, -5), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    painter.end();
    drawBadge(&tile, 0, u"T"_s);
    return tile;
}

} // namespace

QImage mediaThumbnail(const QString &path, MediaKind kind, int size)
{
    if (kind == MediaKind::Text)
        return textThumbnail(path, size);
    MediaProbeOptions options;
    options.thumbnailSize = size;
    options.peakBins = kind == MediaKind::Audio ? 64 : 0;
    const MediaProbe probe = probeMediaFile(path, options);
    if (kind == MediaKind::Audio || (!probe.hasVideo() && probe.hasAudio())) {
        if (probe.peaks.isEmpty())
            return {};
        QImage tile(QSize(size, size * 3 / 4), QImage::Format_ARGB32_Premultiplied);
        tile.fill(qRgb(0x26, 0x2b, 0x33));
        const QImage wave = renderWaveform(probe.peaks, QSize(size, size / 2), qRgb(0x6c, 0xc4, 0xff));
        QPainter painter(&tile);
        painter.drawImage(0, size / 8, wave);
        painter.end();
        drawBadge(&tile, probe.durationMs, u"♪"_s);
        return tile;
    }
    QImage image = probe.thumbnail;
    // A video's or an animation's length on its picture.
    if (probe.frameCount > 1 || kind == MediaKind::Video)
        drawBadge(&image, probe.durationMs, u"▶"_s);
    return image;
}

} // namespace Easel
