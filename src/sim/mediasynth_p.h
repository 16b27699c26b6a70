#pragma once

// What MediaSynth's files share: FFmpeg's objects as owners, and the steps both the video
// and the audio writers take.
#include "mediasynth.h"

#include <memory>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

namespace Easel::Sim::MediaSynth::Detail {

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
void quietLog();
QString ffmpegError(int code);
// Sends a frame (null: flush) and writes every packet the encoder gives back.
int encode(AVFormatContext *format, AVCodecContext *codec, AVStream *stream, const AVFrame *frame);
// Opens path (unless the muxer needs no file) and writes the container's header.
QString openFile(AVFormatContext *format, const QString &path, AVDictionary **options);
// Opens an audio encoder for the stream; channels 0 keeps the source's.
CodecContext openAudioEncoder(AVFormatContext *format, AVStream *stream, const char *codecName,
                              const Audio &audio, int channels, int bitRate, QString *error);
// The whole sound through the encoder (resampled to its rate and channels), then a flush.
int encodeAudio(AVFormatContext *format, AVStream *stream, AVCodecContext *context, const Audio &source);

// The workflow in the files as ComfyUI writes it: SaveAnimatedWEBP's EXIF chunk and
// SaveAnimatedPNG's `comf` chunks (mediatags.cpp).
QString addWebpExif(const QString &path, const Tags &tags);
QString addPngComf(const QString &path, const Tags &tags);

} // namespace Easel::Sim::MediaSynth::Detail
