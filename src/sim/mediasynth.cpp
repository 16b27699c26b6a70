#include "mediasynth.h"

#include <QFile>
#include <QtEndian>
#include <algorithm>
#include <array>
#include <cmath>
#include <memory>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libavutil/log.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

using namespace Qt::StringLiterals;

namespace Easel::Sim::MediaSynth {

namespace {

struct Output
{
    AVFormatContext *format = nullptr;
    ~Output()
    {
        if (!format)
            return;
        if (format->pb && !(format->oformat->flags & AVFMT_NOFILE))
            avio_closep(&format->pb);
        avformat_free_context(format);
    }
};
struct CodecContextDeleter
{
    void operator()(AVCodecContext *c) const { avcodec_free_context(&c); }
};
using CodecContext = std::unique_ptr<AVCodecContext, CodecContextDeleter>;
struct FrameDeleter
{
    void operator()(AVFrame *f) const { av_frame_free(&f); }
};
using Frame = std::unique_ptr<AVFrame, FrameDeleter>;
struct PacketDeleter
{
    void operator()(AVPacket *p) const { av_packet_free(&p); }
};
using Packet = std::unique_ptr<AVPacket, PacketDeleter>;

// The encoders' banners and statistics would fill the simulator's console.
void quietLog()
{
    static const bool quiet = [] {
        if (qEnvironmentVariableIsEmpty("EASEL_FFMPEG_LOG"))
            av_log_set_level(AV_LOG_ERROR);
        return true;
    }();
    Q_UNUSED(quiet);
}

QString ffmpegError(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromLocal8Bit(text);
}

// Sends a frame (null: flush) and writes every packet the encoder gives back.
int encode(AVFormatContext *format, AVCodecContext *codec, AVStream *stream, const AVFrame *frame)
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

void putSample(AVFrame *frame, int channel, int index, float value)
{
    value = std::clamp(value, -1.0f, 1.0f);
    const auto format = AVSampleFormat(frame->format);
    const int channels = frame->ch_layout.nb_channels;
    const bool planar = av_sample_fmt_is_planar(format);
    uint8_t *base = planar ? frame->extended_data[channel] : frame->extended_data[0];
    const int position = planar ? index : index * channels + channel;
    switch (av_get_packed_sample_fmt(format)) {
    case AV_SAMPLE_FMT_S16: reinterpret_cast<int16_t *>(base)[position] = int16_t(value * 32767.0f); break;
    case AV_SAMPLE_FMT_S32: reinterpret_cast<int32_t *>(base)[position] = int32_t(double(value) * 2147483647.0); break;
    case AV_SAMPLE_FMT_FLT: reinterpret_cast<float *>(base)[position] = value; break;
    case AV_SAMPLE_FMT_DBL: reinterpret_cast<double *>(base)[position] = value; break;
    default: break;
    }
}

float sampleAt(const AVFrame *frame, int channel, int index)
{
    const auto format = AVSampleFormat(frame->format);
    const int channels = frame->ch_layout.nb_channels;
    const bool planar = av_sample_fmt_is_planar(format);
    const uint8_t *base = planar ? frame->extended_data[channel] : frame->extended_data[0];
    const int position = planar ? index : index * channels + channel;
    switch (av_get_packed_sample_fmt(format)) {
    case AV_SAMPLE_FMT_U8: return (float(base[position]) - 128.0f) / 128.0f;
    case AV_SAMPLE_FMT_S16: return float(reinterpret_cast<const int16_t *>(base)[position]) / 32768.0f;
    case AV_SAMPLE_FMT_S32: return float(double(reinterpret_cast<const int32_t *>(base)[position]) / 2147483648.0);
    case AV_SAMPLE_FMT_FLT: return reinterpret_cast<const float *>(base)[position];
    case AV_SAMPLE_FMT_DBL: return float(reinterpret_cast<const double *>(base)[position]);
    default: return 0.0f;
    }
}

// The sample rate the codec takes closest to the wanted one (Opus: 48 kHz only).
int supportedRate(const AVCodec *codec, int wanted)
{
    if (!codec->supported_samplerates)
        return wanted;
    int best = codec->supported_samplerates[0];
    for (const int *rate = codec->supported_samplerates; *rate; ++rate) {
        if (*rate == wanted)
            return wanted;
        if (std::abs(*rate - wanted) < std::abs(best - wanted))
            best = *rate;
    }
    return best;
}

// Linear resampling: enough for a simulator's tones.
Audio resampled(const Audio &audio, int rate, int channels)
{
    if (audio.sampleRate == rate && audio.channels == channels)
        return audio;
    Audio out;
    out.sampleRate = rate;
    out.channels = channels;
    const qint64 inFrames = audio.samples.size() / std::max(1, audio.channels);
    const qint64 outFrames = inFrames * rate / std::max(1, audio.sampleRate);
    out.samples.resize(outFrames * channels);
    for (qint64 i = 0; i < outFrames; ++i) {
        const double position = double(i) * audio.sampleRate / rate;
        const qint64 left = std::min<qint64>(qint64(position), std::max<qint64>(0, inFrames - 1));
        const qint64 right = std::min<qint64>(left + 1, std::max<qint64>(0, inFrames - 1));
        const float t = float(position - double(left));
        for (int c = 0; c < channels; ++c) {
            const int source = std::min(c, audio.channels - 1);
            const float a = audio.samples.at(left * audio.channels + source);
            const float b = audio.samples.at(right * audio.channels + source);
            out.samples[i * channels + c] = a + (b - a) * t;
        }
    }
    return out;
}

// Opens an audio encoder for the stream; channels 0 keeps the source's.
CodecContext openAudioEncoder(AVFormatContext *format, AVStream *stream, const char *codecName,
                              const Audio &audio, int channels, int bitRate, QString *error)
{
    const AVCodec *codec = avcodec_find_encoder_by_name(codecName);
    if (!codec) {
        *error = u"no %1 encoder"_s.arg(QString::fromLatin1(codecName));
        return {};
    }
    CodecContext context(avcodec_alloc_context3(codec));
    context->sample_fmt = codec->sample_fmts ? codec->sample_fmts[0] : AV_SAMPLE_FMT_FLTP;
    context->sample_rate = supportedRate(codec, audio.sampleRate);
    av_channel_layout_default(&context->ch_layout, channels > 0 ? channels : audio.channels);
    context->time_base = AVRational{1, context->sample_rate};
    if (bitRate > 0)
        context->bit_rate = bitRate;
    if (format->oformat->flags & AVFMT_GLOBALHEADER)
        context->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    if (const int code = avcodec_open2(context.get(), codec, nullptr); code < 0) {
        *error = u"cannot open %1: %2"_s.arg(QString::fromLatin1(codecName), ffmpegError(code));
        return {};
    }
    avcodec_parameters_from_context(stream->codecpar, context.get());
    stream->time_base = context->time_base;
    return context;
}

int encodeAudio(AVFormatContext *format, AVStream *stream, AVCodecContext *context, const Audio &source)
{
    const Audio audio = resampled(source, context->sample_rate, context->ch_layout.nb_channels);
    const int channels = audio.channels;
    const qint64 total = audio.samples.size() / channels;
    const int frameSize = context->frame_size > 0 ? context->frame_size : 1024;
    Frame frame(av_frame_alloc());
    for (qint64 offset = 0; offset < total; offset += frameSize) {
        const int count = int(std::min<qint64>(frameSize, total - offset));
        av_frame_unref(frame.get());
        frame->nb_samples = (context->codec->capabilities & AV_CODEC_CAP_VARIABLE_FRAME_SIZE) ? count : frameSize;
        frame->format = context->sample_fmt;
        frame->sample_rate = context->sample_rate;
        av_channel_layout_copy(&frame->ch_layout, &context->ch_layout);
        if (av_frame_get_buffer(frame.get(), 0) < 0)
            return AVERROR(ENOMEM);
        for (int i = 0; i < frame->nb_samples; ++i) {
            for (int c = 0; c < channels; ++c)
                putSample(frame.get(), c, i, i < count ? audio.samples.at((offset + i) * channels + c) : 0.0f);
        }
        frame->pts = offset;
        if (const int code = encode(format, context, stream, frame.get()); code < 0)
            return code;
    }
    return encode(format, context, stream, nullptr);
}

QString openFile(AVFormatContext *format, const QString &path, AVDictionary **options)
{
    if (!(format->oformat->flags & AVFMT_NOFILE)) {
        if (const int code = avio_open(&format->pb, QFile::encodeName(path).constData(), AVIO_FLAG_WRITE); code < 0)
            return u"cannot create %1: %2"_s.arg(path, ffmpegError(code));
    }
    if (const int code = avformat_write_header(format, options); code < 0)
        return u"cannot write the header of %1: %2"_s.arg(path, ffmpegError(code));
    return {};
}

void appendBe16(QByteArray *bytes, quint16 v) { char r[2]; qToBigEndian(v, r); bytes->append(r, 2); }
void appendBe32(QByteArray *bytes, quint32 v) { char r[4]; qToBigEndian(v, r); bytes->append(r, 4); }
void appendLe32(QByteArray *bytes, quint32 v) { char r[4]; qToLittleEndian(v, r); bytes->append(r, 4); }

// SaveAnimatedWEBP's metadata: an EXIF chunk ("Exif\0\0", big-endian TIFF) whose IFD0 holds
// ASCII entries "key:json": prompt at 0x0110, then the extra_pnginfo keys from 0x010f down.
QString addWebpExif(const QString &path, const Tags &tags)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    QByteArray webp = file.readAll();
    file.close();
    if (tags.isEmpty() || webp.size() < 30 || webp.mid(12, 4) != "VP8X")
        return {};
    QList<QPair<quint16, QByteArray>> entries;
    quint16 next = 0x010f;
    for (const auto &[key, value] : tags) {
        const quint16 tag = key == "prompt" ? quint16(0x0110) : next--;
        entries.append({tag, key + ':' + value + '\0'});
    }
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray tiff("MM\0*", 4);
    appendBe32(&tiff, 8);
    appendBe16(&tiff, quint16(entries.size()));
    quint32 dataOffset = 8 + 2 + quint32(entries.size()) * 12 + 4;
    QByteArray data;
    for (const auto &[tag, text] : entries) {
        appendBe16(&tiff, tag);
        appendBe16(&tiff, 2); // ASCII
        appendBe32(&tiff, quint32(text.size()));
        appendBe32(&tiff, dataOffset + quint32(data.size()));
        data += text;
        if (data.size() & 1)
            data += '\0';
    }
    appendBe32(&tiff, 0);
    const QByteArray exif = QByteArray("Exif\0\0", 6) + tiff + data;
    webp[20] = char(quint8(webp.at(20)) | 0x08); // VP8X: has EXIF
    webp.append("EXIF", 4);
    appendLe32(&webp, quint32(exif.size()));
    webp.append(exif);
    if (exif.size() & 1)
        webp.append('\0');
    qToLittleEndian<quint32>(quint32(webp.size() - 8), webp.data() + 4);
    if (!file.open(QIODevice::WriteOnly) || file.write(webp) != webp.size())
        return file.errorString();
    return {};
}

quint32 crc32(const QByteArray &bytes)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xffffffffu;
    for (const char byte : bytes)
        c = table[(c ^ quint8(byte)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

// SaveAnimatedPNG's metadata: a `comf` chunk "key\0json" per entry, just before IEND.
QString addPngComf(const QString &path, const Tags &tags)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    QByteArray png = file.readAll();
    file.close();
    const qsizetype iend = png.lastIndexOf("IEND");
    if (tags.isEmpty() || iend < 4)
        return {};
    QByteArray chunks;
    for (const auto &[key, value] : tags) {
        const QByteArray body = "comf" + key + '\0' + value;
        appendBe32(&chunks, quint32(body.size() - 4));
        chunks += body;
        appendBe32(&chunks, crc32(body));
    }
    png.insert(iend - 4, chunks);
    if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size())
        return file.errorString();
    return {};
}

} // namespace

Audio tone(int milliseconds, int sampleRate, int channels)
{
    Audio audio;
    audio.sampleRate = sampleRate;
    audio.channels = channels;
    const qint64 frames = qint64(milliseconds) * sampleRate / 1000;
    audio.samples.resize(frames * channels);
    for (qint64 i = 0; i < frames; ++i) {
        const float v = 0.5f * float(std::sin(2.0 * M_PI * 440.0 * double(i) / sampleRate));
        for (int c = 0; c < channels; ++c)
            audio.samples[i * channels + c] = v;
    }
    return audio;
}

Audio readAudio(const QString &path, QString *error)
{
    quietLog();
    Audio audio;
    AVFormatContext *format = nullptr;
    if (const int code = avformat_open_input(&format, QFile::encodeName(path).constData(), nullptr, nullptr); code < 0) {
        *error = ffmpegError(code);
        return audio;
    }
    std::unique_ptr<AVFormatContext *, void (*)(AVFormatContext **)> closer(&format, avformat_close_input);
    avformat_find_stream_info(format, nullptr);
    const AVCodec *codec = nullptr;
    const int index = av_find_best_stream(format, AVMEDIA_TYPE_AUDIO, -1, -1, &codec, 0);
    if (index < 0 || !codec) {
        *error = u"no audio stream"_s;
        return audio;
    }
    CodecContext context(avcodec_alloc_context3(codec));
    avcodec_parameters_to_context(context.get(), format->streams[index]->codecpar);
    if (avcodec_open2(context.get(), codec, nullptr) < 0) {
        *error = u"cannot decode"_s;
        return audio;
    }
    audio.sampleRate = context->sample_rate;
    audio.channels = std::max(1, context->ch_layout.nb_channels);
    Packet packet(av_packet_alloc());
    Frame frame(av_frame_alloc());
    auto drain = [&] {
        while (avcodec_receive_frame(context.get(), frame.get()) == 0) {
            for (int i = 0; i < frame->nb_samples; ++i) {
                for (int c = 0; c < audio.channels; ++c)
                    audio.samples.append(sampleAt(frame.get(), c, i));
            }
            // At most ten minutes: a simulator's input, not a library.
            if (audio.samples.size() > qint64(600) * audio.sampleRate * audio.channels)
                return false;
        }
        return true;
    };
    while (av_read_frame(format, packet.get()) >= 0) {
        if (packet->stream_index == index)
            avcodec_send_packet(context.get(), packet.get());
        av_packet_unref(packet.get());
        if (!drain())
            break;
    }
    avcodec_send_packet(context.get(), nullptr);
    drain();
    return audio;
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

QString writeAudio(const QString &path, const Audio &audio, const char *container, const char *codecName,
                   const Tags &tags, int bitRate)
{
    quietLog();
    if (audio.isEmpty())
        return u"no sound"_s;
    Output output;
    if (const int code = avformat_alloc_output_context2(&output.format, nullptr, container,
                                                        QFile::encodeName(path).constData());
        code < 0) {
        return u"no %1 muxer: %2"_s.arg(QString::fromLatin1(container), ffmpegError(code));
    }
    AVFormatContext *format = output.format;
    AVStream *stream = avformat_new_stream(format, nullptr);
    QString error;
    CodecContext context = openAudioEncoder(format, stream, codecName, audio, 0, bitRate, &error);
    if (!context)
        return error;
    for (const auto &[key, value] : tags) {
        av_dict_set(&format->metadata, key.constData(), value.constData(), 0);
        av_dict_set(&stream->metadata, key.constData(), value.constData(), 0); // Ogg: on the stream
    }
    error = openFile(format, path, nullptr);
    if (!error.isEmpty())
        return error;
    if (const int code = encodeAudio(format, stream, context.get(), audio); code < 0)
        return u"cannot encode the sound: %1"_s.arg(ffmpegError(code));
    if (const int code = av_write_trailer(format); code < 0)
        return u"cannot finish %1: %2"_s.arg(path, ffmpegError(code));
    return {};
}

} // namespace Easel::Sim::MediaSynth
