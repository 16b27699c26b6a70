#include "workflowfiltermodel.h"

#include "workflowmodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

// The inputs an artist changes most, for the Simple view of a workflow that exposes none.
bool isCommonInput(const DocumentInput &input)
{
    static const QStringList common{u"text"_s,       u"seed"_s,      u"noise_seed"_s, u"steps"_s,   u"cfg"_s,
                                    u"width"_s,      u"height"_s,    u"batch_size"_s, u"ckpt_name"_s,
                                    u"lora_name"_s,  u"image"_s,     u"denoise"_s,    u"sampler_name"_s,
                                    u"scheduler"_s,  u"unet_name"_s};
    return input.isWidget && !input.linked && common.contains(input.name);
}

} // namespace

WorkflowFilterModel::WorkflowFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

WorkflowFilterModel::~WorkflowFilterModel() = default;

void WorkflowFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (model == sourceModel())
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_model = qobject_cast<WorkflowModel *>(model);
    // Connected before QSortFilterProxyModel's own handlers, so that the tables are ready
    // when it rebuilds its mapping and the views ask for rows.
    if (m_model) {
        auto rebuild = [this] {
            rebuildKeys();
            matchNeedle(false);
            if (m_simple)
                computeSimple();
        };
        m_connections << connect(m_model, &QAbstractItemModel::modelReset, this, rebuild);
        // A structure edit changes the rows in a layout change (WorkflowModel::replaceTree).
        m_connections << connect(m_model, &QAbstractItemModel::layoutChanged, this, rebuild);
        m_connections << connect(m_model, &QAbstractItemModel::dataChanged, this,
                                 &WorkflowFilterModel::sourceDataChanged);
    }
    rebuildKeys();
    matchNeedle(false);
    if (m_simple)
        computeSimple();
    QSortFilterProxyModel::setSourceModel(model);
    sort(0, Qt::AscendingOrder);
}

void WorkflowFilterModel::setFilterText(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_needle)
        return;
    // Every match of a longer needle is a match of the shorter one it contains.
    const bool narrowing = !m_needle.isEmpty() && needle.contains(m_needle);
    m_needle = needle;
    matchNeedle(narrowing);
    invalidate();
}

void WorkflowFilterModel::setSimpleView(bool simple)
{
    if (simple == m_simple)
        return;
    m_simple = simple;
    if (m_simple)
        computeSimple();
    invalidate();
}

void WorkflowFilterModel::setVisitorView(bool visitor)
{
    if (visitor == m_visitor)
        return;
    m_visitor = visitor;
    invalidate();
}

bool WorkflowFilterModel::simpleViewHasInputs()
{
    computeSimple(); // the tables are read only while m_simple is on, and rebuilt then
    return std::any_of(m_simpleNode.begin(), m_simpleNode.end(), [](char shown) { return shown != 0; });
}

void WorkflowFilterModel::rebuildRanks()
{
    m_rank.clear();
    if (!m_model)
        return;
    const QList<DocumentNode> &nodes = m_model->document().nodes();
    m_rank.reserve(size_t(nodes.size()));
    for (const DocumentNode &node : nodes)
        m_rank.push_back(m_model->labels().rank(node.id));
}

bool WorkflowFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!left.parent().isValid() && size_t(left.row()) < m_rank.size() && size_t(right.row()) < m_rank.size())
        return m_rank[size_t(left.row())] < m_rank[size_t(right.row())];
    return left.row() < right.row();
}

// The rows inside a subgraph node (its nodes, their inputs), which the tables above do not
// index: shown with their subgraph node when it matches, else by their own text; in the
// Simple view when the subgraph node is a favourite.
bool WorkflowFilterModel::acceptsInnerRow(int sourceRow, const QModelIndex &sourceParent) const
{
    QModelIndex top = sourceParent;
    while (top.parent().isValid())
        top = top.parent();
    const size_t node = size_t(top.row());
    if (m_simple && (node >= m_favourite.size() || !m_favourite[node]))
        return false;
    if (!m_matched || node >= m_nodeMatch.size() || m_nodeMatch[node])
        return true;
    const QModelIndex row = m_model->index(sourceRow, 0, sourceParent);
    const QString nodeId = row.data(WorkflowModel::NodeIdRole).toString();
    if (row.data(WorkflowModel::KindRole).toInt() == WorkflowModel::NodeKind)
        return innerNodeMatches(nodeId);
    // An input of a node inside: with its node's own text, or its own.
    const DocumentNode *n = m_model->document().node(nodeId);
    const QString input = row.data(WorkflowModel::InputNameRole).toString();
    if (!n)
        return false;
    if ((n->title + u'\n' + n->classType + u"\n#"_s + n->id).toLower().contains(m_needle))
        return true;
    QString text = input;
    const JsonTree value = m_model->document().inputValue(nodeId, input);
    if (value.isString() || value.isNumber())
        text += u'\n' + WorkflowModel::valueText(value);
    return text.toLower().contains(m_needle);
}

void WorkflowFilterModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                            const QList<int> &roles)
{
    // Errors and the running node do not change what the filter searches.
    if (!roles.isEmpty() && !roles.contains(Qt::DisplayRole) && !roles.contains(Qt::EditRole)
        && !roles.contains(WorkflowModel::ValueTextRole) && !roles.contains(WorkflowModel::FavouriteRole))
        return;
    const bool nodes = !topLeft.parent().isValid();
    QModelIndex top = topLeft.parent();
    while (top.parent().isValid())
        top = top.parent(); // a change inside a subgraph changes its top-level node's keys
    const int first = nodes ? topLeft.row() : top.row();
    const int last = nodes ? bottomRight.row() : first;
    bool favouritesChanged = false;
    for (int row = first; row <= last; ++row) {
        updateKeys(row);
        // The Simple view follows the favourites.
        if (m_simple && size_t(row) < m_favourite.size()) {
            const bool favourite = m_model->document().isFavourite(m_model->document().nodes().at(row).id);
            favouritesChanged |= favourite != bool(m_favourite[size_t(row)]);
        }
    }
    if (favouritesChanged) {
        computeSimple();
        invalidate();
    }
}

// The Simple view: what the workflow exposes and the user's favourites; when a workflow
// exposes nothing and has no favourites, the inputs an artist changes most.
void WorkflowFilterModel::computeSimple()
{
    m_simpleNode.clear();
    m_simpleInput.clear();
    m_favourite.clear();
    if (!m_model)
        return;
    const WorkflowDocument &doc = m_model->document();
    const QList<DocumentNode> &nodes = doc.nodes();
    m_simpleNode.assign(size_t(nodes.size()), 0);
    m_simpleInput.assign(size_t(nodes.size()), {});
    m_favourite.assign(size_t(nodes.size()), 0);
    bool anyExposed = doc.hasExposedInputs();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        m_favourite[size_t(i)] = doc.isFavourite(nodes.at(i).id);
        anyExposed = anyExposed || m_favourite[size_t(i)] || doc.isExposed(nodes.at(i).id);
    }
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const DocumentNode &n = nodes.at(i);
        const bool favourite = m_favourite[size_t(i)];
        std::vector<char> &inputs = m_simpleInput[size_t(i)];
        inputs.assign(size_t(n.inputs.size()), 0);
        bool any = false;
        for (qsizetype k = 0; k < n.inputs.size(); ++k) {
            const bool shown = favourite || (anyExposed ? doc.isExposed(n.id, n.inputs.at(k).name)
                                                        : isCommonInput(n.inputs.at(k)));
            inputs[size_t(k)] = shown;
            any = any || shown;
        }
        m_simpleNode[size_t(i)] = favourite || (anyExposed ? doc.isExposed(n.id) : any);
    }
}

bool WorkflowFilterModel::isInnerRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Under a subgraph node its inputs come first, then the nodes inside it.
    return sourceParent.isValid()
        && (sourceParent.parent().isValid()
            || sourceRow >= m_model->rowCount(sourceParent) - m_model->innerNodeRows(sourceParent));
}

bool WorkflowFilterModel::isValueInput(int node, int input) const
{
    const QList<DocumentNode> &nodes = m_model->document().nodes();
    if (node < 0 || node >= nodes.size() || input < 0 || input >= nodes.at(node).inputs.size())
        return false;
    const DocumentInput &in = nodes.at(node).inputs.at(input);
    return in.isWidget && !in.linked;
}

bool WorkflowFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model)
        return true;
    if (!m_visitor)
        return acceptsRow(sourceRow, sourceParent);
    // A visitor sees the workflow's own nodes and their values, not the nodes inside a
    // subgraph node (the kiosk approves and locks the workflow's own).
    if (isInnerRow(sourceRow, sourceParent))
        return false;
    if (sourceParent.isValid())
        return isValueInput(sourceParent.row(), sourceRow) && acceptsRow(sourceRow, sourceParent);
    if (!acceptsRow(sourceRow, sourceParent))
        return false;
    // A node shows only with a value that shows too: hasChildren() relies on it.
    const QModelIndex node = m_model->index(sourceRow, 0);
    const int inputs = m_model->rowCount(node);
    for (int k = 0; k < inputs; ++k) {
        if (isValueInput(sourceRow, k) && acceptsRow(k, node))
            return true;
    }
    return false;
}

QVariant WorkflowFilterModel::data(const QModelIndex &index, int role) const
{
    if (!m_model || !(m_simple || m_visitor) || index.parent().isValid()
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QSortFilterProxyModel::data(index, role);
    const QModelIndex source = mapToSource(index);
    const QList<DocumentNode> &nodes = m_model->document().nodes();
    if (!source.isValid() || source.row() >= nodes.size())
        return {};
    const DocumentNode &node = nodes.at(source.row());
    if (role == Qt::ToolTipRole) {
        if (!m_visitor)
            return QSortFilterProxyModel::data(index, role);
        const QString errors = source.data(WorkflowModel::ErrorRole).toString();
        const QString label = m_model->labels().nodeLabel(node.id);
        return errors.isEmpty() ? label : label + u'\n' + errors;
    }
    if (index.column() != WorkflowModel::ValueColumn)
        return QSortFilterProxyModel::data(index, role);
    if (node.mode == 4)
        return tr("bypassed");
    if (node.mode == 2)
        return tr("muted");
    if (!node.known)
        return tr("not installed on the server");
    return QString();
}

bool WorkflowFilterModel::acceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (isInnerRow(sourceRow, sourceParent))
        return acceptsInnerRow(sourceRow, sourceParent);
    const bool isNode = !sourceParent.isValid();
    const size_t node = size_t(isNode ? sourceRow : sourceParent.row());
    const size_t input = size_t(sourceRow);
    const bool simple = m_simple && node < m_simpleNode.size();
    if (simple && (isNode ? !m_simpleNode[node] : (input >= m_simpleInput[node].size() || !m_simpleInput[node][input])))
        return false;
    if (!m_matched || node >= m_nodeMatch.size() || m_nodeMatch[node])
        return true;
    if (!isNode)
        return input < m_inputMatch[node].size() && m_inputMatch[node][input];
    if (!simple)
        return m_anyInputMatch[node] || m_innerMatch[node];
    // A node shows only with an input that shows too: hasChildren() relies on it.
    const std::vector<char> &matches = m_inputMatch[node];
    const std::vector<char> &shown = m_simpleInput[node];
    for (size_t k = 0; k < matches.size() && k < shown.size(); ++k) {
        if (matches[k] && shown[k])
            return true;
    }
    return false;
}

bool WorkflowFilterModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid() || !m_model)
        return QSortFilterProxyModel::hasChildren(parent);
    // Without this the tree, laying out its rows, builds a child mapping for every node.
    // Every node the filter shows shows at least one of its inputs (filterAcceptsRow), so
    // the source's answer is the filter's, before and after a change of the filter.
    if (parent.column() != 0)
        return false;
    const QModelIndex source = mapToSource(parent);
    if (source.isValid() && source.parent().isValid())
        return QSortFilterProxyModel::hasChildren(parent); // inside a subgraph: few rows
    return source.isValid() && m_model->hasChildren(source);
}

} // namespace Easel
