// libFuzzer target: the dynamic-prompt parser (comments, nested groups, escapes, unclosed
// braces). The choices come from the input's own bytes, so every branch can be reached.
#include "dynamicprompt.h"
#include "fuzzsupport.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    const QString text = QString::fromUtf8(bytes);
    size_t next = 0;
    const Easel::DynamicPrompt::Picker pick = [&](int count) {
        const int byte = size ? data[next++ % size] : 0;
        return byte % count;
    };
    const QString out = Easel::DynamicPrompt::resolve(text, pick);
    // Resolving never adds text: every character comes from the input.
    if (out.size() > text.size())
        __builtin_trap();
    (void)Easel::DynamicPrompt::stripComments(text);
    return 0;
}
