#include "mediakind.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

struct Extensions
{
    MediaKind kind;
    QStringList suffixes;
};

// Lower-case suffixes. Stills that may also be animated (png, webp, gif) are listed as
// stills; `animated` or the file's own frame count makes them animations.
const QList<Extensions> &extensionTable()
{
    static const QList<Extensions> table = {
        {MediaKind::Still, {u"png"_s, u"jpg"_s, u"jpeg"_s, u"webp"_s, u"bmp"_s, u"tif"_s,
                            u"tiff"_s, u"avif"_s, u"jxl"_s, u"exr"_s, u"svg"_s}},
        {MediaKind::Animation, {u"gif"_s, u"apng"_s}},
        {MediaKind::Video, {u"mp4"_s, u"webm"_s, u"mkv"_s, u"mov"_s, u"avi"_s, u"m4v"_s,
                            u"ogv"_s, u"mpg"_s, u"mpeg"_s, u"ts"_s}},
        {MediaKind::Audio, {u"flac"_s, u"mp3"_s, u"opus"_s, u"ogg"_s, u"oga"_s, u"wav"_s,
                            u"m4a"_s, u"aac"_s, u"weba"_s}},
        {MediaKind::Text, {u"txt"_s, u"json"_s, u"md"_s}},
        {MediaKind::Model3D, {u"glb"_s, u"gltf"_s, u"obj"_s, u"fbx"_s, u"stl"_s, u"ply"_s,
                              u"usdz"_s, u"splat"_s, u"spz"_s}},
    };
    return table;
}

bool isFileElement(const QJsonValue &value)
{
    const QJsonObject file = value.toObject();
    return file.value("filename"_L1).isString() && file.value("subfolder"_L1).isString()
           && file.value("type"_L1).isString();
}

} // namespace

MediaKind mediaKindForFile(const QString &fileName, bool animated)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const Extensions &entry : extensionTable()) {
        if (!entry.suffixes.contains(suffix))
            continue;
        if (entry.kind == MediaKind::Still && animated
            && (suffix == "png"_L1 || suffix == "webp"_L1 || suffix == "avif"_L1 || suffix == "jxl"_L1)) {
            return MediaKind::Animation;
        }
        return entry.kind;
    }
    return MediaKind::Other;
}

QString mediaKindName(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Still: return u"still"_s;
    case MediaKind::Animation: return u"animation"_s;
    case MediaKind::Video: return u"video"_s;
    case MediaKind::Audio: return u"audio"_s;
    case MediaKind::Text: return u"text"_s;
    case MediaKind::Model3D: return u"model3d"_s;
    case MediaKind::Other: break;
    }
    return u"other"_s;
}

MediaKind mediaKindFromName(const QString &name)
{
    for (int value = 0; value <= int(MediaKind::Other); ++value) {
        if (mediaKindName(MediaKind(value)) == name)
            return MediaKind(value);
    }
    return MediaKind::Other;
}

QString mediaKindTitle(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Still: return QCoreApplication::translate("Easel::MediaKind", "Image");
    case MediaKind::Animation: return QCoreApplication::translate("Easel::MediaKind", "Animation");
    case MediaKind::Video: return QCoreApplication::translate("Easel::MediaKind", "Video");
    case MediaKind::Audio: return QCoreApplication::translate("Easel::MediaKind", "Audio");
    case MediaKind::Text: return QCoreApplication::translate("Easel::MediaKind", "Text");
    case MediaKind::Model3D: return QCoreApplication::translate("Easel::MediaKind", "3D model");
    case MediaKind::Other: break;
    }
    return QCoreApplication::translate("Easel::MediaKind", "Other file");
}

QString mediaKindSqlCase(const QString &column)
{
    QString sql = u"CASE"_s;
    for (const Extensions &entry : extensionTable()) {
        QStringList likes;
        for (const QString &suffix : entry.suffixes)
            likes.append(u"lower(%1) LIKE '%.%2'"_s.arg(column, suffix));
        sql += u" WHEN "_s + likes.join(u" OR "_s) + u" THEN %1"_s.arg(int(entry.kind));
    }
    return sql + u" ELSE %1 END"_s.arg(int(MediaKind::Other));
}

QList<TypedOutput> typedOutputs(const NodeOutput &node)
{
    QList<TypedOutput> outputs;
    const QJsonArray animated = node.raw.value("animated"_L1).toArray();
    for (auto it = node.raw.begin(); it != node.raw.end(); ++it) {
        const QString key = it.key();
        if (key == "animated"_L1)
            continue; // a flag for the files beside it, not an output
        if (key == "text"_L1 && it.value().isArray()) {
            for (const QJsonValue &value : it.value().toArray()) {
                TypedOutput text;
                text.nodeId = node.nodeId;
                text.key = key;
                text.kind = MediaKind::Text;
                // A number or an object from a custom node arrives as JSON; keep its text.
                text.text = value.isString()
                                ? value.toString()
                                : QString::fromUtf8(QJsonDocument(QJsonArray{value})
                                                        .toJson(QJsonDocument::Compact)
                                                        .chopped(1)
                                                        .mid(1));
                text.raw = value;
                outputs.append(text);
            }
            continue;
        }
        const QJsonArray array = it.value().toArray();
        bool anyFile = false;
        int fileIndex = 0;
        for (const QJsonValue &value : array) {
            if (!isFileElement(value))
                continue;
            anyFile = true;
            const QJsonObject element = value.toObject();
            TypedOutput file;
            file.nodeId = node.nodeId;
            file.key = key;
            file.file = {element.value("filename"_L1).toString(),
                         element.value("subfolder"_L1).toString(),
                         element.value("type"_L1).toString()};
            const bool isAnimated = !animated.isEmpty()
                                    && animated.at(std::min<qsizetype>(fileIndex, animated.size() - 1)).toBool();
            file.kind = mediaKindForFile(file.file.filename, isAnimated);
            file.isFile = true;
            file.raw = value;
            outputs.append(file);
            ++fileIndex;
        }
        if (!anyFile) {
            TypedOutput other;
            other.nodeId = node.nodeId;
            other.key = key;
            other.kind = MediaKind::Other;
            other.raw = it.value();
            outputs.append(other);
        }
    }
    return outputs;
}

} // namespace Easel
