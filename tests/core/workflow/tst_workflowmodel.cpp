// The editor's model over a workflow document: every fixture loads under
// QAbstractItemModelTester; edits through setData change the document and go back and
// forth through undo/redo; refused values say why; server errors land on the input.
#include "nodecatalogue.h"
#include "workflowfiltermodel.h"
#include "workflowmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_WorkflowModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fixturesLoad_data();
    void fixturesLoad();
    void editUndoRedo();
    void invalidValuesRejected();
    void titleModeFavourite();
    void afterQueueIsOneUndoStep();
    void serverErrorsBadgeTheInput();
    void filterAndSimpleView();
    void floatInputsReadAsDecimals();

private:
    WorkflowDocument open(const QString &relative);
    std::shared_ptr<const NodeCatalogue> m_catalogue;
};

void tst_WorkflowModel::initTestCase()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/object_info.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_catalogue = std::make_shared<NodeCatalogue>(NodeCatalogue::fromJson(file.readAll()));
}

WorkflowDocument tst_WorkflowModel::open(const QString &relative)
{
    QString error;
    WorkflowDocument doc = WorkflowDocument::fromFile(QStringLiteral(EASEL_SHARED_DIR "/workflows/") + relative, &error);
    doc.setCatalogue(m_catalogue);
    return doc;
}

void tst_WorkflowModel::fixturesLoad_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &folder : {u"ui"_s, u"api"_s}) {
        const QDir dir(QStringLiteral(EASEL_SHARED_DIR "/workflows/") + folder);
        for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
            QTest::addRow("%s/%s", qPrintable(folder), qPrintable(name)) << folder + u'/' + name;
    }
}

void tst_WorkflowModel::fixturesLoad()
{
    QFETCH(QString, file);
    WorkflowModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const WorkflowDocument doc = open(file);
    QVERIFY(!doc.isNull());
    model.setDocument(doc);
    QCOMPARE(model.rowCount(), int(doc.nodes().size()));
    model.revalidate();
    WorkflowFilterModel filter;
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    filter.setFilterText(u"seed"_s);
    filter.setSimpleView(true);
    filter.setFilterText({});
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex node = model.index(r, 0);
        QVERIFY(!model.data(node).toString().isEmpty());
        for (int k = 0; k < model.rowCount(node); ++k) {
            const QModelIndex value = model.index(k, WorkflowModel::ValueColumn, node);
            model.data(value, Qt::ToolTipRole);
            model.data(value, WorkflowModel::InvalidValueRole);
        }
    }
}

void tst_WorkflowModel::editUndoRedo()
{
    WorkflowModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(open(u"ui/default.json"_s));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex steps = model.inputIndex(u"3"_s, u"steps"_s);
    QVERIFY(steps.isValid());
    QCOMPARE(steps.data(Qt::EditRole).toString(), u"20"_s);
    QCOMPARE(steps.data(WorkflowModel::MinimumRole).toString(), u"1"_s);
    QCOMPARE(steps.data(WorkflowModel::MaximumRole).toString(), u"10000"_s);
    QVERIFY(model.setData(steps, u"28"_s));
    QVERIFY(!changed.isEmpty());
    QVERIFY(model.document().inputValue(u"3"_s, u"steps"_s) == JsonTree::fromInt(28));
    QVERIFY(!model.undoStack()->isClean());

    const QModelIndex text = model.inputIndex(u"6"_s, u"text"_s);
    QVERIFY(text.data(WorkflowModel::MultilineRole).toBool());
    const QString prompt = u"a {red|blue} fox,\nby __artist__ <lora:x:0.5>"_s;
    QVERIFY(model.setData(text, prompt));
    QCOMPARE(text.data(WorkflowModel::ValueTextRole).toString(), prompt);
    QCOMPARE(text.data(Qt::DisplayRole).toString(), u"a {red|blue} fox, …"_s);

    const QModelIndex sampler = model.inputIndex(u"3"_s, u"sampler_name"_s);
    QVERIFY(sampler.data(WorkflowModel::ChoicesRole).toStringList().contains(u"dpmpp_2m"_s));
    QVERIFY(model.setData(sampler, u"dpmpp_2m"_s));

    const QModelIndex seed = model.inputIndex(u"3"_s, u"seed"_s);
    QVERIFY(seed.data(WorkflowModel::HasControlRole).toBool());
    QVERIFY(model.setData(seed, u"18446744073709551615"_s));
    QCOMPARE(seed.data(Qt::EditRole).toString(), u"18446744073709551615"_s);
    QVERIFY(model.setData(seed, u"increment"_s, WorkflowModel::ControlModeRole));
    QCOMPARE(seed.data(WorkflowModel::ControlModeRole).toString(), u"increment"_s);

    QCOMPARE(model.undoStack()->count(), 5);
    while (model.undoStack()->canUndo())
        model.undoStack()->undo();
    QVERIFY(model.undoStack()->isClean());
    QCOMPARE(steps.data(Qt::EditRole).toString(), u"20"_s);
    QCOMPARE(text.data(Qt::EditRole).toString(), u"beautiful scenery nature glass bottle landscape, , purple galaxy bottle,"_s);
    QCOMPARE(seed.data(Qt::EditRole).toString(), u"156680208700286"_s);
    QCOMPARE(seed.data(WorkflowModel::ControlModeRole).toString(), u"randomize"_s);
    QVERIFY(model.document().tree() == open(u"ui/default.json"_s).tree());
    while (model.undoStack()->canRedo())
        model.undoStack()->redo();
    QCOMPARE(steps.data(Qt::EditRole).toString(), u"28"_s);
    QCOMPARE(text.data(WorkflowModel::ValueTextRole).toString(), prompt);
    QCOMPARE(seed.data(Qt::EditRole).toString(), u"18446744073709551615"_s);
}

void tst_WorkflowModel::invalidValuesRejected()
{
    WorkflowModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(open(u"api/sd15_basic.json"_s));
    const QModelIndex steps = model.inputIndex(u"3"_s, u"steps"_s);
    QVERIFY(!model.setData(steps, u"0"_s));
    QVERIFY2(model.lastError().contains(u"minimum"_s), qPrintable(model.lastError()));
    QVERIFY(!model.setData(steps, u"twenty"_s));
    QVERIFY(model.lastError().contains(u"number"_s));
    QVERIFY(!model.setData(steps, u"10001"_s));
    QVERIFY(model.lastError().contains(u"maximum"_s));
    const QModelIndex width = model.inputIndex(u"5"_s, u"width"_s);
    QVERIFY(!model.setData(width, u"12.5"_s));
    QVERIFY(model.lastError().contains(u"whole"_s));
    QVERIFY(!model.setData(model.inputIndex(u"3"_s, u"scheduler"_s), u"weekly"_s));
    QVERIFY(model.lastError().contains(u"choices"_s));
    // A link row is edited as a choice of outputs (the link combo), never as a value.
    QVERIFY(model.flags(model.inputIndex(u"3"_s, u"model"_s)) & Qt::ItemIsEditable);
    QVERIFY(!model.setData(model.inputIndex(u"3"_s, u"model"_s), u"4"_s));
    QVERIFY(model.lastError().contains(u"link"_s));
    QCOMPARE(model.inputIndex(u"3"_s, u"model"_s).data().toString(), u"← Load Checkpoint #4 · MODEL"_s);
    QCOMPARE(model.undoStack()->count(), 0);
    QCOMPARE(steps.data(Qt::EditRole).toString(), u"20"_s);
}

void tst_WorkflowModel::titleModeFavourite()
{
    WorkflowModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(open(u"ui/default.json"_s));
    const QModelIndex ksampler = model.nodeIndex(u"3"_s);
    QVERIFY(model.setData(ksampler, u"Sampler"_s));
    QCOMPARE(ksampler.data().toString(), u"Sampler"_s);
    QCOMPARE(model.inputIndex(u"8"_s, u"samples"_s).data().toString(), u"← Sampler #3 · LATENT"_s);
    QVERIFY(model.setNodeMode(u"3"_s, 4));
    QCOMPARE(ksampler.data(WorkflowModel::ModeRole).toInt(), 4);
    QVERIFY(ksampler.siblingAtColumn(1).data().toString().contains(u"bypassed"_s));
    QVERIFY(model.setFavourite(u"3"_s, true));
    QVERIFY(ksampler.data(WorkflowModel::FavouriteRole).toBool());
    model.undoStack()->undo();
    model.undoStack()->undo();
    model.undoStack()->undo();
    QCOMPARE(ksampler.data().toString(), u"KSampler"_s);
    QCOMPARE(ksampler.data(WorkflowModel::ModeRole).toInt(), 0);
    QVERIFY(!ksampler.data(WorkflowModel::FavouriteRole).toBool());
    QVERIFY(model.document().tree() == open(u"ui/default.json"_s).tree());
}

void tst_WorkflowModel::afterQueueIsOneUndoStep()
{
    WorkflowModel model;
    model.setDocument(open(u"ui/default.json"_s));
    QVERIFY(model.setControlMode(u"3"_s, u"seed"_s, u"increment"_s));
    QCOMPARE(model.applyAfterQueue(), 1);
    QCOMPARE(model.inputIndex(u"3"_s, u"seed"_s).data(Qt::EditRole).toString(), u"156680208700287"_s);
    model.undoStack()->undo();
    QCOMPARE(model.inputIndex(u"3"_s, u"seed"_s).data(Qt::EditRole).toString(), u"156680208700286"_s);
}

void tst_WorkflowModel::serverErrorsBadgeTheInput()
{
    WorkflowModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(open(u"api/sd15_basic.json"_s));
    QSignalSpy errorsChanged(&model, &WorkflowModel::errorsChanged);
    model.setServerErrors({{u"4"_s, u"ckpt_name"_s, u"Value not in list: ckpt_name: 'x' not in []"_s, true}});
    QVERIFY(!errorsChanged.isEmpty());
    QVERIFY(model.inputIndex(u"4"_s, u"ckpt_name"_s).data(WorkflowModel::ErrorRole).toString().contains(u"not in list"_s));
    QVERIFY(model.nodeIndex(u"4"_s).data(WorkflowModel::ErrorRole).toString().contains(u"not in list"_s));
    QVERIFY(model.inputIndex(u"4"_s, u"ckpt_name"_s).data(Qt::ToolTipRole).toString().contains(u"not in list"_s));
    QVERIFY(model.errors().size() >= 1);
    model.setServerErrors({});
    QVERIFY(model.inputIndex(u"4"_s, u"ckpt_name"_s).data(WorkflowModel::ErrorRole).toString().isEmpty());

    // Validation: a document value out of range shows, without being changed.
    WorkflowDocument doc = open(u"api/sd15_basic.json"_s);
    QString error;
    QVERIFY(doc.setInputValue(u"3"_s, u"steps"_s, JsonTree::fromInt(0), &error, WorkflowDocument::ValueCheck::Unchecked));
    model.setDocument(doc);
    model.revalidate();
    QVERIFY(model.inputIndex(u"3"_s, u"steps"_s).data(WorkflowModel::InvalidValueRole).toString().contains(u"minimum"_s));
    QVERIFY(model.inputIndex(u"3"_s, u"steps"_s).data(WorkflowModel::ErrorRole).toString().contains(u"minimum"_s));
    QCOMPARE(model.inputIndex(u"3"_s, u"steps"_s).data(Qt::EditRole).toString(), u"0"_s);
}

void tst_WorkflowModel::filterAndSimpleView()
{
    WorkflowModel model;
    model.setDocument(open(u"ui/default.json"_s));
    WorkflowFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    QCOMPARE(filter.rowCount(), 7);
    filter.setFilterText(u"ksampler"_s);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.rowCount(filter.index(0, 0)), model.rowCount(model.nodeIndex(u"3"_s)));
    filter.setFilterText(u"watermark"_s); // a value
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(WorkflowModel::NodeIdRole).toString(), u"7"_s);
    QCOMPARE(filter.rowCount(filter.index(0, 0)), 1);
    filter.setFilterText({});
    filter.setSimpleView(true); // nothing exposed: the common inputs
    QVERIFY(filter.rowCount() >= 4);
    QVERIFY(filter.rowCount() < 7);
    model.setDocument(open(u"ui/linear-basic-app-1.json"_s));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.rowCount(filter.index(0, 0)), 3); // seed, steps, cfg
    model.setFavourite(u"4"_s, true);
    QCOMPARE(filter.rowCount(), 2);
}

// The default workflow stores cfg 8 and denoise 1 as integers, as the web UI writes them, and
// a sweep over 5..9 sets 5, 7, 9: the tree showed "8" and "5" beside another document's
// "7.0". A FLOAT input reads as a decimal; an INT stays whole; the stored value is unchanged.
void tst_WorkflowModel::floatInputsReadAsDecimals()
{
    WorkflowModel model;
    model.setDocument(open(u"ui/default.json"_s));
    const QModelIndex cfg = model.inputIndex(u"3"_s, u"cfg"_s);
    const QModelIndex denoise = model.inputIndex(u"3"_s, u"denoise"_s);
    const QModelIndex steps = model.inputIndex(u"3"_s, u"steps"_s);
    QVERIFY(cfg.isValid() && denoise.isValid() && steps.isValid());
    QVERIFY(model.document().inputValue(u"3"_s, u"cfg"_s) == JsonTree::fromInt(8));
    QCOMPARE(cfg.data(Qt::DisplayRole).toString(), u"8.0"_s);
    QCOMPARE(denoise.data(Qt::DisplayRole).toString(), u"1.0"_s);
    QCOMPARE(steps.data(Qt::DisplayRole).toString(), u"20"_s);
    QVERIFY(model.setData(cfg, u"5"_s));
    QCOMPARE(cfg.data(Qt::DisplayRole).toString(), u"5.0"_s);
    QVERIFY(model.setData(cfg, u"6.5"_s));
    QCOMPARE(cfg.data(Qt::DisplayRole).toString(), u"6.5"_s);
    QVERIFY(model.document().inputValue(u"3"_s, u"cfg"_s) == JsonTree::fromDouble(6.5));
}

QTEST_GUILESS_MAIN(tst_WorkflowModel)
#include "tst_workflowmodel.moc"

