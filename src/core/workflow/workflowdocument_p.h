#pragma once

// Internals shared by the files WorkflowDocument is written in (workflowdocument*.cpp):
// not installed, and no other file includes it.

#include <QCoreApplication>
#include <QString>

namespace Easel::DocumentDetail {

// lupdate files tr() calls by the class they are made from; a free helper would file these
// strings under the namespace, where the translation is never looked up.
struct WorkflowDocumentText
{
    Q_DECLARE_TR_FUNCTIONS(Easel::WorkflowDocument)
};

// "node" or "node\x1finput": the key of the promoted widgets, the exposed inputs and the
// API documents' control modes.
inline QString key(const QString &nodeId, const QString &input)
{
    return input.isEmpty() ? nodeId : nodeId + QChar(0x1f) + input;
}

} // namespace Easel::DocumentDetail
