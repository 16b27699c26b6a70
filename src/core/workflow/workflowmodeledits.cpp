// Edits of values, modes, titles, favourites and positions: each checked on a copy of the
// document first, then pushed to the undo stack as a command the model applies.
#include "workflowmodel.h"

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

// A node position as the undo stack keeps it: [x, y], or null for none.
JsonTree positionTree(const std::optional<QPointF> &pos)
{
    if (!pos)
        return {};
    JsonTree pair = JsonTree::array();
    pair.append(JsonTree::fromDouble(pos->x()));
    pair.append(JsonTree::fromDouble(pos->y()));
    return pair;
}

QPointF positionOf(const JsonTree &pair)
{
    if (!pair.isArray() || pair.size() < 2)
        return {};
    return {pair.at(0).toNumber().toDouble(), pair.at(1).toNumber().toDouble()};
}

} // namespace

// One edit of the document: the value before and after, applied by the model so that
// the views hear of it.
class WorkflowEditCommand : public QUndoCommand
{
public:
    WorkflowEditCommand(WorkflowModel *model, WorkflowModel::Edit edit, const QString &nodeId, const QString &input,
                        JsonTree before, JsonTree after, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_model(model)
        , m_edit(edit)
        , m_nodeId(nodeId)
        , m_input(input)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void redo() override { m_model->apply(m_edit, m_nodeId, m_input, m_after); }
    void undo() override { m_model->apply(m_edit, m_nodeId, m_input, m_before); }

private:
    WorkflowModel *m_model;
    WorkflowModel::Edit m_edit;
    QString m_nodeId;
    QString m_input;
    JsonTree m_before;
    JsonTree m_after;
};

JsonTree WorkflowModel::current(Edit edit, const QString &nodeId, const QString &input) const
{
    const DocumentNode *n = m_document.node(nodeId);
    switch (edit) {
    case Edit::Value: return m_document.inputValue(nodeId, input);
    case Edit::ControlMode: return m_document.controlValue(nodeId, input);
    case Edit::Mode: return JsonTree::fromInt(n ? n->mode : 0);
    case Edit::Title: return JsonTree::fromString(n && n->customTitle ? n->title : QString());
    case Edit::Favourite: return JsonTree::fromBool(m_document.isFavourite(nodeId));
    case Edit::Position: return positionTree(m_document.nodePosition(nodeId));
    }
    return {};
}

bool WorkflowModel::push(Edit edit, const QString &nodeId, const QString &input, const JsonTree &after,
                         const QString &text)
{
    m_lastError.clear();
    if (!m_document.node(nodeId)) {
        m_lastError = tr("The workflow has no node %1").arg(nodeId);
        return false;
    }
    if (m_editGuard) {
        const bool valueEdit = edit == Edit::Value;
        const QString guarded = edit == Edit::Value || edit == Edit::ControlMode ? input : QString();
        QString why;
        if (!m_editGuard(nodeId, guarded, valueEdit ? &after : nullptr, &why)) {
            if (why.isEmpty())
                why = guarded.isEmpty() ? tr("Node %1 is locked").arg(nodeId)
                                        : tr("%1 of node %2 is locked").arg(guarded, nodeId);
            m_lastError = why;
            return false;
        }
    }
    if (edit == Edit::ControlMode && m_editRules.controlMode) {
        QString why;
        if (!m_editRules.controlMode(nodeId, input, after.toString(), &why)) {
            m_lastError = why.isEmpty() ? tr("%1 of node %2 is locked").arg(input, nodeId) : why;
            return false;
        }
    }
    const JsonTree before = current(edit, nodeId, input);
    if (before == after)
        return true;
    // Try it first, so that a refused edit never reaches the stack.
    QString error;
    WorkflowDocument trial = m_document;
    bool ok = false;
    switch (edit) {
    case Edit::Value: ok = trial.setInputValue(nodeId, input, after, &error); break;
    case Edit::ControlMode: ok = trial.setControlMode(nodeId, input, after.toString(), &error); break;
    case Edit::Mode: ok = trial.setMode(nodeId, after.toNumber().toInt(-1), &error); break;
    case Edit::Title: ok = trial.setTitle(nodeId, after.toString(), &error); break;
    case Edit::Favourite: ok = true; break;
    case Edit::Position: ok = trial.setNodePosition(nodeId, positionOf(after), &error); break;
    }
    if (!ok) {
        m_lastError = error;
        return false;
    }
    m_undo->push(new WorkflowEditCommand(this, edit, nodeId, input, before, after, text));
    return true;
}

bool WorkflowModel::apply(Edit edit, const QString &nodeId, const QString &input, const JsonTree &value)
{
    ++m_revision;
    QString error;
    bool ok = false;
    switch (edit) {
    case Edit::Value: {
        // Undo restores values the spec may refuse (an out-of-range value from the file).
        ok = m_document.setInputValue(nodeId, input, value, &error, WorkflowDocument::ValueCheck::Unchecked);
        m_serverErrors.erase(std::remove_if(m_serverErrors.begin(), m_serverErrors.end(),
                                            [&](const InputError &e) {
                                                return e.nodeId == nodeId && e.inputName == input;
                                            }),
                             m_serverErrors.end());
        break;
    }
    case Edit::ControlMode:
        m_document.setControlValue(nodeId, input, value);
        ok = true;
        break;
    case Edit::Mode: ok = m_document.setMode(nodeId, value.toNumber().toInt(-1), &error); break;
    case Edit::Title:
        ok = m_document.setTitle(nodeId, value.toString(), &error);
        m_labels = ParameterLabels(m_document); // a user's title replaces a prompt's role name
        break;
    case Edit::Favourite: ok = m_document.setFavourite(nodeId, value.toBool()); break;
    case Edit::Position:
        // A node without a position (before the first move) has none again after undo.
        ok = value.isNull() ? m_document.clearNodePosition(nodeId)
                            : m_document.setNodePosition(nodeId, positionOf(value), &error);
        emit documentEdited();
        return ok; // nothing the tree shows changed
    }
    // Every instance of a subgraph shows its definition's nodes: each copy changed.
    const QStringList copies = m_document.sameNodes(nodeId);
    for (const QString &id : copies) {
        const QModelIndex node = nodeIndex(id, NameColumn);
        if (!node.isValid())
            continue;
        emit dataChanged(node, node.siblingAtColumn(ValueColumn));
        if (const int count = int(nodeAtSlot(nodeSlotAt(node)).inputs.size()); count > 0)
            emit dataChanged(index(0, NameColumn, node), index(count - 1, ValueColumn, node));
    }
    // Nodes linked from this one show its title.
    if (edit == Edit::Title) {
        for (const QList<DocumentNode> *nodes : {&m_document.nodes(), &m_document.innerNodes()}) {
            for (const DocumentNode &n : *nodes) {
                for (const DocumentInput &in : n.inputs) {
                    if (in.linked && copies.contains(in.linkNodeId)) {
                        const QModelIndex changed = inputIndex(n.id, in.name, ValueColumn);
                        emit dataChanged(changed, changed, {Qt::DisplayRole, ValueTextRole});
                    }
                }
            }
        }
    }
    emit documentEdited();
    return ok;
}

void WorkflowModel::setEditGuard(EditGuard guard)
{
    beginResetModel(); // flags change for every row
    m_editGuard = std::move(guard);
    endResetModel();
}

bool WorkflowModel::mayEdit(const QString &nodeId, const QString &input) const
{
    QString why;
    return !m_editGuard || m_editGuard(nodeId, input, nullptr, &why);
}

bool WorkflowModel::setValue(const QString &nodeId, const QString &input, const JsonTree &value)
{
    return push(Edit::Value, nodeId, input, value, tr("Set %1 of %2").arg(input, nodeId));
}

bool WorkflowModel::setControlMode(const QString &nodeId, const QString &input, const QString &mode)
{
    return push(Edit::ControlMode, nodeId, input, JsonTree::fromString(mode),
                tr("Set %1 of %2 to %3 after each run").arg(input, nodeId, mode));
}

bool WorkflowModel::setNodeMode(const QString &nodeId, int mode)
{
    const QString text = mode == 4 ? tr("Bypass %1").arg(nodeId)
        : mode == 2                ? tr("Mute %1").arg(nodeId)
                                   : tr("Enable %1").arg(nodeId);
    return push(Edit::Mode, nodeId, {}, JsonTree::fromInt(mode), text);
}

bool WorkflowModel::setTitle(const QString &nodeId, const QString &title)
{
    return push(Edit::Title, nodeId, {}, JsonTree::fromString(title), tr("Rename %1").arg(nodeId));
}

bool WorkflowModel::setNodePosition(const QString &nodeId, const QPointF &pos)
{
    const DocumentNode *n = m_document.node(nodeId);
    return push(Edit::Position, nodeId, {}, positionTree(pos),
                tr("Move %1").arg(n ? n->title : nodeId));
}

bool WorkflowModel::setFavourite(const QString &nodeId, bool favourite)
{
    return push(Edit::Favourite, nodeId, {}, JsonTree::fromBool(favourite),
                favourite ? tr("Add %1 to favourites").arg(nodeId) : tr("Remove %1 from favourites").arg(nodeId));
}

void WorkflowModel::setEditRules(EditRules rules)
{
    beginResetModel(); // offered ranges and choices change for every row
    m_editRules = std::move(rules);
    endResetModel();
}

int WorkflowModel::applyAfterQueue()
{
    QList<WorkflowDocument::ValueChange> changes = m_document.afterQueueChanges();
    if (m_editRules.afterQueue) {
        // The administrator's rules bound what the workflow's own rule may write.
        QList<WorkflowDocument::ValueChange> allowed;
        for (WorkflowDocument::ValueChange change : std::as_const(changes)) {
            if (m_editRules.afterQueue(m_document, &change) && !(change.after == change.before))
                allowed.append(change);
        }
        changes = allowed;
    }
    if (changes.isEmpty())
        return 0;
    auto *macro = new QUndoCommand(tr("Update values after queueing"));
    for (const WorkflowDocument::ValueChange &c : changes)
        new WorkflowEditCommand(this, Edit::Value, c.nodeId, c.input, c.before, c.after, {}, macro);
    m_undo->push(macro);
    return int(changes.size());
}

int WorkflowModel::setValues(const QList<WorkflowDocument::ValueChange> &changes, const QString &text,
                             QStringList *refused)
{
    m_lastError.clear();
    // Tried in order on a copy first, so that only values that will apply reach the stack.
    WorkflowDocument trial = m_document;
    auto macro = std::make_unique<QUndoCommand>(text);
    int count = 0;
    for (const WorkflowDocument::ValueChange &change : changes) {
        QString why;
        bool allowed = trial.node(change.nodeId) != nullptr;
        if (!allowed)
            why = tr("The workflow has no node %1").arg(change.nodeId);
        if (allowed && m_editGuard && !m_editGuard(change.nodeId, change.input, &change.after, &why)) {
            allowed = false;
            if (why.isEmpty())
                why = tr("%1 of node %2 is locked").arg(change.input, change.nodeId);
        }
        const JsonTree before = allowed ? trial.inputValue(change.nodeId, change.input) : JsonTree();
        if (allowed && before == change.after)
            continue;
        if (allowed && !trial.setInputValue(change.nodeId, change.input, change.after, &why))
            allowed = false;
        if (!allowed) {
            if (refused)
                refused->append(u"%1.%2: %3"_s.arg(change.nodeId, change.input, why));
            m_lastError = why;
            continue;
        }
        new WorkflowEditCommand(this, Edit::Value, change.nodeId, change.input, before, change.after, {},
                                macro.get());
        ++count;
    }
    if (count > 0)
        m_undo->push(macro.release());
    return count;
}

} // namespace Easel
