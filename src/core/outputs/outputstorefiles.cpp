#include "outputstorefiles.h"

#include "mediainfo.h"
#include "outputintegrity.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_WIN
#include <filesystem>
#else
#include <cstdio>
#endif
#ifdef Q_OS_LINUX
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Easel::StoreFiles {

namespace {

// Moves from onto to in one step, replacing what is there: rename(2) is atomic, so the
// path holds its old file or the new one, never neither (QFile::rename refuses an existing
// target and costs a look at both names first).
bool replaceFile(const QString &from, const QString &to)
{
#ifdef Q_OS_WIN
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(from.toStdWString()), std::filesystem::path(to.toStdWString()), error);
    return !error;
#else
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#endif
}

// A finished and checked download of size bytes renamed into place (on a worker thread: it
// touches the disk). Only our own complete copy can be at path (the path is reserved).
WriteResult placeDownload(const QString &part, const QString &path, qint64 size)
{
    WriteResult result;
    if (!replaceFile(part, path)) {
        QFile::remove(part);
        result.error = QCoreApplication::translate("Easel::OutputStore",
                                                   "Cannot move the download into place at %1")
                           .arg(path);
        return result;
    }
    result.size = size;
    return result;
}

// QSaveFile writes beside the target and renames on commit: the path either holds the
// whole file or nothing (text outputs, which Easel writes itself).
WriteResult writeAtomically(const QString &path, const QByteArray &bytes)
{
    WriteResult result;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        result.error = QCoreApplication::translate("Easel::OutputStore", "Cannot create the folder %1")
                           .arg(QFileInfo(path).absolutePath());
        return result;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        result.error = QCoreApplication::translate("Easel::OutputStore", "Cannot write %1: %2")
                           .arg(path, file.errorString());
        return result;
    }
    result.size = bytes.size();
    return result;
}

#if defined(Q_OS_LINUX) && defined(O_TMPFILE)
// Writes bytes into an unnamed file in path's folder and links it at path once it is whole
// (open(2) O_TMPFILE, then linkat(2) through /proc, as the man page gives it): a process
// killed while writing leaves nothing, and no second name is made or renamed. False when
// this folder or system cannot (a file system without O_TMPFILE, no /proc, a file at path
// already): the caller falls back to QSaveFile.
bool writeUnnamedThenLink(const QString &path, const QByteArray &bytes)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    if (slash <= 0)
        return false;
    const QByteArray folder = QFile::encodeName(path.left(slash));
    const int fd = ::open(folder.constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    if (fd < 0)
        return false;
    bool ok = true;
    for (qsizetype done = 0; ok && done < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n > 0)
            done += n;
        else if (n < 0 && errno != EINTR)
            ok = false;
    }
    if (ok) {
        char proc[32];
        std::snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
        ok = ::linkat(AT_FDCWD, proc, AT_FDCWD, QFile::encodeName(path).constData(), AT_SYMLINK_FOLLOW) == 0;
    }
    ::close(fd);
    return ok;
}
#endif

} // namespace

WriteResult writeNewFile(const QString &path, const QByteArray &bytes)
{
#if defined(Q_OS_LINUX) && defined(O_TMPFILE)
    if (writeUnnamedThenLink(path, bytes)) {
        WriteResult result;
        result.size = bytes.size();
        result.path = path;
        return result;
    }
#endif
    WriteResult result = writeAtomically(path, bytes);
    result.path = path;
    return result;
}

bool holdsBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    // One read of one byte more than expected: a longer file is told without a stat.
    return file.open(QIODevice::ReadOnly) && file.read(bytes.size() + 1) == bytes;
}

FileDigest digestOf(const QString &path)
{
    FileDigest digest;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return digest;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return digest;
    digest.sha256 = hash.result();
    digest.size = file.size();
    return digest;
}

// Writes (text) or places (downloads) the file, then reads what it holds, both on the
// worker: the index gets the kind, size, frames, duration and codec with the row that
// says Stored.
WriteResult writeAndRead(const OutputRecord &record, const QByteArray &bytes)
{
    WriteResult result = writeAtomically(record.path, bytes);
    if (result.size >= 0)
        result.media = readMediaInfo(record);
    return result;
}

// The download's place: the file of an earlier output with the same bytes when that file
// still holds them (size and hash read again: it may have been edited or replaced since it
// was stored), else its own reserved path.
WriteResult placeOrShare(const OutputRecord &record, const QString &part, const FileDigest &digest,
                         const QString &shared)
{
    WriteResult result;
    if (part != record.path) {
        // A fresh download: checked against its type (its first and last bytes) before it
        // is shared or moved into place. A part file placed in an earlier round was checked
        // then.
        if (const QString problem = outputFileProblem(record.serverFileName, part); !problem.isEmpty()) {
            QFile::remove(part);
            result.error = problem;
            return result;
        }
    }
    if (!shared.isEmpty()) {
        const QFileInfo existing(shared);
        const bool same = existing.isFile() && existing.size() == digest.size
                          && digestOf(shared).sha256 == digest.sha256;
        if (same) {
            QFile::remove(part);
            result.size = digest.size;
            result.path = shared;
            OutputRecord at = record;
            at.path = shared;
            result.media = readMediaInfo(at);
            result.media.path = shared;
            return result;
        }
        result.staleShared = true;
    }
    const bool stale = result.staleShared;
    if (part == record.path) {
        // In place already: placed in an earlier round, when another process was found
        // holding the bytes whose file has since changed.
        result = WriteResult();
        result.size = QFileInfo(part).size();
    } else {
        result = placeDownload(part, record.path, digest.size);
    }
    result.staleShared = stale;
    result.path = record.path;
    if (result.size >= 0)
        result.media = readMediaInfo(record);
    return result;
}

} // namespace Easel::StoreFiles
