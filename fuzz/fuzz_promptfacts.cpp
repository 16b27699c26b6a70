// libFuzzer target: an API prompt (or anything) through the facts its outputs are indexed
// with. The seed is read from the bytes by hand: it must be what the rule's regular
// expression finds in the text, and the facts of the prompt parsed already must be those of
// its text.
#include "fuzzsupport.h"
#include "promptfacts.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    easelFuzzInit();
    const QByteArray bytes = fuzzBytes(data, size);
    static const QRegularExpression rule(QStringLiteral(R"("(?:noise_)?seed"\s*:\s*(\d+))"));
    const QRegularExpressionMatch match = rule.match(QString::fromUtf8(bytes));
    const Easel::PromptFacts fromText = Easel::promptFacts(bytes);
    const Easel::PromptFacts parsed = Easel::promptFacts(bytes, QJsonDocument::fromJson(bytes).object());
    if (fromText.seed != (match.hasMatch() ? match.captured(1) : QString()) || parsed.seed != fromText.seed
        || parsed.promptText != fromText.promptText)
        std::abort();
    return 0;
}
