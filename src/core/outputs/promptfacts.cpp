#include "promptfacts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <atomic>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

// An input wired to another node: ["node id", output index].
bool isLink(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    return value.isArray() && array.size() == 2 && array.at(0).isString() && array.at(1).isDouble();
}

std::atomic<quint64> parses{0};

// What the regular expression "(?:noise_)?seed"\s*:\s*(\d+) finds first, read from the
// UTF-8 bytes as they are: no copy into UTF-16 and no regular expression engine a job.
// Every byte of the pattern is ASCII, which a UTF-8 sequence never holds, so the bytes
// match where the text would. \s is PCRE's without Unicode properties: ASCII white space.
QString firstSeed(const QByteArray &apiJson)
{
    const auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    const char *const begin = apiJson.constData();
    const qsizetype size = apiJson.size();
    constexpr char key[] = "seed\"";
    constexpr qsizetype keySize = sizeof(key) - 1;
    constexpr char noise[] = "\"noise_";
    constexpr qsizetype noiseSize = sizeof(noise) - 1;
    // Each "seed\"" in turn, from the left: a match starts at its opening quote, one byte
    // before it or seven ("noise_"); the two cannot both hold, nor two matches overlap.
    for (qsizetype at = apiJson.indexOf(key); at >= 0; at = apiJson.indexOf(key, at + 1)) {
        const bool quoted = (at >= 1 && begin[at - 1] == '"')
                            || (at >= noiseSize && std::memcmp(begin + at - noiseSize, noise, noiseSize) == 0);
        if (!quoted)
            continue;
        qsizetype i = at + keySize;
        while (i < size && space(begin[i]))
            ++i;
        if (i >= size || begin[i] != ':')
            continue;
        ++i;
        while (i < size && space(begin[i]))
            ++i;
        const qsizetype digits = i;
        while (i < size && digit(begin[i]))
            ++i;
        if (i > digits)
            return QString::fromLatin1(begin + digits, i - digits);
    }
    return {};
}

} // namespace

QJsonObject parsePrompt(const QByteArray &apiJson)
{
    parses.fetch_add(1, std::memory_order_relaxed);
    return QJsonDocument::fromJson(apiJson).object();
}

quint64 promptParseCount()
{
    return parses.load(std::memory_order_relaxed);
}

PromptFacts promptFacts(const QByteArray &apiJson)
{
    return promptFacts(apiJson, parsePrompt(apiJson));
}

PromptFacts promptFacts(const QByteArray &apiJson, const QJsonObject &nodes)
{
    PromptFacts facts;
    // Seeds go up to 2^64-1, past what QJsonValue keeps exactly, so read the digits from
    // the text itself.
    facts.seed = firstSeed(apiJson);

    QString firstText;
    for (auto it = nodes.begin(); it != nodes.end(); ++it) {
        const QJsonObject inputs = it.value().toObject().value("inputs"_L1).toObject();
        if (firstText.isEmpty() && inputs.value("text"_L1).isString())
            firstText = inputs.value("text"_L1).toString();
        const QJsonValue positive = inputs.value("positive"_L1);
        if (facts.promptText.isEmpty() && isLink(positive)) {
            const QString source = positive.toArray().at(0).toString();
            const QJsonValue text = nodes.value(source).toObject().value("inputs"_L1)
                                        .toObject().value("text"_L1);
            if (text.isString())
                facts.promptText = text.toString();
        }
    }
    if (facts.promptText.isEmpty())
        facts.promptText = firstText;
    return facts;
}

QByteArray changedInputs(const QByteArray &baseApiJson, const QByteArray &actualApiJson)
{
    if (baseApiJson.isEmpty())
        return "{}";
    return changedInputs(QJsonDocument::fromJson(baseApiJson).object(),
                         QJsonDocument::fromJson(actualApiJson).object());
}

QByteArray changedInputs(const QJsonObject &base, const QJsonObject &actual)
{
    QJsonObject changed;
    for (auto node = actual.begin(); node != actual.end(); ++node) {
        const QJsonObject inputs = node.value().toObject().value("inputs"_L1).toObject();
        const QJsonObject baseInputs = base.value(node.key()).toObject().value("inputs"_L1).toObject();
        QJsonObject nodeChanges;
        for (auto input = inputs.begin(); input != inputs.end(); ++input) {
            if (!isLink(input.value()) && baseInputs.value(input.key()) != input.value())
                nodeChanges.insert(input.key(), input.value());
        }
        if (!nodeChanges.isEmpty())
            changed.insert(node.key(), nodeChanges);
    }
    return QJsonDocument(changed).toJson(QJsonDocument::Compact);
}

} // namespace Easel
