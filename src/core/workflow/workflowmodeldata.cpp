// What the rows show (data, flags, the editors' values back through setData) and the
// findings they show: the server's errors and the validator's.
#include "workflowmodel.h"

#include "nodecatalogue.h"

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

} // namespace

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
    case Qt::DisplayRole: {
        if (index.column() == NameColumn)
            return ParameterLabels::inputLabel(input.name);
        if (input.linked)
            return linkText(input);
        if (!input.isWidget)
            return tr("not connected");
        const QString type = spec ? spec->type : input.type;
        if (type == "BOOLEAN"_L1)
            return QVariant();
        const JsonTree shown = m_document.inputValue(node.id, input.name);
        // A FLOAT reads as a decimal whatever the file wrote: saved workflows and sweeps
        // write whole numbers as integers ("cfg": 8, as the web UI sends them), and "8"
        // beside another document's "7.0" reads as a different kind of setting.
        if (type == "FLOAT"_L1 && shown.isNumber() && shown.toNumber().isInteger())
            return JsonNumber::fromDouble(shown.toNumber().toDouble()).toText();
        return shortText(valueText(shown));
    }
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
