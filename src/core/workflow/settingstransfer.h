#pragma once

#include "workflowdocument.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Easel {

// "Use these settings": the values an output was made with (its job's API prompt, exactly
// as queued), as edits to the workflow open in the editor. That only makes sense when the
// open workflow is the same graph: every node of the prompt is in the document with the
// same class, and every node of the document that runs is in the prompt. When it is not,
// differences says how (for the user), and the output's prompt is better opened on its own.
struct SettingsTransfer
{
    QList<WorkflowDocument::ValueChange> changes; // only the values that differ
    QStringList differences; // how the graphs differ; empty when they match
    QStringList skipped;     // "node.input": the document takes that value from a link
    QString error;           // the prompt could not be read

    bool sameGraph() const { return error.isEmpty() && differences.isEmpty(); }

    static SettingsTransfer plan(const WorkflowDocument &document, const QByteArray &apiPromptJson);
};

} // namespace Easel
