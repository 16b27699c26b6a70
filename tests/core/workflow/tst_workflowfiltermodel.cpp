// The editor's filter: narrowing a needle (typing on) shows exactly what a fresh filter
// with the whole needle shows, also after an edit between two keystrokes; hasChildren()
// (answered without building child mappings) agrees with rowCount(); the Simple view
// follows the favourites.
#include "nodecatalogue.h"
#include "workflowfiltermodel.h"
#include "workflowmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_WorkflowFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typingMatchesAFreshFilter_data();
    void typingMatchesAFreshFilter();
    void editBetweenKeystrokes();
    void hasChildrenAgreesWithRowCount();
    void simpleViewFollowsFavourites();
    void visitorViewShowsValuesOnly();

private:
    WorkflowDocument open(const QString &relative);
    static QStringList visibleRows(const QAbstractItemModel &filter);
    std::shared_ptr<const NodeCatalogue> m_catalogue;
};

void tst_WorkflowFilterModel::initTestCase()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/object_info.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_catalogue = std::make_shared<NodeCatalogue>(NodeCatalogue::fromJson(file.readAll()));
}

WorkflowDocument tst_WorkflowFilterModel::open(const QString &relative)
{
    QString error;
    WorkflowDocument doc = WorkflowDocument::fromFile(QStringLiteral(EASEL_SHARED_DIR "/workflows/") + relative, &error);
    doc.setCatalogue(m_catalogue);
    return doc;
}

// "node" for every shown node and "node/input" for every shown input, in view order.
QStringList tst_WorkflowFilterModel::visibleRows(const QAbstractItemModel &filter)
{
    QStringList rows;
    for (int r = 0; r < filter.rowCount(); ++r) {
        const QModelIndex node = filter.index(r, 0);
        const QString id = node.data(WorkflowModel::NodeIdRole).toString();
        rows << id;
        for (int k = 0; k < filter.rowCount(node); ++k)
            rows << id + u'/' + filter.index(k, 0, node).data(WorkflowModel::InputNameRole).toString();
    }
    return rows;
}

void tst_WorkflowFilterModel::typingMatchesAFreshFilter_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("typed"); // what the filter box holds, one keystroke at a time
    QTest::addRow("node class") << u"ui/default.json"_s
                                << QStringList{u"k"_s, u"ks"_s, u"ksa"_s, u"ksampler"_s, u"ksa"_s, u"k"_s, {}};
    QTest::addRow("value") << u"ui/default.json"_s
                           << QStringList{u"b"_s, u"bo"_s, u"bot"_s, u"bottle"_s, u"Bottle "_s, u"ottle"_s};
    QTest::addRow("id and input") << u"api/sd15_basic.json"_s
                                  << QStringList{u"#"_s, u"#3"_s, u"s"_s, u"se"_s, u"seed"_s, u"eed"_s, u"x"_s};
}

void tst_WorkflowFilterModel::typingMatchesAFreshFilter()
{
    QFETCH(QString, file);
    QFETCH(QStringList, typed);
    WorkflowModel model;
    model.setDocument(open(file));
    QVERIFY(model.rowCount() > 0);
    WorkflowFilterModel typing;
    QAbstractItemModelTester tester(&typing, QAbstractItemModelTester::FailureReportingMode::QtTest);
    typing.setSourceModel(&model);
    for (const QString &text : std::as_const(typed)) {
        typing.setFilterText(text);
        WorkflowFilterModel fresh;
        fresh.setSourceModel(&model);
        fresh.setFilterText(text);
        QCOMPARE(visibleRows(typing), visibleRows(fresh));
        QVERIFY2(typing.rowCount() > 0 || text == u"x"_s, qPrintable(text));
    }
}

void tst_WorkflowFilterModel::editBetweenKeystrokes()
{
    WorkflowModel model;
    model.setDocument(open(u"ui/default.json"_s));
    WorkflowFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    filter.setFilterText(u"zebr"_s);
    QCOMPARE(filter.rowCount(), 0);
    // The prompt now holds the word: the next keystroke must not look only at the
    // previous (no) matches.
    QVERIFY(model.setValue(u"6"_s, u"text"_s, JsonTree::fromString(u"a zebra on a hill"_s)));
    filter.setFilterText(u"zebra"_s);
    QCOMPARE(visibleRows(filter), QStringList({u"6"_s, u"6/text"_s}));
    // And a renamed node is found by its new title.
    QVERIFY(model.setTitle(u"9"_s, u"Zebra output"_s));
    filter.setFilterText(u"zebra "_s); // trimmed: the same needle
    filter.setFilterText(u"zebra out"_s);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(WorkflowModel::NodeIdRole).toString(), u"9"_s);
    // A node that matches by its own text shows all its inputs.
    QCOMPARE(filter.rowCount(filter.index(0, 0)), model.rowCount(model.nodeIndex(u"9"_s)));
}

void tst_WorkflowFilterModel::hasChildrenAgreesWithRowCount()
{
    WorkflowModel model;
    model.setDocument(open(u"ui/default.json"_s));
    WorkflowFilterModel filter;
    filter.setSourceModel(&model);
    for (const int view : {0, 1, 2, 3}) {
        filter.setSimpleView(view & 1);
        filter.setVisitorView(view & 2);
        for (const QString &text : {QString(), u"e"_s, u"seed"_s, u"watermark"_s, u"vae"_s}) {
            filter.setFilterText(text);
            for (int r = 0; r < filter.rowCount(); ++r) {
                const QModelIndex node = filter.index(r, 0);
                QCOMPARE(filter.hasChildren(node), filter.rowCount(node) > 0);
                QVERIFY(!filter.hasChildren(filter.index(r, 1)));
                for (int k = 0; k < filter.rowCount(node); ++k)
                    QVERIFY(!filter.hasChildren(filter.index(k, 0, node)));
            }
        }
    }
}

void tst_WorkflowFilterModel::simpleViewFollowsFavourites()
{
    WorkflowModel model;
    model.setDocument(open(u"ui/linear-basic-app-1.json"_s));
    WorkflowFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    filter.setSimpleView(true);
    QCOMPARE(filter.rowCount(), 1); // what the workflow exposes
    QVERIFY(model.setFavourite(u"4"_s, true));
    QCOMPARE(filter.rowCount(), 2);
    model.undoStack()->undo();
    QCOMPARE(filter.rowCount(), 1);
    filter.setFilterText(u"steps"_s); // text and Simple view together
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.rowCount(filter.index(0, 0)), 1);
    // An input that matches but the Simple view hides does not bring its node.
    filter.setFilterText(u"denoise"_s);
    QCOMPARE(filter.rowCount(), 0);
}

void tst_WorkflowFilterModel::visitorViewShowsValuesOnly()
{
    WorkflowModel model;
    model.setDocument(open(u"api/sd15_basic.json"_s));
    WorkflowFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    // All, as an administrator reads it: the links and the node ids are there.
    QVERIFY(visibleRows(filter).contains(u"8/samples"_s));
    QCOMPARE(filter.index(0, 1).data().toString().contains(u'#'), true);
    filter.setVisitorView(true);
    // A visitor's: the values a person sets, under their nodes; VAE Decode (node 8) has
    // none (its samples and vae are links) and is left out, as are the links of the rest.
    const QStringList rows = visibleRows(filter);
    QVERIFY(!rows.contains(u"8"_s));
    for (const QString &linked : {u"3/model"_s, u"3/positive"_s, u"6/clip"_s, u"9/images"_s})
        QVERIFY2(!rows.contains(linked), qPrintable(linked));
    for (const QString &value : {u"3/seed"_s, u"3/cfg"_s, u"5/width"_s, u"6/text"_s, u"7/text"_s, u"9/filename_prefix"_s})
        QVERIFY2(rows.contains(value), qPrintable(value));
    // Nodes by their labels alone: no "KSampler #3" beside them, none in the tooltip.
    for (int r = 0; r < filter.rowCount(); ++r) {
        QCOMPARE(filter.index(r, 1).data().toString(), QString());
        const QString id = filter.index(r, 0).data(WorkflowModel::NodeIdRole).toString();
        QVERIFY(!filter.index(r, 0).data(Qt::ToolTipRole).toString().contains(u"node "_s + id));
    }
    // The Simple view reads the same way without the visitor's view.
    filter.setVisitorView(false);
    filter.setSimpleView(true);
    QVERIFY(filter.rowCount() > 0);
    for (int r = 0; r < filter.rowCount(); ++r)
        QCOMPARE(filter.index(r, 1).data().toString(), QString());
}

QTEST_GUILESS_MAIN(tst_WorkflowFilterModel)
#include "tst_workflowfiltermodel.moc"
