#pragma once

#include <QObject>
#include <QString>
#include <QVariantMap>

namespace Easel {

// The queue's overall progress on the application's task-bar entry, where the desktop has
// one. Qt 6 has no API for it. On Linux this speaks the Unity LauncherEntry D-Bus API,
// which KDE Plasma's task manager, Ubuntu's dock, Dash to Dock and Plank implement: the
// signal com.canonical.Unity.LauncherEntry.Update(s app_uri, a{sv} properties), sent on the
// session bus from an object path of the application's own, with `progress` (double 0..1)
// and `progress-visible` (bool). The dock matches app_uri against the installed .desktop
// file ("application://io.github.easel.Easel.desktop"). Without QtDBus (Windows and macOS
// builds) or without a session bus it does nothing.
class TaskbarProgress : public QObject
{
    Q_OBJECT
public:
    explicit TaskbarProgress(QObject *parent = nullptr);
    ~TaskbarProgress() override; // hides the bar if it is shown

    // 0..1 shows the bar; a negative value hides it (JobQueue::overallProgressChanged's
    // convention). Only changes (in steps of 0.1 %) go out on the bus.
    void setProgress(double fraction);
    double progress() const { return m_fraction; }

    // Sends on the bus at this address instead of the session bus (tests run their own).
    bool connectToBus(const QString &address);
    // A bus to send on is connected (connects to the session bus on first use).
    bool isConnected();
    qint64 updatesSent() const { return m_sent; }

    // "application://<desktop file name>.desktop" for QGuiApplication::desktopFileName()
    // (or the application name when none is set).
    static QString appUri(const QString &desktopFileName);
    static QString appUri();
    // The Update signal's properties for a fraction (negative: hidden).
    static QVariantMap properties(double fraction);

    static constexpr auto interfaceName = "com.canonical.Unity.LauncherEntry";
    static constexpr auto signalName = "Update";
    static constexpr auto objectPath = "/io/github/easel/Easel/LauncherEntry";

private:
    void send();

    QString m_connectionName; // empty: not connected yet
    bool m_privateBus = false;
    bool m_triedSession = false;
    double m_fraction = -1;
    int m_sentPerMille = -1; // -1: hidden (the state the dock starts in)
    qint64 m_sent = 0;
};

} // namespace Easel
