#pragma once

#include "pnginflater.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace Easel {

// The viewer's first view of a PNG, as fast as the file allows: the whole picture decoded
// top to bottom, optionally reduced by a whole factor (a 16384² file to a 4096² working
// copy), rows handed out in bands as they are ready so the top of the picture can be on
// screen before the bottom is inflated.
//
// A PNG's pixels are one deflate stream, so the decode cannot be split into parts that run
// side by side; what can run side by side are its two stages. Inflating (Intel ISA-L's
// inflater, about three times zlib's speed) runs on a thread of its own, a few bands ahead
// of undoing the row filters and reducing, which run on the calling thread.
//
// It decodes the layouts image generators write: 8-bit RGB and RGBA, not interlaced,
// without a tRNS chunk. For anything else open() says isSupported() == false and the
// caller reads the file with Qt. Pixels are Format_RGB32, or Format_ARGB32_Premultiplied
// when the file has alpha; a reduction averages factor × factor blocks (premultiplied, so
// transparent pixels do not darken their neighbours; a partial block at the right or bottom
// edge averages the pixels it has).
class PngBandDecoder
{
public:
    explicit PngBandDecoder(QIODevice *device);
    ~PngBandDecoder();
    PngBandDecoder(const PngBandDecoder &) = delete;
    PngBandDecoder &operator=(const PngBandDecoder &) = delete;

    // Reads the signature and header. False with `error` set when the file is broken; false
    // with an empty error (and isSupported() false) when the layout is not one this decodes.
    bool open(QString *error = nullptr);
    bool isSupported() const { return m_supported; }
    QSize size() const;
    bool hasAlpha() const;

    // The smallest whole factor that brings the longest side to at most maxSide, and the size
    // of the picture reduced by it (rounded up: the last block may be partial).
    static int factorFor(QSize size, int maxSide);
    static QSize reducedSize(QSize size, int factor);
    // The largest factor decode() takes (a 32768-pixel side to 1024).
    static constexpr int maxFactor = 32;

    // Called on the decoding thread each time rows of the output are complete: the output
    // image so far, of which rows [0, rowsReady) hold their final pixels and are not written
    // again. `pixels` keeps the output's memory alive for as long as a caller holds it, so
    // a view of the ready rows (QImage over pixels.get()) may be kept past the decode.
    struct Band
    {
        std::shared_ptr<const uchar> pixels;
        QSize size;              // of the whole output
        qsizetype bytesPerLine = 0;
        QImage::Format format = QImage::Format_RGB32;
        int rowsReady = 0;
        // The ready rows as a QImage without a copy (valid while `pixels` is held).
        QImage view() const;
    };
    using BandCallback = std::function<void(const Band &)>;

    struct Options
    {
        int factor = 1;
        // Inflate on a second thread (the viewer); false decodes on the calling thread alone
        // (the fuzz target, and checks that both ways give the same pixels).
        bool pipelined = true;
        BandCallback onBand;                      // optional
        int bandInterval = 64;                    // output rows between callbacks (at least 1)
        const std::atomic<bool> *cancel = nullptr; // set by another thread: stop soon, null image
        // Keep a checkpoint before every row that is a multiple of this (0: none), for
        // PngRowIndex: a later full-resolution read starts there instead of at the top.
        int checkpointEvery = 0;
    };

    // Decodes the whole picture. A null image and `error` when the file is broken or the
    // decode was cancelled (error "cancelled"); requires open() to have succeeded.
    QImage decode(const Options &options, QString *error = nullptr);
    // The checkpoints the last decode kept (Options::checkpointEvery), top first.
    std::vector<PngCheckpoint> takeCheckpoints() { return std::move(m_checkpoints); }

private:
    struct Header;
    QIODevice *m_device;
    std::unique_ptr<Header> m_header;
    bool m_supported = false;
    std::vector<PngCheckpoint> m_checkpoints;
};

} // namespace Easel
