// Preferences, themes and languages: settings round-trip through QSettings, the theme and
// the language switch at run time, and the translated strings reach open windows.
#include "bartextcontrast.h"
#include "queuepanel.h"
#include "viewer/imageview.h"
#include "settings.h"
#include "settingsdialog.h"
#include "theme.h"
#include "translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QProxyStyle>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTest>
#include <QScopeGuard>
#include <QTimer>
#include <QTreeWidget>
#include <QListWidget>

using namespace Qt::StringLiterals;
using Easel::Settings;
using Easel::ThemeChoice;

class tst_Settings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void defaultsAndTestPaths();
    void roundTrip();
    void badValuesReadAsDefaults();
    void windowLayoutRoundTrip();
    void themeSwitch();
    void darkCheckBoxesCanBeSeen();
    void selectionIsReadable_data();
    void selectionIsReadable();
    void emptyStatesAreReadable_data();
    void emptyStatesAreReadable();
    void everyIconResolves();
    void languageSwitch_data();
    void languageSwitch();
    void dialogAppliesThemeAndLanguage();

private:
    QTemporaryDir m_dir;
};

void tst_Settings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"EaselTest"_s);
    QCoreApplication::setApplicationName(u"tst_settings"_s);
    QVERIFY(m_dir.isValid());
    Easel::Theme::installIcons();
}

void tst_Settings::cleanup()
{
    Easel::Translations::setLanguage(u"en"_s);
    Easel::Theme::apply(ThemeChoice::System);
}

void tst_Settings::defaultsAndTestPaths()
{
    Settings settings;
    // Test mode keeps the real ~/.config untouched.
    QVERIFY2(settings.fileName().contains(u".qttest"_s), qPrintable(settings.fileName()));
    Settings fresh(m_dir.filePath(u"defaults.ini"_s));
    QCOMPARE(fresh.serverUrl(), QUrl(u"http://127.0.0.1:8188"_s));
    QCOMPARE(fresh.theme(), ThemeChoice::System);
    QCOMPARE(fresh.language(), QString());
    QVERIFY(fresh.singleInstance());
    QVERIFY(fresh.outputDirectory().isEmpty());
    QCOMPARE(fresh.keepFinishedJobs(), 500);
    QVERIFY(fresh.effectiveOutputDirectory().endsWith(u"/Easel"_s)
            || fresh.effectiveOutputDirectory().endsWith(u"/outputs"_s));
}

void tst_Settings::roundTrip()
{
    const QString file = m_dir.filePath(u"roundtrip.ini"_s);
    {
        Settings settings(file);
        settings.setServerUrl(QUrl(u"https://gpu.example:8443/comfy"_s));
        settings.setOutputDirectory(m_dir.filePath(u"out"_s));
        settings.setTheme(ThemeChoice::Dark);
        settings.setLanguage(u"ja"_s);
        settings.setSingleInstance(false);
        settings.setLastWorkflowDirectory(u"/tmp/workflows"_s);
        settings.setKeepFinishedJobs(0);
        settings.sync();
    }
    Settings settings(file);
    QCOMPARE(settings.serverUrl(), QUrl(u"https://gpu.example:8443/comfy"_s));
    QCOMPARE(settings.outputDirectory(), m_dir.filePath(u"out"_s));
    QCOMPARE(settings.effectiveOutputDirectory(), m_dir.filePath(u"out"_s));
    QCOMPARE(settings.theme(), ThemeChoice::Dark);
    QCOMPARE(settings.language(), u"ja"_s);
    QVERIFY(!settings.singleInstance());
    QCOMPARE(settings.lastWorkflowDirectory(), u"/tmp/workflows"_s);
    QCOMPARE(settings.keepFinishedJobs(), 0);

    // Back to the defaults removes the keys.
    settings.setLanguage(QString());
    settings.setServerUrl(Settings::defaultServerUrl());
    settings.setOutputDirectory(QString());
    QCOMPARE(settings.language(), QString());
    QCOMPARE(settings.serverUrl(), Settings::defaultServerUrl());
    QVERIFY(settings.outputDirectory().isEmpty());
}

void tst_Settings::badValuesReadAsDefaults()
{
    const QString file = m_dir.filePath(u"bad.ini"_s);
    {
        QFile ini(file);
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[appearance]\ntheme=purple\n[connection]\nserverUrl=ftp://nope\n"
                  "[behaviour]\nsingleInstance=maybe\n[queue]\nkeepFinishedJobs=-3\n");
    }
    Settings settings(file);
    QCOMPARE(settings.theme(), ThemeChoice::System);
    QCOMPARE(settings.serverUrl(), Settings::defaultServerUrl());
    QCOMPARE(settings.keepFinishedJobs(), 500);
}

void tst_Settings::windowLayoutRoundTrip()
{
    const QString file = m_dir.filePath(u"layout.ini"_s);
    QByteArray splitterState;
    {
        QMainWindow window;
        auto *splitter = new QSplitter(&window);
        splitter->setObjectName(u"mainSplitter"_s);
        splitter->addWidget(new QLabel(u"left"_s));
        splitter->addWidget(new QLabel(u"right"_s));
        window.setCentralWidget(splitter);
        window.resize(700, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        splitter->setSizes({100, 580});
        splitterState = splitter->saveState();
        Settings settings(file);
        QVERIFY(!settings.restoreWindowLayout(&window)); // nothing saved yet
        settings.saveWindowLayout(&window);
        settings.sync();
    }
    QMainWindow window;
    auto *splitter = new QSplitter(&window);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(new QLabel(u"left"_s));
    splitter->addWidget(new QLabel(u"right"_s));
    window.setCentralWidget(splitter);
    Settings settings(file);
    QVERIFY(settings.restoreWindowLayout(&window));
    QCOMPARE(window.size(), QSize(700, 500));
    QCOMPARE(splitter->saveState(), splitterState);
}

void tst_Settings::themeSwitch()
{
    const QString systemStyle = QApplication::style()->name();
    Easel::Theme::apply(ThemeChoice::Dark);
    QCOMPARE(Easel::Theme::current(), ThemeChoice::Dark);
    auto *proxy = qobject_cast<QProxyStyle *>(QApplication::style());
    QVERIFY(proxy);
    QCOMPARE(proxy->baseStyle()->name(), u"fusion"_s);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 200);

    // Open widgets follow at once.
    QLabel label(u"text"_s);
    label.show();
    QVERIFY(QTest::qWaitForWindowExposed(&label));
    Easel::Theme::apply(ThemeChoice::Light);
    QTRY_VERIFY(label.palette().color(QPalette::Window).lightness() > 200);
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() < 80);
    Easel::Theme::apply(ThemeChoice::Dark);
    QTRY_VERIFY(label.palette().color(QPalette::Window).lightness() < 80);

    Easel::Theme::apply(ThemeChoice::System);
    QCOMPARE(QApplication::style()->name(), systemStyle);
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             QApplication::style()->standardPalette().color(QPalette::Window));
}

// An unchecked box in the dark theme: Fusion framed it in the window colour darkened
// (a frame 9 levels from the window, around a box darker still), so the gallery's
// "Favourites" read as a dark hole. Its frame now stands out from the window around it.
void tst_Settings::darkCheckBoxesCanBeSeen()
{
    Easel::Theme::apply(ThemeChoice::Dark);
    QCheckBox box(u"Favourites"_s);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    QStyleOptionButton option;
    option.initFrom(&box);
    const QRect indicator = box.style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
    QVERIFY(indicator.width() > 4);
    const QImage image = box.grab().toImage();
    const int window = box.palette().color(QPalette::Window).lightness();
    // The frame's left edge, halfway down, against the window's lightness.
    const QColor frame = image.pixelColor(indicator.left(), indicator.center().y());
    QVERIFY2(frame.lightness() - window >= 30,
             qPrintable(u"frame %1, window %2"_s.arg(frame.lightness()).arg(window)));
    Easel::Theme::apply(ThemeChoice::System);
}

namespace {
// WCAG 2's contrast ratio, from the relative luminance the bars' text is chosen by.
double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = Easel::BarTextContrast::relativeLuminance(a);
    const double lb = Easel::BarTextContrast::relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

void tst_Settings::selectionIsReadable_data()
{
    QTest::addColumn<ThemeChoice>("theme");
    QTest::newRow("light") << ThemeChoice::Light;
    QTest::newRow("dark") << ThemeChoice::Dark;
}

// Selected rows (the library, the queue, lists, menus, selected text) are the palette's
// HighlightedText on its Highlight: WCAG AA's 4.5:1 at least, in every colour group. The
// light theme's white on #308cc6 was 3.7:1, the dark one's on #3d8ed8 3.5:1. A list and
// a tree drawn by the theme's style show it: the most contrasting pixel of the selected
// row's text against its fill.
void tst_Settings::selectionIsReadable()
{
    QFETCH(ThemeChoice, theme);
    const QPalette palette = theme == ThemeChoice::Light ? Easel::Theme::lightPalette() : Easel::Theme::darkPalette();
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const double ratio = contrastRatio(palette.color(group, QPalette::Highlight),
                                           palette.color(group, QPalette::HighlightedText));
        QVERIFY2(ratio >= 4.5, qPrintable(u"group %1: %2:1"_s.arg(int(group)).arg(ratio, 0, 'f', 2)));
    }

    Easel::Theme::apply(theme);
    const auto restore = qScopeGuard([] { Easel::Theme::apply(ThemeChoice::System); });
    QListWidget list;
    list.addItems({u"portrait_00001_.png"_s, u"portrait_00002_.png"_s, u"portrait_00003_.png"_s});
    QTreeWidget tree;
    tree.setHeaderLabels({u"Job"_s});
    for (const QString &name : {u"Batch 1 · 1/3"_s, u"Batch 1 · 2/3"_s})
        tree.addTopLevelItem(new QTreeWidgetItem(QStringList{name}));
    for (QAbstractItemView *view : {static_cast<QAbstractItemView *>(&list), static_cast<QAbstractItemView *>(&tree)}) {
        view->resize(320, 200);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view));
        const QModelIndex selected = view->model()->index(1, 0);
        view->selectionModel()->select(selected, QItemSelectionModel::ClearAndSelect);
        const QRect row = view->visualRect(selected);
        const QImage image = view->viewport()->grab().toImage();
        // The fill is the row's most common colour; the text's most contrasting pixel
        // (a glyph's core) against it.
        QHash<QRgb, int> counts;
        for (int y = row.top(); y <= row.bottom(); ++y) {
            for (int x = row.left(); x <= row.right(); ++x)
                ++counts[image.pixel(x, y)];
        }
        QVERIFY(!counts.isEmpty());
        const QColor fill = QColor::fromRgb(
            std::max_element(counts.cbegin(), counts.cend(), [](int a, int b) { return a < b; }).key());
        QVERIFY2(fill == view->palette().color(QPalette::Highlight) || fill == palette.color(QPalette::Inactive, QPalette::Highlight),
                 qPrintable(fill.name()));
        double best = 0;
        for (int y = row.top(); y <= row.bottom(); ++y) {
            for (int x = row.left(); x <= row.right(); ++x)
                best = std::max(best, contrastRatio(fill, image.pixelColor(x, y)));
        }
        QVERIFY2(best >= 4.5, qPrintable(u"%1: text on %2 at %3:1"_s.arg(QString::fromLatin1(view->metaObject()->className()),
                                                                            fill.name())
                                             .arg(best, 0, 'f', 2)));
        view->hide();
    }
}

void tst_Settings::emptyStatesAreReadable_data()
{
    selectionIsReadable_data();
}

// What an empty view says ("Jobs you queue appear here", "Queue a workflow: …") and what a
// field's placeholder asks for are read, not guessed: 4.5:1 at least on the lists' base and
// on the window (the light theme's #808080 was 3.9 and 3.4:1). The viewer's own words over
// its grey backdrop were #dddddd on #9a9a9a in the light theme, 2.1:1.
void tst_Settings::emptyStatesAreReadable()
{
    QFETCH(ThemeChoice, theme);
    const QPalette palette = theme == ThemeChoice::Light ? Easel::Theme::lightPalette() : Easel::Theme::darkPalette();
    for (const auto role : {QPalette::Base, QPalette::Window}) {
        const double ratio = contrastRatio(palette.color(QPalette::PlaceholderText), palette.color(role));
        QVERIFY2(ratio >= 4.5, qPrintable(u"on role %1: %2:1"_s.arg(int(role)).arg(ratio, 0, 'f', 2)));
    }

    Easel::Theme::apply(theme);
    const auto restore = qScopeGuard([] { Easel::Theme::apply(ThemeChoice::System); });
    Easel::ImageView view;
    view.setPlaceholderText(u"Queue a workflow: its live preview and its pictures appear here."_s);
    view.resize(480, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage image = view.grab().toImage();
    const QColor backdrop = image.pixelColor(2, 2);
    double best = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            best = std::max(best, contrastRatio(backdrop, image.pixelColor(x, y)));
    }
    QVERIFY2(best >= 4.5, qPrintable(u"placeholder on %1 at %2:1"_s.arg(backdrop.name()).arg(best, 0, 'f', 2)));

    // The empty queue's words, over the list's base (a disabled label's grey was 2.8:1).
    Easel::QueuePanel panel;
    panel.resize(320, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *empty = panel.findChild<QLabel *>(u"queueEmptyLabel"_s);
    QVERIFY(empty);
    QTRY_VERIFY(empty->isVisible());
    const QImage list = panel.view()->viewport()->grab().toImage();
    const QRect words = empty->geometry();
    const QColor base = list.pixelColor(words.left() + 1, words.top() + 1);
    double wordsBest = 0;
    for (int y = words.top(); y <= words.bottom(); ++y) {
        for (int x = words.left(); x <= words.right(); ++x)
            wordsBest = std::max(wordsBest, contrastRatio(base, list.pixelColor(x, y)));
    }
    QVERIFY2(wordsBest >= 4.5, qPrintable(u"empty queue on %1 at %2:1"_s.arg(base.name()).arg(wordsBest, 0, 'f', 2)));
}

void tst_Settings::everyIconResolves()
{
    // Whatever the platform theme (none here), every icon name Easel uses resolves.
    for (const QString &name : Easel::Theme::iconNames()) {
        const QIcon icon = QIcon::fromTheme(name);
        QVERIFY2(!icon.isNull(), qPrintable(name));
        QVERIFY2(!icon.pixmap(16, 16).isNull(), qPrintable(name));
        QVERIFY2(!icon.pixmap(64, 64).isNull(), qPrintable(name));
    }
    QVERIFY(!QApplication::windowIcon().isNull());
    QVERIFY(!QApplication::windowIcon().pixmap(256, 256).isNull());
}

void tst_Settings::languageSwitch_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("preferences");
    QTest::addColumn<QString>("dark");
    QTest::addRow("German") << u"de"_s << u"Einstellungen"_s << u"Dunkel"_s;
    QTest::addRow("French") << u"fr"_s << u"Préférences"_s << u"Sombre"_s;
    QTest::addRow("Japanese") << u"ja"_s << u"設定"_s << u"ダーク"_s;
    QTest::addRow("Simplified Chinese") << u"zh_CN"_s << u"首选项"_s << u"深色"_s;
    QTest::addRow("English") << u"en"_s << u"Preferences"_s << u"Dark"_s;
}

void tst_Settings::languageSwitch()
{
    QFETCH(QString, language);
    QFETCH(QString, preferences);
    QFETCH(QString, dark);

    Settings settings(m_dir.filePath(u"language.ini"_s));
    Easel::SettingsDialog dialog(&settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), u"Preferences"_s);

    QCOMPARE(Easel::Translations::setLanguage(language), language);
    QCOMPARE(Easel::Translations::currentLanguage(), language);
    // The open dialog retranslates itself on LanguageChange.
    QTRY_COMPARE(dialog.windowTitle(), preferences);
    auto *themeCombo = dialog.findChild<QComboBox *>(u"themeCombo"_s);
    QVERIFY(themeCombo);
    QCOMPARE(themeCombo->itemText(2), dark);
    // Strings from the other parts of the app come from the same catalogue.
    QCOMPARE(QCoreApplication::translate("Easel::SettingsDialog", "Dark"), dark);
    if (language != "en"_L1) {
        QVERIFY(QCoreApplication::translate("main", "Easel, a desktop client for ComfyUI.")
                != "Easel, a desktop client for ComfyUI."_L1);
    }
}

void tst_Settings::dialogAppliesThemeAndLanguage()
{
    const QString file = m_dir.filePath(u"dialog.ini"_s);
    Settings settings(file);
    Easel::SettingsDialog dialog(&settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *themeCombo = dialog.findChild<QComboBox *>(u"themeCombo"_s);
    auto *languageCombo = dialog.findChild<QComboBox *>(u"languageCombo"_s);
    auto *serverEdit = dialog.findChild<QLineEdit *>(u"serverEdit"_s);
    auto *singleInstance = dialog.findChild<QCheckBox *>(u"singleInstanceCheck"_s);
    auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s);
    QVERIFY(themeCombo && languageCombo && serverEdit && singleInstance && buttons);

    themeCombo->setCurrentIndex(themeCombo->findData(int(ThemeChoice::Dark)));
    languageCombo->setCurrentIndex(languageCombo->findData(u"de"_s));
    QCOMPARE(languageCombo->currentText(), u"Deutsch"_s);
    serverEdit->setText(u"http://gpu-box:8188"_s);
    singleInstance->setChecked(false);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Apply), Qt::LeftButton);

    QCOMPARE(Easel::Theme::current(), ThemeChoice::Dark);
    QTRY_VERIFY(dialog.palette().color(QPalette::Window).lightness() < 80);
    QCOMPARE(Easel::Translations::currentLanguage(), u"de"_s);
    QTRY_COMPARE(dialog.windowTitle(), u"Einstellungen"_s);
    QCOMPARE(buttons->button(QDialogButtonBox::Apply)->isVisible(), true);
    // The combos keep the choice across the retranslation.
    QCOMPARE(themeCombo->currentData().toInt(), int(ThemeChoice::Dark));
    QCOMPARE(languageCombo->currentData().toString(), u"de"_s);

    Settings reread(file);
    QCOMPARE(reread.theme(), ThemeChoice::Dark);
    QCOMPARE(reread.language(), u"de"_s);
    QCOMPARE(reread.serverUrl(), QUrl(u"http://gpu-box:8188"_s));
    QVERIFY(!reread.singleInstance());

    // A bad address is refused and nothing is written.
    serverEdit->setText(u"ftp://nope"_s);
    QTimer::singleShot(0, this, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    QVERIFY(!dialog.apply());
    QCOMPARE(Settings(file).serverUrl(), QUrl(u"http://gpu-box:8188"_s));
}

QTEST_MAIN(tst_Settings)
#include "tst_settings.moc"
