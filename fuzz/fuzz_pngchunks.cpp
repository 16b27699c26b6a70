// libFuzzer target: PNG and WebP metadata readers (chunk walking, zTXt/iTXt inflation,
// EXIF IFD parsing) and the JSON they carry. Inputs not starting with a PNG or RIFF
// signature get the PNG one prepended, so the fuzzer spends its time on chunks.
#include "imagemetadata.h"
#include "workflowfile.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!Easel::ImageMetadata::isPng(bytes) && !Easel::ImageMetadata::isWebp(bytes))
        bytes.prepend(QByteArray("\x89PNG\r\n\x1a\n", 8));
    Easel::ImageMetadata metadata;
    if (Easel::ImageMetadata::isPng(bytes))
        (void)metadata.readPng(bytes);
    else
        (void)metadata.readWebp(bytes);
    QString error;
    (void)Easel::WorkflowFile::fromData(bytes, QStringLiteral("fuzz"), &error);
    return 0;
}
