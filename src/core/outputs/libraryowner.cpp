#include "libraryowner.h"

#include "contentclaims.h"

#include <QDir>
#include <QLockFile>
#include <QMutex>
#include <QUuid>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

QString lockPath(const QString &libraryDirectory, const QString &owner)
{
    return QDir(libraryDirectory).filePath(u".easel/owners/"_s + owner + u".lock"_s);
}

struct Held
{
    std::unique_ptr<QLockFile> lock;
    int users = 0;
};

QMutex s_mutex;
// Library key -> this process's lock there. Never destroyed at exit: a QLockFile removed
// after main() returned would race a library folder removed by then; the OS closes it and
// the file, left behind, is stale by its process id.
std::map<QString, Held> &held()
{
    static auto *locks = new std::map<QString, Held>;
    return *locks;
}

} // namespace

QString LibraryOwner::token()
{
    static const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return token;
}

bool LibraryOwner::hold(const QString &libraryDirectory)
{
    const QString key = ContentClaims::libraryKey(libraryDirectory);
    QMutexLocker locker(&s_mutex);
    Held &entry = held()[key];
    if (entry.users++ > 0)
        return entry.lock && entry.lock->isLocked();
    QDir().mkpath(QDir(libraryDirectory).filePath(u".easel/owners"_s));
    entry.lock = std::make_unique<QLockFile>(lockPath(libraryDirectory, token()));
    entry.lock->setStaleLockTime(0); // held for the process's life: stale only when it died
    return entry.lock->tryLock(0);
}

void LibraryOwner::release(const QString &libraryDirectory)
{
    const QString key = ContentClaims::libraryKey(libraryDirectory);
    QMutexLocker locker(&s_mutex);
    const auto it = held().find(key);
    if (it == held().end() || --it->second.users > 0)
        return;
    held().erase(it); // unlocks: the file goes, and what is still Pending is anyone's
}

bool LibraryOwner::isAlive(const QString &libraryDirectory, const QString &owner)
{
    if (owner.isEmpty())
        return false;
    if (owner == token())
        return true;
    // The owner's lock taken by this process means it is gone: a live owner holds it (not
    // stale with no stale time), a dead one left it stale or removed it on a clean exit.
    QLockFile probe(lockPath(libraryDirectory, owner));
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return false;
    }
    return true;
}

} // namespace Easel
