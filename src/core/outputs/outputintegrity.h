#pragma once

#include <QByteArray>
#include <QString>

namespace Easel {

// False when the bytes are visibly cut short for their format: a PNG without its IEND
// chunk, a JPEG without its end marker, a RIFF (WebP, WAV) or GIF whose end is missing,
// or a body that is only the beginning of a known signature ("\x89PNG" and nothing more).
// A download whose connection died can reach us as a "successful" shorter body (QNAM
// does this when a server closes mid-body), so nothing is stored before this check.
// Formats it does not know pass.
bool looksComplete(const QByteArray &bytes);

// Why these bytes cannot be the file the server named, or an empty string when they can:
// the name's extension promises a format (.png, .webp, .jpg, .gif, .mp4/.mov/.m4v,
// .webm/.mkv) whose signature the bytes must start with, and the body must be complete
// (looksComplete). A hostile or broken server (two Content-Length headers, a proxy's
// error page with status 200) must not leave a 5-byte "PNG" in the library. Extensions
// it does not know are only checked for completeness.
QString outputBytesProblem(const QString &fileName, const QByteArray &bytes);
// The same for a file on disk (a /view download streamed there), reading only its first
// and last bytes. Does file I/O: call it off the GUI thread.
QString outputFileProblem(const QString &fileName, const QString &path);

} // namespace Easel
