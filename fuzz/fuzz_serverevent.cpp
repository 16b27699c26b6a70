// WebSocket text frames: ServerEvents::parse must turn any bytes into an event or an
// error, never crash or hang. The text reader (parse(QStringView), what the socket's thread
// uses) must agree with the bytes parser on the same text: both accept or both refuse
// (with the same error kind), and an accepted message has the same fields.
#include "fuzzsupport.h"
#include "serverevent.h"

#include <QString>

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
    // As the WebSocket hands it: text, so invalid UTF-8 is already replaced.
    const QString text = QString::fromUtf8(bytes);
    const auto fromText = Easel::ServerEvents::parse(QStringView(text));
    const auto fromBytes = Easel::ServerEvents::parse(text.toUtf8());
    if (fromText.isOk() != fromBytes.isOk())
        std::abort();
    if (fromText.isOk() && !Easel::ServerEvents::sameFields(fromText.value(), fromBytes.value()))
        std::abort();
    if (!fromText.isOk() && fromText.error().kind() != fromBytes.error().kind())
        std::abort();
    return 0;
}
