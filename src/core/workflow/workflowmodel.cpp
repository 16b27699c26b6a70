#include "workflowmodel.h"

#include "futurecallback.h"
#include "nodecatalogue.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

QString errorKey(const QString &nodeId, const QString &input)
{
    return input.isEmpty() ? nodeId : nodeId + QChar(0x1f) + input;
}

// Which column's text a value shows, shortened for the tree (a prompt can be pages long).
QString shortText(const QString &text)
{
    QString first = text.section(u'\n', 0, 0);
    if (first.size() > 200)
        first = first.left(200) + u'…';
    else if (first.size() < text.size())
        first += u" …"_s;
    return first;
}

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

QString WorkflowModel::valueText(const JsonTree &value)
{
    switch (value.type()) {
    case JsonTree::Type::Null: return {};
    case JsonTree::Type::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    case JsonTree::Type::Number: return value.toNumber().toText();
    case JsonTree::Type::String: return value.toString();
    default: return QString::fromUtf8(value.toPython());
    }
}

QString WorkflowModel::linkText(const DocumentInput &input) const
{
    const DocumentNode *source = m_document.node(input.linkNodeId);
    const QString title = source ? source->title : tr("missing node");
    return tr("← %1 #%2 · %3").arg(title, input.linkNodeId, input.linkType.isEmpty() ? input.type : input.linkType);
}

QVariant WorkflowModel::data(const QModelIndex &index, int role) const
{
    const int slot = nodeSlotAt(index);
    const bool isNode = slot >= 0;
    if (!isNode && !inputAt(index))
        return {};
    const DocumentNode &node = nodeAtSlot(isNode ? slot : int(index.internalId() - 1));

    switch (role) {
    case KindRole: return isNode ? NodeKind : InputKind;
    case NodeIdRole: return node.id;
    case ClassTypeRole: return node.classType;
    case ModeRole: return node.mode;
    case KnownRole: return node.known;
    case RunningRole: return node.id == m_runningNode;
    case FavouriteRole: return m_document.isFavourite(node.id);
    case CustomTitleRole: return node.customTitle;
    case RankRole: return m_labels.rank(node.id);
    default: break;
    }

    if (isNode) {
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return m_labels.nodeLabel(node.id);
            if (node.mode == 4)
                return tr("%1 #%2 · bypassed").arg(node.classType, node.id);
            if (node.mode == 2)
                return tr("%1 #%2 · muted").arg(node.classType, node.id);
            if (!node.known)
                return tr("%1 #%2 · not installed on the server").arg(node.classType, node.id);
            if (node.isSubgraph) // its class is the definition's id, a UUID
                return tr("subgraph #%1 · %n node(s)", "", int(m_childSlots[size_t(slot)].size())).arg(node.id);
            return u"%1 #%2"_s.arg(node.classType, node.id);
        case Qt::EditRole:
            return index.column() == NameColumn ? node.title : QVariant();
        case ErrorRole: {
            QStringList all = m_errorText.value(node.id);
            for (const DocumentInput &in : node.inputs)
                all += m_errorText.value(errorKey(node.id, in.name));
            return all.join(u'\n');
        }
        case Qt::ToolTipRole: {
            QString tip = tr("%1 (%2), node %3").arg(node.title, node.classType, node.id);
            const QString errors = data(index, ErrorRole).toString();
            return errors.isEmpty() ? tip : tip + u'\n' + errors;
        }
        case ExposedRole: return m_document.isExposed(node.id);
        default: return {};
        }
    }

    const DocumentInput &input = node.inputs.at(index.row());
    const InputSpec *spec = input.spec;
    switch (role) {
    case InputNameRole: return input.name;
    case LabelRole: return m_labels.label(node.id, input.name);
    case InputTypeRole: return spec ? spec->type : input.type;
    case MinimumRole:
    case MaximumRole:
    case ChoicesRole: {
        JsonNumber minimum = spec ? spec->minimum() : JsonNumber();
        JsonNumber maximum = spec ? spec->maximum() : JsonNumber();
        QStringList choices = spec ? spec->choices() : QStringList();
        if (m_editRules.offer)
            m_editRules.offer(node.id, input, &minimum, &maximum, &choices);
        if (role == ChoicesRole)
            return choices;
        const JsonNumber &n = role == MinimumRole ? minimum : maximum;
        return n.isValid() ? QVariant(n.toText()) : QVariant();
    }
    case StepRole: return spec && spec->step().isValid() ? QVariant(spec->step().toText()) : QVariant();
    case RoundRole: return spec && spec->round() ? QVariant(*spec->round()) : QVariant();
    case MultilineRole: return spec && spec->multiline();
    case DynamicPromptsRole: return spec && spec->dynamicPrompts();
    case UploadRole: return spec ? spec->uploadKind() : QString();
    case HasControlRole: return input.hasControl && !input.linked;
    case ControlModeRole: return m_document.controlMode(node.id, input.name);
    case ControlEditableRole: {
        QString why;
        return input.hasControl && !input.linked && mayEdit(node.id, input.name)
               && (!m_editRules.controlMode || m_editRules.controlMode(node.id, input.name, {}, &why));
    }
    case IsLinkRole: return input.linked;
    case LinkNodeIdRole: return input.linkNodeId;
    case LinkableRole: return input.linked || !input.isWidget;
    case LinkSlotRole: return input.linkSlot;
    case ExposedRole: return m_document.isExposed(node.id, input.name);
    case ErrorRole: return m_errorText.value(errorKey(node.id, input.name)).join(u'\n');
    case InvalidValueRole: {
        if (input.linked || !input.isWidget)
            return QString();
        return m_document.checkValue(input, m_document.inputValue(node.id, input.name));
    }
    case ValueTextRole:
        return input.linked ? linkText(input) : valueText(m_document.inputValue(node.id, input.name));
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return ParameterLabels::inputLabel(input.name);
        if (input.linked)
            return linkText(input);
        if (!input.isWidget)
            return tr("not connected");
        if ((spec ? spec->type : input.type) == "BOOLEAN"_L1)
            return QVariant();
        return shortText(valueText(m_document.inputValue(node.id, input.name)));
    case Qt::EditRole: {
        if (index.column() != ValueColumn || input.linked)
            return {};
        const JsonTree value = m_document.inputValue(node.id, input.name);
        if (value.isBool())
            return value.toBool();
        return valueText(value);
    }
    case Qt::CheckStateRole:
        if (index.column() == ValueColumn && !input.linked && (spec ? spec->type : input.type) == "BOOLEAN"_L1)
            return m_document.inputValue(node.id, input.name).toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        if (spec && !spec->tooltip().isEmpty())
            lines << spec->tooltip();
        if (spec && (spec->minimum().isValid() || spec->maximum().isValid()))
            lines << tr("Range: %1 to %2")
                         .arg(spec->minimum().isValid() ? spec->minimum().toText() : u"−∞"_s,
                              spec->maximum().isValid() ? spec->maximum().toText() : u"∞"_s);
        const QString invalid = data(index, InvalidValueRole).toString();
        if (!invalid.isEmpty())
            lines << invalid;
        const QString errors = m_errorText.value(errorKey(node.id, input.name)).join(u'\n');
        if (!errors.isEmpty())
            lines << errors;
        if (input.linked)
            lines << tr("Double-click to go to node %1").arg(input.linkNodeId);
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

Qt::ItemFlags WorkflowModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (const int slot = nodeSlotAt(index); slot >= 0) {
        if (index.column() == NameColumn && mayEdit(nodeAtSlot(slot).id, {}))
            f |= Qt::ItemIsEditable; // rename
        return f;
    }
    const DocumentInput *input = inputAt(index);
    if (!input)
        return Qt::NoItemFlags;
    if (m_editGuard) {
        const DocumentNode &node = nodeAtSlot(int(index.internalId() - 1));
        if (input && !mayEdit(node.id, input->name))
            return Qt::NoItemFlags; // shown greyed out: the administrator locked it
    }
    // A link row's value is a choice of outputs (the editor's link combo); a structure
    // edit needs the catalogue to check types.
    if (index.column() == ValueColumn && input && (input->linked || !input->isWidget) && m_document.catalogue())
        f |= Qt::ItemIsEditable;
    if (index.column() == ValueColumn && input && input->isWidget && !input->linked) {
        const QString type = input->spec ? input->spec->type : input->type;
        if (type == "BOOLEAN"_L1)
            f |= Qt::ItemIsUserCheckable;
        else if (type == "INT"_L1 || type == "FLOAT"_L1 || type == "STRING"_L1 || type == "COMBO"_L1)
            f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant WorkflowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Node / input") : tr("Value");
}

JsonTree WorkflowModel::valueFromVariant(const DocumentInput &input, const QVariant &value, bool *ok)
{
    *ok = true;
    const QString type = input.spec ? input.spec->type : input.type;
    if (type == "INT"_L1 || type == "FLOAT"_L1) {
        if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float) {
            const double d = value.toDouble();
            // A spin box's whole double is an INT's integer; a fraction is refused by the check.
            if (type == "INT"_L1 && d == std::floor(d) && std::abs(d) < 9007199254740992.0)
                return JsonTree::fromInt(qint64(d));
            return JsonTree::fromDouble(d);
        }
        if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong)
            return JsonTree::fromInt(value.toLongLong());
        if (value.typeId() == QMetaType::ULongLong || value.typeId() == QMetaType::UInt)
            return JsonTree::fromNumber(JsonNumber::fromUInt(value.toULongLong()));
        const JsonNumber n = JsonNumber::fromText(value.toString().trimmed(), ok);
        return *ok ? JsonTree::fromNumber(n) : JsonTree();
    }
    if (type == "BOOLEAN"_L1)
        return JsonTree::fromBool(value.toBool());
    if (value.typeId() == QMetaType::Bool && type != "STRING"_L1 && type != "COMBO"_L1)
        return JsonTree::fromBool(value.toBool());
    return JsonTree::fromString(value.toString());
}

bool WorkflowModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const int slot = nodeSlotAt(index);
    const bool isNode = slot >= 0;
    if (!isNode && !inputAt(index))
        return false;
    const DocumentNode &node = nodeAtSlot(isNode ? slot : int(index.internalId() - 1));
    if (isNode) {
        if (role != Qt::EditRole || index.column() != NameColumn)
            return false;
        return setTitle(node.id, value.toString().trimmed());
    }
    const DocumentInput *input = inputAt(index);
    if (!input)
        return false;
    if (role == ControlModeRole)
        return setControlMode(node.id, input->name, value.toString());
    JsonTree json;
    if (role == Qt::CheckStateRole) {
        json = JsonTree::fromBool(value.toInt() == Qt::Checked);
    } else if (role == Qt::EditRole) {
        bool ok = false;
        json = valueFromVariant(*input, value, &ok);
        if (!ok) {
            m_lastError = tr("\"%1\" is not a number").arg(value.toString());
            return false;
        }
    } else {
        return false;
    }
    return setValue(node.id, input->name, json);
}

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

void WorkflowModel::setServerErrors(const QList<InputError> &errors)
{
    m_serverErrors = errors;
    for (InputError &e : m_serverErrors)
        e.fromServer = true;
    setDiagnostics(m_diagnostics); // the document did not change: no need to validate again
}

void WorkflowModel::revalidate()
{
    setDiagnostics(m_document.catalogue() ? m_document.toApiPrompt().diagnostics : WorkflowDiagnostics());
}

void WorkflowModel::setDiagnostics(const WorkflowDiagnostics &diagnostics)
{
    m_diagnostics = diagnostics;
    QHash<QString, QStringList> text;
    for (const InputError &e : std::as_const(m_serverErrors))
        text[errorKey(e.nodeId, e.inputName)].append(e.message);
    for (const WorkflowDiagnostic &d : std::as_const(m_diagnostics)) {
        if (d.isError())
            text[errorKey(d.nodeId, d.input)].append(d.message);
    }
    if (text == m_errorText)
        return;
    QSet<QString> touched;
    for (auto it = text.cbegin(); it != text.cend(); ++it)
        touched.insert(it.key().section(QChar(0x1f), 0, 0));
    for (auto it = m_errorText.cbegin(); it != m_errorText.cend(); ++it)
        touched.insert(it.key().section(QChar(0x1f), 0, 0));
    m_errorText = std::move(text);
    for (const QString &nodeId : std::as_const(touched)) {
        const QModelIndex node = nodeIndex(nodeId);
        if (!node.isValid())
            continue;
        emit dataChanged(node, node.siblingAtColumn(ValueColumn), {ErrorRole, Qt::ToolTipRole});
        if (const int count = rowCount(node))
            emit dataChanged(index(0, 0, node), index(count - 1, ValueColumn, node), {ErrorRole, Qt::ToolTipRole});
    }
    emit errorsChanged();
}

QList<InputError> WorkflowModel::errors() const
{
    QList<InputError> all = m_serverErrors;
    for (const WorkflowDiagnostic &d : m_diagnostics) {
        if (d.isError())
            all.append({d.nodeId, d.input, d.message, false});
    }
    return all;
}

void WorkflowModel::setRunningNode(const QString &nodeId)
{
    if (nodeId == m_runningNode)
        return;
    const QString previous = std::exchange(m_runningNode, nodeId);
    for (const QString &id : {previous, nodeId}) {
        const QModelIndex node = nodeIndex(id);
        if (node.isValid())
            emit dataChanged(node, node.siblingAtColumn(ValueColumn), {RunningRole});
    }
}

} // namespace Easel
