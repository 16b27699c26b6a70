// MediaSynth's sound: the tone, decoding LoadAudio's file, and the audio encoders (also
// used for the sound of an MP4).
#include "mediasynth_p.h"

#include <QFile>
#include <algorithm>
#include <cmath>

extern "C" {
#include <libavutil/channel_layout.h>
}

using namespace Qt::StringLiterals;

namespace Easel::Sim::MediaSynth {

using namespace Detail;

namespace {

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

} // namespace

Detail::CodecContext Detail::openAudioEncoder(AVFormatContext *format, AVStream *stream, const char *codecName,
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

int Detail::encodeAudio(AVFormatContext *format, AVStream *stream, AVCodecContext *context, const Audio &source)
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
