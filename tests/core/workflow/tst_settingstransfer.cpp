// "Use these settings" on the open workflow: an output's API prompt (the shared fixtures'
// expected conversions, with the values a run changed) becomes edits of the same graph,
// applied through WorkflowModel as one undo step; a different graph is reported, not
// applied; values the spec or the edit guard refuse are left out and named.
#include "nodecatalogue.h"
#include "settingstransfer.h"
#include "workflowmodel.h"

#include <QFile>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_SettingsTransfer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameGraphUnchangedHasNothingToDo_data();
    void sameGraphUnchangedHasNothingToDo();
    void appliesChangedValuesInOneUndoStep_data();
    void appliesChangedValuesInOneUndoStep();
    void differentGraphIsReported();
    void refusedValuesAreNamed();
    void unreadablePrompt();

private:
    WorkflowDocument open(const QString &relative) const;
    static JsonTree readJson(const QString &relative);
    std::shared_ptr<const NodeCatalogue> m_catalogue;
};

void tst_SettingsTransfer::initTestCase()
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/object_info.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_catalogue = std::make_shared<NodeCatalogue>(NodeCatalogue::fromJson(file.readAll()));
}

WorkflowDocument tst_SettingsTransfer::open(const QString &relative) const
{
    QString error;
    WorkflowDocument doc = WorkflowDocument::fromFile(QStringLiteral(EASEL_SHARED_DIR "/workflows/") + relative, &error);
    doc.setCatalogue(m_catalogue);
    return doc;
}

JsonTree tst_SettingsTransfer::readJson(const QString &relative)
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/workflows/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return JsonTree::parse(file.readAll());
}

void tst_SettingsTransfer::sameGraphUnchangedHasNothingToDo_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("prompt");
    // An API workflow against itself, and saved workflows against the prompt the fixtures
    // say they convert to: the same graph with the same values.
    QTest::newRow("api") << u"api/sd15_basic.json"_s << u"api/sd15_basic.json"_s;
    QTest::newRow("saved") << u"ui/default.json"_s << u"expected/default.api.json"_s;
    QTest::newRow("saved with primitive") << u"ui/primitive_node.json"_s << u"expected/primitive_node.api.json"_s;
}

void tst_SettingsTransfer::sameGraphUnchangedHasNothingToDo()
{
    QFETCH(QString, document);
    QFETCH(QString, prompt);
    const WorkflowDocument doc = open(document);
    QVERIFY(!doc.isNull());
    const JsonTree tree = readJson(prompt);
    QVERIFY(tree.isObject());
    const SettingsTransfer plan = SettingsTransfer::plan(doc, tree.toPython());
    QVERIFY2(plan.sameGraph(), qPrintable(plan.error + plan.differences.join(u"; "_s)));
    QVERIFY2(plan.changes.isEmpty(), qPrintable(plan.changes.value(0).nodeId + u'.' + plan.changes.value(0).input));
}

void tst_SettingsTransfer::appliesChangedValuesInOneUndoStep_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("prompt");
    QTest::newRow("api") << u"api/sd15_basic.json"_s << u"api/sd15_basic.json"_s;
    QTest::newRow("saved") << u"ui/default.json"_s << u"expected/default.api.json"_s;
}

void tst_SettingsTransfer::appliesChangedValuesInOneUndoStep()
{
    QFETCH(QString, document);
    QFETCH(QString, prompt);
    WorkflowModel model;
    model.setDocument(open(document));
    JsonTree tree = readJson(prompt);
    // What a run used: a 64-bit seed, other steps and another prompt text.
    const JsonTree seed = JsonTree::parse("18446744073709551615");
    tree.findMutable(u"3")->findMutable(u"inputs")->insert(u"seed"_s, seed);
    tree.findMutable(u"3")->findMutable(u"inputs")->insert(u"steps"_s, JsonTree::fromInt(31));
    tree.findMutable(u"6")->findMutable(u"inputs")->insert(u"text"_s, JsonTree::fromString(u"a red fox"_s));
    const JsonTree seedBefore = model.document().inputValue(u"3"_s, u"seed"_s);
    const JsonTree stepsBefore = model.document().inputValue(u"3"_s, u"steps"_s);
    const JsonTree textBefore = model.document().inputValue(u"6"_s, u"text"_s);

    const SettingsTransfer plan = SettingsTransfer::plan(model.document(), tree.toPython());
    QVERIFY(plan.sameGraph());
    QStringList changed;
    for (const WorkflowDocument::ValueChange &change : plan.changes)
        changed.append(change.nodeId + u'.' + change.input);
    changed.sort();
    QCOMPARE(changed, (QStringList{u"3.seed"_s, u"3.steps"_s, u"6.text"_s}));

    QStringList refused;
    QCOMPARE(model.setValues(plan.changes, u"Use settings"_s, &refused), 3);
    QVERIFY2(refused.isEmpty(), qPrintable(refused.join(u"; "_s)));
    QCOMPARE(model.document().inputValue(u"3"_s, u"seed"_s), seed);
    QCOMPARE(model.document().inputValue(u"3"_s, u"seed"_s).toPython(), QByteArray("18446744073709551615"));
    QCOMPARE(model.document().inputValue(u"3"_s, u"steps"_s), JsonTree::fromInt(31));
    QCOMPARE(model.document().inputValue(u"6"_s, u"text"_s), JsonTree::fromString(u"a red fox"_s));
    // The prompt the editor would queue now carries the output's seed.
    QVERIFY(model.document().toApiPrompt().prompt.toPython().contains("18446744073709551615"));

    // One step back undoes all of it; forward again redoes it.
    QCOMPARE(model.undoStack()->count(), 1);
    QCOMPARE(model.undoStack()->undoText(), u"Use settings"_s);
    model.undoStack()->undo();
    QCOMPARE(model.document().inputValue(u"3"_s, u"seed"_s), seedBefore);
    QCOMPARE(model.document().inputValue(u"3"_s, u"steps"_s), stepsBefore);
    QCOMPARE(model.document().inputValue(u"6"_s, u"text"_s), textBefore);
    model.undoStack()->redo();
    QCOMPARE(model.document().inputValue(u"3"_s, u"seed"_s), seed);

    // Applying the same settings again changes nothing and adds no step.
    const SettingsTransfer again = SettingsTransfer::plan(model.document(), tree.toPython());
    QVERIFY(again.changes.isEmpty());
    QCOMPARE(model.setValues(again.changes, u"Use settings"_s), 0);
    QCOMPARE(model.undoStack()->count(), 1);
}

void tst_SettingsTransfer::differentGraphIsReported()
{
    const WorkflowDocument doc = open(u"ui/default.json"_s);
    JsonTree tree = readJson(u"expected/default.api.json"_s);
    QVERIFY(tree.remove(u"9"));                                         // SaveImage gone
    tree.findMutable(u"3")->insert(u"class_type"_s, JsonTree::fromString(u"KSamplerAdvanced"_s));
    JsonTree extra = JsonTree::object();
    extra.insert(u"class_type"_s, JsonTree::fromString(u"PreviewImage"_s));
    extra.insert(u"inputs"_s, JsonTree::object());
    tree.insert(u"42"_s, extra);
    const SettingsTransfer plan = SettingsTransfer::plan(doc, tree.toPython());
    QVERIFY(!plan.sameGraph());
    QVERIFY(plan.changes.isEmpty());
    QCOMPARE(plan.differences.size(), 3);
    const QString all = plan.differences.join(u'\n');
    QVERIFY2(all.contains(u"node 9 (SaveImage)"_s), qPrintable(all));
    QVERIFY2(all.contains(u"KSamplerAdvanced"_s), qPrintable(all));
    QVERIFY2(all.contains(u"node 42 (PreviewImage)"_s), qPrintable(all));
}

void tst_SettingsTransfer::refusedValuesAreNamed()
{
    WorkflowModel model;
    model.setDocument(open(u"api/sd15_basic.json"_s));
    model.setEditGuard([](const QString &nodeId, const QString &input, const JsonTree *, QString *why) {
        if (nodeId == u"6"_s && input == u"text"_s) {
            *why = u"locked by the kiosk"_s;
            return false;
        }
        return true;
    });
    JsonTree tree = readJson(u"api/sd15_basic.json"_s);
    tree.findMutable(u"3")->findMutable(u"inputs")->insert(u"steps"_s, JsonTree::fromInt(12));
    tree.findMutable(u"3")->findMutable(u"inputs")->insert(u"sampler_name"_s, JsonTree::fromString(u"no such sampler"_s));
    tree.findMutable(u"6")->findMutable(u"inputs")->insert(u"text"_s, JsonTree::fromString(u"changed"_s));
    const SettingsTransfer plan = SettingsTransfer::plan(model.document(), tree.toPython());
    QVERIFY(plan.sameGraph());
    QCOMPARE(plan.changes.size(), 3);
    QStringList refused;
    QCOMPARE(model.setValues(plan.changes, u"Use settings"_s, &refused), 1);
    QCOMPARE(model.document().inputValue(u"3"_s, u"steps"_s), JsonTree::fromInt(12));
    refused.sort();
    QCOMPARE(refused.size(), 2);
    QVERIFY2(refused.at(0).startsWith(u"3.sampler_name: "_s), qPrintable(refused.at(0)));
    QCOMPARE(refused.at(1), u"6.text: locked by the kiosk"_s);
    QCOMPARE(model.undoStack()->count(), 1);
}

void tst_SettingsTransfer::unreadablePrompt()
{
    const SettingsTransfer plan = SettingsTransfer::plan(open(u"api/sd15_basic.json"_s), "{not json");
    QVERIFY(!plan.sameGraph());
    QVERIFY(!plan.error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_SettingsTransfer)
#include "tst_settingstransfer.moc"
