#pragma once

#include "wiretypes.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Easel {

// What an output is, for showing it: the file's extension decides, with the node entry's
// `animated` flag telling an animated PNG/WebP from a still one (the server reports stills,
// animations and videos alike under `images`; see the run_media_* captures). The values are
// stored in the library index: append, never renumber.
enum class MediaKind {
    Still = 0,
    Animation = 1,
    Video = 2,
    Audio = 3,
    Text = 4,
    Model3D = 5,
    Other = 6,
};

// The kind of a file by its name; animated marks the node entry's `animated: [true]`.
MediaKind mediaKindForFile(const QString &fileName, bool animated = false);
// Stable lower-case name ("still", "animation", "video", "audio", "text", "model3d",
// "other"), for JSON lines and logs; not translated.
QString mediaKindName(MediaKind kind);
MediaKind mediaKindFromName(const QString &name);
// The translated, human name ("Video").
QString mediaKindTitle(MediaKind kind);
// The SQL expression that gives an index row's kind from its server_filename, the same
// table as mediaKindForFile (used by the index migration for rows made before kinds).
QString mediaKindSqlCase(const QString &column);

// One output of a node entry, typed. A file (images, gifs, audio, 3d, ... any key whose
// elements are {filename, subfolder, type}), a text (the `text` key, one per string) or,
// for a key Easel does not know, the raw value (kind Other, no file).
struct TypedOutput
{
    QString nodeId;
    QString key;      // the entry's key it came under: "images", "audio", "text", "gifs", ...
    MediaKind kind = MediaKind::Other;
    OutputFile file;  // files only
    QString text;     // Text outputs
    QJsonValue raw;   // the element (files) or the key's whole value (unknown keys)
    bool isFile = false; // an element {filename, subfolder, type}, whatever its values
    bool hasFile() const { return isFile; }
};

// Every output of a node entry, in the order the entry lists them (keys in the order
// parseNodeOutput walks them, elements in array order). `animated` is a list parallel to
// the files of its entry; a shorter list's last value holds for the rest.
QList<TypedOutput> typedOutputs(const NodeOutput &node);

} // namespace Easel
