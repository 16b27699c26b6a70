// libFuzzer target: any workflow file (saved or API JSON) as the graph map reads it: node
// positions and sizes in either form, links, groups' rectangles (NodeGraph::fromDocument),
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

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const Easel::WorkflowFile file = Easel::WorkflowFile::fromJson(bytes, QStringLiteral("fuzz"), &error);
    if (file.isNull())
        return 0;
    const Easel::WorkflowDocument document = Easel::WorkflowDocument::fromWorkflowFile(file);
    const Easel::NodeGraph graph = Easel::NodeGraph::fromDocument(document);
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
    return 0;
}
