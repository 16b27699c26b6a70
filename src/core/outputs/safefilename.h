#pragma once

#include <QString>

namespace Easel {

// A file name from the server made safe to create on any desktop file system: the base
// name only (no directories, no "..", no absolute paths), no control or reserved
// characters, not a reserved Windows device name, not hidden, at most 200 bytes.
// Never empty: a name with nothing usable left becomes "output" + the extension.
QString safeFileName(const QString &serverName);

} // namespace Easel
