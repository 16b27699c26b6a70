#pragma once

#include "jsontree.h"
#include "workflowdiagnostic.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Easel {

// The parts of a saved (UI/LiteGraph) workflow that the conversion to an API prompt
// needs, read from schema 0.4 or 1 (comfyui-protocol.md §5.1, §5.2). Node ids are kept
// as text ("5", or "-10" for a subgraph's input node); links are indexed by id.
struct SavedNodeInput
{
    QString name;
    QString type;
    qint64 link = -1; // -1: not connected
    QString widgetName;
};

struct SavedNodeOutput
{
    QString name;
    QString type;
};

struct SavedNode
{
    enum Mode { Always = 0, OnEvent = 1, Never = 2, OnTrigger = 3, Bypass = 4 };
    QString id;
    QString type;
    QString title; // empty unless the user renamed the node
    int mode = Always;
    QList<SavedNodeInput> inputs;
    QList<SavedNodeOutput> outputs;
    JsonTree widgetsValues; // array, object (dict-shaped) or null
    int indexOfInputWithLink(qint64 linkId) const;
};

struct SavedLink
{
    qint64 id = -1;
    QString originId;
    int originSlot = 0;
    QString targetId;
    int targetSlot = 0;
    QString type;
};

struct SavedSubgraphSlot
{
    QString name;
    QString type;
    QList<qint64> linkIds;
};

struct SavedGraph
{
    QList<SavedNode> nodes;
    QHash<QString, qsizetype> nodeIndex;
    QHash<qint64, SavedLink> links;
    // Subgraph definitions only:
    QString id;
    QString name;
    QList<SavedSubgraphSlot> inputs;
    QList<SavedSubgraphSlot> outputs;
    // Legacy group nodes only: the group instance's input k feeds inner node
    // groupInputs[k].first, input groupInputs[k].second; output k likewise.
    bool isGroupNode = false;
    QList<std::pair<int, int>> groupInputs;
    QList<std::pair<int, int>> groupOutputs;

    const SavedNode *node(const QString &nodeId) const;
    const SavedLink *link(qint64 linkId) const;
};

class SavedWorkflow
{
public:
    static constexpr auto SubgraphInputId = "-10";
    static constexpr auto SubgraphOutputId = "-20";

    // Reads the tree of a saved workflow; problems in its structure go to diagnostics.
    static SavedWorkflow fromTree(const JsonTree &tree, WorkflowDiagnostics *diagnostics);
    // True when the tree looks like a saved workflow (has a "nodes" array).
    static bool looksSaved(const JsonTree &tree);

    const SavedGraph &root() const { return m_root; }
    const SavedGraph *subgraph(const QString &definitionId) const;
    // "workflow>name" or "workflow/name" -> the expanded group definition.
    const SavedGraph *groupNode(const QString &type) const;
    int nodeCount() const; // including the nodes inside definitions

private:
    SavedGraph m_root;
    QHash<QString, SavedGraph> m_subgraphs;
    QHash<QString, SavedGraph> m_groupNodes; // by name, without the prefix
};

// A node id or link id as text: numbers are written without a fraction.
QString savedIdText(const JsonTree &value);

// Saved workflows write ids, link slots and modes as numbers or as strings of digits
// (protocol doc §5.1); fallback for anything else or out of int64's range.
qint64 savedInteger(const JsonTree &value, qint64 fallback = -1);

} // namespace Easel
