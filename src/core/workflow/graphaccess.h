#pragma once

#include "jsontree.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace Easel {

class NodeCatalogue;
struct NodeClass;

// One graph of a workflow as nodes, sockets and links, read from and written to the
// document's JSON in place: the saved format's "nodes"/"links" (the workflow itself or
// a subgraph definition, links as arrays or objects) or an API prompt's inputs. Every
// field it does not change stays as the file had it, so the web UI opens the result with
// only the edit made (comfyui-protocol.md §5.1, §5.2).
class GraphAccess
{
public:
    struct Input
    {
        QString name;
        QString type;
        bool isWidget = false;  // may hold a value instead of a link
        bool required = false;
        bool linked = false;
        QString sourceId;
        int sourceSlot = 0;
    };
    struct Node
    {
        QString id;
        QString classType;
        QString title;
        const NodeClass *cls = nullptr;
        QList<Input> inputs;
        QStringList outputTypes;
        QStringList outputNames;
        int mode = 0;
        int indexOfInput(const QString &name) const;
    };

    // graph: empty for the workflow itself, else a subgraph definition's id. isNull() when
    // the graph is not there.
    GraphAccess(JsonTree *document, bool savedFormat, const NodeCatalogue *catalogue, const QString &graph);
    bool isNull() const { return m_graph == nullptr; }
    bool isSaved() const { return m_saved; }

    QList<Node> nodes() const;
    std::optional<Node> node(const QString &id) const;
    // Where a node stands on the canvas, and how wide it is (saved format only).
    std::optional<QPointF> position(const QString &id) const;
    double width(const QString &id) const;

    // Writes (graphaccessedits.cpp): each keeps the rest of the document as it was.
    QString addNode(const QString &classType, QPointF position);
    QString duplicateNode(const QString &id, QPointF offset);
    void removeNode(const QString &id);
    void connect(const QString &sourceId, int sourceSlot, const QString &targetId, const QString &input);
    // Takes the link off; a widget input gets its value back (the saved value, or the
    // spec's default in an API prompt).
    void disconnect(const QString &targetId, const QString &input);

private:
    struct Link
    {
        qint64 id = -1;
        QString originId;
        int originSlot = 0;
        QString targetId;
        int targetSlot = 0;
    };
    int nodeIndex(const QString &id) const;
    Node nodeAt(int index, const QHash<qint64, int> &links) const;
    QHash<qint64, int> linkTable() const; // link id to its index in the links list
    int linkIndex(qint64 id) const;
    Link linkAt(int index) const;
    JsonTree *nodesArray() const;
    JsonTree *linksArray() const;
    bool objectLinks() const;
    qint64 nextNodeId();
    qint64 nextLinkId();
    void bumpCounters(const char *rootKey, const char *stateKey, qint64 value);
    qint64 largestId(bool links) const;
    JsonTree newSavedNode(qint64 id, const NodeClass &cls, QPointF position) const;
    JsonTree newApiNode(const NodeClass &cls) const;
    void unlink(const QString &targetId, const QString &input, bool freeWidgetSocket);
    void removeLinkFromOutput(const QString &originId, int originSlot, qint64 linkId);

    JsonTree *m_document;
    JsonTree *m_graph = nullptr;
    bool m_saved;
    bool m_root = true;
    const NodeCatalogue *m_catalogue;
};

} // namespace Easel
