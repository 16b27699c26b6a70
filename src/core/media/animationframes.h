#pragma once

#include <QImage>
#include <QList>
#include <QString>

class QIODevice;

namespace Easel {

// Every frame of an animated WebP, GIF or PNG, decoded for playback (on a worker thread):
// WebP and GIF through Qt's image plugins, animated PNG through FFmpeg (Qt shows only its
// first frame). Memory is bounded: decoding stops at maxBytes of pixels (the frames so far
// play, and `truncated` says so), and a frame larger than 16384² pixels is refused.
struct AnimationFrames
{
    QList<QImage> frames;
    QList<int> delaysMs;  // per frame
    bool truncated = false;
    QString error;        // nothing decoded
    qint64 durationMs() const;
};

AnimationFrames decodeAnimation(const QString &path, qint64 maxBytes = qint64(512) * 1024 * 1024);
// Every frame of a video file (MP4, WebM, ...) through FFmpeg, with the same bounds: used
// where frames must be addressed by index (compare steps two videos frame by frame).
AnimationFrames decodeVideo(const QString &path, qint64 maxBytes = qint64(256) * 1024 * 1024);

} // namespace Easel
