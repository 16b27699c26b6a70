#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QTimer>

#include <memory>

namespace Easel {

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent), m_service(service)
{
}

void KeychainSecretStore::read(const QString &key, Callback done)
{
    run(Operation::Read, key, {}, std::move(done));
}

void KeychainSecretStore::write(const QString &key, const QByteArray &value, Callback done)
{
    run(Operation::Write, key, value, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, Callback done)
{
    run(Operation::Remove, key, {}, std::move(done));
}

void KeychainSecretStore::run(Operation operation, const QString &key, const QByteArray &value,
                              Callback done)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setBinaryData(value);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setKey(key);
    job->setAutoDelete(false);
    // Never QtKeychain's own plain-text fallback: plain text only after the user agreed,
    // through SettingsSecretStore.
    job->setInsecureFallback(false);

    // The answer goes out once: from the job, or from the timer when the keychain hangs
    // (a D-Bus service that is registered but never replies).
    auto answered = std::make_shared<bool>(false);
    auto callback = std::make_shared<Callback>(std::move(done));
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [answered, callback, ms = m_timeoutMs] {
        if (*answered)
            return;
        *answered = true;
        if (*callback) {
            (*callback)({Status::Unavailable, {},
                         QCoreApplication::translate("Easel::SecretStore",
                                                     "The keychain did not answer within %1 s.")
                             .arg(ms / 1000)});
        }
    });
    connect(job, &QKeychain::Job::finished, this, [this, answered, callback, operation](QKeychain::Job *finished) {
        finished->deleteLater();
        if (*answered)
            return;
        *answered = true;
        Reply reply;
        switch (finished->error()) {
        case QKeychain::NoError:
            if (operation == Operation::Read)
                reply.value = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
            break;
        case QKeychain::EntryNotFound:
            reply.status = Status::NotFound;
            break;
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied:
        case QKeychain::CouldNotDeleteEntry:
            reply.status = Status::Failed;
            reply.message = finished->errorString();
            break;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
        case QKeychain::OtherError:
            // OtherError is what a missing D-Bus session or Secret Service gives on Linux.
            reply.status = Status::Unavailable;
            reply.message = QCoreApplication::translate("Easel::SecretStore",
                                                        "No keychain is available: %1")
                                .arg(finished->errorString());
            break;
        }
        // Later, even if the job finished from inside start().
        answerLater(*callback, reply);
    });
    timer->start(m_timeoutMs);
    job->start();
}

} // namespace Easel
