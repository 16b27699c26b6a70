// Binary WebSocket frames: the split into header, metadata and image, then the preview
// decode with the size check that refuses decompression bombs.
#include "binaryframe.h"
#include "fuzzsupport.h"
#include "previewdecoder.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    easelFuzzInit();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto frame = Easel::BinaryFrames::parse(fuzzBytes(data, size));
    if (frame.isOk() && !frame.value().imageBytes.isEmpty())
        (void)Easel::PreviewDecoder::decode(frame.value().imageBytes, 4096LL * 4096);
    return 0;
}
