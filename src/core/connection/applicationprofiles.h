#pragma once

#include <QObject>

#include <memory>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace Easel {

class KeychainSecretStore;
class ProfileStore;
class SettingsSecretStore;

// The application's ProfileStore: the application's QSettings for profiles, the OS keychain
// (service "Easel") for secrets, and a separate owner-only file as the plain-text fallback
// the user may agree to.
class ApplicationProfiles : public QObject
{
    Q_OBJECT
public:
    explicit ApplicationProfiles(QObject *parent = nullptr);
    ~ApplicationProfiles() override;

    ProfileStore *store() const { return m_store; }

private:
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QSettings> m_plainSettings;
    KeychainSecretStore *m_keychain;
    SettingsSecretStore *m_plain;
    ProfileStore *m_store;
};

} // namespace Easel
