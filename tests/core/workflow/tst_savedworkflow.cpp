// Saved (UI) workflows -> API prompts, checked against ../shared/workflows/expected and
// against the rules of comfyui-protocol.md §5 written out per fixture.
#include "jsontree.h"
#include "nodecatalogue.h"
#include "promptconverter.h"
#include "savedworkflow.h"
#include "workflowfile.h"
#include "valuerules.h"
#include "workflowvalidator.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Easel;

namespace {

QByteArray readShared(const QString &relative)
{
    QFile f(QStringLiteral(EASEL_SHARED_DIR "/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

// Objects compare without regard to key order; everything else exactly.
bool sameJson(const JsonTree &a, const JsonTree &b, QString *where, const QString &path = {})
{
    if (a.type() != b.type()) {
        *where = path + u": type differs"_s;
        return false;
    }
    if (a.isObject()) {
        if (a.size() != b.size()) {
            *where = path + u": keys "_s + a.keys().join(u',') + u" vs "_s + b.keys().join(u',');
            return false;
        }
        for (int i = 0; i < a.size(); ++i) {
            const JsonTree *other = b.find(a.keys().at(i));
            if (!other) {
                *where = path + u": missing "_s + a.keys().at(i);
                return false;
            }
            if (!sameJson(a.at(i), *other, where, path + u'/' + a.keys().at(i)))
                return false;
        }
        return true;
    }
    if (a.isArray()) {
        if (a.size() != b.size()) {
            *where = path + u": length differs"_s;
            return false;
        }
        for (int i = 0; i < a.size(); ++i) {
            if (!sameJson(a.at(i), b.at(i), where, path + u'/' + QString::number(i)))
                return false;
        }
        return true;
    }
    if (!(a == b)) {
        *where = path + u": "_s + a.toPythonString() + u" vs "_s + b.toPythonString();
        return false;
    }
    return true;
}

} // namespace

class tst_SavedWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void matchesExpected_data();
    void matchesExpected();
    void rulesPerFixture();
    void apiFixturesOpen_data();
    void apiFixturesOpen();
    void widgetSlots();
    void bypassPassesThrough();
    void mutedInputDropped();
    void rerouteNode();
    void arrayLiteralWrapped();
    void dictWidgetValues();
    void schema1Links();
    void subgraphPromotedWidgetAndOutput();
    void validation();
    void validationSkipsTheListOfAnUploadInput();
    void cycle();

private:
    PromptConverter::Result convertText(const QByteArray &json);
    NodeCatalogue m_catalogue;
};

void tst_SavedWorkflow::initTestCase()
{
    NodeCatalogue::ParseError error;
    m_catalogue = NodeCatalogue::fromJson(readShared(u"captures/object_info.json"_s), &error);
    QVERIFY2(!m_catalogue.isEmpty(), qPrintable(error.message));
}

PromptConverter::Result tst_SavedWorkflow::convertText(const QByteArray &json)
{
    QString error;
    const WorkflowFile file = WorkflowFile::fromJson(json, u"test"_s, &error);
    if (file.isNull())
        qWarning("%s", qPrintable(error));
    WorkflowDiagnostics diagnostics;
    const SavedWorkflow saved = SavedWorkflow::fromTree(file.tree(), &diagnostics);
    PromptConverter::Result result = PromptConverter(m_catalogue).convert(saved);
    result.diagnostics += diagnostics;
    return result;
}

void tst_SavedWorkflow::matchesExpected_data()
{
    QTest::addColumn<QString>("name");
    const QStringList files = QDir(QStringLiteral(EASEL_SHARED_DIR "/workflows/expected"))
                                  .entryList({u"*.api.json"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 15);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f.chopped(9);
}

void tst_SavedWorkflow::matchesExpected()
{
    QFETCH(QString, name);
    const PromptConverter::Result result = convertText(readShared(u"workflows/ui/"_s + name + u".json"_s));
    const JsonTree expected = JsonTree::parse(readShared(u"workflows/expected/"_s + name + u".api.json"_s));
    QString where;
    QVERIFY2(sameJson(result.prompt, expected, &where),
             qPrintable(where + u"\n"_s + result.prompt.toPythonString()));
}

// The rules, written out from the protocol document and the files (not from the output).
void tst_SavedWorkflow::rulesPerFixture()
{
    { // bad_link: the link is found through the input holding its id, not target_slot 5.
        const auto r = convertText(readShared(u"workflows/ui/bad_link.json"_s));
        const JsonTree steps = r.prompt.value(u"4").value(u"inputs").value(u"steps");
        QCOMPARE(steps.toPythonString(), u"[\"5\", 0]"_s);
        QCOMPARE(r.prompt.value(u"4").value(u"inputs").value(u"seed").toNumber().toText(), u"0"_s);
        QVERIFY(!r.prompt.value(u"4").value(u"inputs").contains(u"control_after_generate"));
        bool warned = false;
        for (const auto &d : r.diagnostics)
            warned |= d.kind == WorkflowDiagnostic::Kind::BadLink && d.nodeId == "4"_L1 && d.input == "steps"_L1;
        QVERIFY(warned);
    }
    { // old_workflow_converted_input: PrimitiveNode resolved to a literal, node dropped.
        const auto r = convertText(readShared(u"workflows/ui/old_workflow_converted_input.json"_s));
        QCOMPARE(r.prompt.keys(), QStringList{u"1"_s});
        QCOMPARE(r.prompt.value(u"1").value(u"inputs").value(u"strength").toNumber().toText(), u"1"_s);
    }
    { // native_reroute: native reroutes are visual only.
        const auto r = convertText(readShared(u"workflows/ui/native_reroute.json"_s));
        QCOMPARE(r.prompt.value(u"19").value(u"inputs").value(u"vae").toPythonString(), u"[\"4\", 2]"_s);
        QVERIFY(!r.prompt.value(u"19").value(u"inputs").contains(u"samples"));
    }
    { // nested subgraph: outer:inner ids; unlinked instance input keeps the inner widget.
        const auto r = convertText(readShared(u"workflows/ui/nested_subgraph_installed_model.json"_s));
        QCOMPARE(r.prompt.keys(), QStringList{u"205:76:203"_s});
        QCOMPARE(r.prompt.value(u"205:76:203").value(u"class_type").toString(), u"UNETLoader"_s);
        QCOMPARE(r.prompt.value(u"205:76:203").value(u"inputs").value(u"unet_name").toString(),
                 u"lotus-depth-d-v1-1.safetensors"_s);
    }
    { // legacy group node: positional mapping per inner node type, control slots skipped.
        const auto r = convertText(readShared(u"workflows/ui/legacy_group_node.json"_s));
        QCOMPARE(r.prompt.value(u"15:0").value(u"class_type").toString(), u"KSamplerAdvanced"_s);
        QCOMPARE(r.prompt.value(u"15:0").value(u"inputs").value(u"end_at_step").toNumber().toText(), u"10000"_s);
        QCOMPARE(r.prompt.value(u"15:1").value(u"inputs").value(u"denoise").toNumber().toText(), u"1"_s);
    }
    { // missing_models_bypassed: the only node is bypassed.
        QCOMPARE(convertText(readShared(u"workflows/ui/missing_models_bypassed.json"_s)).prompt.size(), 0);
    }
    { // checkbox_seed: unknown types are named; the rest still converts.
        const auto r = convertText(readShared(u"workflows/ui/checkbox_seed.json"_s));
        QVERIFY(!r.ok());
        int unknown = 0;
        for (const auto &d : r.diagnostics)
            unknown += d.kind == WorkflowDiagnostic::Kind::UnknownClass;
        QCOMPARE(unknown, 3);
    }
    { // default: 7 nodes, 9 links.
        const auto r = convertText(readShared(u"workflows/ui/default.json"_s));
        QCOMPARE(r.prompt.size(), 7);
        int links = 0;
        for (int i = 0; i < r.prompt.size(); ++i) {
            const JsonTree in = r.prompt.at(i).value(u"inputs");
            for (int k = 0; k < in.size(); ++k)
                links += in.at(k).isArray();
        }
        QCOMPARE(links, 9);
        QVERIFY(r.ok());
    }
}

void tst_SavedWorkflow::apiFixturesOpen_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &f : QDir(QStringLiteral(EASEL_SHARED_DIR "/workflows/api")).entryList({u"*.json"_s}))
        QTest::newRow(qPrintable(f)) << f;
}

void tst_SavedWorkflow::apiFixturesOpen()
{
    QFETCH(QString, name);
    QString error;
    const WorkflowFile file = WorkflowFile::fromFile(QStringLiteral(EASEL_SHARED_DIR "/workflows/api/") + name, &error);
    QVERIFY2(!file.isNull(), qPrintable(error));
    QCOMPARE(file.format(), WorkflowFile::Format::Api);
    if (name == "dynamic_group_sparse_api.json"_L1) {
        bool dotted = false;
        for (int i = 0; i < file.tree().size(); ++i) {
            // value() returns a copy: keep it alive for the loop over its keys.
            const JsonTree inputs = file.tree().at(i).value(u"inputs");
            for (const QString &k : inputs.keys())
                dotted |= k.count(u'.') == 2;
        }
        QVERIFY(dotted);
    }
}

void tst_SavedWorkflow::widgetSlots()
{
    const QStringList k = PromptConverter::widgetSlots(*m_catalogue.nodeClass(u"KSampler"_s));
    QCOMPARE(k, (QStringList{u"seed"_s, QString(), u"steps"_s, u"cfg"_s, u"sampler_name"_s, u"scheduler"_s,
                             u"denoise"_s}));
    const NodeClass *load = m_catalogue.nodeClass(u"LoadImage"_s);
    QCOMPARE(PromptConverter::widgetSlots(*load), (QStringList{u"image"_s, QString()}));
    QCOMPARE(PromptConverter::widgetSlots(*load, 1), QStringList{u"image"_s}); // other tools omit the button
}

static QByteArray twoNodeGraph(int middleMode, const char *middleType = "LatentUpscaleBy")
{
    // EmptyLatentImage(1) -> middle(2) -> VAEDecode(3).samples
    return QByteArray(R"({"nodes": [
      {"id": 1, "type": "EmptyLatentImage", "mode": 0, "outputs": [{"name": "LATENT", "type": "LATENT"}],
       "widgets_values": [512, 512, 1]},
      {"id": 2, "type": ")") + middleType + R"(", "mode": )" + QByteArray::number(middleMode) + R"(,
       "inputs": [{"name": "samples", "type": "LATENT", "link": 1}],
       "outputs": [{"name": "LATENT", "type": "LATENT"}], "widgets_values": ["nearest-exact", 1.5]},
      {"id": 3, "type": "VAEDecode", "mode": 0,
       "inputs": [{"name": "samples", "type": "LATENT", "link": 2}, {"name": "vae", "type": "VAE", "link": null}]}
    ], "links": [[1, 1, 0, 2, 0, "LATENT"], [2, 2, 0, 3, 0, "LATENT"]], "version": 0.4})";
}

void tst_SavedWorkflow::bypassPassesThrough()
{
    const auto r = convertText(twoNodeGraph(4));
    QVERIFY(!r.prompt.contains(u"2"));
    QCOMPARE(r.prompt.value(u"3").value(u"inputs").value(u"samples").toPythonString(), u"[\"1\", 0]"_s);
}

void tst_SavedWorkflow::mutedInputDropped()
{
    const auto r = convertText(twoNodeGraph(2));
    QVERIFY(!r.prompt.contains(u"2"));
    QVERIFY(!r.prompt.value(u"3").value(u"inputs").contains(u"samples"));
}

void tst_SavedWorkflow::rerouteNode()
{
    QByteArray json = twoNodeGraph(0, "Reroute");
    const auto r = convertText(json);
    QVERIFY(!r.prompt.contains(u"2"));
    QCOMPARE(r.prompt.value(u"3").value(u"inputs").value(u"samples").toPythonString(), u"[\"1\", 0]"_s);
}

void tst_SavedWorkflow::arrayLiteralWrapped()
{
    const auto r = convertText(R"({"nodes": [{"id": 7, "type": "CLIPTextEncode", "mode": 0,
        "inputs": [{"name": "clip", "type": "CLIP", "link": null}], "widgets_values": [["a", "b"]]}],
        "links": [], "version": 0.4})");
    QCOMPARE(r.prompt.value(u"7").value(u"inputs").value(u"text").toPythonString(),
             u"{\"__value__\": [\"a\", \"b\"]}"_s);
}

void tst_SavedWorkflow::dictWidgetValues()
{
    const auto r = convertText(R"({"nodes": [{"id": 1, "type": "EmptyLatentImage", "mode": 0,
        "widgets_values": {"height": 768, "width": 640, "batch_size": 2}}], "links": [], "version": 0.4})");
    const JsonTree in = r.prompt.value(u"1").value(u"inputs");
    QCOMPARE(in.value(u"width").toNumber().toText(), u"640"_s);
    QCOMPARE(in.value(u"height").toNumber().toText(), u"768"_s);
    QCOMPARE(in.value(u"batch_size").toNumber().toText(), u"2"_s);
}

void tst_SavedWorkflow::schema1Links()
{
    const auto r = convertText(R"({"version": 1, "state": {"lastNodeId": 2},
      "nodes": [{"id": 1, "type": "EmptyLatentImage", "mode": 0, "outputs": [{"name": "LATENT", "type": "LATENT"}],
                 "widgets_values": [512, 512, 18446744073709551615]},
                {"id": 2, "type": "VAEDecode", "mode": 0, "inputs": [{"name": "samples", "type": "LATENT", "link": 9}]}],
      "links": [{"id": 9, "origin_id": 1, "origin_slot": 0, "target_id": 2, "target_slot": 0, "type": "LATENT", "parentId": 3}],
      "reroutes": [{"id": 3, "pos": [0, 0], "linkIds": [9]}]})");
    QCOMPARE(r.prompt.value(u"2").value(u"inputs").value(u"samples").toPythonString(), u"[\"1\", 0]"_s);
    // Exact 64-bit integers survive (QJsonDocument would round this).
    QCOMPARE(r.prompt.value(u"1").value(u"inputs").value(u"batch_size").toNumber().toText(),
             u"18446744073709551615"_s);
}

void tst_SavedWorkflow::subgraphPromotedWidgetAndOutput()
{
    // Instance 10 of S: input 0 (a promoted widget "width") unlinked with value 640, output
    // 0 read by VAEDecode 11. Inside: -10 -> EmptyLatentImage 1.width, 1 -> -20.
    const auto r = convertText(R"({"version": 0.4, "nodes": [
      {"id": 10, "type": "s-1", "mode": 0, "inputs": [{"name": "width", "type": "INT", "widget": {"name": "width"}, "link": null}],
       "outputs": [{"name": "LATENT", "type": "LATENT", "links": [5]}], "widgets_values": [640]},
      {"id": 11, "type": "VAEDecode", "mode": 0, "inputs": [{"name": "samples", "type": "LATENT", "link": 5}]}],
      "links": [[5, 10, 0, 11, 0, "LATENT"]],
      "definitions": {"subgraphs": [{"id": "s-1", "name": "S",
        "inputs": [{"name": "width", "type": "INT", "linkIds": [1]}], "outputs": [{"name": "LATENT", "type": "LATENT", "linkIds": [2]}],
        "nodes": [{"id": 1, "type": "EmptyLatentImage", "mode": 0,
                   "inputs": [{"name": "width", "type": "INT", "widget": {"name": "width"}, "link": 1}],
                   "outputs": [{"name": "LATENT", "type": "LATENT", "links": [2]}], "widgets_values": [512, 512, 1]}],
        "links": [{"id": 1, "origin_id": -10, "origin_slot": 0, "target_id": 1, "target_slot": 0, "type": "INT"},
                  {"id": 2, "origin_id": 1, "origin_slot": 0, "target_id": -20, "target_slot": 0, "type": "LATENT"}]}]}})");
    QCOMPARE(r.prompt.value(u"10:1").value(u"inputs").value(u"width").toNumber().toText(), u"640"_s);
    QCOMPARE(r.prompt.value(u"11").value(u"inputs").value(u"samples").toPythonString(), u"[\"10:1\", 0]"_s);
}

void tst_SavedWorkflow::validation()
{
    const JsonTree prompt = JsonTree::parse(R"({
      "1": {"class_type": "EmptyLatentImage", "inputs": {"width": 99999, "height": 512}},
      "2": {"class_type": "KSampler", "inputs": {"model": ["9", 0], "sampler_name": "nope", "latent_image": ["1", 4]}},
      "3": {"class_type": "NoSuchNode", "inputs": {}}})");
    const WorkflowDiagnostics d = WorkflowValidator(m_catalogue).validate(prompt);
    auto has = [&](const char *node, const char *input, WorkflowDiagnostic::Kind kind) {
        for (const auto &x : d) {
            if (x.nodeId == QLatin1StringView(node) && x.input == QLatin1StringView(input) && x.kind == kind)
                return true;
        }
        return false;
    };
    using K = WorkflowDiagnostic::Kind;
    QVERIFY(has("1", "width", K::OutOfRange));
    QVERIFY(has("1", "batch_size", K::MissingInput));
    QVERIFY(has("2", "model", K::BadLink));
    QVERIFY(has("2", "latent_image", K::BadLink));
    QVERIFY(has("2", "sampler_name", K::NotInList));
    QVERIFY(has("2", "steps", K::MissingInput));
    QVERIFY(has("3", "", K::UnknownClass));
}

// The server skips the list check of an upload input (LoadImage.VALIDATE_INPUTS takes the
// value itself; comfyui-protocol.md 1.6): a freshly uploaded "subfolder/name" is not in
// /object_info's list until it is fetched again, and is no error. Any other list still is.
// The messages are the editor's: one rule set, one message set (ValueRules::checkInput).
void tst_SavedWorkflow::validationSkipsTheListOfAnUploadInput()
{
    const JsonTree prompt = JsonTree::parse(R"({
      "1": {"class_type": "LoadImage", "inputs": {"image": "capture_sub/capture_sub.png"}},
      "2": {"class_type": "ImageScale", "inputs": {"image": ["1", 0], "upscale_method": "bogus-method",
            "width": "wide", "height": 512, "crop": "disabled"}}})");
    const WorkflowDiagnostics d = WorkflowValidator(m_catalogue).validate(prompt);
    QString upscale;
    QString width;
    for (const auto &x : d) {
        QVERIFY2(x.nodeId != u"1"_s, qPrintable(x.message));
        if (x.nodeId == u"2"_s && x.input == u"upscale_method"_s && x.kind == WorkflowDiagnostic::Kind::NotInList)
            upscale = x.message;
        if (x.nodeId == u"2"_s && x.input == u"width"_s && x.kind == WorkflowDiagnostic::Kind::BadType)
            width = x.message;
    }
    const NodeClass *scale = m_catalogue.nodeClass(u"ImageScale"_s);
    QVERIFY(scale);
    QCOMPARE(upscale, ValueRules::checkInput({}, scale->input(u"upscale_method"_s), JsonTree::fromString(u"bogus-method"_s),
                                             ValueRules::Strictness::Editor));
    QCOMPARE(width, ValueRules::checkInput({}, scale->input(u"width"_s), JsonTree::fromString(u"wide"_s),
                                           ValueRules::Strictness::Editor));
    QVERIFY(!upscale.isEmpty() && !width.isEmpty());
}

void tst_SavedWorkflow::cycle()
{
    const JsonTree prompt = JsonTree::parse(R"({
      "1": {"class_type": "LatentUpscaleBy", "inputs": {"samples": ["2", 0], "upscale_method": "nearest-exact", "scale_by": 1.5}},
      "2": {"class_type": "LatentUpscaleBy", "inputs": {"samples": ["1", 0], "upscale_method": "nearest-exact", "scale_by": 1.5}}})");
    bool cycle = false;
    for (const auto &x : WorkflowValidator(m_catalogue).validate(prompt))
        cycle |= x.kind == WorkflowDiagnostic::Kind::Cycle;
    QVERIFY(cycle);
}

QTEST_GUILESS_MAIN(tst_SavedWorkflow)
#include "tst_savedworkflow.moc"
