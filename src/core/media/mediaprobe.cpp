#include "mediaprobe.h"

#include "ffmpeginput.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QtEndian>
#include <cmath>
#include <memory>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libswscale/swscale.h>
}

namespace Easel {

namespace {

// lupdate files tr() calls by the class they are made from; a free helper would file these
// strings under the namespace, where the translation is never looked up.
struct MediaProbeText
{
    Q_DECLARE_TR_FUNCTIONS(Easel::MediaProbe)
};

struct CodecContextDeleter
{
    void operator()(AVCodecContext *context) const { avcodec_free_context(&context); }
};
struct FrameDeleter
{
    void operator()(AVFrame *frame) const { av_frame_free(&frame); }
};
struct PacketDeleter
{
    void operator()(AVPacket *packet) const { av_packet_free(&packet); }
};
using CodecContext = std::unique_ptr<AVCodecContext, CodecContextDeleter>;
using Frame = std::unique_ptr<AVFrame, FrameDeleter>;
using Packet = std::unique_ptr<AVPacket, PacketDeleter>;

CodecContext openDecoder(const AVStream *stream, QString *error)
{
    const AVCodec *codec = avcodec_find_decoder(stream->codecpar->codec_id);
    if (!codec) {
        *error = MediaProbeText::tr("No decoder for %1").arg(QString::fromUtf8(avcodec_get_name(stream->codecpar->codec_id)));
        return {};
    }
    CodecContext context(avcodec_alloc_context3(codec));
    if (!context || avcodec_parameters_to_context(context.get(), stream->codecpar) < 0) {
        *error = MediaProbeText::tr("The decoder cannot be set up");
        return {};
    }
    context->thread_count = 1; // thumbnails of many files run in parallel already
    if (const int code = avcodec_open2(context.get(), codec, nullptr); code < 0) {
        *error = MediaProbeText::tr("The decoder cannot be opened (%1)").arg(FfmpegInput::ffmpegError(code));
        return {};
    }
    return context;
}

QImage scaledFrame(const AVFrame *frame, int size)
{
    if (frame->width <= 0 || frame->height <= 0)
        return {};
    QSize target(frame->width, frame->height);
    if (size > 0)
        target.scale(std::min(size, frame->width), std::min(size, frame->height), Qt::KeepAspectRatio);
    target = target.expandedTo(QSize(1, 1));
    SwsContext *scaler = sws_getContext(frame->width, frame->height, AVPixelFormat(frame->format),
                                        target.width(), target.height(), AV_PIX_FMT_RGB32,
                                        SWS_AREA, nullptr, nullptr, nullptr);
    if (!scaler)
        return {};
    QImage image(target, QImage::Format_RGB32);
    uint8_t *planes[4] = {image.bits(), nullptr, nullptr, nullptr};
    int strides[4] = {int(image.bytesPerLine()), 0, 0, 0};
    sws_scale(scaler, frame->data, frame->linesize, 0, frame->height, planes, strides);
    sws_freeContext(scaler);
    return image;
}

// One decoded picture of the stream: after a seek to the middle (the key frame before it),
// or the first. Reads at most a bounded number of packets.
QImage videoThumbnail(FfmpegInput &input, int streamIndex, const MediaProbeOptions &options,
                      qint64 durationMs, QString *error)
{
    AVFormatContext *format = input.context();
    AVStream *stream = format->streams[streamIndex];
    CodecContext decoder = openDecoder(stream, error);
    if (!decoder)
        return {};
    if (options.frame == MediaProbeOptions::Frame::Middle && durationMs > 0) {
        const int64_t middle = av_rescale_q(durationMs / 2 * 1000, AVRational{1, 1000000}, stream->time_base);
        if (av_seek_frame(format, streamIndex, middle, AVSEEK_FLAG_BACKWARD) < 0)
            av_seek_frame(format, streamIndex, 0, AVSEEK_FLAG_BACKWARD);
    }
    Packet packet(av_packet_alloc());
    Frame frame(av_frame_alloc());
    int packets = 0;
    bool draining = false;
    while (!input.timedOut() && packets < 4096) {
        if (!draining) {
            const int code = av_read_frame(format, packet.get());
            if (code < 0) {
                draining = true;
                avcodec_send_packet(decoder.get(), nullptr);
            } else {
                ++packets;
                if (packet->stream_index == streamIndex)
                    avcodec_send_packet(decoder.get(), packet.get());
                av_packet_unref(packet.get());
            }
        }
        const int received = avcodec_receive_frame(decoder.get(), frame.get());
        if (received == 0)
            return scaledFrame(frame.get(), options.thumbnailSize);
        if (received == AVERROR_EOF || (draining && received != AVERROR(EAGAIN)))
            break;
        if (draining && received == AVERROR(EAGAIN))
            break;
    }
    *error = input.timedOut() ? MediaProbeText::tr("Decoding a frame took too long") : MediaProbeText::tr("No frame could be decoded");
    return {};
}

float sampleValue(const AVFrame *frame, int channel, int index, int channels)
{
    const auto format = AVSampleFormat(frame->format);
    const bool planar = av_sample_fmt_is_planar(format);
    const uint8_t *base = planar ? frame->extended_data[channel] : frame->extended_data[0];
    const int position = planar ? index : index * channels + channel;
    switch (av_get_packed_sample_fmt(format)) {
    case AV_SAMPLE_FMT_U8: return (float(base[position]) - 128.0f) / 128.0f;
    case AV_SAMPLE_FMT_S16: return float(reinterpret_cast<const int16_t *>(base)[position]) / 32768.0f;
    case AV_SAMPLE_FMT_S32: return float(reinterpret_cast<const int32_t *>(base)[position]) / 2147483648.0f;
    case AV_SAMPLE_FMT_FLT: return reinterpret_cast<const float *>(base)[position];
    case AV_SAMPLE_FMT_DBL: return float(reinterpret_cast<const double *>(base)[position]);
    default: return 0.0f;
    }
}

// The loudest sample per bin over the whole stream (up to maxAudioDecodeMs).
QList<float> audioPeaks(FfmpegInput &input, int streamIndex, const MediaProbeOptions &options,
                        qint64 durationMs, QString *error)
{
    AVFormatContext *format = input.context();
    AVStream *stream = format->streams[streamIndex];
    CodecContext decoder = openDecoder(stream, error);
    if (!decoder)
        return {};
    const qint64 spanMs = std::max<qint64>(1, std::min(durationMs, options.maxAudioDecodeMs));
    const int sampleRate = std::max(1, decoder->sample_rate);
    const qint64 spanSamples = spanMs * sampleRate / 1000;
    QList<float> peaks(options.peakBins, 0.0f);
    qint64 samplesSeen = 0;
    Packet packet(av_packet_alloc());
    Frame frame(av_frame_alloc());
    bool draining = false;
    while (!input.timedOut() && samplesSeen < spanSamples) {
        if (!draining) {
            if (av_read_frame(format, packet.get()) < 0) {
                draining = true;
                avcodec_send_packet(decoder.get(), nullptr);
            } else {
                if (packet->stream_index == streamIndex)
                    avcodec_send_packet(decoder.get(), packet.get());
                av_packet_unref(packet.get());
            }
        }
        int received = 0;
        while ((received = avcodec_receive_frame(decoder.get(), frame.get())) == 0) {
            const int channels = std::max(1, frame->ch_layout.nb_channels);
            for (int i = 0; i < frame->nb_samples && samplesSeen < spanSamples; ++i, ++samplesSeen) {
                float loudest = 0.0f;
                for (int channel = 0; channel < channels; ++channel)
                    loudest = std::max(loudest, std::fabs(sampleValue(frame.get(), channel, i, channels)));
                const auto bin = int(samplesSeen * options.peakBins / spanSamples);
                if (bin < peaks.size())
                    peaks[bin] = std::max(peaks[bin], std::min(loudest, 1.0f));
            }
            av_frame_unref(frame.get());
        }
        if (draining)
            break;
    }
    if (samplesSeen == 0)
        *error = MediaProbeText::tr("No sound could be decoded");
    return peaks;
}

constexpr qint64 maxCountedBytes = 256 * 1024 * 1024;

// Frames of a stream that declares no count, by reading its packets; the duration as the
// sum of packet durations when the container gave none.
int countPackets(FfmpegInput &input, int streamIndex, qint64 *durationMs)
{
    AVFormatContext *format = input.context();
    const AVRational timeBase = format->streams[streamIndex]->time_base;
    Packet packet(av_packet_alloc());
    int frames = 0;
    int64_t total = 0;
    while (!input.timedOut() && frames < 10'000'000 && av_read_frame(format, packet.get()) >= 0) {
        if (packet->stream_index == streamIndex) {
            ++frames;
            total += std::max<int64_t>(0, packet->duration);
        }
        av_packet_unref(packet.get());
    }
    if (*durationMs <= 0 && total > 0)
        *durationMs = av_rescale_q(total, timeBase, AVRational{1, 1000});
    return frames;
}

} // namespace

WebpAnimation readWebpAnimation(QIODevice *device)
{
    WebpAnimation result;
    const QByteArray head = device->read(12);
    if (head.size() < 12 || !head.startsWith("RIFF") || head.mid(8, 4) != "WEBP")
        return result;
    const qint64 riffEnd = std::min<qint64>(device->size(), qint64(qFromLittleEndian<quint32>(head.constData() + 4)) + 8);
    qint64 position = 12;
    result.ok = true;
    while (position + 8 <= riffEnd) {
        if (!device->seek(position))
            break;
        const QByteArray chunkHead = device->read(8);
        if (chunkHead.size() < 8)
            break;
        const QByteArray type = chunkHead.left(4);
        const quint32 size = qFromLittleEndian<quint32>(chunkHead.constData() + 4);
        if (type == "VP8X") {
            const QByteArray data = device->read(10);
            if (data.size() == 10) {
                result.animated = (quint8(data.at(0)) & 0x02) != 0;
                result.width = 1 + int(quint8(data.at(4)) | quint8(data.at(5)) << 8 | quint8(data.at(6)) << 16);
                result.height = 1 + int(quint8(data.at(7)) | quint8(data.at(8)) << 8 | quint8(data.at(9)) << 16);
            }
        } else if (type == "ANIM") {
            const QByteArray data = device->read(6);
            if (data.size() == 6)
                result.loopCount = qFromLittleEndian<quint16>(data.constData() + 4);
        } else if (type == "ANMF") {
            const QByteArray data = device->read(16);
            if (data.size() == 16) {
                ++result.frameCount;
                result.durationMs += int(quint8(data.at(12)) | quint8(data.at(13)) << 8 | quint8(data.at(14)) << 16);
            }
        } else if ((type == "VP8 " || type == "VP8L") && result.frameCount == 0 && !result.animated) {
            result.frameCount = 1;
        }
        position += 8 + qint64(size) + (size & 1);
    }
    if (result.frameCount == 0)
        result.frameCount = 1;
    return result;
}

MediaProbe probeMedia(QIODevice *device, const MediaProbeOptions &options)
{
    MediaProbe probe;
    if (!device || !device->isOpen()) {
        probe.error = MediaProbeText::tr("The file cannot be opened");
        return probe;
    }
    // Animated WebP: FFmpeg 5 cannot demux it; the chunks say enough, Qt's plugin decodes.
    const QByteArray head = device->peek(16);
    if (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP") {
        const WebpAnimation webp = readWebpAnimation(device);
        probe.ok = webp.ok;
        probe.width = webp.width;
        probe.height = webp.height;
        probe.frameCount = webp.frameCount;
        probe.durationMs = webp.durationMs;
        probe.videoCodec = QStringLiteral("webp");
        if (qint64(webp.width) * webp.height > options.maxPixels) {
            probe.error = MediaProbeText::tr("The image claims %1×%2 pixels, more than Easel decodes").arg(webp.width).arg(webp.height);
            return probe;
        }
        if (options.thumbnailSize > 0 && device->seek(0)) {
            QImageReader reader(device);
            const QSize size = reader.size();
            if (size.isValid() && qint64(size.width()) * size.height() <= options.maxPixels) {
                QImage image = reader.read();
                if (!image.isNull())
                    probe.thumbnail = image.scaled(QSize(options.thumbnailSize, options.thumbnailSize)
                                                       .boundedTo(image.size()),
                                                   Qt::KeepAspectRatio, Qt::SmoothTransformation);
            }
            if (probe.thumbnail.isNull())
                probe.error = MediaProbeText::tr("The first frame cannot be decoded: %1").arg(reader.errorString());
        }
        if (!webp.ok)
            probe.error = MediaProbeText::tr("This is not a WebP file");
        return probe;
    }

    FfmpegInput input;
    if (!input.open(device, options.timeoutMs, options.maxPixels)) {
        probe.error = input.errorString();
        if (input.claimedSize().isValid()) {
            // Readable headers with an absurd picture size: say what it claims, decode nothing.
            probe.ok = true;
            probe.width = input.claimedSize().width();
            probe.height = input.claimedSize().height();
        }
        return probe;
    }
    AVFormatContext *format = input.context();
    const int videoIndex = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    const int audioIndex = av_find_best_stream(format, AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
    if (videoIndex < 0 && audioIndex < 0) {
        probe.error = MediaProbeText::tr("The file has no picture and no sound");
        return probe;
    }
    if (format->duration > 0)
        probe.durationMs = format->duration / (AV_TIME_BASE / 1000);
    probe.ok = true;
    if (audioIndex >= 0) {
        const AVCodecParameters *audio = format->streams[audioIndex]->codecpar;
        probe.audioCodec = QString::fromUtf8(avcodec_get_name(audio->codec_id));
        probe.sampleRate = audio->sample_rate;
        probe.channels = audio->ch_layout.nb_channels;
    }
    if (videoIndex >= 0) {
        const AVStream *stream = format->streams[videoIndex];
        const AVCodecParameters *video = stream->codecpar;
        probe.videoCodec = QString::fromUtf8(avcodec_get_name(video->codec_id));
        probe.width = video->width;
        probe.height = video->height;
        if (probe.durationMs <= 0 && stream->duration > 0)
            probe.durationMs = av_rescale_q(stream->duration, stream->time_base, AVRational{1, 1000});
        if (stream->nb_frames > 0) {
            probe.frameCount = int(std::min<int64_t>(stream->nb_frames, INT_MAX));
        } else if (stream->avg_frame_rate.num > 0 && stream->avg_frame_rate.den > 0 && probe.durationMs > 0) {
            probe.frameCount = int(std::llround(double(probe.durationMs) / 1000.0 * av_q2d(stream->avg_frame_rate)));
        }
        if (probe.frameCount == 0 && device->size() <= maxCountedBytes) {
            // APNG and GIF say nothing of their length: count the frames' packets (no
            // decoding), then go back to the start for the thumbnail.
            probe.frameCount = countPackets(input, videoIndex, &probe.durationMs);
            avio_seek(format->pb, 0, SEEK_SET);
            avformat_seek_file(format, videoIndex, INT64_MIN, 0, 0, 0);
        }
        if (qint64(video->width) * video->height > options.maxPixels || video->width <= 0 || video->height <= 0) {
            probe.error = MediaProbeText::tr("The video claims %1×%2 pixels; Easel does not decode it").arg(video->width).arg(video->height);
            return probe;
        }
        if (options.thumbnailSize > 0) {
            QString error;
            probe.thumbnail = videoThumbnail(input, videoIndex, options, probe.durationMs, &error);
            if (probe.thumbnail.isNull())
                probe.error = error;
        }
    } else if (options.peakBins > 0) {
        QString error;
        probe.peaks = audioPeaks(input, audioIndex, options, probe.durationMs, &error);
        if (!error.isEmpty())
            probe.error = error;
    }
    return probe;
}

MediaProbe probeMediaFile(const QString &path, const MediaProbeOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MediaProbe probe;
        probe.error = MediaProbeText::tr("Cannot open %1: %2").arg(path, file.errorString());
        return probe;
    }
    return probeMedia(&file, options);
}

QImage renderWaveform(const QList<float> &peaks, QSize size, QRgb colour)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (peaks.isEmpty() || size.isEmpty())
        return image;
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromRgba(colour));
    const double barWidth = double(size.width()) / peaks.size();
    const double middle = size.height() / 2.0;
    for (int i = 0; i < peaks.size(); ++i) {
        const double half = std::max(0.5, double(peaks.at(i)) * middle * 0.95);
        painter.drawRect(QRectF(i * barWidth, middle - half, std::max(1.0, barWidth * 0.8), half * 2));
    }
    return image;
}

} // namespace Easel
