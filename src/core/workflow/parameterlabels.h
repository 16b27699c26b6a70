#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Easel {

class WorkflowDocument;

// Names a workflow's inputs in an artist's words, the same everywhere they appear (the
// editor, the Variations dialog, the queue's Changes column, the kiosk, output details):
// the node's title (the user's, else the server's display name) and the input's label,
// and for prompts their role. Two "CLIP Text Encode (Prompt) › text" become "Positive
// prompt" and "Negative prompt": the role is read from the links into a sampler's
// positive/negative inputs (through conditioning nodes in between), as the web UI's
// users think of them. A user's own title always wins over a role.
//
// Built once per document (or per queued prompt); pure data, no Qt models.
class ParameterLabels
{
public:
    enum class PromptRole { None, Positive, Negative };

    ParameterLabels() = default;
    explicit ParameterLabels(const WorkflowDocument &document);
    // An API prompt (JSON text) as the queue and the Variations dialog hold it.
    static ParameterLabels fromApiPrompt(const QByteArray &promptJson);

    PromptRole promptRole(const QString &nodeId) const { return m_roles.value(nodeId, PromptRole::None); }
    // The node as a row header: "Positive prompt" for a prompt with a generic title, else
    // its title ("KSampler", "Portrait LoRA").
    QString nodeLabel(const QString &nodeId) const;
    // One input where it stands alone (a column, a combo, a job's changes): "Positive
    // prompt", "Seed", "CFG"; prefixed with the node's label ("Refiner › Steps") when
    // another node has an input of the same name.
    QString label(const QString &nodeId, const QString &input) const;
    // The input's own name for a person: "Seed", "CFG", "Sampler", "Model".
    static QString inputLabel(const QString &input);

    // Sort key for "what matters first": positive prompts, negative prompts, then the
    // rest in document order (smaller comes first).
    int rank(const QString &nodeId) const { return m_rank.value(nodeId, 1 << 30); }
    // The prompt nodes in reading order: positive ones first.
    QStringList promptNodeIds() const { return m_promptOrder; }

private:
    struct NodeInfo
    {
        QString title;
        bool genericTitle = true;
        QString textInput; // the prompt's text input, when it has one
    };
    QHash<QString, NodeInfo> m_nodes;
    QHash<QString, PromptRole> m_roles;
    QHash<QString, int> m_roleNumber;    // 2 for the second positive prompt, ...
    QHash<QString, int> m_inputUses;     // input name -> how many nodes have it (values only)
    QHash<QString, int> m_rank;
    QStringList m_promptOrder;
};

} // namespace Easel
