#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

#include <optional>

namespace Easel {

// The names the web UI's mask editor gives the four files it uploads into input/clipspace
// (ComfyUI_frontend src/extensions/core/maskeditor/utils/maskEditorLayerFilenames.ts):
// clipspace-{mask,paint,painted,painted-masked}-<timestamp>.png. A LoadImage that names a
// painted-masked file can be edited again from its mask and paint files, by the web UI and
// by Easel alike.
struct ClipspaceNames
{
    static constexpr QLatin1StringView subfolder{"clipspace"};

    qint64 timestamp = 0;

    static ClipspaceNames forTimestamp(qint64 timestamp) { return {timestamp}; }
    // From a painted-masked file's name (with or without "clipspace/" and " [input]").
    static std::optional<ClipspaceNames> fromValue(const QString &inputValue);

    QString mask() const;          // the original's colours with the mask in alpha
    QString paint() const;         // the paint layer alone, transparent elsewhere
    QString painted() const;       // the original with the paint layer over it
    QString paintedMasked() const; // painted, with the mask in alpha: what LoadImage reads
    // The value LoadImage's widget takes once the editor saved ("clipspace/<name> [input]").
    QString inputValue() const;
};

// Pixel work of the mask editor. The editor's mask is a Format_Alpha8 image, 255 where the
// user painted (the area to regenerate); LoadImage's MASK is 1 - alpha of the file it reads,
// so the uploaded alpha is the inverse (MaskEditorDialog.ts: removeImageRgbValuesAndInvertAlpha).
namespace MaskComposition {

// What the web UI uploads to /upload/mask: RGB 0, alpha = 255 - mask, at imageSize (the
// mask is scaled smoothly when it is not at the image's size).
QImage maskUpload(const QImage &editorMask, QSize imageSize);
// The editor's mask of an image whose alpha carries one (a clipspace-mask file, or any
// image with transparency): 255 - alpha; an opaque image gives an empty mask.
QImage editorMask(const QImage &image);
// What /upload/mask stores (server.py upload_mask): the original converted to RGBA with the
// uploaded mask's alpha; the original's colour stays under alpha 0. Null when the sizes differ.
QImage serverComposite(const QImage &original, const QImage &maskUpload);
// The "painted" layer: the original's colours, opaque (the editor shows channel=rgb), with
// the paint layer drawn over it (MaskEditorDialog.ts: combineOriginalImageAndPaint).
QImage paintedImage(const QImage &original, const QImage &paint);
// An empty (fully transparent) paint layer of that size.
QImage emptyPaint(QSize size);
// The bytes sent for one layer: PNG, straight (not premultiplied) RGBA, or RGB for a
// picture without alpha; written for speed (zlib level 1, stripes on every core: pngencoder.h).
QByteArray encodePng(const QImage &image);
// maskUpload() as PNG bytes without making that picture first (grey 0 and alpha).
QByteArray encodeMaskPng(const QImage &editorMask, QSize imageSize);
// True when no pixel has any alpha: an unpainted editor mask or an empty paint layer.
bool isEmpty(const QImage &editorMask);

} // namespace MaskComposition

} // namespace Easel
