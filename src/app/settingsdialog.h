#pragma once

#include <QDialog>
#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
namespace Ui {
class SettingsDialog;
}
QT_END_NAMESPACE

namespace Easel {

class Settings;

// Preferences (ui/settingsdialog.ui): default server, output folder, theme, language,
// how many finished jobs the queue keeps and single-instance behaviour. OK and Apply write
// them to Settings and apply the theme and the language to the running app at once (the
// window applies the queue's bound on applied()); the server and folder apply from the
// next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Settings *settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // What the running window uses. When it is not what these settings say (the command
    // line's --server/--out, a connection profile, a kiosk or a farm), the dialog says so
    // above the fields, which remain the defaults for the next start.
    void setRunning(const QString &server, const QString &outputDirectory);
    QString runningNote() const;

    // Writes the dialog's values to the settings and applies theme and language; false
    // (with a message) when the server address is not usable.
    bool apply();
    void accept() override;

signals:
    void applied();

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void fillCombos();
    void chooseOutputDirectory();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Settings *m_settings;
    QLabel *m_runningNote = nullptr;
    QString m_runningServer;
    QString m_runningOutput;
};

} // namespace Easel
