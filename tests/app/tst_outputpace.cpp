// New outputs and live frames at display rate (issue 17), in the window against the
// simulator: a burst of outputs puts every one in the library, the filmstrip and the queue,
// while the viewer and the strip's highlight move once to the newest; an output at human
// pace shows at once.
#include "displaythrottle.h"
#include "filmstrip.h"
#include "gallerymodel.h"
#include "gallerywidget.h"
#include "imageview.h"
#include "jobqueue.h"
#include "mainwindow.h"
#include "simserver.h"
#include "viewerpane.h"
#include "workfloweditor.h"
#include "workflowmodel.h"

#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {
// Four live frames a job, then its picture.
const QByteArray previewPrompt = R"({"1": {"class_type": "EmptyImage", "inputs": {"width": 64, "height": 64, "batch_size": 1, "color": 34816}},
"2": {"class_type": "CaptureProgressPreview", "inputs": {"image": ["1", 0], "steps": 4, "preview_format": "JPEG", "max_size": 64, "sleep_seconds": 0.0, "send_text": false}},
"3": {"class_type": "SaveImage", "inputs": {"images": ["2", 0], "filename_prefix": "burst"}}})";
// A picture and no live frame.
const QByteArray plainPrompt = R"({"1": {"class_type": "EmptyImage", "inputs": {"width": 64, "height": 64, "batch_size": 1, "color": 255}},
"3": {"class_type": "SaveImage", "inputs": {"images": ["1", 0], "filename_prefix": "single"}}})";
} // namespace

class tst_OutputPace : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aBurstLandsEveryOutputAndShowsTheNewest();
    void anOutputAtHumanPaceShowsAtOnce();
    void aBurstsProgressReachesTheQueueAtItsFrame();

private:
    QString writeWorkflow(const QString &name, const QByteArray &prompt);
    QTemporaryDir m_dir;
};

void tst_OutputPace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QVERIFY(m_dir.isValid());
}

QString tst_OutputPace::writeWorkflow(const QString &name, const QByteArray &prompt)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(prompt) != prompt.size())
        return {};
    return file.fileName();
}

// Twelve jobs on a simulator with no step time: several end between two frames. Every output
// is in the library, the strip and its job; the strip's highlight and the viewer wait for
// the frame (held here until flushed) and then show the newest, moving once, not once per
// output.
void tst_OutputPace::aBurstLandsEveryOutputAndShowsTheNewest()
{
    Sim::SimServer sim;
    sim.setStepMs(0);
    QVERIFY(sim.listen(QHostAddress::LocalHost, 0) != 0);
    const QString workflow = writeWorkflow(u"burst.json"_s, previewPrompt);
    QVERIFY(!workflow.isEmpty());
    MainWindow window(sim.baseUrl(), m_dir.filePath(u"burstLibrary"_s));
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openWorkflow(workflow);
    QTRY_COMPARE_WITH_TIMEOUT(window.editor()->model()->rowCount(), 3, 20000);
    ViewerPane *viewer = window.viewer();
    QVERIFY(viewer && viewer->filmstrip());
    Filmstrip *strip = viewer->filmstrip();
    auto *gallery = window.findChild<GalleryWidget *>();
    QVERIFY(gallery);
    DisplayThrottle *follow = viewer->followThrottle();
    follow->setIntervalMs(3600 * 1000); // the frame ends when flushed
    QSignalSpy stripMoved(strip->view()->selectionModel(), &QItemSelectionModel::currentChanged);
    int outputsSaved = 0;
    connect(window.jobQueue(), &JobQueue::jobOutputSaved, this, [&] { ++outputsSaved; });

    constexpr int jobs = 12;
    for (int i = 0; i < jobs; ++i)
        window.queueWorkflow();
    QTRY_COMPARE_WITH_TIMEOUT(strip->model()->rowCount(), jobs, 30000);
    for (const QString &jobId : window.jobQueue()->jobIds())
        QTRY_COMPARE(window.jobQueue()->job(jobId)->state, QueuedJob::State::Done);
    QCOMPARE(outputsSaved, jobs);
    QTRY_COMPARE(gallery->model()->rowCount(), jobs);
    // At most one change was shown (the first, the window being idle until then: a live
    // frame or an output); the strip's highlight has not walked along the burst.
    QVERIFY2(follow->applyCount() <= 1, qPrintable(QString::number(follow->applyCount())));
    QVERIFY2(stripMoved.size() <= 1, qPrintable(QString::number(stripMoved.size())));
    QVERIFY(strip->isFollowing());

    // The frame: the newest output, in the strip and the viewer, in one move.
    follow->flush();
    const OutputRef newest = strip->outputAt(jobs - 1);
    QVERIFY(newest.isValid());
    QCOMPARE(viewer->currentOutput().id, newest.id);
    QCOMPARE(strip->current().id, newest.id);
    QVERIFY(!viewer->isShowingLive());
    QVERIFY2(stripMoved.size() <= 2, qPrintable(QString::number(stripMoved.size())));
    QTRY_COMPARE(viewer->imageView()->path(), newest.path);
    // Every job kept its output.
    for (const QString &jobId : window.jobQueue()->jobIds())
        QCOMPARE(window.jobQueue()->job(jobId)->outputs.size(), 1);
}

// One job with no live frames on an idle window: its output shows on the next turn of the
// event loop, not a frame later (the frame here would never end by itself).
void tst_OutputPace::anOutputAtHumanPaceShowsAtOnce()
{
    Sim::SimServer sim;
    sim.setStepMs(5);
    QVERIFY(sim.listen(QHostAddress::LocalHost, 0) != 0);
    const QString workflow = writeWorkflow(u"single.json"_s, plainPrompt);
    QVERIFY(!workflow.isEmpty());
    MainWindow window(sim.baseUrl(), m_dir.filePath(u"singleLibrary"_s));
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openWorkflow(workflow);
    QTRY_COMPARE_WITH_TIMEOUT(window.editor()->model()->rowCount(), 2, 20000);
    ViewerPane *viewer = window.viewer();
    QVERIFY(viewer && viewer->filmstrip());
    Filmstrip *strip = viewer->filmstrip();
    DisplayThrottle *follow = viewer->followThrottle();
    follow->setIntervalMs(3600 * 1000);
    QCOMPARE(follow->applyCount(), 0);

    window.queueWorkflow();
    QTRY_COMPARE_WITH_TIMEOUT(strip->model()->rowCount(), 1, 20000);
    const OutputRef output = strip->outputAt(0);
    QVERIFY(output.isValid());
    QTRY_COMPARE(viewer->currentOutput().id, output.id);
    QCOMPARE(follow->applyCount(), 1);
    QCOMPARE(strip->current().id, output.id);
    QTRY_COMPARE(viewer->imageView()->path(), output.path);
    QVERIFY(!follow->isPending());
}

// Jobs on a simulator with no step time: each sends a cached-nodes message, its nodes'
// starts, four steps with live frames and their progress states. The queue hears a job's
// progress at most once per model frame (its first state and its last at once), not each
// message: every job still starts, ends Done at 100 %, with its output.
void tst_OutputPace::aBurstsProgressReachesTheQueueAtItsFrame()
{
    Sim::SimServer sim;
    sim.setStepMs(0);
    QVERIFY(sim.listen(QHostAddress::LocalHost, 0) != 0);
    const QString workflow = writeWorkflow(u"progress.json"_s, previewPrompt);
    QVERIFY(!workflow.isEmpty());
    MainWindow window(sim.baseUrl(), m_dir.filePath(u"progressLibrary"_s));
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openWorkflow(workflow);
    QTRY_COMPARE_WITH_TIMEOUT(window.editor()->model()->rowCount(), 3, 20000);
    JobQueue *queue = window.jobQueue();
    int progressHeard = 0;
    QSet<QString> started;
    connect(queue, &JobQueue::jobProgressChanged, this, [&] { ++progressHeard; });
    connect(queue, &JobQueue::jobStateChanged, this, [&](const QString &jobId, QueuedJob::State state) {
        if (state == QueuedJob::State::Running)
            started.insert(jobId);
    });
    constexpr int jobs = 12;
    for (int i = 0; i < jobs; ++i)
        window.queueWorkflow();
    const QStringList ids = queue->jobIds();
    QCOMPARE(ids.size(), jobs);
    for (const QString &jobId : ids) {
        QTRY_COMPARE_WITH_TIMEOUT(queue->job(jobId)->state, QueuedJob::State::Done, 30000);
        QCOMPARE(queue->job(jobId)->progress, 1.0);
        QCOMPARE(queue->job(jobId)->outputs.size(), 1);
    }
    QCOMPARE(started.size(), jobs);
    // The old window passed on every message: 7 to 8 a job here.
    QVERIFY2(progressHeard <= 4 * jobs, qPrintable(QString::number(progressHeard)));
}

QTEST_MAIN(tst_OutputPace)
#include "tst_outputpace.moc"
