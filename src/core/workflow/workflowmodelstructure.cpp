// Structure edits (StructureEdit): nodes added, removed and duplicated, links made and
// undone, each one undo step that swaps the document's tree, checked here or on a worker.
#include "workflowmodel.h"

#include "futurecallback.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Easel {

// A structure edit: the document's tree before and after, swapped whole (a snapshot is
// simpler and safer than inverting every link change, and costs one copy of the JSON).
class StructureEditCommand : public QUndoCommand
{
public:
    StructureEditCommand(WorkflowModel *model, JsonTree before, JsonTree after, const QString &text)
        : QUndoCommand(text)
        , m_model(model)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void redo() override { m_model->replaceTree(m_after); }
    void undo() override { m_model->replaceTree(m_before); }

private:
    WorkflowModel *m_model;
    JsonTree m_before;
    JsonTree m_after;
};

void WorkflowModel::replaceTree(const JsonTree &tree)
{
    // Not a reset: the views keep what is expanded, selected and current. Every
    // persistent index is named by what it shows (node id, input name, column) before the
    // change and found again after it; rows of removed nodes go, new nodes come in.
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    struct Key
    {
        QString nodeId;
        QString input;
        int column = 0;
    };
    QList<Key> keys;
    keys.reserve(before.size());
    for (const QModelIndex &index : before) {
        const int slot = nodeSlotAt(index);
        const DocumentInput *input = slot < 0 ? inputAt(index) : nullptr;
        if (slot >= 0)
            keys.append({nodeAtSlot(slot).id, {}, index.column()});
        else if (input)
            keys.append({nodeAtSlot(int(index.internalId() - 1)).id, input->name, index.column()});
        else
            keys.append(Key());
    }
    ++m_revision;
    m_document.replaceTree(tree);
    rebuildSlots();
    m_labels = ParameterLabels(m_document);
    // Findings name nodes and inputs that may be gone: the next validation fills them.
    m_serverErrors.clear();
    m_diagnostics.clear();
    m_errorText.clear();
    QModelIndexList after;
    after.reserve(keys.size());
    for (const Key &key : std::as_const(keys)) {
        if (key.nodeId.isEmpty())
            after.append(QModelIndex());
        else
            after.append(key.input.isEmpty() ? nodeIndex(key.nodeId, key.column)
                                             : inputIndex(key.nodeId, key.input, key.column));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged();
    emit errorsChanged();
    emit documentEdited();
}

bool WorkflowModel::structureAllowed(const QString &nodeId)
{
    m_lastError.clear();
    if (m_editGuard) {
        QString why;
        if (!m_editGuard(nodeId, {}, nullptr, &why)) {
            m_lastError = why.isEmpty() ? tr("Node %1 is locked").arg(nodeId) : why;
            return false;
        }
    }
    return true;
}

bool WorkflowModel::pushStructure(const QString &nodeId, const StructureEdit::Result &result)
{
    if (!structureAllowed(nodeId))
        return false;
    if (!result.ok) {
        m_lastError = result.error;
        return false;
    }
    m_undo->push(new StructureEditCommand(this, m_document.tree(), result.tree, result.text));
    return true;
}

QString WorkflowModel::insertNode(const QString &anchorId, const QString &classType,
                                  StructureEdit::Placement placement, const QString &graph)
{
    const StructureEdit::Result r = StructureEdit(m_document, graph).insertNode(anchorId, classType, placement);
    return pushStructure(anchorId, r) ? r.nodeId : QString();
}

bool WorkflowModel::removeNode(const QString &nodeId, const QString &graph)
{
    return pushStructure(nodeId, StructureEdit(m_document, graph).removeNode(nodeId));
}

QString WorkflowModel::duplicateNode(const QString &nodeId, const QString &graph)
{
    const StructureEdit::Result r = StructureEdit(m_document, graph).duplicateNode(nodeId);
    return pushStructure(nodeId, r) ? r.nodeId : QString();
}

bool WorkflowModel::connectInput(const QString &nodeId, const QString &input, const QString &sourceId, int sourceSlot,
                                 const QString &graph)
{
    return pushStructure(nodeId, StructureEdit(m_document, graph).connectInput(nodeId, input, sourceId, sourceSlot));
}

bool WorkflowModel::disconnectInput(const QString &nodeId, const QString &input, const QString &graph)
{
    return pushStructure(nodeId, StructureEdit(m_document, graph).disconnectInput(nodeId, input));
}

void WorkflowModel::submitStructureEdit(const QString &nodeId, StructureRequest request, StructureDone done,
                                        const QString &graph)
{
    runStructureEdit(nodeId, request, done, graph, 0);
}

void WorkflowModel::runStructureEdit(const QString &nodeId, const StructureRequest &request, const StructureDone &done,
                                     const QString &graph, int attempt)
{
    if (!structureAllowed(nodeId)) {
        if (done)
            done(false, {});
        return;
    }
    // The worker gets its own copy of the document (values only, no pointer into this
    // model), and the revision it was made from.
    const quint64 revision = m_revision;
    const QFuture<StructureEdit::Result> future = QtConcurrent::run(
        [document = m_document, graph, request] { return request(StructureEdit(document, graph)); });
    onFinished(future, this, [this, nodeId, request, done, graph, attempt, revision](const StructureEdit::Result &r) {
        if (revision != m_revision) {
            // Computed on a document that has changed since: pushing its tree would undo
            // the change. Made again on the document as it is now (each try sees every
            // change made before it started; a few tries cover a user still typing).
            constexpr int maxAttempts = 4;
            if (attempt + 1 < maxAttempts) {
                runStructureEdit(nodeId, request, done, graph, attempt + 1);
                return;
            }
            m_lastError = tr("The workflow kept changing while the edit was checked; try it again");
            if (done)
                done(false, {});
            return;
        }
        const bool ok = pushStructure(nodeId, r);
        if (done)
            done(ok, ok ? r.nodeId : QString());
    });
}

} // namespace Easel
