// libFuzzer target: the mask editor's inputs. The bytes as an image input's value (the
// clipspace name parser), and as a picture: decoded with the editor's limits, its mask
// read from alpha, the mask and the picture written as PNG and read back.
#include "clipspacetransfer.h"
#include "fuzzsupport.h"
#include "maskcomposition.h"
#include "pngchunkscreen.h"

#include <QBuffer>
#include <QImageReader>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    if (const auto names = Easel::ClipspaceNames::fromValue(QString::fromUtf8(bytes)))
        (void)Easel::ClipspaceNames::fromValue(names->inputValue()); // a name it makes parses again

    // A PNG whose chunks libpng must not be given (a text chunk declaring 2 GB): the decoder
    // refuses it before Qt sees it, and so does this target's own size check below.
    if (!Easel::PngChunkScreen::problem(bytes).isEmpty()) {
        QString error;
        if (!Easel::ClipspaceTransfer::decode(bytes, &error).isNull() || error.isEmpty())
            __builtin_trap();
        return 0;
    }
    // Small pictures only: the editor's own limit (64 MP) would make each run slow.
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const QSize declared = QImageReader(&buffer).size();
    if (!declared.isValid() || qint64(declared.width()) * declared.height() > 512 * 512)
        return 0;
    QString error;
    const QImage image = Easel::ClipspaceTransfer::decode(bytes, &error);
    if (image.isNull())
        return 0;
    const QImage mask = Easel::MaskComposition::editorMask(image);
    const QImage back = QImage::fromData(Easel::MaskComposition::encodeMaskPng(mask, image.size()));
    if (back.size() != image.size())
        __builtin_trap(); // the mask PNG must read back at the picture's size
    (void)QImage::fromData(Easel::MaskComposition::encodePng(image));
    return 0;
}
