#pragma once

#include "result.h"

#include <QByteArray>
#include <QFuture>
#include <QImage>
#include <QObject>
#include <QSize>

QT_BEGIN_NAMESPACE
class QThreadPool;
QT_END_NAMESPACE

namespace Easel {

// Decodes preview images on a small pool of its own, so a burst of previews can't starve
// the global pool or the GUI thread. Reads the header size first and refuses anything
// larger than maxPixels (a frame that claims 100000x100000 never reaches the decoder).
class PreviewDecoder : public QObject
{
    Q_OBJECT
public:
    explicit PreviewDecoder(QObject *parent = nullptr);
    ~PreviewDecoder() override;

    static constexpr qint64 defaultMaxPixels = 8192LL * 8192;

    // Fast trades a little JPEG fidelity (integer IDCT, plain chroma upsampling) for
    // speed: right for live previews, which the next frame replaces within a step.
    enum class Fidelity { Full, Fast };

    // Runs on the calling thread; used by the pool and by benchmarks.
    static Result<QImage> decode(const QByteArray &bytes, qint64 maxPixels = defaultMaxPixels,
                                 QSize scaledTo = {}, Fidelity fidelity = Fidelity::Full);
    // How many decodes this process has begun (any thread): a headless run must show 0.
    static int decodeCount();
    QFuture<Result<QImage>> decodeAsync(const QByteArray &bytes, QSize scaledTo = {},
                                        Fidelity fidelity = Fidelity::Fast);

    void setMaxPixels(qint64 pixels) { m_maxPixels = pixels; }

private:
    QThreadPool *m_pool;
    qint64 m_maxPixels = defaultMaxPixels;
};

} // namespace Easel
