// The starter workflows shipped in resources/starters: each one validates against the
// recorded /object_info (the only errors allowed are model files, which the recorded
// server does not have: its loader lists are empty) and runs to a saved image on the
// simulator over real sockets. The set covers what the start page promises.
#include "comfyclient.h"
#include "eventstream.h"
#include "jobrunner.h"
#include "nodecatalogue.h"
#include "simserver.h"
#include "starterworkflows.h"
#include "workflowdocument.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_StarterWorkflows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theSetIsComplete();
    void titlesAreTranslated();
    void validatesAgainstRecordedObjectInfo_data();
    void validatesAgainstRecordedObjectInfo();
    void aServerWithoutModelsIsNamed();
    void seedsChangeAfterEachQueue_data();
    void seedsChangeAfterEachQueue();
    void aBadControlIsNamed();
    void runsOnTheSimulator_data();
    void runsOnTheSimulator();

private:
    QList<Starter> m_starters;
    std::shared_ptr<const NodeCatalogue> m_recorded;
};

void tst_StarterWorkflows::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QStringList errors;
    m_starters = StarterWorkflows::load(QStringLiteral(EASEL_STARTERS_DIR), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/object_info.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_recorded = std::make_shared<NodeCatalogue>(NodeCatalogue::fromJson(file.readAll()));
}

void tst_StarterWorkflows::theSetIsComplete()
{
    QStringList ids;
    for (const Starter &starter : std::as_const(m_starters)) {
        ids << starter.id;
        QVERIFY2(!starter.title.isEmpty() && !starter.description.isEmpty(), qPrintable(starter.id));
    }
    for (const QString &id : {u"text-to-image-sd15"_s, u"text-to-image-sdxl"_s, u"image-to-image"_s, u"upscale"_s,
                              u"no-model"_s})
        QVERIFY2(ids.contains(id), qPrintable(id));
    // Every file listed in the .qrc is a starter, and every starter is in the .qrc.
    QFile qrc(QStringLiteral(EASEL_STARTERS_DIR "/starters.qrc"));
    QVERIFY(qrc.open(QIODevice::ReadOnly));
    const QString listed = QString::fromUtf8(qrc.readAll());
    for (const QString &id : std::as_const(ids))
        QVERIFY2(listed.contains(u"<file>%1.json</file>"_s.arg(id)), qPrintable(id));
    QCOMPARE(int(listed.count(u"<file>"_s)), int(ids.size()));
    // The no-model starter needs nothing the recorded server lacks.
    const auto noModel = std::find_if(m_starters.cbegin(), m_starters.cend(),
                                      [](const Starter &s) { return s.id == "no-model"_L1; });
    QCOMPARE(noModel->needs, u"nothing"_s);
}

namespace {
// A language whose every starter text reads "[de] …": what a .qm would give, without
// depending on the translator's pass over the .ts files.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return qstrcmp(context, "Easel::StarterWorkflows") == 0 ? u"[de] "_s + QString::fromUtf8(source) : QString();
    }
    bool isEmpty() const override { return false; }
};
} // namespace

// The start page's titles and descriptions are in the user's language: each is a text
// lupdate sees (the JSON files are not read by it), and load() translates them.
void tst_StarterWorkflows::titlesAreTranslated()
{
    const QStringList texts = StarterWorkflows::translatableTexts();
    for (const Starter &starter : std::as_const(m_starters)) {
        QVERIFY2(texts.contains(starter.title), qPrintable(starter.title));
        QVERIFY2(texts.contains(starter.description), qPrintable(starter.description));
    }
    MarkingTranslator german;
    QCoreApplication::installTranslator(&german);
    const QList<Starter> translated = StarterWorkflows::load(QStringLiteral(EASEL_STARTERS_DIR));
    QCoreApplication::removeTranslator(&german);
    QCOMPARE(translated.size(), m_starters.size());
    for (const Starter &starter : translated) {
        QVERIFY2(starter.title.startsWith("[de] "_L1), qPrintable(starter.title));
        QVERIFY2(starter.description.startsWith("[de] "_L1), qPrintable(starter.description));
        QCOMPARE(StarterWorkflows::document(starter).sourceName(), starter.title);
    }
}

void tst_StarterWorkflows::validatesAgainstRecordedObjectInfo_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_starters.size(); ++i)
        QTest::addRow("%s", qPrintable(m_starters.at(i).id)) << i;
}

void tst_StarterWorkflows::validatesAgainstRecordedObjectInfo()
{
    QFETCH(int, index);
    WorkflowDocument doc = StarterWorkflows::document(m_starters.at(index));
    QVERIFY(!doc.isNull());
    doc.setCatalogue(m_recorded);
    const auto result = doc.toApiPrompt();
    for (const WorkflowDiagnostic &finding : result.diagnostics) {
        if (!finding.isError())
            continue;
        // Only a model file may be missing: the recorded server has no models at all.
        const DocumentNode *node = doc.node(finding.nodeId);
        QVERIFY2(node, qPrintable(finding.toString()));
        const int i = node->indexOfInput(finding.input);
        QVERIFY2(i >= 0, qPrintable(finding.toString()));
        const DocumentInput &input = node->inputs.at(i);
        QVERIFY2(finding.kind == WorkflowDiagnostic::Kind::NotInList && input.spec && input.spec->choices().isEmpty(),
                 qPrintable(finding.toString()));
    }
    for (const DocumentNode &node : doc.nodes())
        QVERIFY2(node.known, qPrintable(node.classType));
}

void tst_StarterWorkflows::aServerWithoutModelsIsNamed()
{
    // The recorded server has no checkpoint: the SD 1.5 starter says which model it needs.
    const auto sd15 = std::find_if(m_starters.cbegin(), m_starters.cend(),
                                   [](const Starter &s) { return s.id == "text-to-image-sd15"_L1; });
    QVERIFY(sd15 != m_starters.cend());
    WorkflowDocument doc = StarterWorkflows::document(*sd15);
    doc.setCatalogue(m_recorded);
    const StarterWorkflows::ModelFit fit = StarterWorkflows::fitToServer(doc);
    QCOMPARE(fit.missing, QStringList{u"Model: v1-5-pruned-emaonly.safetensors"_s});
    QVERIFY(fit.replaced.isEmpty());
}

void tst_StarterWorkflows::seedsChangeAfterEachQueue_data()
{
    validatesAgainstRecordedObjectInfo_data();
}

// The web UI's default workflow randomizes its sampler's seed after each queue (its
// KSampler's widgets_values hold `true`, the first frontends' "randomize";
// Comfy-Org/ComfyUI_frontend src/scripts/defaultGraph.ts at
// 058383126a59cc8b4b4522266377348430a23d82): a starter queued twice makes two pictures, not
// the same one again. Every input of a starter that has a control_after_generate randomizes.
void tst_StarterWorkflows::seedsChangeAfterEachQueue()
{
    QFETCH(int, index);
    WorkflowDocument doc = StarterWorkflows::document(m_starters.at(index));
    doc.setCatalogue(m_recorded);
    int controlled = 0;
    for (const DocumentNode &node : doc.nodes()) {
        for (const DocumentInput &input : node.inputs) {
            if (!input.hasControl)
                continue;
            ++controlled;
            QCOMPARE(doc.controlMode(node.id, input.name), u"randomize"_s);
        }
    }
    const QList<WorkflowDocument::ValueChange> changes = doc.afterQueueChanges();
    QCOMPARE(changes.size(), controlled);
    for (const WorkflowDocument::ValueChange &change : changes)
        QVERIFY2(!(change.after == change.before), qPrintable(change.nodeId + u' ' + change.input));
    // The samplers' starters have a seed to change.
    if (m_starters.at(index).needs != "nothing"_L1 && m_starters.at(index).id != "upscale"_L1)
        QVERIFY(controlled > 0);
}

void tst_StarterWorkflows::aBadControlIsNamed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&dir](const QString &name, const QByteArray &controls) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"title": "T", "control_after_generate": )" + controls
                   + R"(, "prompt": {"3": {"class_type": "KSampler", "inputs": {"seed": 1}}}})");
    };
    write(u"mode.json"_s, R"({"3": {"seed": "sometimes"}})");
    write(u"node.json"_s, R"({"9": {"seed": "randomize"}})");
    write(u"input.json"_s, R"({"3": {"noise_seed": "randomize"}})");
    write(u"good.json"_s, R"({"3": {"seed": "increment"}})");
    QStringList errors;
    const QList<Starter> starters = StarterWorkflows::load(dir.path(), &errors);
    QCOMPARE(starters.size(), 1);
    QCOMPARE(starters.first().id, u"good"_s);
    QCOMPARE(starters.first().controls.value(u"3"_s).value(u"seed"_s), u"increment"_s);
    QCOMPARE(errors.size(), 3);
    QVERIFY2(errors.filter(u"mode.json"_s).value(0).contains(u"sometimes"_s), qPrintable(errors.join(u'\n')));
    QVERIFY2(errors.filter(u"node.json"_s).value(0).contains(u"node 9"_s), qPrintable(errors.join(u'\n')));
    QVERIFY2(errors.filter(u"input.json"_s).value(0).contains(u"noise_seed"_s), qPrintable(errors.join(u'\n')));
}

void tst_StarterWorkflows::runsOnTheSimulator_data()
{
    validatesAgainstRecordedObjectInfo_data();
}

void tst_StarterWorkflows::runsOnTheSimulator()
{
    QFETCH(int, index);
    Sim::SimServer sim;
    sim.setStepMs(0);
    QVERIFY(sim.listen(QHostAddress::LocalHost, 0) != 0);
    // The image-based starters load "example.png" from the server's input folder.
    QVERIFY(QDir().mkpath(sim.dataDir() + u"/input"_s));
    QFile::remove(sim.dataDir() + u"/input/example.png"_s);
    QVERIFY(QFile::copy(QStringLiteral(EASEL_SHARED_DIR "/captures/run_save_image/view_output0.png"),
                        sim.dataDir() + u"/input/example.png"_s));
    QTemporaryDir out;
    ComfyClient client(sim.baseUrl());
    EventStream events;
    JobRunner runner(&client, &events, out.path());
    QSignalSpy connected(&events, &EventStream::connected);
    events.open(sim.baseUrl());
    QVERIFY(connected.wait(5000));
    // As the window opens a starter: its model files fitted to what this server lists.
    auto info = client.objectInfo();
    QTRY_VERIFY_WITH_TIMEOUT(info.isFinished(), 10000);
    QVERIFY(info.result().isOk());
    WorkflowDocument doc = StarterWorkflows::document(m_starters.at(index));
    doc.setCatalogue(std::make_shared<NodeCatalogue>(NodeCatalogue::fromJson(info.result().value())));
    const StarterWorkflows::ModelFit fit = StarterWorkflows::fitToServer(doc);
    QVERIFY2(fit.missing.isEmpty(), qPrintable(fit.missing.join(u", "_s)));
    const auto converted = doc.toApiPrompt();
    QVERIFY(converted.ok());
    QSignalSpy finished(&runner, &JobRunner::jobFinished);
    const QString promptId = runner.submit(converted.prompt.toPython());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QCOMPARE(finished.constFirst().at(0).toString(), promptId);
    const auto outcome = finished.constFirst().at(1).value<JobOutcome>();
    QVERIFY2(outcome.status == JobOutcome::Status::Succeeded, qPrintable(outcome.message));
    QVERIFY(!outcome.outputs.isEmpty());
    QVERIFY(QFile::exists(outcome.outputs.constFirst().path));
}

QTEST_MAIN(tst_StarterWorkflows)
#include "tst_starterworkflows.moc"
