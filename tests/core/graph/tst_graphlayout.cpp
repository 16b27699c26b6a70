// The graph map's shape: positions and groups read from saved workflows, API prompts laid
// out by Graphviz's dot on the layout thread (every node placed, no two boxes overlapping,
// every link going to a later rank), the layout cache, and moving a node as an undoable
// edit that is saved into the file and leaves everything else as it was.
#include "graphlayout.h"
#include "nodecatalogue.h"
#include "nodegraph.h"
#include "workflowdocument.h"
#include "workflowmodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_GraphLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void savedPositions_data();
    void savedPositions();
    void groupsAreFrames();
    void apiLayout_data();
    void apiLayout();
    void layoutIsCached();
    void moveNodeIsUndoable();
    void apiPromptsKeepNoPositions();

private:
    static QString path(const QString &relative)
    {
        return QStringLiteral(EASEL_SHARED_DIR "/workflows/") + relative;
    }
    WorkflowDocument open(const QString &relative);
    static QJsonObject readJson(const QString &file);
    static NodeGraph layOutAndWait(const NodeGraph &graph);
    std::shared_ptr<const NodeCatalogue> m_catalogue;
};

void tst_GraphLayout::initTestCase()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/object_info.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_catalogue = std::make_shared<NodeCatalogue>(NodeCatalogue::fromJson(file.readAll()));
}

WorkflowDocument tst_GraphLayout::open(const QString &relative)
{
    QString error;
    WorkflowDocument doc = WorkflowDocument::fromFile(path(relative), &error);
    if (doc.isNull())
        qFatal("%s", qPrintable(error));
    doc.setCatalogue(m_catalogue);
    return doc;
}

QJsonObject tst_GraphLayout::readJson(const QString &file)
{
    QFile f(path(file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

NodeGraph tst_GraphLayout::layOutAndWait(const NodeGraph &graph)
{
    QFuture<NodeGraph> future = GraphLayout::layOut(graph);
    future.waitForFinished();
    return future.result();
}

// Positions are the file's own: "pos" is the body's corner under a 30-unit title bar,
// "size" the body's size; [x, y] or an old frontend's {"0": x, "1": y}.
void tst_GraphLayout::savedPositions_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("default (arrays)") << u"ui/default.json"_s;
    QTest::addRow("old frontend (objects)") << u"ui/old_workflow_converted_input.json"_s;
    QTest::addRow("primitive node") << u"ui/primitive_node.json"_s;
}

void tst_GraphLayout::savedPositions()
{
    QFETCH(QString, file);
    const NodeGraph graph = NodeGraph::fromDocument(open(file));
    QVERIFY(!graph.needsLayout());
    const QJsonArray nodes = readJson(file).value(u"nodes").toArray();
    QCOMPARE(graph.nodes.size(), nodes.size());
    for (const QJsonValue &value : nodes) {
        const QJsonObject n = value.toObject();
        const QString id = QString::number(n.value(u"id").toInteger());
        const int i = graph.indexOf(id);
        QVERIFY2(i >= 0, qPrintable(id));
        const QJsonValue pos = n.value(u"pos");
        const double x = pos.isArray() ? pos.toArray().at(0).toDouble() : pos.toObject().value(u"0").toDouble();
        const double y = pos.isArray() ? pos.toArray().at(1).toDouble() : pos.toObject().value(u"1").toDouble();
        const QRectF rect = graph.nodes.at(i).rect;
        QCOMPARE(rect.left(), x);
        QCOMPARE(rect.top(), y - NodeGraph::TitleHeight);
        const QJsonValue size = n.value(u"size");
        if (size.isArray()) {
            QCOMPARE(rect.width(), size.toArray().at(0).toDouble());
            QCOMPARE(rect.height(), size.toArray().at(1).toDouble() + NodeGraph::TitleHeight);
        }
    }
    // Links: one per linked input of the file whose source is a node.
    int linked = 0;
    for (const QJsonValue &value : nodes) {
        for (const QJsonValue &input : value.toObject().value(u"inputs").toArray())
            linked += input.toObject().value(u"link").isDouble() ? 1 : 0;
    }
    QCOMPARE(graph.links.size(), linked);
}

void tst_GraphLayout::groupsAreFrames()
{
    QJsonObject workflow = readJson(u"ui/default.json"_s);
    workflow.insert(u"groups"_s, QJsonArray{QJsonObject{{u"title"_s, u"Prompts"_s},
                                                        {u"bounding"_s, QJsonArray{400, 150, 460, 460}},
                                                        {u"color"_s, u"#b58b2a"_s}},
                                            QJsonObject{{u"title"_s, u"broken"_s}, {u"bounding"_s, u"x"_s}}});
    WorkflowDocument doc(JsonTree::parse(QJsonDocument(workflow).toJson()), WorkflowDocument::Format::Saved,
                         u"groups.json"_s);
    const NodeGraph graph = NodeGraph::fromDocument(doc);
    QCOMPARE(graph.groups.size(), 1); // the one without a usable rectangle is left out
    QCOMPARE(graph.groups.first().title, u"Prompts"_s);
    QCOMPARE(graph.groups.first().rect, QRectF(400, 150, 460, 460));
    QCOMPARE(graph.groups.first().color, u"#b58b2a"_s);
}

void tst_GraphLayout::apiLayout_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("sd15") << u"api/sd15_basic.json"_s;
    QTest::addRow("sdxl") << u"api/default_graph_sdxl1_0.json"_s;
    QTest::addRow("default, saved, without its positions") << u"ui/default.json"_s;
}

void tst_GraphLayout::apiLayout()
{
    QFETCH(QString, file);
    GraphLayout::clearCache();
    WorkflowDocument doc = open(file);
    if (doc.format() == WorkflowDocument::Format::Saved) {
        for (const DocumentNode &n : doc.nodes())
            QVERIFY(doc.clearNodePosition(n.id));
    }
    const NodeGraph graph = NodeGraph::fromDocument(doc);
    QVERIFY(graph.needsLayout());
    QVERIFY(!graph.links.isEmpty());
    const NodeGraph laid = layOutAndWait(graph);

    // Off this thread, always on the same one.
    QVERIFY(GraphLayout::layoutThread());
    QVERIFY(GraphLayout::layoutThread() != QThread::currentThread());
    QCOMPARE(laid.nodes.size(), doc.nodes().size());
    for (qsizetype i = 0; i < laid.nodes.size(); ++i) {
        const GraphNode &a = laid.nodes.at(i);
        QVERIFY2(a.placed, qPrintable(a.id));
        QCOMPARE(a.rect.size(), graph.nodes.at(i).rect.size()); // boxes keep their sizes
        for (qsizetype j = i + 1; j < laid.nodes.size(); ++j)
            QVERIFY2(!a.rect.intersects(laid.nodes.at(j).rect), qPrintable(a.id + u" overlaps "_s + laid.nodes.at(j).id));
    }
    // Left to right: each link ends in a later rank than it starts.
    for (const GraphLink &link : laid.links) {
        const QRectF &from = laid.nodes.at(link.from).rect;
        const QRectF &to = laid.nodes.at(link.to).rect;
        QVERIFY2(from.right() < to.left(),
                 qPrintable(laid.nodes.at(link.from).id + u" -> "_s + laid.nodes.at(link.to).id));
    }
}

void tst_GraphLayout::layoutIsCached()
{
    GraphLayout::clearCache();
    WorkflowDocument doc = open(u"api/sd15_basic.json"_s);
    const NodeGraph graph = NodeGraph::fromDocument(doc);
    QVERIFY(!GraphLayout::cached(graph.layoutKey()));
    const NodeGraph first = layOutAndWait(graph);
    QVERIFY(GraphLayout::cached(graph.layoutKey()));

    // A value edit keeps the shape, and so the layout: it comes back at once.
    QString error;
    QVERIFY(doc.setInputValue(u"3"_s, u"steps"_s, JsonTree::fromInt(31), &error));
    const NodeGraph edited = NodeGraph::fromDocument(doc);
    QCOMPARE(edited.layoutKey(), graph.layoutKey());
    QFuture<NodeGraph> again = GraphLayout::layOut(edited);
    QVERIFY(again.isFinished());
    for (qsizetype i = 0; i < first.nodes.size(); ++i)
        QCOMPARE(again.result().nodes.at(i).rect, first.nodes.at(i).rect);

    // Another shape is another layout.
    const NodeGraph other = NodeGraph::fromDocument(open(u"api/default_graph_sdxl1_0.json"_s));
    QVERIFY(other.layoutKey() != graph.layoutKey());
    QVERIFY(!GraphLayout::cached(other.layoutKey()));
}

void tst_GraphLayout::moveNodeIsUndoable()
{
    WorkflowModel model;
    model.setDocument(open(u"ui/default.json"_s));
    const QJsonObject original = readJson(u"ui/default.json"_s);
    QSignalSpy edited(&model, &WorkflowModel::documentEdited);

    QVERIFY(model.setNodePosition(u"3"_s, QPointF(900, 250)));
    QCOMPARE(edited.size(), 1);
    QCOMPARE(model.document().nodePosition(u"3"_s), std::optional<QPointF>(QPointF(900, 250)));
    const NodeGraph moved = NodeGraph::fromDocument(model.document());
    QCOMPARE(moved.nodes.at(moved.indexOf(u"3"_s)).rect.topLeft(),
             QPointF(900, 250 - NodeGraph::TitleHeight));

    // Saved: node 3's pos, and nothing else, differs from the file.
    QString error;
    const QByteArray saved = model.document().toJson(WorkflowDocument::Format::Saved, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QJsonObject written = QJsonDocument::fromJson(saved).object();
    QJsonArray nodes = written.value(u"nodes").toArray();
    QJsonArray expectedNodes = original.value(u"nodes").toArray();
    QCOMPARE(nodes.size(), expectedNodes.size());
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        QJsonObject n = nodes.at(i).toObject();
        QJsonObject e = expectedNodes.at(i).toObject();
        if (n.value(u"id").toInteger() == 3) {
            QCOMPARE(n.value(u"pos").toArray(), (QJsonArray{900, 250}));
            n.remove(u"pos");
            e.remove(u"pos");
        }
        QCOMPARE(n, e);
    }
    written.remove(u"nodes");
    QJsonObject rest = original;
    rest.remove(u"nodes");
    QCOMPARE(written, rest);

    // Undo puts it back where the file had it; redo moves it again.
    model.undoStack()->undo();
    QCOMPARE(model.document().nodePosition(u"3"_s), std::optional<QPointF>(QPointF(863, 186)));
    model.undoStack()->redo();
    QCOMPARE(model.document().nodePosition(u"3"_s), std::optional<QPointF>(QPointF(900, 250)));
}

void tst_GraphLayout::apiPromptsKeepNoPositions()
{
    WorkflowModel model;
    model.setDocument(open(u"api/sd15_basic.json"_s));
    QVERIFY(!model.setNodePosition(u"3"_s, QPointF(10, 10)));
    QVERIFY(!model.lastError().isEmpty());
    QCOMPARE(model.undoStack()->count(), 0);
    QVERIFY(!model.document().nodePosition(u"3"_s));
}

QTEST_GUILESS_MAIN(tst_GraphLayout)
#include "tst_graphlayout.moc"
