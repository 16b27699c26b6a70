// The settings an artist reads, from the prompt that ran: checked against the shared
// fixtures (values looked up there by node class, independently of how the summary
// follows links), a LoRA chain with a 64-bit seed, differences, and hostile input.
#include "promptsummary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_PromptSummary : public QObject
{
    Q_OBJECT

private slots:
    void basicWorkflowFromFixture();
    void loraChainAndExactSeed();
    void differences();
    void hostileInput_data();
    void hostileInput();
};

namespace {
QString valueOf(const QList<PromptSetting> &settings, PromptSetting::Kind kind)
{
    for (const PromptSetting &setting : settings) {
        if (setting.kind == kind)
            return setting.value;
    }
    return {};
}

QJsonObject nodeOfClass(const QJsonObject &prompt, const QString &type)
{
    for (auto it = prompt.begin(); it != prompt.end(); ++it) {
        if (it.value().toObject().value("class_type"_L1).toString() == type)
            return it.value().toObject().value("inputs"_L1).toObject();
    }
    return {};
}
} // namespace

void tst_PromptSummary::basicWorkflowFromFixture()
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/workflows/api/sd15_basic.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    const QJsonObject prompt = QJsonDocument::fromJson(json).object();
    const QJsonObject sampler = nodeOfClass(prompt, u"KSampler"_s);
    const QJsonObject latent = nodeOfClass(prompt, u"EmptyLatentImage"_s);
    const QString positiveId = sampler.value("positive"_L1).toArray().at(0).toString();
    const QString negativeId = sampler.value("negative"_L1).toArray().at(0).toString();

    const QList<PromptSetting> settings = promptSummary(json);
    QCOMPARE(valueOf(settings, PromptSetting::Kind::Positive),
             prompt.value(positiveId).toObject().value("inputs"_L1).toObject().value("text"_L1).toString());
    QCOMPARE(valueOf(settings, PromptSetting::Kind::Negative),
             prompt.value(negativeId).toObject().value("inputs"_L1).toObject().value("text"_L1).toString());
    QCOMPARE(valueOf(settings, PromptSetting::Kind::Seed), QString::number(sampler.value("seed"_L1).toInteger()));
    QCOMPARE(valueOf(settings, PromptSetting::Kind::Steps), QString::number(sampler.value("steps"_L1).toInt()));
    QCOMPARE(valueOf(settings, PromptSetting::Kind::Cfg), QString::number(sampler.value("cfg"_L1).toDouble()));
    QCOMPARE(valueOf(settings, PromptSetting::Kind::Sampler), sampler.value("sampler_name"_L1).toString());
    QCOMPARE(valueOf(settings, PromptSetting::Kind::Scheduler), sampler.value("scheduler"_L1).toString());
    QCOMPARE(valueOf(settings, PromptSetting::Kind::Model),
             nodeOfClass(prompt, u"CheckpointLoaderSimple"_s).value("ckpt_name"_L1).toString());
    QCOMPARE(valueOf(settings, PromptSetting::Kind::Size),
             u"%1 × %2"_s.arg(latent.value("width"_L1).toInt()).arg(latent.value("height"_L1).toInt()));
    // denoise 1 is the default and not worth a line.
    QVERIFY(valueOf(settings, PromptSetting::Kind::Denoise).isEmpty());
    QCOMPARE((PromptSetting{PromptSetting::Kind::Positive, {}}.label()), u"Positive prompt"_s);
}

void tst_PromptSummary::loraChainAndExactSeed()
{
    // Sampler <- LoRA b <- LoRA a <- checkpoint; the seed is 2^64-1, past a double.
    const QByteArray json = R"({
      "1": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "base.safetensors"}},
      "2": {"class_type": "LoraLoader", "inputs": {"model": ["1", 0], "clip": ["1", 1], "lora_name": "a.safetensors", "strength_model": 0.8, "strength_clip": 1}},
      "3": {"class_type": "LoraLoader", "inputs": {"model": ["2", 0], "clip": ["2", 1], "lora_name": "b.safetensors", "strength_model": 1, "strength_clip": 1}},
      "4": {"class_type": "PrimitiveString", "inputs": {"value": "a red fox"}},
      "5": {"class_type": "CLIPTextEncode", "inputs": {"clip": ["3", 1], "text": ["4", 0]}},
      "6": {"class_type": "CLIPTextEncode", "inputs": {"clip": ["3", 1], "text": "blurry"}},
      "7": {"class_type": "EmptyLatentImage", "inputs": {"width": 832, "height": 1216, "batch_size": 1}},
      "8": {"class_type": "KSampler", "inputs": {"model": ["3", 0], "positive": ["5", 0], "negative": ["6", 0],
            "latent_image": ["7", 0], "seed": 18446744073709551615, "steps": 30, "cfg": 6.5,
            "sampler_name": "dpmpp_2m", "scheduler": "karras", "denoise": 0.75}}
    })";
    const QList<PromptSetting> settings = promptSummary(json);
    QCOMPARE(valueOf(settings, PromptSetting::Kind::Seed), u"18446744073709551615"_s);
    QCOMPARE(valueOf(settings, PromptSetting::Kind::Positive), u"a red fox"_s);
    QCOMPARE(valueOf(settings, PromptSetting::Kind::Negative), u"blurry"_s);
    QCOMPARE(valueOf(settings, PromptSetting::Kind::Cfg), u"6.5"_s);
    QCOMPARE(valueOf(settings, PromptSetting::Kind::Denoise), u"0.75"_s);
    QCOMPARE(valueOf(settings, PromptSetting::Kind::Model), u"base.safetensors"_s);
    QCOMPARE(valueOf(settings, PromptSetting::Kind::Size), u"832 × 1216"_s);
    QStringList loras;
    for (const PromptSetting &setting : settings) {
        if (setting.kind == PromptSetting::Kind::Lora)
            loras.append(setting.value);
    }
    QCOMPARE(loras, (QStringList{u"b.safetensors (1)"_s, u"a.safetensors (0.8)"_s}));
}

void tst_PromptSummary::differences()
{
    const QList<PromptSetting> base{{PromptSetting::Kind::Seed, u"1"_s}, {PromptSetting::Kind::Cfg, u"7"_s},
                                    {PromptSetting::Kind::Positive, u"a cat"_s}};
    const QList<PromptSetting> other{{PromptSetting::Kind::Seed, u"2"_s}, {PromptSetting::Kind::Cfg, u"7"_s},
                                     {PromptSetting::Kind::Positive, u"a dog"_s}};
    QCOMPARE(settingDifferences(base, other), (QStringList{u"Positive prompt changed"_s, u"Seed 1 → 2"_s}));
    QVERIFY(settingDifferences(base, base).isEmpty());
}

void tst_PromptSummary::hostileInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("array") << QByteArray("[1,2]");
    QTest::addRow("broken") << QByteArray("{\"3\": {\"inputs\": ");
    QTest::addRow("self link") << QByteArray(R"({"1": {"inputs": {"positive": ["1", 0], "model": ["1", 0], "latent_image": ["1", 0]}}})");
    QTest::addRow("wrong types") << QByteArray(R"({"1": {"inputs": {"positive": ["2", 0], "seed": "x", "steps": [1]}}, "2": 5})");
}

void tst_PromptSummary::hostileInput()
{
    QFETCH(QByteArray, json);
    const QList<PromptSetting> settings = promptSummary(json);
    for (const PromptSetting &setting : settings)
        QVERIFY(!setting.value.isEmpty());
}

QTEST_GUILESS_MAIN(tst_PromptSummary)
#include "tst_promptsummary.moc"
