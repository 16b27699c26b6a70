#pragma once

#include "connectionprofile.h"

#include <QObject>
#include <QStringList>

#include <functional>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace Easel {

class SecretStore;

// The saved connection profiles. What is not secret (name, URL, TLS, pinned fingerprint,
// header names) goes into QSettings; header values and the API key go into the keychain.
// Without a keychain, save() reports KeychainUnavailable and stores nothing: the UI asks
// the user, who may save again with AllowPlainText (secrets then go to the plain store and
// the profile remembers where they are). Secrets never reach QSettings' profile group or
// any log.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    enum class SaveMode { KeychainOnly, AllowPlainText };
    enum class SaveOutcome { Saved, SavedInPlainText, KeychainUnavailable, Failed };
    struct SaveResult
    {
        SaveOutcome outcome = SaveOutcome::Saved;
        QString message; // translated; why it failed or why the keychain is unavailable
    };
    struct LoadResult
    {
        bool found = false;
        ConnectionProfile profile;
        QString warning; // translated; a secret could not be read
    };

    // None are owned; all must outlive the store. plainText may be null (no fallback).
    ProfileStore(QSettings *settings, SecretStore *keychain, SecretStore *plainText,
                 QObject *parent = nullptr);

    QStringList names() const;
    bool contains(const QString &name) const;
    // The profile as QSettings has it: header values and the API key are empty.
    ConnectionProfile profileWithoutSecrets(const QString &name) const;
    bool secretsInPlainText(const QString &name) const;

    void save(const ConnectionProfile &profile, SaveMode mode,
              std::function<void(const SaveResult &)> done);
    void load(const QString &name, std::function<void(const LoadResult &)> done);
    // Several profiles with their secrets; done is called once, with a result per name in
    // the order given (found false for a name that is not saved).
    void loadSeveral(const QStringList &names, std::function<void(const QList<LoadResult> &)> done);
    // Removes the profile, its secrets and its place in the farm.
    void remove(const QString &name, std::function<void()> done = {});

    // The render farm: saved profiles used together, each server with its own address,
    // headers, certificate and key. Only names are kept here (the secrets stay where each
    // profile keeps them); enabled means the app starts with the farm rather than one server.
    QStringList farmProfiles() const; // saved names that still exist, in the order chosen
    bool isFarmEnabled() const;       // enabled and at least two profiles
    void setFarm(bool enabled, const QStringList &names);

signals:
    void profilesChanged();

private:
    struct Secret
    {
        QString key;
        QByteArray value;
    };
    static QString group(const QString &name);
    static QString headerKey(const QString &profile, const QByteArray &header);
    static QString apiKeyKey(const QString &profile);
    QStringList secretKeys(const QString &name) const;
    void writeSecrets(SecretStore *store, QList<Secret> secrets,
                      std::function<void(const QString &failure, bool unavailable)> done);
    void finishSave(const ConnectionProfile &profile, const QList<Secret> &secrets, bool plain);

    QSettings *m_settings;
    SecretStore *m_keychain;
    SecretStore *m_plainText;
};

} // namespace Easel
