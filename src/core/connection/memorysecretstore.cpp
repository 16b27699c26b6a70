#include "memorysecretstore.h"

#include <QCoreApplication>

namespace Easel {

namespace {
SecretStore::Reply unavailable()
{
    return {SecretStore::Status::Unavailable, {},
            QCoreApplication::translate("Easel::SecretStore", "No keychain is available.")};
}
} // namespace

void MemorySecretStore::read(const QString &key, Callback done)
{
    if (!m_available)
        return answerLater(std::move(done), unavailable());
    const auto found = m_values.constFind(key);
    answerLater(std::move(done), found == m_values.cend() ? Reply{Status::NotFound, {}, {}}
                                                          : Reply{Status::Ok, *found, {}});
}

void MemorySecretStore::write(const QString &key, const QByteArray &value, Callback done)
{
    if (!m_available)
        return answerLater(std::move(done), unavailable());
    m_values.insert(key, value);
    answerLater(std::move(done), {});
}

void MemorySecretStore::remove(const QString &key, Callback done)
{
    if (!m_available)
        return answerLater(std::move(done), unavailable());
    const bool removed = m_values.remove(key) > 0;
    answerLater(std::move(done), {removed ? Status::Ok : Status::NotFound, {}, {}});
}

} // namespace Easel
