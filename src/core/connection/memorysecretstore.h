#pragma once

#include "secretstore.h"

#include <QHash>

namespace Easel {

// Secrets in memory only: for tests, which can also make it act like a missing keychain.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    // When set, every call answers Unavailable (a machine without a keychain service).
    void setAvailable(bool available) { m_available = available; }
    bool isEncrypted() const override { return true; }
    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QByteArray &value, Callback done) override;
    void remove(const QString &key, Callback done) override;

    QHash<QString, QByteArray> contents() const { return m_values; }

private:
    QHash<QString, QByteArray> m_values;
    bool m_available = true;
};

} // namespace Easel
