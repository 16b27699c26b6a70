// Structure editing in the workflow editor, offscreen (issue 22): the catalogue picker
// (search, details, favourites and recent first, kept in QSettings), the tree's context
// menu adding a node after another through the picker, removing and duplicating, and a
// link row's combo rewiring an input to another compatible output.
#include "linkeditor.h"
#include "nodecatalogue.h"
#include "nodepickerdialog.h"
#include "workfloweditor.h"

#include <QAbstractProxyModel>
#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_StructureEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void pickerSearchesAndShowsTypes();
    void pickerListsFavouritesAndRecentFirst();
    void contextMenuAddsNodeAfter();
    void contextMenuRemovesAndDuplicates();
    void linkComboRewires();
    void editKeepsExpansionAndSelection();
    void subgraphNodesInTheTree();

private:
    bool open(WorkflowEditor &editor, const QString &relative);
    QModelIndex viewIndex(WorkflowEditor &editor, const QModelIndex &source);
    QModelIndex currentSource(WorkflowEditor &editor);
    // Opens the tree's context menu on a row and clicks the action named actionName.
    // afterClick runs once the menu has closed (a dialog the action opens, for example).
    bool chooseFromContextMenu(WorkflowEditor &editor, const QModelIndex &source, const QString &actionName,
                               const std::function<void()> &afterClick = {});
    void screenshot(QWidget *widget, const QString &name, QWidget *over = nullptr);

    std::shared_ptr<const NodeCatalogue> m_catalogue;
};

void tst_StructureEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/object_info.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_catalogue = std::make_shared<NodeCatalogue>(NodeCatalogue::fromJson(file.readAll()));
}

void tst_StructureEditor::init()
{
    QSettings().remove(u"nodePicker"_s);
}

bool tst_StructureEditor::open(WorkflowEditor &editor, const QString &relative)
{
    editor.setCatalogue(m_catalogue);
    QSignalSpy opened(&editor, &WorkflowEditor::opened);
    editor.openFile(QStringLiteral(EASEL_SHARED_DIR "/workflows/") + relative, WorkflowEditor::OpenMode::Discard);
    if (!opened.wait(5000))
        return false;
    // Every node and its links: the full view (the simple one keeps to the values an
    // artist sets, and hides nodes without any).
    // (A workflow without such values opens there already: a click would leave it.)
    if (auto *all = editor.findChild<QToolButton *>(u"allButton"_s); !all->isChecked())
        all->click();
    return true;
}

QModelIndex tst_StructureEditor::viewIndex(WorkflowEditor &editor, const QModelIndex &source)
{
    auto *tree = editor.findChild<QTreeView *>(u"treeView"_s);
    return qobject_cast<QAbstractProxyModel *>(tree->model())->mapFromSource(source);
}

QModelIndex tst_StructureEditor::currentSource(WorkflowEditor &editor)
{
    auto *tree = editor.findChild<QTreeView *>(u"treeView"_s);
    return qobject_cast<QAbstractProxyModel *>(tree->model())->mapToSource(tree->currentIndex());
}

bool tst_StructureEditor::chooseFromContextMenu(WorkflowEditor &editor, const QModelIndex &source,
                                                const QString &actionName, const std::function<void()> &afterClick)
{
    auto *tree = editor.findChild<QTreeView *>(u"treeView"_s);
    const QModelIndex index = viewIndex(editor, source);
    if (!index.isValid())
        return false;
    tree->scrollTo(index);
    // The tree lays itself out again after a structure edit: wait until the row is where
    // the click goes.
    if (!QTest::qWaitFor([&] { return tree->indexAt(tree->visualRect(index).center()) == index; }))
        return false;
    bool clicked = false;
    // The menu runs its own loop: a timer finds it and clicks the action, as a user would.
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QAction *action = menu->findChild<QAction *>(actionName);
        QVERIFY2(action && action->isEnabled(), qPrintable(actionName));
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
        clicked = true;
        if (afterClick)
            QTimer::singleShot(0, this, afterClick);
    });
    emit tree->customContextMenuRequested(tree->visualRect(index).center());
    return clicked;
}

void tst_StructureEditor::screenshot(QWidget *widget, const QString &name, QWidget *over)
{
    // For docs/screenshots (set EASEL_SCREENSHOT_DIR): the window, with a dialog or a
    // popup list drawn where it stands over it.
    const QByteArray dir = qgetenv("EASEL_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QPixmap canvas = widget->window()->grab();
    if (over) {
        QPainter painter(&canvas);
        const QPoint at = over->window()->geometry().topLeft() - widget->window()->geometry().topLeft();
        painter.drawPixmap(at, over->window()->grab());
        painter.setPen(Qt::darkGray);
        painter.drawRect(QRect(at, over->window()->size()).adjusted(0, 0, -1, -1));
    }
    canvas.save(QDir(QString::fromLocal8Bit(dir)).filePath(name));
}

void tst_StructureEditor::pickerSearchesAndShowsTypes()
{
    NodePickerDialog picker(m_catalogue);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    auto *search = picker.findChild<QLineEdit *>(u"searchEdit"_s);
    auto *list = picker.findChild<QTreeWidget *>(u"nodeList"_s);
    auto *details = picker.findChild<QTextBrowser *>(u"detailsView"_s);
    QVERIFY(search && list && details);
    QCOMPARE(list->topLevelItemCount(), m_catalogue->size() - [this] {
        int deprecated = 0;
        for (const QString &name : m_catalogue->classNames())
            deprecated += m_catalogue->nodeClass(name)->deprecated ? 1 : 0;
        return deprecated;
    }());
    QTest::keyClicks(search, u"load lora"_s);
    // Every word matches somewhere (name, class, category, types); by name, Load LoRA first.
    QVERIFY(list->topLevelItemCount() >= 2);
    QVERIFY(list->topLevelItemCount() < 10);
    QCOMPARE(picker.selectedClass(), u"LoraLoader"_s);
    QCOMPARE(list->topLevelItem(1)->data(0, Qt::UserRole + 1).toString(), u"LoraModelLoader"_s);
    QCOMPARE(list->currentItem()->text(1), u"loaders"_s);
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(u"model (MODEL)"_s) && text.contains(u"clip (CLIP)"_s) && text.contains(u"Outputs: MODEL, CLIP"_s),
             qPrintable(text));
    // Socket types find nodes too; arrow keys in the search box move through the list.
    search->clear();
    QTest::keyClicks(search, u"UPSCALE_MODEL"_s);
    QVERIFY(list->topLevelItemCount() >= 2);
    const QString first = picker.selectedClass();
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(picker.selectedClass() != first);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(picker.result(), int(QDialog::Accepted));
    QCOMPARE(NodePickerDialog::recentClasses().value(0), picker.selectedClass());
}

void tst_StructureEditor::pickerListsFavouritesAndRecentFirst()
{
    NodePickerDialog::addRecent(u"VAEDecode"_s);
    NodePickerDialog::addRecent(u"KSampler"_s); // most recent first
    NodePickerDialog::setFavourite(u"ImageInvert"_s, true);
    NodePickerDialog picker(m_catalogue);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    auto *list = picker.findChild<QTreeWidget *>(u"nodeList"_s);
    QStringList top;
    for (int i = 0; i < 3; ++i)
        top.append(list->topLevelItem(i)->text(0));
    QCOMPARE(top, (QStringList{u"★ Invert Image"_s, u"◷ KSampler"_s, u"◷ VAE Decode"_s}));
    // Marking the selected node a favourite moves it to the top, for the next dialog too.
    list->setCurrentItem(list->topLevelItem(2));
    picker.findChild<QCheckBox *>(u"favouriteBox"_s)->click();
    QCOMPARE(NodePickerDialog::favouriteClasses(), (QStringList{u"VAEDecode"_s, u"ImageInvert"_s}));
    QCOMPARE(list->topLevelItem(0)->text(0), u"★ VAE Decode"_s);
    screenshot(&picker, u"structure-picker.png"_s);
}

void tst_StructureEditor::contextMenuAddsNodeAfter()
{
    WorkflowEditor editor;
    editor.setGeometry(0, 0, 1100, 760);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(open(editor, u"ui/default.json"_s));
    // The picker, once the menu's "Add Node After…" opens it: search, then OK.
    const auto pick = [this] {
        QTRY_VERIFY(qobject_cast<NodePickerDialog *>(QApplication::activeModalWidget()));
        auto *picker = qobject_cast<NodePickerDialog *>(QApplication::activeModalWidget());
        QTest::keyClicks(picker->findChild<QLineEdit *>(u"searchEdit"_s), u"load lora"_s);
        QCOMPARE(picker->selectedClass(), u"LoraLoader"_s);
        screenshot(picker->parentWidget(), u"structure-add-after.png"_s, picker);
        QTest::keyClick(picker->findChild<QLineEdit *>(u"searchEdit"_s), Qt::Key_Return);
    };
    QVERIFY(chooseFromContextMenu(editor, editor.model()->nodeIndex(u"4"_s), u"addAfterAction"_s, pick));
    // Checked on a worker, then made: the tree follows.
    QTRY_VERIFY(editor.model()->document().node(u"10"_s));
    QTRY_COMPARE(editor.model()->nodeIndex(u"10"_s), currentSource(editor));
    const DocumentNode *lora = editor.model()->document().node(u"10"_s);
    QVERIFY(lora);
    QCOMPARE(lora->classType, u"LoraLoader"_s);
    QCOMPARE(editor.undoStack()->count(), 1);
    QVERIFY(editor.isModified());
    // The sampler's model row now names the LoRA.
    QCOMPARE(editor.model()->inputIndex(u"3"_s, u"model"_s).data().toString(), u"← Load LoRA #10 · MODEL"_s);
    editor.undoStack()->undo();
    QVERIFY(!editor.model()->document().node(u"10"_s));
}

void tst_StructureEditor::contextMenuRemovesAndDuplicates()
{
    WorkflowEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(open(editor, u"ui/default.json"_s));
    QVERIFY(chooseFromContextMenu(editor, editor.model()->nodeIndex(u"6"_s), u"duplicateAction"_s));
    QTRY_VERIFY(editor.model()->document().node(u"10"_s));
    // Removing VAE Decode would leave Save Image without images: refused, said under the tree.
    QVERIFY(chooseFromContextMenu(editor, editor.model()->nodeIndex(u"8"_s), u"removeAction"_s));
    QTRY_VERIFY2(editor.model()->lastError().contains(u"images"_s), qPrintable(editor.model()->lastError()));
    QVERIFY(editor.model()->document().node(u"8"_s));
    QVERIFY(chooseFromContextMenu(editor, editor.model()->nodeIndex(u"10"_s), u"removeAction"_s));
    QTRY_VERIFY(!editor.model()->document().node(u"10"_s));
    QCOMPARE(editor.undoStack()->count(), 2);
}

void tst_StructureEditor::editKeepsExpansionAndSelection()
{
    WorkflowEditor editor;
    editor.setGeometry(0, 0, 1100, 760);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(open(editor, u"ui/default.json"_s));
    auto *tree = editor.findChild<QTreeView *>(u"treeView"_s);
    QVERIFY(chooseFromContextMenu(editor, editor.model()->nodeIndex(u"6"_s), u"duplicateAction"_s));
    QTRY_VERIFY(editor.model()->document().node(u"10"_s));
    // The user's own view: one node folded, one input current and selected.
    tree->collapse(viewIndex(editor, editor.model()->nodeIndex(u"7"_s)));
    const QModelIndex width = viewIndex(editor, editor.model()->inputIndex(u"5"_s, u"width"_s, WorkflowModel::NameColumn));
    tree->setCurrentIndex(width);
    QVERIFY(tree->selectionModel()->isSelected(width));
    QVERIFY(chooseFromContextMenu(editor, editor.model()->nodeIndex(u"10"_s), u"removeAction"_s));
    QTRY_VERIFY(!editor.model()->document().node(u"10"_s));
    // Still folded, still open, still current and selected: no reset of the tree.
    QVERIFY(!tree->isExpanded(viewIndex(editor, editor.model()->nodeIndex(u"7"_s))));
    QVERIFY(tree->isExpanded(viewIndex(editor, editor.model()->nodeIndex(u"3"_s))));
    QCOMPARE(currentSource(editor), editor.model()->inputIndex(u"5"_s, u"width"_s, WorkflowModel::NameColumn));
    QVERIFY(tree->selectionModel()->isSelected(tree->currentIndex()));
    // Undo brings the node back without folding anything either.
    editor.undoStack()->undo();
    QVERIFY(editor.model()->document().node(u"10"_s));
    QVERIFY(!tree->isExpanded(viewIndex(editor, editor.model()->nodeIndex(u"7"_s))));
    QCOMPARE(currentSource(editor), editor.model()->inputIndex(u"5"_s, u"width"_s, WorkflowModel::NameColumn));
}

void tst_StructureEditor::subgraphNodesInTheTree()
{
    WorkflowEditor editor;
    editor.setGeometry(0, 0, 1100, 760);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(open(editor, u"ui/basic-subgraph-zero-uuid.json"_s));
    auto *tree = editor.findChild<QTreeView *>(u"treeView"_s);
    // The nodes inside the subgraph node are rows under it, shown open like the rest.
    const QModelIndex sampler = viewIndex(editor, editor.model()->nodeIndex(u"2:1"_s));
    QVERIFY(sampler.isValid());
    QCOMPARE(sampler.data().toString(), u"KSampler"_s);
    QTRY_VERIFY(tree->isExpanded(sampler.parent()));
    QVERIFY(tree->isExpanded(sampler));
    screenshot(&editor, u"structure-subgraph-tree.png"_s);

    // Nested two deep: remove the innermost node from its row's menu. The edit is made in
    // its definition, and the row goes from under its subgraph node; nothing else folds.
    QVERIFY(open(editor, u"ui/nested_subgraph_installed_model.json"_s));
    const QModelIndex middle = viewIndex(editor, editor.model()->nodeIndex(u"205:76"_s));
    QTRY_VERIFY(tree->isExpanded(middle));
    QVERIFY(chooseFromContextMenu(editor, editor.model()->nodeIndex(u"205:76:203"_s), u"removeAction"_s));
    QTRY_VERIFY(!editor.model()->document().node(u"205:76:203"_s));
    QVERIFY(tree->isExpanded(viewIndex(editor, editor.model()->nodeIndex(u"205:76"_s))));
    QCOMPARE(editor.undoStack()->count(), 1);
    editor.undoStack()->undo();
    QVERIFY(viewIndex(editor, editor.model()->nodeIndex(u"205:76:203"_s)).isValid());
}

void tst_StructureEditor::linkComboRewires()
{
    WorkflowEditor editor;
    editor.setGeometry(0, 0, 1100, 760);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(open(editor, u"ui/default.json"_s));
    auto *tree = editor.findChild<QTreeView *>(u"treeView"_s);
    const QModelIndex index = viewIndex(editor, editor.model()->inputIndex(u"3"_s, u"positive"_s));
    QVERIFY2(index.flags() & Qt::ItemIsEditable, qPrintable(QString::number(int(index.flags())) + u' ' + index.data().toString() + u' ' + QString::number(index.column())));
    tree->scrollTo(index);
    tree->setCurrentIndex(index);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_F2);
    LinkEditor *combo = nullptr;
    QTRY_VERIFY((combo = tree->viewport()->findChild<LinkEditor *>(u"linkCombo"_s)) != nullptr);
    // A required socket: the two CONDITIONING outputs, no empty entry; the current one chosen.
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentText(), u"← CLIP Text Encode (Prompt) #6 · CONDITIONING"_s);
    QCOMPARE(combo->itemText(0), u"← CLIP Text Encode (Prompt) #7 · CONDITIONING"_s);
    if (!qEnvironmentVariableIsEmpty("EASEL_SCREENSHOT_DIR")) {
        combo->showPopup();
        QTRY_VERIFY(combo->view()->isVisible());
        screenshot(&editor, u"structure-link-combo.png"_s, combo->view());
        combo->hidePopup();
    }
    combo->setCurrentIndex(0);
    emit combo->activated(0);
    QTRY_COMPARE(editor.model()->inputIndex(u"3"_s, u"positive"_s).data(WorkflowModel::LinkNodeIdRole).toString(),
                 u"7"_s);
    QCOMPARE(editor.undoStack()->count(), 1);
}

QTEST_MAIN(tst_StructureEditor)
#include "tst_structureeditor.moc"
