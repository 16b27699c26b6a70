#include "clipspacetransfer.h"

#include "comfyclient.h"
#include "futurecallback.h"
#include "pngchunkscreen.h"
#include "pngencoder.h"

#include <QBuffer>
#include <QImageReader>
#include <QHash>
#include <QMutex>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

OutputFile clipspaceFile(const QString &name)
{
    return {name, QString(ClipspaceNames::subfolder), u"input"_s};
}

// channel=rgb, as the editor shows the picture: colours without alpha.
QImage opaque(const QImage &image)
{
    return MaskComposition::paintedImage(image, QImage());
}

} // namespace

ClipspaceTransfer::ClipspaceTransfer(ComfyClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

QImage ClipspaceTransfer::decode(const QByteArray &bytes, QString *error)
{
    if (const QString problem = PngChunkScreen::problem(bytes); !problem.isEmpty()) {
        *error = tr("The file is not a picture Easel can read (%1).").arg(problem);
        return {};
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid()) {
        *error = tr("The file is not a picture Easel can read (%1).").arg(reader.errorString());
        return {};
    }
    // The header first: a picture too large to edit is refused before it is decoded.
    if (qint64(size.width()) * size.height() > maxPixels) {
        *error = tr("The picture is %1 × %2 pixels; Easel edits pictures of up to %3 megapixels.")
                     .arg(size.width())
                     .arg(size.height())
                     .arg(maxPixels / 1000000);
        return {};
    }
    reader.setAllocationLimit(int(maxPixels * 8 / (1024 * 1024)) + 1); // 16-bit RGBA included
    QImage image;
    if (!reader.read(&image)) {
        *error = tr("The picture cannot be decoded (%1).").arg(reader.errorString());
        return {};
    }
    // CMYK JPEGs, 16-bit PNGs, palettes and grey all become 8-bit straight RGBA.
    return image.convertToFormat(QImage::Format_ARGB32);
}

QFuture<ClipspaceTransfer::Loaded> ClipspaceTransfer::load(const QString &inputValue)
{
    auto promise = std::make_shared<QPromise<Loaded>>();
    promise->start();
    QFuture<Loaded> future = promise->future();
    auto finish = [promise](Loaded loaded) {
        promise->addResult(std::move(loaded));
        promise->finish();
    };
    if (!m_client) {
        finish({{}, tr("Not connected to a server.")});
        return future;
    }
    const std::optional<ClipspaceNames> names = ClipspaceNames::fromValue(inputValue);
    const OutputFile plain = ComfyClient::inputImageFile(inputValue);

    // A plain picture: it is the original, its alpha the mask.
    auto loadPlain = [this, plain, finish] {
        if (!m_client)
            return finish({{}, tr("Not connected to a server.")});
        onFinished(m_client->view(plain), this, [this, plain, finish](const Result<QByteArray> &bytes) {
            if (!bytes.isOk())
                return finish({{}, tr("%1 cannot be fetched: %2").arg(plain.filename, bytes.error().message())});
            onFinished(QtConcurrent::run([plain, data = bytes.value()] {
                           Loaded loaded;
                           const QImage image = decode(data, &loaded.error);
                           if (image.isNull())
                               return loaded;
                           loaded.layers = {plain, opaque(image), MaskComposition::editorMask(image),
                                            MaskComposition::emptyPaint(image.size())};
                           return loaded;
                       }),
                       this, finish);
        });
    };
    if (!names) {
        loadPlain();
        return future;
    }
    // Edited before: the mask file holds the original colours and the mask, the paint file
    // the paint layer (UIManager.ts setImages with imageLayerFilenamesIfApplicable).
    const OutputFile maskFile = clipspaceFile(names->mask());
    onFinished(m_client->view(maskFile), this,
               [this, names, maskFile, loadPlain, finish](const Result<QByteArray> &maskBytes) {
                   if (!maskBytes.isOk() || !m_client)
                       return loadPlain(); // only the painted-masked file is there
                   onFinished(m_client->view(clipspaceFile(names->paint())), this,
                              [this, maskFile, maskData = maskBytes.value(), finish](const Result<QByteArray> &paint) {
                                  const QByteArray paintData = paint.isOk() ? paint.value() : QByteArray();
                                  onFinished(QtConcurrent::run([maskFile, maskData, paintData] {
                                                 Loaded loaded;
                                                 const QImage image = decode(maskData, &loaded.error);
                                                 if (image.isNull())
                                                     return loaded;
                                                 QString ignored;
                                                 QImage layer = paintData.isEmpty() ? QImage() : decode(paintData, &ignored);
                                                 if (layer.size() != image.size())
                                                     layer = MaskComposition::emptyPaint(image.size());
                                                 loaded.layers = {maskFile, opaque(image), MaskComposition::editorMask(image),
                                                                  layer};
                                                 return loaded;
                                             }),
                                             this, finish);
                              });
               });
    return future;
}

namespace {

// A fully transparent layer of a size compresses to a few kilobytes but takes as long to
// encode as any picture: the empty paint layer of each size is made once.
QByteArray emptyPaintPng(QSize size)
{
    static QMutex mutex;
    static QHash<quint64, QByteArray> cache;
    const quint64 key = (quint64(quint32(size.width())) << 32) | quint32(size.height());
    {
        QMutexLocker lock(&mutex);
        if (const auto it = cache.constFind(key); it != cache.constEnd())
            return *it;
    }
    // All zeros (transparent RGBA): written row by row with the run-length strategy, no
    // 64 MB picture made first.
    Png::Options options;
    options.runLength = true;
    const QByteArray png = Png::encode(size, Png::ColorType::Rgba,
                                       [width = size.width()](int, uchar *row) { std::memset(row, 0, size_t(width) * 4); }, options);
    QMutexLocker lock(&mutex);
    if (cache.size() > 8)
        cache.clear();
    cache.insert(key, png);
    return png;
}

// The painted picture's PNG (the colours without alpha, the paint over them). With no
// paint, the usual case, the rows come straight from the picture: no 64 MB copies of it.
QByteArray encodePainted(const QImage &image, const QImage &paint)
{
    if (!paint.isNull() && !MaskComposition::isEmpty(paint))
        return MaskComposition::encodePng(MaskComposition::paintedImage(image, paint));
    const QImage source = image.format() == QImage::Format_ARGB32 || image.format() == QImage::Format_RGB32
        ? image
        : image.convertToFormat(QImage::Format_ARGB32);
    return Png::encode(source.size(), Png::ColorType::Rgb, [&source](int y, uchar *row) {
        const auto *from = reinterpret_cast<const QRgb *>(source.constScanLine(y));
        for (int x = 0; x < source.width(); ++x) {
            row[3 * x] = uchar(qRed(from[x]));
            row[3 * x + 1] = uchar(qGreen(from[x]));
            row[3 * x + 2] = uchar(qBlue(from[x]));
        }
    });
}

} // namespace

QByteArray ClipspaceTransfer::localComposite(const MaskLayers &layers)
{
    // serverComposite(paintedImage, maskUpload) row by row into the encoder: the painted
    // colours, alpha 255 - mask; no 64 MB pictures in between.
    const QSize size = layers.image.size();
    const QImage colours = !layers.paint.isNull() && !MaskComposition::isEmpty(layers.paint)
        ? MaskComposition::paintedImage(layers.image, layers.paint)
        : layers.image.convertToFormat(QImage::Format_ARGB32);
    QImage mask = layers.mask.convertToFormat(QImage::Format_Alpha8);
    if (mask.size() != size)
        mask = mask.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (colours.isNull() || mask.isNull())
        return {};
    return Png::encode(size, Png::ColorType::Rgba, [&colours, &mask](int y, uchar *row) {
        const auto *from = reinterpret_cast<const QRgb *>(colours.constScanLine(y));
        const uchar *alpha = mask.constScanLine(y);
        for (int x = 0; x < colours.width(); ++x) {
            row[4 * x] = uchar(qRed(from[x]));
            row[4 * x + 1] = uchar(qGreen(from[x]));
            row[4 * x + 2] = uchar(qBlue(from[x]));
            row[4 * x + 3] = uchar(255 - alpha[x]);
        }
    });
}

QFuture<ClipspaceTransfer::Saved> ClipspaceTransfer::save(const MaskLayers &layers, qint64 timestamp)
{
    auto promise = std::make_shared<QPromise<Saved>>();
    promise->start();
    QFuture<Saved> future = promise->future();
    auto finish = [promise](Saved saved) {
        promise->addResult(std::move(saved));
        promise->finish();
    };
    if (!m_client || layers.image.isNull()) {
        finish({{}, tr("Not connected to a server."), 0});
        return future;
    }
    constexpr int steps = 5;
    emit progress(0, steps);
    const ClipspaceNames names = ClipspaceNames::forTimestamp(timestamp);
    const QString sub = QString(ClipspaceNames::subfolder);
    const OutputFile original = layers.original;
    // Each step's failure ends the save with a message that says which file the server refused.
    auto failed = [finish](const QString &what, const ProtocolError &error) {
        Saved saved;
        saved.httpStatus = error.httpStatus();
        if (error.httpStatus() == 413)
            saved.error = tr("The server refused the %1 as too large (HTTP 413). The mask is kept; try a smaller picture.").arg(what);
        else if (error.httpStatus() == 400)
            // server.py answers an empty 400 when it cannot place an upload (no named picture,
            // a folder outside its input folder); a proxy in front of it may too.
            saved.error = tr("The server refused the %1 as a bad request (HTTP 400). The mask is kept; check that the "
                             "server accepts uploads into input/clipspace, then save again.")
                              .arg(what);
        else
            saved.error = tr("Uploading the %1 failed: %2. The mask is kept; save again to retry.").arg(what, error.message());
        finish(saved);
    };
    // The three pictures are encoded side by side on workers; each upload starts as soon
    // as its picture is ready and the one before it is answered (the web UI's order).
    const QFuture<QByteArray> maskPng = QtConcurrent::run([layers] {
        return MaskComposition::encodeMaskPng(layers.mask, layers.image.size());
    });
    const QFuture<QByteArray> paintPng = QtConcurrent::run([layers] {
        if (layers.paint.isNull() || MaskComposition::isEmpty(layers.paint))
            return emptyPaintPng(layers.image.size());
        return MaskComposition::encodePng(layers.paint);
    });
    const QFuture<QByteArray> paintedPng = QtConcurrent::run([layers] {
        return encodePainted(layers.image, layers.paint);
    });
    onFinished(maskPng, this, [=, this](const QByteArray &mask) {
        if (mask.isEmpty() || !m_client)
            return finish({{}, tr("The mask could not be encoded."), 0});
        emit progress(1, steps);
        onFinished(m_client->uploadMask(mask, names.mask(), original, sub), this, [=, this](const Result<UploadResult> &r1) {
            if (!r1.isOk() || !m_client)
                return failed(tr("mask"), r1.error());
            emit progress(2, steps);
            onFinished(paintPng, this, [=, this](const QByteArray &paint) {
                if (!m_client)
                    return finish({{}, tr("Not connected to a server."), 0});
                onFinished(m_client->uploadImage(paint, names.paint(), original, sub), this, [=, this](const Result<UploadResult> &r2) {
                    if (!r2.isOk() || !m_client)
                        return failed(tr("paint layer"), r2.error());
                    emit progress(3, steps);
                    onFinished(paintedPng, this, [=, this](const QByteArray &painted) {
                        if (painted.isEmpty() || !m_client)
                            return finish({{}, tr("The mask could not be encoded."), 0});
                        onFinished(m_client->uploadImage(painted, names.painted(), original, sub), this,
                                   [=, this](const Result<UploadResult> &r3) {
                                       if (!r3.isOk() || !m_client)
                                           return failed(tr("painted picture"), r3.error());
                                       emit progress(4, steps);
                                       // The server's own name for the painted file (it renames a clash).
                                       const OutputFile paintedRef{r3.value().name, r3.value().subfolder, r3.value().type};
                                       onFinished(m_client->uploadMask(mask, names.paintedMasked(), paintedRef, sub), this,
                                                  [=, this](const Result<UploadResult> &r4) {
                                                      if (!r4.isOk())
                                                          return failed(tr("masked picture"), r4.error());
                                                      emit progress(5, steps);
                                                      const UploadResult &up = r4.value();
                                                      Saved saved;
                                                      saved.inputValue = up.annotatedInputValue();
                                                      finish(saved);
                                                  });
                                   });
                    });
                });
            });
        });
    });
    return future;
}

} // namespace Easel
