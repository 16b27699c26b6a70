// WebSocket text frames: ServerEvents::parse must turn any bytes into an event or an
// error, never crash or hang; and wherever ServerEventReader reads a frame with simdjson,
// its event must be the reference's.
#include "fuzzsupport.h"
#include "serverevent.h"
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
    const auto result = Easel::ServerEvents::parse(bytes);
    if (result.isOk())
        (void)Easel::ServerEvents::isTerminal(result.value());
    static Easel::ServerEventReader reader; // reused, as on the socket's thread
    if (const auto read = reader.readCommon(bytes)) {
        if (!result.isOk() || !Easel::ServerEventReader::sameAsReference(*read, result.value()))
            std::abort();
    }
    // As the socket hands frames over: text, encoded into the reader's own buffer.
    const QString text = QString::fromUtf8(bytes);
    const auto reference = Easel::ServerEvents::parse(text.toUtf8());
    const auto read = reader.read(text);
    if (read.isOk() != reference.isOk())
        std::abort();
    if (read.isOk() ? !Easel::ServerEventReader::sameAsReference(read.value(), reference.value())
                    : read.error().message() != reference.error().message())
        std::abort();
    return 0;
}
