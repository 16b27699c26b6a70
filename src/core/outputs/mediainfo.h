#pragma once

#include "outputrecord.h"

namespace Easel {

// Reads what a stored output's file holds into the record's media fields (kind, mediaState,
// width, height, frameCount, durationMs, codec, mediaError), cheaply: headers and chunk
// walks for images, FFmpeg's demuxers for video and audio, no frame decoded. Telling an
// animated PNG/WebP/GIF from a still happens here. A file that cannot be read gets
// MediaState::Unreadable and a message; the output stays in the library either way.
// Runs on a worker thread.
OutputRecord readMediaInfo(const OutputRecord &record);
// The same from the file's bytes, held in memory (a download the store writes itself): no
// second read of what was just written.
OutputRecord readMediaInfo(const OutputRecord &record, const QByteArray &bytes);

// A thumbnail for any kind: a scaled image for stills, the middle frame of a video or an
// animation, a waveform for sound; null for kinds without a picture. Bounded like
// ThumbnailProvider::makeThumbnail (never decodes more than 16384² pixels).
QImage mediaThumbnail(const QString &path, MediaKind kind, int size);

} // namespace Easel
