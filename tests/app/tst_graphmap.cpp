// The graph map beside the editor's tree: a click on a node selects it in the tree and a
// new current row in the tree selects its node in the map; dragging a node saves its
// position as one undoable edit; an API prompt is laid out off the GUI thread and cannot be
// moved; the wheel zooms around the cursor and F fits; errors reach the map; a subgraph node
// opens in the map (double click, breadcrumb and Backspace back out) and the tree's node
// inside a subgraph opens it; a partly positioned file keeps its positions.
#include "graphlayout.h"
#include "graphmapdock.h"
#include "graphmapview.h"
#include "nodecatalogue.h"
#include "structureedit.h"
#include "workfloweditor.h"

#include <QAbstractProxyModel>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTemporaryDir>
#include <QMainWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_GraphMap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void clickSelectsInTree();
    void treeSelectsInMap();
    void dragMovesNodeUndoably();
    void apiPromptIsLaidOutAndFixed();
    void wheelZoomsAroundCursorAndFFits();
    void errorsReachTheMap();
    void structureEditsReachTheMap();
    void subgraphOpensInTheMap();
    void partlyPositionedFileKeepsItsPositions();

private:
    bool open(const QString &relative);
    QString treeCurrentNode() const;

    std::shared_ptr<const NodeCatalogue> m_catalogue;
    QMainWindow *m_window = nullptr;
    WorkflowEditor *m_editor = nullptr;
    GraphMapDock *m_dock = nullptr;
    GraphMapView *m_map = nullptr;
};

void tst_GraphMap::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/object_info.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_catalogue = std::make_shared<NodeCatalogue>(NodeCatalogue::fromJson(file.readAll()));
}

void tst_GraphMap::init()
{
    m_window = new QMainWindow;
    m_editor = new WorkflowEditor(m_window);
    m_editor->setCatalogue(m_catalogue);
    m_window->setCentralWidget(m_editor);
    m_dock = new GraphMapDock(m_editor, m_window);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_map = m_dock->view();
    m_window->resize(1300, 800);
    m_window->resizeDocks({m_dock}, {650}, Qt::Horizontal);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_GraphMap::cleanup()
{
    m_editor->closeDocument();
    delete m_window;
    m_window = nullptr;
}

bool tst_GraphMap::open(const QString &relative)
{
    QSignalSpy opened(m_editor, &WorkflowEditor::opened);
    m_editor->openFile(QStringLiteral(EASEL_SHARED_DIR "/workflows/") + relative, WorkflowEditor::OpenMode::Discard);
    return opened.wait(5000);
}

QString tst_GraphMap::treeCurrentNode() const
{
    auto *tree = m_editor->findChild<QTreeView *>(u"treeView"_s);
    return tree->currentIndex().data(WorkflowModel::NodeIdRole).toString();
}

void tst_GraphMap::clickSelectsInTree()
{
    QVERIFY(open(u"ui/default.json"_s));
    QTRY_VERIFY(m_map->isLaidOut());
    QCOMPARE(m_map->graph().nodes.size(), 7);
    // The map names nodes as the tree does ("Positive prompt", not CLIPTextEncode's name).
    for (const GraphNode &node : m_map->graph().nodes)
        QCOMPARE(node.title, m_editor->model()->nodeIndex(node.id).data(Qt::DisplayRole).toString());
    for (const QString &id : {u"3"_s, u"9"_s, u"4"_s}) {
        const QRectF rect = m_map->nodeRectInView(id);
        QVERIFY2(QRectF(m_map->rect()).contains(rect), qPrintable(id)); // fitted: all in view
        QTest::mouseClick(m_map, Qt::LeftButton, {}, rect.center().toPoint());
        QCOMPARE(m_map->selectedNode(), id);
        QCOMPARE(treeCurrentNode(), id);
        QVERIFY(m_map->hasFocus()); // F and the wheel still act on the map
    }
    // A click on the background selects nothing new.
    QTest::mouseClick(m_map, Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(m_map->selectedNode(), u"4"_s);
}

void tst_GraphMap::treeSelectsInMap()
{
    QVERIFY(open(u"ui/default.json"_s));
    QTRY_VERIFY(m_map->isLaidOut());
    m_editor->jumpTo(u"8"_s);
    QCOMPARE(m_map->selectedNode(), u"8"_s);
    // An input row selects its node.
    auto *tree = m_editor->findChild<QTreeView *>(u"treeView"_s);
    auto *proxy = qobject_cast<QAbstractProxyModel *>(tree->model());
    const QModelIndex steps = proxy->mapFromSource(m_editor->model()->inputIndex(u"3"_s, u"steps"_s));
    QVERIFY(steps.isValid());
    tree->setCurrentIndex(steps);
    QCOMPARE(m_map->selectedNode(), u"3"_s);
    QVERIFY(QRectF(m_map->rect()).intersects(m_map->nodeRectInView(u"3"_s)));
}

void tst_GraphMap::dragMovesNodeUndoably()
{
    QVERIFY(open(u"ui/default.json"_s));
    QTRY_VERIFY(m_map->isLaidOut());
    QVERIFY(m_map->canMoveNodes());
    const QPointF before = *m_editor->document().nodePosition(u"3"_s);
    QCOMPARE(before, QPointF(863, 186)); // ui/default.json
    const QRectF rect = m_map->nodeRectInView(u"3"_s);
    const QPoint start = rect.center().toPoint();
    const QPoint delta(60, 45);
    QTest::mousePress(m_map, Qt::LeftButton, {}, start);
    QTest::mouseMove(m_map, start + QPoint(10, 5));
    QTest::mouseMove(m_map, start + delta);
    QTest::mouseRelease(m_map, Qt::LeftButton, {}, start + delta);

    const QPointF expected(std::round(before.x() + delta.x() / m_map->scale()),
                           std::round(before.y() + delta.y() / m_map->scale()));
    QCOMPARE(*m_editor->document().nodePosition(u"3"_s), expected);
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QVERIFY(m_editor->isModified());
    QTRY_COMPARE(m_map->nodeRectInView(u"3"_s).topLeft().toPoint(), (rect.topLeft() + delta).toPoint());

    m_editor->undoStack()->undo();
    QCOMPARE(*m_editor->document().nodePosition(u"3"_s), before);
    QTRY_COMPARE(m_map->nodeRectInView(u"3"_s).topLeft().toPoint(), rect.topLeft().toPoint());
    // A click is not a move.
    QTest::mouseClick(m_map, Qt::LeftButton, {}, start);
    QCOMPARE(m_editor->undoStack()->index(), 0);
}

void tst_GraphMap::apiPromptIsLaidOutAndFixed()
{
    GraphLayout::clearCache();
    QVERIFY(open(u"api/default_graph_sdxl1_0.json"_s));
    QTRY_VERIFY(m_map->isLaidOut());
    QCOMPARE(m_map->graph().nodes.size(), m_editor->document().nodes().size());
    for (const GraphNode &node : m_map->graph().nodes)
        QVERIFY(node.placed);
    QVERIFY(GraphLayout::layoutThread() != QThread::currentThread());
    QVERIFY(!m_map->canMoveNodes());
    // A drag on a node pans instead: nothing is edited.
    const QPoint start = m_map->nodeRectInView(m_map->graph().nodes.first().id).center().toPoint();
    const QPointF corner = m_map->nodeRectInView(m_map->graph().nodes.first().id).topLeft();
    QTest::mousePress(m_map, Qt::LeftButton, {}, start);
    QTest::mouseMove(m_map, start + QPoint(10, 0));
    QTest::mouseMove(m_map, start + QPoint(30, 0));
    QTest::mouseRelease(m_map, Qt::LeftButton, {}, start + QPoint(30, 0));
    QCOMPARE(m_editor->undoStack()->count(), 0);
    QCOMPARE(m_map->nodeRectInView(m_map->graph().nodes.first().id).topLeft(), corner + QPointF(30, 0));
}

void tst_GraphMap::wheelZoomsAroundCursorAndFFits()
{
    QVERIFY(open(u"ui/default.json"_s));
    QTRY_VERIFY(m_map->isLaidOut());
    const QRectF rect = m_map->nodeRectInView(u"3"_s);
    const QPointF cursor = rect.topLeft() + QPointF(5, 5);
    const double scale = m_map->scale();
    QWheelEvent wheel(cursor, m_map->mapToGlobal(cursor), {}, QPoint(0, 240), Qt::NoButton, {},
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_map, &wheel);
    QVERIFY(m_map->scale() > scale);
    // The point under the cursor stays there.
    const QRectF zoomed = m_map->nodeRectInView(u"3"_s);
    const QPointF relative = (cursor - rect.topLeft()) / scale;
    QVERIFY(qAbs((zoomed.topLeft() + relative * m_map->scale() - cursor).manhattanLength()) < 0.5);

    m_map->setFocus();
    QTest::keyClick(m_map, Qt::Key_F);
    for (const GraphNode &node : m_map->graph().nodes)
        QVERIFY2(QRectF(m_map->rect()).contains(m_map->nodeRectInView(node.id)), qPrintable(node.id));
}

void tst_GraphMap::errorsReachTheMap()
{
    QVERIFY(open(u"ui/default.json"_s));
    QTRY_VERIFY(m_map->isLaidOut());
    m_editor->model()->setServerErrors({InputError{u"3"_s, u"steps"_s, u"Value 0 smaller than min of 1"_s, true}});
    QTRY_VERIFY(m_map->errorNodes().contains(u"3"_s));
    QVERIFY(m_map->errorNodes().value(u"3"_s).contains(u"smaller than min"_s));
    m_editor->model()->setServerErrors({});
    QTRY_VERIFY(!m_map->errorNodes().contains(u"3"_s));
}

void tst_GraphMap::structureEditsReachTheMap()
{
    QVERIFY(open(u"ui/default.json"_s));
    QTRY_VERIFY(m_map->isLaidOut());
    // Zoomed in: an edit of the same document keeps the view.
    const QPointF cursor = m_map->nodeRectInView(u"3"_s).center();
    QWheelEvent wheel(cursor, m_map->mapToGlobal(cursor), {}, QPoint(0, 240), Qt::NoButton, {},
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_map, &wheel);
    const double scale = m_map->scale();
    const QRectF before = m_map->nodeRectInView(u"3"_s);

    const QString added = m_editor->model()->insertNode(u"4"_s, u"LoraLoader"_s, StructureEdit::Placement::After);
    QVERIFY2(!added.isEmpty(), qPrintable(m_editor->model()->lastError()));
    QTRY_COMPARE(m_map->graph().nodes.size(), 8);
    const int lora = m_map->graph().indexOf(added);
    QVERIFY(lora >= 0);
    QVERIFY(m_map->graph().nodes.at(lora).placed);
    // Its links: from the checkpoint, and on to the nodes that took MODEL and CLIP from it.
    int into = 0;
    int outOf = 0;
    for (const GraphLink &link : m_map->graph().links) {
        into += link.to == lora && m_map->graph().nodes.at(link.from).id == u"4"_s ? 1 : 0;
        outOf += link.from == lora ? 1 : 0;
    }
    QCOMPARE(into, 2);  // MODEL and CLIP
    QCOMPARE(outOf, 3); // KSampler's model, both prompts' clip
    QCOMPARE(m_map->scale(), scale);
    QCOMPARE(m_map->nodeRectInView(u"3"_s), before);

    m_editor->undoStack()->undo();
    QTRY_COMPARE(m_map->graph().nodes.size(), 7);
    QCOMPARE(m_map->graph().indexOf(added), -1);
}

void tst_GraphMap::subgraphOpensInTheMap()
{
    QVERIFY(open(u"ui/nested_subgraph_installed_model.json"_s));
    QTRY_VERIFY(m_map->isLaidOut());
    auto *breadcrumb = m_dock->findChild<QLabel *>(u"graphMapBreadcrumb"_s);
    QVERIFY(breadcrumb);
    QVERIFY(!breadcrumb->isVisible());
    QCOMPARE(m_map->graph().nodes.size(), 1);
    QVERIFY(m_map->canMoveNodes());

    // Double-click the subgraph node: its inside, fitted, with the way back above it.
    QTest::mouseDClick(m_map, Qt::LeftButton, {}, m_map->nodeRectInView(u"205"_s).center().toPoint());
    QCOMPARE(m_map->scope(), u"205"_s);
    QTRY_COMPARE(m_map->graph().scope, u"205"_s);
    QVERIFY(m_map->graph().indexOf(u"205:76"_s) >= 0);
    QVERIFY(breadcrumb->isVisible());
    QVERIFY(breadcrumb->text().contains(u"Depth to Image (Z-Image-Turbo)"_s));
    QVERIFY(!m_map->canMoveNodes()); // read-only inside a subgraph
    for (const GraphNode &node : m_map->graph().nodes)
        QVERIFY2(QRectF(m_map->rect()).contains(m_map->nodeRectInView(node.id)), qPrintable(node.id));

    // And the subgraph inside it.
    QTest::mouseDClick(m_map, Qt::LeftButton, {}, m_map->nodeRectInView(u"205:76"_s).center().toPoint());
    QTRY_COMPARE(m_map->graph().scope, u"205:76"_s);
    QVERIFY(breadcrumb->text().contains(u"Image to Depth Map (Lotus)"_s));
    // A click on a node inside names it by its path, as the tree and the server do.
    QSignalSpy clicked(m_map, &GraphMapView::nodeClicked);
    QTest::mouseClick(m_map, Qt::LeftButton, {}, m_map->nodeRectInView(u"205:76:203"_s).center().toPoint());
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().first().toString(), u"205:76:203"_s);
    QCOMPARE(m_map->selectedNode(), u"205:76:203"_s);
    QCOMPARE(treeCurrentNode(), u"205:76:203"_s); // the tree lists the nodes inside subgraphs
    // The panels are no nodes: a click on one selects nothing.
    QTest::mouseClick(m_map, Qt::LeftButton, {}, m_map->nodeRectInView(u"205:76:-10"_s).center().toPoint());
    QCOMPARE(clicked.size(), 1);

    // Backspace goes up a level; the breadcrumb's first step to the top.
    m_map->setFocus();
    QTest::keyClick(m_map, Qt::Key_Backspace);
    QTRY_COMPARE(m_map->graph().scope, u"205"_s);
    emit breadcrumb->linkActivated(u"#"_s);
    QTRY_VERIFY(m_map->graph().scope.isEmpty());
    QVERIFY(!breadcrumb->isVisible());

    // The running node inside shows on the subgraph node that holds it.
    m_map->setRunningNode(u"205:76:203"_s);
    QCOMPARE(m_map->graph().indexOfShown(m_map->runningNode()), m_map->graph().indexOf(u"205"_s));

    // The tree's current node inside a subgraph opens it in the map; one at the top, the top.
    emit m_editor->currentNodeChanged(u"205:76:203"_s);
    QTRY_COMPARE(m_map->graph().scope, u"205:76"_s);
    QCOMPARE(m_map->selectedNode(), u"205:76:203"_s);
    QVERIFY(QRectF(m_map->rect()).intersects(m_map->nodeRectInView(u"205:76:203"_s)));
    emit m_editor->currentNodeChanged(u"205"_s);
    QTRY_VERIFY(m_map->graph().scope.isEmpty());
    // The same through the tree itself (its current node is still the one clicked above).
    m_editor->jumpTo(u"205"_s);
    QCOMPARE(treeCurrentNode(), u"205"_s);
    QTRY_VERIFY(m_map->graph().scope.isEmpty());
    m_editor->jumpTo(u"205:76:203"_s);
    QCOMPARE(treeCurrentNode(), u"205:76:203"_s);
    QTRY_COMPARE(m_map->graph().scope, u"205:76"_s);
    QCOMPARE(m_map->selectedNode(), u"205:76:203"_s);
    m_editor->jumpTo(u"205"_s);
    QTRY_VERIFY(m_map->graph().scope.isEmpty());

    // Another document starts at its top.
    QTest::mouseDClick(m_map, Qt::LeftButton, {}, m_map->nodeRectInView(u"205"_s).center().toPoint());
    QTRY_COMPARE(m_map->graph().scope, u"205"_s);
    QVERIFY(open(u"ui/default.json"_s));
    QTRY_COMPARE(m_map->graph().nodes.size(), 7);
    QVERIFY(m_map->scope().isEmpty());
}

// A saved file with a node that has no position (written by a tool, or by hand): the map
// keeps the others where the file has them, places it beside its source, and dragging it
// saves its first position.
void tst_GraphMap::partlyPositionedFileKeepsItsPositions()
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/workflows/ui/default.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject workflow = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray nodes = workflow.value(u"nodes"_s).toArray();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        QJsonObject n = nodes.at(i).toObject();
        if (n.value(u"id"_s).toInt() == 9)
            n.remove(u"pos"_s);
        nodes.replace(i, n);
    }
    workflow.insert(u"nodes"_s, nodes);
    QTemporaryDir dir;
    QFile out(dir.filePath(u"partly.json"_s));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(workflow).toJson());
    out.close();
    QSignalSpy opened(m_editor, &WorkflowEditor::opened);
    m_editor->openFile(out.fileName(), WorkflowEditor::OpenMode::Discard);
    QVERIFY(opened.wait(5000));
    QVERIFY(!m_editor->document().nodePosition(u"9"_s));

    QTRY_VERIFY(m_map->isLaidOut());
    QTRY_COMPARE(m_map->graph().nodes.size(), 7);
    const NodeGraph &graph = m_map->graph();
    QCOMPARE(graph.nodes.at(graph.indexOf(u"3"_s)).rect.topLeft(), QPointF(863, 186 - NodeGraph::TitleHeight));
    const QRectF save = graph.nodes.at(graph.indexOf(u"9"_s)).rect;
    QVERIFY(save.left() > graph.nodes.at(graph.indexOf(u"8"_s)).rect.right()); // right of VAE Decode
    QVERIFY(m_map->canMoveNodes());

    const QPoint start = m_map->nodeRectInView(u"9"_s).center().toPoint();
    const QPoint delta(40, 30);
    QTest::mousePress(m_map, Qt::LeftButton, {}, start);
    QTest::mouseMove(m_map, start + QPoint(10, 5));
    QTest::mouseMove(m_map, start + delta);
    QTest::mouseRelease(m_map, Qt::LeftButton, {}, start + delta);
    const std::optional<QPointF> moved = m_editor->document().nodePosition(u"9"_s);
    QVERIFY(moved);
    QCOMPARE(*moved, QPointF(std::round(save.left() + delta.x() / m_map->scale()),
                             std::round(save.top() + NodeGraph::TitleHeight + delta.y() / m_map->scale())));
    QCOMPARE(m_editor->undoStack()->count(), 1);
}

QTEST_MAIN(tst_GraphMap)
#include "tst_graphmap.moc"
