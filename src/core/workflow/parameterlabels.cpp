#include "parameterlabels.h"

#include "nodecatalogue.h"
#include "workflowdocument.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

// Upstream hops from a sampler's positive/negative input to the text encoder: enough for
// conditioning nodes in between (zero-out, combine, ControlNet apply, area) and reroutes.
constexpr int maxHops = 8;

// Input names that hold a prompt's text.
bool isTextInput(const DocumentInput &input)
{
    if (input.linked || !input.isWidget)
        return false;
    if (input.spec && input.spec->multiline())
        return true;
    return input.name == "text"_L1 || input.name == "text_g"_L1 || input.name == "prompt"_L1;
}

QString textInputOf(const DocumentNode &node)
{
    for (const DocumentInput &input : node.inputs) {
        if (isTextInput(input))
            return input.name;
    }
    return {};
}

bool hasValueInput(const DocumentNode &node, QStringView name)
{
    const int i = node.indexOfInput(name);
    return i >= 0 && !node.inputs.at(i).linked;
}

// "What matters first": prompts come first (by role), then the node kinds an artist
// changes, in the order the Simple view shows them.
int kindRank(const DocumentNode &node)
{
    if (hasValueInput(node, u"seed") || hasValueInput(node, u"noise_seed") || hasValueInput(node, u"steps"))
        return 2;
    if (hasValueInput(node, u"width") && hasValueInput(node, u"height"))
        return 3;
    if (hasValueInput(node, u"ckpt_name") || hasValueInput(node, u"unet_name"))
        return 4;
    if (hasValueInput(node, u"lora_name"))
        return 5;
    if (hasValueInput(node, u"image"))
        return 6;
    return 7;
}

struct NamedInput
{
    const char *name;
    const char *label;
};

// The inputs artists name differently from the server; the rest are the name with spaces.
constexpr NamedInput namedInputs[] = {
    {"seed", QT_TRANSLATE_NOOP("ParameterLabels", "Seed")},
    {"noise_seed", QT_TRANSLATE_NOOP("ParameterLabels", "Seed")},
    {"steps", QT_TRANSLATE_NOOP("ParameterLabels", "Steps")},
    {"cfg", QT_TRANSLATE_NOOP("ParameterLabels", "CFG")},
    {"sampler_name", QT_TRANSLATE_NOOP("ParameterLabels", "Sampler")},
    {"scheduler", QT_TRANSLATE_NOOP("ParameterLabels", "Scheduler")},
    {"denoise", QT_TRANSLATE_NOOP("ParameterLabels", "Denoise")},
    {"ckpt_name", QT_TRANSLATE_NOOP("ParameterLabels", "Model")},
    {"unet_name", QT_TRANSLATE_NOOP("ParameterLabels", "Diffusion model")},
    {"model_name", QT_TRANSLATE_NOOP("ParameterLabels", "Model")},
    {"vae_name", QT_TRANSLATE_NOOP("ParameterLabels", "VAE")},
    {"lora_name", QT_TRANSLATE_NOOP("ParameterLabels", "LoRA")},
    {"strength_model", QT_TRANSLATE_NOOP("ParameterLabels", "LoRA strength")},
    {"strength_clip", QT_TRANSLATE_NOOP("ParameterLabels", "LoRA strength (CLIP)")},
    {"width", QT_TRANSLATE_NOOP("ParameterLabels", "Width")},
    {"height", QT_TRANSLATE_NOOP("ParameterLabels", "Height")},
    {"batch_size", QT_TRANSLATE_NOOP("ParameterLabels", "Batch size")},
    {"image", QT_TRANSLATE_NOOP("ParameterLabels", "Image")},
    {"text", QT_TRANSLATE_NOOP("ParameterLabels", "Text")},
    {"filename_prefix", QT_TRANSLATE_NOOP("ParameterLabels", "File name prefix")},
    {"upscale_method", QT_TRANSLATE_NOOP("ParameterLabels", "Upscale method")},
    {"scale_by", QT_TRANSLATE_NOOP("ParameterLabels", "Scale")},
};

QString translate(const char *text)
{
    return QCoreApplication::translate("ParameterLabels", text);
}

} // namespace

ParameterLabels::ParameterLabels(const WorkflowDocument &document)
{
    const QList<DocumentNode> &nodes = document.nodes();
    QHash<QString, int> titleUses;
    // Nodes inside subgraphs are named as the workflow's own are (their titles count
    // towards the same-title rule; an instance's copy of a definition node counts once).
    QSet<QString> counted;
    for (const QList<DocumentNode> *list : {&nodes, &document.innerNodes()}) {
        for (const DocumentNode &node : *list) {
            NodeInfo info;
            info.title = node.title;
            info.genericTitle = !node.customTitle;
            info.textInput = textInputOf(node);
            m_nodes.insert(node.id, info);
            if (!node.graph.isEmpty()) {
                const QString key = node.graph + QChar(0x1f) + node.localId;
                if (counted.contains(key))
                    continue;
                counted.insert(key);
            }
            ++titleUses[node.title];
            for (const DocumentInput &input : node.inputs) {
                if (!input.linked && input.isWidget)
                    ++m_inputUses[input.name];
            }
        }
    }
    // Two nodes of the same title: their inputs carry the node id too, or they could not be
    // told apart ("KSampler (Advanced) #14 › Steps").
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it) {
        if (titleUses.value(it->title) > 1)
            it->title = u"%1 #%2"_s.arg(it->title, it.key());
    }

    // Roles: from every sampler-like input named positive/negative, in document order, walk
    // up the links to the nearest text nodes. The first role a node gets is kept (a refiner's
    // zero-out of the positive prompt does not make it negative).
    auto trace = [&](const QString &from, PromptRole role) {
        QList<QString> frontier{from};
        QSet<QString> seen;
        for (int hop = 0; hop < maxHops && !frontier.isEmpty(); ++hop) {
            QList<QString> next;
            for (const QString &id : std::as_const(frontier)) {
                if (seen.contains(id))
                    continue;
                seen.insert(id);
                const DocumentNode *node = document.node(id);
                if (!node)
                    continue;
                if (!m_nodes.value(id).textInput.isEmpty()) {
                    if (!m_roles.contains(id)) {
                        m_roles.insert(id, role);
                        m_promptOrder.append(id);
                    }
                    continue; // a text encoder's own inputs are its clip, not conditioning
                }
                for (const DocumentInput &input : node->inputs) {
                    if (input.linked && !input.linkNodeId.isEmpty())
                        next.append(input.linkNodeId);
                }
            }
            frontier = next;
        }
    };
    for (const PromptRole role : {PromptRole::Positive, PromptRole::Negative}) {
        const QStringView name = role == PromptRole::Positive ? u"positive" : u"negative";
        for (const DocumentNode &node : nodes) {
            const int i = node.indexOfInput(name);
            if (i >= 0 && node.inputs.at(i).linked)
                trace(node.inputs.at(i).linkNodeId, role);
        }
    }
    // Reading order: positive prompts, then negative ones, each in document order.
    std::stable_sort(m_promptOrder.begin(), m_promptOrder.end(), [&](const QString &a, const QString &b) {
        const auto ra = m_roles.value(a);
        const auto rb = m_roles.value(b);
        if (ra != rb)
            return ra == PromptRole::Positive;
        return document.indexOfNode(a) < document.indexOfNode(b);
    });
    int positives = 0;
    int negatives = 0;
    for (const QString &id : std::as_const(m_promptOrder))
        m_roleNumber.insert(id, m_roles.value(id) == PromptRole::Positive ? ++positives : ++negatives);

    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const DocumentNode &node = nodes.at(i);
        const int row = int(i);
        const PromptRole role = m_roles.value(node.id, PromptRole::None);
        const int kind = role == PromptRole::Positive ? 0 : role == PromptRole::Negative ? 1 : kindRank(node);
        m_rank.insert(node.id, kind * 1000000 + row);
    }
}

ParameterLabels ParameterLabels::fromApiPrompt(const QByteArray &promptJson)
{
    return ParameterLabels(WorkflowDocument(JsonTree::parse(promptJson), WorkflowDocument::Format::Api, {}));
}

QString ParameterLabels::nodeLabel(const QString &nodeId) const
{
    const auto it = m_nodes.constFind(nodeId);
    if (it == m_nodes.constEnd())
        return nodeId;
    const PromptRole role = m_roles.value(nodeId, PromptRole::None);
    if (role == PromptRole::None || !it->genericTitle)
        return it->title;
    const int number = m_roleNumber.value(nodeId, 1);
    // Marked apart from the call: lupdate does not collect a QT_TRANSLATE_NOOP nested in a call.
    static const char *const positive = QT_TRANSLATE_NOOP("ParameterLabels", "Positive prompt");
    static const char *const negative = QT_TRANSLATE_NOOP("ParameterLabels", "Negative prompt");
    const QString base = translate(role == PromptRole::Positive ? positive : negative);
    return number > 1 ? u"%1 %2"_s.arg(base).arg(number) : base;
}

QString ParameterLabels::label(const QString &nodeId, const QString &input) const
{
    const auto it = m_nodes.constFind(nodeId);
    if (it == m_nodes.constEnd())
        return u"%1 › %2"_s.arg(nodeId, inputLabel(input));
    // A prompt's text is the prompt itself.
    if (input == it->textInput && (m_roles.contains(nodeId) || !it->genericTitle))
        return nodeLabel(nodeId);
    if (m_inputUses.value(input) <= 1)
        return inputLabel(input);
    return u"%1 › %2"_s.arg(nodeLabel(nodeId), inputLabel(input));
}

QString ParameterLabels::inputLabel(const QString &input)
{
    for (const NamedInput &named : namedInputs) {
        if (input == QLatin1StringView(named.name))
            return translate(named.label);
    }
    QString text = input;
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace Easel
