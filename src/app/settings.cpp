#include "settings.h"

#include <QDir>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

// Every key and default, in one place.
namespace Key {
constexpr auto serverUrl = "connection/serverUrl"_L1;
constexpr auto outputDirectory = "outputs/directory"_L1;
constexpr auto theme = "appearance/theme"_L1;
constexpr auto language = "appearance/language"_L1;
constexpr auto singleInstance = "behaviour/singleInstance"_L1;
constexpr auto useSettingsTemplates = "behaviour/useSettingsKeepsTemplates"_L1;
constexpr auto keepFinishedJobs = "queue/keepFinishedJobs"_L1;
constexpr auto sessionOutputRows = "outputs/sessionListRows"_L1;
constexpr auto lastWorkflowDirectory = "paths/lastWorkflowDir"_L1;
constexpr auto windowGeometry = "window/geometry"_L1;
constexpr auto windowState = "window/state"_L1;
constexpr auto splitterPrefix = "window/splitters/"_L1;
} // namespace Key

namespace Default {
constexpr auto serverUrl = "http://127.0.0.1:8188"_L1;
constexpr ThemeChoice theme = ThemeChoice::System;
constexpr bool singleInstance = true;
constexpr bool useSettingsTemplates = false;
// A day's work in view without a day's memory: the library keeps every output anyway.
constexpr int keepFinishedJobs = 500;
// The session's output list: its newest outputs, the rest in the library.
constexpr int sessionOutputRows = 500;
} // namespace Default

// Bumped when a saved window state no longer fits the window's docks and toolbars.
// 2: the viewer central, the editor, queue, filmstrip and log in docks (a version-1 state
// knows only the library and servers docks, and is refused: the default places apply).
constexpr int windowStateVersion = 2;

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QUrl Settings::defaultServerUrl()
{
    return QUrl(Default::serverUrl);
}

QUrl Settings::serverUrl() const
{
    const QUrl url(m_settings->value(Key::serverUrl).toString(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1))
        return defaultServerUrl();
    return url;
}

void Settings::setServerUrl(const QUrl &url)
{
    if (url == defaultServerUrl())
        m_settings->remove(Key::serverUrl);
    else
        m_settings->setValue(Key::serverUrl, url.toString());
}

QString Settings::outputDirectory() const
{
    return m_settings->value(Key::outputDirectory).toString();
}

void Settings::setOutputDirectory(const QString &directory)
{
    if (directory.isEmpty())
        m_settings->remove(Key::outputDirectory);
    else
        m_settings->setValue(Key::outputDirectory, directory);
}

QString Settings::effectiveOutputDirectory() const
{
    const QString chosen = outputDirectory();
    if (!chosen.isEmpty())
        return QDir(chosen).absolutePath();
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (pictures.isEmpty())
        return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
               + u"/outputs"_s;
    return pictures + u"/Easel"_s;
}

QString Settings::themeName(ThemeChoice theme)
{
    switch (theme) {
    case ThemeChoice::Light:
        return u"light"_s;
    case ThemeChoice::Dark:
        return u"dark"_s;
    case ThemeChoice::System:
        break;
    }
    return u"system"_s;
}

ThemeChoice Settings::themeFromName(const QString &name)
{
    if (name == "light"_L1)
        return ThemeChoice::Light;
    if (name == "dark"_L1)
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

ThemeChoice Settings::theme() const
{
    return themeFromName(m_settings->value(Key::theme, themeName(Default::theme)).toString());
}

void Settings::setTheme(ThemeChoice theme)
{
    m_settings->setValue(Key::theme, themeName(theme));
}

QString Settings::language() const
{
    return m_settings->value(Key::language).toString();
}

void Settings::setLanguage(const QString &language)
{
    if (language.isEmpty())
        m_settings->remove(Key::language);
    else
        m_settings->setValue(Key::language, language);
}

bool Settings::singleInstance() const
{
    return m_settings->value(Key::singleInstance, Default::singleInstance).toBool();
}

void Settings::setSingleInstance(bool enabled)
{
    m_settings->setValue(Key::singleInstance, enabled);
}

bool Settings::useSettingsKeepsTemplates() const
{
    return m_settings->value(Key::useSettingsTemplates, Default::useSettingsTemplates).toBool();
}

void Settings::setUseSettingsKeepsTemplates(bool templates)
{
    m_settings->setValue(Key::useSettingsTemplates, templates);
}

int Settings::keepFinishedJobs() const
{
    bool ok = false;
    const int jobs = m_settings->value(Key::keepFinishedJobs, Default::keepFinishedJobs).toInt(&ok);
    return ok && jobs >= 0 ? jobs : Default::keepFinishedJobs;
}

void Settings::setKeepFinishedJobs(int jobs)
{
    m_settings->setValue(Key::keepFinishedJobs, jobs);
}

int Settings::sessionOutputRows() const
{
    bool ok = false;
    const int rows = m_settings->value(Key::sessionOutputRows, Default::sessionOutputRows).toInt(&ok);
    return ok && rows >= 0 ? rows : Default::sessionOutputRows;
}

void Settings::setSessionOutputRows(int rows)
{
    m_settings->setValue(Key::sessionOutputRows, rows);
}

QString Settings::lastWorkflowDirectory() const
{
    return m_settings->value(Key::lastWorkflowDirectory).toString();
}

void Settings::setLastWorkflowDirectory(const QString &directory)
{
    m_settings->setValue(Key::lastWorkflowDirectory, directory);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(Key::windowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(Key::windowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(Key::windowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(Key::windowState, state);
}

QByteArray Settings::splitterState(const QString &splitterName) const
{
    return m_settings->value(Key::splitterPrefix + splitterName).toByteArray();
}

void Settings::setSplitterState(const QString &splitterName, const QByteArray &state)
{
    m_settings->setValue(Key::splitterPrefix + splitterName, state);
}

void Settings::saveWindowLayout(const QMainWindow *window)
{
    setWindowGeometry(window->saveGeometry());
    setWindowState(window->saveState(windowStateVersion));
    const QList<QSplitter *> splitters = window->findChildren<QSplitter *>();
    for (const QSplitter *splitter : splitters) {
        if (!splitter->objectName().isEmpty())
            setSplitterState(splitter->objectName(), splitter->saveState());
    }
}

bool Settings::restoreWindowLayout(QMainWindow *window) const
{
    const QByteArray geometry = windowGeometry();
    if (geometry.isEmpty())
        return false;
    bool restored = window->restoreGeometry(geometry);
    restored = window->restoreState(windowState(), windowStateVersion) && restored;
    const QList<QSplitter *> splitters = window->findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters) {
        const QByteArray state = splitterState(splitter->objectName());
        if (!splitter->objectName().isEmpty() && !state.isEmpty())
            splitter->restoreState(state);
    }
    return restored;
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

} // namespace Easel
