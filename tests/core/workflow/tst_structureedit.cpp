// Structure edits (issue 22) on the shared fixtures: each edit is checked by converting
// the document to an API prompt and comparing it with the prompt written by hand from
// the rules (the expected/ file with the edit applied), by saving, reloading and
// comparing the fields the edit must not touch, and by undo restoring the file exactly.
#include "nodecatalogue.h"
#include "typerules.h"
#include "workflowfixtures.h"
#include "workflowmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_StructureEdit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typeRules_data();
    void typeRules();
    void insertLoraAfterCheckpoint();
    void insertLoraBeforeSampler();
    void removeBridgesLinks();
    void removeRefusedWhenPromptBreaks();
    void rewireToEachCompatibleOutput();
    void rewireRefusesIncompatible();
    void widgetToInputAndBack();
    void editInsideSubgraph();
    void removeInsideNestedSubgraph();
    void apiFormatInsertAndRemove();
    void duplicateKeepsInputs();

private:
    WorkflowDocument open(const QString &relative) const;
    static QJsonObject expected(const QString &name);
    static QJsonObject prompt(const WorkflowDocument &doc);
    static QJsonObject savedNode(const WorkflowDocument &doc, const QString &id);
    static WorkflowDocument reload(const WorkflowDocument &doc, const std::shared_ptr<const NodeCatalogue> &catalogue);
    std::shared_ptr<const NodeCatalogue> m_catalogue;
};

void tst_StructureEdit::initTestCase()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_catalogue = WorkflowFixtures::recordedCatalogue();
    QVERIFY(m_catalogue);
}

WorkflowDocument tst_StructureEdit::open(const QString &relative) const
{
    return WorkflowFixtures::openWorkflow(relative, m_catalogue);
}

QJsonObject tst_StructureEdit::expected(const QString &name)
{
    return WorkflowFixtures::expectedPrompt(name);
}

QJsonObject tst_StructureEdit::prompt(const WorkflowDocument &doc)
{
    return WorkflowFixtures::apiPrompt(doc);
}

QJsonObject tst_StructureEdit::savedNode(const WorkflowDocument &doc, const QString &id)
{
    const JsonTree *nodes = doc.tree().find(u"nodes");
    for (int i = 0; nodes && i < nodes->size(); ++i) {
        if (nodes->at(i).value(u"id").toNumber().toText() == id)
            return nodes->at(i).toQJsonValue().toObject();
    }
    return {};
}

WorkflowDocument tst_StructureEdit::reload(const WorkflowDocument &doc,
                                           const std::shared_ptr<const NodeCatalogue> &catalogue)
{
    const QByteArray json = doc.toJson(doc.format(), nullptr);
    WorkflowDocument again(JsonTree::parse(json), doc.format(), doc.sourceName());
    again.setCatalogue(catalogue);
    return again;
}

// A link in an API prompt.
static QJsonArray link(const char *node, int slot)
{
    return QJsonArray{QString::fromLatin1(node), slot};
}

static QJsonObject withInput(QJsonObject prompt, const QString &node, const QString &input, const QJsonValue &value)
{
    QJsonObject n = prompt.value(node).toObject();
    QJsonObject inputs = n.value(u"inputs").toObject();
    inputs.insert(input, value);
    n.insert(u"inputs"_s, inputs);
    prompt.insert(node, n);
    return prompt;
}

void tst_StructureEdit::typeRules_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("compatible");
    QTest::addRow("same") << u"MODEL"_s << u"MODEL"_s << true;
    QTest::addRow("different") << u"MODEL"_s << u"CLIP"_s << false;
    QTest::addRow("any output") << u"*"_s << u"IMAGE"_s << true;
    QTest::addRow("any input") << u"LATENT"_s << u"*"_s << true;
    QTest::addRow("union input") << u"MASK"_s << u"IMAGE,MASK"_s << true;
    QTest::addRow("union output") << u"IMAGE,MASK"_s << u"MASK"_s << true;
    QTest::addRow("unions overlap") << u"STRING,BOOLEAN"_s << u"STRING,INT"_s << true;
    QTest::addRow("unions apart") << u"STRING,BOOLEAN"_s << u"INT,FLOAT"_s << false;
    QTest::addRow("case counts on the server") << u"image"_s << u"IMAGE"_s << false;
    QTest::addRow("combo from list output") << u"COMBO"_s << u"COMBO"_s << true;
    QTest::addRow("combo from string") << u"STRING"_s << u"COMBO"_s << false;
}

void tst_StructureEdit::typeRules()
{
    QFETCH(QString, output);
    QFETCH(QString, input);
    QFETCH(bool, compatible);
    QCOMPARE(TypeRules::isCompatible(output, input), compatible);
    QVERIFY(TypeRules::isOutputNode(*m_catalogue, u"SaveImage"_s));
    QVERIFY(!TypeRules::isOutputNode(*m_catalogue, u"KSampler"_s));
}

void tst_StructureEdit::insertLoraAfterCheckpoint()
{
    WorkflowModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const WorkflowDocument original = open(u"ui/default.json"_s);
    model.setDocument(original);
    const QString id = model.insertNode(u"4"_s, u"LoraLoader"_s, StructureEdit::Placement::After);
    QVERIFY2(!id.isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(id, u"10"_s); // last_node_id 9 + 1
    QCOMPARE(model.undoStack()->count(), 1);

    // The rules: the LoRA takes MODEL and CLIP from the checkpoint, and whatever read them
    // (the sampler's model, both text encoders' clip) reads the LoRA instead; VAE stays.
    QJsonObject want = expected(u"default.api.json"_s);
    want.insert(u"10"_s, QJsonObject{{u"class_type"_s, u"LoraLoader"_s},
                                     {u"_meta"_s, QJsonObject{{u"title"_s, u"Load LoRA"_s}}},
                                     {u"inputs"_s, QJsonObject{{u"model"_s, link("4", 0)},
                                                               {u"clip"_s, link("4", 1)},
                                                               {u"lora_name"_s, u""_s},
                                                               {u"strength_model"_s, 1.0},
                                                               {u"strength_clip"_s, 1.0}}}});
    want = withInput(want, u"3"_s, u"model"_s, link("10", 0));
    want = withInput(want, u"6"_s, u"clip"_s, link("10", 1));
    want = withInput(want, u"7"_s, u"clip"_s, link("10", 1));
    want = withInput(want, u"8"_s, u"vae"_s, link("4", 2));
    QCOMPARE(prompt(model.document()), want);

    // Saved, reloaded: the same prompt, untouched nodes and fields as they were, the new
    // node beside the checkpoint (to its right, level with it).
    const WorkflowDocument again = reload(model.document(), m_catalogue);
    QCOMPARE(prompt(again), want);
    for (const QString &untouched : {u"5"_s, u"8"_s, u"9"_s})
        QCOMPARE(savedNode(again, untouched), savedNode(original, untouched));
    QJsonObject checkpoint = savedNode(again, u"4"_s);
    QJsonObject before = savedNode(original, u"4"_s);
    QCOMPARE(checkpoint.value(u"pos"_s), before.value(u"pos"_s));
    QCOMPARE(checkpoint.value(u"widgets_values"_s), before.value(u"widgets_values"_s));
    QCOMPARE(checkpoint.value(u"outputs"_s).toArray().at(2), before.value(u"outputs"_s).toArray().at(2));
    const QJsonArray pos = savedNode(again, u"10"_s).value(u"pos"_s).toArray();
    // The web UI's gap for a node made from a slot (LGraphCanvas posAdd ±30).
    QCOMPARE(pos.at(0).toDouble(), 26.0 + 315.0 + 30.0);
    QCOMPARE(pos.at(1).toDouble(), 474.0);
    for (const char *key : {"groups", "config", "extra", "version"})
        QCOMPARE(again.tree().value(QString::fromLatin1(key)) == original.tree().value(QString::fromLatin1(key)), true);
    QCOMPARE(again.tree().value(u"last_node_id"_s).toNumber().toText(), u"10"_s);

    model.undoStack()->undo();
    QVERIFY(model.document().tree() == original.tree());
    model.undoStack()->redo();
    QCOMPARE(prompt(model.document()), want);
}

void tst_StructureEdit::insertLoraBeforeSampler()
{
    WorkflowModel model;
    model.setDocument(open(u"ui/default.json"_s));
    const QString id = model.insertNode(u"3"_s, u"LoraLoader"_s, StructureEdit::Placement::Before);
    QVERIFY2(!id.isEmpty(), qPrintable(model.lastError()));
    // Before the sampler: MODEL passes through the LoRA; its CLIP comes from the node it
    // takes MODEL from; the text encoders keep the checkpoint's CLIP.
    const QJsonObject p = prompt(model.document());
    QCOMPARE(p.value(u"3"_s)[u"inputs"_s][u"model"_s].toArray(), link("10", 0));
    QCOMPARE(p.value(u"10"_s)[u"inputs"_s][u"model"_s].toArray(), link("4", 0));
    QCOMPARE(p.value(u"10"_s)[u"inputs"_s][u"clip"_s].toArray(), link("4", 1));
    QCOMPARE(p.value(u"6"_s)[u"inputs"_s][u"clip"_s].toArray(), link("4", 1));
    const QJsonArray pos = savedNode(model.document(), id).value(u"pos"_s).toArray();
    QCOMPARE(pos.at(0).toDouble(), 863.0 - 315.0 - 30.0);
}

void tst_StructureEdit::removeBridgesLinks()
{
    // A LoRA between the checkpoint and its consumers, saved and opened afresh: removing
    // it bridges MODEL and CLIP back, and the prompt is the original one exactly.
    WorkflowModel model;
    model.setDocument(open(u"ui/default.json"_s));
    QVERIFY(!model.insertNode(u"4"_s, u"LoraLoader"_s, StructureEdit::Placement::After).isEmpty());
    const WorkflowDocument withLora = reload(model.document(), m_catalogue);
    model.setDocument(withLora);
    QVERIFY2(model.removeNode(u"10"_s), qPrintable(model.lastError()));
    QCOMPARE(prompt(model.document()), expected(u"default.api.json"_s));
    QCOMPARE(model.document().node(u"10"_s), nullptr);
    const WorkflowDocument again = reload(model.document(), m_catalogue);
    QCOMPARE(prompt(again), expected(u"default.api.json"_s));
    for (const QString &untouched : {u"5"_s, u"8"_s, u"9"_s})
        QCOMPARE(savedNode(again, untouched), savedNode(withLora, untouched));
    model.undoStack()->undo();
    QVERIFY(model.document().tree() == withLora.tree());
}

void tst_StructureEdit::removeRefusedWhenPromptBreaks()
{
    WorkflowModel model;
    const WorkflowDocument original = open(u"ui/default.json"_s);
    model.setDocument(original);
    // VAE Decode has no input of IMAGE type to pass on: Save Image would lose its images.
    QVERIFY(!model.removeNode(u"8"_s));
    QVERIFY2(model.lastError().contains(u"images"_s), qPrintable(model.lastError()));
    // The only output node: the server refuses a prompt without one.
    QVERIFY(!model.removeNode(u"9"_s));
    QVERIFY2(model.lastError().contains(u"output node"_s), qPrintable(model.lastError()));
    QCOMPARE(model.undoStack()->count(), 0);
    QVERIFY(model.document().tree() == original.tree());
}

void tst_StructureEdit::rewireToEachCompatibleOutput()
{
    const WorkflowDocument original = open(u"ui/default.json"_s);
    const QList<StructureEdit::Source> sources = StructureEdit(original).compatibleSources(u"3"_s, u"positive"_s);
    // Every CONDITIONING output in the workflow: the two text encoders.
    QCOMPARE(sources.size(), 2);
    QCOMPARE(sources.at(0).nodeId, u"7"_s);
    QCOMPARE(sources.at(1).nodeId, u"6"_s);
    for (const StructureEdit::Source &s : sources) {
        QCOMPARE(s.type, u"CONDITIONING"_s);
        WorkflowModel model;
        model.setDocument(original);
        QVERIFY2(model.connectInput(u"3"_s, u"positive"_s, s.nodeId, s.slot), qPrintable(model.lastError()));
        QJsonObject want = withInput(expected(u"default.api.json"_s), u"3"_s, u"positive"_s,
                                     QJsonArray{s.nodeId, s.slot});
        QCOMPARE(prompt(model.document()), want);
        QCOMPARE(prompt(reload(model.document(), m_catalogue)), want);
        QCOMPARE(savedNode(model.document(), u"8"_s), savedNode(original, u"8"_s));
    }
    // The sampler's latent: only the Empty Latent Image (its own output and VAE Decode,
    // downstream of it, would make a loop).
    const QList<StructureEdit::Source> latents = StructureEdit(original).compatibleSources(u"3"_s, u"latent_image"_s);
    QCOMPARE(latents.size(), 1);
    QCOMPARE(latents.at(0).nodeId, u"5"_s);
}

void tst_StructureEdit::rewireRefusesIncompatible()
{
    WorkflowModel model;
    const WorkflowDocument original = open(u"ui/default.json"_s);
    model.setDocument(original);
    QVERIFY(!model.connectInput(u"3"_s, u"positive"_s, u"4"_s, 0)); // MODEL into CONDITIONING
    QVERIFY2(model.lastError().contains(u"MODEL"_s) && model.lastError().contains(u"CONDITIONING"_s),
             qPrintable(model.lastError()));
    QVERIFY(!model.connectInput(u"3"_s, u"latent_image"_s, u"3"_s, 0)); // its own output
    QCOMPARE(model.undoStack()->count(), 0);
    QVERIFY(model.document().tree() == original.tree());
}

void tst_StructureEdit::widgetToInputAndBack()
{
    WorkflowModel model;
    const WorkflowDocument original = open(u"ui/default.json"_s);
    model.setDocument(original);
    const QString primitive = model.insertNode(u"3"_s, u"PrimitiveInt"_s, StructureEdit::Placement::Before);
    QVERIFY2(!primitive.isEmpty(), qPrintable(model.lastError()));
    const WorkflowDocument withPrimitive = model.document();
    QVERIFY(StructureEdit(withPrimitive).canHoldValue(u"3"_s, u"steps"_s));
    const QList<StructureEdit::Source> ints = StructureEdit(withPrimitive).compatibleSources(u"3"_s, u"steps"_s);
    QCOMPARE(ints.size(), 1);
    QCOMPARE(ints.at(0).nodeId, primitive);
    // Widget to input: steps is read from the primitive's INT output.
    QVERIFY2(model.connectInput(u"3"_s, u"steps"_s, primitive, 0), qPrintable(model.lastError()));
    QJsonObject want = expected(u"default.api.json"_s);
    want.insert(primitive, QJsonObject{{u"class_type"_s, u"PrimitiveInt"_s},
                                       {u"_meta"_s, QJsonObject{{u"title"_s, u"Int"_s}}},
                                       {u"inputs"_s, QJsonObject{{u"value"_s, 0}}}});
    QCOMPARE(prompt(model.document()), withInput(want, u"3"_s, u"steps"_s, QJsonArray{primitive, 0}));
    // The web UI's socket entry for a linked widget, after the sampler's four sockets.
    const QJsonArray inputs = savedNode(model.document(), u"3"_s).value(u"inputs"_s).toArray();
    QCOMPARE(inputs.size(), 5);
    QCOMPARE(inputs.at(4)[u"widget"_s][u"name"_s].toString(), u"steps"_s);
    QCOMPARE(inputs.at(4)[u"type"_s].toString(), u"INT"_s);
    // And back: the widget's own value (20) again, the sampler's node as it was.
    QVERIFY2(model.disconnectInput(u"3"_s, u"steps"_s), qPrintable(model.lastError()));
    QCOMPARE(prompt(model.document()), want);
    QCOMPARE(savedNode(model.document(), u"3"_s), savedNode(original, u"3"_s));
    QCOMPARE(prompt(reload(model.document(), m_catalogue)), want);
}

void tst_StructureEdit::editInsideSubgraph()
{
    WorkflowModel model;
    const WorkflowDocument original = open(u"ui/basic-subgraph-zero-uuid.json"_s);
    model.setDocument(original);
    const QString graph = u"e5fb1765-9323-4548-801a-5aead34d879e"_s;
    // Inside the definition: the KSampler's latent from the VAE Encode beside it.
    const QList<StructureEdit::Source> latents = StructureEdit(original, graph).compatibleSources(u"1"_s, u"latent_image"_s);
    QCOMPARE(latents.size(), 1);
    QCOMPARE(latents.at(0).nodeId, u"2"_s);
    QVERIFY2(model.connectInput(u"1"_s, u"latent_image"_s, u"2"_s, 0, graph), qPrintable(model.lastError()));
    // Flattened, the instance 2's inner KSampler reads its inner VAE Encode.
    const QJsonObject want = withInput(expected(u"basic-subgraph-zero-uuid.api.json"_s), u"2:1"_s, u"latent_image"_s,
                                       link("2:2", 0));
    QCOMPARE(prompt(model.document()), want);
    const WorkflowDocument again = reload(model.document(), m_catalogue);
    QCOMPARE(prompt(again), want);
    // The definition holds the link (ids shared with the workflow: state 4 -> 5); the
    // instance node and the workflow's own lists are untouched.
    const JsonTree definition = again.tree().value(u"definitions"_s).value(u"subgraphs"_s).at(0);
    QCOMPARE(definition.value(u"state"_s).value(u"lastLinkId"_s).toNumber().toText(), u"5"_s);
    QCOMPARE(definition.value(u"links"_s).size(), 3);
    QVERIFY(again.tree().value(u"nodes"_s) == original.tree().value(u"nodes"_s));
    QVERIFY(again.tree().value(u"links"_s) == original.tree().value(u"links"_s));
    model.undoStack()->undo();
    QVERIFY(model.document().tree() == original.tree());
}

void tst_StructureEdit::removeInsideNestedSubgraph()
{
    // The inner definition's only node reads the subgraph's input (-10): removing it takes
    // the link out of the definition's links and out of that input's linkIds.
    WorkflowModel model;
    const WorkflowDocument original = open(u"ui/nested_subgraph_installed_model.json"_s);
    model.setDocument(original);
    QCOMPARE(prompt(original), expected(u"nested_subgraph_installed_model.api.json"_s));
    const QString inner = u"a1134394-29e4-48dc-9b1e-e601a14d6fb8"_s;
    QVERIFY2(model.removeNode(u"203"_s, inner), qPrintable(model.lastError()));
    QCOMPARE(prompt(model.document()), QJsonObject());
    const WorkflowDocument again = reload(model.document(), m_catalogue);
    const JsonTree subgraphs = again.tree().value(u"definitions"_s).value(u"subgraphs"_s);
    JsonTree definition;
    for (int i = 0; i < subgraphs.size(); ++i) {
        if (subgraphs.at(i).value(u"id"_s).toString() == inner)
            definition = subgraphs.at(i);
        else
            QVERIFY(subgraphs.at(i) == original.tree().value(u"definitions"_s).value(u"subgraphs"_s).at(i));
    }
    QCOMPARE(definition.value(u"nodes"_s).size(), 0);
    QCOMPARE(definition.value(u"links"_s).size(), 0);
    QCOMPARE(definition.value(u"inputs"_s).at(0).value(u"linkIds"_s).size(), 0);
    QVERIFY(again.tree().value(u"nodes"_s) == original.tree().value(u"nodes"_s));
    model.undoStack()->undo();
    QVERIFY(model.document().tree() == original.tree());
}

void tst_StructureEdit::apiFormatInsertAndRemove()
{
    WorkflowModel model;
    const WorkflowDocument original = open(u"api/sd15_basic.json"_s);
    model.setDocument(original);
    const QJsonObject before = prompt(original);
    const QString id = model.insertNode(u"4"_s, u"LoraLoader"_s, StructureEdit::Placement::After);
    QVERIFY2(!id.isEmpty(), qPrintable(model.lastError()));
    QJsonObject p = prompt(model.document());
    QCOMPARE(p.value(id)[u"inputs"_s][u"model"_s].toArray(), link("4", 0));
    QCOMPARE(p.value(id)[u"inputs"_s][u"clip"_s].toArray(), link("4", 1));
    QCOMPARE(p.value(u"3"_s)[u"inputs"_s][u"model"_s].toArray(), QJsonArray({id, 0}));
    QVERIFY(model.removeNode(id));
    QCOMPARE(prompt(model.document()), before);
    model.undoStack()->undo();
    model.undoStack()->undo();
    QVERIFY(model.document().tree() == original.tree());
}

void tst_StructureEdit::duplicateKeepsInputs()
{
    WorkflowModel model;
    const WorkflowDocument original = open(u"ui/default.json"_s);
    model.setDocument(original);
    const QString id = model.duplicateNode(u"6"_s);
    QCOMPARE(id, u"10"_s);
    const QJsonObject p = prompt(model.document());
    QJsonObject copy = p.value(u"6"_s).toObject();
    QCOMPARE(p.value(id).toObject(), copy);
    const QJsonObject node = savedNode(model.document(), id);
    QCOMPARE(node.value(u"outputs"_s)[0][u"links"_s].toArray(), QJsonArray());
    QCOMPARE(node.value(u"pos"_s).toArray().at(0).toDouble(), 415.0 + 30.0);
    QCOMPARE(savedNode(model.document(), u"6"_s), savedNode(original, u"6"_s));
    model.undoStack()->undo();
    QVERIFY(model.document().tree() == original.tree());
}

QTEST_MAIN(tst_StructureEdit)
#include "tst_structureedit.moc"
