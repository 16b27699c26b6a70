// The main window against the simulator: open a workflow, queue it, see a preview frame,
// the job done in the queue, and the output in this session's list and in the library.
#include "batchnames.h"
#include "commandlinepath.h"
#include "elidedlabel.h"
#include "previewdecoder.h"
#include "eventstream.h"
#include "gallerymodel.h"
#include "gallerywidget.h"
#include "jobqueue.h"
#include "libraryconnections.h"
#include "mainwindow.h"
#include "viewer/filmstrip.h"
#include "viewer/imageview.h"
#include "viewer/viewerpane.h"
#include "settings.h"
#include "theme.h"
#include "themestyle.h"
#include "simserver.h"
#include "workfloweditor.h"
#include "workflowmodel.h"

#include <QComboBox>
#include <QDialog>
#include <QHelpEvent>
#include <QLineEdit>
#include <QTimer>
#include <QToolTip>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStyleFactory>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>

#include <cmath>
#include <memory>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void openQueueAndSeeTheOutput();
    void previewsNobodyFollowsAreNotDecoded();
    void hiddenSessionListDecodesNoThumbnail();
    void badFileIsReportedAndKeepsTheWorkflow();
    void aLibraryThatCannotBeOpenedIsShownWhy();
    void useSettingsAppliesToTheSameGraph();
    void workflowTheServerWouldRefuseIsNotQueued();
    void latin1FileNameFromTheCommandLineOpens();
    void useSettingsGivesResolvedTextOrTemplate();
    void runsQueuedTogetherAreToldAsOne();
    void aDocumentsJobsAreNamedAfterIt();
    void queueProgressReadsOverItsBar();
    void statusLineIsElidedNotCut();
    void restoredBatchesKeepTheirNumbers();
    void queueingAgainShowsWhatIsMade();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);

    Easel::Sim::SimServer m_sim;
    QTemporaryDir m_dir;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The queue journal and settings live in the test-mode data dir: start from nothing,
    // or a second run would find the first run's finished jobs in the queue.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QVERIFY(m_dir.isValid());
    m_sim.setStepMs(20);
    QVERIFY(m_sim.listen(QHostAddress::LocalHost, 0) != 0);
}

QString tst_MainWindow::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void tst_MainWindow::openQueueAndSeeTheOutput()
{
    // The recorded progress run: EmptyImage -> CaptureProgressPreview (previews) -> PreviewImage.
    QFile recorded(QStringLiteral(EASEL_SHARED_DIR "/captures/run_progress_preview_jpeg_metadata/post_prompt.request_body.json"));
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    const QJsonObject prompt = QJsonDocument::fromJson(recorded.readAll()).object().value("prompt"_L1).toObject();
    const QString path = writeFile(u"progress.json"_s, QJsonDocument(prompt).toJson());

    Easel::MainWindow window(m_sim.baseUrl(), m_dir.filePath(u"outputs"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openWorkflow(path);

    auto *queueButton = window.findChild<QPushButton *>(u"queueButton"_s);
    Easel::ViewerPane *viewer = window.viewer();
    auto *outputView = window.findChild<QListView *>(u"outputView"_s);
    QVERIFY(queueButton && viewer && outputView);
    QTRY_COMPARE(window.editor()->model()->rowCount(), int(prompt.size()));
    QTRY_VERIFY(queueButton->isEnabled());

    QTest::mouseClick(queueButton, Qt::LeftButton);
    QCOMPARE(window.jobQueue()->rowCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(viewer->imageView()->hasImage(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(outputView->model()->rowCount(), 1, 10000);
    const QString jobId = window.jobQueue()->index(0, 0).data(Easel::JobQueue::JobIdRole).toString();
    QTRY_COMPARE(window.jobQueue()->job(jobId)->state, Easel::QueuedJob::State::Done);
    const QModelIndex first = outputView->model()->index(0, 0);
    QTRY_VERIFY_WITH_TIMEOUT(!first.data(Qt::DecorationRole).isNull(), 5000);
    QVERIFY(QFile::exists(first.data(Qt::ToolTipRole).toString()));

    // The same output is in the library, which outlives the session.
    auto *gallery = window.findChild<Easel::GalleryWidget *>();
    QVERIFY(gallery);
    QTRY_COMPARE(gallery->model()->rowCount(), 1);
    // Under the name of the document that queued it, for the workflow filter.
    auto *workflows = gallery->findChild<QComboBox *>(u"galleryWorkflow"_s);
    QVERIFY(workflows);
    QTRY_VERIFY(workflows->findData(u"progress.json"_s) > 0);

    // "Use these settings" from the library brings the queued values back into the open
    // workflow (the same graph), as one undo step.
    Easel::WorkflowModel *model = window.editor()->model();
    QVERIFY(model->setValue(u"1"_s, u"width"_s, Easel::JsonTree::fromInt(128)));
    QVERIFY(model->setValue(u"2"_s, u"steps"_s, Easel::JsonTree::fromInt(7)));
    const int steps = model->undoStack()->count();
    gallery->useSettings(gallery->model()->index(0, 0).data(Easel::GalleryModel::IdRole).toLongLong());
    QTRY_COMPARE(model->document().inputValue(u"1"_s, u"width"_s), Easel::JsonTree::fromInt(64)); // read on a worker
    QCOMPARE(model->document().inputValue(u"2"_s, u"steps"_s), Easel::JsonTree::fromInt(4));
    QCOMPARE(model->undoStack()->count(), steps + 1);
    QCOMPARE(model->document().filePath(), path);

    // The library was opened, written and read (the session's store, the gallery, the
    // viewer) on threads of their own: no connection of it on the GUI thread (issue 17).
    QCOMPARE(libraryConnectionsOfThisThread(), QStringList());
}

// Issue 17: the window decodes previews only while the viewer shows them. With the viewer on
// a picture the artist chose (not following the live job), the job's four previews are
// dropped undecoded and none reaches the window; following again, the next job's do.
void tst_MainWindow::previewsNobodyFollowsAreNotDecoded()
{
    QFile recorded(QStringLiteral(EASEL_SHARED_DIR "/captures/run_progress_preview_jpeg_metadata/post_prompt.request_body.json"));
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    const QJsonObject prompt = QJsonDocument::fromJson(recorded.readAll()).object().value("prompt"_L1).toObject();
    const int steps = prompt.value("2"_L1).toObject().value("inputs"_L1).toObject().value("steps"_L1).toInt();
    QCOMPARE(steps, 4); // CaptureProgressPreview sends one preview a step
    const QString path = writeFile(u"unfollowed.json"_s, QJsonDocument(prompt).toJson());

    Easel::MainWindow window(m_sim.baseUrl(), m_dir.filePath(u"outputs-unfollowed"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openWorkflow(path);
    auto *queueButton = window.findChild<QPushButton *>(u"queueButton"_s);
    auto *events = window.findChild<Easel::EventStream *>();
    Easel::Filmstrip *strip = window.viewer()->filmstrip();
    QVERIFY(queueButton && events && strip);
    QTRY_VERIFY(queueButton->isEnabled());
    QSignalSpy previews(window.jobQueue(), &Easel::JobQueue::previewReceived);

    // Queueing follows again (queueingAgainShowsWhatIsMade): the pick comes after it, before
    // the job may start.
    const int droppedBefore = events->droppedPreviewCount();
    window.jobQueue()->setPaused(true);
    QTest::mouseClick(queueButton, Qt::LeftButton);
    strip->setFollowing(false);
    window.jobQueue()->setPaused(false);
    const QString jobId = window.jobQueue()->index(window.jobQueue()->rowCount() - 1, 0)
                              .data(Easel::JobQueue::JobIdRole).toString();
    QTRY_COMPARE_WITH_TIMEOUT(window.jobQueue()->job(jobId)->state, Easel::QueuedJob::State::Done, 10000);
    QTRY_COMPARE(events->droppedPreviewCount() - droppedBefore, steps);
    QCOMPARE(previews.count(), 0);

    // Steps slow enough that the first frame's decode (at once) ends before the job does
    // even on a loaded machine: a decode still running at the job's end is dropped.
    m_sim.setStepMs(150);
    const auto restore = qScopeGuard([this] { m_sim.setStepMs(20); });
    strip->setFollowing(true);
    QTest::mouseClick(queueButton, Qt::LeftButton);
    const QString second = window.jobQueue()->index(window.jobQueue()->rowCount() - 1, 0)
                               .data(Easel::JobQueue::JobIdRole).toString();
    QVERIFY(second != jobId);
    QTRY_COMPARE_WITH_TIMEOUT(window.jobQueue()->job(second)->state, Easel::QueuedJob::State::Done, 10000);
    QVERIFY(previews.count() >= 1);
    QCOMPARE(previews.last().first().toString(), second);
}

// Issue 17: the session's output list decodes a thumbnail when a view shows its row, not
// per output: behind the queue tab (where queueing puts the artist) nothing is decoded.
// Previews are not followed here, so every decode counted is a thumbnail.
void tst_MainWindow::hiddenSessionListDecodesNoThumbnail()
{
    QFile recorded(QStringLiteral(EASEL_SHARED_DIR "/captures/run_progress_preview_jpeg_metadata/post_prompt.request_body.json"));
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    const QJsonObject prompt = QJsonDocument::fromJson(recorded.readAll()).object().value("prompt"_L1).toObject();
    const QString path = writeFile(u"hidden-list.json"_s, QJsonDocument(prompt).toJson());

    Easel::MainWindow window(m_sim.baseUrl(), m_dir.filePath(u"outputs-hidden-list"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openWorkflow(path);
    auto *queueButton = window.findChild<QPushButton *>(u"queueButton"_s);
    auto *tabs = window.findChild<QTabWidget *>(u"outputTabs"_s);
    auto *sessionTab = window.findChild<QWidget *>(u"sessionTab"_s);
    auto *outputView = window.findChild<QListView *>(u"outputView"_s);
    QVERIFY(queueButton && tabs && sessionTab && outputView);
    QTRY_VERIFY(queueButton->isEnabled());

    const int decodesBefore = Easel::PreviewDecoder::decodeCount();
    // Queueing follows again (queueingAgainShowsWhatIsMade): the pick comes after it, before
    // the jobs may start.
    window.jobQueue()->setPaused(true);
    QTest::mouseClick(queueButton, Qt::LeftButton);
    QTest::mouseClick(queueButton, Qt::LeftButton);
    window.viewer()->filmstrip()->setFollowing(false); // no preview decodes
    window.jobQueue()->setPaused(false);
    QVERIFY(tabs->currentWidget() != sessionTab);
    QTRY_COMPARE_WITH_TIMEOUT(outputView->model()->rowCount(), 2, 10000);
    // Whatever was started on the pool has ended: a thumbnail started per output is counted.
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    QCoreApplication::processEvents();
    QCOMPARE(Easel::PreviewDecoder::decodeCount(), decodesBefore);
    QVERIFY(outputView->isHidden() || !outputView->isVisible());

    // Shown, the list asks for its rows' thumbnails: decoded then, off the GUI thread.
    tabs->setCurrentWidget(sessionTab);
    QTRY_VERIFY_WITH_TIMEOUT(!outputView->model()->index(0, 0).data(Qt::DecorationRole).isNull(), 5000);
    QVERIFY(Easel::PreviewDecoder::decodeCount() > decodesBefore);
}

// A library made by a newer Easel: the window opens all the same (the library opens on the
// store's writer thread), then says why the library cannot be used, in the log and on its
// tab, which it disables.
void tst_MainWindow::aLibraryThatCannotBeOpenedIsShownWhy()
{
    const QString library = m_dir.filePath(u"outputs-newer"_s);
    const QString database = library + u"/.easel/library.sqlite"_s;
    QVERIFY(QDir().mkpath(library + u"/.easel"_s));
    {
        QSqlDatabase newer = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        newer.setDatabaseName(database);
        QVERIFY(newer.open());
        QSqlQuery(newer).exec(u"PRAGMA user_version=1000"_s);
        newer.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_s);

    Easel::MainWindow window(m_sim.baseUrl(), library);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tabs = window.findChild<QTabWidget *>(u"outputTabs"_s);
    auto *log = window.findChild<QPlainTextEdit *>(u"logView"_s);
    QVERIFY(tabs && log);
    const int tab = tabs->indexOf(window.findChild<QWidget *>(u"libraryTab"_s));
    QVERIFY(tab >= 0);
    QTRY_VERIFY_WITH_TIMEOUT(!tabs->isTabEnabled(tab), 20000);
    QVERIFY2(tabs->tabToolTip(tab).contains(u"newer Easel"_s), qPrintable(tabs->tabToolTip(tab)));
    QVERIFY(log->toPlainText().contains(u"The output library cannot be opened"_s));
    QVERIFY(log->toPlainText().contains(u"newer Easel"_s));
}

void tst_MainWindow::badFileIsReportedAndKeepsTheWorkflow()
{
    Easel::MainWindow window(m_sim.baseUrl(), m_dir.filePath(u"outputs2"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString good = writeFile(u"good.json"_s,
                                   R"({"1": {"class_type": "EmptyImage", "inputs": {}}})");
    window.openWorkflow(good);
    QTRY_COMPARE(window.editor()->model()->rowCount(), 1);

    const QString bad = writeFile(u"bad.json"_s, "{\n\"1\": {\"class_type\": }\n}");
    window.openWorkflow(bad);
    auto *log = window.findChild<QPlainTextEdit *>(u"logView"_s);
    QVERIFY(log);
    QTRY_VERIFY(log->toPlainText().contains(u"line 2"_s));
    // The open workflow is kept: nothing lost.
    QCOMPARE(window.editor()->model()->rowCount(), 1);
    QVERIFY(window.findChild<QPushButton *>(u"queueButton"_s)->isEnabled());
}

// "Use these settings" edits the open workflow when it is the same graph (one undo step,
// the output's seed restored exactly), and opens the output's prompt as a new document,
// naming the difference, when it is not.
void tst_MainWindow::useSettingsAppliesToTheSameGraph()
{
    QFile recorded(QStringLiteral(EASEL_SHARED_DIR "/captures/run_progress_preview_jpeg_metadata/post_prompt.request_body.json"));
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    QJsonObject prompt = QJsonDocument::fromJson(recorded.readAll()).object().value("prompt"_L1).toObject();
    const QString path = writeFile(u"settings.json"_s, QJsonDocument(prompt).toJson());

    Easel::MainWindow window(m_sim.baseUrl(), m_dir.filePath(u"outputs3"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openWorkflow(path);
    Easel::WorkflowModel *model = window.editor()->model();
    QTRY_COMPARE(model->rowCount(), int(prompt.size()));
    const Easel::JsonTree widthBefore = model->document().inputValue(u"1"_s, u"width"_s);
    QCOMPARE(widthBefore, Easel::JsonTree::fromInt(64));

    // The output was made with other values of the same graph.
    QJsonObject empty = prompt.value("1"_L1).toObject();
    QJsonObject inputs = empty.value("inputs"_L1).toObject();
    inputs.insert("width"_L1, 96);
    inputs.insert("color"_L1, 255);
    empty.insert("inputs"_L1, inputs);
    prompt.insert("1"_L1, empty);
    const int undoBefore = model->undoStack()->count();
    window.useOutputSettings(QJsonDocument(prompt).toJson());
    QCOMPARE(model->document().inputValue(u"1"_s, u"width"_s), Easel::JsonTree::fromInt(96));
    QCOMPARE(model->document().inputValue(u"1"_s, u"color"_s), Easel::JsonTree::fromInt(255));
    QCOMPARE(model->undoStack()->count(), undoBefore + 1);
    QCOMPARE(model->document().filePath(), path); // the same document, not a new one
    model->undoStack()->undo();
    QCOMPARE(model->document().inputValue(u"1"_s, u"width"_s), widthBefore);
    QCOMPARE(model->document().inputValue(u"1"_s, u"color"_s), Easel::JsonTree::fromInt(34816));

    // Another graph: opened on its own, and the log says which node differs.
    QJsonObject other = prompt;
    other.remove("3"_L1);
    QJsonObject save;
    save.insert("class_type"_L1, "SaveImage"_L1);
    save.insert("inputs"_L1, QJsonObject{{"images"_L1, QJsonArray{"2"_L1, 0}}, {"filename_prefix"_L1, "x"_L1}});
    other.insert("4"_L1, save);
    window.useOutputSettings(QJsonDocument(other).toJson());
    QTRY_VERIFY(model->document().filePath() != path);
    QTRY_VERIFY(model->document().node(u"4"_s) != nullptr);
    auto *log = window.findChild<QPlainTextEdit *>(u"logView"_s);
    QVERIFY(log);
    QVERIFY2(log->toPlainText().contains(u"node 3 (PreviewImage)"_s), qPrintable(log->toPlainText()));
    QVERIFY(log->toPlainText().contains(u"node 4 (SaveImage)"_s));
}

// Unknown node types and a broken link are sure refusals: the window marks the nodes,
// lists them in the log and sends nothing (the simulator's catalogue has no NoSuchNode).
void tst_MainWindow::workflowTheServerWouldRefuseIsNotQueued()
{
    Easel::MainWindow window(m_sim.baseUrl(), m_dir.filePath(u"outputs4"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString path = writeFile(u"refused.json"_s, R"({
      "1": {"class_type": "EmptyImage", "inputs": {"width": 64, "height": 64, "batch_size": 1, "color": 0}},
      "2": {"class_type": "NoSuchNode", "inputs": {"image": ["1", 0]}},
      "3": {"class_type": "PreviewImage", "inputs": {"images": ["9", 0]}}})");
    window.openWorkflow(path);
    Easel::WorkflowModel *model = window.editor()->model();
    QTRY_COMPARE(model->rowCount(), 3);
    QTRY_VERIFY(model->document().catalogue() != nullptr);
    auto *queueButton = window.findChild<QPushButton *>(u"queueButton"_s);
    QTRY_VERIFY(queueButton->isEnabled());
    const int before = window.jobQueue()->rowCount();

    QTest::mouseClick(queueButton, Qt::LeftButton);
    QCOMPARE(window.jobQueue()->rowCount(), before);
    auto *log = window.findChild<QPlainTextEdit *>(u"logView"_s);
    QVERIFY(log);
    QVERIFY(log->toPlainText().contains(u"node 2 (NoSuchNode)"_s));
    QVERIFY(log->toPlainText().contains(u"not installed"_s));
    QVERIFY(log->toPlainText().contains(u"node 3 (PreviewImage), input images"_s));
    QVERIFY(log->toPlainText().contains(u"Not queued"_s));
    // The nodes are marked in the tree.
    auto errorOf = [model](const QString &nodeId) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex node = model->index(row, 0);
            if (node.data(Easel::WorkflowModel::NodeIdRole).toString() == nodeId)
                return node.data(Easel::WorkflowModel::ErrorRole).toString();
        }
        return QString();
    };
    QVERIFY(errorOf(u"2"_s).contains(u"not installed"_s));
    QVERIFY(!errorOf(u"1"_s).contains(u"not installed"_s));
}

// A file named on the command line by Latin-1 bytes (not UTF-8) opens: main() keeps the
// bytes (commandLinePath), the window shows the file's own name.
void tst_MainWindow::latin1FileNameFromTheCommandLineOpens()
{
    const QByteArray raw = QFile::encodeName(m_dir.path()) + "/caf\xe9.json";
    const QByteArray json = R"({"1": {"class_type": "EmptyImage", "inputs": {"width": 8, "height": 8, "batch_size": 1, "color": 0}}})";
    const int fd = ::open(raw.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QVERIFY(fd >= 0);
    QCOMPARE(::write(fd, json.constData(), size_t(json.size())), ssize_t(json.size()));
    ::close(fd);
    // What Qt makes of those bytes cannot be opened; the bytes can.
    const QString decoded = QFile::decodeName(raw);
    QVERIFY(!QFile::exists(decoded));
    QByteArray program = "easel";
    QByteArray argument = raw;
    char *argv[] = {program.data(), argument.data(), nullptr};
    const QString path = Easel::commandLinePath(2, argv, decoded);
    QVERIFY(QFile::exists(path));

    Easel::MainWindow window(m_sim.baseUrl(), m_dir.filePath(u"outputs5"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openWorkflow(path);
    QTRY_COMPARE(window.editor()->model()->rowCount(), 1);
    QVERIFY(window.editor()->displayName().startsWith(u"caf"_s));
}

// "Use these settings" on an output whose dynamic prompt was resolved: by default the
// text the job ran with; with the preference, the text as written in the job's workflow.
void tst_MainWindow::useSettingsGivesResolvedTextOrTemplate()
{
    QFile fixture(QStringLiteral(EASEL_SHARED_DIR "/workflows/ui/default.json"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    Easel::JsonTree saved = Easel::JsonTree::parse(fixture.readAll());
    Easel::JsonTree *nodes = saved.findMutable(u"nodes");
    QVERIFY(nodes);
    for (int i = 0; i < nodes->size(); ++i) {
        if (nodes->at(i).value(u"id").toNumber().toInt() == 6) {
            Easel::JsonTree values = Easel::JsonTree::array();
            values.append(Easel::JsonTree::fromString(u"a {red|blue} cat"_s));
            nodes->at(i).insert(u"widgets_values"_s, values);
        }
    }
    const QString path = writeFile(u"dynamic.json"_s, saved.toPython());
    QFile expected(QStringLiteral(EASEL_SHARED_DIR "/workflows/expected/default.api.json"));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    Easel::JsonTree ran = Easel::JsonTree::parse(expected.readAll());
    ran.findMutable(u"6")->findMutable(u"inputs")->insert(u"text"_s, Easel::JsonTree::fromString(u"a blue cat"_s));

    Easel::MainWindow window(m_sim.baseUrl(), m_dir.filePath(u"outputs6"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openWorkflow(path);
    Easel::WorkflowModel *model = window.editor()->model();
    QTRY_COMPARE(model->rowCount(), 7);
    QTRY_VERIFY(model->document().catalogue() != nullptr);
    const auto restore = qScopeGuard([] { Easel::Settings().setUseSettingsKeepsTemplates(false); });

    Easel::Settings().setUseSettingsKeepsTemplates(false);
    window.useOutputSettings(ran.toPython(), saved.toPython());
    QCOMPARE(model->document().inputValue(u"6"_s, u"text"_s).toString(), u"a blue cat"_s);

    Easel::Settings().setUseSettingsKeepsTemplates(true);
    window.useOutputSettings(ran.toPython(), saved.toPython());
    QCOMPARE(model->document().inputValue(u"6"_s, u"text"_s).toString(), u"a {red|blue} cat"_s);
}


// "Runs = 3" queues one batch per run; the status line speaks of the three at once when the
// last ends, and counts a cancelled run as cancelled, not done or failed.
void tst_MainWindow::runsQueuedTogetherAreToldAsOne()
{
    QFile recorded(QStringLiteral(EASEL_SHARED_DIR "/captures/run_progress_preview_jpeg_metadata/post_prompt.request_body.json"));
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    const QJsonObject prompt = QJsonDocument::fromJson(recorded.readAll()).object().value("prompt"_L1).toObject();
    const QString path = writeFile(u"runs.json"_s, QJsonDocument(prompt).toJson());

    Easel::MainWindow window(m_sim.baseUrl(), m_dir.filePath(u"outputs-runs"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openWorkflow(path);
    auto *queueButton = window.findChild<QPushButton *>(u"queueButton"_s);
    auto *countSpin = window.findChild<QSpinBox *>(u"countSpin"_s);
    auto *status = window.findChild<QLabel *>(u"progressLabel"_s);
    QVERIFY(queueButton && countSpin && status);
    QTRY_VERIFY(queueButton->isEnabled());
    Easel::JobQueue *queue = window.jobQueue();
    QTRY_VERIFY(!queue->isLoading());
    queue->removeFinished();

    countSpin->setValue(3);
    QTest::mouseClick(queueButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"runs.json: 3 done"_s, 15000);

    // Paused, so that one of the next three is still waiting when it is cancelled.
    queue->setPaused(true);
    QTest::mouseClick(queueButton, Qt::LeftButton);
    QString waiting;
    for (int row = 0; row < queue->rowCount(); ++row) {
        const QString jobId = queue->index(row, 0).data(Easel::JobQueue::JobIdRole).toString();
        if (const Easel::QueuedJob *job = queue->job(jobId); job && job->state == Easel::QueuedJob::State::Waiting)
            waiting = jobId;
    }
    QVERIFY(!waiting.isEmpty());
    QVERIFY(queue->cancel(waiting));
    queue->setPaused(false);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"runs.json #2: 2 done, 1 cancelled"_s, 15000);
}

// One rule for every batch of a document: its name, numbered from its second queue action
// on ("names.json #2"), and the job's place among the jobs queued together ("2/3"), whether
// queued as runs or as a sweep left unnamed (a sweep was "Batch 4 2/3" beside the runs'
// "runs.json 2/3"). Three Ctrl+Enter were three rows named "names.json", told apart by nothing.
void tst_MainWindow::aDocumentsJobsAreNamedAfterIt()
{
    QFile recorded(QStringLiteral(EASEL_SHARED_DIR "/captures/run_progress_preview_jpeg_metadata/post_prompt.request_body.json"));
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    const QJsonObject prompt = QJsonDocument::fromJson(recorded.readAll()).object().value("prompt"_L1).toObject();
    const QString path = writeFile(u"names.json"_s, QJsonDocument(prompt).toJson());

    Easel::MainWindow window(m_sim.baseUrl(), m_dir.filePath(u"outputs-names"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openWorkflow(path);
    auto *queueButton = window.findChild<QPushButton *>(u"queueButton"_s);
    auto *sweepButton = window.findChild<QPushButton *>(u"sweepButton"_s);
    auto *countSpin = window.findChild<QSpinBox *>(u"countSpin"_s);
    QVERIFY(queueButton && sweepButton && countSpin);
    QTRY_VERIFY(queueButton->isEnabled() && sweepButton->isEnabled());
    Easel::JobQueue *queue = window.jobQueue();
    QTRY_VERIFY(!queue->isLoading());
    queue->removeFinished();
    queue->setPaused(true);
    const auto names = [queue] {
        QStringList list;
        for (int row = 0; row < queue->rowCount(); ++row)
            list.append(queue->index(row, Easel::JobQueue::JobColumn).data().toString().section(u" · "_s, 0, 0));
        return list;
    };

    // Ctrl+Enter three times, as an artist queues one picture after another.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *tree = window.findChild<QTreeView *>(u"treeView"_s);
    QVERIFY(tree);
    tree->setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(tree, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(names(), (QStringList{u"names.json"_s, u"names.json #2"_s, u"names.json #3"_s}));
    auto *status = window.findChild<QLabel *>(u"progressLabel"_s);
    QVERIFY(status);
    queue->setPaused(false); // the status line names the batch that ended
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"names.json #3: 1 done"_s, 15000);
    queue->removeFinished();
    queue->setPaused(true);

    countSpin->setValue(2);
    QTest::mouseClick(queueButton, Qt::LeftButton);
    QCOMPARE(names(), (QStringList{u"names.json #4 1/2"_s, u"names.json #4 2/2"_s}));

    // Variations with three copies and no label of its own.
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&answer] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QDialog *>(widget);
            if (!dialog || widget->objectName() != "sweepDialog"_L1 || !widget->isVisible())
                continue;
            answer.stop();
            auto *label = dialog->findChild<QLineEdit *>(u"labelEdit"_s);
            QVERIFY(label->text().isEmpty());
            QCOMPARE(label->placeholderText(), u"names.json #5"_s); // the name it will get
            dialog->findChild<QSpinBox *>(u"repeatSpin"_s)->setValue(3);
            dialog->accept();
        }
    });
    answer.start();
    QTest::mouseClick(sweepButton, Qt::LeftButton);
    QCOMPARE(names(), (QStringList{u"names.json #4 1/2"_s, u"names.json #4 2/2"_s, u"names.json #5 1/3"_s,
                                   u"names.json #5 2/3"_s, u"names.json #5 3/3"_s}));
    // The status bar's percentage is the queue's, and says so beside the job's own.
    auto *overall = window.findChild<QProgressBar *>(u"progressBar"_s);
    QVERIFY(overall);
    overall->setValue(14);
    QCOMPARE(overall->text(), u"Queue 14%"_s);
    for (const QString &id : queue->jobIds())
        queue->cancel(id);
    queue->setPaused(false);
}

namespace {

// WCAG 2's contrast ratio of two sRGB colours.
double contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &colour) {
        const auto linear = [](double channel) {
            return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

// The status bar's "Queue N%" writes its text over the bar's fill in the palette's
// HighlightedText: readable (>= 4.5:1) in both themes, also after a switch of theme.
void tst_MainWindow::queueProgressReadsOverItsBar()
{
    Easel::MainWindow window(m_sim.baseUrl(), m_dir.filePath(u"outputs-bar"_s));
    auto *bar = window.findChild<QProgressBar *>(u"progressBar"_s);
    QVERIFY(bar);
    bar->setValue(100);
    for (const bool dark : {false, true}) {
        std::unique_ptr<QStyle> style(dark ? new Easel::ThemeStyle(QStyleFactory::create(u"Fusion"_s))
                                           : QStyleFactory::create(u"Fusion"_s));
        bar->setStyle(style.get());
        window.setPalette(dark ? Easel::Theme::darkPalette() : Easel::Theme::lightPalette());
        bar->resize(200, std::max(24, bar->sizeHint().height()));
        QImage image(bar->size(), QImage::Format_RGB32);
        image.fill(window.palette().color(QPalette::Window));
        bar->render(&image);
        // The fill at each line, left of the centred text, against the most contrasting
        // pixel of that line: a glyph's core.
        double best = 0;
        for (int y = 4; y < image.height() - 4; ++y) {
            const QColor fill = image.pixelColor(4, y);
            for (int x = 20; x < image.width() - 20; ++x)
                best = std::max(best, contrastRatio(fill, image.pixelColor(x, y)));
        }
        const QString what = u"%1 theme: %2:1"_s.arg(dark ? u"dark"_s : u"light"_s).arg(best, 0, 'f', 2);
        qInfo("%s", qPrintable(what));
        QVERIFY2(best >= 4.5, qPrintable(what));
        bar->setStyle(nullptr);
    }
}

// At 1366x768 a sweep's status line ("Running Text to image (SD 1.5) #6 1/9 · Seed 5374…,
// CFG 5") is wider than the Workflow dock: a QLabel cut it mid-letter at the dock's edge.
// It ends with an ellipsis instead, and its tooltip has the whole line.
void tst_MainWindow::statusLineIsElidedNotCut()
{
    Easel::MainWindow window(m_sim.baseUrl(), m_dir.filePath(u"outputs-status"_s));
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *status = window.findChild<QLabel *>(u"progressLabel"_s);
    QVERIFY(status);
    const QString line = u"Running Text to image (SD 1.5) #6 1/9 · Seed 5374724651059546, CFG 5, Steps 20, Sampler dpmpp_2m"_s;
    status->setText(line);
    QTRY_VERIFY(status->width() > 0);
    QVERIFY2(status->fontMetrics().horizontalAdvance(line) > status->contentsRect().width(),
             qPrintable(QString::number(status->width()))); // the premise: it does not fit
    auto *elided = qobject_cast<Easel::ElidedLabel *>(status);
    QVERIFY2(elided, "a plain QLabel: the line is cut at the dock's edge");
    const QString shown = elided->shownText();
    QVERIFY2(shown.endsWith(u'…') && shown.startsWith(u"Running Text to image (SD 1.5) #6 1/9"_s), qPrintable(shown));
    QVERIFY(status->fontMetrics().horizontalAdvance(shown) <= status->contentsRect().width());
    QHelpEvent help(QEvent::ToolTip, QPoint(4, 4), status->mapToGlobal(QPoint(4, 4)));
    QApplication::sendEvent(status, &help);
    QTRY_COMPARE(QToolTip::text(), line);
    QToolTip::hideText();
    // A line that fits is shown whole, with no tooltip of its own.
    status->setText(u"Queued 1 job"_s);
    QCOMPARE(elided->shownText(), u"Queued 1 job"_s);
}

// The numbering of a document's batches ("#2", "#3") went on from 1 in each session: jobs
// the journal brought back were named as new ones ("names.json #2" twice in the queue).
// A restart now counts the restored batches, runs ("#4 1/2") and the language's form too.
void tst_MainWindow::restoredBatchesKeepTheirNumbers()
{
    Easel::BatchNames names;
    names.restore(u"portrait.json"_s);
    QCOMPARE(names.peek(u"portrait.json"_s), u"portrait.json #2"_s);
    names.restore(u"portrait.json #4 2/3"_s);
    names.restore(u"portrait.json #3"_s);
    names.restore(u"Text to image (SD 1.5) #2"_s);
    QCOMPARE(names.take(u"portrait.json"_s), u"portrait.json #5"_s);
    QCOMPARE(names.take(u"Text to image (SD 1.5)"_s), u"Text to image (SD 1.5) #3"_s);
    QCOMPARE(names.take(u"other.json"_s), u"other.json"_s);
    QCOMPARE(Easel::BatchNames::numberStart(u"Text to image (SD 1.5) #12"_s), 22);
    QCOMPARE(Easel::BatchNames::numberStart(u"Text to image (SD 1.5)"_s), -1);

    // Through the window: three batches queued and left waiting, then the window again on
    // the same journal.
    QFile recorded(QStringLiteral(EASEL_SHARED_DIR "/captures/run_progress_preview_jpeg_metadata/post_prompt.request_body.json"));
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    const QJsonObject prompt = QJsonDocument::fromJson(recorded.readAll()).object().value("prompt"_L1).toObject();
    const QString path = writeFile(u"restored.json"_s, QJsonDocument(prompt).toJson());
    const auto jobNames = [](Easel::JobQueue *queue) {
        QStringList list;
        for (int row = 0; row < queue->rowCount(); ++row)
            list.append(queue->index(row, Easel::JobQueue::JobColumn).data().toString().section(u" · "_s, 0, 0));
        return list;
    };
    QStringList before;
    {
        Easel::MainWindow window(m_sim.baseUrl(), m_dir.filePath(u"outputs-restored"_s));
        window.openWorkflow(path);
        auto *queueButton = window.findChild<QPushButton *>(u"queueButton"_s);
        QVERIFY(queueButton);
        QTRY_VERIFY(queueButton->isEnabled());
        Easel::JobQueue *queue = window.jobQueue();
        QTRY_VERIFY(!queue->isLoading());
        queue->removeFinished();
        queue->setPaused(true);
        for (int i = 0; i < 3; ++i)
            QTest::mouseClick(queueButton, Qt::LeftButton);
        before = jobNames(queue);
        QCOMPARE(before, (QStringList{u"restored.json"_s, u"restored.json #2"_s, u"restored.json #3"_s}));
    }
    Easel::MainWindow window(m_sim.baseUrl(), m_dir.filePath(u"outputs-restored"_s));
    window.openWorkflow(path);
    auto *queueButton = window.findChild<QPushButton *>(u"queueButton"_s);
    QVERIFY(queueButton);
    Easel::JobQueue *queue = window.jobQueue();
    QTRY_VERIFY(!queue->isLoading());
    QTRY_VERIFY(queueButton->isEnabled());
    QCOMPARE(jobNames(queue), before);
    QTest::mouseClick(queueButton, Qt::LeftButton);
    QCOMPARE(jobNames(queue), before + QStringList{u"restored.json #4"_s});
    for (const QString &id : queue->jobIds())
        queue->cancel(id);
    queue->removeFinished();
    queue->setPaused(false);
}

// ux.md principle 1: the artist sees what is being made. Once an output was picked in the
// filmstrip, a new job queued from the document kept the pick on screen and its live
// preview waited for "Back to live". Queueing returns the viewer to following (the live
// preview, then the new output), unless two outputs are being compared.
void tst_MainWindow::queueingAgainShowsWhatIsMade()
{
    QFile recorded(QStringLiteral(EASEL_SHARED_DIR "/captures/run_progress_preview_jpeg_metadata/post_prompt.request_body.json"));
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    const QJsonObject prompt = QJsonDocument::fromJson(recorded.readAll()).object().value("prompt"_L1).toObject();
    const QString path = writeFile(u"live.json"_s, QJsonDocument(prompt).toJson());

    Easel::MainWindow window(m_sim.baseUrl(), m_dir.filePath(u"outputs-live"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openWorkflow(path);
    auto *queueButton = window.findChild<QPushButton *>(u"queueButton"_s);
    auto *countSpin = window.findChild<QSpinBox *>(u"countSpin"_s);
    auto *viewer = window.findChild<Easel::ViewerPane *>();
    QVERIFY(queueButton && countSpin && viewer && viewer->filmstrip());
    QTRY_VERIFY(queueButton->isEnabled());
    Easel::JobQueue *queue = window.jobQueue();
    QTRY_VERIFY(!queue->isLoading());
    queue->removeFinished();
    Easel::Filmstrip *strip = viewer->filmstrip();
    countSpin->setValue(2);
    QTest::mouseClick(queueButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(strip->model()->rowCount(), 2, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(queue->runningJobId().isEmpty() && !queue->holdsJobs(), 15000);

    // The artist picks the first of the two: the strip stops following.
    QVERIFY(strip->selectOutput(strip->outputAt(0).id));
    QVERIFY(!strip->isFollowing());
    const Easel::OutputRef picked = viewer->currentOutput();
    QVERIFY(picked.isValid());

    countSpin->setValue(1);
    QTest::mouseClick(queueButton, Qt::LeftButton);
    QVERIFY2(strip->isFollowing(), "the picked output stays and the new job's preview waits");
    QTRY_COMPARE_WITH_TIMEOUT(strip->model()->rowCount(), 3, 15000);
    QTRY_VERIFY(viewer->currentOutput().isValid() && !(viewer->currentOutput() == picked)
                && viewer->currentOutput() == strip->outputAt(2));

    // Comparing: the comparison stays; the new job is in the strip.
    viewer->compareOutputs(strip->outputAt(0), strip->outputAt(1));
    QVERIFY(viewer->isComparing());
    QTest::mouseClick(queueButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(strip->model()->rowCount(), 4, 15000);
    QVERIFY(viewer->isComparing());
    QVERIFY(!strip->isFollowing());
    QTRY_VERIFY_WITH_TIMEOUT(queue->runningJobId().isEmpty() && !queue->holdsJobs(), 15000);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
