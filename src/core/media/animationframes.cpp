#include "animationframes.h"

#include "ffmpeginput.h"

#include <QCoreApplication>
#include <QFile>
#include <QImageReader>
#include <memory>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswscale/swscale.h>
}

namespace Easel {

namespace {

// lupdate files tr() calls by the class they are made from; a free helper would file these
// strings under the namespace, where the translation is never looked up.
struct AnimationFramesText
{
    Q_DECLARE_TR_FUNCTIONS(Easel::AnimationFrames)
};

constexpr qint64 maxFramePixels = qint64(16384) * 16384;

AnimationFrames decodeWithQt(QFile *file, qint64 maxBytes)
{
    AnimationFrames result;
    QImageReader reader(file);
    const QSize size = reader.size();
    if (!size.isValid() || qint64(size.width()) * size.height() > maxFramePixels) {
        result.error = AnimationFramesText::tr("The animation's frames are too large or unreadable");
        return result;
    }
    qint64 bytes = 0;
    QImage frame;
    while (reader.read(&frame)) {
        bytes += frame.sizeInBytes();
        if (bytes > maxBytes) {
            result.truncated = true;
            break;
        }
        result.frames.append(frame);
        result.delaysMs.append(std::max(20, reader.nextImageDelay()));
        if (!reader.supportsAnimation() || reader.imageCount() == 1)
            break;
    }
    if (result.frames.isEmpty())
        result.error = AnimationFramesText::tr("No frame could be decoded: %1").arg(reader.errorString());
    return result;
}

AnimationFrames decodeWithFfmpeg(QFile *file, qint64 maxBytes)
{
    AnimationFrames result;
    FfmpegInput input;
    if (!input.open(file, 30000, maxFramePixels)) {
        result.error = input.errorString();
        return result;
    }
    AVFormatContext *format = input.context();
    const int index = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (index < 0) {
        result.error = AnimationFramesText::tr("The file has no pictures");
        return result;
    }
    AVStream *stream = format->streams[index];
    const AVCodec *codec = avcodec_find_decoder(stream->codecpar->codec_id);
    std::unique_ptr<AVCodecContext, void (*)(AVCodecContext *)> context(
        avcodec_alloc_context3(codec), [](AVCodecContext *c) { avcodec_free_context(&c); });
    if (!codec || !context || avcodec_parameters_to_context(context.get(), stream->codecpar) < 0
        || avcodec_open2(context.get(), codec, nullptr) < 0) {
        result.error = AnimationFramesText::tr("The frames cannot be decoded");
        return result;
    }
    AVPacket *packet = av_packet_alloc();
    AVFrame *frame = av_frame_alloc();
    qint64 bytes = 0;
    auto drain = [&] {
        while (avcodec_receive_frame(context.get(), frame) == 0) {
            QImage image(frame->width, frame->height, QImage::Format_ARGB32);
            SwsContext *scaler = sws_getContext(frame->width, frame->height, AVPixelFormat(frame->format),
                                                frame->width, frame->height, AV_PIX_FMT_BGRA, SWS_POINT,
                                                nullptr, nullptr, nullptr);
            if (scaler) {
                uint8_t *planes[4] = {image.bits(), nullptr, nullptr, nullptr};
                int strides[4] = {int(image.bytesPerLine()), 0, 0, 0};
                sws_scale(scaler, frame->data, frame->linesize, 0, frame->height, planes, strides);
                sws_freeContext(scaler);
            }
            const int64_t duration = frame->pkt_duration; // FFmpeg 5.1: AVFrame has no duration yet
            const int delay = duration > 0 ? int(av_rescale_q(duration, stream->time_base, AVRational{1, 1000})) : 100;
            bytes += image.sizeInBytes();
            if (bytes > maxBytes) {
                result.truncated = true;
                return false;
            }
            result.frames.append(image);
            result.delaysMs.append(std::max(20, delay));
        }
        return true;
    };
    bool more = true;
    while (more && !input.timedOut() && av_read_frame(format, packet) >= 0) {
        if (packet->stream_index == index)
            avcodec_send_packet(context.get(), packet);
        av_packet_unref(packet);
        more = drain();
    }
    if (more) {
        avcodec_send_packet(context.get(), nullptr);
        drain();
    }
    av_packet_free(&packet);
    av_frame_free(&frame);
    if (result.frames.isEmpty())
        result.error = AnimationFramesText::tr("No frame could be decoded");
    return result;
}

} // namespace

qint64 AnimationFrames::durationMs() const
{
    qint64 total = 0;
    for (const int delay : delaysMs)
        total += delay;
    return total;
}

AnimationFrames decodeAnimation(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        AnimationFrames result;
        result.error = AnimationFramesText::tr("Cannot open %1: %2").arg(path, file.errorString());
        return result;
    }
    const QByteArray head = file.peek(8);
    // Animated PNG: Qt's PNG reader gives the default image only.
    if (head.startsWith("\x89PNG"))
        return decodeWithFfmpeg(&file, maxBytes);
    return decodeWithQt(&file, maxBytes);
}

AnimationFrames decodeVideo(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        AnimationFrames result;
        result.error = AnimationFramesText::tr("Cannot open %1: %2").arg(path, file.errorString());
        return result;
    }
    return decodeWithFfmpeg(&file, maxBytes);
}

} // namespace Easel
