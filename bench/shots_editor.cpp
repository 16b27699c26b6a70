// Screenshots of the workflow editor for docs/screenshots (not a benchmark; built beside
// them): run under a display, e.g.
//   xvfb-run -a -s "-screen 0 1280x800x24" build/release/bench/shots_editor docs/screenshots
// It writes the default SD1.5 workflow, a 245-node document, an open seed editor and the
// problems panel, each in the light and the dark theme.
#include "inputeditors.h"
#include "nodecatalogue.h"
#include "theme.h"
#include "workfloweditor.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {

bool openAndWait(WorkflowEditor &editor, const QString &path)
{
    QSignalSpy opened(&editor, &WorkflowEditor::opened);
    editor.openFile(path, WorkflowEditor::OpenMode::Discard);
    return opened.wait(5000);
}

void shoot(QWidget &widget, const QString &file)
{
    QTest::qWait(200); // let the layout and the editors settle (a tool, not a test)
    widget.grab().save(file);
    qInfo("wrote %s", qPrintable(file));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"EaselShots"_s);
    QStandardPaths::setTestModeEnabled(true);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"."_s;
    QDir().mkpath(out);
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/object_info.json"));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    auto catalogue = std::make_shared<NodeCatalogue>(NodeCatalogue::fromJson(file.readAll()));
    const QString big = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();

    for (const auto &[theme, name] : {std::pair{ThemeChoice::Light, u"light"_s}, std::pair{ThemeChoice::Dark, u"dark"_s}}) {
        Theme::apply(theme);
        WorkflowEditor editor;
        editor.setCatalogue(catalogue);
        editor.resize(900, 720);
        editor.setWindowTitle(u"Easel"_s);
        editor.show();
        if (!QTest::qWaitForWindowExposed(&editor))
            return 1;
        auto *tree = editor.findChild<QTreeView *>(u"treeView"_s);
        tree->setColumnWidth(0, 300);

        openAndWait(editor, QStringLiteral(EASEL_SHARED_DIR "/workflows/ui/default.json"));
        editor.model()->setFavourite(u"3"_s, true);
        editor.model()->setNodeMode(u"9"_s, 4);
        editor.undoStack()->setClean();
        shoot(editor, out + u"/editor-sd15-"_s + name + u".png"_s);

        // The seed editor open.
        auto *proxy = qobject_cast<QAbstractProxyModel *>(tree->model());
        const QModelIndex seed = proxy->mapFromSource(editor.model()->inputIndex(u"3"_s, u"seed"_s));
        tree->scrollTo(seed);
        tree->setCurrentIndex(seed);
        tree->edit(seed);
        shoot(editor, out + u"/editor-seed-"_s + name + u".png"_s);
        tree->setFocus();
        QTest::keyClick(tree->viewport()->findChild<SeedEditor *>() ? static_cast<QWidget *>(tree->viewport()->findChild<SeedEditor *>()) : tree, Qt::Key_Escape);

        // Simple view.
        editor.findChild<QToolButton *>(u"simpleButton"_s)->setChecked(true);
        shoot(editor, out + u"/editor-simple-"_s + name + u".png"_s);
        editor.findChild<QToolButton *>(u"allButton"_s)->setChecked(true);

        // Problems: a node the server lacks, and the server's node_errors.
        openAndWait(editor, QStringLiteral(EASEL_SHARED_DIR "/workflows/ui/execution_error.json"));
        openAndWait(editor, QStringLiteral(EASEL_SHARED_DIR "/workflows/api/sd15_basic.json"));
        editor.setNodeErrors({{u"4"_s, u"ckpt_name"_s,
                               u"Value not in list: ckpt_name: 'v1-5-pruned-emaonly.safetensors' not in []"_s, true},
                              {u"5"_s, u"width"_s, u"Value 99999 bigger than max of 16384"_s, true}});
        shoot(editor, out + u"/editor-errors-"_s + name + u".png"_s);

        if (!big.isEmpty() && openAndWait(editor, big))
            shoot(editor, out + u"/editor-245-nodes-"_s + name + u".png"_s);
    }
    return 0;
}
