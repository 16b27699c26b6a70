#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QVariant>
#include <memory>

QT_BEGIN_NAMESPACE
class QMainWindow;
class QSettings;
QT_END_NAMESPACE

namespace Easel {

// How the app looks: the platform's own style and palette, or Fusion with a light or a
// dark palette.
enum class ThemeChoice { System, Light, Dark };

// Easel's preferences: one typed getter and setter per setting over QSettings, with every
// key and default in settings.cpp (style.md 2.6, after qBittorrent's SettingValue<T>).
// Values that fail to parse read back as their default.
class Settings
{
public:
    // The user's settings file (QSettings' native format for "Easel/Easel").
    Settings();
    // A settings file of its own, in INI format (tests, future profiles).
    explicit Settings(const QString &iniFile);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    static QUrl defaultServerUrl();

    QUrl serverUrl() const;
    void setServerUrl(const QUrl &url);

    // Where finished outputs are saved; empty means the default (Pictures/Easel).
    QString outputDirectory() const;
    void setOutputDirectory(const QString &directory);
    // outputDirectory(), or the default folder when none is set.
    QString effectiveOutputDirectory() const;

    ThemeChoice theme() const;
    void setTheme(ThemeChoice theme);

    // A language code such as "de" or "zh_CN"; empty follows the system.
    QString language() const;
    void setLanguage(const QString &language);

    // Whether a second `easel FILE` hands FILE to the running window and exits.
    bool singleInstance() const;
    void setSingleInstance(bool enabled);

    // "Use these settings" on an output: its {a|b} prompts and %…% file names as they were
    // written (true) or as the job resolved them (false, the default).
    bool useSettingsKeepsTemplates() const;
    void setUseSettingsKeepsTemplates(bool templates);

    // How many finished jobs the queue keeps as rows (JobQueue::setKeepFinished; 0 = all).
    int keepFinishedJobs() const;
    void setKeepFinishedJobs(int jobs);
    // How many outputs the session's output list shows (OutputListModel::setMaxRows; 0 = all).
    int sessionOutputRows() const;
    void setSessionOutputRows(int rows);

    QString lastWorkflowDirectory() const;
    void setLastWorkflowDirectory(const QString &directory);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState(const QString &splitterName) const;
    void setSplitterState(const QString &splitterName, const QByteArray &state);

    // Saves and restores a main window's geometry, its docks and toolbars (saveState) and
    // every QSplitter below it that has an objectName.
    void saveWindowLayout(const QMainWindow *window);
    bool restoreWindowLayout(QMainWindow *window) const;

    void sync();
    QString fileName() const;

    static QString themeName(ThemeChoice theme);
    static ThemeChoice themeFromName(const QString &name);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Easel
