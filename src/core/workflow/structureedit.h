#pragma once

#include "jsontree.h"

#include <QList>
#include <QString>

namespace Easel {

class WorkflowDocument;

// Edits of a workflow's shape: add a node after or before another with links made where
// the types fit, remove one with the links through it bridged (as bypass does), duplicate
// one, and rewire an input. Each computes the whole document after the edit, checked as
// the server would check the prompt (TypeRules, WorkflowValidator); a refused edit says
// why. WorkflowModel puts the result on its undo stack.
class StructureEdit
{
public:
    enum class Placement { After, Before };
    struct Source
    {
        QString nodeId;
        int slot = 0;
        QString nodeTitle;
        QString outputName;
        QString type;
    };
    struct Result
    {
        bool ok = false;
        JsonTree tree;  // the whole document after the edit
        QString error;  // why it is refused
        QString nodeId; // the node an insert or duplicate made
        QString text;   // for the undo stack
    };

    // graph: empty for the workflow itself, else the id of a subgraph definition whose
    // nodes the edit changes (saved workflows; every instance of it sees the edit). With
    // no graph, ids may also be the document's paths of nodes inside subgraphs ("5:3",
    // WorkflowDocument::innerNodes): the edit is made in that node's definition, and the
    // ids it returns are paths again.
    explicit StructureEdit(const WorkflowDocument &document, const QString &graph = {});

    Result insertNode(const QString &anchorId, const QString &classType, Placement placement) const;
    Result removeNode(const QString &nodeId) const;
    Result duplicateNode(const QString &nodeId) const;
    Result connectInput(const QString &nodeId, const QString &input, const QString &sourceId, int sourceSlot) const;
    // The input takes its widget value again (or is left unconnected when it has none).
    Result disconnectInput(const QString &nodeId, const QString &input) const;

    // Every output in the graph that may feed the input (not the node's own, not one
    // downstream of it, which would make a loop).
    QList<Source> compatibleSources(const QString &nodeId, const QString &input) const;
    bool canHoldValue(const QString &nodeId, const QString &input) const;

    // Why the prompt of `after` is refused where the document's was not (a new error, or
    // no output node left); empty when the edit is fine.
    static QString refusal(const WorkflowDocument &before, const JsonTree &after);

private:
    struct Scope
    {
        QString graph;  // the definition the edit is made in; empty at the top
        QString prefix; // "5:" for the nodes of the subgraph node 5, else empty
        QString local(const QString &id) const;
    };
    Scope scopeOf(const QString &nodeId) const;
    Result finish(JsonTree tree, const QString &text, const QString &nodeId = {}) const;
    static Result fail(const QString &why);

    const WorkflowDocument &m_document;
    QString m_graph;
};

} // namespace Easel
