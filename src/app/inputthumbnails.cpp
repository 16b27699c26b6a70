#include "inputthumbnails.h"

#include "comfyclient.h"
#include "futurecallback.h"
#include "pngchunkscreen.h"

#include <QBuffer>
#include <QImageReader>
#include <QtConcurrent/QtConcurrentRun>

namespace Easel {

namespace {

constexpr qint64 maxSourcePixels = qint64(16384) * 16384;

QImage decodeThumbnail(const QByteArray &bytes)
{
    if (!PngChunkScreen::problem(bytes).isEmpty())
        return {};
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    // The header first: nothing is decoded of a picture too large to be one.
    if (!full.isValid() || qint64(full.width()) * full.height() > maxSourcePixels)
        return {};
    reader.setScaledSize(
        full.scaled(QSize(InputThumbnails::size, InputThumbnails::size), Qt::KeepAspectRatio).expandedTo({1, 1}));
    QImage image;
    return reader.read(&image) ? image : QImage();
}

} // namespace

InputThumbnails::InputThumbnails(QObject *parent)
    : QObject(parent)
{
}

void InputThumbnails::setClient(ComfyClient *client)
{
    m_client = client;
}

QImage InputThumbnails::thumbnail(const QString &value)
{
    if (const auto it = m_cache.constFind(value); it != m_cache.constEnd())
        return *it;
    if (!m_client || value.trimmed().isEmpty() || m_pending.contains(value))
        return {};
    m_pending.insert(value);
    onFinished(m_client->view(ComfyClient::inputImageFile(value)), this,
               [this, value](const Result<QByteArray> &result) {
                   if (!result.isOk()) {
                       m_pending.remove(value);
                       m_cache.insert(value, QImage());
                       emit ready(value);
                       return;
                   }
                   onFinished(QtConcurrent::run(decodeThumbnail, result.value()), this,
                              [this, value](const QImage &image) {
                                  m_pending.remove(value);
                                  m_cache.insert(value, image);
                                  emit ready(value);
                              });
               });
    return {};
}

void InputThumbnails::forget(const QString &value)
{
    m_cache.remove(value);
}

} // namespace Easel
