#pragma once

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QString>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#endif

namespace Easel {

// A file named on the command line, by the bytes the system gave: a name that is not
// valid UTF-8 (Latin-1 from an old archive) does not survive the trip through QString
// (its bytes become U+FFFD), so it is opened here by its bytes and reached through
// /proc/self/fd/N, which every QFile can open. decoded is the argument as Qt gave it.
inline QString commandLinePath(int argc, char *argv[], const QString &decoded)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray raw(argv[i]);
        if (QFile::decodeName(raw) != decoded)
            continue;
        if (QFile::encodeName(decoded) == raw)
            return decoded;
#ifdef Q_OS_LINUX
        // Kept open for the process's life: the path is only valid while it is.
        const int fd = ::open(raw.constData(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0)
            return QStringLiteral("/proc/self/fd/%1").arg(fd);
#endif
        return decoded;
    }
    return decoded;
}

// The name to show for a path commandLinePath may have made: the file's own name (its
// undecodable bytes shown as U+FFFD), not the descriptor's number.
inline QString displayFileName(const QString &path)
{
    if (path.startsWith(QLatin1String("/proc/self/fd/"))) {
        const QString target = QFileInfo(path).symLinkTarget();
        if (!target.isEmpty())
            return QFileInfo(target).fileName();
    }
    return QFileInfo(path).fileName();
}

} // namespace Easel
