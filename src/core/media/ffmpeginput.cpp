#include "ffmpeginput.h"

#include <QCoreApplication>
#include <QIODevice>

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/error.h>
#include <libavutil/log.h>
#include <libavutil/mem.h>
}

namespace Easel {

namespace {
constexpr int ioBufferSize = 64 * 1024;

// lupdate files tr() calls by the class they are made from; a free helper would file these
// strings under the namespace, where the translation is never looked up.
struct FfmpegInputText
{
    Q_DECLARE_TR_FUNCTIONS(Easel::FfmpegInput)
};
} // namespace

FfmpegInput::FfmpegInput()
{
    // FFmpeg's own log would print every oddity of a broken file on the terminal; what
    // matters reaches the artist through errorString().
    static const bool quiet = [] {
        if (qEnvironmentVariableIsEmpty("EASEL_FFMPEG_LOG"))
            av_log_set_level(AV_LOG_FATAL);
        return true;
    }();
    Q_UNUSED(quiet);
}

FfmpegInput::~FfmpegInput()
{
    if (m_format)
        avformat_close_input(&m_format); // leaves our AVIOContext (custom I/O) to us
    if (m_io) {
        av_freep(&m_io->buffer);
        avio_context_free(&m_io);
    }
}

QString FfmpegInput::ffmpegError(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromLocal8Bit(text);
}

int FfmpegInput::readPacket(void *opaque, unsigned char *buffer, int size)
{
    auto *self = static_cast<FfmpegInput *>(opaque);
    if (self->m_deadline.hasExpired())
        return AVERROR_EXIT;
    const qint64 read = self->m_device->read(reinterpret_cast<char *>(buffer), size);
    if (read < 0)
        return AVERROR(EIO);
    if (read == 0)
        return AVERROR_EOF;
    return int(read);
}

int64_t FfmpegInput::seek(void *opaque, int64_t offset, int whence)
{
    auto *self = static_cast<FfmpegInput *>(opaque);
    QIODevice *device = self->m_device;
    if (whence & AVSEEK_SIZE)
        return device->size();
    qint64 target = -1;
    switch (whence & ~AVSEEK_FORCE) {
    case SEEK_SET: target = offset; break;
    case SEEK_CUR: target = device->pos() + offset; break;
    case SEEK_END: target = device->size() + offset; break;
    default: return -1;
    }
    if (target < 0 || !device->seek(target))
        return -1;
    return target;
}

int FfmpegInput::interrupted(void *opaque)
{
    return static_cast<FfmpegInput *>(opaque)->m_deadline.hasExpired() ? 1 : 0;
}

bool FfmpegInput::open(QIODevice *device, int timeoutMs, qint64 maxPixels)
{
    m_device = device;
    m_deadline = QDeadlineTimer(timeoutMs);
    if (!device || !device->isOpen()) {
        m_error = FfmpegInputText::tr("The file cannot be opened");
        return false;
    }
    if (device->size() == 0) {
        m_error = FfmpegInputText::tr("The file is empty");
        return false;
    }
    auto *buffer = static_cast<unsigned char *>(av_malloc(ioBufferSize));
    m_io = avio_alloc_context(buffer, ioBufferSize, 0, this, &FfmpegInput::readPacket, nullptr,
                              device->isSequential() ? nullptr : &FfmpegInput::seek);
    if (!m_io) {
        av_free(buffer);
        m_error = FfmpegInputText::tr("Out of memory");
        return false;
    }
    m_format = avformat_alloc_context();
    m_format->pb = m_io;
    m_format->flags |= AVFMT_FLAG_CUSTOM_IO;
    m_format->interrupt_callback = {&FfmpegInput::interrupted, this};
    // Bounded probing: a few MB and seconds are plenty for headers, and hostile files
    // cannot make the demuxer read a whole huge file to find streams.
    m_format->probesize = 8 * 1024 * 1024;
    m_format->max_analyze_duration = 5 * AV_TIME_BASE;
    int code = avformat_open_input(&m_format, nullptr, nullptr, nullptr);
    if (code < 0) {
        // avformat_open_input frees the context on failure.
        m_error = m_deadline.hasExpired()
                      ? FfmpegInputText::tr("Reading the file took too long")
                      : FfmpegInputText::tr("The file is not a readable video or audio file, or it is cut short (%1)")
                            .arg(ffmpegError(code));
        return false;
    }
    for (unsigned i = 0; i < m_format->nb_streams; ++i) {
        const AVCodecParameters *parameters = m_format->streams[i]->codecpar;
        if (parameters->codec_type != AVMEDIA_TYPE_VIDEO)
            continue;
        if (qint64(parameters->width) * parameters->height > maxPixels) {
            m_claimedSize = QSize(parameters->width, parameters->height);
            m_error = FfmpegInputText::tr("The video claims %1×%2 pixels, more than Easel decodes")
                          .arg(parameters->width)
                          .arg(parameters->height);
            return false;
        }
    }
    code = avformat_find_stream_info(m_format, nullptr);
    if (code < 0) {
        m_error = FfmpegInputText::tr("The file's streams cannot be read (%1)").arg(ffmpegError(code));
        return false;
    }
    return true;
}

} // namespace Easel
