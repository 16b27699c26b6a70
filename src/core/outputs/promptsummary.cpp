#include "promptsummary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

bool isLink(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    return value.isArray() && array.size() == 2 && array.at(0).isString() && array.at(1).isDouble();
}

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        // Whole numbers without a fraction; others as short as they are exact.
        // The range is checked first: casting a double outside qint64's range is undefined.
        if (std::abs(number) < 1e15 && number == double(qint64(number)))
            return QString::number(qint64(number));
        return QString::number(number, 'g', 6);
    }
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return {};
}

class Reader
{
public:
    explicit Reader(const QJsonObject &nodes)
        : m_nodes(nodes)
    {}

    QJsonObject inputsOf(const QString &id) const
    {
        return m_nodes.value(id).toObject().value("inputs"_L1).toObject();
    }

    // The text a conditioning input comes from: through a CLIPTextEncode (or any node with a
    // "text"/"text_g" input), which may take its text from a primitive in turn. Bounded hops.
    QString promptText(const QJsonValue &link) const
    {
        QJsonValue at = link;
        for (int hop = 0; hop < 8 && isLink(at); ++hop) {
            const QJsonObject inputs = inputsOf(at.toArray().at(0).toString());
            QJsonValue next;
            for (const auto key : {"text"_L1, "text_g"_L1, "prompt"_L1, "value"_L1, "string"_L1}) {
                const QJsonValue value = inputs.value(key);
                if (value.isString())
                    return value.toString();
                if (isLink(value) && !isLink(next))
                    next = value;
            }
            // Conditioning passed through (ConditioningCombine, ControlNetApply…): follow it.
            if (!isLink(next))
                next = inputs.value("conditioning"_L1).isArray() ? inputs.value("conditioning"_L1)
                                                                   : inputs.value("conditioning_1"_L1);
            at = next;
        }
        return {};
    }

    // The model a sampler uses, and the LoRAs loaded on the way to it.
    void model(const QJsonValue &link, QList<PromptSetting> *out) const
    {
        QJsonValue at = link;
        QSet<QString> seen;
        for (int hop = 0; hop < 32 && isLink(at); ++hop) {
            const QString id = at.toArray().at(0).toString();
            if (seen.contains(id))
                break;
            seen.insert(id);
            const QJsonObject inputs = inputsOf(id);
            if (inputs.value("lora_name"_L1).isString()) {
                const QString strength = text(inputs.value("strength_model"_L1));
                const QString name = inputs.value("lora_name"_L1).toString();
                out->append({PromptSetting::Kind::Lora, strength.isEmpty() ? name : u"%1 (%2)"_s.arg(name, strength)});
            }
            for (const auto key : {"ckpt_name"_L1, "unet_name"_L1, "model_name"_L1}) {
                if (inputs.value(key).isString()) {
                    out->append({PromptSetting::Kind::Model, inputs.value(key).toString()});
                    return;
                }
            }
            at = inputs.value("model"_L1);
        }
    }

    QString size(const QJsonValue &link) const
    {
        QJsonValue at = link;
        for (int hop = 0; hop < 8 && isLink(at); ++hop) {
            const QJsonObject inputs = inputsOf(at.toArray().at(0).toString());
            const QString width = text(inputs.value("width"_L1));
            const QString height = text(inputs.value("height"_L1));
            if (!width.isEmpty() && !height.isEmpty())
                return u"%1 × %2"_s.arg(width, height);
            at = inputs.value("samples"_L1).isArray() ? inputs.value("samples"_L1) : inputs.value("latent"_L1);
        }
        return {};
    }

private:
    const QJsonObject &m_nodes;
};

} // namespace

QString PromptSetting::label() const
{
    const char *source = "";
    switch (kind) {
    case Kind::Positive: source = QT_TRANSLATE_NOOP("Easel::PromptSetting", "Positive prompt"); break;
    case Kind::Negative: source = QT_TRANSLATE_NOOP("Easel::PromptSetting", "Negative prompt"); break;
    case Kind::Seed: source = QT_TRANSLATE_NOOP("Easel::PromptSetting", "Seed"); break;
    case Kind::Steps: source = QT_TRANSLATE_NOOP("Easel::PromptSetting", "Steps"); break;
    case Kind::Cfg: source = QT_TRANSLATE_NOOP("Easel::PromptSetting", "CFG"); break;
    case Kind::Sampler: source = QT_TRANSLATE_NOOP("Easel::PromptSetting", "Sampler"); break;
    case Kind::Scheduler: source = QT_TRANSLATE_NOOP("Easel::PromptSetting", "Scheduler"); break;
    case Kind::Denoise: source = QT_TRANSLATE_NOOP("Easel::PromptSetting", "Denoise"); break;
    case Kind::Model: source = QT_TRANSLATE_NOOP("Easel::PromptSetting", "Model"); break;
    case Kind::Size: source = QT_TRANSLATE_NOOP("Easel::PromptSetting", "Size"); break;
    case Kind::Lora: source = QT_TRANSLATE_NOOP("Easel::PromptSetting", "LoRA"); break;
    }
    return QCoreApplication::translate("Easel::PromptSetting", source);
}

QList<PromptSetting> promptSummary(const QByteArray &apiJson)
{
    QList<PromptSetting> settings;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(apiJson, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return settings;
    QJsonObject nodes = document.object();
    // A /prompt request body wraps the prompt.
    if (nodes.value("prompt"_L1).isObject())
        nodes = nodes.value("prompt"_L1).toObject();
    const Reader reader(nodes);

    // The sampler: a node with linked positive and negative inputs, lowest id first (the
    // first pass of a two-pass graph).
    QString samplerId;
    for (auto it = nodes.begin(); it != nodes.end(); ++it) {
        const QJsonObject inputs = it.value().toObject().value("inputs"_L1).toObject();
        if (isLink(inputs.value("positive"_L1)) && (samplerId.isEmpty() || it.key().toLongLong() < samplerId.toLongLong()))
            samplerId = it.key();
    }
    const QJsonObject sampler = reader.inputsOf(samplerId);
    const auto add = [&settings](PromptSetting::Kind kind, const QString &value) {
        if (!value.isEmpty())
            settings.append({kind, value});
    };
    add(PromptSetting::Kind::Positive, reader.promptText(sampler.value("positive"_L1)));
    add(PromptSetting::Kind::Negative, reader.promptText(sampler.value("negative"_L1)));

    // Seeds go past what a double holds: the digits are read from the text itself, in
    // the sampler's own object when there is one.
    QString seed;
    const QJsonValue seedValue = sampler.contains("seed"_L1) ? sampler.value("seed"_L1) : sampler.value("noise_seed"_L1);
    if (seedValue.isDouble()) {
        static const QRegularExpression digits(uR"("(?:noise_)?seed"\s*:\s*(\d+))"_s);
        const QString whole = QString::fromUtf8(apiJson);
        // The match whose value equals the double (the sampler's, not another node's).
        auto matches = digits.globalMatch(whole);
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            if (match.captured(1).toDouble() == seedValue.toDouble()) {
                seed = match.captured(1);
                break;
            }
        }
        if (seed.isEmpty())
            seed = text(seedValue);
    } else if (isLink(seedValue)) {
        const QJsonObject source = reader.inputsOf(seedValue.toArray().at(0).toString());
        for (const auto key : {"seed"_L1, "noise_seed"_L1, "value"_L1}) {
            if (source.value(key).isDouble()) {
                seed = text(source.value(key));
                break;
            }
        }
    }
    add(PromptSetting::Kind::Seed, seed);
    add(PromptSetting::Kind::Steps, text(sampler.value("steps"_L1)));
    add(PromptSetting::Kind::Cfg, text(sampler.value("cfg"_L1)));
    add(PromptSetting::Kind::Sampler, sampler.value("sampler_name"_L1).toString());
    add(PromptSetting::Kind::Scheduler, sampler.value("scheduler"_L1).toString());
    const QString denoise = text(sampler.value("denoise"_L1));
    if (!denoise.isEmpty() && denoise != u"1"_s)
        add(PromptSetting::Kind::Denoise, denoise);
    QList<PromptSetting> model;
    reader.model(sampler.value("model"_L1), &model);
    // Closest to the sampler first in the chain; the checkpoint reads best before its LoRAs.
    std::stable_sort(model.begin(), model.end(), [](const PromptSetting &a, const PromptSetting &b) {
        return a.kind == PromptSetting::Kind::Model && b.kind != PromptSetting::Kind::Model;
    });
    settings.append(model);
    add(PromptSetting::Kind::Size, reader.size(sampler.value("latent_image"_L1)));
    return settings;
}

QStringList settingDifferences(const QList<PromptSetting> &base, const QList<PromptSetting> &other)
{
    QStringList differences;
    const auto valuesOf = [](const QList<PromptSetting> &list, PromptSetting::Kind kind) {
        QStringList values;
        for (const PromptSetting &setting : list) {
            if (setting.kind == kind)
                values.append(setting.value);
        }
        return values.join(u", "_s);
    };
    for (const auto kind : {PromptSetting::Kind::Positive, PromptSetting::Kind::Negative, PromptSetting::Kind::Seed,
                            PromptSetting::Kind::Steps, PromptSetting::Kind::Cfg, PromptSetting::Kind::Sampler,
                            PromptSetting::Kind::Scheduler, PromptSetting::Kind::Denoise, PromptSetting::Kind::Model,
                            PromptSetting::Kind::Size, PromptSetting::Kind::Lora}) {
        const QString before = valuesOf(base, kind);
        const QString after = valuesOf(other, kind);
        if (before == after)
            continue;
        const QString label = PromptSetting{kind, {}}.label();
        const bool longText = kind == PromptSetting::Kind::Positive || kind == PromptSetting::Kind::Negative;
        differences.append(longText ? QCoreApplication::translate("Easel::PromptSetting", "%1 changed").arg(label)
                                    : u"%1 %2 → %3"_s.arg(label, before.isEmpty() ? u"–"_s : before,
                                                          after.isEmpty() ? u"–"_s : after));
    }
    return differences;
}

} // namespace Easel
