#include "apiworkflow.h"

#include "textposition.h"

#include "jsontree.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

// lupdate files tr() calls by the class they are made from; a free helper would file these
// strings under the namespace, where the translation is never looked up.
struct ApiWorkflowText
{
    Q_DECLARE_TR_FUNCTIONS(Easel::ApiWorkflow)
};

} // namespace

ApiWorkflow ApiWorkflow::fromFile(const QString &path, LoadError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            error->message = ApiWorkflowText::tr("Cannot open %1: %2").arg(path, file.errorString());
        return {};
    }
    return fromJson(file.readAll(), QFileInfo(path).fileName(), error);
}

ApiWorkflow ApiWorkflow::fromJson(const QByteArray &json, const QString &sourceName,
                                  LoadError *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            error->message = message;
        return ApiWorkflow();
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(ApiWorkflowText::tr("%1 is not valid JSON: %2 at %3")
                        .arg(sourceName, parseError.errorString(),
                             describeTextPosition(json, parseError.offset)));
    }
    if (!document.isObject())
        return fail(ApiWorkflowText::tr("%1 is not a workflow: expected a JSON object of nodes").arg(sourceName));

    const QJsonObject root = document.object();
    if (root.contains("nodes"_L1) && root.value("nodes"_L1).isArray()) {
        return fail(ApiWorkflowText::tr("%1 is a saved (UI) workflow. Export it from ComfyUI with "
                       "\"Export (API)\" to open it here.")
                        .arg(sourceName));
    }
    if (root.isEmpty())
        return fail(ApiWorkflowText::tr("%1 holds no nodes").arg(sourceName));

    ApiWorkflow workflow;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QJsonObject node = it.value().toObject();
        const QString classType = node.value("class_type"_L1).toString();
        if (!it.value().isObject() || classType.isEmpty()) {
            return fail(ApiWorkflowText::tr("%1: node %2 has no class_type; this is not an API-format workflow")
                            .arg(sourceName, it.key()));
        }
        if (node.contains("inputs"_L1) && !node.value("inputs"_L1).isObject())
            return fail(ApiWorkflowText::tr("%1: the inputs of node %2 are not an object").arg(sourceName, it.key()));
        QString title = node.value("_meta"_L1).toObject().value("title"_L1).toString();
        if (title.isEmpty())
            title = classType;
        workflow.m_nodes.append({it.key(), classType, title});
    }
    std::sort(workflow.m_nodes.begin(), workflow.m_nodes.end(),
              [](const Node &a, const Node &b) { return nodeIdLess(a.id, b.id); });
    workflow.m_json = json;
    workflow.m_sourceName = sourceName;
    return workflow;
}

bool ApiWorkflow::setInput(const QString &nodeId, const QString &input, const QString &valueText,
                           QString *errorMessage)
{
    // JsonTree, not QJsonDocument: seeds up to 18446744073709551615 stay exact, and key
    // order and every other value are written back as they were.
    JsonTree root = JsonTree::parse(m_json);
    JsonTree *node = root.findMutable(nodeId);
    if (!node || !node->isObject()) {
        if (errorMessage)
            *errorMessage = ApiWorkflowText::tr("The workflow has no node %1").arg(nodeId);
        return false;
    }
    JsonTree *inputs = node->findMutable(u"inputs");
    if (!inputs) {
        node->insert(u"inputs"_s, JsonTree::object());
        inputs = node->findMutable(u"inputs");
    }
    const JsonTree *current = inputs->find(input);
    if (current && current->isArray()) {
        if (errorMessage)
            *errorMessage = ApiWorkflowText::tr("Input %1 of node %2 is a link, not a value").arg(input, nodeId);
        return false;
    }
    // A value that parses as JSON keeps its type (numbers, booleans); anything else is a
    // string, so --set 6.prompt=a cat works without quotes.
    JsonTree value = JsonTree::fromString(valueText);
    JsonParseError parseError;
    const JsonTree parsed = JsonTree::parse(valueText.toUtf8(), &parseError);
    if (parseError.message.isEmpty() && !parsed.isArray() && !parsed.isObject() && !valueText.trimmed().isEmpty())
        value = parsed;
    inputs->insert(input, std::move(value));
    m_json = root.toPython();
    return true;
}

namespace {

// Where randomizeSeeds looks: the inputs ComfyUI's own nodes call a seed.
const std::array<QString, 2> seedNames{u"seed"_s, u"noise_seed"_s};

} // namespace

qint64 ApiWorkflow::freshSeed()
{
    return qint64(QRandomGenerator::global()->bounded(quint64(1) << 53));
}

int ApiWorkflow::randomizeSeeds(const QStringList &keep)
{
    JsonTree root = JsonTree::parse(m_json);
    int changed = 0;
    for (int i = 0; root.isObject() && i < root.size(); ++i) {
        JsonTree *inputs = root.at(i).findMutable(u"inputs");
        if (!inputs || !inputs->isObject())
            continue;
        for (const QString &name : seedNames) {
            JsonTree *seed = inputs->findMutable(name);
            if (!seed || !seed->isNumber() || keep.contains(root.keys().at(i) + u'.' + name))
                continue;
            *seed = JsonTree::fromInt(freshSeed());
            ++changed;
        }
    }
    if (changed)
        m_json = root.toPython();
    return changed;
}

QList<std::pair<QString, QString>> ApiWorkflow::seedInputs(const QStringList &keep) const
{
    const JsonTree root = JsonTree::parse(m_json);
    QList<std::pair<QString, QString>> found;
    for (int i = 0; root.isObject() && i < root.size(); ++i) {
        const JsonTree *inputs = root.at(i).find(u"inputs");
        if (!inputs || !inputs->isObject())
            continue;
        for (const QString &name : seedNames) {
            const JsonTree *seed = inputs->find(name);
            if (seed && seed->isNumber() && !keep.contains(root.keys().at(i) + u'.' + name))
                found.append({root.keys().at(i), name});
        }
    }
    return found;
}

} // namespace Easel
