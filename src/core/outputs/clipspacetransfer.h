#pragma once

#include "maskcomposition.h"
#include "result.h"
#include "wiretypes.h"

#include <QFuture>
#include <QImage>
#include <QObject>
#include <QPointer>

namespace Easel {

class ComfyClient;

// What the mask editor edits: an image input's picture with its mask and paint layers.
struct MaskLayers
{
    OutputFile original; // the file the mask is applied to on the server (original_ref)
    QImage image;        // its pixels, ARGB32
    QImage mask;         // Alpha8, 255 = painted (regenerate here)
    QImage paint;        // ARGB32, transparent where nothing was painted
};

// The mask editor's exchange with the server, as the web UI's MaskEditorDialog makes it
// (ComfyUI_frontend src/extensions/core/maskeditor/MaskEditorDialog.ts, UIManager.ts):
//
// load(): an input that names a clipspace-painted-masked-<ts> file is edited again from
// clipspace-mask-<ts> (the original colours, the mask in alpha) and clipspace-paint-<ts>;
// any other file is the original, its alpha the mask.
//
// save(): four uploads in order into input/clipspace, each with image, original_ref, type
// and subfolder: the mask (/upload/mask onto the original), the paint layer and the painted
// image (/upload/image), and the mask again onto the painted image (/upload/mask), which is
// what LoadImage then reads. PNGs are encoded on a worker thread; progress() follows each
// step. The input's new value is "clipspace/<painted-masked> [input]".
class ClipspaceTransfer : public QObject
{
    Q_OBJECT
public:
    // Pictures above this many pixels are refused for editing (a 4096² image is 16.8 M).
    static constexpr qint64 maxPixels = qint64(8192) * 8192;

    explicit ClipspaceTransfer(ComfyClient *client, QObject *parent = nullptr);

    struct Loaded
    {
        MaskLayers layers;
        QString error; // translated; empty when loaded
    };
    QFuture<Loaded> load(const QString &inputValue);

    struct Saved
    {
        QString inputValue; // for LoadImage: "clipspace/<name> [input]"
        QString error;      // translated; empty when saved
        int httpStatus = 0;        // of a refused upload
    };
    // timestamp: the <ts> of the file names (milliseconds).
    QFuture<Saved> save(const MaskLayers &layers, qint64 timestamp);

    // What the server stores for LoadImage (the painted picture with the mask in alpha), as
    // PNG bytes: a farm uploads this copy to the other servers. Slow: call it on a worker.
    static QByteArray localComposite(const MaskLayers &layers);

    // Decodes picture bytes with the limits above (off the GUI thread); error on failure.
    static QImage decode(const QByteArray &bytes, QString *error);

signals:
    void progress(int done, int total);

private:
    QPointer<ComfyClient> m_client;
};

} // namespace Easel
