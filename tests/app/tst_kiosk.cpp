// Kiosk mode against the simulator: every escape the issue lists is tried and must fail
// (closing, Ctrl+Q and Alt+F4, settings, open and save, file dialogs, drag and drop,
// URLs, server changes, interrupting), a locked input stays as the administrator set it
// through the editor, a dropped PNG and "Use these settings", the PIN unlocks and wrong
// PINs are throttled (on a fake clock), and the idle timeout brings back a clean state.
#include "gallerywidget.h"
#include "inputeditors.h"
#include "jobqueue.h"
#include "jsontree.h"
#include "kioskcontroller.h"
#include "kioskpin.h"
#include "kioskpolicy.h"
#include "kioskunlockdialog.h"
#include "kioskwindowguard.h"
#include "mainwindow.h"
#include "numberedit.h"
#include "outputlistmodel.h"
#include "parameterlabels.h"
#include "faultcontrol.h"
#include "simserver.h"
#include "viewer/imageview.h"
#include "viewer/viewerpane.h"
#include "workfloweditor.h"
#include "workflowmodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Easel;

namespace {
const QString adminPin = u"r7-Kw3q"_s;
const QString fixture = QStringLiteral(EASEL_SHARED_DIR "/workflows/api/sd15_basic.json");
} // namespace

class tst_Kiosk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsOnlyTheKiosk();
    void closingIsRefused();
    void quitKeysDoNothing();
    void fileAndSettingsActionsAreInert();
    void fileDialogsAreClosed();
    void uploadButtonsAreInert();
    void contextMenusAreGone();
    void dropsAreRejected();
    void dragsOutAreOff();
    void urlsAreRefused();
    void serverCannotBeChanged();
    void otherJobsCannotBeInterrupted();
    void onlyApprovedWorkflowsStayOpen();
    void lockedInputRefusedInTheEditor();
    void lockedInputRefusedByUseTheseSettings();
    void wrongPinsAreThrottledAndTheRightOneUnlocks();
    void idleTimeoutResets();
    void generateHeldDownQueuesNoMoreThanTheCap();
    void generateWaitsForTheInterval();
    void afterGenerateStaysInsideTheRange();
    void minimisedWindowReturns();
    void inactiveWindowReturns();
    void visitorsSeeNoAddressesOrServerErrors();
    void seedDiceDrawsInsideTheRange();
    void workflowWithNothingSimpleReadsAsLabels();

private:
    KioskPolicy policy(int idleSeconds = 0, const QByteArray &extra = {});
    void start(int idleSeconds = 0, const QByteArray &extra = {});
    QStringList unfinishedJobIds() const;
    JsonTree value(const QString &node, const QString &input) const;
    QString writeFile(const QString &name, const QByteArray &bytes);

    Sim::SimServer m_sim;
    QTemporaryDir m_dir;
    QString m_approved;
    QString m_workflows; // the policy's folder of approved workflows (m_approved unless a test sets it)
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<KioskController> m_kiosk;
    qint64 m_now = 0;
};

void tst_Kiosk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_sim.setStepMs(20);
    QVERIFY(m_sim.listen(QHostAddress::LocalHost, 0) != 0);
    QVERIFY(QDir(m_dir.path()).mkpath(u"approved"_s));
    m_approved = m_dir.filePath(u"approved"_s);
    QVERIFY(QFile::copy(fixture, m_approved + u"/1 portrait.json"_s));
    QVERIFY(QFile::copy(fixture, m_approved + u"/2 landscape.json"_s));
}

KioskPolicy tst_Kiosk::policy(int idleSeconds, const QByteArray &extra)
{
    const QByteArray text = "[kiosk]\nworkflows=" + m_workflows.toUtf8() + "\noutputs=" + m_dir.filePath(u"out"_s).toUtf8()
                            + "\nidle_timeout=" + QByteArray::number(idleSeconds) + "\n" + extra + "\nadmin_pin="
                            + KioskPin::hash(adminPin, KioskPin::Cost::Interactive).toLatin1()
                            + (extra.contains("[inputs]") ? QByteArray() // the test's own rules
                                                          : "\n[inputs]\n3.seed=locked\n3.steps=10..30\n6.text=editable\n");
    const KioskPolicy loaded = KioskPolicy::load(writeFile(u"kiosk.conf"_s, text));
    return loaded;
}

QString tst_Kiosk::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void tst_Kiosk::start(int idleSeconds, const QByteArray &extra)
{
    const KioskPolicy p = policy(idleSeconds, extra);
    QVERIFY(p.isEnabled());
    QCOMPARE(p.problems(), QStringList());
    m_window = std::make_unique<MainWindow>(m_sim.baseUrl(), p.outputFolder());
    m_kiosk = std::make_unique<KioskController>(m_window.get(), p, [this] { return m_now; });
    m_kiosk->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_window->editor()->hasDocument());
    if (m_workflows == m_approved)
        QCOMPARE(m_window->editor()->filePath(), m_approved + u"/1 portrait.json"_s);
}

void tst_Kiosk::init()
{
    m_now = 1'000'000;
    m_workflows = m_approved;
}

void tst_Kiosk::cleanup()
{
    m_kiosk.reset();
    m_window.reset();
}

JsonTree tst_Kiosk::value(const QString &node, const QString &input) const
{
    return m_window->editor()->model()->document().inputValue(node, input);
}

void tst_Kiosk::showsOnlyTheKiosk()
{
    start();
    QVERIFY(m_window->windowFlags() & Qt::FramelessWindowHint);
    QVERIFY(m_window->windowState() & Qt::WindowFullScreen);
    QVERIFY(!m_window->menuBar()->isVisible());
    auto *generate = m_window->findChild<QPushButton *>(u"queueButton"_s);
    QVERIFY(generate && generate->isVisible());
    QCOMPARE(generate->text(), u"Generate"_s);
    auto *tabs = m_window->findChild<QTabWidget *>(u"outputTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 1); // this session's outputs only: no queue, no library
    QCOMPARE(tabs->widget(0)->objectName(), u"sessionTab"_s);
    auto *workflows = m_window->findChild<QComboBox *>(u"kioskWorkflows"_s);
    QVERIFY(workflows && workflows->isVisible());
    QCOMPARE(workflows->count(), 2);
    QCOMPARE(workflows->itemText(1), u"2 landscape"_s);
    // The inputs in the editor's words, the prompts first; no All tree of node ids.
    auto *tree = m_window->editor()->findChild<QTreeView *>(u"treeView"_s);
    QVERIFY(tree);
    QTRY_VERIFY(tree->model()->rowCount() >= 2);
    QCOMPARE(tree->model()->index(0, 0).data().toString(), u"Positive prompt"_s);
    QCOMPARE(tree->model()->index(1, 0).data().toString(), u"Negative prompt"_s);
    QVERIFY(!m_window->editor()->findChild<QWidget *>(u"allButton"_s)->isVisible());
    QVERIFY(!m_window->editor()->findChild<QWidget *>(u"simpleButton"_s)->isVisible());
    // This session's pictures: none yet, and the list says what will appear there.
    auto *empty = m_window->findChild<QLabel *>(u"kioskOutputsEmpty"_s);
    QVERIFY(empty && empty->isVisible() && !empty->text().isEmpty());
    // The empty viewer names the kiosk's button, not the desktop's queue.
    const QString placeholder = m_window->viewer()->imageView()->placeholderText();
    QVERIFY2(placeholder.contains(generate->text()) && !placeholder.contains(u"Queue"_s), qPrintable(placeholder));
    // Picking another approved workflow opens it.
    m_kiosk->selectWorkflow(1);
    QTRY_COMPARE(m_window->editor()->filePath(), m_approved + u"/2 landscape.json"_s);

    const QString shot = QStringLiteral(EASEL_BINARY_DIR "/kiosk-offscreen.png");
    m_window->grab().save(shot);
}

void tst_Kiosk::closingIsRefused()
{
    start();
    QSignalSpy blocked(m_kiosk.get(), &KioskController::escapeBlocked);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    // What the window manager sends for Alt+F4 or the (absent) close button.
    QCloseEvent event;
    QApplication::sendEvent(m_window.get(), &event);
    QVERIFY(!event.isAccepted());
    QVERIFY(m_window->isVisible());
    QVERIFY(blocked.count() >= 2);
}

void tst_Kiosk::quitKeysDoNothing()
{
    start();
    QSignalSpy blocked(m_kiosk.get(), &KioskController::escapeBlocked);
    QAction *quit = m_window->findChild<QAction *>(u"actionQuit"_s);
    QVERIFY(quit);
    QSignalSpy triggered(quit, &QAction::triggered);
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_F4, Qt::AltModifier);
    QTest::keyClick(m_window->editor(), Qt::Key_W, Qt::ControlModifier);
    QCoreApplication::processEvents();
    QVERIFY(m_window->isVisible());
    QCOMPARE(triggered.count(), 0);
    QVERIFY(blocked.count() >= 3);
}

void tst_Kiosk::fileAndSettingsActionsAreInert()
{
    start();
    for (const char *name : {"actionOpen", "actionSave", "actionSaveAs", "actionPreferences", "actionQuit",
                             "actionVariations", "actionPause"}) {
        QAction *action = m_window->findChild<QAction *>(QLatin1StringView(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->isVisible(), name);
        QVERIFY2(action->shortcuts().isEmpty(), name);
        // Even when something enables it again (the window does after every document
        // change), triggering it does nothing: it is disconnected.
        action->setEnabled(true);
        action->trigger();
    }
    QCoreApplication::processEvents();
    QVERIFY(m_window->isVisible());
    for (QWidget *top : QApplication::topLevelWidgets())
        QVERIFY2(!(qobject_cast<QDialog *>(top) && top->isVisible()), qPrintable(top->objectName()));
    // The standard shortcuts reach nothing either.
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
    QCoreApplication::processEvents();
    for (QWidget *top : QApplication::topLevelWidgets())
        QVERIFY(!(qobject_cast<QDialog *>(top) && top->isVisible()));
}

void tst_Kiosk::fileDialogsAreClosed()
{
    start();
    // Whatever path might still open one (an upload button, another part's dialog), a
    // file dialog is closed as soon as it shows.
    QFileDialog dialog(m_window.get(), u"Open"_s, m_dir.path());
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.show();
    QTRY_COMPARE(rejected.count(), 1);
    QVERIFY(!dialog.isVisible());
}

void tst_Kiosk::uploadButtonsAreInert()
{
    start();
    // An exposed image input's editor has an Upload button that browses the disk: it is
    // hidden as soon as it shows and clicks on it are swallowed.
    auto *upload = new QPushButton(u"Upload…"_s, m_window->editor());
    upload->setObjectName(u"uploadButton"_s);
    QSignalSpy clicked(upload, &QPushButton::clicked);
    upload->show();
    QTest::mouseClick(upload, Qt::LeftButton);
    QCOMPARE(clicked.count(), 0);
    QTRY_VERIFY(!upload->isVisible());
    delete upload;
}

void tst_Kiosk::contextMenusAreGone()
{
    start();
    // The editor's node menu (rename, bypass) and any item view's menu: the event never
    // arrives, so no menu opens.
    auto *tree = m_window->editor()->findChild<QTreeView *>();
    QVERIFY(tree);
    QSignalSpy requested(tree, &QWidget::customContextMenuRequested);
    QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(20, 20), tree->viewport()->mapToGlobal(QPoint(20, 20)));
    QApplication::sendEvent(tree->viewport(), &event);
    QCOMPARE(requested.count(), 0);
    for (QWidget *top : QApplication::topLevelWidgets())
        QVERIFY(!(qobject_cast<QMenu *>(top) && top->isVisible()));
    // This session's outputs keep one entry, "Use these settings", and nothing else.
    auto *outputs = m_window->findChild<QListView *>(u"outputView"_s);
    QCOMPARE(outputs->contextMenuPolicy(), Qt::CustomContextMenu);
}

void tst_Kiosk::dropsAreRejected()
{
    start();
    // A PNG carrying another prompt with a different seed: in kiosk mode it opens nothing
    // and changes nothing.
    QFile workflow(fixture);
    QVERIFY(workflow.open(QIODevice::ReadOnly));
    QByteArray prompt = workflow.readAll().replace("8566257", "1234");
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    image.setText(u"prompt"_s, QString::fromUtf8(prompt));
    const QString png = m_dir.filePath(u"other.png"_s);
    QVERIFY(image.save(png));
    const JsonTree seed = value(u"3"_s, u"seed"_s);

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(png)});
    for (QWidget *target : {static_cast<QWidget *>(m_window->editor()), static_cast<QWidget *>(m_window.get()),
                            static_cast<QWidget *>(m_window->findChild<QListView *>(u"outputView"_s)->viewport())}) {
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(!enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        QVERIFY(!drop.isAccepted());
    }
    QVERIFY(!m_window->editor()->acceptDrops());
    QCoreApplication::processEvents();
    QCOMPARE(m_window->editor()->filePath(), m_approved + u"/1 portrait.json"_s);
    QCOMPARE(value(u"3"_s, u"seed"_s), seed);
}

void tst_Kiosk::dragsOutAreOff()
{
    start();
    for (QAbstractItemView *view : m_window->findChildren<QAbstractItemView *>()) {
        QVERIFY2(!view->dragEnabled(), qPrintable(view->objectName()));
        QCOMPARE(view->dragDropMode(), QAbstractItemView::NoDragDrop);
    }
}

void tst_Kiosk::urlsAreRefused()
{
    start();
    QSignalSpy refused(m_kiosk.get(), &KioskController::urlRefused);
    QDesktopServices::openUrl(QUrl(u"https://example.com/"_s));
    QDesktopServices::openUrl(QUrl(u"http://example.com/"_s));
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_dir.path()));
    QCOMPARE(refused.count(), 3);
    QCOMPARE(m_kiosk->refusedUrlCount(), 3);
    // Activating an output no longer hands its file to the desktop.
    auto *outputs = m_window->findChild<QListView *>(u"outputView"_s);
    auto *model = qobject_cast<OutputListModel *>(outputs->model());
    QVERIFY(model);
    model->addOutput(m_dir.filePath(u"x.png"_s), u"p"_s, u"9"_s, u"x.png"_s);
    emit outputs->activated(model->index(0));
    QCOMPARE(refused.count(), 3);
}

void tst_Kiosk::serverCannotBeChanged()
{
    start();
    // Preferences (the server address) and any other window action but Generate are gone:
    // hidden, disabled and without shortcuts.
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->parent() != m_window.get() && !qobject_cast<QMenu *>(action->parent()))
            continue;
        if (action->objectName() == "actionQueue"_L1)
            continue;
        QVERIFY2(!action->isVisible() && action->shortcuts().isEmpty(),
                 qPrintable(action->objectName() + u' ' + action->text()));
    }
    QAction *preferences = m_window->findChild<QAction *>(u"actionPreferences"_s);
    preferences->setEnabled(true);
    preferences->trigger();
    QCoreApplication::processEvents();
    for (QWidget *top : QApplication::topLevelWidgets())
        QVERIFY(!(qobject_cast<QDialog *>(top) && top->isVisible()));
}

void tst_Kiosk::otherJobsCannotBeInterrupted()
{
    start();
    for (const char *name : {"interruptButton", "sweepButton", "countSpin", "queueTab", "libraryTab"}) {
        const QList<QWidget *> widgets = m_window->findChildren<QWidget *>(QLatin1StringView(name));
        QVERIFY2(!widgets.isEmpty(), name);
        for (QWidget *widget : widgets)
            QVERIFY2(!widget->isVisible(), name);
    }
    // The window enables its buttons again after each document change; hidden and cut off,
    // they still do nothing when clicked (no sweep dialog, no interrupt).
    for (const char *name : {"interruptButton", "sweepButton"}) {
        for (QPushButton *button : m_window->findChildren<QPushButton *>(QLatin1StringView(name))) {
            button->setEnabled(true);
            button->click();
        }
    }
    QCoreApplication::processEvents();
    for (QWidget *top : QApplication::topLevelWidgets())
        QVERIFY(!(qobject_cast<QDialog *>(top) && top->isVisible()));
}

void tst_Kiosk::onlyApprovedWorkflowsStayOpen()
{
    start();
    QSignalSpy blocked(m_kiosk.get(), &KioskController::escapeBlocked);
    // Any path that opens another file (a second instance forwarding it, a restored
    // autosave): the approved workflow comes back.
    const QString other = writeFile(u"other.json"_s, R"({"1": {"class_type": "EmptyImage", "inputs": {}}})");
    m_window->openWorkflow(other);
    QTRY_VERIFY(blocked.count() >= 1);
    QTRY_COMPARE(m_window->editor()->filePath(), m_approved + u"/1 portrait.json"_s);
    QTRY_COMPARE(m_window->editor()->model()->rowCount(), 7);
}

void tst_Kiosk::lockedInputRefusedInTheEditor()
{
    start();
    WorkflowModel *model = m_window->editor()->model();
    const JsonTree seed = value(u"3"_s, u"seed"_s);
    const QModelIndex seedIndex = model->inputIndex(u"3"_s, u"seed"_s);
    QVERIFY(!(seedIndex.flags() & Qt::ItemIsEditable));
    QVERIFY(!model->setData(seedIndex, u"1"_s));
    // Through the view: F2 and Return on the seed open no editor.
    auto *tree = m_window->editor()->findChild<QTreeView *>();
    QVERIFY(tree);
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(tree->model());
    QVERIFY(proxy);
    tree->setFocus();
    tree->setCurrentIndex(proxy->mapFromSource(seedIndex));
    QTest::keyClick(tree, Qt::Key_F2);
    QTest::keyClick(tree, Qt::Key_Return);
    QCoreApplication::processEvents();
    for (QWidget *child : tree->viewport()->findChildren<QWidget *>())
        QVERIFY2(!child->isVisible(), "an editor opened on a locked input");
    QCOMPARE(value(u"3"_s, u"seed"_s), seed);
    // An exposed input inside its range is editable; outside it is refused.
    QVERIFY(model->setData(model->inputIndex(u"3"_s, u"steps"_s), u"25"_s));
    QVERIFY(!model->setData(model->inputIndex(u"3"_s, u"steps"_s), u"50"_s));
    QCOMPARE(value(u"3"_s, u"steps"_s), JsonTree::fromInt(25));
    // Renaming, bypassing and the node context menu are gone.
    QVERIFY(!model->setTitle(u"3"_s, u"Mine"_s));
    QCOMPARE(tree->contextMenuPolicy(), Qt::NoContextMenu);
}

void tst_Kiosk::lockedInputRefusedByUseTheseSettings()
{
    start();
    QFile workflow(fixture);
    QVERIFY(workflow.open(QIODevice::ReadOnly));
    const QByteArray prompt = workflow.readAll()
                                  .replace("8566257", "1234")
                                  .replace("\"steps\": 20", "\"steps\": 12")
                                  .replace("masterpiece best quality girl", "a lighthouse at dusk");
    QVERIFY(prompt.contains("1234") && prompt.contains("lighthouse") && prompt.contains("\"steps\": 12"));
    const JsonTree seed = value(u"3"_s, u"seed"_s);

    // The library's "Use these settings" signal, as the gallery emits it.
    auto *gallery = m_window->findChild<GalleryWidget *>();
    QVERIFY(gallery);
    emit gallery->useSettingsRequested(prompt, {}, u"1234"_s);
    QCoreApplication::processEvents();
    QCOMPARE(m_window->editor()->filePath(), m_approved + u"/1 portrait.json"_s); // no new document
    QCOMPARE(value(u"3"_s, u"seed"_s), seed);
    QCOMPARE(value(u"3"_s, u"steps"_s), JsonTree::fromInt(12));
    QCOMPARE(value(u"6"_s, u"text"_s), JsonTree::fromString(u"a lighthouse at dusk"_s));

    // Out of range and locked ones are counted as refused.
    const QByteArray far = QByteArray(prompt).replace("\"steps\": 12", "\"steps\": 99");
    int refused = 0;
    QCOMPARE(m_kiosk->applySettings(far, &refused), 0);
    QCOMPARE(refused, 2); // seed (locked) and steps (outside 10..30)
    QCOMPARE(value(u"3"_s, u"steps"_s), JsonTree::fromInt(12));
}

void tst_Kiosk::wrongPinsAreThrottledAndTheRightOneUnlocks()
{
    start();
    QSignalSpy quit(m_kiosk.get(), &KioskController::adminQuitRequested);
    KioskThrottle *throttle = m_kiosk->throttle();
    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<KioskUnlockDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            for (QWidget *top : QApplication::topLevelWidgets())
                if (auto *d = qobject_cast<KioskUnlockDialog *>(top); d && d->isVisible())
                    dialog = d;
        }
        QVERIFY(dialog);
        // The check runs off the GUI thread: the answer comes with checked().
        auto attempt = [dialog](const QString &pin) {
            QSignalSpy answer(dialog, &KioskUnlockDialog::checked);
            if (!dialog->tryPin(pin))
                return false;
            return answer.wait(20000) && answer.first().first().toBool();
        };
        // Empty PINs are no guesses: they never count toward a lockout.
        for (int i = 0; i < 10; ++i)
            QVERIFY(!attempt(QString()));
        QCOMPARE(throttle->failures(), 0);
        for (int i = 0; i < KioskThrottle::freeAttempts; ++i)
            QVERIFY(!attempt(u"000000"_s));
        // Locked out now: even the right PIN is refused until the clock moves on.
        QVERIFY(!throttle->mayAttempt());
        QVERIFY(!attempt(adminPin));
        QVERIFY(dialog->message().contains(u"30"_s));
        m_now += KioskThrottle::baseLockoutMs - 1;
        QVERIFY(!attempt(adminPin));
        m_now += 1;
        QVERIFY(throttle->mayAttempt());
        // One more wrong PIN doubles the lockout.
        QVERIFY(!attempt(u"111111"_s));
        QCOMPARE(throttle->remainingMs(), 2 * KioskThrottle::baseLockoutMs);
        m_now += 2 * KioskThrottle::baseLockoutMs;
        QVERIFY(attempt(adminPin));
        checked = true;
    });
    m_kiosk->showUnlockDialog();
    QVERIFY(checked);
    QCOMPARE(quit.count(), 1);
    QVERIFY(m_kiosk->isUnlocked());
    QVERIFY(!m_window->isVisible()); // the administrator may close it now
}

void tst_Kiosk::idleTimeoutResets()
{
    start(1);
    WorkflowModel *model = m_window->editor()->model();
    QVERIFY(model->setData(model->inputIndex(u"3"_s, u"steps"_s), u"25"_s));
    QVERIFY(model->setData(model->inputIndex(u"6"_s, u"text"_s), u"a lighthouse"_s));
    m_kiosk->selectWorkflow(1);
    QTRY_COMPARE(m_window->editor()->filePath(), m_approved + u"/2 landscape.json"_s);
    QVERIFY(model->setData(model->inputIndex(u"3"_s, u"steps"_s), u"25"_s));
    auto *outputs = qobject_cast<OutputListModel *>(m_window->findChild<QListView *>(u"outputView"_s)->model());
    QVERIFY(outputs);
    outputs->addOutput(m_dir.filePath(u"x.png"_s), u"p"_s, u"9"_s, u"x.png"_s);
    // A job the visitor queued that has not started yet (the queue is held here).
    m_window->jobQueue()->setPaused(true);
    auto *generate = m_window->findChild<QPushButton *>(u"queueButton"_s);
    QTRY_VERIFY(generate->isEnabled());
    JobQueue *queue = m_window->jobQueue();
    QStringList before; // a journal left by an earlier run may hold jobs
    for (int row = 0; row < queue->rowCount(); ++row)
        before.append(queue->index(row, 0).data(JobQueue::JobIdRole).toString());
    generate->click();
    QCOMPARE(queue->rowCount(), int(before.size()) + 1);
    QString jobId;
    for (int row = 0; row < queue->rowCount(); ++row) {
        const QString id = queue->index(row, 0).data(JobQueue::JobIdRole).toString();
        if (!before.contains(id))
            jobId = id;
    }
    QVERIFY(!jobId.isEmpty());
    QCOMPARE(m_window->jobQueue()->job(jobId)->state, QueuedJob::State::Waiting);

    QSignalSpy reset(m_kiosk.get(), &KioskController::resetDone);
    QVERIFY(reset.wait(15000));
    QCOMPARE(m_window->jobQueue()->job(jobId)->state, QueuedJob::State::Cancelled);
    QTRY_COMPARE(m_window->editor()->filePath(), m_approved + u"/1 portrait.json"_s);
    QTRY_COMPARE(value(u"3"_s, u"steps"_s), JsonTree::fromInt(20));
    QCOMPARE(value(u"6"_s, u"text"_s), JsonTree::fromString(u"masterpiece best quality girl"_s));
    QCOMPARE(outputs->rowCount(), 0);
    QVERIFY(!m_window->editor()->isModified());
}

QStringList tst_Kiosk::unfinishedJobIds() const
{
    QStringList ids;
    JobQueue *queue = m_window->jobQueue();
    for (int row = 0; row < queue->rowCount(); ++row) {
        const QString id = queue->index(row, 0).data(JobQueue::JobIdRole).toString();
        const QueuedJob *job = queue->job(id);
        if (job && job->state != QueuedJob::State::Foreign && !job->isFinished())
            ids.append(id);
    }
    return ids;
}

void tst_Kiosk::generateHeldDownQueuesNoMoreThanTheCap()
{
    // No interval: the cap alone holds (the default interval would stop this sooner).
    start(0, "max_waiting=2\nmin_interval=0\n");
    m_kiosk->resetToCleanState(); // jobs a journal of an earlier run restored
    QTRY_VERIFY(unfinishedJobIds().isEmpty());
    m_window->jobQueue()->setPaused(true); // nothing finishes while the key is held
    auto *generate = m_window->findChild<QPushButton *>(u"queueButton"_s);
    QTRY_VERIFY(generate->isEnabled());
    auto *action = m_window->findChild<QAction *>(u"actionQueue"_s);
    QVERIFY(action);
    QSignalSpy added(m_window->jobQueue(), &JobQueue::jobAdded);
    // Ctrl+Return held down (its auto-repeat triggers the action) and the button pressed
    // as fast as events go.
    for (int i = 0; i < 200; ++i) {
        if (i % 2)
            action->trigger();
        else
            generate->click();
        QVERIFY(unfinishedJobIds().size() <= 2);
    }
    QCOMPARE(added.count(), 2);
    QCOMPARE(m_kiosk->visitorStatus(), u"Your picture is on its way."_s);
    // Cancel takes back the visitor's newest waiting job; then one more may be queued.
    auto *cancel = m_window->findChild<QPushButton *>(u"kioskCancel"_s);
    QVERIFY(cancel && cancel->isVisible());
    cancel->click();
    QTRY_COMPARE(unfinishedJobIds().size(), 1);
    generate->click();
    QCOMPARE(added.count(), 3);
    QCOMPARE(unfinishedJobIds().size(), 2);
    // The idle reset cancels them at once and clears what the visitor read.
    const QStringList jobs = unfinishedJobIds();
    m_window->jobQueue()->setPaused(false);
    m_kiosk->resetToCleanState();
    for (const QString &id : jobs)
        QTRY_VERIFY(m_window->jobQueue()->job(id)->isFinished());
    QCOMPARE(m_kiosk->visitorStatus(), QString());
    QVERIFY(!cancel->isVisible());
}

void tst_Kiosk::generateWaitsForTheInterval()
{
    start(0, "max_waiting=5\nmin_interval=10\n");
    m_kiosk->resetToCleanState();
    QTRY_VERIFY(unfinishedJobIds().isEmpty());
    m_window->jobQueue()->setPaused(true);
    auto *generate = m_window->findChild<QPushButton *>(u"queueButton"_s);
    QTRY_VERIFY(generate->isEnabled());
    QVERIFY(m_kiosk->generate());
    // Pressed again at once, and again 9.999 s later on the kiosk's clock: refused, calmly.
    QVERIFY(!m_kiosk->generate());
    m_now += 9999;
    QVERIFY(!m_kiosk->generate());
    QCOMPARE(m_kiosk->visitorStatus(), u"Your picture is on its way."_s);
    QCOMPARE(unfinishedJobIds().size(), 1);
    m_now += 1;
    QVERIFY(m_kiosk->generate());
    QCOMPARE(unfinishedJobIds().size(), 2);
    m_window->jobQueue()->setPaused(false);
    m_kiosk->resetToCleanState();
}

void tst_Kiosk::afterGenerateStaysInsideTheRange()
{
    // The issue's attack on the seed: a range, and the workflow's randomize.
    start(0, "min_interval=0\n[inputs]\n3.seed=100..105\n3.steps=10..30\n6.text=editable\n[kiosk]\n");
    m_kiosk->resetToCleanState();
    QTRY_VERIFY(unfinishedJobIds().isEmpty());
    WorkflowModel *model = m_window->editor()->model();
    // The seed's mode is the administrator's: the visitor cannot pick randomize.
    QVERIFY(!model->setControlMode(u"3"_s, u"seed"_s, u"randomize"_s));
    QVERIFY(!model->inputIndex(u"3"_s, u"seed"_s).data(WorkflowModel::ControlEditableRole).toBool());
    // The administrator's workflow seed (8566257) is outside the range: nothing is sent.
    m_window->jobQueue()->setPaused(true);
    auto *generate = m_window->findChild<QPushButton *>(u"queueButton"_s);
    QTRY_VERIFY(generate->isEnabled());
    QVERIFY(!m_kiosk->generate());
    QVERIFY(unfinishedJobIds().isEmpty());
    QVERIFY(!m_kiosk->visitorStatus().contains("http"_L1));
    m_window->jobQueue()->setPaused(false);
}

void tst_Kiosk::minimisedWindowReturns()
{
    start();
    QSignalSpy retaken(m_kiosk->windowGuard(), &KioskWindowGuard::retaken);
    m_window->showMinimized();
    QTRY_VERIFY(retaken.count() > 0);
    QTRY_VERIFY(!(m_window->windowState() & Qt::WindowMinimized));
    QVERIFY(m_window->windowState() & Qt::WindowFullScreen);
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->windowFlags() & Qt::WindowStaysOnTopHint);
    // The idle reset takes it back as well.
    const int before = int(retaken.count());
    m_kiosk->resetToCleanState();
    QCOMPARE(retaken.count(), before + 1);
}

void tst_Kiosk::inactiveWindowReturns()
{
    start();
    KioskWindowGuard *guard = m_kiosk->windowGuard();
    guard->setGraceMs(50);
    QSignalSpy retaken(guard, &KioskWindowGuard::retaken);
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // Another window takes the focus and keeps it past the grace period.
    QWidget other;
    other.resize(200, 200);
    other.show();
    other.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&other));
    QTRY_VERIFY(retaken.count() > 0);
    QTRY_VERIFY(m_window->isActiveWindow());
}

void tst_Kiosk::visitorsSeeNoAddressesOrServerErrors()
{
    start();
    m_kiosk->resetToCleanState();
    QTRY_VERIFY(unfinishedJobIds().isEmpty());
    // A picture is made, so the viewer and its details have something to show.
    auto *generate = m_window->findChild<QPushButton *>(u"queueButton"_s);
    QTRY_VERIFY(generate->isEnabled());
    QVERIFY(m_kiosk->generate());
    QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->visitorStatus(), u"Your picture is ready."_s, 20000);
    QTRY_VERIFY(!m_window->findChild<QLabel *>(u"kioskOutputsEmpty"_s)->isVisible()); // the picture is there
    // What the window's status bar and progress line would show.
    m_window->statusBar()->showMessage(u"GET /view failed with HTTP status 404"_s);
    QVERIFY(!m_window->statusBar()->isVisible());
    QCOMPARE(m_window->statusBar()->currentMessage(), QString());
    QVERIFY(!m_window->findChild<QLabel *>(u"progressLabel"_s)->isVisible());
    // The viewer's details (they name the server) cannot be opened.
    for (QWidget *details : m_window->findChildren<QWidget *>(u"viewerDetailsButton"_s))
        QVERIFY(!details->isVisible() && !details->isEnabled());
    // Nothing visible in the window names the server.
    const QString host = m_sim.baseUrl().host() + u':' + QString::number(m_sim.baseUrl().port());
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->isVisibleTo(m_window.get()))
            QVERIFY2(!label->text().contains(host) && !label->text().contains("http"_L1),
                     qPrintable(label->objectName() + u": "_s + label->text()));
    }
    // A picture the server refuses with an HTTP error: the visitor reads a calm line; the
    // error goes to the log.
    m_sim.faults()->failRequests(Sim::FaultInjector::RequestAction::Answer500, u"/prompt"_s);
    m_now += 60'000;
    QVERIFY(m_kiosk->generate());
    QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->visitorStatus(), u"This picture could not be made. Please try again."_s,
                              20000);
    m_sim.faults()->clear();
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->isVisibleTo(m_window.get()))
            QVERIFY2(!label->text().contains("HTTP"_L1) && !label->text().contains("500"_L1),
                     qPrintable(label->objectName() + u": "_s + label->text()));
    }
    // The idle reset clears every line the visitor read.
    m_kiosk->resetToCleanState();
    QCOMPARE(m_kiosk->visitorStatus(), QString());
}

void tst_Kiosk::seedDiceDrawsInsideTheRange()
{
    // The seed editor's "new random seed" draws where the rules allow (the range the
    // model offers in kiosk mode), not the web UI's [0, 2^50) that a seed range refuses.
    SeedEditor editor;
    editor.numberEdit()->setRange(u"100"_s, u"105"_s);
    auto *dice = editor.findChild<QToolButton *>(u"newSeedButton"_s);
    QVERIFY(dice);
    for (int i = 0; i < 50; ++i) {
        dice->click();
        const qint64 seed = editor.numberEdit()->value().toLongLong();
        QVERIFY2(seed >= 100 && seed <= 105, qPrintable(editor.numberEdit()->value()));
    }
    // Above 2^50 and up to 2^64 - 1, exactly.
    editor.numberEdit()->setRange(u"18446744073709551610"_s, u"18446744073709551615"_s);
    dice->click();
    QVERIFY(editor.numberEdit()->value().toULongLong() >= 18446744073709551610ULL);
    // The seed's own spec range: the web UI's.
    editor.numberEdit()->setRange(u"0"_s, u"18446744073709551615"_s);
    dice->click();
    QVERIFY(editor.numberEdit()->value().toULongLong() < (quint64(1) << 50));
}

void tst_Kiosk::workflowWithNothingSimpleReadsAsLabels()
{
    // An approved workflow with none of the inputs the Simple view shows (no prompt, seed,
    // size, model...): the whole list opens, and it reads as the Simple view does. Its
    // values under the nodes' labels; no link rows ("← … #6"), no unconnected socket (the
    // images of Batch Images), no node that has only those, no node ids or class names.
    const QByteArray blend = R"({
        "6": {"class_type": "ImageBatch", "inputs": {}},
        "8": {"class_type": "LatentUpscaleBy", "_meta": {"title": "Upscale"},
              "inputs": {"upscale_method": "nearest-exact", "scale_by": 1.5}},
        "9": {"class_type": "SaveImage", "inputs": {"images": ["6", 0], "filename_prefix": "blend"}}
    })";
    QVERIFY(QDir(m_dir.path()).mkpath(u"approved-blend"_s));
    QVERIFY(!writeFile(u"approved-blend/blend.json"_s, blend).isEmpty());
    m_workflows = m_dir.filePath(u"approved-blend"_s);
    start(0, "[inputs]\n8.scale_by=1..2\n[kiosk]\n");
    QCOMPARE(m_window->editor()->filePath(), m_workflows + u"/blend.json"_s);

    auto *tree = m_window->editor()->findChild<QTreeView *>(u"treeView"_s);
    QVERIFY(tree);
    const QAbstractItemModel *model = tree->model();
    // The server's catalogue names the nodes (and knows them all).
    QTRY_VERIFY(m_window->editor()->document().catalogue() != nullptr);
    QTRY_VERIFY(model->rowCount() > 0);
    QStringList nodes;
    QStringList inputs;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex node = model->index(row, 0);
        nodes << node.data().toString();
        QCOMPARE(model->index(row, 1).data().toString(), QString()); // not "LatentUpscaleBy #8"
        QVERIFY2(!node.data(Qt::ToolTipRole).toString().contains(u"8"_s), qPrintable(node.data(Qt::ToolTipRole).toString()));
        QVERIFY(tree->isExpanded(node));
        for (int child = 0; child < model->rowCount(node); ++child) {
            const QString label = model->index(child, 0, node).data().toString();
            const QString value = model->index(child, 1, node).data().toString();
            inputs << label + u": "_s + value;
            QVERIFY2(!model->index(child, 1, node).data(WorkflowModel::IsLinkRole).toBool(), qPrintable(label));
        }
    }
    // The nodes' titles (the workflow's own, else the server's display name), in the
    // document's order; the inputs' labels as the editor writes them.
    QCOMPARE(nodes, (QStringList{u"Upscale"_s, u"Save Image"_s}));
    // The short labels leave the values their room in the narrow dock.
    QCOMPARE(tree->header()->sectionResizeMode(0), QHeaderView::ResizeToContents);
    const auto row = [](const char *input, const char *value) -> QString {
        return ParameterLabels::inputLabel(QLatin1StringView(input)) + u": "_s + QLatin1StringView(value);
    };
    QCOMPARE(inputs, (QStringList{row("upscale_method", "nearest-exact"), row("scale_by", "1.5"),
                                  row("filename_prefix", "blend")}));
}

QTEST_MAIN(tst_Kiosk)
#include "tst_kiosk.moc"
