#pragma once

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace Easel {

// Screens a PNG before Qt decodes it. libpng (1.6.39 on Debian 12, reached through Qt
// 6.4.2's PNG reader) allocates and zero-fills the length an ancillary chunk (tEXt, zTXt,
// iTXt, iCCP, eXIf, sPLT) declares before it reads a byte of it, and Qt sets no limit
// there: a 457-byte file declaring a 2 GB tEXt chunk costs 2 GB of RSS, in QImageReader's
// size() as much as in read(). Outputs, previews and inputs come from servers Easel does
// not control, so every PNG goes through this screen first. It reads only the chunks'
// headers: the pixels (IDAT) are read by libpng in small pieces whatever their length says.
class PngChunkScreen
{
    Q_DECLARE_TR_FUNCTIONS(Easel::PngChunkScreen)

public:
    // The largest chunk other than pixel data let through, whatever the file's size: the
    // longest legitimate ones are a workflow's text (a few MB for thousands of nodes) and
    // ICC profiles (~0.5 MB); the embedded-workflow reader reads text up to the same bound.
    static constexpr qint64 maxChunkBytes = qint64(64) * 1024 * 1024;

    // Why these bytes must not go to Qt's PNG reader, or an empty string when they may.
    // Bytes that are not a PNG pass: other formats are Qt's to judge.
    static QString problem(const QByteArray &bytes);
    // The same for an open, random-access device, from its current position, which it
    // restores. A sequential device passes unread.
    static QString problem(QIODevice *device);
    // The same for a file: one small unbuffered read per chunk. File I/O: off the GUI thread.
    static QString fileProblem(const QString &path);
};

} // namespace Easel
