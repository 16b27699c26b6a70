#pragma once

// PromptConverter's conversion of one workflow, shared by its two files: the emission of
// nodes (promptconverter.cpp) and the resolution of links through reroutes, bypassed nodes
// and subgraph boundaries (promptconversionresolve.cpp).
#include "promptconverter.h"

#include "nodecatalogue.h"
#include "savedworkflow.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <deque>
#include <map>

namespace Easel::Detail {

// lupdate files tr() calls by the class they are made from; a free helper would file these
// strings under the namespace, where the translation is never looked up.
struct PromptConverterText
{
    Q_DECLARE_TR_FUNCTIONS(Easel::PromptConverter)
};

// Reroutes and bypass chains are followed recursively; a loop among them would never end.
constexpr int MaxResolveDepth = 4096;
// Subgraphs containing themselves (directly or not) are refused past this depth.
constexpr int MaxSubgraphDepth = 64;

inline bool isVirtual(const QString &type)
{
    using namespace Qt::StringLiterals;
    return type == "Reroute"_L1 || type == "PrimitiveNode"_L1 || type == "Note"_L1 || type == "MarkdownNote"_L1;
}

struct Scope
{
    const SavedGraph *graph = nullptr;
    const Scope *parent = nullptr;
    const SavedNode *instance = nullptr; // the subgraph or group instance in the parent
    QString prefix;                      // "" at the root, "5:" or "5:7:" inside
    int depth = 0;
};

struct Source
{
    enum Kind { None, Link, Literal } kind = None;
    QString id;
    int slot = 0;
    JsonTree literal;
};

class Conversion
{
public:
    Conversion(const NodeCatalogue &catalogue, const SavedWorkflow &workflow, PromptConverter::Result &result)
        : m_catalogue(catalogue), m_workflow(workflow), m_result(result)
    {
    }

    void run()
    {
        Scope &root = m_scopes.emplace_back();
        root.graph = &m_workflow.root();
        emitGraph(root);
        dropDanglingLinks();
    }

private:
    void diagnose(WorkflowDiagnostic::Severity severity, WorkflowDiagnostic::Kind kind, const Scope &scope,
                  const SavedNode &node, const QString &input, const QString &message)
    {
        m_result.diagnostics.append({severity, kind, scope.prefix + node.id,
                                     node.title.isEmpty() ? node.type : node.title, input, message});
    }

    const Scope &childScope(const Scope &parent, const SavedNode &instance, const SavedGraph *graph);

    void emitGraph(const Scope &scope);

    // Legacy group node: the instance's widgets_values are the inner nodes' widget slotList
    // concatenated in definition order, control slotList included (§5.8).
    void emitGroup(const Scope &scope, const SavedNode &instance);

    void emitNode(const Scope &scope, const SavedNode &node, const JsonTree &widgetsValues);

    // widgetSlots() per class and value count, computed once per conversion.
    const QStringList &slotsFor(const NodeClass &cls, int count);

    // Which input of bypassed node N carries its output slot through (§5.4 bypassSlot).
    static int bypassSlot(const SavedNode &n, int slot, const QString &wanted);

    Source resolveInput(const Scope &scope, const SavedNode &node, int index, int depth);

    // An input entering a subgraph from its instance's input `slot` (link origin -10).
    Source resolveSubgraphInput(const Scope &scope, int slot, int depth);

    Source resolveOutput(const Scope &scope, const SavedNode &node, int slot, const QString &wanted, int depth);

    // §5.6 step 1: inputs linked to a node that is not in the prompt are deleted.
    void dropDanglingLinks();

    const NodeCatalogue &m_catalogue;
    const SavedWorkflow &m_workflow;
    PromptConverter::Result &m_result;
    std::deque<Scope> m_scopes; // stable addresses
    QHash<QString, const Scope *> m_scopeByPrefix;
    QSet<QString> m_ids;
    bool m_loopFound = false; // the input being resolved leads into a loop
    std::map<std::pair<const NodeClass *, int>, QStringList> m_slotCache;
};

} // namespace Easel::Detail
