#pragma once

// The recorded mask-editor session of the real server (captures/run_media_upload_mask),
// read the same way by every mask test: the tests of composition, of the uploads, of the
// editor and of the farm. Header-only; needs EASEL_SHARED_DIR (easel_add_test sets it).

#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QString>

namespace Easel::MaskCapture {

inline QString path(const QString &name)
{
    return QStringLiteral(EASEL_SHARED_DIR "/captures/run_media_upload_mask/") + name;
}

// A recorded file's bytes; a missing fixture stops the test binary (not a silent pass).
inline QByteArray read(const QString &name)
{
    QFile file(path(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

// The recorded bodies' multipart boundary.
inline constexpr char boundary[] = "----CaptureBoundary7MA4YWxkTrZu0gW";

// The bytes of the part named `field` of a recorded request body.
inline QByteArray part(const QByteArray &body, const QByteArray &field)
{
    const QByteArray marker = "name=\"" + field + '"';
    const qsizetype at = body.indexOf(marker);
    if (at < 0)
        return {};
    const qsizetype start = body.indexOf("\r\n\r\n", at) + 4;
    const qsizetype end = body.indexOf("\r\n------CaptureBoundary", start);
    return body.mid(start, end - start);
}

// The picture of a recorded upload, ARGB32.
inline QImage recordedImage(const QString &requestFile)
{
    return QImage::fromData(part(read(requestFile), "image")).convertToFormat(QImage::Format_ARGB32);
}

// The source picture the session started from (64×64: red, green, blue, white quadrants).
inline QByteArray sourcePng()
{
    return part(read(QStringLiteral("upload_source_image.request_body.multipart")), "image");
}

// The mask the user painted in the session, from the capture README: the square x, y in
// [16, 48) fully, rows 0–7 at half strength (alpha 128 uploaded).
inline QImage paintedMask()
{
    QImage mask(64, 64, QImage::Format_Alpha8);
    mask.fill(0);
    for (int y = 0; y < 64; ++y) {
        for (int x = 0; x < 64; ++x) {
            if (x >= 16 && x < 48 && y >= 16 && y < 48)
                mask.scanLine(y)[x] = 255;
            else if (y < 8)
                mask.scanLine(y)[x] = 127;
        }
    }
    return mask;
}

} // namespace Easel::MaskCapture
