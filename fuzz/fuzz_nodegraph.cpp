// libFuzzer target: any workflow file (saved or API JSON) as the graph map reads it: node
// positions and sizes in either form, links, groups' rectangles (NodeGraph::fromDocument),
// the inside of subgraph nodes (fromSubgraph, nested ones too, and their panels),
// the anchors of every link and the bounds. Graphviz is not run here: it is given only
// what NodeGraph made (sizes and links), never the file's text.
#include "nodegraph.h"
#include "workflowdocument.h"
#include "workflowfile.h"

#include <QByteArray>
#include <QString>

#include <cmath>
#include <cstddef>
#include <cstdint>

namespace {

void check(const Easel::NodeGraph &graph)
{
    for (const Easel::GraphLink &link : graph.links) {
        if (link.from < 0 || link.to < 0 || link.from >= graph.nodes.size() || link.to >= graph.nodes.size())
            __builtin_trap();
        (void)graph.outputAnchor(link);
        (void)graph.inputAnchor(link);
    }
    for (const Easel::GraphNode &node : graph.nodes) {
        if (!std::isfinite(node.rect.x()) || !std::isfinite(node.rect.width()) || node.rect.width() <= 0)
            __builtin_trap();
    }
    (void)graph.bounds();
    (void)graph.layoutKey();
}

// The inside of every subgraph node, and of those inside them, a few levels deep.
void checkInside(const Easel::WorkflowDocument &document, const Easel::NodeGraph &graph, int depth)
{
    if (depth > 3)
        return;
    for (const Easel::GraphNode &node : graph.nodes) {
        if (node.subgraph.isEmpty())
            continue;
        (void)Easel::NodeGraph::scopePath(document, node.id);
        if (const std::optional<Easel::NodeGraph> inside = Easel::NodeGraph::fromSubgraph(document, node.id)) {
            check(*inside);
            (void)inside->indexOfShown(node.id + QStringLiteral(":1:2"));
            checkInside(document, *inside, depth + 1);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const Easel::WorkflowFile file = Easel::WorkflowFile::fromJson(bytes, QStringLiteral("fuzz"), &error);
    if (file.isNull())
        return 0;
    const Easel::WorkflowDocument document = Easel::WorkflowDocument::fromWorkflowFile(file);
    const Easel::NodeGraph graph = Easel::NodeGraph::fromDocument(document);
    check(graph);
    checkInside(document, graph, 0);
    return 0;
}
