// HTTP bodies the server sends: /history, /queue, POST /prompt answers and the
// {error, node_errors} body of a 400, all from the same bytes.
#include "fuzzsupport.h"
#include "wireparsers.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    easelFuzzInit();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Easel::WireParsers;
    const QByteArray body = fuzzBytes(data, size);
    (void)parseHistory(body, u"GET /history"_s);
    (void)parseQueue(body, u"GET /queue"_s);
    (void)parseQueuedPrompt(body, u"POST /prompt"_s);
    (void)parseSystemStats(body, u"GET /system_stats"_s);
    (void)httpError(400, body, "application/json; charset=utf-8", u"POST /prompt"_s);
    return 0;
}
