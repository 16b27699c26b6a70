#pragma once

#include <QString>

namespace Easel {

// Which Easel process fetches a library's Pending rows. Two processes (the window and an
// easel-run, or two easel-run) may share one library folder and one server; each records
// its rows under this process's token, and a process takes up a Pending row only when it
// is its own, has no owner (a library made before owners), or its owner is gone. Two
// processes fetching one row would write one part file at once and place it twice.
//
// A process is "alive" while it holds its lock file in the library (.easel/owners/<token>
// .lock, a QLockFile with no stale time): a killed process leaves the file, and QLockFile
// tells it is stale by its process id, host and boot id, so its rows go to the next
// process that resumes. Thread-safe.
class LibraryOwner
{
public:
    // This process's token, the same for its whole life.
    static QString token();
    // Takes (first use) or counts this process's lock file in the library; release() with
    // the last user removes it. False when it cannot be made (then another process may
    // take this one's rows).
    static bool hold(const QString &libraryDirectory);
    static void release(const QString &libraryDirectory);
    // Whether the process that recorded rows under owner still runs. Never true for an
    // empty owner; always for this process's token. When it cannot tell (an unreadable
    // folder), it answers true: a row is never taken from a process that may be fetching it.
    static bool isAlive(const QString &libraryDirectory, const QString &owner);
};

} // namespace Easel
