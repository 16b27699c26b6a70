#pragma once

#include "jsontree.h"
#include "promptconverter.h"
#include "workflowdiagnostic.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QSet>
#include <QSizeF>
#include <QString>

#include <memory>
#include <optional>

namespace Easel {

class NodeCatalogue;
class WorkflowFile;
struct InputSpec;

// One input of a document node as the editor shows it: a value (widget) or a link.
struct DocumentInput
{
    QString name;
    QString type;                     // INT, FLOAT, STRING, BOOLEAN, COMBO or a socket type
    const InputSpec *spec = nullptr;  // from the catalogue; null when the class is unknown
    bool isWidget = false;            // holds a value
    bool linked = false;              // takes its value from a link
    QString linkNodeId;               // the node the link comes from
    int linkSlot = 0;
    QString linkType;
    int widgetIndex = -1;  // saved format: index into widgets_values (array form)
    int controlIndex = -1; // saved format: index of its control_after_generate value
    bool hasControl = false;
};

struct DocumentNode
{
    QString id;
    QString classType;
    QString title;           // as shown: the user's title, else the display name, else the type
    bool customTitle = false;
    int mode = 0;            // SavedNode::Mode; API documents are always 0
    bool known = false;      // the catalogue has the class (or it is a frontend-only node)
    bool isVirtual = false;  // PrimitiveNode, Reroute, Note: never sent to the server
    bool isSubgraph = false; // an instance of a subgraph definition (its nodes: innerNodes)
    int treeIndex = -1;      // index in "nodes" (saved) or in the prompt object (API)
    // Inside a subgraph (saved workflows): the id is the path the server knows it by
    // ("5:3", the node 3 of the subgraph node 5); the node itself lives in a definition
    // that every instance of it shares.
    QString parentId;        // the subgraph node it is inside; empty at the top
    QString graph;           // the definition that holds it; empty at the top
    QString localId;         // its id inside that graph (StructureEdit's id)
    int graphIndex = -1;     // index in definitions.subgraphs; -1 at the top
    QList<DocumentInput> inputs;
    int indexOfInput(QStringView name) const;
};

// An open workflow with the edits a user makes: input values, bypass/mute, titles and
// favourites. It keeps the tree it was read from and changes only what was edited, so a
// saved workflow written back still carries positions, groups and extensions' data, and
// the web UI opens it with the user's edit (comfyui-protocol.md §5). Values stay exact
// (JsonTree: key order, 64-bit integers). Written in workflowdocument*.cpp by concern:
// reading the tree into nodes (index, nodes), input values (values), control_after_generate
// (control), canvas positions (geometry), and the rest here (lookup, node edits, saving).
class WorkflowDocument
{
public:
    enum class Format { Api, Saved };
    struct ValueChange
    {
        QString nodeId;
        QString input;
        JsonTree before;
        JsonTree after;
    };

    WorkflowDocument() = default;
    WorkflowDocument(JsonTree tree, Format format, const QString &sourceName);
    static WorkflowDocument fromWorkflowFile(const WorkflowFile &file);
    // Reads any workflow file (API or saved JSON, PNG, WebP); null with a message on failure.
    static WorkflowDocument fromFile(const QString &path, QString *error);

    bool isNull() const { return m_tree.isNull(); }
    Format format() const { return m_format; }
    const JsonTree &tree() const { return m_tree; }
    // The whole document replaced by an edited copy of its tree (StructureEdit); the
    // format, name and catalogue stay.
    void replaceTree(JsonTree tree);
    QString sourceName() const { return m_sourceName; }
    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path) { m_filePath = path; }

    // Node classes, input specs and widget layouts come from the catalogue; without one
    // every node is unknown and shows the values the file holds.
    void setCatalogue(std::shared_ptr<const NodeCatalogue> catalogue);
    std::shared_ptr<const NodeCatalogue> catalogue() const { return m_catalogue; }

    // The workflow's own nodes (the top level); nodes inside subgraphs are innerNodes().
    const QList<DocumentNode> &nodes() const { return m_nodes; }
    int indexOfNode(const QString &nodeId) const { return m_nodeIndex.value(nodeId, -1); }
    // Any node, at the top or inside a subgraph (by its path id, "5:3").
    const DocumentNode *node(const QString &nodeId) const;
    // The nodes inside subgraph nodes, each instance's under its own path, parents before
    // their children; innerChildren lists the indexes (into innerNodes) of one node's.
    const QList<DocumentNode> &innerNodes() const { return m_inner; }
    int indexOfInnerNode(const QString &nodeId) const { return m_innerIndex.value(nodeId, -1); }
    QList<int> innerChildren(const QString &parentId) const { return m_children.value(parentId); }
    // The ids of every node that is the same definition node as nodeId (another instance
    // of its subgraph shows it too), nodeId first.
    QStringList sameNodes(const QString &nodeId) const;
    // The class types of the nodes the server lacks (sorted, once each).
    QStringList unknownClassTypes() const;

    JsonTree inputValue(const QString &nodeId, const QString &input) const;
    // Unchecked writes what the spec refuses too: undo restores a file's own values.
    enum class ValueCheck { Checked, Unchecked };
    bool setInputValue(const QString &nodeId, const QString &input, const JsonTree &value, QString *error,
                       ValueCheck check = ValueCheck::Checked);
    // Checks a value against the input's spec: the reason when it is refused, else empty.
    QString checkValue(const DocumentInput &input, const JsonTree &value) const;

    // control_after_generate of a seed-like input: fixed, increment, decrement, randomize
    // (increment-wrap for combos); empty when the input has none.
    QString controlMode(const QString &nodeId, const QString &input) const;
    bool setControlMode(const QString &nodeId, const QString &input, const QString &mode, QString *error);
    // The stored control value as it is (a legacy `true`, a mode, or null), for undo.
    JsonTree controlValue(const QString &nodeId, const QString &input) const;
    void setControlValue(const QString &nodeId, const QString &input, const JsonTree &raw);
    // The changes the web UI makes after a queue ("after" mode, §5.5): computed, not applied.
    QList<ValueChange> afterQueueChanges() const;

    bool setMode(const QString &nodeId, int mode, QString *error); // saved format only
    bool setTitle(const QString &nodeId, const QString &title, QString *error);
    // A saved workflow's node on the web UI's canvas ("pos", "size"); none for API prompts
    // (workflowdocumentgeometry.cpp). setNodePosition keeps the file's own form of "pos".
    std::optional<QPointF> nodePosition(const QString &nodeId) const;
    std::optional<QSizeF> nodeSize(const QString &nodeId) const;
    bool setNodePosition(const QString &nodeId, const QPointF &pos, QString *error);
    bool clearNodePosition(const QString &nodeId); // undo of a first move
    bool isFavourite(const QString &nodeId) const;
    bool setFavourite(const QString &nodeId, bool favourite);
    // Exposed by the workflow: extra.linearData inputs and titled PrimitiveNodes.
    bool isExposed(const QString &nodeId, const QString &input = {}) const;
    bool hasExposedInputs() const { return !m_exposed.isEmpty(); }

    // The prompt the server runs, with the conversion's and the validator's findings.
    PromptConverter::Result toApiPrompt() const;
    // The document as JSON in a format; a saved workflow cannot be made from an API one.
    QByteArray toJson(Format format, QString *error) const;
    bool save(const QString &path, Format format, QString *error) const;

private:
    void rebuild();
    struct GraphContext
    {
        const JsonTree *links = nullptr;
        QHash<qint64, int> linkIndex;
        QString parentId; // empty at the top
        QString graph;
        int graphIndex = -1;
    };
    DocumentNode buildSavedNode(const JsonTree &n, int index, const GraphContext &context) const;
    void buildInnerNodes(const DocumentNode &parent, QStringList path, int depth);
    void resolvePromoted(DocumentNode &node);
    DocumentNode *mutableNode(const QString &nodeId);
    void buildApiNode(const QString &id, const JsonTree &n, int index);
    JsonTree *nodeTree(const DocumentNode &node);
    const JsonTree *nodeTreeConst(const DocumentNode &node) const;
    JsonTree widgetsDefault(const DocumentNode &node) const;

    JsonTree m_tree;
    Format m_format = Format::Api;
    QString m_sourceName;
    QString m_filePath;
    std::shared_ptr<const NodeCatalogue> m_catalogue;
    QList<DocumentNode> m_nodes;
    QHash<QString, int> m_nodeIndex;
    QList<DocumentNode> m_inner;
    QHash<QString, int> m_innerIndex;
    QHash<QString, QList<int>> m_children;     // parent id -> indexes into m_inner
    QHash<QString, int> m_subgraphIndex;       // definition id -> index in definitions.subgraphs
    QHash<qint64, int> m_linkIndex; // saved: link id -> index in "links"
    // A subgraph node's widget input ("node\x1finput") -> the inner node and input whose
    // widget it shows, through nested subgraphs (the innermost one).
    QHash<QString, std::pair<QString, QString>> m_promoted;
    QSet<QString> m_exposed;        // "node" or "node\x1finput"
    QHash<QString, QString> m_subgraphNames;   // definition id -> name
    QHash<QString, int> m_apiKeys;             // API: node id -> index in the prompt
    QHash<QString, QString> m_apiControlModes; // API documents have nowhere to keep them
};

} // namespace Easel
