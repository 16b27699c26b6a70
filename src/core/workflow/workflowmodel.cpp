#include "workflowmodel.h"

namespace Easel {

WorkflowModel::WorkflowModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_undo(new QUndoStack(this))
{
}

WorkflowModel::~WorkflowModel()
{
    m_undo->clear(); // the commands point at this model
}

void WorkflowModel::setDocument(const WorkflowDocument &document)
{
    beginResetModel();
    m_undo->clear();
    ++m_revision;
    m_document = document;
    rebuildSlots();
    m_labels = ParameterLabels(m_document);
    m_serverErrors.clear();
    m_diagnostics.clear();
    m_errorText.clear();
    m_runningNode.clear();
    endResetModel();
    emit errorsChanged();
}

void WorkflowModel::setCatalogue(std::shared_ptr<const NodeCatalogue> catalogue)
{
    beginResetModel();
    ++m_revision;
    m_document.setCatalogue(std::move(catalogue));
    rebuildSlots();
    m_labels = ParameterLabels(m_document);
    endResetModel();
}

// Rows: the workflow's nodes at the top; under a node its inputs, then (for a subgraph
// node) the nodes inside it, which have inputs and nodes of their own. Every node has a
// slot (the workflow's nodes first, then WorkflowDocument::innerNodes), and an index's
// internal id is 0 for a top-level node, else its parent node's slot + 1.
void WorkflowModel::rebuildSlots()
{
    const int top = int(m_document.nodes().size());
    const int count = top + int(m_document.innerNodes().size());
    m_parentSlot.assign(size_t(count), -1);
    m_rowInParent.assign(size_t(count), 0);
    m_childSlots.assign(size_t(count), {});
    for (int slot = 0; slot < count; ++slot) {
        const DocumentNode &n = nodeAtSlot(slot);
        if (slot < top)
            m_rowInParent[size_t(slot)] = slot;
        if (!n.isSubgraph)
            continue;
        const QList<int> children = m_document.innerChildren(n.id);
        for (qsizetype k = 0; k < children.size(); ++k) {
            const int child = top + children.at(k);
            m_childSlots[size_t(slot)].append(child);
            m_parentSlot[size_t(child)] = slot;
            m_rowInParent[size_t(child)] = int(n.inputs.size() + k);
        }
    }
}

const DocumentNode &WorkflowModel::nodeAtSlot(int slot) const
{
    const int top = int(m_document.nodes().size());
    return slot < top ? m_document.nodes().at(slot) : m_document.innerNodes().at(slot - top);
}

int WorkflowModel::slotOf(const QString &nodeId) const
{
    const int row = m_document.indexOfNode(nodeId);
    if (row >= 0)
        return row;
    const int inner = m_document.indexOfInnerNode(nodeId);
    return inner < 0 ? -1 : int(m_document.nodes().size()) + inner;
}

int WorkflowModel::nodeSlotAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    if (index.internalId() == 0)
        return index.row() < m_document.nodes().size() ? index.row() : -1;
    const size_t parentSlot = size_t(index.internalId() - 1);
    if (parentSlot >= m_childSlots.size())
        return -1;
    const int child = index.row() - int(nodeAtSlot(int(parentSlot)).inputs.size());
    return child >= 0 && child < m_childSlots[parentSlot].size() ? m_childSlots[parentSlot].at(child) : -1;
}

QModelIndex WorkflowModel::slotIndex(int slot, int column) const
{
    const int parentSlot = m_parentSlot[size_t(slot)];
    return createIndex(m_rowInParent[size_t(slot)], column, quintptr(parentSlot < 0 ? 0 : parentSlot + 1));
}

QModelIndex WorkflowModel::nodeIndex(const QString &nodeId, int column) const
{
    const int slot = slotOf(nodeId);
    return slot < 0 ? QModelIndex() : slotIndex(slot, column);
}

QModelIndex WorkflowModel::inputIndex(const QString &nodeId, const QString &input, int column) const
{
    const int slot = slotOf(nodeId);
    if (slot < 0)
        return {};
    const int inputRow = nodeAtSlot(slot).indexOfInput(input);
    return inputRow < 0 ? QModelIndex() : createIndex(inputRow, column, quintptr(slot + 1));
}

int WorkflowModel::innerNodeRows(const QModelIndex &parent) const
{
    const int slot = nodeSlotAt(parent);
    return slot < 0 ? 0 : int(m_childSlots[size_t(slot)].size());
}

QModelIndex WorkflowModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_document.nodes().size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    const int slot = parent.column() == 0 ? nodeSlotAt(parent) : -1;
    if (slot < 0 || row >= nodeAtSlot(slot).inputs.size() + m_childSlots[size_t(slot)].size())
        return {};
    return createIndex(row, column, quintptr(slot + 1));
}

QModelIndex WorkflowModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return slotIndex(int(child.internalId() - 1), 0);
}

int WorkflowModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_document.nodes().size());
    const int slot = parent.column() == 0 ? nodeSlotAt(parent) : -1;
    if (slot < 0)
        return 0;
    return int(nodeAtSlot(slot).inputs.size() + m_childSlots[size_t(slot)].size());
}

int WorkflowModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const DocumentInput *WorkflowModel::inputAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0 || index.internalId() > m_parentSlot.size())
        return nullptr;
    const DocumentNode &n = nodeAtSlot(int(index.internalId() - 1));
    return index.row() < n.inputs.size() ? &n.inputs.at(index.row()) : nullptr;
}

} // namespace Easel
