#include "starterworkflows.h"

#include "jsontree.h"
#include "nodecatalogue.h"
#include "parameterlabels.h"
#include "valuerules.h"
#include "workflowdocument.h"

#include <QCoreApplication>
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


// The shipped starters' titles and descriptions, for lupdate (it does not read JSON):
// load() shows them in the user's language. A starter added to resources/starters adds
// its two lines here; tst_starterworkflows fails on one that is missing.
const char *const shippedTexts[] = {
    QT_TRANSLATE_NOOP("Easel::StarterWorkflows", "Image to image"),
    QT_TRANSLATE_NOOP("Easel::StarterWorkflows", "Start from a picture of yours: Denoise says how far the result may move from it (0.6 keeps the layout)."),
    QT_TRANSLATE_NOOP("Easel::StarterWorkflows", "Inpainting"),
    QT_TRANSLATE_NOOP("Easel::StarterWorkflows", "Paint a mask on your picture (click its thumbnail) and only the masked part is made anew; needs an inpainting model for the best results."),
    QT_TRANSLATE_NOOP("Easel::StarterWorkflows", "Check the server (no model)"),
    QT_TRANSLATE_NOOP("Easel::StarterWorkflows", "A plain coloured square, made without any model: queue it to see that the server, the queue and the library work."),
    QT_TRANSLATE_NOOP("Easel::StarterWorkflows", "Text to image (SD 1.5)"),
    QT_TRANSLATE_NOOP("Easel::StarterWorkflows", "Write what you want to see; a Stable Diffusion 1.5 checkpoint paints it at 512×512."),
    QT_TRANSLATE_NOOP("Easel::StarterWorkflows", "Text to image (SDXL)"),
    QT_TRANSLATE_NOOP("Easel::StarterWorkflows", "The same with an SDXL checkpoint at 1024×1024: more detail, more memory."),
    QT_TRANSLATE_NOOP("Easel::StarterWorkflows", "Upscale an image"),
    QT_TRANSLATE_NOOP("Easel::StarterWorkflows", "Enlarge a picture 2× with Lanczos filtering; no model needed. Drop an image on the Image input."),
};

// "control_after_generate": {"3": {"seed": "randomize"}}: each named input of the prompt
// gets the mode (one of the web UI's five); an absent key means none.
bool readControls(const JsonTree *from, const JsonTree &prompt, QHash<QString, QHash<QString, QString>> *controls,
                  QString *problem)
{
    if (!from)
        return true;
    if (!from->isObject()) {
        *problem = u"\"control_after_generate\" is not an object"_s;
        return false;
    }
    for (const QString &nodeId : from->keys()) {
        const JsonTree &inputs = from->value(nodeId);
        const JsonTree *promptNode = prompt.find(nodeId);
        const JsonTree *promptInputs = promptNode ? promptNode->find(u"inputs") : nullptr;
        if (!inputs.isObject() || !promptInputs) {
            *problem = u"\"control_after_generate\" names node %1, which the prompt does not have"_s.arg(nodeId);
            return false;
        }
        for (const QString &input : inputs.keys()) {
            const QString mode = inputs.value(input).toString();
            if (!promptInputs->find(input) || !ValueRules::isControlMode(mode)) {
                *problem = u"\"control_after_generate\" of node %1 input %2: \"%3\" is not a mode of an input the node has"_s
                               .arg(nodeId, input, mode);
                return false;
            }
            (*controls)[nodeId].insert(input, mode);
        }
    }
    return true;
}

QString translated(const QString &text)
{
    return text.isEmpty() ? text : QCoreApplication::translate("Easel::StarterWorkflows", text.toUtf8().constData());
}
} // namespace

QStringList translatableTexts()
{
    QStringList texts;
    for (const char *text : shippedTexts)
        texts.append(QString::fromUtf8(text));
    return texts;
}

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
        starter.title = translated(tree.value(u"title").toString());
        if (starter.title.isEmpty())
            starter.title = starter.id;
        starter.description = translated(tree.value(u"description").toString());
        starter.order = tree.value(u"order").toNumber().toInt(0);
        starter.needs = tree.value(u"needs").toString();
        starter.promptJson = prompt->toPython();
        QString controlProblem;
        if (!readControls(tree.find(u"control_after_generate"), *prompt, &starter.controls, &controlProblem)) {
            if (errors)
                errors->append(u"%1: %2"_s.arg(info.fileName(), controlProblem));
            continue;
        }
        starters.append(starter);
    }
    std::stable_sort(starters.begin(), starters.end(), [](const Starter &a, const Starter &b) {
        return a.order != b.order ? a.order < b.order : a.title < b.title;
    });
    return starters;
}

WorkflowDocument document(const Starter &starter)
{
    WorkflowDocument document(JsonTree::parse(starter.promptJson), WorkflowDocument::Format::Api, starter.title);
    for (auto node = starter.controls.cbegin(); node != starter.controls.cend(); ++node) {
        for (auto input = node->cbegin(); input != node->cend(); ++input)
            document.setControlValue(node.key(), input.key(), JsonTree::fromString(input.value()));
    }
    return document;
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
            const QStringList &choices = input.spec->choices();
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
