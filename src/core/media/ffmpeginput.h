#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QSize>
#include <QString>
#include <cstdint>

class QIODevice;
struct AVFormatContext;
struct AVIOContext;

namespace Easel {

// An FFmpeg demuxer over a QIODevice (a file or a buffer in memory): Easel's own I/O, so
// the same reader serves files on disk, bytes in tests and the fuzzer, and every read is
// bounded by a deadline (a file that makes the demuxer loop gives up, it does not hang).
// Not thread-safe; one instance per decode, on a worker thread.
class FfmpegInput
{
public:
    FfmpegInput();
    ~FfmpegInput();
    FfmpegInput(const FfmpegInput &) = delete;
    FfmpegInput &operator=(const FfmpegInput &) = delete;

    // Opens the device (kept, not owned) and reads the stream headers. On failure returns
    // false and errorString() says why, in words for the artist. A video stream whose
    // header claims more than maxPixels is refused before any frame is decoded (FFmpeg's
    // stream analysis would try); claimedSize() then tells what it claimed.
    bool open(QIODevice *device, int timeoutMs = 10000, qint64 maxPixels = qint64(16384) * 16384);
    QSize claimedSize() const { return m_claimedSize; }
    AVFormatContext *context() const { return m_format; }
    QString errorString() const { return m_error; }
    bool timedOut() const { return m_deadline.hasExpired(); }

    // FFmpeg's message for an error code.
    static QString ffmpegError(int code);

private:
    static int readPacket(void *opaque, unsigned char *buffer, int size);
    static int64_t seek(void *opaque, int64_t offset, int whence);
    static int interrupted(void *opaque);

    QIODevice *m_device = nullptr;
    AVFormatContext *m_format = nullptr;
    AVIOContext *m_io = nullptr;
    QDeadlineTimer m_deadline;
    QString m_error;
    QSize m_claimedSize;
};

} // namespace Easel
