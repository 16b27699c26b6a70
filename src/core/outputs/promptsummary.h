#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Easel {

// What an artist reads about an output: the settings that matter, in their words, taken
// from the API prompt that ran. The sampler is found by its positive/negative inputs; the
// prompts, the model (through any LoRA loaders) and the latent size are followed from it
// by their links, so a renamed or reordered graph reads the same.
struct PromptSetting
{
    enum class Kind { Positive, Negative, Seed, Steps, Cfg, Sampler, Scheduler, Denoise, Model, Size, Lora };
    Kind kind;
    QString value; // as written (seeds exact, up to 2^64-1)

    QString label() const; // "Positive prompt", "Seed", … (translated)
    bool operator==(const PromptSetting &other) const = default;
};

// Empty for anything that is not an API prompt; never throws, never asserts (hostile input).
QList<PromptSetting> promptSummary(const QByteArray &apiJson);

// The settings of `other` that differ from `base` ("Seed 12 → 13"), for compare labels and
// the details of a sweep's member against its batch base.
QStringList settingDifferences(const QList<PromptSetting> &base, const QList<PromptSetting> &other);

} // namespace Easel
