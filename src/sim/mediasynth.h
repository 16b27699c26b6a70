#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>

namespace Easel::Sim {

// Real, playable media for the simulated save nodes, encoded with the FFmpeg libraries
// ComfyUI's PyAV wraps (libx264, libvpx-vp9, libwebp_anim, apng, flac, libmp3lame,
// libopus, aac), with the workflow where ComfyUI puts it: container tags for video and
// audio, an EXIF chunk in animated WebP, a `comf` chunk in animated PNG.
namespace MediaSynth {

using Tags = QList<QPair<QByteArray, QByteArray>>; // key, UTF-8 value

struct Audio
{
    int sampleRate = 44100;
    int channels = 1;
    QList<float> samples; // interleaved, -1..1
    bool isEmpty() const { return samples.isEmpty(); }
};

// A sine tone (440 Hz) of the given length.
Audio tone(int milliseconds, int sampleRate = 44100, int channels = 1);
// Decodes an audio file (the input of LoadAudio); empty with an error when unreadable.
Audio readAudio(const QString &path, QString *error);

// Encodes frames at fps into path. container: "webm", "mp4", "webp" (animated), "apng";
// codec: an FFmpeg encoder name. audio (may be empty) is muxed as AAC into MP4.
// Returns an error message, empty on success.
QString writeVideo(const QString &path, const QList<QImage> &frames, double fps, const char *container,
                   const char *codec, const Tags &tags, const Audio &audio = {}, int crf = 23,
                   bool lossless = false);
// container "flac", "mp3" or "ogg" (Opus, resampled to 48 kHz); bitRate in bit/s (0: codec default).
QString writeAudio(const QString &path, const Audio &audio, const char *container, const char *codec,
                   const Tags &tags, int bitRate = 0);

} // namespace MediaSynth
} // namespace Easel::Sim
