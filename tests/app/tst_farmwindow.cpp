// The main window over a render farm of two simulators on loopback (issue 11): the Servers
// dock lists both and the status bar counts the ready ones; a sweep queued through the
// Variations dialog runs on both servers (each one's history gets jobs); a batch pinned to
// one server ("Run on") stays there; the library records each output's server and can be
// filtered by it.
#include "farmdispatcher.h"
#include "farmqueuedispatch.h"
#include "eventstream.h"
#include "farmserver.h"
#include "faultinjector.h"
#include "gallerymodel.h"
#include "gallerywidget.h"
#include "imageinputcontroller.h"
#include "jobqueue.h"
#include "mainwindow.h"
#include "maskcanvas.h"
#include "maskcomposition.h"
#include "maskeditordialog.h"
#include "outputdetaildialog.h"
#include "queuepanel.h"
#include "serverspanel.h"
#include "simserver.h"
#include "workfloweditor.h"
#include "viewer/filmstrip.h"
#include "viewer/viewerpane.h"
#include "workflowmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QImage>
#include <QLabel>
#include <QScopeGuard>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_FarmWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneServerIsNoFarm();
    void sweepRunsOnBothServersAndTheLibraryNamesThem();
    void switchesBetweenOneServerAndAFarm();
    void leavingTheFarmWaitsForItsJobs();
    void uploadedImageTravelsToTheServerThatRunsTheJob();
    void maskedInputTravelsToTheServerThatRunsTheJob();
    void theNextSingleServerWindowHidesTheDock();
    void noFarmWhileAJobDownloadsItsOutputs();
    void farmPreviewsDecodedOnlyWhenShown();

private:
    QString writePrompt();
    // Answers the Variations dialog once it is open: copies of the job and the server.
    void answerSweepDialog(int copies, int runOnIndex, QStringList *runOnChoices);
    QLabel *statusLabel(MainWindow &window) const;

    QTemporaryDir m_dir;
    Sim::SimServer m_attic;
    Sim::SimServer m_basement;
    QHash<QString, int> m_finished; // base URL -> prompts the simulator finished
};

void tst_FarmWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The queue journal and settings live in the test-mode data dir: start from nothing.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QVERIFY(m_dir.isValid());
    for (Sim::SimServer *sim : {&m_attic, &m_basement}) {
        sim->setStepMs(20);
        QVERIFY(sim->listen(QHostAddress::LocalHost, 0) != 0);
        const QString url = sim->baseUrl().toString();
        connect(sim, &Sim::SimServer::promptFinished, this, [this, url] { ++m_finished[url]; });
    }
}

QString tst_FarmWindow::writePrompt()
{
    // The recorded progress run: EmptyImage -> CaptureProgressPreview -> PreviewImage.
    QFile recorded(QStringLiteral(EASEL_SHARED_DIR "/captures/run_progress_preview_jpeg_metadata/post_prompt.request_body.json"));
    if (!recorded.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject prompt = QJsonDocument::fromJson(recorded.readAll()).object().value("prompt"_L1).toObject();
    const QString path = m_dir.filePath(u"farm.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(prompt).toJson());
    return path;
}

void tst_FarmWindow::answerSweepDialog(int copies, int runOnIndex, QStringList *runOnChoices)
{
    auto *timer = new QTimer(this);
    timer->setInterval(50);
    connect(timer, &QTimer::timeout, this, [timer, copies, runOnIndex, runOnChoices] {
        QDialog *dialog = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget->objectName() == "sweepDialog"_L1 && widget->isVisible())
                dialog = qobject_cast<QDialog *>(widget);
        }
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        auto *combo = dialog->findChild<QComboBox *>(u"runOnCombo"_s);
        if (combo && combo->isVisibleTo(dialog)) {
            for (int i = 0; i < combo->count(); ++i)
                runOnChoices->append(combo->itemText(i));
            combo->setCurrentIndex(runOnIndex);
        }
        dialog->findChild<QSpinBox *>(u"repeatSpin"_s)->setValue(copies);
        dialog->accept();
    });
    timer->start();
}

QLabel *tst_FarmWindow::statusLabel(MainWindow &window) const
{
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
        if (label->text().startsWith("Farm:"_L1))
            return label;
    }
    return nullptr;
}

// One server given as a list is the single-server window: no farm, no dock, no "Run on".
void tst_FarmWindow::oneServerIsNoFarm()
{
    MainWindow window(ServerChoices{{m_attic.baseUrl(), {}, u"Attic"_s}}, m_dir.filePath(u"single"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.isFarm());
    QVERIFY(window.serversDock()->isHidden());
    QVERIFY(window.findChild<QComboBox *>(u"runOnCombo"_s)->isHidden());
    QVERIFY(window.findChild<QueuePanel *>()->view()->isColumnHidden(JobQueue::ServerColumn));
    QVERIFY(!statusLabel(window));
}

void tst_FarmWindow::sweepRunsOnBothServersAndTheLibraryNamesThem()
{
    const QString attic = m_attic.baseUrl().toString();
    const QString basement = m_basement.baseUrl().toString();
    m_finished.clear();
    MainWindow window(ServerChoices{{m_attic.baseUrl(), {}, u"Attic"_s}, {m_basement.baseUrl(), {}, u"Basement"_s}},
                      m_dir.filePath(u"farm-out"_s));
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isFarm());

    // The Servers dock: shown by itself, a row per server, the summary and the status bar
    // counting the ready ones.
    QDockWidget *dock = window.serversDock();
    QVERIFY(dock->isVisible());
    auto *panel = dock->findChild<ServersPanel *>();
    QVERIFY(panel);
    QCOMPARE(dock->findChild<QTableView *>(u"serversView"_s)->model()->rowCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(panel->summaryText(), u"2 of 2 servers ready"_s, 30000);
    QTRY_VERIFY(statusLabel(window));
    QCOMPARE(statusLabel(window)->text(), u"Farm: 2 of 2 servers ready"_s);
    QVERIFY(!window.findChild<QueuePanel *>()->view()->isColumnHidden(JobQueue::ServerColumn));
    auto *runOn = window.findChild<QComboBox *>(u"runOnCombo"_s);
    QVERIFY(runOn->isVisible());
    QCOMPARE(runOn->count(), 3); // any server, Attic, Basement

    const QString path = writePrompt();
    QVERIFY(!path.isEmpty());
    window.openWorkflow(path);
    auto *sweepButton = window.findChild<QPushButton *>(u"sweepButton"_s);
    QTRY_VERIFY(sweepButton->isEnabled());
    // Both servers' catalogues read: a job can go to either.
    for (FarmServer *server : window.farm()->servers())
        QTRY_VERIFY_WITH_TIMEOUT(server->isUsable(), 30000);

    // A sweep of six copies on any server: both servers run some.
    QStringList choices;
    answerSweepDialog(6, 0, &choices);
    QTest::mouseClick(sweepButton, Qt::LeftButton);
    QCOMPARE(choices, (QStringList{u"Any server"_s, u"Attic"_s, u"Basement"_s}));
    JobQueue *queue = window.jobQueue();
    QCOMPARE(queue->jobCount(), 6);
    const auto allDone = [queue] {
        for (const QString &id : queue->jobIds()) {
            if (queue->job(id)->state != QueuedJob::State::Done)
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allDone(), 60000);
    QVERIFY2(m_finished.value(attic) > 0 && m_finished.value(basement) > 0,
             qPrintable(u"attic %1, basement %2"_s.arg(m_finished.value(attic)).arg(m_finished.value(basement))));
    QCOMPARE(m_finished.value(attic) + m_finished.value(basement), 6);
    QSet<QString> ranOn;
    for (const QString &id : queue->jobIds())
        ranOn.insert(queue->job(id)->server);
    QCOMPARE(ranOn, (QSet<QString>{attic, basement}));

    // A batch pinned to Basement stays there.
    const int basementBefore = m_finished.value(basement);
    const int atticBefore = m_finished.value(attic);
    answerSweepDialog(3, 2, &choices);
    QTest::mouseClick(sweepButton, Qt::LeftButton);
    QCOMPARE(queue->jobCount(), 9);
    QTRY_VERIFY_WITH_TIMEOUT(allDone(), 60000);
    QCOMPARE(m_finished.value(basement), basementBefore + 3);
    QCOMPARE(m_finished.value(attic), atticBefore);

    // The library: every output names its server; the server filter lists both (by
    // profile name) and keeps only that server's outputs.
    auto *gallery = window.findChild<GalleryWidget *>();
    QVERIFY(gallery);
    GalleryModel *model = gallery->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 9, 30000);
    QSet<QString> servers;
    for (int row = 0; row < model->rowCount(); ++row)
        servers.insert(model->index(row).data(GalleryModel::ServerRole).toString());
    QCOMPARE(servers, (QSet<QString>{attic, basement}));
    QVERIFY(model->index(0).data(Qt::ToolTipRole).toString().contains(u"Server: "_s));
    auto *serverFilter = gallery->findChild<QComboBox *>(u"galleryServer"_s);
    QVERIFY(serverFilter);
    QTRY_VERIFY(!serverFilter->isHidden()); // the Library tab itself is not the current one
    const int basementItem = serverFilter->findData(basement);
    QVERIFY(basementItem > 0);
    QCOMPARE(serverFilter->itemText(basementItem), u"Basement"_s);
    serverFilter->setCurrentIndex(basementItem);
    // Read back from the index (on the gallery's worker): Basement's outputs, all of them,
    // and nothing else.
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(model->rowCount(), basementBefore + 3);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row).data(GalleryModel::ServerRole).toString(), basement);
    // Named after the document that queued them, whichever server's store recorded them.
    auto *workflows = gallery->findChild<QComboBox *>(u"galleryWorkflow"_s);
    QTRY_VERIFY(workflows->findData(u"farm.json"_s) > 0);
    // The detail dialog names the server too.
    OutputDetailDialog *detail = gallery->openDetail(model->index(0).data(GalleryModel::IdRole).toLongLong());
    QVERIFY(detail);
    QTRY_VERIFY(detail->isRead()); // read on a worker
    QVERIFY2(detail->parametersText().contains(u"Server: "_s + basement), qPrintable(detail->parametersText()));
    detail->close();

    if (qEnvironmentVariableIsSet("EASEL_SCREENSHOT_DIR"))
        window.grab().save(qEnvironmentVariable("EASEL_SCREENSHOT_DIR") + u"/farm-window-test.png"_s);
}

// Server → Connections… at run time: a farm chosen there takes over the queue (dock, status
// bar, "Run on", server column), and one profile chosen there stops it again.
void tst_FarmWindow::switchesBetweenOneServerAndAFarm()
{
    MainWindow window(m_attic.baseUrl(), m_dir.filePath(u"switch"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.isFarm());
    auto *runOn = window.findChild<QComboBox *>(u"runOnCombo"_s);
    QTreeView *queueView = window.findChild<QueuePanel *>()->view();

    QVERIFY(!window.useFarm(ServerChoices{{m_attic.baseUrl(), {}, u"Attic"_s}})); // one is no farm
    QVERIFY(window.useFarm(ServerChoices{{m_attic.baseUrl(), {}, u"Attic"_s}, {m_basement.baseUrl(), {}, u"Basement"_s}}));
    QVERIFY(window.isFarm());
    QCOMPARE(window.farm()->servers().size(), 2);
    QVERIFY(window.serversDock()->isVisible());
    QVERIFY(runOn->isVisible());
    QVERIFY(!queueView->isColumnHidden(JobQueue::ServerColumn));
    QTRY_VERIFY_WITH_TIMEOUT(statusLabel(window) && statusLabel(window)->text() == "Farm: 2 of 2 servers ready"_L1,
                             30000);

    window.useConnection(m_basement.baseUrl(), {});
    QVERIFY(!window.isFarm());
    QVERIFY(window.serversDock()->isHidden());
    QVERIFY(runOn->isHidden());
    QVERIFY(queueView->isColumnHidden(JobQueue::ServerColumn));
    QTRY_VERIFY(!statusLabel(window)); // the single server's own state again
}

// Choosing one server while the farm still holds jobs is refused with a message: the
// jobs stay with the farm and finish there (deleting the dispatch under them would leave
// them held forever); once they are done the switch goes through.
void tst_FarmWindow::leavingTheFarmWaitsForItsJobs()
{
    m_attic.setStepMs(150);
    m_basement.setStepMs(150);
    const auto restoreSteps = qScopeGuard([this] {
        m_attic.setStepMs(20);
        m_basement.setStepMs(20);
    });
    MainWindow window(ServerChoices{{m_attic.baseUrl(), {}, u"Attic"_s}, {m_basement.baseUrl(), {}, u"Basement"_s}},
                      m_dir.filePath(u"leave-out"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (FarmServer *server : window.farm()->servers())
        QTRY_VERIFY_WITH_TIMEOUT(server->isUsable(), 30000);
    const QString path = writePrompt();
    QVERIFY(!path.isEmpty());
    window.openWorkflow(path);
    auto *queueButton = window.findChild<QPushButton *>(u"queueButton"_s);
    QTRY_VERIFY(queueButton->isEnabled());
    window.findChild<QSpinBox *>(u"countSpin"_s)->setValue(3);
    QTest::mouseClick(queueButton, Qt::LeftButton);
    JobQueue *queue = window.jobQueue();
    QTRY_VERIFY_WITH_TIMEOUT(queue->inFlightCount() > 0, 30000);

    // The refusal is a message box: answer it when it shows.
    QString shown;
    QTimer answer;
    answer.setInterval(50);
    connect(&answer, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    answer.start();
    window.useConnection(m_basement.baseUrl(), {});
    answer.stop();
    QVERIFY2(shown.contains(u"still run on a server"_s), qPrintable(shown));
    QVERIFY(window.isFarm());
    QVERIFY(qobject_cast<FarmQueueDispatch *>(window.jobQueue()->dispatch()));
    QVERIFY(window.serversDock()->isVisible());

    const auto allFinished = [queue] {
        for (const QString &id : queue->jobIds()) {
            if (!queue->job(id)->isFinished())
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(), 60000);
    for (const QString &id : queue->jobIds()) {
        QVERIFY2(queue->job(id)->state == QueuedJob::State::Done, qPrintable(queue->job(id)->failure.message));
        QVERIFY(!queue->job(id)->isHeld());
    }
    // Nothing held now: the switch goes through.
    QTRY_COMPARE(queue->inFlightCount(), 0);
    window.useConnection(m_basement.baseUrl(), {});
    QVERIFY(!window.isFarm());
    QVERIFY(!qobject_cast<FarmQueueDispatch *>(window.jobQueue()->dispatch()));
}

// An image the editor uploads (to the first server) travels with the batch: each job
// uploads it to whichever server runs it, so the jobs may run anywhere, and a batch pinned
// to the second server runs there with the image.
void tst_FarmWindow::uploadedImageTravelsToTheServerThatRunsTheJob()
{
    QImage picture(32, 32, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    const QString local = m_dir.filePath(u"face.png"_s);
    QVERIFY(picture.save(local));
    const QString path = m_dir.filePath(u"load.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"1": {"class_type": "LoadImage", "inputs": {"image": "example.png"}},
                   "2": {"class_type": "PreviewImage", "inputs": {"images": ["1", 0]}}})");
    file.close();
    QVERIFY(!QFileInfo::exists(m_basement.dataDir() + u"/input/face.png"_s));

    MainWindow window(ServerChoices{{m_attic.baseUrl(), {}, u"Attic"_s}, {m_basement.baseUrl(), {}, u"Basement"_s}},
                      m_dir.filePath(u"upload-out"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (FarmServer *server : window.farm()->servers())
        QTRY_VERIFY_WITH_TIMEOUT(server->isUsable(), 30000);
    window.openWorkflow(path);
    WorkflowModel *model = window.editor()->model();
    QTRY_COMPARE(model->rowCount(), 2);
    emit window.editor()->uploadRequested(u"1"_s, u"image"_s, local);
    QTRY_COMPARE_WITH_TIMEOUT(model->document().inputValue(u"1"_s, u"image"_s).toString(), u"face.png"_s, 30000);

    const int atticBefore = m_finished.value(m_attic.baseUrl().toString());
    const int basementBefore = m_finished.value(m_basement.baseUrl().toString());
    JobQueue *queue = window.jobQueue();
    const auto allFinished = [queue] {
        for (const QString &id : queue->jobIds()) {
            if (!queue->job(id)->isFinished())
                return false;
        }
        return true;
    };
    // Any server: no pin.
    window.findChild<QSpinBox *>(u"countSpin"_s)->setValue(4);
    QTest::mouseClick(window.findChild<QPushButton *>(u"queueButton"_s), Qt::LeftButton);
    QCOMPARE(queue->jobCount(), 4);
    for (const QString &id : queue->jobIds()) {
        const QueueBatch *batch = queue->batch(queue->job(id)->batchId);
        QVERIFY(batch->pinnedServer.isEmpty());
        QCOMPARE(batch->imageUploads.value(u"1"_s), QFileInfo(local).absoluteFilePath());
    }
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(), 60000);
    for (const QString &id : queue->jobIds())
        QVERIFY2(queue->job(id)->state == QueuedJob::State::Done, qPrintable(queue->job(id)->failure.message));

    // Pinned to the second server, which the editor never uploaded to.
    auto *runOn = window.findChild<QComboBox *>(u"runOnCombo"_s);
    runOn->setCurrentIndex(runOn->findData(m_basement.baseUrl().toString()));
    QVERIFY(runOn->currentIndex() > 0);
    window.findChild<QSpinBox *>(u"countSpin"_s)->setValue(1);
    QTest::mouseClick(window.findChild<QPushButton *>(u"queueButton"_s), Qt::LeftButton);
    QCOMPARE(queue->jobCount(), 5);
    const QString pinnedJob = queue->jobIds().constLast();
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(), 60000);
    QVERIFY2(queue->job(pinnedJob)->state == QueuedJob::State::Done, qPrintable(queue->job(pinnedJob)->failure.message));
    QCOMPARE(queue->job(pinnedJob)->server, m_basement.baseUrl().toString());
    QVERIFY(QFileInfo::exists(m_basement.dataDir() + u"/input/face.png"_s));
    QCOMPARE(m_finished.value(m_attic.baseUrl().toString()) + m_finished.value(m_basement.baseUrl().toString()),
             atticBefore + basementBefore + 5);
    runOn->setCurrentIndex(0);
}

// A masked input (the mask editor saved onto the first server: the four clipspace files
// there) runs on the second server: the farm uploads the painted picture with the mask in
// its alpha, what the first server stored for LoadImage, and the job reads it there.
void tst_FarmWindow::maskedInputTravelsToTheServerThatRunsTheJob()
{
    QImage picture(40, 30, QImage::Format_RGB32);
    picture.fill(QColor(200, 120, 40));
    const QString local = m_dir.filePath(u"tomask.png"_s);
    QVERIFY(picture.save(local));
    const QString path = m_dir.filePath(u"mask-load.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"1": {"class_type": "LoadImage", "inputs": {"image": "example.png"}},
                   "2": {"class_type": "PreviewImage", "inputs": {"images": ["1", 0]}}})");
    file.close();

    MainWindow window(ServerChoices{{m_attic.baseUrl(), {}, u"Attic"_s}, {m_basement.baseUrl(), {}, u"Basement"_s}},
                      m_dir.filePath(u"mask-out"_s));
    window.imageInputs()->setCacheDirectory(m_dir.filePath(u"mask-cache"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (FarmServer *server : window.farm()->servers())
        QTRY_VERIFY_WITH_TIMEOUT(server->isUsable(), 30000);
    window.openWorkflow(path);
    WorkflowModel *model = window.editor()->model();
    QTRY_COMPARE(model->rowCount(), 2);
    emit window.editor()->uploadRequested(u"1"_s, u"image"_s, local);
    QTRY_COMPARE_WITH_TIMEOUT(model->document().inputValue(u"1"_s, u"image"_s).toString(), u"tomask.png"_s, 30000);

    // Paint the whole picture as mask and save: the value names the clipspace file.
    window.imageInputs()->editMask(u"1"_s, u"image"_s);
    QPointer<MaskEditorDialog> dialog = window.imageInputs()->maskEditor(); // closes itself once saved
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10000);
    dialog->canvas()->fillMask();
    dialog->save();
    QTRY_VERIFY_WITH_TIMEOUT(model->document().inputValue(u"1"_s, u"image"_s).toString().startsWith(u"clipspace/"_s), 30000);
    const QString value = model->document().inputValue(u"1"_s, u"image"_s).toString();
    const std::optional<ClipspaceNames> names = ClipspaceNames::fromValue(value);
    QVERIFY(names);
    const QString onAttic = m_attic.dataDir() + u"/input/clipspace/"_s + names->paintedMasked();
    m_attic.waitForPendingFiles(); // /upload/mask answers before its composite is on disk
    QVERIFY(QFileInfo::exists(onAttic));
    QVERIFY(!QFileInfo::exists(m_basement.dataDir() + u"/input/"_s + names->paintedMasked()));

    // Pinned to the second server, which never saw the picture nor its mask.
    auto *runOn = window.findChild<QComboBox *>(u"runOnCombo"_s);
    runOn->setCurrentIndex(runOn->findData(m_basement.baseUrl().toString()));
    QVERIFY(runOn->currentIndex() > 0);
    window.findChild<QSpinBox *>(u"countSpin"_s)->setValue(1);
    JobQueue *queue = window.jobQueue();
    const qsizetype before = queue->jobCount();
    QTest::mouseClick(window.findChild<QPushButton *>(u"queueButton"_s), Qt::LeftButton);
    QCOMPARE(queue->jobCount(), before + 1);
    const QString jobId = queue->jobIds().constLast();
    QTRY_VERIFY_WITH_TIMEOUT(queue->job(jobId)->isFinished(), 60000);
    QVERIFY2(queue->job(jobId)->state == QueuedJob::State::Done, qPrintable(queue->job(jobId)->failure.message));
    QCOMPARE(queue->job(jobId)->server, m_basement.baseUrl().toString());
    // The second server has the masked picture: the first server's pixels, mask in alpha.
    const QString onBasement = m_basement.dataDir() + u"/input/"_s + names->paintedMasked();
    QVERIFY(QFileInfo::exists(onBasement));
    const QImage stored = QImage(onAttic).convertToFormat(QImage::Format_ARGB32);
    const QImage copied = QImage(onBasement).convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(copied.size(), picture.size());
    QCOMPARE(copied, stored);
    QCOMPARE(qAlpha(copied.pixel(5, 5)), 0); // painted: LoadImage's MASK is 1 there
    QCOMPARE(qRed(copied.pixel(5, 5)), 200); // the colour stays under the mask
    runOn->setCurrentIndex(0);
}

// The layout a farm session saves (Servers dock open) does not open the dock in the next
// single-server window; the next farm window opens it again.
void tst_FarmWindow::theNextSingleServerWindowHidesTheDock()
{
    {
        MainWindow farm(ServerChoices{{m_attic.baseUrl(), {}, u"Attic"_s}, {m_basement.baseUrl(), {}, u"Basement"_s}},
                        m_dir.filePath(u"layout"_s));
        farm.show();
        QVERIFY(QTest::qWaitForWindowExposed(&farm));
        QVERIFY(farm.serversDock()->isVisible());
        QVERIFY(farm.close()); // saves the layout
    }
    {
        MainWindow single(m_attic.baseUrl(), m_dir.filePath(u"layout"_s));
        single.show();
        QVERIFY(QTest::qWaitForWindowExposed(&single));
        QVERIFY(single.serversDock()->isHidden());
        QVERIFY(single.close());
    }
    MainWindow farm(ServerChoices{{m_attic.baseUrl(), {}, u"Attic"_s}, {m_basement.baseUrl(), {}, u"Basement"_s}},
                    m_dir.filePath(u"layout"_s));
    farm.show();
    QVERIFY(QTest::qWaitForWindowExposed(&farm));
    QVERIFY(farm.serversDock()->isVisible());
}

// A job whose outputs are still downloading holds no place on its server (inFlightCount is
// 0), but it is the queue's own server's: a farm chosen now is refused with the message,
// and nothing of a farm is set up (the farm used to be built, and then kept beside a queue
// that refused it).
void tst_FarmWindow::noFarmWhileAJobDownloadsItsOutputs()
{
    Sim::RequestFaultInjector viewHangs(u"/view"_s, Sim::FaultInjector::RequestAction::Hang);
    m_attic.setFaultInjector(&viewHangs);
    const QString journal = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/queue.json"_s;
    const auto restore = qScopeGuard([this, journal] {
        m_attic.setFaultInjector(nullptr);
        QFile::remove(journal); // the held job is not the next window's
    });
    MainWindow window(m_attic.baseUrl(), m_dir.filePath(u"downloading"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString path = writePrompt();
    QVERIFY(!path.isEmpty());
    window.openWorkflow(path);
    auto *queueButton = window.findChild<QPushButton *>(u"queueButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(queueButton->isEnabled(), 30000);
    window.findChild<QSpinBox *>(u"countSpin"_s)->setValue(1);
    QTest::mouseClick(queueButton, Qt::LeftButton);
    JobQueue *queue = window.jobQueue();
    QTRY_VERIFY_WITH_TIMEOUT(queue->holdsJobs() && queue->inFlightCount() == 0, 30000);

    QString shown;
    QTimer answer;
    answer.setInterval(50);
    connect(&answer, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    answer.start();
    QVERIFY(!window.useFarm(ServerChoices{{m_attic.baseUrl(), {}, u"Attic"_s}, {m_basement.baseUrl(), {}, u"Basement"_s}}));
    answer.stop();
    QVERIFY2(shown.contains(u"still run"_s), qPrintable(shown));
    QVERIFY(!window.isFarm());
    QVERIFY(!window.farm());
    QVERIFY(window.serversDock()->isHidden());
    QVERIFY(window.findChild<QComboBox *>(u"runOnCombo"_s)->isHidden());
    QVERIFY(queue->dispatch()->serverIds().isEmpty());
    QVERIFY(queue->holdsJobs()); // still the queue's own server's
}

// Issue 17: a farm's servers decode previews as the single server does, only while the viewer
// shows them: with the viewer on a chosen picture, three jobs' previews (four each) are all
// dropped undecoded, whichever servers ran them, and none reaches the window.
void tst_FarmWindow::farmPreviewsDecodedOnlyWhenShown()
{
    MainWindow window(ServerChoices{{m_attic.baseUrl(), {}, u"Attic"_s}, {m_basement.baseUrl(), {}, u"Basement"_s}},
                      m_dir.filePath(u"previews-out"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (FarmServer *server : window.farm()->servers())
        QTRY_VERIFY_WITH_TIMEOUT(server->isUsable(), 30000);
    const QString path = writePrompt();
    QVERIFY(!path.isEmpty());
    window.openWorkflow(path);
    auto *queueButton = window.findChild<QPushButton *>(u"queueButton"_s);
    QTRY_VERIFY(queueButton->isEnabled());
    Filmstrip *strip = window.viewer()->filmstrip();
    QVERIFY(strip);
    auto dropped = [&] {
        int total = 0;
        for (FarmServer *server : window.farm()->servers())
            total += server->events()->droppedPreviewCount();
        return total;
    };
    const int droppedBefore = dropped();
    QSignalSpy previews(window.jobQueue(), &JobQueue::previewReceived);
    window.findChild<QSpinBox *>(u"countSpin"_s)->setValue(3);
    // Queueing follows again (tst_mainwindow queueingAgainShowsWhatIsMade): the pick comes
    // after it, before the jobs may start.
    JobQueue *queue = window.jobQueue();
    queue->setPaused(true);
    QTest::mouseClick(queueButton, Qt::LeftButton);
    strip->setFollowing(false);
    queue->setPaused(false);
    QTRY_VERIFY_WITH_TIMEOUT(queue->rowCount() >= 3 && queue->inFlightCount() == 0
                                 && !queue->holdsJobs(), 30000);
    QTRY_COMPARE(dropped() - droppedBefore, 3 * 4);
    QCOMPARE(previews.count(), 0);
}

QTEST_MAIN(tst_FarmWindow)
#include "tst_farmwindow.moc"
