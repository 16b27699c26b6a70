// libFuzzer target: an API prompt (or anything) through the details summary and the
// differences between two summaries.
#include "fuzzsupport.h"
#include "promptsummary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    easelFuzzInit();
    const QByteArray bytes = fuzzBytes(data, size);
    const QList<Easel::PromptSetting> settings = Easel::promptSummary(bytes);
    (void)Easel::settingDifferences(settings, Easel::promptSummary(bytes.left(bytes.size() / 2)));
    return 0;
}
