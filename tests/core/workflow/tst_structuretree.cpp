// The editor's tree around structure edits (issue 22): the nodes inside a subgraph as
// children of its subgraph node, editable there, with structure edits made in the
// subgraph's definition; what the views hold (expanded rows, selection) surviving an edit;
// and edits checked off the GUI thread without losing an edit made meanwhile. Each result
// is checked against the expected/ prompts written from the rules, and the models with
// QAbstractItemModelTester.
#include "nodecatalogue.h"
#include "workflowfiltermodel.h"
#include "workflowfixtures.h"
#include "workflowmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_StructureTree : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void subgraphNodesAreChildren();
    void innerValueEditsTheDefinition();
    void innerSeedStepsAfterQueue();
    void promotedWidgetEditsInnerValue();
    void structureEditsByTreeIds();
    void filterFindsInnerNodes();
    void editKeepsPersistentIndexes();
    void asyncEditKeepsConcurrentEdit();
    void asyncEditRefused();

private:
    WorkflowDocument open(const QString &relative) const;
    static QJsonObject expected(const QString &name);
    static QJsonObject prompt(const WorkflowDocument &doc);
    std::shared_ptr<const NodeCatalogue> m_catalogue;
};

void tst_StructureTree::initTestCase()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_catalogue = WorkflowFixtures::recordedCatalogue();
    QVERIFY(m_catalogue);
}

WorkflowDocument tst_StructureTree::open(const QString &relative) const
{
    return WorkflowFixtures::openWorkflow(relative, m_catalogue);
}

QJsonObject tst_StructureTree::expected(const QString &name)
{
    return WorkflowFixtures::expectedPrompt(name);
}

QJsonObject tst_StructureTree::prompt(const WorkflowDocument &doc)
{
    return WorkflowFixtures::apiPrompt(doc);
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

void tst_StructureTree::subgraphNodesAreChildren()
{
    WorkflowModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(open(u"ui/basic-subgraph-zero-uuid.json"_s));
    // The file: subgraph node 2 (one socket, "positive"); its definition holds a KSampler
    // (1) and a VAE Encode (2). The server knows them as "2:1" and "2:2".
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex subgraph = model.index(0, WorkflowModel::NameColumn);
    QCOMPARE(subgraph.data(WorkflowModel::NodeIdRole).toString(), u"2"_s);
    QCOMPARE(subgraph.data().toString(), u"New Subgraph"_s); // the definition's name, not its UUID
    // "2 node(s)" untranslated; the English translation says "2 nodes".
    QVERIFY(subgraph.siblingAtColumn(WorkflowModel::ValueColumn).data().toString().startsWith(u"subgraph #2 · 2 node"_s));
    QCOMPARE(model.rowCount(subgraph), 3);
    QCOMPARE(model.index(0, 0, subgraph).data(WorkflowModel::KindRole).toInt(), int(WorkflowModel::InputKind));
    QCOMPARE(model.index(0, 0, subgraph).data(WorkflowModel::InputNameRole).toString(), u"positive"_s);
    const QModelIndex sampler = model.index(1, 0, subgraph);
    QCOMPARE(sampler.data(WorkflowModel::KindRole).toInt(), int(WorkflowModel::NodeKind));
    QCOMPARE(sampler.data(WorkflowModel::NodeIdRole).toString(), u"2:1"_s);
    QCOMPARE(sampler.data().toString(), u"KSampler"_s);
    QCOMPARE(sampler.parent(), subgraph);
    QCOMPARE(model.nodeIndex(u"2:1"_s), sampler);
    QCOMPARE(model.index(2, 0, subgraph).data().toString(), u"VAE Encode"_s);
    QCOMPARE(model.rowCount(model.index(2, 0, subgraph)), 2); // pixels, vae
    // The KSampler's inputs, in the catalogue's order, with their values from the definition.
    const QModelIndex steps = model.inputIndex(u"2:1"_s, u"steps"_s);
    QVERIFY(steps.isValid());
    QCOMPARE(steps.parent(), sampler);
    QCOMPARE(steps.data().toString(), u"20"_s);
    QCOMPARE(steps.siblingAtColumn(WorkflowModel::NameColumn).data(WorkflowModel::LabelRole).toString(), u"Steps"_s);
    QVERIFY(steps.flags() & Qt::ItemIsEditable);
    // Its positive comes in through the subgraph node.
    const QModelIndex positive = model.inputIndex(u"2:1"_s, u"positive"_s);
    QVERIFY(positive.data(WorkflowModel::IsLinkRole).toBool());
    QCOMPARE(positive.data(WorkflowModel::LinkNodeIdRole).toString(), u"2"_s);

    // Nested: 205 holds 76, which holds the UNET loader 203.
    model.setDocument(open(u"ui/nested_subgraph_installed_model.json"_s));
    const QModelIndex loader = model.nodeIndex(u"205:76:203"_s);
    QVERIFY(loader.isValid());
    QCOMPARE(loader.data().toString(), u"Load Diffusion Model"_s);
    QCOMPARE(loader.parent().data(WorkflowModel::NodeIdRole).toString(), u"205:76"_s);
    QCOMPARE(loader.parent().parent().data(WorkflowModel::NodeIdRole).toString(), u"205"_s);
    // Its model comes in from the subgraph node that holds it (a widget the subgraph shows
    // on its node).
    QCOMPARE(model.inputIndex(u"205:76:203"_s, u"unet_name"_s).data(WorkflowModel::LinkNodeIdRole).toString(),
             u"205:76"_s);
    QCOMPARE(model.inputIndex(u"205:76:203"_s, u"weight_dtype"_s).data().toString(), u"default"_s);
}

void tst_StructureTree::innerValueEditsTheDefinition()
{
    WorkflowModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const WorkflowDocument original = open(u"ui/basic-subgraph-zero-uuid.json"_s);
    model.setDocument(original);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex steps = model.inputIndex(u"2:1"_s, u"steps"_s);
    QVERIFY2(model.setData(steps, u"31"_s), qPrintable(model.lastError()));
    QCOMPARE(steps.data().toString(), u"31"_s);
    QVERIFY(!changed.isEmpty());
    // The prompt: the inner KSampler's steps; the definition's node holds it, the rest of
    // the file is as it was.
    QCOMPARE(prompt(model.document()), withInput(expected(u"basic-subgraph-zero-uuid.api.json"_s), u"2:1"_s,
                                                 u"steps"_s, 31));
    const JsonTree definition = model.document().tree().value(u"definitions"_s).value(u"subgraphs"_s).at(0);
    QCOMPARE(definition.value(u"nodes"_s).at(0).value(u"widgets_values"_s).at(2).toNumber().toText(), u"31"_s);
    QVERIFY(model.document().tree().value(u"nodes"_s) == original.tree().value(u"nodes"_s));
    // Out of range is refused there as anywhere.
    QVERIFY(!model.setData(steps, u"0"_s));
    // Renaming and bypassing an inner node write the definition's node too.
    QVERIFY(model.setTitle(u"2:1"_s, u"Inner sampler"_s));
    QCOMPARE(model.nodeIndex(u"2:1"_s).data().toString(), u"Inner sampler"_s);
    QVERIFY(model.setNodeMode(u"2:2"_s, 4));
    QCOMPARE(model.nodeIndex(u"2:2"_s).data(WorkflowModel::ModeRole).toInt(), 4);
    QCOMPARE(model.document().tree().value(u"definitions"_s).value(u"subgraphs"_s).at(0).value(u"nodes"_s).at(1)
                 .value(u"mode"_s).toNumber().toText(),
             u"4"_s);
    while (model.undoStack()->canUndo())
        model.undoStack()->undo();
    QVERIFY(model.document().tree() == original.tree());
}

void tst_StructureTree::innerSeedStepsAfterQueue()
{
    // The web UI steps control_after_generate on every node it queued, those inside
    // subgraphs too (app.ts queuePrompt: collectAllNodes walks each subgraph node's
    // definition), so the inner KSampler's seed changes after a queue.
    WorkflowModel model;
    const WorkflowDocument original = open(u"ui/basic-subgraph-zero-uuid.json"_s);
    model.setDocument(original);
    // The file: the definition's KSampler holds seed 0 with "randomize".
    QCOMPARE(model.document().controlMode(u"2:1"_s, u"seed"_s), u"randomize"_s);
    QCOMPARE(model.applyAfterQueue(), 1);
    const JsonTree seed = model.document().inputValue(u"2:1"_s, u"seed"_s);
    QVERIFY(seed.isNumber());
    QVERIFY(seed.toNumber().toText() != u"0"_s); // [0, 2^50]: 0 again has odds of 2^-50
    QCOMPARE(prompt(model.document()),
             withInput(expected(u"basic-subgraph-zero-uuid.api.json"_s), u"2:1"_s, u"seed"_s,
                       seed.toNumber().toDouble()));
    QCOMPARE(model.document().tree().value(u"definitions"_s).value(u"subgraphs"_s).at(0).value(u"nodes"_s).at(0)
                 .value(u"widgets_values"_s).at(0).toNumber().toText(),
             seed.toNumber().toText());
    QVERIFY(model.document().tree().value(u"nodes"_s) == original.tree().value(u"nodes"_s));
    model.undoStack()->undo();
    QVERIFY(model.document().tree() == original.tree());

    // "increment": seed 0 becomes 1.
    QVERIFY(model.setControlMode(u"2:1"_s, u"seed"_s, u"increment"_s));
    QCOMPARE(model.applyAfterQueue(), 1);
    QCOMPARE(prompt(model.document()),
             withInput(expected(u"basic-subgraph-zero-uuid.api.json"_s), u"2:1"_s, u"seed"_s, 1));

    // Two instances of one definition share its widget, and the web UI's walk passes
    // through it once per instance: it is stepped twice, both instances send the result.
    // (A second instance, node 3, written into the file: the fixture's prompt lacks
    // inputs, so the validator would refuse a duplicate made in the editor.)
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/workflows/ui/basic-subgraph-zero-uuid.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray nodes = json.value(u"nodes").toArray();
    QJsonObject second = nodes.at(0).toObject();
    second.insert(u"id"_s, 3);
    nodes.append(second);
    json.insert(u"nodes"_s, nodes);
    json.insert(u"last_node_id"_s, 3);
    WorkflowDocument twice(JsonTree::fromQJsonValue(json), WorkflowDocument::Format::Saved, u"twice.json"_s);
    twice.setCatalogue(m_catalogue);
    model.setDocument(twice);
    QVERIFY(model.setControlMode(u"3:1"_s, u"seed"_s, u"increment"_s));
    QCOMPARE(model.applyAfterQueue(), 1);
    const QJsonObject p = prompt(model.document());
    QCOMPARE(p.value(u"2:1").toObject().value(u"inputs").toObject().value(u"seed").toInteger(), 2);
    QCOMPARE(p.value(u"3:1").toObject().value(u"inputs").toObject().value(u"seed").toInteger(), 2);
    // "fixed" leaves it.
    QVERIFY(model.setControlMode(u"2:1"_s, u"seed"_s, u"fixed"_s));
    QCOMPARE(model.applyAfterQueue(), 0);
}

void tst_StructureTree::promotedWidgetEditsInnerValue()
{
    // The file: subgraph node 205 shows unet_name_1 as a widget (proxyWidgets); it feeds
    // the nested subgraph node 76, whose UNETLoader 203 holds the value (205's own
    // widgets_values is empty). The frontend reads and writes that widget through to the
    // inner one (ExecutableNodeDTO.resolveInput takes the subgraph node's widget value).
    WorkflowModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const WorkflowDocument original = open(u"ui/nested_subgraph_installed_model.json"_s);
    model.setDocument(original);
    const QModelIndex row = model.inputIndex(u"205"_s, u"unet_name_1"_s);
    QVERIFY(row.isValid());
    QCOMPARE(row.data().toString(), u"lotus-depth-d-v1-1.safetensors"_s);
    QVERIFY(row.flags() & Qt::ItemIsEditable);
    QVERIFY2(model.setData(row, u"other.safetensors"_s), qPrintable(model.lastError()));
    QCOMPARE(row.data().toString(), u"other.safetensors"_s);
    const QJsonObject nested = expected(u"nested_subgraph_installed_model.api.json"_s);
    QCOMPARE(prompt(model.document()), withInput(nested, u"205:76:203"_s, u"unet_name"_s, u"other.safetensors"_s));
    // Written into the innermost definition's node; the top-level nodes are untouched.
    const JsonTree subgraphs = model.document().tree().value(u"definitions"_s).value(u"subgraphs"_s);
    bool written = false;
    for (int i = 0; i < subgraphs.size(); ++i) {
        const JsonTree nodes = subgraphs.at(i).value(u"nodes"_s);
        for (int k = 0; k < nodes.size(); ++k) {
            if (nodes.at(k).value(u"type"_s).toString() == u"UNETLoader"_s)
                written = nodes.at(k).value(u"widgets_values"_s).at(0).toString() == u"other.safetensors"_s;
        }
    }
    QVERIFY(written);
    QVERIFY(model.document().tree().value(u"nodes"_s) == original.tree().value(u"nodes"_s));
    model.undoStack()->undo();
    QVERIFY(model.document().tree() == original.tree());

    // An instance that holds its own value (older frontends wrote it into the instance's
    // widgets_values) is edited there: the prompt takes it from the instance.
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/workflows/ui/nested_subgraph_installed_model.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray nodes = json.value(u"nodes").toArray();
    QJsonObject instance = nodes.at(0).toObject();
    instance.insert(u"widgets_values"_s, QJsonArray{u"own.safetensors"_s});
    nodes.replace(0, instance);
    json.insert(u"nodes"_s, nodes);
    WorkflowDocument own(JsonTree::fromQJsonValue(json), WorkflowDocument::Format::Saved, u"own.json"_s);
    own.setCatalogue(m_catalogue);
    model.setDocument(own);
    const QModelIndex ownRow = model.inputIndex(u"205"_s, u"unet_name_1"_s);
    QCOMPARE(ownRow.data().toString(), u"own.safetensors"_s);
    QVERIFY2(model.setData(ownRow, u"mine.safetensors"_s), qPrintable(model.lastError()));
    QCOMPARE(prompt(model.document()), withInput(nested, u"205:76:203"_s, u"unet_name"_s, u"mine.safetensors"_s));
    QCOMPARE(model.document().tree().value(u"nodes"_s).at(0).value(u"widgets_values"_s).at(0).toString(),
             u"mine.safetensors"_s);
    QVERIFY(model.document().tree().value(u"definitions"_s) == own.tree().value(u"definitions"_s));
}

void tst_StructureTree::structureEditsByTreeIds()
{
    // The ids the tree shows ("2:1") reach the definition without naming it.
    WorkflowModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const WorkflowDocument original = open(u"ui/basic-subgraph-zero-uuid.json"_s);
    model.setDocument(original);
    const QList<StructureEdit::Source> latents = StructureEdit(original).compatibleSources(u"2:1"_s, u"latent_image"_s);
    QCOMPARE(latents.size(), 1);
    QCOMPARE(latents.at(0).nodeId, u"2:2"_s);
    QVERIFY2(model.connectInput(u"2:1"_s, u"latent_image"_s, u"2:2"_s, 0), qPrintable(model.lastError()));
    const QJsonObject linked = withInput(expected(u"basic-subgraph-zero-uuid.api.json"_s), u"2:1"_s,
                                         u"latent_image"_s, QJsonArray{u"2:2"_s, 0});
    QCOMPARE(prompt(model.document()), linked);
    QCOMPARE(model.inputIndex(u"2:1"_s, u"latent_image"_s).data(WorkflowModel::LinkNodeIdRole).toString(), u"2:2"_s);
    // A source in another graph is refused.
    QVERIFY(!model.connectInput(u"2:1"_s, u"model"_s, u"2"_s, 0));
    while (model.undoStack()->canUndo())
        model.undoStack()->undo();
    QVERIFY(model.document().tree() == original.tree());

    // Nested: the innermost node (205 holds 76, which holds 203) by its path. A copy is a
    // new node of the inner definition, shown under 205:76 and run as 205:76:<its id>.
    model.setDocument(open(u"ui/nested_subgraph_installed_model.json"_s));
    const QJsonObject nested = expected(u"nested_subgraph_installed_model.api.json"_s);
    QCOMPARE(prompt(model.document()), nested);
    const QString copy = model.duplicateNode(u"205:76:203"_s);
    QVERIFY2(copy.startsWith(u"205:76:"_s), qPrintable(copy + u' ' + model.lastError()));
    QCOMPARE(model.nodeIndex(copy).parent(), model.nodeIndex(u"205:76"_s));
    QJsonObject twice = nested;
    twice.insert(copy, nested.value(u"205:76:203"_s));
    QCOMPARE(prompt(model.document()), twice);
    QVERIFY(model.removeNode(copy));
    QCOMPARE(prompt(model.document()), nested);
    // Removing the node itself, as tst_structureedit does by naming the definition.
    QVERIFY2(model.removeNode(u"205:76:203"_s), qPrintable(model.lastError()));
    QCOMPARE(prompt(model.document()), QJsonObject());
    QVERIFY(!model.nodeIndex(u"205:76:203"_s).isValid());
    QCOMPARE(model.rowCount(model.nodeIndex(u"205:76"_s)), model.document().node(u"205:76"_s)->inputs.size());
}

void tst_StructureTree::filterFindsInnerNodes()
{
    WorkflowModel model;
    model.setDocument(open(u"ui/basic-subgraph-zero-uuid.json"_s));
    WorkflowFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    // "euler" is the inner KSampler's sampler: the subgraph node shows, with that node
    // and that input only.
    filter.setFilterText(u"euler"_s);
    QCOMPARE(filter.rowCount(), 1);
    const QModelIndex subgraph = filter.index(0, 0);
    QVERIFY(filter.hasChildren(subgraph));
    QCOMPARE(filter.rowCount(subgraph), 1);
    const QModelIndex sampler = filter.index(0, 0, subgraph);
    QCOMPARE(sampler.data(WorkflowModel::NodeIdRole).toString(), u"2:1"_s);
    QCOMPARE(filter.rowCount(sampler), 1);
    QCOMPARE(filter.index(0, 0, sampler).data(WorkflowModel::InputNameRole).toString(), u"sampler_name"_s);
    // A value typed inside is found at once.
    QVERIFY(model.setValue(u"2:1"_s, u"sampler_name"_s, JsonTree::fromString(u"dpmpp_2m"_s)));
    filter.setFilterText(u"dpmpp_2m"_s);
    QCOMPARE(filter.rowCount(), 1);
    filter.setFilterText(u"euler"_s);
    QCOMPARE(filter.rowCount(), 0);
    filter.setFilterText({});
    QCOMPARE(filter.rowCount(filter.index(0, 0)), 3);

    // As the editor does it: the filter first, then a document.
    WorkflowModel second;
    WorkflowFilterModel secondFilter;
    QAbstractItemModelTester secondTester(&secondFilter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    secondFilter.setSourceModel(&second);
    second.setDocument(open(u"ui/basic-subgraph-zero-uuid.json"_s));
    QVERIFY(!secondFilter.simpleViewHasInputs());
    QCOMPARE(secondFilter.rowCount(), 1);
    QVERIFY(secondFilter.mapFromSource(second.nodeIndex(u"2:1"_s)).isValid());
}

void tst_StructureTree::editKeepsPersistentIndexes()
{
    WorkflowModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(open(u"ui/default.json"_s));
    const QPersistentModelIndex sampler = model.nodeIndex(u"3"_s);
    const QPersistentModelIndex seed = model.inputIndex(u"3"_s, u"seed"_s, WorkflowModel::ValueColumn);
    const QPersistentModelIndex vae = model.nodeIndex(u"8"_s);
    const QPersistentModelIndex checkpoint = model.nodeIndex(u"4"_s);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    const QString lora = model.insertNode(u"4"_s, u"LoraLoader"_s, StructureEdit::Placement::After);
    QVERIFY2(!lora.isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(layouts.count(), 1);
    // Every index a view holds still names what it named.
    QCOMPARE(sampler.data(WorkflowModel::NodeIdRole).toString(), u"3"_s);
    QCOMPARE(seed.data(WorkflowModel::InputNameRole).toString(), u"seed"_s);
    QCOMPARE(seed.column(), int(WorkflowModel::ValueColumn));
    QCOMPARE(vae.data(WorkflowModel::NodeIdRole).toString(), u"8"_s);
    QCOMPARE(QModelIndex(sampler), model.nodeIndex(u"3"_s));
    // The model's link row shows the new source.
    QCOMPARE(model.inputIndex(u"3"_s, u"model"_s).data(WorkflowModel::LinkNodeIdRole).toString(), lora);
    const QPersistentModelIndex added = model.nodeIndex(lora);
    QVERIFY(added.isValid());
    QVERIFY(model.removeNode(lora));
    QVERIFY(!added.isValid()); // its row is gone
    QCOMPARE(checkpoint.data(WorkflowModel::NodeIdRole).toString(), u"4"_s);
    model.undoStack()->undo(); // the LoRA back (undo of the removal)
    QCOMPARE(model.nodeIndex(lora).data(WorkflowModel::ClassTypeRole).toString(), u"LoraLoader"_s);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(seed.data(WorkflowModel::InputNameRole).toString(), u"seed"_s);
}

void tst_StructureTree::asyncEditKeepsConcurrentEdit()
{
    WorkflowModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const WorkflowDocument original = open(u"ui/default.json"_s);
    model.setDocument(original);
    bool finished = false;
    bool succeeded = false;
    QString newId;
    model.submitStructureEdit(
        u"4"_s,
        [](const StructureEdit &edit) {
            return edit.insertNode(u"4"_s, u"LoraLoader"_s, StructureEdit::Placement::After);
        },
        [&](bool ok, const QString &id) {
            finished = true;
            succeeded = ok;
            newId = id;
        });
    // Typed while the edit is checked on the worker: its result comes back through this
    // thread's event loop, so this edit is certainly made first.
    const quint64 revision = model.revision();
    QVERIFY(model.setValue(u"3"_s, u"steps"_s, JsonTree::fromInt(33)));
    QVERIFY(model.revision() != revision);
    QVERIFY(!finished);
    QTRY_VERIFY(finished);
    QVERIFY2(succeeded, qPrintable(model.lastError()));
    QCOMPARE(newId, u"10"_s);
    // Both: the value typed meanwhile and the LoRA, as two undo steps.
    QCOMPARE(model.document().inputValue(u"3"_s, u"steps"_s).toNumber().toText(), u"33"_s);
    QJsonObject want = withInput(expected(u"default.api.json"_s), u"3"_s, u"steps"_s, 33);
    want = withInput(want, u"3"_s, u"model"_s, QJsonArray{u"10"_s, 0});
    const QJsonObject p = prompt(model.document());
    QCOMPARE(p.value(u"3"_s), want.value(u"3"_s));
    QCOMPARE(p.value(u"10"_s)[u"class_type"_s].toString(), u"LoraLoader"_s);
    QCOMPARE(model.undoStack()->count(), 2);
    model.undoStack()->undo();
    model.undoStack()->undo();
    QVERIFY(model.document().tree() == original.tree());
}

void tst_StructureTree::asyncEditRefused()
{
    WorkflowModel model;
    const WorkflowDocument original = open(u"ui/default.json"_s);
    model.setDocument(original);
    bool finished = false;
    bool succeeded = true;
    // MODEL into CONDITIONING: refused with the reason, nothing on the stack.
    model.submitStructureEdit(
        u"3"_s,
        [](const StructureEdit &edit) { return edit.connectInput(u"3"_s, u"positive"_s, u"4"_s, 0); },
        [&](bool ok, const QString &) {
            finished = true;
            succeeded = ok;
        });
    QTRY_VERIFY(finished);
    QVERIFY(!succeeded);
    QVERIFY2(model.lastError().contains(u"MODEL"_s), qPrintable(model.lastError()));
    QCOMPARE(model.undoStack()->count(), 0);
    QVERIFY(model.document().tree() == original.tree());
}

QTEST_MAIN(tst_StructureTree)
#include "tst_structuretree.moc"
