#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Easel {

// What the gallery shows and filters by, read from an API-format prompt.
struct PromptFacts
{
    QString seed;       // the first seed / noise_seed input, exact (as written), or empty
    QString promptText; // the text feeding a sampler's "positive", else the first text input
};

PromptFacts promptFacts(const QByteArray &apiJson);

// The inputs of `actual` whose literal values differ from `base` (links are not inputs the
// artist set), as compact JSON {"node": {"input": value}}. Empty base: "{}".
QByteArray changedInputs(const QByteArray &baseApiJson, const QByteArray &actualApiJson);
// The same of prompts parsed already (a job's prompt is parsed once, its batch's base once
// per batch); a base that is not a JSON object is an empty one.
QByteArray changedInputs(const QJsonObject &base, const QJsonObject &actual);

} // namespace Easel
