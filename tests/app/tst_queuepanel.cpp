// The running-work widgets: the queue panel over a paused JobQueue, the sweep dialog's
// count, the preview pane's coalescing, the failure view and the batch notification.
#include "batchnotifier.h"
#include "comfyclient.h"
#include "displaythrottle.h"
#include "eventstream.h"
#include "failuredetails.h"
#include "joblabels.h"
#include "jobqueue.h"
#include "jobrunner.h"
#include "previewpane.h"
#include "queuepanel.h"
#include "queuetextdelegate.h"
#include "simserver.h"
#include "sweepdialog.h"
#include "theme.h"
#include "themestyle.h"
#include "translations.h"
#include "eventcounter.h"

#include <QAction>
#include <QDir>
#include <QPainter>
#include <QDialogButtonBox>
#include <QFile>
#include <QMenu>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <cmath>
#include <memory>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {
const QByteArray prompt = R"({"3": {"class_type": "KSampler", "inputs": {"seed": 5, "steps": 20, "cfg": 8.0, "sampler_name": "euler", "scheduler": "normal", "denoise": 1.0, "model": ["4", 0], "positive": ["6", 0], "negative": ["7", 0], "latent_image": ["5", 0]}}, "5": {"class_type": "EmptyLatentImage", "inputs": {"width": 512, "height": 512, "batch_size": 1}}})";
}

class tst_QueuePanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void panelButtonsFollowTheSelection();
    void sweepDialogShowsTheCount();
    void sweepDialogNamesInputsAsTheEditorDoes();
    void jobNamesChangesAndStates();
    void narrowJobColumnKeepsWhatTellsJobsApart();
    void keysAndContextMenuSteerTheQueue();
    void narrowDockReadsStatesAndNodes();
    void stepLineFollowsAtDisplayRate();
    void stepTextLaysOutNothingAbove();
    void runningJobStaysInViewBelowFinishedRows();
    void cellsLayOutTheirTextOnce();
    void runningStateReadsOverItsBar();
    void stepBarReadsOverItsBar();
    void cancelledIsNotFailedInCounts();
    void pluralFormsInGerman();
    void pluralFormsInEnglish();
    void parseAxis_data();
    void parseAxis();
    void previewPaneCoalescesFrames();
    void failureDetailsCollapseTheTraceback();
    void notifierSpeaksWhenTheWindowIsNotFocused();
};

void tst_QueuePanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_QueuePanel::panelButtonsFollowTheSelection()
{
    QTemporaryDir dir;
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    EventStream events;
    JobRunner runner(&client, &events, dir.filePath(u"out"_s));
    JobQueue queue(&runner, &client, &events);
    queue.setShowForeignJobs(false);
    queue.setPaused(true);
    queue.enqueue(prompt, QList<SweepVariant>(3), u"p"_s);
    QueuePanel panel;
    panel.setQueue(&queue);
    panel.resize(700, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *pause = panel.findChild<QPushButton *>(u"pauseButton"_s);
    auto *cancel = panel.findChild<QPushButton *>(u"cancelButton"_s);
    auto *retry = panel.findChild<QPushButton *>(u"retryButton"_s);
    QVERIFY(pause && cancel && retry);
    QVERIFY(pause->isChecked());
    QVERIFY(!cancel->isEnabled());
    panel.view()->selectionModel()->select(queue.index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(queue.job(queue.jobIds().at(1))->state, QueuedJob::State::Cancelled);
    QVERIFY(retry->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(queue.job(queue.jobIds().at(1))->state, QueuedJob::State::Waiting);
    QCOMPARE(panel.view()->model()->rowCount(), 3);
    // Jobs not selected change state: the buttons are not worked out again (the old panel
    // did, for every change); the selected one's change still shows at once.
    const qint64 updates = panel.buttonUpdateCount();
    QVERIFY(queue.cancel(queue.jobIds().at(0)));
    QVERIFY(queue.cancel(queue.jobIds().at(2)));
    QVERIFY(queue.retry(queue.jobIds().at(0)));
    QCOMPARE(panel.buttonUpdateCount(), updates);
    QVERIFY(cancel->isEnabled());
    QVERIFY(queue.cancel(queue.jobIds().at(1)));
    QVERIFY(!cancel->isEnabled());
    QVERIFY(retry->isEnabled());
}

void tst_QueuePanel::sweepDialogShowsTheCount()
{
    SweepDialog dialog(prompt);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *count = dialog.findChild<QLabel *>(u"countLabel"_s);
    auto *axis1 = dialog.findChild<QComboBox *>(u"axisInput1"_s);
    auto *values1 = dialog.findChild<QLineEdit *>(u"axisValues1"_s);
    auto *axis2 = dialog.findChild<QComboBox *>(u"axisInput2"_s);
    auto *values2 = dialog.findChild<QLineEdit *>(u"axisValues2"_s);
    auto *seedMode = dialog.findChild<QComboBox *>(u"seedModeCombo"_s);
    auto *seedCount = dialog.findChild<QSpinBox *>(u"seedCountSpin"_s);
    QVERIFY(count && axis1 && values1 && axis2 && values2 && seedMode && seedCount);
    QCOMPARE(dialog.jobCount(), 1);
    QVERIFY2(axis1->findData(u"3.model"_s) < 0, "links are not offered");
    axis1->setCurrentIndex(axis1->findData(u"3.cfg"_s));
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::keyClicks(values1, u"5..9 step 1"_s);
    axis2->setCurrentIndex(axis2->findData(u"3.sampler_name"_s));
    QTest::keyClicks(values2, u"euler, dpmpp_2m"_s);
    QCOMPARE(dialog.jobCount(), 10);
    QVERIFY(count->text().contains(u"10"_s));
    seedMode->setCurrentIndex(seedMode->findData(int(SweepSpec::SeedMode::Random)));
    seedCount->setValue(3);
    QCOMPARE(dialog.jobCount(), 30);
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(Sweep::expand(dialog.spec(), prompt).size(), 30);
}

void tst_QueuePanel::sweepDialogNamesInputsAsTheEditorDoes()
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/workflows/api/sd15_basic.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    SweepDialog dialog(file.readAll());
    auto *axis = dialog.findChild<QComboBox *>(u"axisInput1"_s);
    QVERIFY(axis);
    // "(none)", then the positive prompt before the negative one, then the sampler's inputs.
    QCOMPARE(axis->itemText(1), u"Positive prompt"_s);
    QCOMPARE(axis->itemData(1).toString(), u"6.text"_s);
    QCOMPARE(axis->itemText(2), u"Negative prompt"_s);
    QCOMPARE(axis->itemText(axis->findData(u"3.cfg"_s)), u"CFG"_s);
    QCOMPARE(axis->itemText(axis->findData(u"4.ckpt_name"_s)), u"Model"_s);
    for (int i = 1; i < axis->count(); ++i)
        QVERIFY2(!axis->itemText(i).contains(u'.'), qPrintable(axis->itemText(i)));
}

namespace {
QList<SweepVariant> cfgVariants(const QList<int> &values)
{
    QList<SweepVariant> variants;
    for (int value : values)
        variants.append(SweepVariant{{InputOverride{u"3"_s, u"cfg"_s, JsonTree::fromInt(value)}}});
    return variants;
}
} // namespace

void tst_QueuePanel::jobNamesChangesAndStates()
{
    QTemporaryDir dir;
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    EventStream events;
    JobRunner runner(&client, &events, dir.filePath(u"out"_s));
    JobQueue queue(&runner, &client, &events);
    queue.setShowForeignJobs(false);
    queue.setPaused(true);
    queue.enqueue(prompt, cfgVariants({5, 6, 7}), u"Portrait sweep"_s);
    queue.enqueue(prompt, {}, u"default.json"_s);
    // Batch label, index of the batch's size and what differs, in the editor's words.
    QCOMPARE(queue.index(1, JobQueue::JobColumn).data().toString(), u"Portrait sweep 2/3 · CFG 6"_s);
    QCOMPARE(queue.index(1, JobQueue::ChangesColumn).data().toString(), u"CFG = 6"_s);
    QVERIFY(queue.index(1, JobQueue::JobColumn).data(Qt::ToolTipRole).toString().contains(u"Portrait sweep 2/3"_s));
    QCOMPARE(queue.index(3, JobQueue::JobColumn).data().toString(), u"default.json"_s);
    // A paused queue's waiting jobs are Paused, and Waiting again on resume.
    QCOMPARE(queue.index(0, JobQueue::StateColumn).data().toString(), u"Paused"_s);
    // Nothing measured yet: the estimate says so instead of a number.
    QCOMPARE(queue.index(0, JobQueue::EstimateColumn).data().toString(), u"—"_s);
    QueuePanel panel;
    panel.setQueue(&queue);
    QCOMPARE(panel.view()->textElideMode(), Qt::ElideMiddle);
    // The empty queue's note goes away once it holds jobs, and comes back when cleared.
    auto *empty = panel.findChild<QLabel *>(u"queueEmptyLabel"_s);
    QVERIFY(empty && !empty->isVisibleTo(&panel));
    for (const QString &id : queue.jobIds())
        queue.cancel(id);
    queue.removeFinished();
    QVERIFY(empty->isVisibleTo(&panel));
    queue.enqueue(prompt, cfgVariants({5, 6, 7}), u"Portrait sweep"_s);
    queue.enqueue(prompt, {}, u"default.json"_s);
    // The line under the list, at display rate.
    auto *stepLine = panel.findChild<QLabel *>(u"stepLabel"_s);
    QVERIFY(stepLine);
    QTRY_VERIFY2(stepLine->text().startsWith(u"Paused: 4 job"_s), qPrintable(stepLine->text()));
}

// At 1366x768 the queue's dock leaves the Job column ~150 px: a sweep's names were cut in
// the middle ("sd15_basic.json …464459343"), which hid the "2/12" that tells its jobs apart.
// The label is what gets cut; the position and what the job changes stay.
void tst_QueuePanel::narrowJobColumnKeepsWhatTellsJobsApart()
{
    QTemporaryDir dir;
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    EventStream events;
    JobRunner runner(&client, &events, dir.filePath(u"out"_s));
    JobQueue queue(&runner, &client, &events);
    queue.setShowForeignJobs(false);
    queue.setPaused(true);
    QList<SweepVariant> seeds;
    for (int i = 1; i <= 12; ++i)
        seeds.append(SweepVariant{{InputOverride{u"3"_s, u"seed"_s, JsonTree::fromInt(1419140464459300 + i)}}});
    queue.enqueue(prompt, seeds, u"sd15_basic.json"_s);
    queue.enqueue(prompt, {}, u"a_rather_long_workflow_name_for_one_run.json"_s);
    QueuePanel panel;
    panel.setQueue(&queue);
    panel.resize(320, 400); // the dock's width at 1366x768
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTreeView *view = panel.view();
    const QFontMetrics metrics(view->font());
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    const int width = view->columnWidth(JobQueue::JobColumn) - 2 * margin;
    QVERIFY2(width > 60 && width < 200, qPrintable(QString::number(width)));
    const auto shown = [&](int row) {
        const QModelIndex index = queue.index(row, JobQueue::JobColumn);
        return QueueTextDelegate::elidedName(metrics, index.data().toString(),
                                             index.data(JobQueue::NameLeadLengthRole).toInt(), width,
                                             view->textElideMode());
    };
    for (int row = 0; row < 12; ++row) {
        const QString name = queue.index(row, JobQueue::JobColumn).data().toString();
        QVERIFY(metrics.horizontalAdvance(name) > width); // too wide: something is cut
        const QString text = shown(row);
        QVERIFY2(metrics.horizontalAdvance(text) <= width, qPrintable(text));
        QVERIFY2(text.contains(u" %1/12 · S"_s.arg(row + 1)), qPrintable(text));
        // The label keeps a readable part, not three letters ("sd1… 2/12 · Seed 141…").
        QVERIFY2(text.startsWith(u"sd15_b"_s) && text.contains(u'…'), qPrintable(text));
    }
    // A starter's batch as the window names it: "Text to" stays, not "Tex…".
    QList<SweepVariant> six;
    for (int i = 1; i <= 6; ++i)
        six.append(SweepVariant{{InputOverride{u"3"_s, u"seed"_s, JsonTree::fromInt(7224389794268200 + i)}}});
    queue.enqueue(prompt, six, u"Text to image (SD 1.5)"_s);
    for (int row = 13; row < 19; ++row) {
        const QString text = shown(row);
        QVERIFY2(metrics.horizontalAdvance(text) <= width, qPrintable(text));
        QVERIFY2(text.startsWith(u"Text to"_s) && text.contains(u" %1/6 · "_s.arg(row - 12)), qPrintable(text));
    }
    // The document's sixth batch: its number tells it from the other five and stays; the
    // document's name is cut instead ("Text t… #6 2/6 · S…", was "Text to im… 2/6 · See…").
    queue.enqueue(prompt, six, u"Text to image (SD 1.5) #6"_s);
    for (int row = 19; row < 25; ++row) {
        const QString text = shown(row);
        QVERIFY2(metrics.horizontalAdvance(text) <= width, qPrintable(text));
        QVERIFY2(text.startsWith(u"Text"_s) && text.contains(u"… #6 %1/6 · "_s.arg(row - 18)), qPrintable(text));
    }
    // One run: nothing tells it apart but its label, cut as the other columns are.
    QCOMPARE(queue.index(12, JobQueue::JobColumn).data(JobQueue::NameLeadLengthRole).toInt(), 0);
    QCOMPARE(shown(12), metrics.elidedText(queue.index(12, 0).data().toString(), view->textElideMode(), width));
    // Narrower still: the position before any of the label ("… 2/12…").
    const QString tight = QueueTextDelegate::elidedName(metrics, u"sd15_basic.json 2/12 · Seed 1419140464459343"_s, 15,
                                                        metrics.horizontalAdvance(u"… 2/12 · S"_s), Qt::ElideMiddle);
    QVERIFY2(tight.startsWith(u"… 2/12"_s), qPrintable(tight));
    // Wide enough: the whole name.
    QCOMPARE(QueueTextDelegate::elidedName(metrics, u"a 2/3"_s, 1, 1000, Qt::ElideMiddle), u"a 2/3"_s);
}

void tst_QueuePanel::keysAndContextMenuSteerTheQueue()
{
    QTemporaryDir dir;
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    EventStream events;
    JobRunner runner(&client, &events, dir.filePath(u"out"_s));
    JobQueue queue(&runner, &client, &events);
    queue.setShowForeignJobs(false);
    queue.setPaused(true);
    queue.enqueue(prompt, cfgVariants({1, 2, 3, 4}), u"s"_s);
    const QStringList ids = queue.jobIds();
    QueuePanel panel;
    panel.setQueue(&queue);
    panel.resize(800, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTreeView *view = panel.view();
    view->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&panel) || true);
    const auto select = [&](const QString &id) {
        view->selectionModel()->select(queue.indexOf(id), QItemSelectionModel::ClearAndSelect
                                                              | QItemSelectionModel::Rows);
        view->setCurrentIndex(queue.indexOf(id));
    };
    // Ctrl+Home: the third job to the top; Ctrl+Down: one place down again.
    select(ids.at(2));
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(queue.jobIds().constFirst(), ids.at(2));
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(queue.jobIds().at(1), ids.at(2));
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(queue.jobIds().constLast(), ids.at(2));
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(queue.jobIds().at(2), ids.at(2));
    // Delete cancels; the positions of the rest have no gap.
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(queue.job(ids.at(2))->state, QueuedJob::State::Cancelled);
    QList<int> positions;
    for (int row = 0; row < queue.rowCount(); ++row) {
        const QVariant position = queue.index(row, JobQueue::PositionColumn).data();
        if (position.isValid())
            positions << position.toInt();
    }
    QCOMPARE(positions, (QList<int>{1, 2, 3}));
    QCOMPARE(queue.index(queue.rowOf(ids.at(2)), JobQueue::StateColumn).data().toString(), u"Cancelled"_s);
    // The context menu holds the same commands, with their keys.
    std::unique_ptr<QMenu> menu(panel.createContextMenu(nullptr));
    QStringList texts;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            texts << action->text();
    }
    QCOMPARE(texts, (QStringList{u"Show &Output"_s, u"Open This Job's &Settings"_s, u"Move to &Top"_s,
                                 u"Move &Up"_s, u"Move &Down"_s, u"Move to &Bottom"_s, u"&Cancel"_s, u"&Retry"_s}));
    QCOMPARE(panel.cancelAction()->shortcut(), QKeySequence(QKeySequence::Delete));
    QVERIFY(panel.retryAction()->isEnabled()); // the cancelled job is selected
    QSignalSpy settings(&panel, &QueuePanel::openSettingsRequested);
    panel.openSettingsAction()->trigger();
    QCOMPARE(settings.size(), 1);
    QCOMPARE(settings.constFirst().at(0).toString(), ids.at(2));
}

void tst_QueuePanel::narrowDockReadsStatesAndNodes()
{
    QTemporaryDir dir;
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    EventStream events;
    JobRunner runner(&client, &events, dir.filePath(u"out"_s));
    JobQueue queue(&runner, &client, &events);
    queue.setShowForeignJobs(false);
    queue.setPaused(true);
    queue.enqueue(prompt, cfgVariants({5, 6}), u"Lighthouse sweep"_s);
    QueuePanel panel;
    panel.setQueue(&queue);
    // The queue dock beside the viewer at 1366 px.
    panel.resize(320, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTreeView *view = panel.view();
    QVERIFY(view->isColumnHidden(JobQueue::ChangesColumn));
    // The usual states are whole in the State column ("On the server", not "On t…rver"),
    // and the job's name keeps most of the width.
    const QFontMetrics metrics(view->font());
    for (const QString &state : {JobQueue::stateName(QueuedJob::State::Submitted),
                                 JobQueue::stateName(QueuedJob::State::Interrupted), u"Running 100%"_s})
        QVERIFY2(metrics.horizontalAdvance(state) + 8 <= view->columnWidth(JobQueue::StateColumn), qPrintable(state));
    QVERIFY(view->columnWidth(JobQueue::JobColumn) >= view->columnWidth(JobQueue::StateColumn));
    // The running node is named as the editor names it, from the job's own prompt.
    auto *stepLabel = panel.findChild<QLabel *>(u"stepLabel"_s);
    QVERIFY(stepLabel);
    emit queue.runningNodeChanged(queue.jobIds().constFirst(), u"5"_s);
    QTRY_COMPARE(stepLabel->text(), u"Running EmptyLatentImage"_s);
    emit queue.stepProgressChanged(queue.jobIds().constFirst(), u"3"_s, 5, 20);
    QTRY_COMPARE(stepLabel->text(), u"KSampler: step 5 of 20"_s);
}

// A fast server sends a job's steps and nodes far faster than anyone reads them: every
// change within one display interval makes one change of the line under the list (the
// newest state, none lost) and one repaint of it, not one per message.
void tst_QueuePanel::stepLineFollowsAtDisplayRate()
{
    QTemporaryDir dir;
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    EventStream events;
    JobRunner runner(&client, &events, dir.filePath(u"out"_s));
    JobQueue queue(&runner, &client, &events);
    queue.setShowForeignJobs(false);
    queue.setPaused(true);
    queue.enqueue(prompt, {}, u"Lighthouse"_s);
    QueuePanel panel;
    panel.setQueue(&queue);
    panel.resize(600, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *stepLabel = panel.findChild<QLabel *>(u"stepLabel"_s);
    QVERIFY(stepLabel);
    QTRY_VERIFY(stepLabel->text().startsWith(u"Paused"_s));
    // One interval that lasts the whole test: only its end (flush) may show anything.
    DisplayThrottle *throttle = panel.stepThrottle();
    throttle->setIntervalMs(3600 * 1000);
    throttle->flush();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    EventCounter painted(stepLabel);
    const qint64 shownBefore = throttle->applyCount();
    const QString jobId = queue.jobIds().constFirst();
    for (int step = 1; step <= 20; ++step) {
        emit queue.runningNodeChanged(jobId, u"5"_s);
        emit queue.runningNodeChanged(jobId, u"3"_s);
        emit queue.stepProgressChanged(jobId, u"3"_s, step, 20);
        QCoreApplication::processEvents();
    }
    QCOMPARE(throttle->applyCount(), shownBefore);
    QVERIFY(throttle->isPending());
    QVERIFY(stepLabel->text().startsWith(u"Paused"_s));
    QCOMPARE(painted.count, 0);
    // The interval ends: the newest step, once.
    throttle->flush();
    QCOMPARE(throttle->applyCount(), shownBefore + 1);
    QCOMPARE(stepLabel->text(), u"KSampler: step 20 of 20"_s);
    auto *bar = panel.findChild<QProgressBar *>(u"stepProgress"_s);
    QVERIFY(bar && bar->isVisibleTo(&panel));
    QCOMPARE(bar->value(), 20);
    // Steps: the only percentage is the job's, in its row ("Running 59 %" beside a node's
    // "10 %" read as two answers to one question).
    QCOMPARE(bar->text(), u"20/20"_s);
    QTRY_COMPARE(painted.count, 1);
    QCoreApplication::processEvents();
    QCOMPARE(painted.count, 1);
    // At the normal pace the newest state still arrives by itself.
    throttle->setIntervalMs(DisplayThrottle::frameMs);
    emit queue.runningNodeChanged(jobId, u"5"_s);
    QTRY_COMPARE(stepLabel->text(), u"Running EmptyLatentImage"_s);
    QVERIFY(!bar->isTextVisible()); // no "0/20" for a node without steps
}

// A new step text repaints the line and nothing else: in the window the panel sits in a tab
// widget in a dock, and a label's layout request climbed to them (QTabWidget repaints itself
// whole on one: its tab bar, the panel's buttons and the list's frame) at display rate.
void tst_QueuePanel::stepTextLaysOutNothingAbove()
{
    QTemporaryDir dir;
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    EventStream events;
    JobRunner runner(&client, &events, dir.filePath(u"out"_s));
    JobQueue queue(&runner, &client, &events);
    queue.setShowForeignJobs(false);
    queue.setPaused(true);
    queue.enqueue(prompt, {}, u"Lighthouse"_s);
    QTabWidget tabs;
    auto *panel = new QueuePanel;
    tabs.addTab(panel, u"Queue"_s);
    panel->setQueue(&queue);
    tabs.resize(600, 400);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    auto *stepLabel = panel->findChild<QLabel *>(u"stepLabel"_s);
    QVERIFY(stepLabel);
    DisplayThrottle *throttle = panel->stepThrottle();
    const QString jobId = queue.jobIds().constFirst();
    // The bar comes up with the first step, and the line takes the room of the longest text
    // so far: each lays the line out, once.
    emit queue.runningNodeChanged(jobId, u"5"_s);
    throttle->flush();
    QCOMPARE(stepLabel->text(), u"Running EmptyLatentImage"_s);
    QCoreApplication::sendPostedEvents();
    emit queue.stepProgressChanged(jobId, u"3"_s, 10, 20);
    throttle->flush();
    QTRY_VERIFY(stepLabel->text().endsWith(u"step 10 of 20"_s));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QTRY_VERIFY(!tabs.testAttribute(Qt::WA_PendingUpdate) && !panel->testAttribute(Qt::WA_PendingUpdate));

    EventCounter panelLayouts(panel, QEvent::LayoutRequest);
    EventCounter tabLayouts(&tabs, QEvent::LayoutRequest);
    EventCounter tabBarPaints(tabs.tabBar());
    EventCounter linePaints(stepLabel);
    // Texts of other lengths, none longer than before: a node without steps, steps.
    const QString node = u"5"_s;
    for (int step = 2; step <= 12; ++step) {
        if (step % 3 == 0)
            emit queue.runningNodeChanged(jobId, node);
        else
            emit queue.stepProgressChanged(jobId, u"3"_s, step, 20);
        throttle->flush();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    emit queue.stepProgressChanged(jobId, u"3"_s, 20, 20);
    throttle->flush();
    QCOMPARE(stepLabel->text(), u"KSampler: step 20 of 20"_s);
    QTRY_VERIFY(linePaints.count >= 1);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(panelLayouts.count, 0);
    QCOMPARE(tabLayouts.count, 0);
    QCOMPARE(tabBarPaints.count, 0);
    // The line still reads whole where the panel is wide enough.
    QVERIFY(stepLabel->isVisible());
    QVERIFY(stepLabel->width() >= stepLabel->fontMetrics().horizontalAdvance(stepLabel->text()));
}

// 300 finished rows above the running job (the window keeps 500): the list shows the running
// job with the two rows that just ended above it and the waiting ones below, until the
// artist scrolls it away; scrolling back to it follows again.
void tst_QueuePanel::runningJobStaysInViewBelowFinishedRows()
{
    Sim::SimServer sim;
    sim.setStepMs(100);
    QVERIFY(sim.listen() != 0);
    QTemporaryDir dir;
    ComfyClient client(sim.baseUrl());
    EventStream events;
    JobRunner runner(&client, &events, dir.filePath(u"out"_s));
    JobQueue queue(&runner, &client, &events);
    queue.setShowForeignJobs(false);
    queue.setPaused(true);
    for (int i = 0; i < 300; ++i)
        queue.enqueue(prompt, {}, u"Old %1"_s.arg(i));
    for (const QString &id : queue.jobIds())
        QVERIFY(queue.cancel(id)); // finished without a server: cancelled while waiting
    // 100 steps of 100 ms: running for the whole test.
    const QByteArray longPrompt = R"({"1": {"class_type": "EmptyImage", "inputs": {"width": 64, "height": 64, "batch_size": 1, "color": 34816}},
      "2": {"class_type": "CaptureProgressPreview", "inputs": {"image": ["1", 0], "steps": 100, "preview_format": "JPEG", "max_size": 16, "sleep_seconds": 0.0, "send_text": false}},
      "3": {"class_type": "SaveImage", "inputs": {"images": ["2", 0], "filename_prefix": "q"}}})";
    for (int i = 0; i < 30; ++i)
        queue.enqueue(longPrompt, {}, u"Lighthouse %1"_s.arg(i));
    QueuePanel panel;
    panel.setQueue(&queue);
    panel.resize(600, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTreeView *view = panel.view();
    QScrollBar *bar = view->verticalScrollBar();
    QCOMPARE(bar->value(), 0); // the oldest finished rows: the running job is far below
    QSignalSpy connected(&events, &EventStream::connected);
    events.open(sim.baseUrl());
    QTRY_COMPARE(connected.size(), 1);
    queue.setPaused(false);
    QTRY_VERIFY_WITH_TIMEOUT(!queue.runningJobId().isEmpty(), 10000);
    const QModelIndex running = queue.indexOf(queue.runningJobId());
    QCOMPARE(running.row(), 300);
    QTRY_COMPARE(view->indexAt(QPoint(1, 1)).row(), 298);
    QVERIFY(view->viewport()->rect().contains(view->visualRect(running)));
    const QModelIndex waiting = queue.index(301, 0);
    QVERIFY(view->viewport()->rect().contains(view->visualRect(waiting)));
    QVERIFY(panel.followsRunningJob());
    const int followed = bar->value();

    // The artist scrolls to the oldest rows: the list stays there at the next frames.
    bar->triggerAction(QAbstractSlider::SliderToMinimum);
    QTRY_VERIFY(!panel.followsRunningJob());
    for (int frame = 0; frame < 3; ++frame) {
        panel.stepThrottle()->request();
        panel.stepThrottle()->flush();
        QCoreApplication::processEvents();
    }
    QCOMPARE(bar->value(), 0);
    QVERIFY(!view->viewport()->rect().intersects(view->visualRect(running)));

    // Past the end, the running job out of view again: still not following.
    bar->triggerAction(QAbstractSlider::SliderToMaximum);
    QCoreApplication::processEvents();
    QVERIFY(!panel.followsRunningJob());
    // Dragged back to where the running job shows (near the top): following again.
    bar->setSliderPosition(followed + 1);
    bar->triggerAction(QAbstractSlider::SliderMove);
    QTRY_VERIFY(panel.followsRunningJob());
    QTest::mouseMove(&panel, QPoint(panel.width() / 2, panel.height() - 5)); // below the list
    panel.stepThrottle()->request();
    panel.stepThrottle()->flush();
    QTRY_COMPARE(view->indexAt(QPoint(1, 1)).row(), 298);

    // The pointer over the list: the rows stay where they are, the following goes on after.
    bar->setSliderPosition(followed + 1);
    QTest::mouseMove(view->viewport(), view->viewport()->rect().center());
    QTRY_VERIFY(view->viewport()->underMouse());
    const int held = bar->value();
    QVERIFY(held != followed);
    panel.stepThrottle()->request();
    panel.stepThrottle()->flush();
    QCoreApplication::processEvents();
    QCOMPARE(bar->value(), held);
    QVERIFY(panel.followsRunningJob());
    QTest::mouseMove(&panel, QPoint(panel.width() / 2, panel.height() - 5));
    QTRY_VERIFY(!view->viewport()->underMouse());
    panel.stepThrottle()->request();
    panel.stepThrottle()->flush();
    QTRY_COMPARE(bar->value(), followed);
}

namespace {
// WCAG 2's contrast ratio of two sRGB colours.
double contrastRatio(QColor a, QColor b)
{
    const auto luminance = [](QColor colour) {
        const auto linear = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
        return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

// The running job's state ("Running 50%") is written over its progress bar: in the light
// and the dark theme its text reads at WCAG's 4.5:1 against the bar's fill (white on the
// themes' blues was about 3.5:1), and against the groove where the bar has not reached.
void tst_QueuePanel::runningStateReadsOverItsBar()
{
    QueuePanel panel;
    QAbstractItemDelegate *delegate = panel.view()->itemDelegateForColumn(JobQueue::StateColumn);
    QVERIFY(delegate);
    QStandardItemModel model(1, 1);
    const QModelIndex cell = model.index(0, 0);
    model.setData(cell, u"Running 50%"_s);
    model.setData(cell, int(QueuedJob::State::Running), JobQueue::StateRole);
    model.setData(cell, false, JobQueue::IsForeignRole);
    for (const bool dark : {false, true}) {
        std::unique_ptr<QStyle> style(dark ? new ThemeStyle(QStyleFactory::create(u"Fusion"_s))
                                           : QStyleFactory::create(u"Fusion"_s));
        QTreeView view; // the style and palette of the theme, on this view only
        view.setStyle(style.get());
        view.setPalette(dark ? Theme::darkPalette() : Theme::lightPalette());
        // Filled all the way (the text over the bar), then not at all (over the groove).
        for (const double progress : {1.0, 0.0}) {
            model.setData(cell, progress, JobQueue::ProgressRole);
            QStyleOptionViewItem option;
            option.initFrom(&view);
            option.widget = &view;
            option.font = view.font();
            option.rect = QRect(0, 0, 160, std::max(24, view.fontMetrics().height() + 10));
            QImage image(option.rect.size(), QImage::Format_RGB32);
            image.fill(view.palette().color(QPalette::Base));
            {
                QPainter painter(&image);
                delegate->paint(&painter, option, cell);
            }
            // The fill (or groove) at each line, left of the centred text, against the most
            // contrasting pixel of that line: a glyph's core.
            double best = 0;
            for (int y = 4; y < image.height() - 4; ++y) {
                const QColor fill = image.pixelColor(6, y);
                for (int x = 20; x < image.width() - 20; ++x)
                    best = std::max(best, contrastRatio(fill, image.pixelColor(x, y)));
            }
            const QString what = u"%1 theme, bar at %2: %3:1"_s.arg(dark ? u"dark"_s : u"light"_s).arg(progress).arg(best, 0, 'f', 2);
            qInfo("%s", qPrintable(what));
            image.save(QDir::temp().filePath(u"easel-queue-running-%1-%2.png"_s.arg(dark ? u"dark"_s : u"light"_s).arg(int(progress * 100))));
            QVERIFY2(best >= 4.5, qPrintable(what));
        }
    }
}

// The step bar under the queue ("11/20") writes its text over its fill in the palette's
// HighlightedText: readable (>= 4.5:1) in both themes, and again after a switch of theme
// (the panel's palette changes under the bar, as the application's does).
void tst_QueuePanel::stepBarReadsOverItsBar()
{
    QueuePanel panel;
    auto *bar = panel.findChild<QProgressBar *>(u"stepProgress"_s);
    QVERIFY(bar);
    bar->setRange(0, 20);
    bar->setTextVisible(true);
    for (const bool dark : {false, true}) {
        std::unique_ptr<QStyle> style(dark ? new ThemeStyle(QStyleFactory::create(u"Fusion"_s))
                                           : QStyleFactory::create(u"Fusion"_s));
        bar->setStyle(style.get());
        panel.setPalette(dark ? Theme::darkPalette() : Theme::lightPalette());
        // Filled all the way (the text over the bar), then not at all (over the groove).
        for (const int value : {20, 0}) {
            bar->setValue(value);
            bar->resize(200, std::max(24, bar->sizeHint().height())); // not the panel's layout's
            QImage image(bar->size(), QImage::Format_RGB32);
            image.fill(panel.palette().color(QPalette::Window));
            bar->render(&image);
            double best = 0;
            for (int y = 4; y < image.height() - 4; ++y) {
                const QColor fill = image.pixelColor(4, y);
                for (int x = 20; x < image.width() - 20; ++x)
                    best = std::max(best, contrastRatio(fill, image.pixelColor(x, y)));
            }
            const QString what = u"%1 theme, step %2/20: %3:1"_s.arg(dark ? u"dark"_s : u"light"_s).arg(value).arg(best, 0, 'f', 2);
            qInfo("%s", qPrintable(what));
            image.save(QDir::temp().filePath(u"easel-step-bar-%1-%2.png"_s.arg(dark ? u"dark"_s : u"light"_s).arg(value)));
            QVERIFY2(best >= 4.5, qPrintable(what));
        }
        bar->setStyle(nullptr);
    }
}

// Qt's tree view repaints every visible row when one is queued: the cells' texts are laid
// out once (not again per frame), and look as the style draws them.
void tst_QueuePanel::cellsLayOutTheirTextOnce()
{
    QTemporaryDir dir;
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    EventStream events;
    JobRunner runner(&client, &events, dir.filePath(u"out"_s));
    JobQueue queue(&runner, &client, &events);
    queue.setShowForeignJobs(false);
    queue.setPaused(true);
    for (int i = 0; i < 40; ++i)
        queue.enqueue(prompt, {}, u"A portrait of a lighthouse keeper at dusk, take %1"_s.arg(i));
    QueuePanel panel;
    panel.setQueue(&queue);
    panel.resize(600, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTreeView *view = panel.view();
    auto *delegate = dynamic_cast<QueueTextDelegate *>(view->itemDelegate());
    QVERIFY(delegate);
    view->viewport()->repaint();
    const qint64 laid = delegate->layoutCount();
    QVERIFY(laid > 0);
    view->viewport()->repaint();
    QCOMPARE(delegate->layoutCount(), laid);
    // A queued job: every visible row is painted again, only the new row's texts are new.
    view->scrollToBottom();
    view->viewport()->repaint();
    const qint64 atBottom = delegate->layoutCount();
    queue.enqueue(prompt, {}, u"One more"_s);
    view->scrollToBottom();
    view->viewport()->repaint();
    QVERIFY(delegate->layoutCount() > atBottom);
    QVERIFY(delegate->layoutCount() <= atBottom + JobQueue::ColumnCount);
    // The row height the view asks for on every layout: the style's own size, asked once.
    const QModelIndex cell = queue.index(0, JobQueue::JobColumn);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.font = view->font();
    const qint64 asked = delegate->sizeCount();
    const QSize size = delegate->sizeHint(option, cell);
    QCOMPARE(size, QStyledItemDelegate().sizeHint(option, cell));
    QCOMPARE(delegate->sizeHint(option, cell), size);
    QVERIFY(delegate->sizeCount() <= asked + 1);
    queue.enqueue(prompt, {}, u"And another"_s);
    view->doItemsLayout();
    const qint64 afterLayout = delegate->sizeCount();
    view->doItemsLayout();
    QCOMPARE(delegate->sizeCount(), afterLayout);
    view->scrollToTop();

    // A selected row and the current cell's focus are drawn by the style.
    view->selectionModel()->setCurrentIndex(queue.index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->setFocus();
    view->viewport()->repaint();
    const QImage first = view->viewport()->grab().toImage();

    // The same pixels as the style's own drawing, or nearly (text drawn from a prepared
    // layout may fall a fraction of a pixel apart).
    view->setItemDelegate(new QStyledItemDelegate(view));
    view->setItemDelegateForColumn(JobQueue::StateColumn, nullptr);
    const QImage styled = view->viewport()->grab().toImage();
    QCOMPARE(styled.size(), first.size());
    int differing = 0;
    int inked = 0;
    const QRgb base = styled.pixel(styled.width() - 1, 0);
    for (int y = 0; y < styled.height(); ++y) {
        for (int x = 0; x < styled.width(); ++x) {
            differing += styled.pixel(x, y) != first.pixel(x, y) ? 1 : 0;
            inked += qGray(styled.pixel(x, y)) < qGray(base) - 100 ? 1 : 0;
        }
    }
    QVERIFY(inked > 1000); // there is text to compare
    QVERIFY2(differing < inked / 10, qPrintable(u"%1 of %2"_s.arg(differing).arg(inked)));
}

void tst_QueuePanel::cancelledIsNotFailedInCounts()
{
    QTemporaryDir dir;
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    EventStream events;
    JobRunner runner(&client, &events, dir.filePath(u"out"_s));
    JobQueue queue(&runner, &client, &events);
    queue.setShowForeignJobs(false);
    queue.setPaused(true);
    const QString batchId = queue.enqueue(prompt, cfgVariants({1, 2}), u"s"_s);
    QSignalSpy finished(&queue, &JobQueue::batchFinished);
    for (const QString &id : queue.jobIds())
        QVERIFY(queue.cancel(id));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().at(0).toString(), batchId);
    QCOMPARE(finished.constFirst().at(3).toInt(), 0); // failed
    QCOMPARE(finished.constFirst().at(5).toInt(), 2); // cancelled
    QCOMPARE(JobLabels::batchSummary(0, 0, 2), u"2 cancelled"_s);
    QCOMPARE(JobLabels::batchSummary(14, 2, 1), u"14 done, 2 failed, 1 cancelled"_s);
}

// Counts go through Qt's plural forms: German has "1 Auftrag" and "3 Aufträge" where the
// English source says "job(s)". The window's own strings, from the embedded .qm files
// (the strings added for this issue get theirs when the translator's pass adds them).
void tst_QueuePanel::pluralFormsInGerman()
{
    QCOMPARE(Translations::setLanguage(u"de"_s), u"de"_s);
    const auto restore = qScopeGuard([] { Translations::setLanguage(u"en"_s); });
    QCOMPARE(QCoreApplication::translate("Easel::BatchNotifier", "%n job(s) done", nullptr, 1), u"1 Auftrag fertig"_s);
    QCOMPARE(QCoreApplication::translate("Easel::BatchNotifier", "%n job(s) done", nullptr, 3), u"3 Aufträge fertig"_s);
    QVERIFY(!QCoreApplication::translate("Easel::BatchNotifier", "%n job(s) done", nullptr, 2).contains(u"(s)"_s));
}

// English, the source language, reads "1 job" / "3 jobs" rather than "job(s)": the shipped
// easel_en.qm holds the plural forms only, and is what setLanguage("en") loads.
void tst_QueuePanel::pluralFormsInEnglish()
{
    QVERIFY(QFile::exists(u":/i18n/easel_en.qm"_s));
    QCOMPARE(Translations::setLanguage(u"en"_s), u"en"_s);
    QCOMPARE(QCoreApplication::translate("Easel::BatchNotifier", "%n job(s) done", nullptr, 1), u"1 job done"_s);
    QCOMPARE(QCoreApplication::translate("Easel::BatchNotifier", "%n job(s) done", nullptr, 3), u"3 jobs done"_s);
    QCOMPARE(QCoreApplication::translate("Easel::MainWindow", "Queued %n job(s)", nullptr, 1), u"Queued 1 job"_s);
    QCOMPARE(QCoreApplication::translate("Easel::MainWindow", "Queued %n job(s)", nullptr, 3), u"Queued 3 jobs"_s);
    // Singular strings are not in the file: they stay the source text.
    QCOMPARE(QCoreApplication::translate("Easel::MainWindow", "Running %1"), u"Running %1"_s);
    // Following the system with a language Easel has no translation for still gets them.
    QCOMPARE(Translations::setLanguage(u"pt_BR"_s), u"en"_s);
    QCOMPARE(QCoreApplication::translate("Easel::BatchNotifier", "%n job(s) done", nullptr, 2), u"2 jobs done"_s);
    Translations::setLanguage(u"en"_s);
}

void tst_QueuePanel::parseAxis_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QString>("last");
    QTest::addRow("int range") << u"5..9 step 1"_s << qint64(5) << u"9"_s;
    QTest::addRow("default step") << u"1..3"_s << qint64(3) << u"3"_s;
    QTest::addRow("float range") << u"0.5..1 step 0.25"_s << qint64(3) << u"1.0"_s;
    QTest::addRow("list") << u"euler, dpmpp_2m"_s << qint64(2) << u"\"dpmpp_2m\""_s;
    QTest::addRow("numbers") << u"1, 2.5, 18446744073709551615"_s << qint64(3) << u"18446744073709551615"_s;
    QTest::addRow("empty") << u" "_s << qint64(0) << QString();
}

void tst_QueuePanel::parseAxis()
{
    QFETCH(QString, text);
    QFETCH(qint64, count);
    QFETCH(QString, last);
    SweepAxis axis;
    const bool ok = SweepDialog::parseAxis(u"3.cfg"_s, text, &axis);
    QCOMPARE(ok, count > 0);
    if (ok) {
        QCOMPARE(axis.count(), count);
        QCOMPARE(QString::fromUtf8(axis.valueAt(count - 1).toPython()), last);
    }
}

void tst_QueuePanel::previewPaneCoalescesFrames()
{
    PreviewPane pane;
    pane.resize(300, 300);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy shown(&pane, &PreviewPane::frameShown);
    // A burst far faster than the screen: the first frame may be presented as it arrives
    // (the pane was idle), then only the newest is kept; nothing queues up.
    for (int i = 0; i < 50; ++i) {
        QImage frame(64, 64, QImage::Format_RGB32);
        frame.fill(QColor(i, 0, 0));
        pane.showFrame(frame, u"frame %1"_s.arg(i));
    }
    QTRY_COMPARE_WITH_TIMEOUT(pane.caption(), u"frame 49"_s, 10000);
    pane.repaint(); // paint the presented frame now, so the counts below are final
    QCOMPARE(pane.framesReceived(), 50);
    QCOMPARE(pane.framesDropped() + pane.framesShown(), 50);
    QVERIFY2(pane.framesShown() <= 2, qPrintable(QString::number(pane.framesShown())));
    QCOMPARE(pane.currentImage().pixelColor(0, 0), QColor(49, 0, 0));
    QVERIFY(pane.framesDropped() >= 48);
    // Nothing is left to show: no further frame comes.
    const qint64 shownNow = pane.framesShown();
    QVERIFY(!shown.wait(200));
    QCOMPARE(pane.framesShown(), shownNow);
}

void tst_QueuePanel::failureDetailsCollapseTheTraceback()
{
    FailureDetails details;
    JobFailure failure;
    failure.nodeId = u"9"_s;
    failure.nodeType = u"SaveImage"_s;
    failure.exceptionType = u"Exception"_s;
    failure.exceptionMessage = u"Saving image outside the output folder is not allowed."_s;
    failure.traceback = {u"Traceback (most recent call last):\n"_s, u"  File \"nodes.py\", line 1\n"_s};
    details.showFailure(u"grid #2"_s, failure);
    details.show();
    QVERIFY(QTest::qWaitForWindowExposed(&details));
    QVERIFY(details.summaryText().contains(u"SaveImage"_s));
    QVERIFY(details.summaryText().contains(u"not allowed"_s));
    QVERIFY(!details.isTracebackExpanded());
    auto *traceback = details.findChild<QWidget *>(u"traceback"_s);
    QVERIFY(traceback && !traceback->isVisible());
    QTest::mouseClick(details.findChild<QToolButton *>(u"tracebackToggle"_s), Qt::LeftButton);
    QVERIFY(details.isTracebackExpanded());
    QVERIFY(traceback->isVisible());
    QVERIFY(details.tracebackText().contains(u"nodes.py"_s));

    JobFailure rejected;
    rejected.rejected = true;
    rejected.message = u"Prompt outputs failed validation"_s;
    rejected.nodeErrors = {NodeError{u"5"_s, u"EmptyLatentImage"_s, {NodeErrorReason{u"value_bigger_than_max"_s, u"Value 100000 bigger than max of 16384"_s, {}, u"width"_s, {}}}, {}}};
    details.showFailure(u"too wide"_s, rejected);
    QVERIFY(details.summaryText().contains(u"width"_s));
    QVERIFY(details.summaryText().contains(u"EmptyLatentImage"_s));
}

void tst_QueuePanel::notifierSpeaksWhenTheWindowIsNotFocused()
{
    QTemporaryDir dir;
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    EventStream events;
    JobRunner runner(&client, &events, dir.filePath(u"out"_s));
    JobQueue queue(&runner, &client, &events);
    queue.setShowForeignJobs(false);
    queue.setPaused(true);
    QWidget window; // never shown: not the active window
    BatchNotifier notifier(&queue, &window, nullptr);
    QSignalSpy notified(&notifier, &BatchNotifier::notified);
    queue.enqueue(prompt, {}, u"night run"_s);
    queue.cancel(queue.jobIds().constFirst());
    QCOMPARE(notified.size(), 1);
    QVERIFY(notified.constFirst().at(0).toString().contains(u"night run"_s));
}

QTEST_MAIN(tst_QueuePanel)
#include "tst_queuepanel.moc"
