#pragma once

#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

class QIODevice;

namespace Easel {

// What a video, audio or animated image file holds, read with FFmpeg's libraries (and a
// chunk walk for animated WebP, which FFmpeg 5 does not demux): size, frames, duration,
// codecs, a thumbnail (a frame from the middle, or a waveform for sound). Runs on a worker
// thread; every step is bounded (pixels, time, decoded audio), so a hostile or broken
// file gives an error message, never a hang or an allocation the size of its claims.
struct MediaProbe
{
    bool ok = false;
    QString error;          // for the artist, when !ok (or when only the thumbnail failed)
    int width = 0;
    int height = 0;
    int frameCount = 0;     // 0 when unknown
    qint64 durationMs = 0;
    QString videoCodec;     // "h264", "vp9", "apng", "gif", "webp", ...
    QString audioCodec;     // "aac", "opus", "flac", "mp3", ...
    int sampleRate = 0;
    int channels = 0;
    bool hasVideo() const { return !videoCodec.isEmpty(); }
    bool hasAudio() const { return !audioCodec.isEmpty(); }
    QImage thumbnail;       // video/animation frame, scaled to fit the requested size
    QList<float> peaks;     // audio: loudest |sample| (0..1) per bin, over the whole file
};

struct MediaProbeOptions
{
    enum class Frame { First, Middle };
    int thumbnailSize = 256;      // 0: no thumbnail
    Frame frame = Frame::Middle;
    int peakBins = 200;           // 0: no waveform
    qint64 maxPixels = qint64(16384) * 16384;
    qint64 maxAudioDecodeMs = 15 * 60 * 1000; // longer sound: the waveform covers this much
    int timeoutMs = 15000;
};

MediaProbe probeMedia(QIODevice *device, const MediaProbeOptions &options = {});
MediaProbe probeMediaFile(const QString &path, const MediaProbeOptions &options = {});

// Animated WebP (RIFF chunks VP8X, ANIM, ANMF...): canvas size, frame count and the sum of
// frame durations, read by seeking from chunk to chunk (frames are not decoded).
struct WebpAnimation
{
    bool ok = false;
    bool animated = false;
    int width = 0;
    int height = 0;
    int frameCount = 0;
    qint64 durationMs = 0;
    int loopCount = 0;     // 0 = forever
};
WebpAnimation readWebpAnimation(QIODevice *device);

// A waveform tile: the peaks as mirrored bars, centred, on a transparent background.
QImage renderWaveform(const QList<float> &peaks, QSize size, QRgb colour);

} // namespace Easel
