// The workflow editor widget, offscreen: edit a value with each editor kind, undo it,
// save and reopen; drop a PNG that carries a workflow; see the badge the simulator's
// node_errors leave after it rejects a prompt.
#include "comfyclient.h"
#include "futurecallback.h"
#include "inputdelegate.h"
#include "inputeditors.h"
#include "nodecatalogue.h"
#include "numberedit.h"
#include "simserver.h"
#include "theme.h"
#include "workfloweditor.h"

#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_WorkflowEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void editEachKindUndoSaveReopen();
    void promptsReadAsAnArtistSeesThem();
    void seedReadsWholeInTheDockAt1366();
    void outOfRangeIsRefusedNotClamped();
    void dropPng();
    void nodeErrorsFromTheSimulator();
    void autosaveSurvivesAndIsOffered();
    void seedEditorBelongsToTheView();
    void validationOnAWorker();
    void imageInputShowsItsPicture();
    void problemsSpeakTheTreesWords();
    void queueingReusesAnUnchangedConversion();

private:
    bool open(WorkflowEditor &editor, const QString &path);
    QModelIndex viewIndex(WorkflowEditor &editor, const QString &nodeId, const QString &input);
    template<typename T>
    T *startEditing(WorkflowEditor &editor, const QString &nodeId, const QString &input);

    std::shared_ptr<const NodeCatalogue> m_catalogue;
    QTemporaryDir m_dir;
};

namespace {

// The delegate's text for a cell, as it paints it.
class DelegateProbe : public InputDelegate
{
public:
    using InputDelegate::initStyleOption;
};

} // namespace

void tst_WorkflowEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/object_info.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_catalogue = std::make_shared<NodeCatalogue>(NodeCatalogue::fromJson(file.readAll()));
    QVERIFY(m_dir.isValid());
    // Leftovers of an earlier run would be offered back.
    for (const WorkflowAutosave::Recovery &r : WorkflowEditor::pendingAutosaves())
        QFile::remove(r.autosavePath);
}

bool tst_WorkflowEditor::open(WorkflowEditor &editor, const QString &path)
{
    QSignalSpy opened(&editor, &WorkflowEditor::opened);
    editor.openFile(path);
    return opened.wait(5000);
}

QModelIndex tst_WorkflowEditor::viewIndex(WorkflowEditor &editor, const QString &nodeId, const QString &input)
{
    auto *tree = editor.findChild<QTreeView *>(u"treeView"_s);
    auto *proxy = qobject_cast<QAbstractProxyModel *>(tree->model());
    return proxy->mapFromSource(editor.model()->inputIndex(nodeId, input));
}

template<typename T>
T *tst_WorkflowEditor::startEditing(WorkflowEditor &editor, const QString &nodeId, const QString &input)
{
    auto *tree = editor.findChild<QTreeView *>(u"treeView"_s);
    const QModelIndex index = viewIndex(editor, nodeId, input);
    if (!index.isValid())
        return nullptr;
    tree->setFocus();
    tree->scrollTo(index);
    tree->setCurrentIndex(index);
    QTest::keyClick(tree, Qt::Key_F2); // keyboard only
    // The editor just opened: closed ones linger until deleteLater runs.
    for (int i = 0; i < 50; ++i) {
        for (T *candidate : tree->viewport()->findChildren<T *>()) {
            if (candidate->isVisible())
                return candidate;
        }
        QCoreApplication::processEvents();
    }
    return nullptr;
}

void tst_WorkflowEditor::editEachKindUndoSaveReopen()
{
    WorkflowEditor editor;
    editor.setCatalogue(m_catalogue);
    editor.resize(900, 700);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(open(editor, QStringLiteral(EASEL_SHARED_DIR "/workflows/ui/default.json")));
    QSignalSpy modified(&editor, &WorkflowEditor::modifiedChanged);
    auto *tree = editor.findChild<QTreeView *>(u"treeView"_s);
    QVERIFY(tree);
    // A workflow opens in the Simple view when it has inputs there; the node titles below
    // (Save Image) are in All.
    auto *simple = editor.findChild<QToolButton *>(u"simpleButton"_s);
    auto *all = editor.findChild<QToolButton *>(u"allButton"_s);
    QVERIFY(simple && all);
    QVERIFY(simple->isChecked());
    QVERIFY(!viewIndex(editor, u"9"_s, u"filename_prefix"_s).isValid());
    all->click();
    QVERIFY(!simple->isChecked());
    QVERIFY(viewIndex(editor, u"9"_s, u"filename_prefix"_s).isValid());

    // INT: NumberEdit
    auto *number = startEditing<NumberEdit>(editor, u"3"_s, u"steps"_s);
    QVERIFY(number);
    QCOMPARE(number->value(), u"20"_s);
    QTest::keyClick(number, Qt::Key_Up);
    QCOMPARE(number->value(), u"21"_s);
    number->selectAll();
    QTest::keyClicks(number, u"30"_s);
    QTest::keyClick(number, Qt::Key_Return);
    QTRY_COMPARE(editor.model()->inputIndex(u"3"_s, u"steps"_s).data(Qt::EditRole).toString(), u"30"_s);
    QVERIFY(editor.isModified());
    QCOMPARE(modified.size(), 1);

    // FLOAT
    number = startEditing<NumberEdit>(editor, u"3"_s, u"cfg"_s);
    QVERIFY(number);
    number->setValue(u"6.5"_s);
    QTest::keyClick(number, Qt::Key_Return);
    QTRY_COMPARE(editor.model()->inputIndex(u"3"_s, u"cfg"_s).data(Qt::EditRole).toString(), u"6.5"_s);

    // Seed with control_after_generate
    auto *seed = startEditing<SeedEditor>(editor, u"3"_s, u"seed"_s);
    QVERIFY(seed);
    seed->numberEdit()->setValue(u"18446744073709551615"_s);
    seed->setMode(u"increment"_s);
    QTest::keyClick(seed->numberEdit(), Qt::Key_Return);
    QTRY_COMPARE(editor.model()->inputIndex(u"3"_s, u"seed"_s).data(Qt::EditRole).toString(),
                 u"18446744073709551615"_s);
    QCOMPARE(editor.model()->inputIndex(u"3"_s, u"seed"_s).data(WorkflowModel::ControlModeRole).toString(),
             u"increment"_s);

    // COMBO, searchable
    auto *combo = startEditing<ComboEditor>(editor, u"3"_s, u"sampler_name"_s);
    QVERIFY(combo);
    QVERIFY(combo->comboBox()->count() > 10);
    combo->comboBox()->setCurrentIndex(combo->comboBox()->findData(u"dpmpp_2m"_s));
    QTest::keyClick(combo->comboBox(), Qt::Key_Return);
    QTRY_COMPARE(editor.model()->inputIndex(u"3"_s, u"sampler_name"_s).data(Qt::EditRole).toString(), u"dpmpp_2m"_s);

    // STRING multiline: a real text editor; Ctrl+Enter applies
    auto *text = startEditing<QPlainTextEdit>(editor, u"6"_s, u"text"_s);
    QVERIFY(text);
    text->selectAll();
    QTest::keyClicks(text, u"a {red|blue} fox"_s);
    QTest::keyClick(text, Qt::Key_Return); // a new line, not a commit
    QTest::keyClicks(text, u"in the snow"_s);
    // Ctrl+Enter applies the text and queues (ux.md: Ctrl+Enter queues from anywhere), with
    // the text applied first. It only applied it: the first of three Ctrl+Enter typed after
    // a prompt queued nothing.
    QSignalSpy queued(&editor, &WorkflowEditor::queueRequested);
    QString textWhenQueued;
    connect(&editor, &WorkflowEditor::queueRequested, this, [&] {
        textWhenQueued = editor.model()->inputIndex(u"6"_s, u"text"_s).data(WorkflowModel::ValueTextRole).toString();
    });
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(editor.model()->inputIndex(u"6"_s, u"text"_s).data(WorkflowModel::ValueTextRole).toString(),
                 u"a {red|blue} fox\nin the snow"_s);
    QCOMPARE(queued.count(), 1);
    QCOMPARE(textWhenQueued, u"a {red|blue} fox\nin the snow"_s);
    disconnect(&editor, &WorkflowEditor::queueRequested, this, nullptr);

    // Node title: a line edit
    const QModelIndex node = qobject_cast<QAbstractProxyModel *>(tree->model())
                                 ->mapFromSource(editor.model()->nodeIndex(u"9"_s));
    tree->setCurrentIndex(node);
    QTest::keyClick(tree, Qt::Key_F2);
    QLineEdit *title = nullptr;
    QTRY_VERIFY([&] {
        for (QLineEdit *edit : tree->viewport()->findChildren<QLineEdit *>()) {
            if (edit->isVisible() && !qobject_cast<NumberEdit *>(edit) && !qobject_cast<QComboBox *>(edit->parent()))
                title = edit;
        }
        return title != nullptr;
    }());
    title->selectAll();
    QTest::keyClicks(title, u"Final image"_s);
    QTest::keyClick(title, Qt::Key_Return);
    QTRY_COMPARE(editor.model()->nodeIndex(u"9"_s).data().toString(), u"Final image"_s);

    // BOOLEAN is a check box in the model (Space in the view).
    QCOMPARE(editor.undoStack()->count(), 6);

    // Undo with the keyboard, then redo.
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor.model()->nodeIndex(u"9"_s).data().toString(), u"Save Image"_s);
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(editor.model()->nodeIndex(u"9"_s).data().toString(), u"Final image"_s);
    editor.undoStack()->undo();

    // Save (saved format), reopen: the edits are there and the file is clean.
    const QString path = m_dir.filePath(u"edited.json"_s);
    QString error;
    QVERIFY2(editor.saveAs(path, WorkflowEditor::Format::Saved, &error), qPrintable(error));
    QVERIFY(!editor.isModified());
    QVERIFY(WorkflowEditor::recentFiles().contains(QFileInfo(path).absoluteFilePath()));
    WorkflowEditor reopened;
    reopened.setCatalogue(m_catalogue);
    QVERIFY(open(reopened, path));
    QCOMPARE(reopened.model()->inputIndex(u"3"_s, u"steps"_s).data(Qt::EditRole).toString(), u"30"_s);
    QCOMPARE(reopened.model()->inputIndex(u"3"_s, u"seed"_s).data(Qt::EditRole).toString(), u"18446744073709551615"_s);
    QCOMPARE(reopened.model()->inputIndex(u"3"_s, u"seed"_s).data(WorkflowModel::ControlModeRole).toString(),
             u"increment"_s);
    QCOMPARE(reopened.model()->inputIndex(u"6"_s, u"text"_s).data(WorkflowModel::ValueTextRole).toString(),
             u"a {red|blue} fox\nin the snow"_s);
    QCOMPARE(reopened.model()->nodeIndex(u"9"_s).data().toString(), u"Save Image"_s);
    QVERIFY(!reopened.isModified());

    // The queue path: the prompt has the current seed; then increment applies.
    WorkflowDiagnostics diagnostics;
    const QByteArray prompt = reopened.apiPromptJson(&diagnostics);
    QVERIFY(prompt.contains("\"seed\": 18446744073709551615"));
    QVERIFY(!hasErrors(diagnostics));
    QCOMPARE(reopened.applyAfterQueue(), 0); // already at the maximum: stays
}

// ui/default.json lists the negative prompt (node 7) first; the editor shows the positive
// one first, both named by their role, as text boxes in their rows.
void tst_WorkflowEditor::promptsReadAsAnArtistSeesThem()
{
    WorkflowEditor editor;
    editor.setCatalogue(m_catalogue);
    editor.resize(900, 700);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(open(editor, QStringLiteral(EASEL_SHARED_DIR "/workflows/ui/default.json")));
    auto *tree = editor.findChild<QTreeView *>(u"treeView"_s);
    QAbstractItemModel *view = tree->model();
    QVERIFY(view->rowCount() >= 2);
    QCOMPARE(view->index(0, 0).data().toString(), u"Positive prompt"_s);
    QCOMPARE(view->index(0, 0).data(WorkflowModel::NodeIdRole).toString(), u"6"_s);
    QCOMPARE(view->index(1, 0).data().toString(), u"Negative prompt"_s);
    // The prompt's row is a text box at least three lines high; a number's row is one line.
    const QRect text = tree->visualRect(viewIndex(editor, u"6"_s, u"text"_s));
    const QRect steps = tree->visualRect(viewIndex(editor, u"3"_s, u"steps"_s));
    QVERIFY2(text.height() >= 3 * tree->fontMetrics().lineSpacing(), qPrintable(QString::number(text.height())));
    QVERIFY(steps.height() < 2 * tree->fontMetrics().lineSpacing());
    QCOMPARE(viewIndex(editor, u"3"_s, u"cfg"_s).siblingAtColumn(0).data().toString(), u"CFG"_s);
}

// The workflow dock is 388-408 px wide at 1366x768 (with and without the viewer's details).
// The seed's value and its control mode read whole in the tree ("⟳ r…" behind a 240 px
// name column), and its editor shows every digit (3 of 15) with the mode's word beside.
void tst_WorkflowEditor::seedReadsWholeInTheDockAt1366()
{
    Theme::apply(ThemeChoice::Dark); // the style's frames as the window has them
    const auto restore = qScopeGuard([] { Theme::apply(ThemeChoice::System); });
    WorkflowEditor editor;
    editor.setCatalogue(m_catalogue);
    editor.resize(388, 640);
    editor.show();
    editor.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    QVERIFY(open(editor, QStringLiteral(EASEL_SHARED_DIR "/workflows/ui/default.json")));
    QVERIFY(editor.model()->setValue(u"3"_s, u"seed"_s, JsonTree::fromInt(1091086361120934)));
    auto *tree = editor.findChild<QTreeView *>(u"treeView"_s);
    const QModelIndex seed = viewIndex(editor, u"3"_s, u"seed"_s);
    QVERIFY(seed.isValid());
    QVERIFY(tree->model()->setData(seed, u"randomize"_s, WorkflowModel::ControlModeRole));

    // Every name still whole beside the wider values.
    const int margin = tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1;
    DelegateProbe probe;
    const auto shown = [&](const QModelIndex &index) {
        QStyleOptionViewItem option;
        option.initFrom(tree->viewport());
        option.rect = tree->visualRect(index);
        probe.initStyleOption(&option, index);
        return option;
    };
    for (const QString &input : {u"seed"_s, u"steps"_s, u"scheduler"_s}) {
        const QStyleOptionViewItem name = shown(viewIndex(editor, u"3"_s, input).siblingAtColumn(0));
        QVERIFY2(name.fontMetrics.horizontalAdvance(name.text) + 2 * margin <= name.rect.width(), qPrintable(u"%1: %2 + %3 in %4, column %5"_s.arg(name.text).arg(name.fontMetrics.horizontalAdvance(name.text)).arg(margin).arg(name.rect.width()).arg(tree->columnWidth(0))));
    }
    const QStyleOptionViewItem value = shown(seed);
    QVERIFY2(value.text.startsWith(u"1091086361120934"_s) && value.text.endsWith(u"⟳ randomize"_s), qPrintable(value.text));
    const int needed = value.fontMetrics.horizontalAdvance(value.text) + 2 * margin;
    QVERIFY2(needed <= tree->columnWidth(WorkflowModel::ValueColumn),
             qPrintable(u"%1 px for %2 px"_s.arg(needed).arg(tree->columnWidth(WorkflowModel::ValueColumn))));

    // The editor: every digit in sight (the field does not scroll), the mode's word whole.
    auto *editorWidget = startEditing<SeedEditor>(editor, u"3"_s, u"seed"_s);
    QVERIFY(editorWidget);
    NumberEdit *number = editorWidget->numberEdit();
    QCOMPARE(number->text(), u"1091086361120934"_s);
    number->setCursorPosition(int(number->text().size()));
    const int end = number->inputMethodQuery(Qt::ImCursorRectangle).toRect().center().x();
    number->setCursorPosition(0);
    const int start = number->inputMethodQuery(Qt::ImCursorRectangle).toRect().center().x();
    QVERIFY2(end - start >= number->fontMetrics().horizontalAdvance(number->text()) - 1,
             qPrintable(u"%1 px of %2"_s.arg(end - start).arg(number->fontMetrics().horizontalAdvance(number->text()))));
    QComboBox *mode = editorWidget->modeBox();
    QCOMPARE(mode->currentText(), u"randomize"_s);
    QVERIFY2(mode->width() >= mode->sizeHint().width() / 2,
             qPrintable(u"%1 px of %2"_s.arg(mode->width()).arg(mode->sizeHint().width())));
    // With room, all of it.
    editor.resize(640, 640);
    QTRY_VERIFY2(mode->width() >= mode->sizeHint().width(),
                 qPrintable(u"%1 px of %2"_s.arg(mode->width()).arg(mode->sizeHint().width())));
    editor.undoStack()->setClean(); // no autosave left for the tests after
}

void tst_WorkflowEditor::outOfRangeIsRefusedNotClamped()
{
    WorkflowEditor editor;
    editor.setCatalogue(m_catalogue);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(open(editor, QStringLiteral(EASEL_SHARED_DIR "/workflows/api/sd15_basic.json")));
    auto *number = startEditing<NumberEdit>(editor, u"5"_s, u"width"_s);
    QVERIFY(number);
    number->selectAll();
    QTest::keyClicks(number, u"99999"_s);
    QVERIFY(!number->isAcceptable());
    QVERIFY(number->toolTip().contains(u"16384"_s));
    QCOMPARE(number->value(), u"99999"_s); // as typed
    QTest::keyClick(number, Qt::Key_Return); // refused: the editor stays open
    QVERIFY(number->isVisible());
    QCOMPARE(editor.model()->inputIndex(u"5"_s, u"width"_s).data(Qt::EditRole).toString(), u"512"_s);
    QCOMPARE(editor.undoStack()->count(), 0);
}

void tst_WorkflowEditor::dropPng()
{
    // A ComfyUI output: the workflow in a tEXt chunk.
    QFile workflow(QStringLiteral(EASEL_SHARED_DIR "/workflows/ui/default.json"));
    QVERIFY(workflow.open(QIODevice::ReadOnly));
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    image.setText(u"workflow"_s, QString::fromUtf8(workflow.readAll()));
    const QString png = m_dir.filePath(u"ComfyUI_00001_.png"_s);
    QVERIFY(image.save(png));

    WorkflowEditor editor;
    editor.setCatalogue(m_catalogue);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy opened(&editor, &WorkflowEditor::opened);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(png)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&editor, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&editor, &drop);
    QVERIFY(opened.wait(5000));
    QCOMPARE(editor.model()->rowCount(), 7);
    QCOMPARE(editor.document().format(), WorkflowEditor::Format::Saved);

    // Not a workflow file: refused at the door.
    QMimeData text;
    text.setUrls({QUrl::fromLocalFile(m_dir.filePath(u"notes.txt"_s))});
    QDragEnterEvent other(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    other.setAccepted(false);
    QCoreApplication::sendEvent(&editor, &other);
    QVERIFY(!other.isAccepted());
}

void tst_WorkflowEditor::nodeErrorsFromTheSimulator()
{
    Sim::SimServer sim;
    QVERIFY(sim.listen(QHostAddress::LocalHost, 0) != 0);
    WorkflowEditor editor;
    editor.setCatalogue(m_catalogue);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(open(editor, QStringLiteral(EASEL_SHARED_DIR "/workflows/api/sd15_basic.json")));
    // A value the editor would refuse, put there as a file could have it.
    WorkflowDocument doc = editor.document();
    QString error;
    QVERIFY(doc.setInputValue(u"5"_s, u"width"_s, JsonTree::fromInt(999999), &error,
                              WorkflowDocument::ValueCheck::Unchecked));
    editor.setDocument(doc);
    QVERIFY(!editor.model()->inputIndex(u"5"_s, u"width"_s).data(WorkflowModel::InvalidValueRole).toString().isEmpty());

    ComfyClient client(sim.baseUrl());
    PromptRequest request;
    request.promptJson = editor.apiPromptJson();
    bool done = false;
    QList<InputError> errors;
    onFinished(client.queuePrompt(request), this, [&](const Result<QueuedPrompt> &result) {
        done = true;
        // What the lead's MainWindow does with a rejected prompt.
        for (const NodeError &nodeError : result.error().nodeErrors()) {
            for (const NodeErrorReason &reason : nodeError.reasons)
                errors.append({nodeError.nodeId, reason.inputName, reason.message, true});
        }
    });
    QTRY_VERIFY(done);
    QVERIFY(!errors.isEmpty());
    editor.setNodeErrors(errors);
    const QModelIndex width = editor.model()->inputIndex(u"5"_s, u"width"_s);
    QVERIFY(width.data(WorkflowModel::ErrorRole).toString().contains(u"999999"_s));
    QVERIFY(editor.model()->nodeIndex(u"5"_s).data(WorkflowModel::ErrorRole).toString().contains(u"999999"_s));
    auto *list = editor.findChild<QListWidget *>(u"errorList"_s);
    QVERIFY(list && list->isVisible());
    bool listed = false;
    for (int i = 0; i < list->count(); ++i)
        listed |= list->item(i)->text().startsWith(u"Server:"_s) && list->item(i)->data(Qt::UserRole).toString() == u"5"_s;
    QVERIFY(listed);
    auto *tree = editor.findChild<QTreeView *>(u"treeView"_s);
    QCOMPARE(tree->currentIndex().data(WorkflowModel::NodeIdRole).toString(), u"5"_s); // jumped there
}

void tst_WorkflowEditor::autosaveSurvivesAndIsOffered()
{
    QString path = m_dir.filePath(u"autosave.json"_s);
    QVERIFY(QFile::copy(QStringLiteral(EASEL_SHARED_DIR "/workflows/api/sd15_basic.json"), path));
    {
        WorkflowEditor editor;
        editor.setCatalogue(m_catalogue);
        QVERIFY(open(editor, path));
        QVERIFY(editor.model()->setValue(u"3"_s, u"steps"_s, JsonTree::fromInt(44)));
        // The editor goes away with unsaved work, as in a crash after the autosave.
    }
    const QList<WorkflowAutosave::Recovery> pending = WorkflowEditor::pendingAutosaves();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().originalPath, path);
    WorkflowEditor editor;
    editor.setCatalogue(m_catalogue);
    QVERIFY(editor.restoreAutosave(pending.first()));
    QVERIFY(editor.isModified());
    QCOMPARE(editor.filePath(), path);
    QCOMPARE(editor.model()->inputIndex(u"3"_s, u"steps"_s).data(Qt::EditRole).toString(), u"44"_s);
    QVERIFY(WorkflowEditor::pendingAutosaves().isEmpty());
    QVERIFY(editor.save());
    QVERIFY(!editor.isModified());
}

void tst_WorkflowEditor::seedEditorBelongsToTheView()
{
    // QAbstractItemView's warning pair when a delegate commits and closes a part of an
    // editor (the seed's number) or an editor it already closed.
    QTest::failOnWarning(QRegularExpression(u"does not belong to this view"_s));
    WorkflowEditor editor;
    editor.setCatalogue(m_catalogue);
    editor.resize(900, 700);
    editor.show();
    editor.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    QVERIFY(open(editor, QStringLiteral(EASEL_SHARED_DIR "/workflows/ui/default.json")));
    auto *tree = editor.findChild<QTreeView *>(u"treeView"_s);
    const auto seedOf = [&] { return editor.model()->inputIndex(u"3"_s, u"seed"_s); };

    // Return in the number applies value and mode, as one undo step.
    auto *seed = startEditing<SeedEditor>(editor, u"3"_s, u"seed"_s);
    QVERIFY(seed);
    seed->numberEdit()->setFocus();
    seed->numberEdit()->setValue(u"42"_s);
    seed->setMode(u"randomize"_s);
    QTest::keyClick(seed->numberEdit(), Qt::Key_Return);
    QTRY_COMPARE(seedOf().data(Qt::EditRole).toString(), u"42"_s);
    QCOMPARE(seedOf().data(WorkflowModel::ControlModeRole).toString(), u"randomize"_s);
    QCOMPARE(editor.undoStack()->count(), 1);
    QTRY_VERIFY(!seed->isVisible());

    // Tab stays inside the editor (to its mode); the focus leaving the editor applies it.
    seed = startEditing<SeedEditor>(editor, u"3"_s, u"seed"_s);
    QVERIFY(seed);
    seed->numberEdit()->setFocus();
    QTRY_VERIFY(seed->numberEdit()->hasFocus());
    seed->numberEdit()->setValue(u"43"_s);
    QTest::keyClick(seed->numberEdit(), Qt::Key_Tab);
    QTRY_VERIFY(seed->modeBox()->hasFocus());
    QVERIFY(seed->isVisible());
    QCOMPARE(seedOf().data(Qt::EditRole).toString(), u"42"_s);
    seed->setMode(u"fixed"_s);
    tree->setFocus();
    QTRY_COMPARE(seedOf().data(Qt::EditRole).toString(), u"43"_s);
    QCOMPARE(seedOf().data(WorkflowModel::ControlModeRole).toString(), u"fixed"_s);
    QTRY_VERIFY(!seed->isVisible());

    // Escape leaves the value as it was.
    seed = startEditing<SeedEditor>(editor, u"3"_s, u"seed"_s);
    QVERIFY(seed);
    seed->numberEdit()->setFocus();
    seed->numberEdit()->setValue(u"44"_s);
    QTest::keyClick(seed->numberEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!seed->isVisible());
    QCOMPARE(seedOf().data(Qt::EditRole).toString(), u"43"_s);

    // The next edit after a seed edit, where the warnings used to come.
    auto *number = startEditing<NumberEdit>(editor, u"3"_s, u"steps"_s);
    QVERIFY(number);
    number->setFocus();
    number->setValue(u"25"_s);
    QTest::keyClick(number, Qt::Key_Return);
    QTRY_COMPARE(editor.model()->inputIndex(u"3"_s, u"steps"_s).data(Qt::EditRole).toString(), u"25"_s);
    QCoreApplication::processEvents();
}

// API-format txt2img chains of 7 nodes (KSampler #5, #12, ...), as bench_editor makes them.
static QByteArray chainsWorkflow(int chains)
{
    QByteArray out = "{";
    for (int c = 0; c < chains; ++c) {
        const int b = c * 7;
        auto id = [&](int k) { return QByteArray::number(b + k); };
        out += (c ? ", " : "") + ('"' + id(1) + "\": ")
            + R"({"inputs": {"ckpt_name": "v1-5-pruned-emaonly.safetensors"}, "class_type": "CheckpointLoaderSimple"})";
        out += ", \"" + id(2) + R"(": {"inputs": {"text": "a castle", "clip": [")" + id(1)
            + R"(", 1]}, "class_type": "CLIPTextEncode"})";
        out += ", \"" + id(3) + R"(": {"inputs": {"text": "blurry", "clip": [")" + id(1)
            + R"(", 1]}, "class_type": "CLIPTextEncode"})";
        out += ", \"" + id(4)
            + R"(": {"inputs": {"width": 512, "height": 768, "batch_size": 1}, "class_type": "EmptyLatentImage"})";
        out += ", \"" + id(5) + R"(": {"inputs": {"seed": 1, "steps": 20, "cfg": 8, "sampler_name": "euler", )"
            + R"("scheduler": "normal", "denoise": 1, "model": [")" + id(1) + R"(", 0], "positive": [")" + id(2)
            + R"(", 0], "negative": [")" + id(3) + R"(", 0], "latent_image": [")" + id(4)
            + R"(", 0]}, "class_type": "KSampler"})";
        out += ", \"" + id(6) + R"(": {"inputs": {"samples": [")" + id(5) + R"(", 0], "vae": [")" + id(1)
            + R"(", 2]}, "class_type": "VAEDecode"})";
        out += ", \"" + id(7) + R"(": {"inputs": {"filename_prefix": "x", "images": [")" + id(6)
            + R"(", 0]}, "class_type": "SaveImage"})";
    }
    return out + '}';
}

void tst_WorkflowEditor::validationOnAWorker()
{
    // 2,100 nodes, one KSampler with a step count the spec refuses (from the file).
    WorkflowDocument doc(JsonTree::parse(chainsWorkflow(300)), WorkflowDocument::Format::Api, u"big.json"_s);
    QCOMPARE(doc.nodes().size(), 2100);
    const QString bad = u"1405"_s; // chain 200's KSampler
    QString error;
    QVERIFY(doc.setInputValue(bad, u"steps"_s, JsonTree::fromInt(0), &error, WorkflowDocument::ValueCheck::Unchecked));
    WorkflowEditor editor;
    editor.setCatalogue(m_catalogue);
    const auto badShown = [&] {
        const QList<InputError> errors = editor.model()->errors();
        return std::any_of(errors.cbegin(), errors.cend(), [&](const InputError &e) {
            return e.nodeId == bad && e.inputName == u"steps"_s && !e.fromServer;
        });
    };
    QSignalSpy validated(&editor, &WorkflowEditor::validated);
    editor.setDocument(doc);
    // Not validated on the GUI thread: the findings come through the event loop.
    QVERIFY(!badShown());
    QVERIFY(validated.wait(60000));
    QVERIFY(badShown());
    QVERIFY(editor.model()->inputIndex(bad, u"steps"_s).data(WorkflowModel::ErrorRole).toString().contains(u"minimum"_s));

    // The user fixes it while the document's first validation is still under way: those
    // findings (which have the error) must never be shown over the newer ones.
    editor.setDocument(doc);
    QVERIFY(editor.model()->setValue(bad, u"steps"_s, JsonTree::fromInt(20)));
    bool staleShown = false;
    connect(editor.model(), &WorkflowModel::errorsChanged, this, [&] { staleShown |= badShown(); });
    validated.clear();
    QVERIFY(validated.wait(60000));
    QVERIFY(!staleShown);
    QVERIFY(!badShown());
    QVERIFY(editor.model()->inputIndex(bad, u"steps"_s).data(WorkflowModel::ErrorRole).toString().isEmpty());
}

void tst_WorkflowEditor::imageInputShowsItsPicture()
{
    Sim::SimServer sim;
    QVERIFY(sim.listen(QHostAddress::LocalHost, 0) != 0);
    ComfyClient client(sim.baseUrl());
    // A picture in the server's input folder, as an upload leaves it.
    QImage picture(400, 200, QImage::Format_RGB32);
    picture.fill(QColor(0xd0, 0x20, 0x30));
    QByteArray png;
    QBuffer buffer(&png);
    QVERIFY(buffer.open(QIODevice::WriteOnly) && picture.save(&buffer, "PNG"));
    QString uploaded;
    onFinished(client.uploadImage(png, u"red.png"_s, u"pictures"_s), this, [&](const Result<UploadResult> &result) {
        uploaded = result.isOk() ? result.value().subfolder + u'/' + result.value().name : u"failed"_s;
    });
    QTRY_VERIFY_WITH_TIMEOUT(!uploaded.isEmpty(), 30000);
    QCOMPARE(uploaded, u"pictures/red.png"_s);

    WorkflowEditor editor;
    editor.setCatalogue(m_catalogue);
    editor.setClient(&client);
    editor.resize(900, 600);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const QByteArray json = R"({"1": {"inputs": {"image": "pictures/red.png"}, "class_type": "LoadImage"},
        "2": {"inputs": {"image": "nowhere.png"}, "class_type": "LoadImage"}})";
    editor.setDocument(WorkflowDocument(JsonTree::parse(json), WorkflowDocument::Format::Api, u"load.json"_s));
    auto *tree = editor.findChild<QTreeView *>(u"treeView"_s);
    auto *delegate = qobject_cast<InputDelegate *>(tree->itemDelegate());
    QVERIFY(delegate);
    QTRY_VERIFY_WITH_TIMEOUT(!delegate->thumbnail(u"1"_s, u"image"_s).isNull(), 30000); // fetched, decoded
    const QImage thumb = delegate->thumbnail(u"1"_s, u"image"_s);
    QCOMPARE(thumb.size(), QSize(64, 32)); // at most 64 pixels, the picture's shape
    QCOMPARE(QColor(thumb.pixel(32, 16)), QColor(0xd0, 0x20, 0x30));
    QVERIFY(delegate->thumbnail(u"2"_s, u"image"_s).isNull()); // the server has no such file
    tree->grab().save(m_dir.filePath(u"thumbnail.png"_s));
    if (qEnvironmentVariableIsSet("EASEL_SHOTS_DIR"))
        tree->grab().save(qEnvironmentVariable("EASEL_SHOTS_DIR") + u"/editor-thumbnail.png"_s);

    // Another file: the picture follows the value; undo brings the first back.
    QVERIFY(editor.model()->setValue(u"1"_s, u"image"_s, JsonTree::fromString(u"nowhere.png"_s)));
    QTRY_VERIFY(delegate->thumbnail(u"1"_s, u"image"_s).isNull());
    editor.undoStack()->undo();
    QCOMPARE(QColor(delegate->thumbnail(u"1"_s, u"image"_s).pixel(32, 16)), QColor(0xd0, 0x20, 0x30));
}

// The Problems panel names nodes and inputs as the tree does, the linked node too; the
// ids are in the tooltip only.
void tst_WorkflowEditor::problemsSpeakTheTreesWords()
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/workflows/api/sd15_basic.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject prompt = QJsonDocument::fromJson(file.readAll()).object();
    // The sampler's latent from the negative prompt: CONDITIONING where LATENT is taken.
    QJsonObject sampler = prompt.value("3"_L1).toObject();
    QJsonObject inputs = sampler.value("inputs"_L1).toObject();
    inputs.insert("latent_image"_L1, QJsonArray{u"7"_s, 0});
    sampler.insert("inputs"_L1, inputs);
    prompt.insert("3"_L1, sampler);
    const QString path = m_dir.filePath(u"badlink.json"_s);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(prompt).toJson());
    out.close();

    WorkflowEditor editor;
    editor.setCatalogue(m_catalogue);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(open(editor, path));
    auto *list = editor.findChild<QListWidget *>(u"errorList"_s);
    QVERIFY(list);
    QTRY_VERIFY_WITH_TIMEOUT(list->count() > 0, 10000);
    QListWidgetItem *found = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == u"3"_s
            && list->item(i)->data(Qt::UserRole + 1).toString() == u"latent_image"_s)
            found = list->item(i);
    }
    QVERIFY(found);
    QCOMPARE(found->text(), u"KSampler · Latent image: takes LATENT, but Negative prompt gives CONDITIONING"_s);
    QVERIFY(found->toolTip().contains(u"node 3"_s));
    QVERIFY(found->toolTip().contains(u"latent_image"_s));
}

// Runs queued one after another: an unchanged document is converted once, and every edit
// (a value, undo, control_after_generate, a new catalogue) makes the next prompt afresh.
void tst_WorkflowEditor::queueingReusesAnUnchangedConversion()
{
    WorkflowEditor editor;
    editor.setCatalogue(m_catalogue);
    QVERIFY(open(editor, QStringLiteral(EASEL_SHARED_DIR "/workflows/ui/default.json")));
    const int start = editor.promptConversions();
    WorkflowDiagnostics firstFindings;
    JsonTree tree;
    const QByteArray prompt = editor.apiPromptJson(&firstFindings, &tree);
    QVERIFY(!prompt.isEmpty());
    QCOMPARE(editor.promptConversions(), start + 1);
    // The tree handed out is the prompt's text (the queue keeps it instead of parsing).
    QVERIFY(tree == JsonTree::parse(prompt));
    const QByteArray saved = editor.savedWorkflowJson();
    QVERIFY(!saved.isEmpty());

    WorkflowDiagnostics again;
    JsonTree againTree;
    QCOMPARE(editor.apiPromptJson(&again, &againTree), prompt);
    QCOMPARE(again.size(), firstFindings.size());
    QVERIFY(againTree == tree);
    QCOMPARE(editor.savedWorkflowJson(), saved);
    QCOMPARE(editor.promptConversions(), start + 1);

    // An edit after queueing changes the next prompt and the saved workflow.
    QVERIFY(editor.model()->setValue(u"3"_s, u"steps"_s, JsonTree::fromInt(7)));
    const QByteArray edited = editor.apiPromptJson();
    QCOMPARE(editor.promptConversions(), start + 2);
    const JsonTree editedTree = JsonTree::parse(edited);
    QCOMPARE(editedTree.find(u"3")->find(u"inputs")->find(u"steps")->toNumber().toInt(), 7);
    QVERIFY(editor.savedWorkflowJson() != saved);
    editor.undoStack()->undo();
    QCOMPARE(editor.apiPromptJson(), prompt);
    QCOMPARE(editor.savedWorkflowJson(), saved);
    QCOMPARE(editor.promptConversions(), start + 3);

    // control_after_generate after queueing (the KSampler's seed randomizes) is an edit
    // like any other.
    QCOMPARE(editor.applyAfterQueue(), 1);
    const QByteArray next = editor.apiPromptJson();
    QVERIFY(next != prompt);
    const JsonTree nextTree = JsonTree::parse(next);
    QVERIFY(!(*nextTree.find(u"3")->find(u"inputs")->find(u"seed") == *tree.find(u"3")->find(u"inputs")->find(u"seed")));
    QCOMPARE(editor.promptConversions(), start + 4);
    const int beforeCatalogue = editor.promptConversions();
    editor.setCatalogue(std::make_shared<NodeCatalogue>(*m_catalogue));
    editor.apiPromptJson();
    QCOMPARE(editor.promptConversions(), beforeCatalogue + 1);
}

QTEST_MAIN(tst_WorkflowEditor)
#include "tst_workfloweditor.moc"
