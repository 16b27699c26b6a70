// The workspace as a new user meets it, against the simulator: the start page (starters,
// recent files, New from Template), the Help menu, the window-wide shortcuts from several
// focus places (edited and saved), and an accessibility walk of the window and its dialogs
// that fails on any interactive control without an accessible name.
#include "comfyclient.h"
#include "connectiondialog.h"
#include "jobqueue.h"
#include "maskeditor/maskeditordialog.h"
#include "memorysecretstore.h"
#include "outputdetaildialog.h"
#include "outputstore.h"
#include "profilestore.h"
#include "settingssecretstore.h"
#include "mainwindow.h"
#include "queuepanel.h"
#include "settings.h"
#include "settingsdialog.h"
#include "shortcuts.h"
#include "shortcutsdialog.h"
#include "simserver.h"
#include "startpage.h"
#include "sweepdialog.h"
#include "viewer/filmstrip.h"
#include "viewer/imageview.h"
#include "viewer/viewerpane.h"
#include "workfloweditor.h"

#include <QAccessible>
#include <QApplication>
#include <QTemporaryDir>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSpinBox>
#include <QMenu>
#include <QMenuBar>
#include <QScopeGuard>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTextLayout>
#include <QTimer>
#include <QTreeView>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_Workspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startPageOpensAStarter();
    void newFromTemplateAndHelpMenus();
    void shortcutsWorkFromAnywhere();
    void shortcutsAreEditedAndSaved();
    void everyControlHasAName();
    void preferencesSayWhatTheWindowUses();
    void preferencesBoundFinishedJobsLive();
    void docksAroundTheViewer();
    void tabReachesEveryControl();
    void viewerHasRoomAt1366x768();
    void libraryDockAt1366x768();

private:
    QMenu *menu(const QString &objectName) const;
    static QStringList unnamedControls(QWidget *root);
    // The dialogs the walks go through, shown; each is deleted by the caller.
    QList<QDialog *> openDialogs();
    struct TabWalk
    {
        QList<QWidget *> order; // where Tab took the focus, first visit each
        bool cameBack = false;  // Tab from the last one returned to the first: no trap
        QStringList unreached;  // controls that take Tab focus but Tab never reached
    };
    static TabWalk walkTabs(QWidget *window, QWidget *start);
    QTemporaryDir m_dialogDir;
    std::unique_ptr<QSettings> m_profileSettings;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<SettingsSecretStore> m_plainSecrets;
    std::unique_ptr<ProfileStore> m_profiles;

    Sim::SimServer m_sim;
    std::unique_ptr<MainWindow> m_window;
};

void tst_Workspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sim.setStepMs(5);
    QVERIFY(m_sim.listen(QHostAddress::LocalHost, 0) != 0);
}

void tst_Workspace::init()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QSettings().clear();
    m_window = std::make_unique<MainWindow>(m_sim.baseUrl(), QDir::tempPath() + u"/easel-workspace-test"_s);
    m_window->resize(1280, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_Workspace::cleanup()
{
    if (m_window) {
        m_window->jobQueue()->setPaused(true);
        m_window->editor()->closeDocument();
    }
    m_window.reset();
}

void tst_Workspace::libraryDockAt1366x768()
{
    // View › Library Dock on a 1366 px window: a fourth column would leave the picture a
    // strip (and push the window past the screen); the library shares the queue's place
    // as a tab instead, and the window keeps its width.
    MainWindow *w = m_window.get();
    w->resize(1366, 728);
    w->findChild<QAction *>(u"actionResetLayout"_s)->trigger();
    QTRY_COMPARE(w->width(), 1366);
    auto *library = w->findChild<QDockWidget *>(u"libraryDock"_s);
    auto *queue = w->findChild<QDockWidget *>(u"queueDock"_s);
    QVERIFY(library && queue && library->isHidden());
    library->toggleViewAction()->trigger();
    QTRY_VERIFY(library->isVisible());
    QVERIFY(w->tabifiedDockWidgets(library).contains(queue));
    QVERIFY2(w->width() <= 1366, qPrintable(QString::number(w->width())));
    QTRY_VERIFY2(w->viewer()->imageView()->width() >= w->width() / 3,
                 qPrintable(u"viewer %1 of %2"_s.arg(w->viewer()->imageView()->width()).arg(w->width())));
    // Its filters fit the dock's width: nothing of the gallery is pushed out of it.
    QVERIFY2(library->widget()->minimumSizeHint().width() <= library->width(),
             qPrintable(u"%1 > %2"_s.arg(library->widget()->minimumSizeHint().width()).arg(library->width())));
    library->toggleViewAction()->trigger(); // back as it was for the next test
}

QMenu *tst_Workspace::menu(const QString &objectName) const
{
    return m_window->findChild<QMenu *>(objectName);
}

void tst_Workspace::startPageOpensAStarter()
{
    auto *stack = m_window->findChild<QStackedWidget *>(u"editorStack"_s);
    QVERIFY(stack);
    StartPage *start = m_window->startPage();
    QCOMPARE(stack->currentWidget(), start);
    QListWidget *starters = start->starterList();
    QCOMPARE(starters->count(), int(StartPage::shippedStarters().size()));
    QVERIFY(starters->count() >= 5);
    QVERIFY(starters->item(0)->text().startsWith(u"Text to image (SD 1.5)"_s));
    // The drop box's list of file endings is never split over two lines, at any width
    // (at 1920 it wrapped as "(.png," and ".webp)").
    auto *drop = start->findChild<QLabel *>(u"dropZone"_s);
    QVERIFY(drop && drop->text().contains(u".webp"_s));
    for (int width = 60; width <= 900; width += 2) {
        QTextLayout layout(drop->text(), drop->font());
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            const QString shown = drop->text().mid(line.textStart(), line.textLength()).trimmed();
            QVERIFY2(!shown.endsWith(u".png,"_s), qPrintable(u"%1 px: %2"_s.arg(width).arg(shown)));
        }
        layout.endLayout();
    }
    // The simulator lists checkpoints: no "no models" notice once the catalogue is in.
    QTRY_VERIFY(m_window->editor()->document().isNull());
    QTRY_VERIFY(!start->modelNotice()->isVisible() && m_window->findChild<QAction *>(u"actionQueueFront"_s));
    QTest::mouseClick(starters->viewport(), Qt::LeftButton, {}, starters->visualItemRect(starters->item(0)).center());
    QTRY_VERIFY(m_window->editor()->hasDocument());
    QCOMPARE(stack->currentWidget(), m_window->editor());
    QVERIFY(m_window->windowTitle().startsWith(u"Text to image (SD 1.5)"_s));
    QCOMPARE(m_window->editor()->model()->labels().label(u"6"_s, u"text"_s), u"Positive prompt"_s);
    // Its seed changes after each queue, as in the web UI's default workflow (queued twice,
    // two pictures): the starter's mode reaches the editor's document (once the catalogue
    // says the seed has one).
    QTRY_COMPARE(m_window->editor()->document().controlMode(u"3"_s, u"seed"_s), u"randomize"_s);
    // Closing the document brings the start page back.
    m_window->editor()->closeDocument();
    QTRY_COMPARE(stack->currentWidget(), start);
    // A server without models: the start page says what to do.
    start->setServerModels(0);
    QVERIFY(start->modelNotice()->isVisible());
    QVERIFY(start->modelNotice()->text().contains(u"models/checkpoints"_s));
}

void tst_Workspace::newFromTemplateAndHelpMenus()
{
    QMenu *templates = menu(u"menuNewFromTemplate"_s);
    QVERIFY(templates);
    QCOMPARE(templates->actions().size(), StartPage::shippedStarters().size());
    QMenu *help = menu(u"menuHelp"_s);
    QVERIFY(help);
    QStringList names;
    for (QAction *action : help->actions())
        names << action->objectName();
    for (const QString &name : {u"actionKeyboardShortcuts"_s, u"actionDocumentation"_s, u"actionAbout"_s})
        QVERIFY2(names.contains(name), qPrintable(name));
    // The menus show the keys: Queue says Ctrl+Return.
    auto *queue = m_window->findChild<QAction *>(u"actionQueue"_s);
    QCOMPARE(queue->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
    auto *front = m_window->findChild<QAction *>(u"actionQueueFront"_s);
    QCOMPARE(front->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    templates->actions().constLast()->trigger(); // the no-model starter
    QTRY_VERIFY(m_window->editor()->hasDocument());
    QCOMPARE(m_window->editor()->displayName(), u"Check the server (no model)"_s);
}

void tst_Workspace::shortcutsWorkFromAnywhere()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    JobQueue *queue = m_window->jobQueue();
    queue->setPaused(true); // the jobs stay in the list, in order
    m_window->findChild<QMenu *>(u"menuNewFromTemplate"_s)->actions().constLast()->trigger();
    QTRY_VERIFY(m_window->editor()->hasDocument());
    // From the editor's filter box, from the queue list, from the tree.
    auto *filter = m_window->editor()->findChild<QLineEdit *>(u"filterEdit"_s);
    auto *queueView = m_window->findChild<QueuePanel *>()->view();
    auto *tree = m_window->editor()->findChild<QTreeView *>(u"treeView"_s);
    QVERIFY(filter && queueView && tree);
    int jobs = queue->jobCount();
    for (QWidget *place : std::initializer_list<QWidget *>{filter, queueView, tree}) {
        place->setFocus();
        QTest::keyClick(place, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(queue->jobCount(), jobs + 1);
        ++jobs;
    }
    // Ctrl+Shift+Enter: at the front of the waiting jobs (all of them wait: paused).
    const QStringList before = queue->jobIds();
    QTest::keyClick(queueView, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(queue->jobCount(), jobs + 1);
    QVERIFY(!before.contains(queue->jobIds().constFirst()));
    QCOMPARE(queue->jobIds().mid(1), before);
    // Ctrl+F from the queue list: the editor's filter box.
    queueView->setFocus();
    QTest::keyClick(queueView, Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), filter);
}

void tst_Workspace::shortcutsAreEditedAndSaved()
{
    Shortcuts *shortcuts = m_window->shortcuts();
    auto owned = std::make_unique<ShortcutsDialog>(shortcuts, m_window.get());
    ShortcutsDialog &dialog = *owned;
    QTableWidget *table = dialog.table();
    int queueRow = -1;
    int saveRow = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == "Queue"_L1)
            queueRow = row;
        if (table->item(row, 0)->text() == "Save"_L1)
            saveRow = row;
    }
    QVERIFY(queueRow >= 0 && saveRow >= 0);
    // A key another command has is refused.
    QVERIFY(!dialog.setRowKeys(queueRow, QKeySequence(QKeySequence::Save)));
    QVERIFY(dialog.setRowKeys(queueRow, QKeySequence(Qt::Key_F9)));
    dialog.apply();
    auto *queue = m_window->findChild<QAction *>(u"actionQueue"_s);
    QCOMPARE(queue->shortcut(), QKeySequence(Qt::Key_F9));
    QCOMPARE(QSettings().value(u"shortcuts/queue"_s).toString(), u"F9"_s);
    // A new window reads it back.
    owned.reset();
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_sim.baseUrl(), QDir::tempPath() + u"/easel-workspace-test"_s);
    QCOMPARE(m_window->findChild<QAction *>(u"actionQueue"_s)->shortcut(), QKeySequence(Qt::Key_F9));
    m_window->shortcuts()->resetToDefaults();
    QCOMPARE(m_window->findChild<QAction *>(u"actionQueue"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
    QVERIFY(!QSettings().contains(u"shortcuts/queue"_s));
}

// Interactive controls with no accessible name, as "class objectName (role)".
QStringList tst_Workspace::unnamedControls(QWidget *root)
{
    static const QSet<QAccessible::Role> interactive{
        QAccessible::PushButton, QAccessible::CheckBox,  QAccessible::RadioButton, QAccessible::ComboBox,
        QAccessible::EditableText, QAccessible::SpinBox, QAccessible::Slider,      QAccessible::List,
        QAccessible::Tree,       QAccessible::Table,     QAccessible::PageTab,     QAccessible::ButtonMenu,
        QAccessible::ButtonDropDown, QAccessible::ProgressBar};
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        if (!iface || !interactive.contains(iface->role()))
            continue;
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << u"%1 %2 (role %3)"_s.arg(QString::fromLatin1(widget->metaObject()->className()),
                                                widget->objectName())
                           .arg(int(iface->role()));
    }
    return unnamed;
}

void tst_Workspace::everyControlHasAName()
{
    // The window with the start page, then with a workflow open.
    QStringList unnamed = unnamedControls(m_window.get());
    m_window->findChild<QMenu *>(u"menuNewFromTemplate"_s)->actions().constFirst()->trigger();
    QTRY_VERIFY(m_window->editor()->hasDocument());
    unnamed += unnamedControls(m_window.get());
    // The dialogs: Variations, Shortcuts, Preferences, Connections, an output's details,
    // the mask editor.
    const QList<QDialog *> dialogs = openDialogs();
    for (QDialog *dialog : dialogs) {
        unnamed += unnamedControls(dialog);
        delete dialog;
    }
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
}

// The window runs on the simulator and a folder given as --server/--out would give them;
// Preferences, which holds the defaults for the next start, says so.
void tst_Workspace::preferencesSayWhatTheWindowUses()
{
    QString note;
    QTimer::singleShot(0, this, [&note] {
        QTRY_VERIFY(qobject_cast<SettingsDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        note = dialog->runningNote();
        dialog->reject();
    });
    m_window->findChild<QAction *>(u"actionPreferences"_s)->trigger();
    QVERIFY2(note.contains(m_sim.baseUrl().toString().toHtmlEscaped()), qPrintable(note));
    QVERIFY2(note.contains(u"easel-workspace-test"_s), qPrintable(note));
    // Nothing to say when the window runs on what the settings hold.
    Settings settings;
    SettingsDialog same(&settings);
    same.setRunning(settings.serverUrl().toString(), settings.effectiveOutputDirectory());
    QCOMPARE(same.runningNote(), QString());
}

// Preferences › Queue: how many finished jobs the queue keeps. Apply bounds the window's
// queue at once (older finished jobs leave it), and 0 (All) keeps every one from then on.
void tst_Workspace::preferencesBoundFinishedJobsLive()
{
    JobQueue *queue = m_window->jobQueue();
    QCOMPARE(queue->keepFinished(), Settings().keepFinishedJobs());
    m_window->findChild<QMenu *>(u"menuNewFromTemplate"_s)->actions().constLast()->trigger();
    QTRY_VERIFY(m_window->editor()->hasDocument());
    QTRY_VERIFY(m_window->findChild<QAction *>(u"actionQueue"_s)->isEnabled());
    const int before = queue->jobCount();
    for (int i = 0; i < 3; ++i)
        m_window->findChild<QAction *>(u"actionQueue"_s)->trigger();
    QTRY_COMPARE(queue->jobCount(), before + 3);
    const auto finished = [queue] {
        int count = 0;
        for (const QString &id : queue->jobIds())
            count += queue->job(id) && queue->job(id)->isFinished() ? 1 : 0;
        return count;
    };
    QTRY_COMPARE_WITH_TIMEOUT(finished(), before + 3, 15000);
    QVERIFY(finished() >= 3);

    // Opened from the menu, as the artist does; Apply first (the dialog stays), then OK.
    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<SettingsDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        // A failed check returns early: the dialog must not stay open (exec would not return).
        const auto close = qScopeGuard([&] {
            if (!checked)
                dialog->reject();
        });
        auto *spin = dialog->findChild<QSpinBox *>(u"keepFinishedSpin"_s);
        auto *buttons = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s);
        QVERIFY(spin && buttons);
        QCOMPARE(spin->value(), queue->keepFinished());
        QVERIFY(!spin->toolTip().isEmpty());
        QCOMPARE(spin->minimum(), 0);
        QCOMPARE(spin->specialValueText(), u"All"_s);
        spin->setValue(1);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(queue->keepFinished(), 1);
        QTRY_COMPARE(finished(), 1); // the newest finished job stays
        QCOMPARE(queue->jobCount(), 1);
        spin->setValue(0);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        checked = true;
    });
    m_window->findChild<QAction *>(u"actionPreferences"_s)->trigger();
    QVERIFY(checked);
    QCOMPARE(queue->keepFinished(), 0);
    QCOMPARE(Settings().keepFinishedJobs(), 0);
    // All: two more finished jobs are all kept.
    m_window->findChild<QAction *>(u"actionQueue"_s)->trigger();
    m_window->findChild<QAction *>(u"actionQueue"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished(), 3, 15000);
    QCOMPARE(queue->jobCount(), 3);
    Settings().setKeepFinishedJobs(500);
}

// The viewer at the centre and every other pane a dock around it: where they are by
// default, toggled from the View menu, put back by Reset Layout, remembered by the next
// window, and a layout saved by an older version ignored rather than half-applied.
void tst_Workspace::docksAroundTheViewer()
{
    MainWindow *w = m_window.get();
    const auto dock = [&w](const char *name) { return w->findChild<QDockWidget *>(QLatin1StringView(name)); };
    QVERIFY(w->centralWidget()->isAncestorOf(w->viewer()));
    const char *names[] = {"editorDock", "queueDock", "filmstripDock", "logDock", "libraryDock", "serversDock"};
    QMenu *view = menu(u"menuView"_s);
    for (const char *name : names) {
        QVERIFY2(dock(name), name);
        QVERIFY2(view->actions().contains(dock(name)->toggleViewAction()), name);
    }
    const auto isDefault = [&] {
        QVERIFY(dock("editorDock")->isAncestorOf(w->editor()));
        QVERIFY(dock("filmstripDock")->isAncestorOf(w->viewer()->filmstrip()));
        QCOMPARE(w->dockWidgetArea(dock("editorDock")), Qt::LeftDockWidgetArea);
        QCOMPARE(w->dockWidgetArea(dock("queueDock")), Qt::RightDockWidgetArea);
        QCOMPARE(w->dockWidgetArea(dock("filmstripDock")), Qt::BottomDockWidgetArea);
        for (const char *name : {"editorDock", "queueDock", "filmstripDock"}) {
            QVERIFY2(dock(name)->isVisible(), name);
            QVERIFY2(!dock(name)->isFloating(), name);
        }
        for (const char *name : {"logDock", "libraryDock", "serversDock"})
            QVERIFY2(dock(name)->isHidden(), name);
        // The editor and the queue keep the full height: the bottom area is under the viewer.
        QTRY_VERIFY(dock("filmstripDock")->geometry().left() >= dock("editorDock")->geometry().right());
        QTRY_VERIFY(dock("filmstripDock")->geometry().right() <= dock("queueDock")->geometry().left());
    };
    isDefault();
    if (QTest::currentTestFailed())
        return;

    // Rearranged: the log shown, the queue moved to the bottom, the filmstrip closed.
    dock("logDock")->toggleViewAction()->trigger();
    QVERIFY(dock("logDock")->isVisible());
    w->addDockWidget(Qt::BottomDockWidgetArea, dock("queueDock"));
    dock("filmstripDock")->toggleViewAction()->trigger();
    QVERIFY(dock("filmstripDock")->isHidden());
    auto *reset = w->findChild<QAction *>(u"actionResetLayout"_s);
    QVERIFY(reset && view->actions().contains(reset));
    QVERIFY(w->close()); // saves the layout, as quitting does

    // The next window comes back as it was left.
    m_window = std::make_unique<MainWindow>(m_sim.baseUrl(), QDir::tempPath() + u"/easel-workspace-test"_s);
    w = m_window.get();
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QCOMPARE(w->dockWidgetArea(dock("queueDock")), Qt::BottomDockWidgetArea);
    QVERIFY(dock("logDock")->isVisible());
    QVERIFY(dock("filmstripDock")->isHidden());

    // View › Reset Layout.
    w->findChild<QAction *>(u"actionResetLayout"_s)->trigger();
    isDefault();
    if (QTest::currentTestFailed())
        return;

    // A state written by the layout before the docks (version 1) is refused whole: the
    // defaults apply, not a mix in which the queue or the editor is missing.
    w->addDockWidget(Qt::BottomDockWidgetArea, dock("queueDock"));
    {
        Settings settings;
        settings.setWindowGeometry(w->saveGeometry());
        settings.setWindowState(w->saveState(1));
    }
    m_window = std::make_unique<MainWindow>(m_sim.baseUrl(), QDir::tempPath() + u"/easel-workspace-test"_s);
    w = m_window.get();
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    isDefault();
}

// A 1366×768 laptop (less its panel): the picture gets most of the height, not a strip
// between a log and an empty filmstrip; the empty filmstrip stays a low strip.
void tst_Workspace::viewerHasRoomAt1366x768()
{
    MainWindow *w = m_window.get();
    w->resize(1366, 728);
    w->findChild<QAction *>(u"actionResetLayout"_s)->trigger();
    QTRY_COMPARE(w->height(), 728);
    QTRY_VERIFY(w->viewer()->imageView()->height() >= 728 / 2 + 64);
    const auto width = [w](const char *name) { return w->findChild<QWidget *>(QLatin1StringView(name))->width(); };
    QVERIFY2(w->viewer()->imageView()->width() >= 560,
             qPrintable(u"viewer %1, editor %2, queue %3"_s.arg(w->viewer()->imageView()->width())
                            .arg(width("editorDock"))
                            .arg(width("queueDock"))));
    auto *filmstrip = w->findChild<QDockWidget *>(u"filmstripDock"_s);
    QVERIFY(filmstrip->height() <= 160);
    // The queue beside it reads without scrolling: the job's name and its state, the
    // columns that repeat the name set aside until the dock is widened.
    auto *queue = w->findChild<QueuePanel *>();
    QVERIFY(queue->view()->isColumnHidden(JobQueue::ChangesColumn));
    QVERIFY(!queue->view()->isColumnHidden(JobQueue::StateColumn));
    QVERIFY2(queue->view()->columnWidth(JobQueue::JobColumn) >= 120,
             qPrintable(QString::number(queue->view()->columnWidth(JobQueue::JobColumn))));
    w->resize(1920, 1040);
    QTRY_COMPARE(w->width(), 1920);
    w->resizeDocks({w->findChild<QDockWidget *>(u"queueDock"_s)}, {640}, Qt::Horizontal);
    QTRY_VERIFY2(!queue->view()->isColumnHidden(JobQueue::ChangesColumn), qPrintable(QString::number(queue->width())));
}

QList<QDialog *> tst_Workspace::openDialogs()
{
    QList<QDialog *> dialogs;
    MainWindow *w = m_window.get();
    dialogs.append(new SweepDialog(w->editor()->apiPromptJson(), w));
    dialogs.append(new ShortcutsDialog(w->shortcuts(), w));
    static Settings settings;
    dialogs.append(new SettingsDialog(&settings, w));
    if (!m_profiles) {
        m_profileSettings = std::make_unique<QSettings>(m_dialogDir.filePath(u"profiles.ini"_s), QSettings::IniFormat);
        m_keychain = std::make_unique<MemorySecretStore>();
        m_plainSecrets = std::make_unique<SettingsSecretStore>(m_profileSettings.get());
        m_profiles = std::make_unique<ProfileStore>(m_profileSettings.get(), m_keychain.get(), m_plainSecrets.get());
    }
    dialogs.append(new ConnectionDialog(m_profiles.get(), w));
    if (auto *store = w->findChild<OutputStore *>())
        dialogs.append(new OutputDetailDialog(store->libraryDirectory(), store->databasePath(), 1, w));
    auto *client = w->findChild<ComfyClient *>();
    if (client)
        dialogs.append(new MaskEditorDialog(client, u"example.png"_s, w));
    for (QDialog *dialog : std::as_const(dialogs))
        dialog->show();
    return dialogs;
}

tst_Workspace::TabWalk tst_Workspace::walkTabs(QWidget *window, QWidget *start)
{
    // The window's own focus widget is followed (QWidget::focusWidget), so a dialog over
    // the main window is walked the same whether or not the platform made it active.
    TabWalk walk;
    window->activateWindow();
    if (start)
        start->setFocus(Qt::TabFocusReason);
    QWidget *first = window->focusWidget();
    if (!first) {
        walk.unreached << u"(no focus in the window)"_s;
        return walk;
    }
    walk.order.append(first);
    for (int step = 0; step < 300; ++step) {
        QTest::keyClick(window->focusWidget(), Qt::Key_Tab);
        QWidget *now = window->focusWidget();
        if (!now)
            break;
        if (now == first) {
            walk.cameBack = true;
            break;
        }
        if (!walk.order.contains(now))
            walk.order.append(now);
    }
    // Every visible, enabled control that takes Tab focus was reached (itself, its focus
    // proxy, or a part of it such as a spin box's line edit).
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(window) || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus)
            || widget->focusProxy() || widget->window() != window)
            continue;
        const bool reached = std::any_of(walk.order.cbegin(), walk.order.cend(), [widget](QWidget *focus) {
            return focus == widget || widget->isAncestorOf(focus) || focus->isAncestorOf(widget)
                   || focus->focusProxy() == widget;
        });
        if (!reached)
            walk.unreached << u"%1 %2"_s.arg(QString::fromLatin1(widget->metaObject()->className()),
                                             widget->objectName());
    }
    return walk;
}

// Keyboard users reach every control of the window and of each dialog with Tab, and Tab
// goes round rather than getting stuck in one (a text box that takes Tab as a character,
// a table that walks its cells); in the window the editor's controls come in reading
// order: find, the tree, then how many runs and Queue.
void tst_Workspace::tabReachesEveryControl()
{
    MainWindow *w = m_window.get();
    m_window->findChild<QMenu *>(u"menuNewFromTemplate"_s)->actions().constFirst()->trigger();
    QTRY_VERIFY(w->editor()->hasDocument());
    auto *find = w->editor()->findChild<QWidget *>(u"filterEdit"_s);
    QVERIFY(find);
    TabWalk walk = walkTabs(w, find);
    QVERIFY2(walk.cameBack, "Tab does not come back round in the main window");
    QVERIFY2(walk.unreached.isEmpty(), qPrintable(walk.unreached.join(u'\n')));
    const auto at = [&walk, w](const char *name) {
        QWidget *widget = w->findChild<QWidget *>(QLatin1StringView(name));
        for (int i = 0; i < walk.order.size(); ++i) {
            if (walk.order.at(i) == widget || (widget && widget->isAncestorOf(walk.order.at(i))))
                return i;
        }
        return -1;
    };
    QVERIFY(at("treeView") > at("filterEdit"));
    QVERIFY(at("countSpin") > at("treeView"));
    QVERIFY(at("sweepButton") > at("countSpin"));
    QVERIFY(at("queueButton") > at("sweepButton"));

    const QList<QDialog *> dialogs = openDialogs();
    for (QDialog *dialog : dialogs)
        dialog->hide();
    QStringList problems;
    for (QDialog *dialog : dialogs) {
        dialog->show(); // one at a time, so each is the active window
        if (auto *seeds = dialog->findChild<QComboBox *>(u"seedModeCombo"_s))
            seeds->setCurrentIndex(1); // seeds counting up: the first seed and the count are in use
        // Where the dialog puts the focus, else the first control of its focus chain.
        QWidget *start = dialog->focusWidget();
        for (QWidget *next = dialog->nextInFocusChain(); !start && next != dialog; next = next->nextInFocusChain()) {
            if (next->isVisibleTo(dialog) && next->isEnabled() && (next->focusPolicy() & Qt::TabFocus))
                start = next;
        }
        const TabWalk dialogWalk = walkTabs(dialog, start);
        if (!dialogWalk.cameBack) {
            QStringList order;
            for (QWidget *widget : dialogWalk.order)
                order << QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
            problems << u"%1: Tab does not come back round (%2)"_s.arg(
                QString::fromLatin1(dialog->metaObject()->className()), order.join(u", "_s));
        }
        // Within a row, Tab goes as the row reads (the sweep's first seed before its count).
        if (auto *firstSeed = dialog->findChild<QWidget *>(u"seedStartEdit"_s)) {
            const auto index = [&dialogWalk](QWidget *widget) {
                for (int i = 0; i < dialogWalk.order.size(); ++i) {
                    if (dialogWalk.order.at(i) == widget || widget->isAncestorOf(dialogWalk.order.at(i)))
                        return i;
                }
                return -1;
            };
            if (!(index(firstSeed) >= 0 && index(firstSeed) < index(dialog->findChild<QWidget *>(u"seedCountSpin"_s))))
                problems << u"SweepDialog: Tab reaches the seed count before the first seed"_s;
        }
        for (const QString &control : dialogWalk.unreached)
            problems << u"%1: %2 not reached"_s.arg(QString::fromLatin1(dialog->metaObject()->className()), control);
        delete dialog;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(tst_Workspace)
#include "tst_workspace.moc"
