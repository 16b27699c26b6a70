// The running-work widgets: the queue panel over a paused JobQueue, the sweep dialog's
// count, the preview pane's coalescing, the failure view and the batch notification.
#include "batchnotifier.h"
#include "comfyclient.h"
#include "eventstream.h"
#include "failuredetails.h"
#include "jobqueue.h"
#include "jobrunner.h"
#include "previewpane.h"
#include "queuepanel.h"
#include "sweepdialog.h"

#include <QDialogButtonBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

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
