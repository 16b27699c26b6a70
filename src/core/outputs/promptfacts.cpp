#include "promptfacts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

// An input wired to another node: ["node id", output index].
bool isLink(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    return value.isArray() && array.size() == 2 && array.at(0).isString() && array.at(1).isDouble();
}

} // namespace

PromptFacts promptFacts(const QByteArray &apiJson)
{
    PromptFacts facts;
    // Seeds go up to 2^64-1, past what QJsonValue keeps exactly, so read the digits from
    // the text itself.
    static const QRegularExpression seed(uR"("(?:noise_)?seed"\s*:\s*(\d+))"_s);
    const QRegularExpressionMatch match = seed.match(QString::fromUtf8(apiJson));
    if (match.hasMatch())
        facts.seed = match.captured(1);

    const QJsonObject nodes = QJsonDocument::fromJson(apiJson).object();
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
