#include "mediatags.h"

#include "ffmpeginput.h"

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/dict.h>
}

namespace Easel {

namespace {

void appendTags(const AVDictionary *dictionary, QList<MediaTag> *tags)
{
    const AVDictionaryEntry *entry = nullptr;
    while ((entry = av_dict_get(dictionary, "", entry, AV_DICT_IGNORE_SUFFIX)))
        tags->append({QString::fromUtf8(entry->key), QByteArray(entry->value)});
}

} // namespace

bool looksLikeMediaContainer(const QByteArray &head)
{
    if (head.size() < 4)
        return false;
    if (head.size() >= 8 && head.mid(4, 4) == "ftyp")
        return true; // MP4, MOV, M4A
    if (head.startsWith("\x1a\x45\xdf\xa3"))
        return true; // EBML: Matroska, WebM
    if (head.startsWith("OggS") || head.startsWith("fLaC") || head.startsWith("ID3"))
        return true;
    if (head.startsWith("RIFF") && head.size() >= 12
        && (head.mid(8, 4) == "WAVE" || head.mid(8, 4) == "AVI "))
        return true;
    const auto byte0 = quint8(head.at(0));
    const auto byte1 = quint8(head.at(1));
    return byte0 == 0xff && (byte1 & 0xe0) == 0xe0 && (byte1 & 0x06) != 0; // MPEG audio frame
}

bool readMediaTags(QIODevice *device, QList<MediaTag> *tags, QString *error)
{
    FfmpegInput input;
    if (!input.open(device)) {
        if (error)
            *error = input.errorString();
        return false;
    }
    AVFormatContext *format = input.context();
    appendTags(format->metadata, tags);
    for (unsigned i = 0; i < format->nb_streams; ++i)
        appendTags(format->streams[i]->metadata, tags);
    return true;
}

QByteArray mediaTagValue(const QList<MediaTag> &tags, const QString &key)
{
    for (const MediaTag &tag : tags) {
        if (tag.key.compare(key, Qt::CaseInsensitive) == 0)
            return tag.text;
    }
    return {};
}

} // namespace Easel
