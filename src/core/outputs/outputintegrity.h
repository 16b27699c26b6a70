#pragma once

#include <QByteArray>

namespace Easel {

// False when the bytes are visibly cut short for their format: a PNG without its IEND
// chunk, a JPEG without its end marker, a RIFF (WebP, WAV) or GIF whose end is missing.
// A download whose connection died can reach us as a "successful" shorter body (QNAM
// does this when a server closes mid-body), so nothing is stored before this check.
// Formats it does not know pass.
bool looksComplete(const QByteArray &bytes);

} // namespace Easel
