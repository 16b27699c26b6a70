#pragma once

// The output store's file work, each run on a worker thread (it touches the disk): a
// text written atomically, a download (hashed as it streamed in) checked and put in its
// place or shared with a stored file of the same bytes. Internal to OutputStore.

#include "outputrecord.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcOutputs)

namespace Easel::StoreFiles {

struct WriteResult
{
    qint64 size = -1;
    QString error;
    OutputRecord media; // what the written file holds (readMediaInfo)
    QString path;       // where the bytes are: the reserved path or a shared file
    bool staleShared = false; // the shared candidate no longer held the bytes
};

// The SHA-256 and size of a file, read in blocks (never whole in memory); empty when it
// cannot be read.
struct FileDigest
{
    QByteArray sha256;
    qint64 size = -1;
};

FileDigest digestOf(const QString &path);

// Writes (text) or places (downloads) the file, then reads what it holds, both on the
// worker: the index gets the kind, size, frames, duration and codec with the row that
// says Stored.
WriteResult writeAndRead(const OutputRecord &record, const QByteArray &bytes);

// The download's place: the file of an earlier output with the same bytes when that file
// still holds them (size and hash read again: it may have been edited or replaced since it
// was stored), else its own reserved path. A fresh download (part is not the reserved path)
// is first checked against its type; on a problem part is removed and the error returned.
// part may be the reserved path itself (placed in
// an earlier round): then it is removed when shared, and left where it is otherwise.
WriteResult placeOrShare(const OutputRecord &record, const QString &part, const FileDigest &digest,
                         const QString &shared);

// Makes the file at path with exactly these bytes, written once: the path holds the whole
// file or nothing, even if the process dies while writing (on Linux an unnamed file in the
// folder, linked at path once written: no part file, no rename; elsewhere QSaveFile). A
// file already at path is replaced.
WriteResult writeNewFile(const QString &path, const QByteArray &bytes);

// The file at path holds exactly these bytes (read and compared; bytes is small).
bool holdsBytes(const QString &path, const QByteArray &bytes);

} // namespace Easel::StoreFiles
