// Structure edits (issue 22) against the simulator over real sockets: the sample workflow
// edited as a user would (a LoRA after the checkpoint, an input rewired, a widget turned
// into an input fed by a new node, a node removed with its links bridged) converts to a
// prompt the server accepts after every step.
#include "comfyclient.h"
#include "nodecatalogue.h"
#include "simserver.h"
#include "workflowmodel.h"

#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_StructureEditSim : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void editedWorkflowsAreAccepted();

private:
    void expectAccepted(const WorkflowDocument &doc, const char *step);
    Sim::SimServer m_sim;
    std::unique_ptr<ComfyClient> m_client;
    std::shared_ptr<const NodeCatalogue> m_catalogue;
};

void tst_StructureEditSim::initTestCase()
{
    m_sim.setStepMs(0);
    QVERIFY(m_sim.listen(QHostAddress::LocalHost, 0) != 0);
    m_client = std::make_unique<ComfyClient>(m_sim.baseUrl());
    // The server's own node list: its loaders list the model files it has.
    auto info = m_client->objectInfo();
    QTRY_VERIFY_WITH_TIMEOUT(info.isFinished(), 10000);
    QVERIFY(info.result().isOk());
    m_catalogue = std::make_shared<NodeCatalogue>(NodeCatalogue::fromJson(info.result().value()));
}

void tst_StructureEditSim::expectAccepted(const WorkflowDocument &doc, const char *step)
{
    const PromptConverter::Result converted = doc.toApiPrompt();
    QVERIFY2(converted.ok(), step);
    PromptRequest request;
    request.promptJson = converted.prompt.toPython();
    auto queued = m_client->queuePrompt(request);
    QTRY_VERIFY_WITH_TIMEOUT(queued.isFinished(), 10000);
    QVERIFY2(queued.result().isOk(), qPrintable(QString::fromLatin1(step) + u": "_s + queued.result().error().message()));
}

void tst_StructureEditSim::editedWorkflowsAreAccepted()
{
    QString error;
    WorkflowDocument doc = WorkflowDocument::fromFile(QStringLiteral(EASEL_SHARED_DIR "/workflows/ui/default.json"), &error);
    QVERIFY2(!doc.isNull(), qPrintable(error));
    doc.setCatalogue(m_catalogue);
    const QStringList checkpoints = m_catalogue->nodeClass(u"CheckpointLoaderSimple"_s)->input(u"ckpt_name")->choices();
    QVERIFY(!checkpoints.isEmpty());
    QVERIFY(doc.setInputValue(u"4"_s, u"ckpt_name"_s, JsonTree::fromString(checkpoints.constFirst()), &error));
    WorkflowModel model;
    model.setDocument(doc);
    expectAccepted(model.document(), "as opened");

    const QString lora = model.insertNode(u"4"_s, u"LoraLoader"_s, StructureEdit::Placement::After);
    QVERIFY2(!lora.isEmpty(), qPrintable(model.lastError()));
    expectAccepted(model.document(), "LoRA after the checkpoint");

    QVERIFY2(model.connectInput(u"3"_s, u"positive"_s, u"7"_s, 0), qPrintable(model.lastError()));
    expectAccepted(model.document(), "positive rewired");

    const QString steps = model.insertNode(u"3"_s, u"PrimitiveInt"_s, StructureEdit::Placement::Before);
    QVERIFY2(!steps.isEmpty(), qPrintable(model.lastError()));
    QVERIFY(model.setValue(steps, u"value"_s, JsonTree::fromInt(12)));
    QVERIFY2(model.connectInput(u"3"_s, u"steps"_s, steps, 0), qPrintable(model.lastError()));
    expectAccepted(model.document(), "steps from an Int node");

    QVERIFY2(model.removeNode(lora), qPrintable(model.lastError()));
    expectAccepted(model.document(), "LoRA removed, links bridged");

    QVERIFY2(!model.duplicateNode(u"9"_s).isEmpty(), qPrintable(model.lastError()));
    expectAccepted(model.document(), "Save Image duplicated");
}

QTEST_MAIN(tst_StructureEditSim)
#include "tst_structureeditsim.moc"
