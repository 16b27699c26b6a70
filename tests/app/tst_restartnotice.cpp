// A server that restarts mid-queue forgets its jobs (ComfyUI keeps no queue across a
// restart). The window must say so in a notice that stays until the user acts, keep the
// lost jobs as failed (not silently dropped), and queue them again on one click.
#include "jobqueue.h"
#include "mainwindow.h"
#include "simserver.h"
#include "workfloweditor.h"
#include "workflowmodel.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Easel::QueuedJob;

class tst_RestartNotice : public QObject
{
    Q_OBJECT

private slots:
    void lostJobsAreOfferedForRetry();
};

void tst_RestartNotice::lostJobsAreOfferedForRetry()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Easel::Sim::SimServer sim;
    sim.setStepMs(100);
    QVERIFY(sim.listen(QHostAddress::LocalHost, 0) != 0);

    // The recorded progress run, with enough steps that jobs are still queued and running
    // when the server restarts.
    QFile recorded(QStringLiteral(EASEL_SHARED_DIR "/captures/run_progress_preview_jpeg_metadata/post_prompt.request_body.json"));
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    QJsonObject prompt = QJsonDocument::fromJson(recorded.readAll()).object().value("prompt"_L1).toObject();
    QJsonObject capture = prompt.value("2"_L1).toObject();
    QJsonObject inputs = capture.value("inputs"_L1).toObject();
    inputs.insert("steps"_L1, 20);
    capture.insert("inputs"_L1, inputs);
    prompt.insert("2"_L1, capture);
    const QString path = dir.filePath(u"slow.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(prompt).toJson());
    }

    Easel::MainWindow window(sim.baseUrl(), dir.filePath(u"outputs"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openWorkflow(path);
    QTRY_COMPARE(window.editor()->model()->rowCount(), int(prompt.size()));

    auto *notice = window.findChild<QWidget *>(u"noticeBar"_s);
    auto *noticeText = window.findChild<QLabel *>(u"noticeText"_s);
    auto *retry = window.findChild<QPushButton *>(u"noticeAction"_s);
    auto *queueButton = window.findChild<QPushButton *>(u"queueButton"_s);
    auto *countSpin = window.findChild<QSpinBox *>(u"countSpin"_s);
    QVERIFY(notice && noticeText && retry && queueButton && countSpin);
    QVERIFY(!notice->isVisible());

    countSpin->setValue(2);
    QTRY_VERIFY(queueButton->isEnabled());
    QTest::mouseClick(queueButton, Qt::LeftButton);
    Easel::JobQueue *queue = window.jobQueue();
    QCOMPARE(queue->jobCount(), 2);
    const QStringList jobIds = queue->jobIds();

    // Both jobs are on the server (at most two are sent), the first one running. "Sent" is
    // not enough: the server must have accepted both before it restarts, or a job whose
    // POST it never took is rightly sent again instead of being reported lost.
    QSignalSpy queued(&sim, &Easel::Sim::SimServer::promptQueued);
    QSignalSpy started(&sim, &Easel::Sim::SimServer::promptStarted);
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(queued.size(), 2, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(queue->inFlightCount(), 2, 10000);

    sim.restart();

    // After the reconnect the resync finds neither job: both failed, one notice for both.
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(noticeText->text().contains(u"2"_s), 20000);
    for (const QString &id : jobIds)
        QTRY_COMPARE_WITH_TIMEOUT(queue->job(id)->state, QueuedJob::State::Failed, 10000);
    QVERIFY(retry->isVisible());
    if (const QByteArray shots = qgetenv("EASEL_SCREENSHOT_DIR"); !shots.isEmpty())
        window.grab().save(QString::fromLocal8Bit(shots) + u"/restart-notice.png"_s);

    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(!notice->isVisible());
    for (const QString &id : jobIds)
        QTRY_COMPARE_WITH_TIMEOUT(queue->job(id)->state, QueuedJob::State::Done, 30000);
    QCOMPARE(queue->jobCount(), 2); // retried in place, not duplicated

    // The retries went out under new prompt ids; their outputs still carry the document's
    // name, so the library's workflow filter offers it.
    auto *workflowFilter = window.findChild<QComboBox *>(u"galleryWorkflow"_s);
    QVERIFY(workflowFilter);
    QTRY_VERIFY_WITH_TIMEOUT(workflowFilter->findData(u"slow.json"_s) >= 0, 10000);
}

QTEST_MAIN(tst_RestartNotice)
#include "tst_restartnotice.moc"
