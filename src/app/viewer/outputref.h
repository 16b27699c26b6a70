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
    QString path; // the file: what opening, copying and revealing use
    QString promptId;
    QString nodeId;
    // Its own name, as the server gave it. Identical outputs share one file (stored once),
    // so the file's name is the first one's; each is still called by its own. Braced, so
    // refs made with the first four members need not name it.
    QString name{};
    // An animated PNG/WebP/GIF, which plays on the media page: the library's kind, carried
    // with the row it came from (the gallery reads it with its page, on its worker), so the
    // viewer never asks the index on the GUI thread. False for a file from elsewhere (shown
    // as a still).
    bool animated{};

    bool isValid() const { return !path.isEmpty(); }
    // What to call it: its own name, else its file's (a file opened from disk).
    QString displayName() const;
    // From the file name: what page of the viewer shows it (images here; the others are
    // shown by the media page).
    Kind kind() const;
    bool operator==(const OutputRef &other) const { return id == other.id && path == other.path; }
};

} // namespace Easel

Q_DECLARE_METATYPE(Easel::OutputRef)
