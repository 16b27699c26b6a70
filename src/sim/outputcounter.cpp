// The `<prefix>_NNNNN_` counters of the save nodes: the folder scan ComfyUI does, and the
// memo that spares the scan while nobody else touches the folder.
#include "outputcounter.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace Easel::Sim::Detail {

#ifdef Q_OS_UNIX
// The digits of `<prefix>_<digits>_.png` (5 or more ASCII digits), as the regular expression
// ^<prefix>_(\d{5,})_\.png$ would capture them ('$' also matches before a final newline).
static QByteArrayView counterDigits(QByteArrayView name, QByteArrayView prefix)
{
    if (name.endsWith('\n'))
        name.chop(1);
    constexpr QByteArrayView tail = "_.png";
    if (!name.startsWith(prefix) || !name.endsWith(tail) || name.size() < prefix.size() + 1 + 5 + tail.size()
        || name.at(prefix.size()) != '_')
        return {};
    const QByteArrayView digits = name.sliced(prefix.size() + 1, name.size() - prefix.size() - 1 - tail.size());
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return {};
    }
    return digits;
}
#endif

// The next free `<prefix>_NNNNN_.png` counter: one more than the largest among the files of
// dir (not hidden; symbolic links to files count) that match the pattern. Every save scans
// the folder again, like ComfyUI does, so files removed or added by others are seen.
static int nextCounter(const QDir &dir, const QString &prefix)
{
    int counter = 0;
    const auto pattern = [&prefix] {
        return QRegularExpression(u"^"_s + QRegularExpression::escape(prefix) + u"_(\\d{5,})_\\.png$"_s);
    };
#ifdef Q_OS_UNIX
    // readdir() and a byte comparison: QDir::entryList() decoded and stat'ed every file of
    // the folder and the pattern ran on each, once per saved image, which made long runs
    // quadratic (two thirds of the simulator's time by the 1,000th output of a run).
    const QByteArray encodedPrefix = QFile::encodeName(prefix);
    // Bytes compare like the decoded names unless decoding could map other bytes onto the
    // prefix (U+FFFD, or characters that do not survive the encoding).
    const bool compareBytes = !prefix.contains(QChar::ReplacementCharacter)
                              && QFile::decodeName(encodedPrefix) == prefix;
    const QRegularExpression decodedPattern = compareBytes ? QRegularExpression() : pattern();
    const QByteArray folder = QFile::encodeName(dir.absolutePath());
    DIR *d = ::opendir(folder.constData());
    if (!d)
        return 1;
    while (const dirent *entry = ::readdir(d)) {
        const QByteArrayView name(entry->d_name);
        if (name.startsWith('.')) // hidden, and "." and ".."
            continue;
        int value = -1;
        if (compareBytes) {
            const QByteArrayView digits = counterDigits(name, encodedPrefix);
            if (!digits.isEmpty())
                value = digits.toInt();
        } else if (const auto match = decodedPattern.match(QFile::decodeName(name.toByteArray())); match.hasMatch()) {
            value = match.captured(1).toInt();
        }
        if (value < 0)
            continue;
        bool isFile = entry->d_type == DT_REG;
        if (entry->d_type == DT_LNK || entry->d_type == DT_UNKNOWN) {
            struct stat info;
            isFile = ::stat(QByteArray(folder + '/' + name).constData(), &info) == 0 && S_ISREG(info.st_mode);
        }
        if (isFile)
            counter = qMax(counter, value);
    }
    ::closedir(d);
#else
    const QRegularExpression re = pattern();
    const QStringList files = dir.entryList(QDir::Files);
    for (const QString &f : files) {
        const auto match = re.match(f);
        if (match.hasMatch())
            counter = qMax(counter, match.captured(1).toInt());
    }
#endif
    return counter + 1;
}

#ifdef Q_OS_UNIX
namespace {
// The folder as stat() sees it: any file added, removed or renamed in it changes its
// modification time (and a folder made anew has another inode).
struct FolderStamp
{
    dev_t device = 0;
    ino_t inode = 0;
    qint64 mtimeNs = -1;
    bool operator==(const FolderStamp &) const = default;
};

FolderStamp folderStamp(const QDir &dir)
{
    struct stat info;
    if (::stat(QFile::encodeName(dir.absolutePath()).constData(), &info) != 0)
        return {};
    return {info.st_dev, info.st_ino, qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec};
}

// The counter after the last save of each folder and prefix, with the folder's stamp just
// after that save. While the stamp is unchanged nobody else has touched the folder, so the
// counter is what a new scan would find; any change and the folder is scanned again. A
// 1,000-job run scanned its ever-growing output folder 1,000 times (a seventh of the
// simulator's time). Shared by every server of the process, hence the lock.
struct CounterMemo
{
    FolderStamp stamp;
    int next = 0;
};
QMutex s_counterMutex;
QHash<QString, CounterMemo> s_counters;

QString counterKey(const QDir &dir, const QString &prefix)
{
    return dir.absolutePath() + QChar(0) + prefix;
}
} // namespace
#endif

// nextCounter(), unless the folder is as this process left it after its last save there.
int nextCounterRemembered(const QDir &dir, const QString &prefix)
{
#ifdef Q_OS_UNIX
    const FolderStamp stamp = folderStamp(dir);
    {
        QMutexLocker locker(&s_counterMutex);
        const auto memo = s_counters.constFind(counterKey(dir, prefix));
        if (stamp.mtimeNs >= 0 && memo != s_counters.cend() && memo->stamp == stamp)
            return memo->next;
    }
#endif
    return nextCounter(dir, prefix);
}

void rememberCounter(const QDir &dir, const QString &prefix, int next)
{
#ifdef Q_OS_UNIX
    const FolderStamp stamp = next > 0 ? folderStamp(dir) : FolderStamp();
    QMutexLocker locker(&s_counterMutex);
    if (stamp.mtimeNs < 0) {
        s_counters.remove(counterKey(dir, prefix));
        return;
    }
    if (s_counters.size() >= 1024)
        s_counters.clear(); // many folders: a cache only
    s_counters.insert(counterKey(dir, prefix), {stamp, next});
#else
    Q_UNUSED(dir);
    Q_UNUSED(prefix);
    Q_UNUSED(next);
#endif
}

} // namespace Easel::Sim::Detail
