#include "outputref.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Easel {

QString OutputRef::displayName() const
{
    return name.isEmpty() ? QFileInfo(path).fileName() : name;
}

OutputRef::Kind OutputRef::kind() const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    static const QStringList images{u"png"_s, u"jpg"_s, u"jpeg"_s, u"webp"_s, u"bmp"_s, u"tif"_s, u"tiff"_s, u"gif"_s};
    static const QStringList videos{u"mp4"_s, u"webm"_s, u"mkv"_s, u"mov"_s, u"avi"_s};
    static const QStringList audio{u"wav"_s, u"mp3"_s, u"flac"_s, u"ogg"_s, u"opus"_s, u"m4a"_s};
    static const QStringList text{u"txt"_s, u"json"_s, u"md"_s};
    if (images.contains(suffix))
        return Kind::Image;
    if (videos.contains(suffix))
        return Kind::Video;
    if (audio.contains(suffix))
        return Kind::Audio;
    if (text.contains(suffix))
        return Kind::Text;
    return Kind::Other;
}

} // namespace Easel
