// ServerSession (issue 16): one server's stack built in one place. On the simulator over
// real sockets: a session runs a prompt to a saved file and collects, through its own
// resync wiring, a prompt that finished while its stream was down; destroyed in the middle
// of a job (its stream open, its prompt running) it neither crashes nor calls anyone back,
// during its teardown or after it, while the server goes on with the job.
#include "comfyclient.h"
#include "connectionmonitor.h"
#include "eventstream.h"
#include "jobresync.h"
#include "jobrunner.h"
#include "libraryindex.h"
#include "outputstore.h"
#include "serversession.h"
#include "simserver.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {
// An image, `steps` progress steps (each the simulator's step time), then SaveImage.
QByteArray prompt(int colour, int steps)
{
    const QJsonObject json{
        {u"1"_s, QJsonObject{{u"class_type"_s, u"EmptyImage"_s},
                             {u"inputs"_s, QJsonObject{{u"width"_s, 16}, {u"height"_s, 16},
                                                       {u"batch_size"_s, 1}, {u"color"_s, colour}}}}},
        {u"2"_s, QJsonObject{{u"class_type"_s, u"CaptureProgressPreview"_s},
                             {u"inputs"_s, QJsonObject{{u"image"_s, QJsonArray{u"1"_s, 0}},
                                                       {u"steps"_s, steps},
                                                       {u"preview_format"_s, u"PNG"_s},
                                                       {u"max_size"_s, 16},
                                                       {u"sleep_seconds"_s, 0.0},
                                                       {u"send_text"_s, false}}}}},
        {u"3"_s, QJsonObject{{u"class_type"_s, u"SaveImage"_s},
                             {u"inputs"_s, QJsonObject{{u"images"_s, QJsonArray{u"2"_s, 0}},
                                                       {u"filename_prefix"_s, u"session"_s}}}}},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}
} // namespace

class tst_ServerSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void runsAPromptToASavedFile();
    void collectsAPromptThatFinishedWhileTheStreamWasDown();
    void destroyedMidJobCallsNoOneBack();

private:
    std::unique_ptr<Sim::SimServer> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ServerSession::init()
{
    m_sim = std::make_unique<Sim::SimServer>();
    QVERIFY(m_sim->listen(QHostAddress::LocalHost, 0) != 0);
    m_sim->setStepMs(0);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_ServerSession::cleanup()
{
    m_sim.reset();
    m_dir.reset();
}

void tst_ServerSession::runsAPromptToASavedFile()
{
    ServerSession session(m_sim->baseUrl(), m_dir->path());
    QTRY_VERIFY_WITH_TIMEOUT(session.isStoreOpen(), 10000); // opened on the store's writer thread
    QCOMPARE(session.client()->baseUrl(), m_sim->baseUrl());
    QSignalSpy finished(session.runner(), &JobRunner::jobFinished);
    session.open();
    QTRY_VERIFY_WITH_TIMEOUT(session.monitor()->isUsable(), 10000);
    const QString id = session.runner()->submit(prompt(0x336699, 2));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.constFirst().at(0).toString(), id);
    const auto outcome = finished.constFirst().at(1).value<JobOutcome>();
    QVERIFY2(outcome.status == JobOutcome::Status::Succeeded, qPrintable(outcome.message));
    QCOMPARE(outcome.outputs.size(), 1);
    // Saved in the session's library and recorded in its index.
    const QString path = outcome.outputs.constFirst().path;
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(QFileInfo(path).absolutePath(), QDir(session.store()->libraryDirectory()).absolutePath());
    QCOMPARE(session.store()->index()->outputsOfJob(id).size(), 1);
}

// The session's own wiring (followJobs): the accepted prompt is tracked, and after the
// stream comes back the resync finds it finished and the runner fetches its output.
void tst_ServerSession::collectsAPromptThatFinishedWhileTheStreamWasDown()
{
    ServerSession session(m_sim->baseUrl(), m_dir->path());
    session.events()->setReconnectDelays(50, 200);
    session.runner()->setPollAfterMs(60000); // the resync, not the runner's own polling
    QSignalSpy finished(session.runner(), &JobRunner::jobFinished);
    QSignalSpy collected(session.resync(), &JobResync::finishedOnServer);
    session.open();
    QTRY_VERIFY_WITH_TIMEOUT(session.monitor()->isUsable(), 10000);

    m_sim->setHeld(true);
    QSignalSpy accepted(session.runner(), &JobRunner::jobAccepted);
    const QString id = session.runner()->submit(prompt(0x996633, 1));
    QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 10000);
    // The stream drops; the server runs the prompt to the end before it comes back.
    session.events()->setReconnectDelays(1500, 1500);
    QSignalSpy simFinished(m_sim.get(), &Sim::SimServer::promptFinished);
    m_sim->closeAllWebSockets();
    QTRY_VERIFY_WITH_TIMEOUT(!session.monitor()->isUsable(), 10000);
    m_sim->setHeld(false);
    QTRY_COMPARE_WITH_TIMEOUT(simFinished.size(), 1, 10000);

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QCOMPARE(finished.constFirst().at(0).toString(), id);
    const auto outcome = finished.constFirst().at(1).value<JobOutcome>();
    QVERIFY2(outcome.status == JobOutcome::Status::Succeeded, qPrintable(outcome.message));
    QVERIFY(session.store()->index()->outputsOfJob(id).size() == 1);
    Q_UNUSED(collected);
}

void tst_ServerSession::destroyedMidJobCallsNoOneBack()
{
    m_sim->setStepMs(40); // 25 steps: the prompt runs for a second, sending progress
    auto *session = new ServerSession(m_sim->baseUrl(), m_dir->path());
    session->open();
    QTRY_VERIFY_WITH_TIMEOUT(session->monitor()->isUsable(), 10000);

    // Everything the owner hears from the session's parts, counted from the moment its
    // destructor starts (the owner's slots are called no more).
    QObject owner;
    bool tearingDown = false;
    int calledBack = 0;
    int progress = 0;
    auto count = [&] { calledBack += tearingDown ? 1 : 0; };
    connect(session->runner(), &JobRunner::jobProgress, &owner, [&] { ++progress; count(); });
    connect(session->runner(), &JobRunner::jobFinished, &owner, count);
    connect(session->runner(), &JobRunner::jobOutputSaved, &owner, count);
    connect(session->runner(), &JobRunner::jobLeftServer, &owner, count);
    connect(session->monitor(), &ConnectionMonitor::stateChanged, &owner, count);
    connect(session->monitor(), &ConnectionMonitor::descriptionChanged, &owner, count);
    connect(session->events(), &EventStream::disconnected, &owner, count);
    connect(session->events(), &EventStream::eventReceived, &owner, count);
    connect(session->client(), &ComfyClient::errorOccurred, &owner, count);
    connect(session->resync(), &JobResync::forgotten, &owner, count);
    connect(session->store(), &OutputStore::outputStored, &owner, count);

    QSignalSpy simStarted(m_sim.get(), &Sim::SimServer::promptStarted);
    QSignalSpy simFinished(m_sim.get(), &Sim::SimServer::promptFinished);
    session->runner()->submit(prompt(0x669933, 25));
    QTRY_VERIFY_WITH_TIMEOUT(progress >= 2, 10000); // running, its events arriving
    QCOMPARE(simFinished.size(), 0);
    QVERIFY(simStarted.size() == 1);

    tearingDown = true;
    delete session; // its socket open, its prompt running, its runner polling
    QCOMPARE(calledBack, 0);
    // The server finishes the job without the session; nothing of it wakes up.
    QTRY_COMPARE_WITH_TIMEOUT(simFinished.size(), 1, 10000);
    QTest::qWait(200); // replies and timers due after the end get their turn
    QCOMPARE(calledBack, 0);
}

QTEST_GUILESS_MAIN(tst_ServerSession)
#include "tst_serversession.moc"
