// libFuzzer target: the PNG chunk screen that stands before every Qt decode. The bytes are
// screened as a byte array and as a device (the two must agree), and whatever the screen
// lets through is handed to Qt's PNG reader: a chunk that makes libpng allocate far more than
// the file holds shows up as libFuzzer's out-of-memory (CI runs it with -rss_limit_mb=2048).
#include "fuzzsupport.h"
#include "pngchunkscreen.h"

#include <QBuffer>
#include <QImageReader>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    easelFuzzInit();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    const QString fromBytes = Easel::PngChunkScreen::problem(bytes);
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    if (Easel::PngChunkScreen::problem(&buffer) != fromBytes || buffer.pos() != 0)
        __builtin_trap(); // one rule whatever holds the bytes, and the device left where it was
    if (!fromBytes.isEmpty())
        return 0;
    QImageReader reader(&buffer, "png");
    const QSize declared = reader.size();
    (void)reader.text(QStringLiteral("prompt"));
    if (declared.isValid() && qint64(declared.width()) * declared.height() <= 256 * 256)
        (void)reader.read();
    return 0;
}
