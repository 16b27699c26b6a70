// The tree's context menu: structure edits (add, duplicate, remove, convert a widget to an
// input and back), checked off the GUI thread, and a node's title, favourite and mode.
#include "workfloweditor.h"

#include "ui_workfloweditor.h"

#include "linkeditor.h"
#include "nodepickerdialog.h"

#include <QMenu>

using namespace Qt::StringLiterals;

namespace Easel {

void WorkflowEditor::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_filter->mapToSource(m_ui->treeView->indexAt(pos));
    if (!index.isValid())
        return;
    const QString nodeId = index.data(WorkflowModel::NodeIdRole).toString();
    const QModelIndex node = m_model->nodeIndex(nodeId);
    const int mode = node.data(WorkflowModel::ModeRole).toInt();
    const bool saved = m_model->document().format() == Format::Saved;
    QMenu menu(this);
    menu.setObjectName(u"treeContextMenu"_s);
    const bool structure = m_catalogue && m_model->mayEdit(nodeId, {});
    QAction *addAfter = menu.addAction(tr("Add Node &After…"));
    addAfter->setObjectName(u"addAfterAction"_s);
    QAction *addBefore = menu.addAction(tr("Add Node B&efore…"));
    addBefore->setObjectName(u"addBeforeAction"_s);
    QAction *duplicate = menu.addAction(tr("&Duplicate"));
    duplicate->setObjectName(u"duplicateAction"_s);
    QAction *remove = menu.addAction(tr("Re&move"));
    remove->setObjectName(u"removeAction"_s);
    for (QAction *action : {addAfter, addBefore, duplicate, remove})
        action->setEnabled(structure);
    // On an input row: a widget becomes an input fed by a compatible output, and back.
    const QString inputName = index.data(WorkflowModel::InputNameRole).toString();
    QMenu *toInput = nullptr;
    QAction *toWidget = nullptr;
    QList<std::pair<QAction *, StructureEdit::Source>> sourceActions;
    if (!inputName.isEmpty() && structure) {
        const StructureEdit edit(m_model->document());
        if (edit.canHoldValue(nodeId, inputName) && !index.data(WorkflowModel::IsLinkRole).toBool()) {
            menu.addSeparator();
            toInput = menu.addMenu(tr("Convert to &Input"));
            toInput->setObjectName(u"convertToInputMenu"_s);
            const QList<StructureEdit::Source> sources = edit.compatibleSources(nodeId, inputName);
            for (const StructureEdit::Source &source : sources)
                sourceActions.append({toInput->addAction(LinkEditor::sourceText(source)), source});
            toInput->setEnabled(!sources.isEmpty());
            if (sources.isEmpty())
                toInput->setToolTip(tr("No output in the workflow gives %1").arg(index.data(WorkflowModel::InputTypeRole).toString()));
        } else if (edit.canHoldValue(nodeId, inputName)) {
            menu.addSeparator();
            toWidget = menu.addAction(tr("Convert to &Widget"));
            toWidget->setObjectName(u"convertToWidgetAction"_s);
        }
    }
    menu.addSeparator();
    QAction *rename = menu.addAction(tr("&Rename…"));
    rename->setObjectName(u"renameAction"_s);
    QAction *favourite = menu.addAction(node.data(WorkflowModel::FavouriteRole).toBool() ? tr("Remove from &Favourites")
                                                                                         : tr("Add to &Favourites"));
    menu.addSeparator();
    QAction *bypass = menu.addAction(mode == 4 ? tr("Stop &Bypassing") : tr("&Bypass"));
    bypass->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    QAction *mute = menu.addAction(mode == 2 ? tr("Un&mute") : tr("&Mute"));
    mute->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    bypass->setEnabled(saved);
    mute->setEnabled(saved);
    QAction *editMask = nullptr;
    QAction *pasteImage = nullptr;
    const std::pair<QString, QString> image{nodeId, index.data(WorkflowModel::InputNameRole).toString()};
    if (m_imageInputs.contains(image)) {
        menu.addSeparator();
        editMask = menu.addAction(tr("Edit &Mask…"));
        pasteImage = menu.addAction(tr("&Paste Image"));
        pasteImage->setShortcut(QKeySequence::Paste);
    }
    QAction *chosen = menu.exec(m_ui->treeView->viewport()->mapToGlobal(pos));
    if (chosen && chosen == editMask)
        emit maskEditRequested(image.first, image.second);
    else if (chosen && chosen == pasteImage)
        emit imagePasteRequested(image.first, image.second);
    if (chosen == rename) {
        const QModelIndex view = m_filter->mapFromSource(node);
        m_ui->treeView->setCurrentIndex(view);
        m_ui->treeView->edit(view);
    } else if (chosen == favourite) {
        m_model->setFavourite(nodeId, !node.data(WorkflowModel::FavouriteRole).toBool());
    } else if (chosen == bypass || chosen == mute) {
        if (!m_model->setNodeMode(nodeId, chosen == bypass ? (mode == 4 ? 0 : 4) : (mode == 2 ? 0 : 2)))
            showStatus(m_model->lastError(), true);
    } else if (chosen == addAfter || chosen == addBefore) {
        addNode(nodeId, chosen == addAfter ? StructureEdit::Placement::After : StructureEdit::Placement::Before);
    } else if (chosen == duplicate) {
        submitStructureEdit(nodeId, {}, [nodeId](const StructureEdit &edit) { return edit.duplicateNode(nodeId); });
    } else if (chosen == remove) {
        submitStructureEdit(nodeId, {}, [nodeId](const StructureEdit &edit) { return edit.removeNode(nodeId); });
    } else if (chosen && chosen == toWidget) {
        submitStructureEdit(nodeId, inputName, [nodeId, inputName](const StructureEdit &edit) {
            return edit.disconnectInput(nodeId, inputName);
        });
    } else if (chosen) {
        for (const auto &[action, source] : std::as_const(sourceActions)) {
            if (action != chosen)
                continue;
            submitStructureEdit(nodeId, inputName, [nodeId, inputName, source = source](const StructureEdit &edit) {
                return edit.connectInput(nodeId, inputName, source.nodeId, source.slot);
            });
        }
    }
}

void WorkflowEditor::submitStructureEdit(const QString &nodeId, const QString &input,
                                         const WorkflowModel::StructureRequest &request)
{
    // Checked off the GUI thread (WorkflowModel::submitStructureEdit); the tree follows
    // the result: the new node, or the input that changed.
    m_model->submitStructureEdit(nodeId, request, [this, nodeId, input](bool ok, const QString &newNodeId) {
        if (!ok)
            showStatus(m_model->lastError(), true);
        else if (!newNodeId.isEmpty())
            jumpTo(newNodeId);
        else if (!input.isEmpty())
            jumpTo(nodeId, input);
    });
}

void WorkflowEditor::addNode(const QString &anchorId, StructureEdit::Placement placement)
{
    const DocumentNode *anchor = m_model->document().node(anchorId);
    if (!anchor || !m_catalogue)
        return;
    NodePickerDialog picker(m_catalogue, this);
    picker.setPlacementText(placement == StructureEdit::Placement::After
                                ? tr("After %1 #%2: its outputs feed the new node where the types fit.")
                                      .arg(anchor->title, anchorId)
                                : tr("Before %1 #%2: the new node feeds its inputs where the types fit.")
                                      .arg(anchor->title, anchorId));
    if (picker.exec() != QDialog::Accepted)
        return;
    submitStructureEdit(anchorId, {}, [anchorId, classType = picker.selectedClass(), placement](const StructureEdit &edit) {
        return edit.insertNode(anchorId, classType, placement);
    });
}

} // namespace Easel
