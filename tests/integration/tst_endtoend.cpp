// The client, the event stream and the job runner against the simulator over real
// loopback sockets: a full run to saved files, a rejected prompt, an execution error, an
// interrupt, and a server that is not there.
#include "capturedprompt.h"

#include "comfyclient.h"
#include "eventstream.h"
#include "faultcontrol.h"
#include "jobrunner.h"
#include "simserver.h"

#include <QImage>
#include <QJsonArray>
#include <QImageReader>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_EndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fullRunSavesEveryOutput();
    void outputsComeFromTheExecutedMessages();
    void coalescedProgressWaitsForItsInterval();
    void aStreamLostMidRunAsksHistory();
    void sampleWorkflowRuns_data();
    void sampleWorkflowRuns();
    void rejectedPromptCarriesNodeErrors();
    void executionErrorNamesTheNode();
    void interruptStopsTheRun();
    void serverThatIsNotThere();

private:
    JobOutcome runToEnd(const QByteArray &prompt, QString *promptIdOut = nullptr);

    std::unique_ptr<Sim::SimServer> m_sim;
    std::unique_ptr<QTemporaryDir> m_outDir;
    std::unique_ptr<ComfyClient> m_client;
    std::unique_ptr<EventStream> m_events;
    std::unique_ptr<JobRunner> m_runner;
};

void tst_EndToEnd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(QStringLiteral(EASEL_SHARED_DIR "/captures/README.md")),
             "the shared fixtures are missing");
}

void tst_EndToEnd::init()
{
    m_sim = std::make_unique<Sim::SimServer>();
    m_sim->setStepMs(0);
    QVERIFY(m_sim->listen(QHostAddress::LocalHost, 0) != 0);
    m_outDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_outDir->isValid());
    m_client = std::make_unique<ComfyClient>(m_sim->baseUrl());
    m_events = std::make_unique<EventStream>();
    m_runner = std::make_unique<JobRunner>(m_client.get(), m_events.get(), m_outDir->path());
    QSignalSpy connected(m_events.get(), &EventStream::connected);
    QVERIFY(connected.isValid());
    m_events->open(m_sim->baseUrl());
    QVERIFY(connected.wait(5000));
}

void tst_EndToEnd::cleanup()
{
    m_runner.reset();
    m_events.reset();
    m_client.reset();
    m_sim.reset();
    m_outDir.reset();
}

JobOutcome tst_EndToEnd::runToEnd(const QByteArray &prompt, QString *promptIdOut)
{
    QSignalSpy finished(m_runner.get(), &JobRunner::jobFinished);
    const QString promptId = m_runner->submit(prompt);
    if (promptIdOut)
        *promptIdOut = promptId;
    if (!finished.wait(15000) && finished.isEmpty())
        return {};
    [&] { QCOMPARE(finished.constFirst().at(0).toString(), promptId); }();
    return finished.constFirst().at(1).value<JobOutcome>();
}

void tst_EndToEnd::fullRunSavesEveryOutput()
{
    // The recorded save run: EmptyImage 64x64 -> ImageScale 32x32 -> SaveImage.
    const QByteArray prompt = capturedPrompt(u"run_save_image/post_prompt.request_body.json"_s);
    QVERIFY(!prompt.isEmpty());
    QSignalSpy progress(m_runner.get(), &JobRunner::jobProgress);
    const JobOutcome outcome = runToEnd(prompt);
    QCOMPARE(outcome.status, JobOutcome::Status::Succeeded);
    QCOMPARE(outcome.outputs.size(), 1);
    const SavedOutput &saved = outcome.outputs.constFirst();
    QCOMPARE(saved.nodeId, u"3"_s);
    QVERIFY(saved.file.filename.startsWith(u"capture_save_"_s));
    QVERIFY(QFileInfo(saved.path).absolutePath() == QDir(m_outDir->path()).absolutePath());
    // The size the real server wrote for this graph, read from the recorded /view answer.
    const QImage recorded(QStringLiteral(EASEL_SHARED_DIR "/captures/run_save_image/view_output0.png"));
    QVERIFY(!recorded.isNull());
    QImageReader reader(saved.path);
    QCOMPARE(reader.size(), recorded.size());
    QVERIFY2(!reader.text(u"prompt"_s).isEmpty(), "SaveImage writes the prompt into the PNG");
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(1).toDouble(), 1.0);
}

namespace {
// GET /history/{id} requests the simulator answered for one prompt.
int historyRequestsFor(const QSignalSpy &requests, const QString &promptId)
{
    int count = 0;
    for (const QList<QVariant> &request : requests) {
        if (request.at(0).toString() == "GET"_L1
            && request.at(1).toString() == u"/history/"_s + promptId)
            ++count;
    }
    return count;
}
} // namespace

void tst_EndToEnd::outputsComeFromTheExecutedMessages()
{
    // The recorded run sends `executed` with SaveImage's file before execution_success
    // (protocol doc, frame order of run_save_image): with every message seen, the runner
    // needs no GET /history/{id}, only the /view of the file.
    QSignalSpy requests(m_sim.get(), &Sim::SimServer::requestReceived);
    const QByteArray prompt = capturedPrompt(u"run_save_image/post_prompt.request_body.json"_s);
    QVERIFY(!prompt.isEmpty());
    QString promptId;
    const JobOutcome outcome = runToEnd(prompt, &promptId);
    QCOMPARE(outcome.status, JobOutcome::Status::Succeeded);
    QCOMPARE(outcome.outputs.size(), 1);
    QCOMPARE(outcome.outputs.constFirst().nodeId, u"3"_s);
    QVERIFY(QFileInfo(outcome.outputs.constFirst().path).size() > 0);
    QCOMPARE(historyRequestsFor(requests, promptId), 0);
    int views = 0;
    for (const QList<QVariant> &request : std::as_const(requests))
        views += request.at(1).toString() == "/view"_L1 ? 1 : 0;
    QCOMPARE(views, 1);
}

// easel-run's terminal rate (JobRunner::setProgressIntervalMs): a fast job's progress is its
// first state (it says the job started), the newest pending one before it ends and the
// final 1.0, however many nodes start meanwhile (each used to flush what was pending).
void tst_EndToEnd::coalescedProgressWaitsForItsInterval()
{
    m_runner->setProgressIntervalMs(60 * 60 * 1000); // never fires here
    QSignalSpy progress(m_runner.get(), &JobRunner::jobProgress);
    QSignalSpy nodes(m_runner.get(), &JobRunner::jobNodeExecuting);
    QSignalSpy done(m_runner.get(), &JobRunner::jobNodesDone);
    const QByteArray prompt = capturedPrompt(u"run_save_image/post_prompt.request_body.json"_s);
    QVERIFY(!prompt.isEmpty());
    const JobOutcome outcome = runToEnd(prompt);
    QCOMPARE(outcome.status, JobOutcome::Status::Succeeded);
    QCOMPARE(nodes.count(), 3); // every node's start still goes out at once
    QCOMPARE(progress.count(), 3);
    QCOMPARE(progress.at(0).at(1).toDouble(), 0.0);
    QCOMPARE(progress.at(1).at(1).toDouble(), 1.0); // the pending state, flushed at the end
    QCOMPARE(progress.at(2).at(1).toDouble(), 1.0);
    QVERIFY(!done.isEmpty());
    QCOMPARE(done.constLast().at(1).toInt(), 3);
}

void tst_EndToEnd::aStreamLostMidRunAsksHistory()
{
    // Messages sent while the socket is down are lost (the server keeps none): after a
    // drop the runner cannot trust what it saw and asks /history for the outputs.
    m_sim->setStepMs(150);
    QSignalSpy requests(m_sim.get(), &Sim::SimServer::requestReceived);
    QSignalSpy disconnected(m_events.get(), &EventStream::disconnected);
    const QByteArray prompt = capturedPrompt(u"run_progress_preview_jpeg_metadata/post_prompt.request_body.json"_s);
    QVERIFY(!prompt.isEmpty());
    QSignalSpy steps(m_runner.get(), &JobRunner::jobStepProgress);
    QSignalSpy finished(m_runner.get(), &JobRunner::jobFinished);
    const QString promptId = m_runner->submit(prompt);
    QVERIFY(steps.wait(15000));
    QVERIFY(m_sim->faults()->apply(QJsonObject{{u"fault"_s, u"close_ws"_s}}).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    const JobOutcome outcome = finished.constFirst().at(1).value<JobOutcome>();
    QCOMPARE(outcome.status, JobOutcome::Status::Succeeded);
    QCOMPARE(outcome.outputs.size(), 1);
    QVERIFY(historyRequestsFor(requests, promptId) >= 1);
}

void tst_EndToEnd::sampleWorkflowRuns_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("sd15") << u"sd15_basic.json"_s;
    // default_graph_sdxl1_0.json is not here on purpose: it sends booleans to
    // KSamplerAdvanced's return_with_leftover_noise combo, which ComfyUI 0.3.64 rejects
    // with value_not_in_list, and so does the simulator.
}

void tst_EndToEnd::sampleWorkflowRuns()
{
    // A real-looking graph (checkpoint, prompts, sampler, VAE decode, SaveImage) runs on the
    // simulator, and each output has the size and count its EmptyLatentImage asks for.
    QFETCH(QString, file);
    QFile workflow(QStringLiteral(EASEL_SHARED_DIR "/workflows/api/") + file);
    QVERIFY(workflow.open(QIODevice::ReadOnly));
    const QByteArray json = workflow.readAll();
    QSize expectedSize;
    int expectedCount = 0;
    const QJsonObject nodes = QJsonDocument::fromJson(json).object();
    for (const QJsonValue &node : nodes) {
        if (node.toObject().value("class_type"_L1).toString() == "EmptyLatentImage"_L1) {
            const QJsonObject inputs = node.toObject().value("inputs"_L1).toObject();
            expectedSize = QSize(inputs.value("width"_L1).toInt(), inputs.value("height"_L1).toInt());
            expectedCount = inputs.value("batch_size"_L1).toInt();
        }
    }
    QVERIFY(expectedSize.isValid() && expectedCount > 0);
    const JobOutcome outcome = runToEnd(json);
    QVERIFY2(outcome.status == JobOutcome::Status::Succeeded, qPrintable(outcome.message));
    QCOMPARE(outcome.outputs.size(), expectedCount);
    for (const SavedOutput &saved : outcome.outputs)
        QCOMPARE(QImageReader(saved.path).size(), expectedSize);
}

void tst_EndToEnd::rejectedPromptCarriesNodeErrors()
{
    // The recorded "width 1e9" prompt, and the node error the real server gave for it.
    const QByteArray prompt = capturedPrompt(u"errors_post_prompt/d_value_bigger_than_max.request_body.json"_s);
    const QJsonObject recorded = capturedJson(u"errors_post_prompt/d_value_bigger_than_max.json"_s);
    const QJsonObject nodeErrors = recorded.value("node_errors"_L1).toObject();
    QCOMPARE(nodeErrors.size(), 1);
    const QString nodeId = nodeErrors.begin().key();
    const QJsonObject reason = nodeErrors.begin().value().toObject().value("errors"_L1).toArray().at(0).toObject();

    const JobOutcome outcome = runToEnd(prompt);
    QCOMPARE(outcome.status, JobOutcome::Status::Rejected);
    QCOMPARE(outcome.error.kind(), ProtocolError::Kind::Http);
    QCOMPARE(outcome.error.httpStatus(), 400);
    QCOMPARE(outcome.error.serverErrorType(),
             recorded.value("error"_L1).toObject().value("type"_L1).toString());
    const NodeError *node = outcome.error.nodeError(nodeId);
    QVERIFY(node);
    QCOMPARE(node->reasons.size(), 1);
    QCOMPARE(node->reasons.constFirst().type, reason.value("type"_L1).toString());
    QCOMPARE(node->reasons.constFirst().inputName,
             reason.value("extra_info"_L1).toObject().value("input_name"_L1).toString());
    QVERIFY(!outcome.message.isEmpty());
}

void tst_EndToEnd::executionErrorNamesTheNode()
{
    // SaveImage with a prefix that leaves the output folder fails at run time.
    const QByteArray prompt = capturedPrompt(u"run_execution_error/post_prompt.request_body.json"_s);
    const JobOutcome outcome = runToEnd(prompt);
    QCOMPARE(outcome.status, JobOutcome::Status::Failed);
    QCOMPARE(outcome.nodeId, u"3"_s);
    QVERIFY2(outcome.message.contains(u"SaveImage"_s), qPrintable(outcome.message));
    QVERIFY(outcome.outputs.isEmpty());
}

void tst_EndToEnd::interruptStopsTheRun()
{
    m_sim->setStepMs(50);
    // The recorded 40-step run that the capture interrupted.
    const QByteArray prompt = capturedPrompt(u"run_interrupt_targeted/post_prompt.request_body.json"_s);
    QSignalSpy progress(m_runner.get(), &JobRunner::jobProgress);
    QSignalSpy finished(m_runner.get(), &JobRunner::jobFinished);
    const QString promptId = m_runner->submit(prompt);
    QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= 3, 10000);
    m_runner->interrupt(promptId);
    QVERIFY(finished.wait(10000));
    const auto outcome = finished.constFirst().at(1).value<JobOutcome>();
    QCOMPARE(outcome.status, JobOutcome::Status::Interrupted);
    QCOMPARE(outcome.nodeId, u"2"_s);
}

void tst_EndToEnd::serverThatIsNotThere()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    ComfyClient client(QUrl(u"http://127.0.0.1:%1/"_s.arg(port)));
    auto future = client.queueRemaining();
    // A refused connection must end the request, not leave it hanging until a timeout.
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 5000);
    const Result<int> result = future.result();
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind(), ProtocolError::Kind::ConnectionRefused);
    QVERIFY(!result.error().message().isEmpty());
}

QTEST_GUILESS_MAIN(tst_EndToEnd)
#include "tst_endtoend.moc"
