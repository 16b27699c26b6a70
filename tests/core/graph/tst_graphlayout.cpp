// The graph map's shape: positions and groups read from saved workflows, the inside of
// subgraph nodes, API prompts laid out by Graphviz's dot on the layout thread (every node
// placed, no two boxes overlapping, every link going to a later rank), partly positioned files (the saved positions kept, the
// others placed beside their neighbours), the layout cache, and moving a node as an undoable
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

#include <limits>

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
    void subgraphInside_data();
    void subgraphInside();
    void subgraphScopesThatAreNot();
    void apiLayout_data();
    void apiLayout();
    void layoutIsCached();
    void partlyPositioned_data();
    void partlyPositioned();
    void partWithoutPositionsGoesBelow();
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
    static void verifyNoOverlap(const NodeGraph &graph);
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

void tst_GraphLayout::verifyNoOverlap(const NodeGraph &graph)
{
    for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
        const GraphNode &a = graph.nodes.at(i);
        QVERIFY2(a.placed, qPrintable(a.id));
        for (qsizetype j = i + 1; j < graph.nodes.size(); ++j)
            QVERIFY2(!a.rect.intersects(graph.nodes.at(j).rect),
                     qPrintable(a.id + u" overlaps "_s + graph.nodes.at(j).id));
    }
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

// The inside of a subgraph node: its definition's nodes at their saved positions, named by
// their paths as the server runs them (the keys of the expected API prompt), the input and
// output panels at their "bounding", and every link of the definition. A nested subgraph
// opens by its path ("205:76"). At each level, a node inside stands for itself or for the
// subgraph node holding it.
void tst_GraphLayout::subgraphInside_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("scopes"); // outermost first; the last holds the API nodes
    QTest::addColumn<QString>("expected");
    QTest::addRow("basic") << u"ui/basic-subgraph-zero-uuid.json"_s << QStringList{u"2"_s}
                           << u"expected/basic-subgraph-zero-uuid.api.json"_s;
    QTest::addRow("nested") << u"ui/nested_subgraph_installed_model.json"_s << QStringList{u"205"_s, u"205:76"_s}
                            << u"expected/nested_subgraph_installed_model.api.json"_s;
}

void tst_GraphLayout::subgraphInside()
{
    QFETCH(QString, file);
    QFETCH(QStringList, scopes);
    QFETCH(QString, expected);
    const WorkflowDocument doc = open(file);
    const QJsonObject json = readJson(file);
    QHash<QString, QJsonObject> definitions;
    for (const QJsonValue &d : json.value(u"definitions").toObject().value(u"subgraphs").toArray())
        definitions.insert(d.toObject().value(u"id").toString(), d.toObject());

    const NodeGraph top = NodeGraph::fromDocument(doc);
    QVERIFY(top.scope.isEmpty());
    const int first = top.indexOf(scopes.first());
    QVERIFY(first >= 0);
    QVERIFY(definitions.contains(top.nodes.at(first).subgraph));
    QCOMPARE(top.indexOfShown(scopes.first() + u":1"_s), first); // inside it: shown on it

    QJsonArray parentNodes = json.value(u"nodes").toArray();
    for (qsizetype level = 0; level < scopes.size(); ++level) {
        const QString scope = scopes.at(level);
        const std::optional<NodeGraph> inside = NodeGraph::fromSubgraph(doc, scope);
        QVERIFY2(inside, qPrintable(scope));
        QCOMPARE(inside->scope, scope);
        QVERIFY(!inside->needsLayout()); // every node of these files has its position
        // The definition the subgraph node's type names.
        const QString localId = scope.section(u':', -1);
        QString type;
        for (const QJsonValue &n : parentNodes) {
            if (QString::number(n.toObject().value(u"id").toInteger()) == localId)
                type = n.toObject().value(u"type").toString();
        }
        QVERIFY(definitions.contains(type));
        const QJsonObject definition = definitions.value(type);
        const QJsonArray nodes = definition.value(u"nodes").toArray();
        QCOMPARE(inside->nodes.size(), nodes.size() + 2); // and the two panels
        for (const QJsonValue &value : nodes) {
            const QJsonObject n = value.toObject();
            const int i = inside->indexOf(scope + u':' + QString::number(n.value(u"id").toInteger()));
            QVERIFY(i >= 0);
            const GraphNode &node = inside->nodes.at(i);
            QCOMPARE(node.kind, GraphNode::Kind::Node);
            QCOMPARE(node.classType, n.value(u"type").toString());
            QCOMPARE(node.subgraph.isEmpty(), !definitions.contains(node.classType));
            const QJsonArray pos = n.value(u"pos").toArray();
            const QJsonArray size = n.value(u"size").toArray();
            QCOMPARE(node.rect, QRectF(pos.at(0).toDouble(), pos.at(1).toDouble() - NodeGraph::TitleHeight,
                                       size.at(0).toDouble(), size.at(1).toDouble() + NodeGraph::TitleHeight));
        }
        for (const auto &[key, id, kind] : {std::tuple{u"inputNode"_s, u"-10"_s, GraphNode::Kind::Inputs},
                                            std::tuple{u"outputNode"_s, u"-20"_s, GraphNode::Kind::Outputs}}) {
            const int i = inside->indexOf(scope + u':' + id);
            QVERIFY(i >= 0);
            QCOMPARE(inside->nodes.at(i).kind, kind);
            const QJsonArray b = definition.value(key).toObject().value(u"bounding").toArray();
            QCOMPARE(inside->nodes.at(i).rect, QRectF(b.at(0).toDouble(), b.at(1).toDouble(), b.at(2).toDouble(),
                                                      b.at(3).toDouble()));
        }
        // Every link of the definition, the panels' included, between the nodes it names.
        const QJsonArray links = definition.value(u"links").toArray();
        QCOMPARE(inside->links.size(), links.size());
        for (const QJsonValue &value : links) {
            const QJsonObject l = value.toObject();
            const QString from = scope + u':' + QString::number(l.value(u"origin_id").toInteger());
            const QString to = scope + u':' + QString::number(l.value(u"target_id").toInteger());
            const bool found = std::any_of(inside->links.cbegin(), inside->links.cend(), [&](const GraphLink &link) {
                return inside->nodes.at(link.from).id == from && inside->nodes.at(link.to).id == to
                    && link.fromSlot == l.value(u"origin_slot").toInt();
            });
            QVERIFY2(found, qPrintable(from + u" -> "_s + to));
        }
        parentNodes = nodes;
    }
    // The innermost level's nodes are the prompt's, by the same ids.
    const std::optional<NodeGraph> last = NodeGraph::fromSubgraph(doc, scopes.last());
    QStringList ids;
    for (const GraphNode &node : last->nodes) {
        if (node.kind == GraphNode::Kind::Node)
            ids << node.id;
    }
    QStringList prompt = readJson(expected).keys();
    ids.sort();
    prompt.sort();
    QCOMPARE(ids, prompt);
    // The way there, for the breadcrumb: each subgraph node's path and its name.
    const QList<std::pair<QString, QString>> path = NodeGraph::scopePath(doc, scopes.last());
    QCOMPARE(path.size(), scopes.size());
    for (qsizetype i = 0; i < path.size(); ++i) {
        QCOMPARE(path.at(i).first, scopes.at(i));
        QVERIFY(!path.at(i).second.isEmpty());
    }
}

void tst_GraphLayout::subgraphScopesThatAreNot()
{
    const WorkflowDocument nested = open(u"ui/nested_subgraph_installed_model.json"_s);
    QVERIFY(!NodeGraph::fromSubgraph(nested, {}));
    QVERIFY(!NodeGraph::fromSubgraph(nested, u"206"_s));       // no such node
    QVERIFY(!NodeGraph::fromSubgraph(nested, u"205:77"_s));    // no such node inside
    QVERIFY(!NodeGraph::fromSubgraph(nested, u"205:76:203"_s)); // a node, not a subgraph
    QVERIFY(NodeGraph::scopePath(nested, u"205:77"_s).isEmpty());
    QVERIFY(!NodeGraph::fromSubgraph(open(u"ui/default.json"_s), u"3"_s));
    QVERIFY(!NodeGraph::fromSubgraph(open(u"api/sd15_basic.json"_s), u"3"_s));
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

// Some nodes of a saved file without "pos" (added by a tool, or written by hand): the nodes
// that have one stay exactly there, and each missing one goes right of the placed nodes it
// takes links from (left of those it feeds when it takes none), on no other box. A missing
// node linked only to other missing nodes follows them (VAE Decode, then Save Image).
void tst_GraphLayout::partlyPositioned_data()
{
    QTest::addColumn<QStringList>("missing");
    QTest::addRow("the sampler") << QStringList{u"3"_s};
    QTest::addRow("the last node") << QStringList{u"9"_s};
    QTest::addRow("the first node (left of its targets)") << QStringList{u"4"_s};
    QTest::addRow("a chain of two at the end") << QStringList{u"8"_s, u"9"_s};
    QTest::addRow("both prompts and the sampler") << QStringList{u"6"_s, u"7"_s, u"3"_s};
}

void tst_GraphLayout::partlyPositioned()
{
    QFETCH(QStringList, missing);
    GraphLayout::clearCache();
    WorkflowDocument doc = open(u"ui/default.json"_s);
    const NodeGraph whole = NodeGraph::fromDocument(doc);
    for (const QString &id : missing)
        QVERIFY(doc.clearNodePosition(id));
    const NodeGraph graph = NodeGraph::fromDocument(doc);
    QVERIFY(graph.needsLayout());
    QVERIFY(graph.layoutKey() != whole.layoutKey());
    const NodeGraph laid = layOutAndWait(graph);
    QCOMPARE(laid.nodes.size(), whole.nodes.size());
    for (const GraphNode &node : laid.nodes) {
        const GraphNode &saved = whole.nodes.at(whole.indexOf(node.id));
        QCOMPARE(node.rect.size(), saved.rect.size());
        if (!missing.contains(node.id))
            QCOMPARE(node.rect, saved.rect); // the file's position, to the unit
    }
    verifyNoOverlap(laid);
    // Each missing node beside its linked neighbours, the first placed of them deciding.
    for (const QString &id : missing) {
        const int i = laid.indexOf(id);
        const QRectF rect = laid.nodes.at(i).rect;
        bool hasSource = false;
        for (const GraphLink &link : laid.links) {
            if (link.to == i) {
                hasSource = true;
                QVERIFY2(laid.nodes.at(link.from).rect.right() < rect.left(),
                         qPrintable(id + u" is not right of its source "_s + laid.nodes.at(link.from).id));
            }
        }
        if (!hasSource) {
            for (const GraphLink &link : laid.links) {
                if (link.from == i)
                    QVERIFY2(rect.right() < laid.nodes.at(link.to).rect.left(),
                             qPrintable(id + u" is not left of its target "_s + laid.nodes.at(link.to).id));
            }
        }
        // Near its neighbours, not somewhere far below: within the graph's height of one.
        double nearest = std::numeric_limits<double>::infinity();
        for (const GraphLink &link : laid.links) {
            if (link.to == i || link.from == i) {
                const int other = link.to == i ? link.from : link.to;
                nearest = std::min(nearest, std::abs(rect.top() - laid.nodes.at(other).rect.top()));
            }
        }
        QVERIFY2(nearest < whole.bounds().height(), qPrintable(id));
    }
    // Cached by the positions too: moving a placed node is another layout.
    QVERIFY(GraphLayout::cached(graph.layoutKey()));
    QString error;
    QVERIFY(doc.setNodePosition(u"5"_s, QPointF(0, 2000), &error));
    QVERIFY(NodeGraph::fromDocument(doc).layoutKey() != graph.layoutKey());
}

// Nodes of the file that have no position and no link to one that has (here Load Image →
// Preview Image, added by hand): dot lays them out, below every placed node.
void tst_GraphLayout::partWithoutPositionsGoesBelow()
{
    QJsonObject workflow = readJson(u"ui/default.json"_s);
    QJsonArray nodes = workflow.value(u"nodes"_s).toArray();
    nodes.append(QJsonObject{{u"id"_s, 20}, {u"type"_s, u"LoadImage"_s}, {u"mode"_s, 0}, {u"inputs"_s, QJsonArray{}},
                             {u"outputs"_s, QJsonArray{QJsonObject{{u"name"_s, u"IMAGE"_s}, {u"type"_s, u"IMAGE"_s},
                                                                   {u"links"_s, QJsonArray{20}}}}},
                             {u"widgets_values"_s, QJsonArray{u"example.png"_s, u"image"_s}}});
    nodes.append(QJsonObject{{u"id"_s, 21}, {u"type"_s, u"PreviewImage"_s}, {u"mode"_s, 0},
                             {u"inputs"_s, QJsonArray{QJsonObject{{u"name"_s, u"images"_s}, {u"type"_s, u"IMAGE"_s},
                                                                  {u"link"_s, 20}}}},
                             {u"widgets_values"_s, QJsonArray{}}});
    workflow.insert(u"nodes"_s, nodes);
    QJsonArray links = workflow.value(u"links"_s).toArray();
    links.append(QJsonArray{20, 20, 0, 21, 0, u"IMAGE"_s});
    workflow.insert(u"links"_s, links);
    WorkflowDocument doc(JsonTree::parse(QJsonDocument(workflow).toJson()), WorkflowDocument::Format::Saved,
                         u"added.json"_s);
    doc.setCatalogue(m_catalogue);
    const NodeGraph graph = NodeGraph::fromDocument(doc);
    QCOMPARE(graph.nodes.size(), 9);
    QVERIFY(graph.needsLayout());
    double placedBottom = -1e9;
    for (const GraphNode &node : graph.nodes) {
        if (node.placed)
            placedBottom = std::max(placedBottom, node.rect.bottom());
    }
    const NodeGraph laid = layOutAndWait(graph);
    verifyNoOverlap(laid);
    const QRectF load = laid.nodes.at(laid.indexOf(u"20"_s)).rect;
    const QRectF preview = laid.nodes.at(laid.indexOf(u"21"_s)).rect;
    QVERIFY(load.top() > placedBottom);
    QVERIFY(preview.top() > placedBottom);
    QVERIFY(load.right() < preview.left()); // dot's left to right
    for (const GraphNode &node : laid.nodes) {
        if (node.id != u"20"_s && node.id != u"21"_s)
            QCOMPARE(node.rect, graph.nodes.at(graph.indexOf(node.id)).rect);
    }
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
