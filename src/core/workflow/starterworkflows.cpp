#include "starterworkflows.h"

#include "jsontree.h"
#include "nodecatalogue.h"
#include "parameterlabels.h"
#include "workflowdocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Easel::StarterWorkflows {

namespace {

// Loader inputs whose choices are files on the server: the ones a starter may name and a
// server may not have.
bool isModelInput(const QString &name)
{
    return name == "ckpt_name"_L1 || name == "unet_name"_L1 || name == "vae_name"_L1 || name == "lora_name"_L1
           || name == "model_name"_L1 || name.startsWith("clip_name"_L1) || name == "control_net_name"_L1;
}

} // namespace

QList<Starter> load(const QString &directory, QStringList *errors)
{
    QList<Starter> starters;
    const QDir dir(directory);
    for (const QFileInfo &info : dir.entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            if (errors)
                errors->append(u"%1: %2"_s.arg(info.fileName(), file.errorString()));
            continue;
        }
        JsonParseError parseError;
        const JsonTree tree = JsonTree::parse(file.readAll(), &parseError);
        const JsonTree *prompt = tree.find(u"prompt");
        if (!tree.isObject() || !prompt || !prompt->isObject() || prompt->size() == 0) {
            if (errors)
                errors->append(u"%1: not a starter (an object with a \"prompt\")"_s.arg(info.fileName()));
            continue;
        }
        Starter starter;
        starter.id = info.completeBaseName();
        starter.title = tree.value(u"title").toString();
        if (starter.title.isEmpty())
            starter.title = starter.id;
        starter.description = tree.value(u"description").toString();
        starter.order = tree.value(u"order").toNumber().toInt(0);
        starter.needs = tree.value(u"needs").toString();
        starter.promptJson = prompt->toPython();
        starters.append(starter);
    }
    std::stable_sort(starters.begin(), starters.end(), [](const Starter &a, const Starter &b) {
        return a.order != b.order ? a.order < b.order : a.title < b.title;
    });
    return starters;
}

WorkflowDocument document(const Starter &starter)
{
    return WorkflowDocument(JsonTree::parse(starter.promptJson), WorkflowDocument::Format::Api, starter.title);
}

ModelFit fitToServer(WorkflowDocument &document)
{
    ModelFit fit;
    if (!document.catalogue())
        return fit;
    const ParameterLabels labels(document);
    const QList<DocumentNode> nodes = document.nodes();
    for (const DocumentNode &node : nodes) {
        for (const DocumentInput &input : node.inputs) {
            if (input.linked || !input.spec || !isModelInput(input.name))
                continue;
            const QString value = document.inputValue(node.id, input.name).toString();
            const QStringList &choices = input.spec->choices;
            if (choices.contains(value))
                continue;
            const QString label = labels.label(node.id, input.name);
            if (choices.isEmpty()) {
                fit.missing.append(u"%1: %2"_s.arg(label, value));
                continue;
            }
            QString error;
            if (document.setInputValue(node.id, input.name, JsonTree::fromString(choices.constFirst()), &error))
                fit.replaced.append(u"%1: %2 → %3"_s.arg(label, value, choices.constFirst()));
        }
    }
    return fit;
}

} // namespace Easel::StarterWorkflows
