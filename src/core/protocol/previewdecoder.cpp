#include "previewdecoder.h"

#include "pngchunkscreen.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
const QString kEndpoint = u"preview image"_s;
std::atomic<int> decodes{0};
} // namespace

int PreviewDecoder::decodeCount()
{
    return decodes.load(std::memory_order_relaxed);
}

PreviewDecoder::PreviewDecoder(QObject *parent)
    : QObject(parent), m_pool(new QThreadPool(this))
{
    // Our own small pool: a burst of previews must not starve the global pool.
    m_pool->setMaxThreadCount(2);
}

PreviewDecoder::~PreviewDecoder()
{
    m_pool->waitForDone();
}

Result<QImage> PreviewDecoder::decode(const QByteArray &bytes, qint64 maxPixels, QSize scaledTo,
                                      Fidelity fidelity)
{
    decodes.fetch_add(1, std::memory_order_relaxed);
    if (const QString problem = PngChunkScreen::problem(bytes); !problem.isEmpty()) {
        return ProtocolError(ProtocolError::Kind::UnexpectedShape, kEndpoint,
                             QCoreApplication::translate("Easel::ProtocolError", "The preview image could not be read: %1")
                                 .arg(problem));
    }
    QByteArray data = bytes; // QBuffer needs a non-const array; this is a shallow copy
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    // The header size is read without decoding: a frame claiming 100000x100000 is refused
    // here, before any pixel buffer exists (the process-wide allocation limit is only a
    // backstop).
    const QSize size = reader.size();
    if (!size.isValid()) {
        return ProtocolError(ProtocolError::Kind::UnexpectedShape, kEndpoint,
                             QCoreApplication::translate("Easel::ProtocolError", "The preview image could not be read: %1")
                                 .arg(reader.errorString()));
    }
    if (qint64(size.width()) * qint64(size.height()) > maxPixels) {
        return ProtocolError(ProtocolError::Kind::TooLarge, kEndpoint,
                             QCoreApplication::translate("Easel::ProtocolError", "The preview image claims %1x%2 pixels, more than the %3 allowed")
                                 .arg(size.width())
                                 .arg(size.height())
                                 .arg(maxPixels));
    }
    // Qt's JPEG reader switches to JDCT_IFAST without fancy upsampling below quality 50.
    if (fidelity == Fidelity::Fast)
        reader.setQuality(25);
    if (scaledTo.isValid() && !scaledTo.isEmpty())
        reader.setScaledSize(size.scaled(scaledTo, Qt::KeepAspectRatio));
    QImage image;
    if (!reader.read(&image) || image.isNull()) {
        return ProtocolError(ProtocolError::Kind::UnexpectedShape, kEndpoint,
                             QCoreApplication::translate("Easel::ProtocolError", "The preview image could not be decoded: %1")
                                 .arg(reader.errorString()));
    }
    return image;
}

QFuture<Result<QImage>> PreviewDecoder::decodeAsync(const QByteArray &bytes, QSize scaledTo,
                                                    Fidelity fidelity)
{
    const qint64 maxPixels = m_maxPixels;
    return QtConcurrent::run(m_pool, [bytes, maxPixels, scaledTo, fidelity] {
        return decode(bytes, maxPixels, scaledTo, fidelity);
    });
}

} // namespace Easel
