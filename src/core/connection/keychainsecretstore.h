#pragma once

#include "secretstore.h"

namespace Easel {

// Secrets in the OS keychain through QtKeychain (Secret Service or KWallet on Linux,
// Keychain on macOS, Credential Store on Windows). Where there is none (a bare session
// without D-Bus, a container) every call answers Unavailable, and a keychain that does not
// answer within the timeout counts as unavailable too, so the UI never waits forever.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    bool isEncrypted() const override { return true; }
    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QByteArray &value, Callback done) override;
    void remove(const QString &key, Callback done) override;

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation operation, const QString &key, const QByteArray &value, Callback done);

    QString m_service;
    int m_timeoutMs = 15000;
};

} // namespace Easel
