// WebSocket text frames: ServerEvents::parse must turn any bytes into an event or an
// error, never crash or hang.
#include "fuzzsupport.h"
#include "serverevent.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    easelFuzzInit();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto result = Easel::ServerEvents::parse(fuzzBytes(data, size));
    if (result.isOk())
        (void)Easel::ServerEvents::isTerminal(result.value());
    return 0;
}
