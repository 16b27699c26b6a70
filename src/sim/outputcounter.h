#pragma once

#include <QString>

class QDir;

namespace Easel::Sim::Detail {

// The next free `<prefix>_NNNNN_.png` counter of dir: a scan of the folder as ComfyUI does,
// unless the folder is as this process left it after its last save there.
int nextCounterRemembered(const QDir &dir, const QString &prefix);
// After a save: the counter the next save takes (0: forget, the next save scans again).
void rememberCounter(const QDir &dir, const QString &prefix, int next);

} // namespace Easel::Sim::Detail
