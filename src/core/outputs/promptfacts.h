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
// The same of a prompt parsed already (nodes: apiJson as an object): the output store's
// writer takes a job's facts from the parse its changed inputs need, not a parse of its own.
PromptFacts promptFacts(const QByteArray &apiJson, const QJsonObject &nodes);

// An API-format prompt parsed as an object (empty when it is not one). The writer's parses
// go through here and are counted, so a test can hold it to one parse a job at most.
QJsonObject parsePrompt(const QByteArray &apiJson);
quint64 promptParseCount();

// The inputs of `actual` whose literal values differ from `base` (links are not inputs the
// artist set), as compact JSON {"node": {"input": value}}. Empty base: "{}".
QByteArray changedInputs(const QByteArray &baseApiJson, const QByteArray &actualApiJson);
// The same of prompts parsed already (a job's prompt is parsed once, its batch's base once
// per batch); a base that is not a JSON object is an empty one.
QByteArray changedInputs(const QJsonObject &base, const QJsonObject &actual);

} // namespace Easel
