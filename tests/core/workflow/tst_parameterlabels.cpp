// Parameter labels from the fixtures: prompts are named by the sampler input they reach
// ("Positive prompt"/"Negative prompt", positive first even when the file lists the
// negative first), a user's title wins over the role, inputs read as words ("Seed",
// "CFG", "Model"), and an input name two nodes share is prefixed with its node.
#include "nodecatalogue.h"
#include "parameterlabels.h"
#include "workflowdocument.h"

#include <QFile>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_ParameterLabels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void promptRoles_data();
    void promptRoles();
    void inputLabels_data();
    void inputLabels();
    void customTitleWins();
    void apiPromptWithoutCatalogue();

private:
    WorkflowDocument open(const QString &relative);
    std::shared_ptr<const NodeCatalogue> m_catalogue;
};

void tst_ParameterLabels::initTestCase()
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/object_info.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_catalogue = std::make_shared<NodeCatalogue>(NodeCatalogue::fromJson(file.readAll()));
}

WorkflowDocument tst_ParameterLabels::open(const QString &relative)
{
    QString error;
    WorkflowDocument doc = WorkflowDocument::fromFile(QStringLiteral(EASEL_SHARED_DIR "/workflows/") + relative, &error);
    doc.setCatalogue(m_catalogue);
    return doc;
}

void tst_ParameterLabels::promptRoles_data()
{
    QTest::addColumn<QString>("file");
    // The prompt nodes in reading order, each "id=label", as the fixture's links make them.
    QTest::addColumn<QStringList>("prompts");
    // ui/default.json lists node 7 ("text, watermark", into KSampler.negative) before node 6.
    QTest::addRow("saved, negative listed first")
        << u"ui/default.json"_s << QStringList{u"6=Positive prompt"_s, u"7=Negative prompt"_s};
    QTest::addRow("api sd1.5") << u"api/sd15_basic.json"_s
                               << QStringList{u"6=Positive prompt"_s, u"7=Negative prompt"_s};
    // Base sampler 10: positive 6, negative 15 = ConditioningZeroOut(6), so 6 stays positive.
    // Refiner sampler 14: positive 17, negative 20.
    QTest::addRow("api sdxl with refiner")
        << u"api/default_graph_sdxl1_0.json"_s
        << QStringList{u"6=Positive prompt"_s, u"17=Positive prompt 2"_s, u"20=Negative prompt"_s};
}

void tst_ParameterLabels::promptRoles()
{
    QFETCH(QString, file);
    QFETCH(QStringList, prompts);
    const WorkflowDocument doc = open(file);
    QVERIFY(!doc.isNull());
    const ParameterLabels labels(doc);
    QStringList actual;
    for (const QString &id : labels.promptNodeIds())
        actual << id + u'=' + labels.label(id, u"text"_s);
    QCOMPARE(actual, prompts);
    // Positive prompts sort before negative ones, and both before everything else.
    const QString first = prompts.first().section(u'=', 0, 0);
    const QString last = prompts.last().section(u'=', 0, 0);
    QVERIFY(labels.rank(first) < labels.rank(last));
    for (const DocumentNode &node : doc.nodes()) {
        if (labels.promptRole(node.id) == ParameterLabels::PromptRole::None)
            QVERIFY2(labels.rank(node.id) > labels.rank(last), qPrintable(node.id));
    }
}

void tst_ParameterLabels::inputLabels_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("label");
    QTest::addRow("seed") << u"api/sd15_basic.json"_s << u"3"_s << u"seed"_s << u"Seed"_s;
    QTest::addRow("cfg") << u"api/sd15_basic.json"_s << u"3"_s << u"cfg"_s << u"CFG"_s;
    QTest::addRow("sampler") << u"api/sd15_basic.json"_s << u"3"_s << u"sampler_name"_s << u"Sampler"_s;
    QTest::addRow("model") << u"api/sd15_basic.json"_s << u"4"_s << u"ckpt_name"_s << u"Model"_s;
    QTest::addRow("width") << u"ui/default.json"_s << u"5"_s << u"width"_s << u"Width"_s;
    QTest::addRow("other input") << u"api/sd15_basic.json"_s << u"9"_s << u"filename_prefix"_s
                                 << u"File name prefix"_s;
    // Two KSamplerAdvanced nodes: the steps of each need the node to be told apart.
    QTest::addRow("shared name") << u"api/default_graph_sdxl1_0.json"_s << u"14"_s << u"steps"_s
                                 << u"KSampler (Advanced) #14 › Steps"_s;
    QTest::addRow("generic name") << u"api/default_graph_sdxl1_0.json"_s << u"10"_s << u"start_at_step"_s
                                  << u"KSampler (Advanced) #10 › Start at step"_s;
}

void tst_ParameterLabels::inputLabels()
{
    QFETCH(QString, file);
    QFETCH(QString, node);
    QFETCH(QString, input);
    QFETCH(QString, label);
    const ParameterLabels labels(open(file));
    QCOMPARE(labels.label(node, input), label);
}

void tst_ParameterLabels::customTitleWins()
{
    WorkflowDocument doc = open(u"ui/default.json"_s);
    QString error;
    QVERIFY2(doc.setTitle(u"6"_s, u"Lighthouse scene"_s, &error), qPrintable(error));
    const ParameterLabels labels(doc);
    QCOMPARE(labels.label(u"6"_s, u"text"_s), u"Lighthouse scene"_s);
    QCOMPARE(labels.nodeLabel(u"6"_s), u"Lighthouse scene"_s);
    QCOMPARE(labels.promptRole(u"6"_s), ParameterLabels::PromptRole::Positive);
    QCOMPARE(labels.label(u"7"_s, u"text"_s), u"Negative prompt"_s);
}

void tst_ParameterLabels::apiPromptWithoutCatalogue()
{
    // What the queue and the Variations dialog hold: the prompt as JSON, no catalogue.
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/workflows/api/sd15_basic.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ParameterLabels labels = ParameterLabels::fromApiPrompt(file.readAll());
    QCOMPARE(labels.label(u"6"_s, u"text"_s), u"Positive prompt"_s);
    QCOMPARE(labels.label(u"7"_s, u"text"_s), u"Negative prompt"_s);
    QCOMPARE(labels.label(u"3"_s, u"steps"_s), u"Steps"_s);
    QCOMPARE(labels.promptNodeIds(), (QStringList{u"6"_s, u"7"_s}));
}

QTEST_GUILESS_MAIN(tst_ParameterLabels)
#include "tst_parameterlabels.moc"
