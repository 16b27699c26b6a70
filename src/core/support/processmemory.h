#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// This process's memory as Linux reports it in /proc/self/status (proc(5)). Tests and benches
// bound and report memory with it; it answers -1 where the file or the field is missing
// (another system), so callers can say "not measured" instead of failing.
namespace Easel::ProcessMemory {

// One "Field:  1234 kB" line of /proc/self/status, in KiB; field includes the colon.
inline qint64 statusKiB(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resident set size now.
inline qint64 residentKiB() { return statusKiB("VmRSS:"); }

// The highest resident set size since the start or the last resetPeak().
inline qint64 peakResidentKiB() { return statusKiB("VmHWM:"); }

// Resets the peak to the current resident size (clear_refs "5", proc(5)), so a measurement
// sees its own peak rather than an earlier one.
inline bool resetPeak()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

} // namespace Easel::ProcessMemory
