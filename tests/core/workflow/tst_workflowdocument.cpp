// The workflow document: every shared fixture opens, takes an edit (a value, a title,
// bypass), saves in its own format and reads back with the same readers with the edit
// in place and every field it did not touch unchanged.
#include "nodecatalogue.h"
#include "savedworkflow.h"
#include "workflowdocument.h"
#include "workflowfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_WorkflowDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void editSaveReload_data();
    void editSaveReload();
    void savedToApiMatchesConversion();
    void apiCannotBecomeSaved();
    void outOfRangeRefusedWithReason();
    void controlAfterGenerate();
    void primitiveDrivesItsTargets();
    void exposedInputs();

private:
    std::shared_ptr<const NodeCatalogue> m_catalogue;
    QTemporaryDir m_dir;
};

namespace {

// A different value that the input's spec accepts.
JsonTree otherValue(const DocumentInput &input, const JsonTree &value)
{
    const QString type = input.spec ? input.spec->type : input.type;
    if (type == "BOOLEAN"_L1)
        return JsonTree::fromBool(!value.toBool());
    if (type == "STRING"_L1)
        return JsonTree::fromString(value.toString() + u" – edited ✓"_s);
    if (type == "COMBO"_L1) {
        if (!input.spec || input.spec->choices().size() < 2)
            return {};
        const QString current = value.toString();
        return JsonTree::fromString(input.spec->choices().at(0) == current ? input.spec->choices().at(1)
                                                                        : input.spec->choices().at(0));
    }
    if (type == "INT"_L1) {
        qint64 v = qint64(value.toNumber().toDouble()) + 1;
        if (input.spec && input.spec->maximum().isValid() && JsonNumber::fromInt(v).compare(input.spec->maximum()) > 0)
            v -= 2;
        return JsonTree::fromInt(v);
    }
    if (type == "FLOAT"_L1) {
        double v = value.toNumber().toDouble() + 0.25;
        if (input.spec && input.spec->maximum().isValid() && v > input.spec->maximum().toDouble())
            v -= 0.5;
        return JsonTree::fromDouble(v);
    }
    return {};
}

JsonTree nodesOf(const JsonTree &tree, WorkflowDocument::Format format)
{
    return format == WorkflowDocument::Format::Saved ? tree.value(u"nodes") : tree;
}

} // namespace

void tst_WorkflowDocument::initTestCase()
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/object_info.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    NodeCatalogue::ParseError error;
    m_catalogue = std::make_shared<NodeCatalogue>(NodeCatalogue::fromJson(file.readAll(), &error));
    QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
    QVERIFY(m_dir.isValid());
}

void tst_WorkflowDocument::editSaveReload_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &folder : {u"ui"_s, u"api"_s}) {
        const QDir dir(QStringLiteral(EASEL_SHARED_DIR "/workflows/") + folder);
        const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &name : files)
            QTest::addRow("%s/%s", qPrintable(folder), qPrintable(name)) << dir.filePath(name);
    }
}

void tst_WorkflowDocument::editSaveReload()
{
    QFETCH(QString, path);
    QString error;
    WorkflowDocument doc = WorkflowDocument::fromFile(path, &error);
    QVERIFY2(!doc.isNull(), qPrintable(error));
    doc.setCatalogue(m_catalogue);
    QVERIFY(!doc.nodes().isEmpty());
    const JsonTree original = doc.tree();
    const WorkflowDocument::Format format = doc.format();

    // The first value the user can change.
    QString nodeId, inputName;
    JsonTree newValue;
    for (const DocumentNode &node : doc.nodes()) {
        for (const DocumentInput &input : node.inputs) {
            if (!input.isWidget || input.linked)
                continue;
            const JsonTree candidate = otherValue(input, doc.inputValue(node.id, input.name));
            if (candidate.isNull())
                continue;
            QString refusal;
            if (!doc.setInputValue(node.id, input.name, candidate, &refusal))
                continue; // e.g. the file's own value is out of range; try another
            nodeId = node.id;
            inputName = input.name;
            newValue = candidate;
            break;
        }
        if (!nodeId.isEmpty())
            break;
    }
    const QString titledId = doc.nodes().constLast().id;
    QVERIFY(doc.setTitle(titledId, u"Renamed «node» 名前"_s, &error));
    QString bypassedId;
    if (format == WorkflowDocument::Format::Saved) {
        bypassedId = doc.nodes().constFirst().id;
        QVERIFY(doc.setMode(bypassedId, 4, &error));
    } else {
        QVERIFY(!doc.setMode(doc.nodes().constFirst().id, 4, &error));
        QVERIFY(!error.isEmpty());
    }

    const QString out = m_dir.filePath(QFileInfo(path).fileName());
    QVERIFY2(doc.save(out, format, &error), qPrintable(error));

    // Read back with the same readers.
    const WorkflowFile file = WorkflowFile::fromFile(out, &error);
    QVERIFY2(!file.isNull(), qPrintable(error));
    WorkflowDocument reread = WorkflowDocument::fromWorkflowFile(file);
    reread.setCatalogue(m_catalogue);
    QCOMPARE(reread.format(), format);
    if (!nodeId.isEmpty())
        QVERIFY(reread.inputValue(nodeId, inputName) == newValue);
    QCOMPARE(reread.node(titledId)->title, u"Renamed «node» 名前"_s);
    if (!bypassedId.isEmpty())
        QCOMPARE(reread.node(bypassedId)->mode, 4);

    // Everything else is as it was.
    const JsonTree &saved = file.tree();
    if (format == WorkflowDocument::Format::Saved) {
        QCOMPARE(saved.keys(), original.keys());
        for (const QString &key : original.keys()) {
            if (key != "nodes"_L1)
                QVERIFY2(saved.value(key) == original.value(key), qPrintable(key));
        }
    }
    const JsonTree before = nodesOf(original, format);
    const JsonTree after = nodesOf(saved, format);
    QCOMPARE(after.size(), before.size());
    const QStringList edited{nodeId, titledId, bypassedId};
    for (int i = 0; i < before.size(); ++i) {
        const QString id = format == WorkflowDocument::Format::Saved ? savedIdText(before.at(i).value(u"id"))
                                                                     : before.keys().at(i);
        if (!edited.contains(id)) {
            QVERIFY2(after.at(i) == before.at(i), qPrintable(id));
            continue;
        }
        const JsonTree &a = after.at(i);
        const JsonTree &b = before.at(i);
        for (const QString &key : b.keys()) {
            if (key == "widgets_values"_L1 || key == "inputs"_L1 || key == "title"_L1 || key == "mode"_L1
                || key == "_meta"_L1)
                continue;
            QVERIFY2(a.value(key) == b.value(key), qPrintable(id + u'.' + key));
        }
        // The edited list differs in the one slot only.
        const QString listKey = format == WorkflowDocument::Format::Saved ? u"widgets_values"_s : u"inputs"_s;
        const JsonTree la = a.value(listKey);
        const JsonTree lb = b.value(listKey);
        if (id != nodeId || !lb.isArray()) {
            if (id != nodeId)
                QVERIFY(la == lb);
            continue;
        }
        const int slot = reread.node(nodeId)->inputs.at(reread.node(nodeId)->indexOfInput(inputName)).widgetIndex;
        QCOMPARE(la.size(), lb.size());
        for (int k = 0; k < lb.size(); ++k) {
            if (k != slot)
                QVERIFY(la.at(k) == lb.at(k));
        }
    }
}

void tst_WorkflowDocument::savedToApiMatchesConversion()
{
    QString error;
    WorkflowDocument doc = WorkflowDocument::fromFile(QStringLiteral(EASEL_SHARED_DIR "/workflows/ui/default.json"), &error);
    doc.setCatalogue(m_catalogue);
    QVERIFY(doc.setInputValue(u"3"_s, u"steps"_s, JsonTree::fromInt(33), &error));
    const QString out = m_dir.filePath(u"default.api.json"_s);
    QVERIFY2(doc.save(out, WorkflowDocument::Format::Api, &error), qPrintable(error));
    const WorkflowFile file = WorkflowFile::fromFile(out, &error);
    QCOMPARE(file.format(), WorkflowFile::Format::Api);
    QVERIFY(file.tree() == doc.toApiPrompt().prompt);
    QVERIFY(file.tree().value(u"3").value(u"inputs").value(u"steps") == JsonTree::fromInt(33));
    QVERIFY(!hasErrors(doc.toApiPrompt().diagnostics));
}

void tst_WorkflowDocument::apiCannotBecomeSaved()
{
    QString error;
    WorkflowDocument doc = WorkflowDocument::fromFile(QStringLiteral(EASEL_SHARED_DIR "/workflows/api/sd15_basic.json"), &error);
    QVERIFY(!doc.save(m_dir.filePath(u"x.json"_s), WorkflowDocument::Format::Saved, &error));
    QVERIFY(error.contains(u"API"_s));
}

void tst_WorkflowDocument::outOfRangeRefusedWithReason()
{
    QString error;
    WorkflowDocument doc = WorkflowDocument::fromFile(QStringLiteral(EASEL_SHARED_DIR "/workflows/api/sd15_basic.json"), &error);
    doc.setCatalogue(m_catalogue);
    const JsonTree before = doc.inputValue(u"3"_s, u"steps"_s);
    QVERIFY(!doc.setInputValue(u"3"_s, u"steps"_s, JsonTree::fromInt(0), &error));
    QVERIFY2(error.contains(u"minimum"_s) && error.contains(u"10000"_s), qPrintable(error));
    QVERIFY(doc.inputValue(u"3"_s, u"steps"_s) == before);
    QVERIFY(!doc.setInputValue(u"3"_s, u"sampler_name"_s, JsonTree::fromString(u"no such sampler"_s), &error));
    QVERIFY(error.contains(u"choices"_s));
    QVERIFY(!doc.setInputValue(u"3"_s, u"model"_s, JsonTree::fromInt(1), &error));
    QVERIFY(error.contains(u"link"_s));
    // 64-bit seeds stay exact.
    const JsonNumber big = JsonNumber::fromUInt(18446744073709551615ull);
    QVERIFY2(doc.setInputValue(u"3"_s, u"seed"_s, JsonTree::fromNumber(big), &error), qPrintable(error));
    QVERIFY(doc.toJson(WorkflowDocument::Format::Api, &error).contains("\"seed\": 18446744073709551615"));
}

void tst_WorkflowDocument::controlAfterGenerate()
{
    QString error;
    WorkflowDocument doc = WorkflowDocument::fromFile(QStringLiteral(EASEL_SHARED_DIR "/workflows/ui/default.json"), &error);
    doc.setCatalogue(m_catalogue);
    QCOMPARE(doc.controlMode(u"3"_s, u"seed"_s), u"randomize"_s); // the legacy `true`
    QVERIFY(doc.controlMode(u"3"_s, u"steps"_s).isEmpty());
    QVERIFY(doc.setControlMode(u"3"_s, u"seed"_s, u"increment"_s, &error));
    QVERIFY(doc.tree().value(u"nodes").toPythonString().contains(u"\"increment\""_s));
    const QList<WorkflowDocument::ValueChange> changes = doc.afterQueueChanges();
    QCOMPARE(changes.size(), 1);
    QVERIFY(changes.first().after == JsonTree::fromInt(156680208700287));
    QVERIFY(doc.setControlMode(u"3"_s, u"seed"_s, u"decrement"_s, &error));
    QVERIFY(doc.afterQueueChanges().first().after == JsonTree::fromInt(156680208700285));
    QVERIFY(doc.setControlMode(u"3"_s, u"seed"_s, u"randomize"_s, &error));
    const JsonTree random = doc.afterQueueChanges().first().after;
    QVERIFY(random.isNumber() && random.toNumber().toDouble() >= 0 && random.toNumber().toDouble() <= 1125899906842624.0);
    QVERIFY(doc.setControlMode(u"3"_s, u"seed"_s, u"fixed"_s, &error));
    QVERIFY(doc.afterQueueChanges().isEmpty());
    QVERIFY(!doc.setControlMode(u"3"_s, u"seed"_s, u"sideways"_s, &error));

    // Increment stops at the maximum (2^64 - 1), exactly.
    QVERIFY(doc.setControlMode(u"3"_s, u"seed"_s, u"increment"_s, &error));
    QVERIFY(doc.setInputValue(u"3"_s, u"seed"_s, JsonTree::fromNumber(JsonNumber::fromUInt(18446744073709551615ull)), &error));
    QVERIFY(doc.afterQueueChanges().isEmpty());

    // API files have no control values: fixed until the user picks one.
    WorkflowDocument api = WorkflowDocument::fromFile(QStringLiteral(EASEL_SHARED_DIR "/workflows/api/sd15_basic.json"), &error);
    api.setCatalogue(m_catalogue);
    QCOMPARE(api.controlMode(u"3"_s, u"seed"_s), u"fixed"_s);
    QVERIFY(api.afterQueueChanges().isEmpty());
    QVERIFY(api.setControlMode(u"3"_s, u"seed"_s, u"increment"_s, &error));
    QCOMPARE(api.afterQueueChanges().size(), 1);
}

void tst_WorkflowDocument::primitiveDrivesItsTargets()
{
    QString error;
    WorkflowDocument doc = WorkflowDocument::fromFile(QStringLiteral(EASEL_SHARED_DIR "/workflows/ui/primitive_node.json"), &error);
    doc.setCatalogue(m_catalogue);
    const DocumentNode *primitive = doc.node(u"1"_s);
    QVERIFY(primitive && primitive->inputs.size() == 1);
    QCOMPARE(primitive->inputs.first().type, u"INT"_s);
    QVERIFY(primitive->inputs.first().spec); // KSampler.steps
    QVERIFY(doc.setInputValue(u"1"_s, u"value"_s, JsonTree::fromInt(42), &error));
    QVERIFY(doc.inputValue(u"2"_s, u"steps"_s) == JsonTree::fromInt(42));
    QVERIFY(doc.toApiPrompt().prompt.value(u"2").value(u"inputs").value(u"steps") == JsonTree::fromInt(42));
    QVERIFY(!doc.setInputValue(u"1"_s, u"value"_s, JsonTree::fromInt(0), &error)); // steps min is 1
}

void tst_WorkflowDocument::exposedInputs()
{
    QString error;
    WorkflowDocument doc = WorkflowDocument::fromFile(QStringLiteral(EASEL_SHARED_DIR "/workflows/ui/linear-basic-app-1.json"), &error);
    doc.setCatalogue(m_catalogue);
    QVERIFY(doc.hasExposedInputs());
    QVERIFY(doc.isExposed(u"3"_s));
    QVERIFY(doc.isExposed(u"3"_s, u"seed"_s));
    QVERIFY(!doc.isExposed(u"3"_s, u"denoise"_s));
    QVERIFY(!doc.isExposed(u"4"_s));
    QVERIFY(doc.setFavourite(u"4"_s, true));
    QVERIFY(doc.isFavourite(u"4"_s));
    QVERIFY(doc.unknownClassTypes().isEmpty());
}

QTEST_GUILESS_MAIN(tst_WorkflowDocument)
#include "tst_workflowdocument.moc"
