// PromptLocator (issue 16): "where is this prompt now?" answered once for every caller,
// against the simulator over real sockets. Each answer comes from a state the test sets up
// on the server (held = pending, a slow step = running, run to the end = finished, deleted
// or never sent = gone, /queue and /history failing = unknown), and a caller that is gone
// before the answer is never called.
#include "comfyclient.h"
#include "faultcontrol.h"
#include "promptlocator.h"
#include "simserver.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {
QByteArray prompt(int colour)
{
    return QStringLiteral(R"({"1": {"class_type": "EmptyImage", "inputs": {"width": 8, "height": 8, "batch_size": 1, "color": %1}}, "2": {"class_type": "SaveImage", "inputs": {"images": ["1", 0], "filename_prefix": "pl"}}})")
        .arg(colour)
        .toUtf8();
}
} // namespace

class tst_PromptLocator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pendingWithItsPosition();
    void running();
    void deleteFirstTakesAPendingPromptBack();
    void finishedWithItsRecord();
    void neverSentIsGone();
    void unansweredQuestionsAreUnknown();
    void failedQueueStillFindsAFinishedPrompt();
    void deadCallerIsNeverCalled();

private:
    QString post(int colour);
    PromptLocation locate(const QString &promptId, PromptLocator::Mode mode = PromptLocator::Mode::Locate);

    std::unique_ptr<Sim::SimServer> m_sim;
    std::unique_ptr<ComfyClient> m_client;
};

void tst_PromptLocator::init()
{
    m_sim = std::make_unique<Sim::SimServer>();
    QVERIFY(m_sim->listen(QHostAddress::LocalHost, 0) != 0);
    m_client = std::make_unique<ComfyClient>(m_sim->baseUrl());
    m_client->setRetryDelayMs(1);
}

void tst_PromptLocator::cleanup()
{
    m_client.reset();
    m_sim.reset();
}

QString tst_PromptLocator::post(int colour)
{
    PromptRequest request;
    request.promptJson = prompt(colour);
    request.promptId = ComfyClient::makePromptId();
    QFuture<Result<QueuedPrompt>> future = m_client->queuePrompt(request);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10000); }();
    if (!future.result().isOk())
        return {};
    return request.promptId;
}

PromptLocation tst_PromptLocator::locate(const QString &promptId, PromptLocator::Mode mode)
{
    std::optional<PromptLocation> answer;
    QObject context;
    PromptLocator::locate(m_client.get(), promptId, mode, &context,
                          [&answer](const PromptLocation &location) { answer = location; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000); }();
    return answer.value_or(PromptLocation{});
}

void tst_PromptLocator::pendingWithItsPosition()
{
    m_sim->setHeld(true);
    const QString first = post(1);
    const QString second = post(2);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    const PromptLocation location = locate(second);
    QCOMPARE(location.place, PromptLocation::Place::Pending);
    QCOMPARE(location.position, 1); // behind the first one, in execution order
    QVERIFY(location.queueAnswered);
    QVERIFY(!location.historyAnswered); // found in /queue: /history is not asked
    QCOMPARE(locate(first).position, 0);
}

void tst_PromptLocator::running()
{
    m_sim->setStepMs(60000); // it starts and stays on its first step
    QSignalSpy started(m_sim.get(), &Sim::SimServer::promptStarted);
    const QString id = post(1);
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
    const PromptLocation location = locate(id);
    QCOMPARE(location.place, PromptLocation::Place::Running);
    QVERIFY(location.isOnServer());
}

void tst_PromptLocator::deleteFirstTakesAPendingPromptBack()
{
    m_sim->setHeld(true);
    const QString id = post(1);
    QVERIFY(!id.isEmpty());
    QCOMPARE(locate(id, PromptLocator::Mode::DeleteFirst).place, PromptLocation::Place::Gone);
    // Really gone: released, the server runs nothing.
    QSignalSpy started(m_sim.get(), &Sim::SimServer::promptStarted);
    m_sim->setHeld(false);
    QCOMPARE(locate(id).place, PromptLocation::Place::Gone);
    QCOMPARE(started.size(), 0);
}

void tst_PromptLocator::finishedWithItsRecord()
{
    QSignalSpy finished(m_sim.get(), &Sim::SimServer::promptFinished);
    const QString id = post(3);
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    // Deleting a finished prompt from the queue does nothing: it is still found, finished.
    const PromptLocation location = locate(id, PromptLocator::Mode::DeleteFirst);
    QCOMPARE(location.place, PromptLocation::Place::Finished);
    QCOMPARE(location.entry.promptId, id);
    QCOMPARE(location.entry.outputs.size(), 1);
    QVERIFY(location.queueAnswered && location.historyAnswered);
}

void tst_PromptLocator::neverSentIsGone()
{
    const PromptLocation location = locate(ComfyClient::makePromptId());
    QCOMPARE(location.place, PromptLocation::Place::Gone);
    QVERIFY(location.queueAnswered && location.historyAnswered);
}

void tst_PromptLocator::unansweredQuestionsAreUnknown()
{
    m_sim->setHeld(true);
    const QString id = post(1);
    QVERIFY(!id.isEmpty());
    // /queue fails: pending or not, nobody can tell (the history has no record of it).
    m_sim->faults()->failRequests(Sim::FaultInjector::RequestAction::Answer500, u"/queue"_s);
    PromptLocation location = locate(id);
    QCOMPARE(location.place, PromptLocation::Place::Unknown);
    QVERIFY(!location.queueAnswered);
    QVERIFY(location.historyAnswered);
    // /queue answers, /history fails: a prompt in neither place the queue knows is unknown.
    m_sim->faults()->clear();
    m_sim->faults()->failRequests(Sim::FaultInjector::RequestAction::Answer500, u"/history"_s);
    location = locate(ComfyClient::makePromptId());
    QCOMPARE(location.place, PromptLocation::Place::Unknown);
    QVERIFY(location.queueAnswered);
    QVERIFY(!location.historyAnswered);
}

void tst_PromptLocator::failedQueueStillFindsAFinishedPrompt()
{
    QSignalSpy finished(m_sim.get(), &Sim::SimServer::promptFinished);
    const QString id = post(4);
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    m_sim->faults()->failRequests(Sim::FaultInjector::RequestAction::Answer500, u"/queue"_s);
    const PromptLocation location = locate(id);
    QCOMPARE(location.place, PromptLocation::Place::Finished);
    QVERIFY(!location.queueAnswered);
}

void tst_PromptLocator::deadCallerIsNeverCalled()
{
    m_sim->setHeld(true);
    const QString id = post(1);
    QVERIFY(!id.isEmpty());
    // The server is slow to answer; the caller goes away before it does.
    m_sim->faults()->setSlow(u"/queue"_s, 300);
    QSignalSpy queueAsked(m_sim.get(), &Sim::SimServer::requestReceived);
    int calls = 0;
    auto context = std::make_unique<QObject>();
    PromptLocator::locate(m_client.get(), id, PromptLocator::Mode::Locate, context.get(),
                          [&calls](const PromptLocation &) { ++calls; });
    QTRY_VERIFY_WITH_TIMEOUT(!queueAsked.isEmpty(), 10000);
    context.reset();
    // A second caller, asked after, is answered: the first one's answer has come by then.
    const PromptLocation location = locate(id);
    QCOMPARE(location.place, PromptLocation::Place::Pending);
    QCOMPARE(calls, 0);
}

QTEST_GUILESS_MAIN(tst_PromptLocator)
#include "tst_promptlocator.moc"
