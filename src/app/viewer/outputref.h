#pragma once

#include <QMetaType>
#include <QString>

namespace Easel {

// One output as the viewer, filmstrip, library and compare pass it around: the library's
// id (0 when it is not in the library, e.g. a file opened from disk) and where it is.
struct OutputRef
{
    enum class Kind { Image, Video, Audio, Text, Other };

    qint64 id = 0;
    QString path;
    QString promptId;
    QString nodeId;

    bool isValid() const { return !path.isEmpty(); }
    // From the file name: what page of the viewer shows it (images here; the others are
    // shown by the media page).
    Kind kind() const;
    bool operator==(const OutputRef &other) const { return id == other.id && path == other.path; }
};

} // namespace Easel

Q_DECLARE_METATYPE(Easel::OutputRef)
