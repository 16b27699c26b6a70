#pragma once

#include "secretstore.h"

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace Easel {

// The fallback where no keychain exists: secrets in a settings file, readable by anyone who
// can read the file. Only used after the user agreed (ProfileStore::SaveMode::AllowPlainText).
class SettingsSecretStore : public SecretStore
{
    Q_OBJECT
public:
    // settings must outlive this store; secrets go into its "plainTextSecrets" group.
    explicit SettingsSecretStore(QSettings *settings, QObject *parent = nullptr);

    bool isEncrypted() const override { return false; }
    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QByteArray &value, Callback done) override;
    void remove(const QString &key, Callback done) override;

private:
    QSettings *m_settings;
};

} // namespace Easel
