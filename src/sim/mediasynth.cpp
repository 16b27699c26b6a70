#include "mediasynth_p.h"

#include <QFile>

extern "C" {
#include <libavutil/log.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

using namespace Qt::StringLiterals;

namespace Easel::Sim::MediaSynth {

using namespace Detail;

void Detail::quietLog()
{
    static const bool quiet = [] {
        if (qEnvironmentVariableIsEmpty("EASEL_FFMPEG_LOG"))
            av_log_set_level(AV_LOG_ERROR);
        return true;
    }();
    Q_UNUSED(quiet);
}

QString Detail::ffmpegError(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromLocal8Bit(text);
}

int Detail::encode(AVFormatContext *format, AVCodecContext *codec, AVStream *stream, const AVFrame *frame)
{
    int code = avcodec_send_frame(codec, frame);
    if (code < 0)
        return code;
    Packet packet(av_packet_alloc());
    while ((code = avcodec_receive_packet(codec, packet.get())) >= 0) {
        av_packet_rescale_ts(packet.get(), codec->time_base, stream->time_base);
        packet->stream_index = stream->index;
        if ((code = av_interleaved_write_frame(format, packet.get())) < 0)
            return code;
    }
    return code == AVERROR(EAGAIN) || code == AVERROR_EOF ? 0 : code;
}

QString Detail::openFile(AVFormatContext *format, const QString &path, AVDictionary **options)
{
    if (!(format->oformat->flags & AVFMT_NOFILE)) {
        if (const int code = avio_open(&format->pb, QFile::encodeName(path).constData(), AVIO_FLAG_WRITE); code < 0)
            return u"cannot create %1: %2"_s.arg(path, ffmpegError(code));
    }
    if (const int code = avformat_write_header(format, options); code < 0)
        return u"cannot write the header of %1: %2"_s.arg(path, ffmpegError(code));
    return {};
}

QString writeVideo(const QString &path, const QList<QImage> &frames, double fps, const char *container,
                   const char *codecName, const Tags &tags, const Audio &audio, int crf, bool lossless)
{
    quietLog();
    if (frames.isEmpty())
        return u"no frames"_s;
    Output output;
    if (const int code = avformat_alloc_output_context2(&output.format, nullptr, container,
                                                        QFile::encodeName(path).constData());
        code < 0) {
        return u"no %1 muxer: %2"_s.arg(QString::fromLatin1(container), ffmpegError(code));
    }
    AVFormatContext *format = output.format;
    const AVCodec *codec = avcodec_find_encoder_by_name(codecName);
    if (!codec)
        return u"no %1 encoder"_s.arg(QString::fromLatin1(codecName));
    AVStream *stream = avformat_new_stream(format, nullptr);
    CodecContext context(avcodec_alloc_context3(codec));
    context->pix_fmt = codec->pix_fmts ? codec->pix_fmts[0] : AV_PIX_FMT_YUV420P;
    const bool subsampled = context->pix_fmt == AV_PIX_FMT_YUV420P || context->pix_fmt == AV_PIX_FMT_YUVA420P;
    int width = frames.constFirst().width();
    int height = frames.constFirst().height();
    if (subsampled) {
        width = std::max(2, width & ~1);
        height = std::max(2, height & ~1);
    }
    context->width = width;
    context->height = height;
    const AVRational rate = av_d2q(fps > 0 ? fps : 8.0, 100000);
    context->framerate = rate;
    context->time_base = av_inv_q(rate);
    context->gop_size = 12;
    if (format->oformat->flags & AVFMT_GLOBALHEADER)
        context->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    AVDictionary *codecOptions = nullptr;
    const QByteArray name(codecName);
    if (name == "libx264") {
        av_dict_set(&codecOptions, "preset", "ultrafast", 0);
        av_dict_set_int(&codecOptions, "crf", crf, 0);
    } else if (name.startsWith("libvpx")) {
        av_dict_set(&codecOptions, "deadline", "realtime", 0);
        av_dict_set(&codecOptions, "cpu-used", "8", 0);
        av_dict_set_int(&codecOptions, "crf", crf, 0);
        context->bit_rate = 0;
    } else if (name == "libwebp_anim") {
        av_dict_set(&codecOptions, "lossless", lossless ? "1" : "0", 0);
    }
    const int opened = avcodec_open2(context.get(), codec, &codecOptions);
    av_dict_free(&codecOptions);
    if (opened < 0)
        return u"cannot open %1: %2"_s.arg(QString::fromLatin1(codecName), ffmpegError(opened));
    avcodec_parameters_from_context(stream->codecpar, context.get());
    stream->time_base = context->time_base;
    stream->avg_frame_rate = rate;

    AVStream *audioStream = nullptr;
    CodecContext audioContext;
    if (!audio.isEmpty()) {
        QString error;
        audioStream = avformat_new_stream(format, nullptr);
        audioContext = openAudioEncoder(format, audioStream, "aac", audio, 2, 128000, &error);
        if (!audioContext)
            return error;
    }
    const bool container2 = QByteArray(container) == "webp" || QByteArray(container) == "apng";
    if (!container2) {
        for (const auto &[key, value] : tags)
            av_dict_set(&format->metadata, key.constData(), value.constData(), 0);
    }
    AVDictionary *muxOptions = nullptr;
    if (QByteArray(container) == "mp4")
        av_dict_set(&muxOptions, "movflags", "use_metadata_tags", 0);
    if (container2)
        av_dict_set(&muxOptions, "loop", "0", 0);
    const QString headerError = openFile(format, path, &muxOptions);
    av_dict_free(&muxOptions);
    if (!headerError.isEmpty())
        return headerError;

    SwsContext *scaler = nullptr;
    Frame frame(av_frame_alloc());
    frame->format = context->pix_fmt;
    frame->width = width;
    frame->height = height;
    if (av_frame_get_buffer(frame.get(), 0) < 0)
        return u"out of memory"_s;
    for (int i = 0; i < frames.size(); ++i) {
        const QImage image = frames.at(i).convertToFormat(QImage::Format_ARGB32).scaled(width, height);
        scaler = sws_getCachedContext(scaler, width, height, AV_PIX_FMT_BGRA, width, height, context->pix_fmt,
                                      SWS_BILINEAR, nullptr, nullptr, nullptr);
        av_frame_make_writable(frame.get());
        const uint8_t *planes[1] = {image.constBits()};
        const int strides[1] = {int(image.bytesPerLine())};
        sws_scale(scaler, planes, strides, 0, height, frame->data, frame->linesize);
        frame->pts = i;
        if (const int code = encode(format, context.get(), stream, frame.get()); code < 0) {
            sws_freeContext(scaler);
            return u"cannot encode frame %1: %2"_s.arg(i).arg(ffmpegError(code));
        }
    }
    sws_freeContext(scaler);
    if (const int code = encode(format, context.get(), stream, nullptr); code < 0)
        return u"cannot finish the video: %1"_s.arg(ffmpegError(code));
    if (audioContext) {
        if (const int code = encodeAudio(format, audioStream, audioContext.get(), audio); code < 0)
            return u"cannot encode the sound: %1"_s.arg(ffmpegError(code));
    }
    if (const int code = av_write_trailer(format); code < 0)
        return u"cannot finish %1: %2"_s.arg(path, ffmpegError(code));
    avio_closep(&format->pb);
    if (QByteArray(container) == "webp")
        return addWebpExif(path, tags);
    if (QByteArray(container) == "apng")
        return addPngComf(path, tags);
    return {};
}

} // namespace Easel::Sim::MediaSynth
