// Binary WebSocket frames: the split into header, metadata and image, then the preview
// decode with the size check that refuses decompression bombs; and the socket thread's
// header reader (simdjson), which must read what it takes as BinaryFrames::parse does.
#include "binaryframe.h"
#include "fuzzsupport.h"
#include "previewdecoder.h"
#include "servereventreader.h"

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    easelFuzzInit();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    const auto frame = Easel::BinaryFrames::parse(bytes);
    if (frame.isOk() && !frame.value().imageBytes.isEmpty())
        (void)Easel::PreviewDecoder::decode(frame.value().imageBytes, 4096LL * 4096);
    static Easel::ServerEventReader reader; // reused, as the socket's thread does
    qsizetype offset = -1;
    if (const auto header = reader.readPreviewHeader(bytes, &offset)) {
        if (!frame.isOk() || !Easel::ServerEventReader::sameAsReference(*header, frame.value())
            || bytes.sliced(offset) != frame.value().imageBytes)
            std::abort();
    }
    return 0;
}
