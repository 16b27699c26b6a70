#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace Easel {

// Where secrets (header values, API keys) live. The real one is the OS keychain
// (KeychainSecretStore); SettingsSecretStore is the plain-text fallback a user must agree
// to; MemorySecretStore serves tests. Every call answers once, later, on this object's
// thread (never from inside the call). Implementations never log values.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound,    // read or remove of a key that is not there
        Unavailable, // no keychain service (or it does not answer): ask before plain text
        Failed,      // the keychain refused (access denied, ...)
    };
    struct Reply
    {
        Status status = Status::Ok;
        QByteArray value;   // read only
        QString message;    // translated, for Unavailable and Failed
    };
    using Callback = std::function<void(const Reply &)>;

    using QObject::QObject;

    // False for stores that keep secrets readable on disk.
    virtual bool isEncrypted() const = 0;
    virtual void read(const QString &key, Callback done) = 0;
    virtual void write(const QString &key, const QByteArray &value, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;

protected:
    // Calls done(reply) from the event loop, with this object as context.
    void answerLater(Callback done, Reply reply);
};

} // namespace Easel
