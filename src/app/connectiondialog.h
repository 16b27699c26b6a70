#pragma once

#include "connectionprofile.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QPushButton;
namespace Ui {
class ConnectionDialog;
}
QT_END_NAMESPACE

namespace Easel {

class ComfyClient;
class ProfileStore;

// Server → Connections…: add, edit, test and delete connection profiles. "Test" asks the
// server for its system stats through ComfyClient with the profile as entered (headers,
// TLS, pinned certificate); an untrusted certificate is shown by fingerprint and pinned
// only when the user accepts it. Saving puts secrets in the keychain; without one the user
// is asked before they go into a plain-text file. "Use several servers together as a farm"
// puts a tick box on every saved profile; Connect then uses the ticked ones as one render
// farm (saved by name; their secrets are loaded from the keychain when the farm starts).
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    // A yes/no question to the user (a QMessageBox unless a test replaces it).
    using Ask = std::function<bool(const QString &title, const QString &text)>;

    explicit ConnectionDialog(ProfileStore *store, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    void setAsk(Ask ask) { m_ask = std::move(ask); }
    // Selects a saved profile and loads its secrets into the form.
    void selectProfile(const QString &name);
    ConnectionProfile profileFromForm() const;
    void setForm(const ConnectionProfile &profile);
    QString resultText() const;
    // The farm as ticked in the list (saved profile names, in list order).
    bool isFarmChecked() const;
    QStringList farmSelection() const;
    void setFarmSelection(bool farm, const QStringList &names);

public slots:
    void testConnection();
    void saveProfile();
    void deleteProfile();
    void newProfile();

signals:
    void testFinished(bool ok);
    void saveFinished(bool ok);
    // "Connect": the profile in the form, with its secrets, to switch the window to.
    void profileChosen(const Easel::ConnectionProfile &profile);
    // "Connect" with the farm ticked: these saved profiles together (two or more).
    void farmChosen(const QStringList &profileNames);

private:
    void reloadList(const QString &select);
    void showResult(const QString &text, bool ok);
    void addHeaderRow(const QByteArray &name = {}, const QByteArray &value = {});
    bool ask(const QString &title, const QString &text);
    void updateFarm();
    void connectChosen();

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    ProfileStore *m_store;
    Ask m_ask;
    QPointer<ComfyClient> m_testClient;
    QString m_loadedName; // the saved profile the form shows (for renames)
    QStringList m_farm;   // ticked profiles, kept across list reloads
    QPushButton *m_connectButton = nullptr;
};

} // namespace Easel
