// The pre-flight every prompt passes before it is sent. Each broken shape is one the
// server refuses or fails on (ComfyUI execution.py validate_inputs reads every list as a
// [node id, slot] link, looks the node up in the prompt and the slot up in its outputs;
// a missing or non-text class_type is "missing_node_type"); each finding names the node
// and, where there is one, the input. The catalogue is the captured /object_info.
#include "jsontree.h"
#include "nodecatalogue.h"
#include "promptpreflight.h"
#include "workflowdocument.h"

#include <QFile>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;
using K = WorkflowDiagnostic::Kind;

Q_DECLARE_METATYPE(WorkflowDiagnostic::Kind)

class tst_PromptPreflight : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void brokenShapes_data();
    void brokenShapes();
    void sharedFixturesPass_data();
    void sharedFixturesPass();
    void duplicateKeysWarn();
    void absurdClassTypeIsCutShort();
    void longChainIsNotACycle();
    void loopThroughReroutesIsACycle();
    void inputOfAVanishedWidgetIsDropped();

private:
    std::shared_ptr<const NodeCatalogue> m_catalogue;
};

void tst_PromptPreflight::initTestCase()
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/object_info.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_catalogue = std::make_shared<NodeCatalogue>(NodeCatalogue::fromJson(file.readAll()));
}

void tst_PromptPreflight::brokenShapes_data()
{
    QTest::addColumn<QByteArray>("prompt");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("input");
    QTest::addColumn<WorkflowDiagnostic::Kind>("kind");
    QTest::addColumn<bool>("needsCatalogue");

    const QByteArray image = R"("1": {"class_type": "EmptyImage", "inputs": {"width": 8, "height": 8, "batch_size": 1, "color": 0}})";
    QTest::addRow("link to a missing node")
        << QByteArray("{" + image + R"(, "2": {"class_type": "PreviewImage", "inputs": {"images": ["7", 0]}}})")
        << u"2"_s << u"images"_s << K::BadLink << false;
    QTest::addRow("negative slot")
        << QByteArray("{" + image + R"(, "2": {"class_type": "PreviewImage", "inputs": {"images": ["1", -1]}}})")
        << u"2"_s << u"images"_s << K::BadLink << false;
    QTest::addRow("fractional slot")
        << QByteArray("{" + image + R"(, "2": {"class_type": "PreviewImage", "inputs": {"images": ["1", 0.5]}}})")
        << u"2"_s << u"images"_s << K::BadLink << false;
    QTest::addRow("slot past the outputs (EmptyImage has 1)")
        << QByteArray("{" + image + R"(, "2": {"class_type": "PreviewImage", "inputs": {"images": ["1", 1]}}})")
        << u"2"_s << u"images"_s << K::BadLink << true;
    QTest::addRow("list of three is not a link")
        << QByteArray("{" + image + R"(, "2": {"class_type": "PreviewImage", "inputs": {"images": ["1", 0, 0]}}})")
        << u"2"_s << u"images"_s << K::BadLink << false;
    QTest::addRow("numeric node id in a link")
        << QByteArray("{" + image + R"(, "2": {"class_type": "PreviewImage", "inputs": {"images": [1, 0]}}})")
        << u"2"_s << u"images"_s << K::BadLink << false;
    QTest::addRow("self-loop")
        << QByteArray(R"({"1": {"class_type": "ImageInvert", "inputs": {"image": ["1", 0]}}})")
        << u"1"_s << u"image"_s << K::Cycle << false;
    QTest::addRow("cycle of two")
        << QByteArray(R"({"1": {"class_type": "ImageInvert", "inputs": {"image": ["2", 0]}},
                          "2": {"class_type": "ImageInvert", "inputs": {"image": ["1", 0]}}})")
        << u"2"_s << QString() << K::Cycle << false;
    QTest::addRow("inputs is a list")
        << QByteArray(R"({"1": {"class_type": "ImageInvert", "inputs": []}})") << u"1"_s << QString() << K::BadType << false;
    QTest::addRow("inputs missing")
        << QByteArray(R"({"1": {"class_type": "ImageInvert"}})") << u"1"_s << QString() << K::Structure << false;
    QTest::addRow("class_type is a number")
        << QByteArray(R"({"1": {"class_type": 5, "inputs": {}}})") << u"1"_s << QString() << K::BadType << false;
    QTest::addRow("class_type missing")
        << QByteArray(R"({"1": {"inputs": {}}})") << u"1"_s << QString() << K::Structure << false;
    QTest::addRow("unknown class_type")
        << QByteArray(R"({"1": {"class_type": "NoSuchNode", "inputs": {}}})") << u"1"_s << QString() << K::UnknownClass << true;
    QTest::addRow("node is not an object")
        << QByteArray(R"({"1": "EmptyImage"})") << u"1"_s << QString() << K::Structure << false;
    QTest::addRow("number beyond 64 bits")
        << QByteArray(R"({"1": {"class_type": "KSampler", "inputs": {"seed": 123456789012345678901234567890}}})")
        << u"1"_s << u"seed"_s << K::OutOfRange << false;
}

void tst_PromptPreflight::brokenShapes()
{
    QFETCH(QByteArray, prompt);
    QFETCH(QString, node);
    QFETCH(QString, input);
    QFETCH(WorkflowDiagnostic::Kind, kind);
    QFETCH(bool, needsCatalogue);
    const JsonTree tree = JsonTree::parse(prompt);
    QVERIFY(tree.isObject());
    for (const NodeCatalogue *catalogue : {m_catalogue.get(), static_cast<const NodeCatalogue *>(nullptr)}) {
        const WorkflowDiagnostics found = PromptPreflight::check(tree, catalogue);
        if (!catalogue && needsCatalogue) {
            QVERIFY(!PromptPreflight::refuses(found));
            continue;
        }
        QVERIFY2(PromptPreflight::refuses(found), catalogue ? "with a catalogue" : "without one");
        bool named = false;
        for (const WorkflowDiagnostic &d : found) {
            if (d.nodeId == node && d.input == input && d.kind == kind && d.isError()) {
                named = true;
                QVERIFY(d.toString().contains(u"node "_s + node));
                if (!input.isEmpty())
                    QVERIFY(d.toString().contains(u"input "_s + input));
            }
        }
        QVERIFY2(named, qPrintable(found.isEmpty() ? u"nothing found"_s : found.constFirst().toString()));
    }
}

void tst_PromptPreflight::sharedFixturesPass_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("sd15_basic") << u"api/sd15_basic.json"_s;
    QTest::addRow("sdxl") << u"api/default_graph_sdxl1_0.json"_s;
    QTest::addRow("default converted") << u"expected/default.api.json"_s;
    QTest::addRow("primitive converted") << u"expected/primitive_node.api.json"_s;
}

void tst_PromptPreflight::sharedFixturesPass()
{
    QFETCH(QString, file);
    QFile f(QStringLiteral(EASEL_SHARED_DIR "/workflows/") + file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const WorkflowDiagnostics found = PromptPreflight::check(JsonTree::parse(f.readAll()), m_catalogue.get());
    QVERIFY2(!PromptPreflight::refuses(found), qPrintable(found.isEmpty() ? QString() : found.constFirst().toString()));
}

void tst_PromptPreflight::duplicateKeysWarn()
{
    const JsonTree tree = JsonTree::parse(
        R"({"1": {"class_type": "EmptyImage", "class_type": "EmptyImage", "inputs": {"width": 8, "width": 16, "height": 8}}})");
    const WorkflowDiagnostics found = PromptPreflight::check(tree, m_catalogue.get());
    QVERIFY(!PromptPreflight::refuses(found));
    bool node = false;
    bool input = false;
    for (const WorkflowDiagnostic &d : found) {
        node |= d.nodeId == u"1" && d.input.isEmpty() && d.message.contains(u"class_type"_s) && !d.isError();
        input |= d.nodeId == u"1" && d.input == u"width" && !d.isError();
    }
    QVERIFY(node);
    QVERIFY(input);
}

void tst_PromptPreflight::absurdClassTypeIsCutShort()
{
    const QString absurd = QString(5000, u'X') + u"\n\x01"_s;
    JsonTree node = JsonTree::object();
    node.insert(u"class_type"_s, JsonTree::fromString(absurd));
    node.insert(u"inputs"_s, JsonTree::object());
    JsonTree prompt = JsonTree::object();
    prompt.insert(u"1"_s, node);
    const WorkflowDiagnostics found = PromptPreflight::check(prompt, m_catalogue.get());
    QVERIFY(PromptPreflight::refuses(found));
    for (const WorkflowDiagnostic &d : found) {
        QVERIFY(d.toString().size() < 300);
        QVERIFY(!d.toString().contains(u'\n'));
    }
}

void tst_PromptPreflight::longChainIsNotACycle()
{
    JsonTree prompt = JsonTree::object();
    for (int i = 0; i < 20000; ++i) {
        JsonTree inputs = JsonTree::object();
        if (i > 0) {
            JsonTree link = JsonTree::array();
            link.append(JsonTree::fromString(QString::number(i - 1)));
            link.append(JsonTree::fromInt(0));
            inputs.insert(u"image"_s, link);
        }
        JsonTree node = JsonTree::object();
        node.insert(u"class_type"_s, JsonTree::fromString(u"ImageInvert"_s));
        node.insert(u"inputs"_s, inputs);
        prompt.insert(QString::number(i), node);
    }
    QVERIFY(!PromptPreflight::refuses(PromptPreflight::check(prompt, nullptr)));
}

// Two reroutes feeding each other, one of them feeding VAEDecode's samples: the frontend's
// resolveInput would follow them for ever. It is a loop, refused as one; samples is not
// also reported as "missing".
void tst_PromptPreflight::loopThroughReroutesIsACycle()
{
    const JsonTree tree = JsonTree::parse(R"({"version": 0.4, "nodes": [
      {"id": 1, "type": "Reroute", "mode": 0, "inputs": [{"name": "", "type": "*", "link": 2}],
       "outputs": [{"name": "", "type": "*", "links": [1, 3]}]},
      {"id": 2, "type": "Reroute", "mode": 0, "inputs": [{"name": "", "type": "*", "link": 1}],
       "outputs": [{"name": "", "type": "*", "links": [2]}]},
      {"id": 3, "type": "VAEDecode", "mode": 0,
       "inputs": [{"name": "samples", "type": "LATENT", "link": 3}, {"name": "vae", "type": "VAE", "link": null}],
       "outputs": [{"name": "IMAGE", "type": "IMAGE", "links": []}]}],
      "links": [[1, 1, 0, 2, 0, "*"], [2, 2, 0, 1, 0, "*"], [3, 1, 0, 3, 0, "LATENT"]]})");
    QVERIFY(tree.isObject());
    WorkflowDocument document(tree, WorkflowDocument::Format::Saved, u"loop.json"_s);
    document.setCatalogue(m_catalogue);
    const WorkflowDiagnostics found = document.toApiPrompt().diagnostics;
    QVERIFY(PromptPreflight::refuses(found));
    bool cycle = false;
    for (const WorkflowDiagnostic &d : found) {
        if (d.nodeId == u"3" && d.input == u"samples") {
            QCOMPARE(d.kind, K::Cycle);
            cycle = true;
        }
    }
    QVERIFY(cycle);
}

// old_workflow_converted_input.json with its converted input renamed to a widget
// ControlNetApplyAdvanced does not have: the frontend drops that input on load, so the
// prompt is the fixture's expected one (strength from widgets_values), with a warning
// naming the node and the input.
void tst_PromptPreflight::inputOfAVanishedWidgetIsDropped()
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/workflows/ui/old_workflow_converted_input.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    JsonTree tree = JsonTree::parse(file.readAll());
    JsonTree *nodes = tree.findMutable(u"nodes");
    QVERIFY(nodes && nodes->isArray());
    bool renamed = false;
    for (int n = 0; n < nodes->size(); ++n) {
        JsonTree *inputs = nodes->at(n).findMutable(u"inputs");
        for (int i = 0; inputs && i < inputs->size(); ++i) {
            JsonTree &input = inputs->at(i);
            if (input.value(u"widget").value(u"name").toString() == u"strength") {
                input.insert(u"name"_s, JsonTree::fromString(u"old_strength"_s));
                JsonTree widget = JsonTree::object();
                widget.insert(u"name"_s, JsonTree::fromString(u"old_strength"_s));
                input.insert(u"widget"_s, widget);
                renamed = true;
            }
        }
    }
    QVERIFY(renamed);
    WorkflowDocument document(tree, WorkflowDocument::Format::Saved, u"old.json"_s);
    document.setCatalogue(m_catalogue);
    const PromptConverter::Result result = document.toApiPrompt();
    const JsonTree inputs = result.prompt.value(u"1").value(u"inputs");
    QVERIFY(!inputs.contains(u"old_strength"));
    QFile expectedFile(QStringLiteral(EASEL_SHARED_DIR "/workflows/expected/old_workflow_converted_input.api.json"));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const JsonTree expected = JsonTree::parse(expectedFile.readAll()).value(u"1").value(u"inputs");
    QCOMPARE(inputs.size(), expected.size());
    for (const QString &name : expected.keys())
        QCOMPARE(inputs.value(name).toPython(), expected.value(name).toPython());
    bool warned = false;
    for (const WorkflowDiagnostic &d : result.diagnostics)
        warned |= d.nodeId == u"1" && d.input == u"old_strength" && !d.isError();
    QVERIFY(warned);
}

QTEST_GUILESS_MAIN(tst_PromptPreflight)
#include "tst_promptpreflight.moc"
