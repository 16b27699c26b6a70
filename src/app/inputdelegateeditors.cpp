// InputDelegate: the editors, from their making to the value they give the model.
#include "inputdelegate.h"
#include "inputdelegate_p.h"

#include "inputeditors.h"
#include "linkeditor.h"
#include "nodecatalogue.h"
#include "numberedit.h"
#include "workflowmodel.h"

#include <QAbstractProxyModel>
#include <QComboBox>
#include <QKeyEvent>
#include <QPointer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

// The workflow model behind the view's proxies.
const WorkflowModel *workflowModel(const QAbstractItemModel *model)
{
    while (auto *proxy = qobject_cast<const QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    return qobject_cast<const WorkflowModel *>(model);
}

} // namespace

using InputDelegateDetail::isNode;
using InputDelegateDetail::rowsMayDiffer;

QWidget *InputDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    if (isNode(index))
        return QStyledItemDelegate::createEditor(parent, option, index); // the title
    if (index.data(WorkflowModel::LinkableRole).toBool()) {
        auto *link = new LinkEditor(parent);
        // Chosen is done: the edit applies as the list closes.
        connect(link, &QComboBox::activated, this, [this, link] {
            emit const_cast<InputDelegate *>(this)->commitData(link);
            emit const_cast<InputDelegate *>(this)->closeEditor(link);
        });
        return link;
    }
    const QString type = index.data(WorkflowModel::InputTypeRole).toString();
    if (type == "INT"_L1 || type == "FLOAT"_L1) {
        NumberEdit *number = nullptr;
        QWidget *editor = nullptr;
        if (index.data(WorkflowModel::HasControlRole).toBool()) {
            auto *seed = new SeedEditor(parent);
            number = seed->numberEdit();
            editor = seed;
        } else {
            number = new NumberEdit(parent);
            editor = number;
        }
        number->setInteger(type == "INT"_L1);
        number->setRange(index.data(WorkflowModel::MinimumRole).toString(),
                         index.data(WorkflowModel::MaximumRole).toString());
        number->setStep(index.data(WorkflowModel::StepRole).toString());
        number->setRound(index.data(WorkflowModel::RoundRole).toDouble());
        number->installEventFilter(const_cast<InputDelegate *>(this));
        return editor;
    }
    if (type == "COMBO"_L1) {
        auto *combo = new ComboEditor(parent);
        combo->setUploadKind(index.data(WorkflowModel::UploadRole).toString());
        const QString nodeId = index.data(WorkflowModel::NodeIdRole).toString();
        const QString input = index.data(WorkflowModel::InputNameRole).toString();
        connect(combo, &ComboEditor::uploadRequested, this, [this, nodeId, input](const QString &path) {
            emit uploadRequested(nodeId, input, path);
        });
        return combo;
    }
    if (type == "STRING"_L1 && index.data(WorkflowModel::MultilineRole).toBool()) {
        auto *text = new QPlainTextEdit(parent);
        text->setObjectName(u"promptEdit"_s);
        text->setTabChangesFocus(true);
        text->setToolTip(tr("Tab to apply, Ctrl+Enter to apply and queue, Escape to cancel"));
        text->installEventFilter(const_cast<InputDelegate *>(this));
        return text;
    }
    auto *line = new QLineEdit(parent);
    line->setObjectName(u"textEdit"_s);
    return line;
}

void InputDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *link = qobject_cast<LinkEditor *>(editor)) {
        const WorkflowModel *source = workflowModel(index.model());
        if (!source)
            return;
        const QString nodeId = index.data(WorkflowModel::NodeIdRole).toString();
        const QString input = index.data(WorkflowModel::InputNameRole).toString();
        const StructureEdit edit(source->document());
        const DocumentNode *node = source->document().node(nodeId);
        const int i = node ? node->indexOfInput(input) : -1;
        const bool required = i >= 0 && node->inputs.at(i).spec
            && node->inputs.at(i).spec->section == InputSpec::Section::Required;
        const LinkEditor::Empty empty = edit.canHoldValue(nodeId, input) ? LinkEditor::Empty::WidgetValue
            : required                                                ? LinkEditor::Empty::None
                                                                      : LinkEditor::Empty::NotConnected;
        link->setChoices(edit.compatibleSources(nodeId, input), empty,
                         index.data(WorkflowModel::IsLinkRole).toBool(),
                         index.data(WorkflowModel::LinkNodeIdRole).toString(),
                         index.data(WorkflowModel::LinkSlotRole).toInt());
        return;
    }
    const QString value = index.data(Qt::EditRole).toString();
    if (auto *seed = qobject_cast<SeedEditor *>(editor)) {
        seed->numberEdit()->setValue(value);
        seed->setMode(index.data(WorkflowModel::ControlModeRole).toString());
        // An administrator's rule may keep the mode as the workflow has it (kiosk mode).
        seed->modeBox()->setEnabled(index.data(WorkflowModel::ControlEditableRole).toBool());
    } else if (auto *number = qobject_cast<NumberEdit *>(editor)) {
        number->setValue(value);
    } else if (auto *combo = qobject_cast<ComboEditor *>(editor)) {
        combo->setChoices(index.data(WorkflowModel::ChoicesRole).toStringList(), value);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        text->setPlainText(value);
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void InputDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *link = qobject_cast<LinkEditor *>(editor)) {
        auto *source = const_cast<WorkflowModel *>(workflowModel(model));
        if (!source || link->currentIndex() < 0 || link->isCurrentChoice())
            return;
        const QString nodeId = index.data(WorkflowModel::NodeIdRole).toString();
        const QString input = index.data(WorkflowModel::InputNameRole).toString();
        const bool widget = link->isEmptyChoice();
        const QString sourceId = link->sourceNodeId();
        const int slot = link->sourceSlot();
        // Checked off the GUI thread; a refusal comes back to the row, if it is still there.
        const QPersistentModelIndex row(index);
        const QPointer<const InputDelegate> self(this);
        source->submitStructureEdit(
            nodeId,
            [nodeId, input, widget, sourceId, slot](const StructureEdit &edit) {
                return widget ? edit.disconnectInput(nodeId, input) : edit.connectInput(nodeId, input, sourceId, slot);
            },
            [self, row, source](bool ok, const QString &) {
                if (!ok && self)
                    emit self->editRejected(row, source->lastError());
            });
        return;
    }
    QVariant value;
    QString mode;
    if (auto *seed = qobject_cast<SeedEditor *>(editor)) {
        value = seed->numberEdit()->value();
        mode = seed->mode();
    } else if (auto *number = qobject_cast<NumberEdit *>(editor)) {
        value = number->value();
    } else if (auto *combo = qobject_cast<ComboEditor *>(editor)) {
        value = combo->value();
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        value = text->toPlainText();
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        value = line->text();
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    // The model behind the filter knows why it refused.
    const WorkflowModel *source = nullptr;
    const QAbstractItemModel *m = model;
    while (auto *proxy = qobject_cast<const QAbstractProxyModel *>(m))
        m = proxy->sourceModel();
    source = qobject_cast<const WorkflowModel *>(m);
    auto *stack = source ? source->undoStack() : nullptr;
    if (stack && !mode.isEmpty())
        stack->beginMacro(tr("Edit %1").arg(index.data(WorkflowModel::InputNameRole).toString()));
    const bool changed = index.data(Qt::EditRole) == value || model->setData(index, value, Qt::EditRole);
    if (!changed && source)
        emit editRejected(index, source->lastError());
    if (!mode.isEmpty()) {
        if (mode != index.data(WorkflowModel::ControlModeRole).toString())
            model->setData(index, mode, WorkflowModel::ControlModeRole);
        if (stack)
            stack->endMacro();
    }
}

void InputDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    QRect rect = option.rect;
    if (qobject_cast<QPlainTextEdit *>(editor) && rowsMayDiffer(option.widget)) {
        // In place: the editor is the text box the row shows.
        rect = option.rect.adjusted(2, 2, -3, -2);
    } else if (qobject_cast<QPlainTextEdit *>(editor)) {
        // A real text area over the rows below, as tall as eight lines.
        rect.setHeight(std::max(rect.height(), option.fontMetrics.lineSpacing() * 8 + 12));
        if (editor->parentWidget())
            rect.setBottom(std::min(rect.bottom(), editor->parentWidget()->height() - 2));
        if (rect.height() < option.fontMetrics.lineSpacing() * 4)
            rect.setTop(std::max(0, rect.bottom() - option.fontMetrics.lineSpacing() * 8));
    }
    Q_UNUSED(index)
    editor->setGeometry(rect);
}

bool InputDelegate::eventFilter(QObject *object, QEvent *event)
{
    // The seed's number is a part of the editor the view knows (SeedEditor), which reports
    // its own focus leaving: handing the part to QStyledItemDelegate would commit and close
    // "an editor that does not belong to this view", also after the editor closed.
    const bool part = qobject_cast<SeedEditor *>(object->parent()) != nullptr;
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        auto *text = qobject_cast<QPlainTextEdit *>(object);
        if (text && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            // Ctrl+Enter applies the text and then queues as it does everywhere (the web UI's
            // prompt box does): the shortcut goes on with the text in the document. It only
            // applied it, so the first of three Ctrl+Enter typed after a prompt queued nothing.
            if (key->modifiers() & Qt::ControlModifier) {
                emit commitData(text);
                emit closeEditor(text, QAbstractItemDelegate::NoHint);
                return false;
            }
            event->accept(); // Enter is a new line, not a shortcut
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (auto *text = qobject_cast<QPlainTextEdit *>(object); text && enter
            && (key->modifiers() & Qt::ControlModifier)) {
            emit commitData(text);
            emit closeEditor(text, QAbstractItemDelegate::NoHint);
            return true;
        }
        if (auto *number = qobject_cast<NumberEdit *>(object); number && enter && !number->isAcceptable()) {
            // Not committed, not clamped: say why and let the user fix it.
            QToolTip::showText(number->mapToGlobal(QPoint(0, number->height())), number->problem(), number);
            return true;
        }
        if (auto *number = qobject_cast<NumberEdit *>(object); number && enter) {
            QWidget *editor = number;
            if (auto *seed = qobject_cast<SeedEditor *>(number->parentWidget()))
                editor = seed;
            if (!editor->isVisible())
                return true; // already closed
            emit commitData(editor);
            emit closeEditor(editor, QAbstractItemDelegate::NoHint);
            return true;
        }
    }
    if (part)
        return false;
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace Easel
