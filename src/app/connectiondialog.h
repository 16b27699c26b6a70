#pragma once

#include "connectionprofile.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
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
// is asked before they go into a plain-text file.
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

private:
    void reloadList(const QString &select);
    void showResult(const QString &text, bool ok);
    void addHeaderRow(const QByteArray &name = {}, const QByteArray &value = {});
    bool ask(const QString &title, const QString &text);

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    ProfileStore *m_store;
    Ask m_ask;
    QPointer<ComfyClient> m_testClient;
    QString m_loadedName; // the saved profile the form shows (for renames)
};

} // namespace Easel
