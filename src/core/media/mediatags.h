#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

namespace Easel {

// Container and stream tags of a video or audio file, read with FFmpeg's demuxers (headers
// only, no decoding): where ComfyUI's SaveVideo/SaveWEBM/SaveAudio put the workflow
// ("prompt" and "workflow" tags; upper-case "PROMPT" in WebM/Matroska, on the stream in
// Ogg Opus; see the run_media_* captures).
struct MediaTag
{
    QString key;     // as the file has it
    QByteArray text; // UTF-8
};

// True when the first bytes look like a container FFmpeg reads here: MP4/MOV (ftyp),
// Matroska/WebM (EBML), Ogg, FLAC, MP3 (ID3 or a frame sync), WAV, AVI.
bool looksLikeMediaContainer(const QByteArray &head);

// Every tag of the container and of each stream, container first. False with a message
// when the file cannot be read.
bool readMediaTags(QIODevice *device, QList<MediaTag> *tags, QString *error);

// The value of the first tag whose key matches, ignoring case.
QByteArray mediaTagValue(const QList<MediaTag> &tags, const QString &key);

} // namespace Easel
