#include "workflowdocument.h"

#include "nodecatalogue.h"
#include "promptpreflight.h"
#include "savedworkflow.h"
#include "workflowdocument_p.h"
#include "workflowfile.h"
#include "workflowvalidator.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Easel {

using namespace DocumentDetail;

int DocumentNode::indexOfInput(QStringView name) const
{
    for (int i = 0; i < inputs.size(); ++i) {
        if (inputs.at(i).name == name)
            return i;
    }
    return -1;
}

WorkflowDocument::WorkflowDocument(JsonTree tree, Format format, const QString &sourceName)
    : m_tree(std::move(tree))
    , m_format(format)
    , m_sourceName(sourceName)
{
    rebuild();
}

WorkflowDocument WorkflowDocument::fromWorkflowFile(const WorkflowFile &file)
{
    if (file.isNull())
        return {};
    return WorkflowDocument(file.tree(), file.format() == WorkflowFile::Format::Saved ? Format::Saved : Format::Api,
                            file.sourceName());
}

WorkflowDocument WorkflowDocument::fromFile(const QString &path, QString *error)
{
    WorkflowDocument document = fromWorkflowFile(WorkflowFile::fromFile(path, error));
    document.m_filePath = path;
    return document;
}

void WorkflowDocument::replaceTree(JsonTree tree)
{
    m_tree = std::move(tree);
    rebuild();
}

void WorkflowDocument::setCatalogue(std::shared_ptr<const NodeCatalogue> catalogue)
{
    m_catalogue = std::move(catalogue);
    rebuild();
}

const DocumentNode *WorkflowDocument::node(const QString &nodeId) const
{
    const int i = indexOfNode(nodeId);
    if (i >= 0)
        return &m_nodes.at(i);
    const int k = m_innerIndex.value(nodeId, -1);
    return k < 0 ? nullptr : &m_inner.at(k);
}

DocumentNode *WorkflowDocument::mutableNode(const QString &nodeId)
{
    const int i = indexOfNode(nodeId);
    if (i >= 0)
        return &m_nodes[i];
    const int k = m_innerIndex.value(nodeId, -1);
    return k < 0 ? nullptr : &m_inner[k];
}

QStringList WorkflowDocument::sameNodes(const QString &nodeId) const
{
    const DocumentNode *n = node(nodeId);
    if (!n)
        return {};
    QStringList ids{nodeId};
    if (n->graph.isEmpty())
        return ids;
    for (const DocumentNode &other : m_inner) {
        if (other.id != nodeId && other.graph == n->graph && other.localId == n->localId)
            ids.append(other.id);
    }
    return ids;
}

QStringList WorkflowDocument::unknownClassTypes() const
{
    QStringList types;
    for (const DocumentNode &n : m_nodes) {
        if (!n.known && !types.contains(n.classType))
            types.append(n.classType);
    }
    types.sort();
    return types;
}

const JsonTree *WorkflowDocument::nodeTreeConst(const DocumentNode &node) const
{
    if (m_format == Format::Saved) {
        const JsonTree *graph = &m_tree;
        if (node.graphIndex >= 0) {
            const JsonTree *definitions = m_tree.find(u"definitions");
            const JsonTree *subgraphs = definitions ? definitions->find(u"subgraphs") : nullptr;
            graph = subgraphs && subgraphs->isArray() && node.graphIndex < subgraphs->size()
                ? &subgraphs->at(node.graphIndex)
                : nullptr;
        }
        const JsonTree *nodes = graph ? graph->find(u"nodes") : nullptr;
        return nodes && nodes->isArray() && node.treeIndex < nodes->size() ? &nodes->at(node.treeIndex) : nullptr;
    }
    return node.treeIndex < m_tree.size() ? &m_tree.at(node.treeIndex) : nullptr;
}

JsonTree *WorkflowDocument::nodeTree(const DocumentNode &node)
{
    return const_cast<JsonTree *>(nodeTreeConst(node));
}

bool WorkflowDocument::setMode(const QString &nodeId, int mode, QString *error)
{
    DocumentNode *n = mutableNode(nodeId);
    if (!n || m_format != Format::Saved || mode < 0 || mode > 4) {
        if (error)
            *error = m_format != Format::Saved ? WorkflowDocumentText::tr("API-format workflows cannot bypass or mute nodes; "
                                                   "open the saved workflow to do that")
                                               : WorkflowDocumentText::tr("The workflow has no node %1").arg(nodeId);
        return false;
    }
    nodeTree(*n)->insert(u"mode"_s, JsonTree::fromInt(mode));
    for (const QString &id : sameNodes(nodeId))
        mutableNode(id)->mode = mode;
    return true;
}

bool WorkflowDocument::setTitle(const QString &nodeId, const QString &title, QString *error)
{
    DocumentNode *found = mutableNode(nodeId);
    if (!found) {
        if (error)
            *error = WorkflowDocumentText::tr("The workflow has no node %1").arg(nodeId);
        return false;
    }
    DocumentNode &n = *found;
    JsonTree *tree = nodeTree(n);
    const NodeClass *cls = m_catalogue ? m_catalogue->nodeClass(n.classType) : nullptr;
    const QString defaultTitle = cls ? cls->displayName : n.classType;
    if (m_format == Format::Saved) {
        if (title.isEmpty())
            tree->remove(u"title");
        else
            tree->insert(u"title"_s, JsonTree::fromString(title));
    } else {
        JsonTree *meta = tree->findMutable(u"_meta");
        if (!meta || !meta->isObject()) {
            tree->insert(u"_meta"_s, JsonTree::object());
            meta = tree->findMutable(u"_meta");
        }
        meta->insert(u"title"_s, JsonTree::fromString(title.isEmpty() ? defaultTitle : title));
    }
    n.customTitle = !title.isEmpty() && title != defaultTitle;
    n.title = title.isEmpty() ? defaultTitle : title;
    for (const QString &id : sameNodes(nodeId)) {
        DocumentNode *copy = mutableNode(id);
        copy->customTitle = n.customTitle;
        copy->title = n.title;
    }
    return true;
}

bool WorkflowDocument::isFavourite(const QString &nodeId) const
{
    const DocumentNode *n = node(nodeId);
    if (!n)
        return false;
    const JsonTree *tree = nodeTreeConst(*n);
    const JsonTree flag = m_format == Format::Saved ? tree->value(u"properties").value(u"easel_favourite")
                                                    : tree->value(u"_meta").value(u"easel_favourite");
    return flag.isBool() && flag.toBool();
}

bool WorkflowDocument::setFavourite(const QString &nodeId, bool favourite)
{
    const DocumentNode *n = node(nodeId);
    if (!n)
        return false;
    JsonTree *tree = nodeTree(*n);
    // Kept in the file where both programs ignore unknown keys: the node's properties in a
    // saved workflow (passed through by the frontend), _meta in an API prompt.
    const QString holderName = m_format == Format::Saved ? u"properties"_s : u"_meta"_s;
    JsonTree *holder = tree->findMutable(holderName);
    if (!holder || !holder->isObject()) {
        if (!favourite)
            return true;
        tree->insert(holderName, JsonTree::object());
        holder = tree->findMutable(holderName);
    }
    if (favourite)
        holder->insert(u"easel_favourite"_s, JsonTree::fromBool(true));
    else
        holder->remove(u"easel_favourite");
    return true;
}

bool WorkflowDocument::isExposed(const QString &nodeId, const QString &input) const
{
    if (m_exposed.contains(nodeId))
        return true;
    if (input.isEmpty())
        return m_exposed.contains(nodeId + QChar(0x1f));
    return m_exposed.contains(key(nodeId, input));
}

PromptConverter::Result WorkflowDocument::toApiPrompt() const
{
    PromptConverter::Result result;
    if (!m_catalogue) {
        result.diagnostics.append({WorkflowDiagnostic::Severity::Error, WorkflowDiagnostic::Kind::Structure, {}, {},
                                   {}, WorkflowDocumentText::tr("the server's node list is not loaded yet")});
        if (m_format == Format::Api) {
            result.prompt = m_tree;
            result.diagnostics += PromptPreflight::check(m_tree, nullptr); // shapes need no catalogue
        }
        return result;
    }
    if (m_format == Format::Api) {
        result.prompt = m_tree;
        result.diagnostics = WorkflowValidator(*m_catalogue).validate(m_tree);
        return result;
    }
    WorkflowDiagnostics structure;
    const SavedWorkflow saved = SavedWorkflow::fromTree(m_tree, &structure);
    result = PromptConverter(*m_catalogue).convert(saved);
    result.diagnostics = structure + result.diagnostics;
    QSet<QString> unknown;
    QSet<QString> explained; // "node\x1finput": the conversion already said why it has no value
    for (const WorkflowDiagnostic &d : std::as_const(result.diagnostics)) {
        if (d.kind == WorkflowDiagnostic::Kind::UnknownClass)
            unknown.insert(d.nodeId);
        if (!d.input.isEmpty())
            explained.insert(d.nodeId + QChar(0x1f) + d.input);
    }
    const WorkflowDiagnostics checks = WorkflowValidator(*m_catalogue).validate(result.prompt);
    for (const WorkflowDiagnostic &d : checks) {
        if (d.kind == WorkflowDiagnostic::Kind::UnknownClass && unknown.contains(d.nodeId))
            continue;
        // A loop through reroutes is reported as one, not also as a missing input.
        if (d.kind == WorkflowDiagnostic::Kind::MissingInput && explained.contains(d.nodeId + QChar(0x1f) + d.input))
            continue;
        result.diagnostics.append(d);
    }
    return result;
}

QByteArray WorkflowDocument::toJson(Format format, QString *error) const
{
    if (format == m_format)
        return m_tree.toPython();
    if (format == Format::Saved) {
        if (error)
            *error = WorkflowDocumentText::tr("An API-format workflow has no layout to save as a saved (UI) workflow");
        return {};
    }
    const PromptConverter::Result result = toApiPrompt();
    if (!m_catalogue) {
        if (error)
            *error = WorkflowDocumentText::tr("The server's node list is needed to convert the workflow to the API format");
        return {};
    }
    return result.prompt.toPython();
}

bool WorkflowDocument::save(const QString &path, Format format, QString *error) const
{
    const QByteArray json = toJson(format, error);
    if (json.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error = WorkflowDocumentText::tr("Cannot save %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Easel
