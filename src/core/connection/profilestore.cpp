#include "profilestore.h"

#include "secretstore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
const QString kRoot = u"connectionProfiles"_s;
// Outside kRoot, whose child groups are the profiles.
const QString kFarmProfiles = u"connectionFarm/profiles"_s;
const QString kFarmEnabled = u"connectionFarm/enabled"_s;

QString decodedName(const QString &groupName)
{
    return QUrl::fromPercentEncoding(groupName.toLatin1());
}
} // namespace

ProfileStore::ProfileStore(QSettings *settings, SecretStore *keychain, SecretStore *plainText,
                           QObject *parent)
    : QObject(parent), m_settings(settings), m_keychain(keychain), m_plainText(plainText)
{
}

QString ProfileStore::group(const QString &name)
{
    // One flat group per profile whatever the name holds ('/' would nest groups).
    return kRoot + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QString ProfileStore::headerKey(const QString &profile, const QByteArray &header)
{
    return u"Easel connection/"_s + profile + u"/header/"_s + QString::fromLatin1(header).toLower();
}

QString ProfileStore::apiKeyKey(const QString &profile)
{
    return u"Easel connection/"_s + profile + u"/comfy-api-key"_s;
}

QStringList ProfileStore::names() const
{
    m_settings->beginGroup(kRoot);
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    QStringList result;
    for (const QString &g : groups)
        result.append(decodedName(g));
    result.sort(Qt::CaseInsensitive);
    return result;
}

bool ProfileStore::contains(const QString &name) const
{
    return m_settings->contains(group(name) + u"/url"_s);
}

ConnectionProfile ProfileStore::profileWithoutSecrets(const QString &name) const
{
    ConnectionProfile profile;
    if (!contains(name))
        return profile;
    m_settings->beginGroup(group(name));
    profile.name = name;
    profile.url = QUrl(m_settings->value(u"url"_s).toString());
    profile.tls = m_settings->value(u"tls"_s, false).toBool();
    profile.pinnedSha256 = m_settings->value(u"pinnedSha256"_s).toString().toLatin1();
    const QStringList headerNames = m_settings->value(u"headerNames"_s).toStringList();
    for (const QString &header : headerNames)
        profile.headers.append({header.toLatin1(), QByteArray()});
    m_settings->endGroup();
    return profile;
}

bool ProfileStore::secretsInPlainText(const QString &name) const
{
    return m_settings->value(group(name) + u"/secretsInPlainText"_s, false).toBool();
}

QStringList ProfileStore::secretKeys(const QString &name) const
{
    QStringList keys;
    if (!contains(name))
        return keys;
    const ConnectionProfile stored = profileWithoutSecrets(name);
    for (const auto &header : stored.headers)
        keys.append(headerKey(name, header.first));
    if (m_settings->value(group(name) + u"/hasComfyApiKey"_s, false).toBool())
        keys.append(apiKeyKey(name));
    return keys;
}

void ProfileStore::writeSecrets(SecretStore *store, QList<Secret> secrets,
                                std::function<void(const QString &, bool)> done)
{
    if (secrets.isEmpty()) {
        done({}, false);
        return;
    }
    const Secret next = secrets.takeFirst();
    QPointer<ProfileStore> self = this;
    store->write(next.key, next.value,
                 [self, store, secrets, done](const SecretStore::Reply &reply) {
                     if (!self)
                         return;
                     if (reply.status != SecretStore::Status::Ok) {
                         done(reply.message, reply.status == SecretStore::Status::Unavailable);
                         return;
                     }
                     self->writeSecrets(store, secrets, done);
                 });
}

void ProfileStore::save(const ConnectionProfile &profile, SaveMode mode,
                        std::function<void(const SaveResult &)> done)
{
    const QString invalid = profile.validationError();
    if (!invalid.isEmpty()) {
        done({SaveOutcome::Failed, invalid});
        return;
    }
    QList<Secret> secrets;
    for (const auto &[header, value] : profile.headers)
        secrets.append({headerKey(profile.name, header), value});
    if (!profile.comfyApiKey.isEmpty())
        secrets.append({apiKeyKey(profile.name), profile.comfyApiKey.toUtf8()});
    if (secrets.isEmpty()) {
        finishSave(profile, secrets, false);
        done({SaveOutcome::Saved, {}});
        return;
    }
    QPointer<ProfileStore> self = this;
    writeSecrets(m_keychain, secrets, [self, profile, secrets, mode, done](const QString &failure,
                                                                           bool unavailable) {
        if (!self)
            return;
        if (failure.isEmpty() && !unavailable) {
            self->finishSave(profile, secrets, false);
            done({SaveOutcome::Saved, {}});
            return;
        }
        if (!unavailable) {
            done({SaveOutcome::Failed, failure});
            return;
        }
        if (mode != SaveMode::AllowPlainText || !self->m_plainText) {
            done({SaveOutcome::KeychainUnavailable, failure});
            return;
        }
        self->writeSecrets(self->m_plainText, secrets,
                           [self, profile, secrets, done](const QString &plainFailure, bool) {
                               if (!self)
                                   return;
                               if (!plainFailure.isEmpty()) {
                                   done({SaveOutcome::Failed, plainFailure});
                                   return;
                               }
                               self->finishSave(profile, secrets, true);
                               done({SaveOutcome::SavedInPlainText, {}});
                           });
    });
}

void ProfileStore::finishSave(const ConnectionProfile &profile, const QList<Secret> &secrets,
                              bool plain)
{
    // Secrets of the old version this one no longer has, and copies in the other store.
    QStringList stale = secretKeys(profile.name);
    const bool wasPlain = secretsInPlainText(profile.name);
    QStringList kept;
    for (const Secret &secret : secrets)
        kept.append(secret.key);
    for (const QString &key : std::as_const(stale)) {
        SecretStore *oldStore = wasPlain ? m_plainText : m_keychain;
        if (oldStore && (!kept.contains(key) || wasPlain != plain))
            oldStore->remove(key, {});
    }

    const QString g = group(profile.name);
    m_settings->remove(g);
    m_settings->beginGroup(g);
    m_settings->setValue(u"url"_s, profile.url.toString());
    m_settings->setValue(u"tls"_s, profile.tls);
    m_settings->setValue(u"pinnedSha256"_s, QString::fromLatin1(profile.pinnedSha256));
    QStringList headerNames;
    for (const auto &header : profile.headers)
        headerNames.append(QString::fromLatin1(header.first));
    m_settings->setValue(u"headerNames"_s, headerNames);
    m_settings->setValue(u"hasComfyApiKey"_s, !profile.comfyApiKey.isEmpty());
    m_settings->setValue(u"secretsInPlainText"_s, plain);
    m_settings->endGroup();
    m_settings->sync();
    emit profilesChanged();
}

void ProfileStore::load(const QString &name, std::function<void(const LoadResult &)> done)
{
    auto result = std::make_shared<LoadResult>();
    if (!contains(name)) {
        QMetaObject::invokeMethod(this, [result, done] { done(*result); }, Qt::QueuedConnection);
        return;
    }
    result->found = true;
    result->profile = profileWithoutSecrets(name);
    SecretStore *store = secretsInPlainText(name) ? m_plainText : m_keychain;
    const QStringList keys = secretKeys(name);
    if (!store || keys.isEmpty()) {
        QMetaObject::invokeMethod(this, [result, done] { done(*result); }, Qt::QueuedConnection);
        return;
    }
    // One read per secret; the answer goes out after the last.
    auto pending = std::make_shared<qsizetype>(keys.size());
    for (const QString &key : keys) {
        store->read(key, [result, pending, key, name, done](const SecretStore::Reply &reply) {
            if (reply.status == SecretStore::Status::Ok) {
                if (key == apiKeyKey(name)) {
                    result->profile.comfyApiKey = QString::fromUtf8(reply.value);
                } else {
                    for (auto &header : result->profile.headers) {
                        if (headerKey(name, header.first) == key)
                            header.second = reply.value;
                    }
                }
            } else if (result->warning.isEmpty()) {
                result->warning =
                    reply.status == SecretStore::Status::NotFound
                        ? QCoreApplication::translate("Easel::ProfileStore",
                                                      "A secret of profile “%1” is missing from "
                                                      "the keychain.")
                              .arg(name)
                        : reply.message;
            }
            if (--*pending == 0)
                done(*result);
        });
    }
}

void ProfileStore::remove(const QString &name, std::function<void()> done)
{
    SecretStore *store = secretsInPlainText(name) ? m_plainText : m_keychain;
    if (store) {
        for (const QString &key : secretKeys(name))
            store->remove(key, {});
    }
    m_settings->remove(group(name));
    QStringList farm = m_settings->value(kFarmProfiles).toStringList();
    if (farm.removeAll(name) > 0)
        m_settings->setValue(kFarmProfiles, farm);
    m_settings->sync();
    emit profilesChanged();
    if (done)
        QMetaObject::invokeMethod(this, std::move(done), Qt::QueuedConnection);
}

void ProfileStore::loadSeveral(const QStringList &names,
                               std::function<void(const QList<LoadResult> &)> done)
{
    auto results = std::make_shared<QList<LoadResult>>(names.size());
    auto pending = std::make_shared<qsizetype>(names.size());
    if (names.isEmpty()) {
        QMetaObject::invokeMethod(this, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        load(names.at(i), [results, pending, i, done](const LoadResult &result) {
            (*results)[i] = result;
            if (--*pending == 0)
                done(*results);
        });
    }
}

QStringList ProfileStore::farmProfiles() const
{
    QStringList names;
    for (const QString &name : m_settings->value(kFarmProfiles).toStringList()) {
        if (contains(name) && !names.contains(name))
            names.append(name);
    }
    return names;
}

bool ProfileStore::isFarmEnabled() const
{
    return m_settings->value(kFarmEnabled, false).toBool() && farmProfiles().size() >= 2;
}

void ProfileStore::setFarm(bool enabled, const QStringList &names)
{
    m_settings->setValue(kFarmProfiles, names);
    m_settings->setValue(kFarmEnabled, enabled);
    m_settings->sync();
}

} // namespace Easel
