#include "settingssecretstore.h"

#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
// QSettings treats '/' as a group separator: keep each secret one flat key.
QString settingsKey(const QString &key)
{
    return u"plainTextSecrets/"_s + QString::fromLatin1(QUrl::toPercentEncoding(key));
}
} // namespace

SettingsSecretStore::SettingsSecretStore(QSettings *settings, QObject *parent)
    : SecretStore(parent), m_settings(settings)
{
}

void SettingsSecretStore::read(const QString &key, Callback done)
{
    const QString name = settingsKey(key);
    if (!m_settings->contains(name))
        return answerLater(std::move(done), {Status::NotFound, {}, {}});
    answerLater(std::move(done), {Status::Ok, m_settings->value(name).toByteArray(), {}});
}

void SettingsSecretStore::write(const QString &key, const QByteArray &value, Callback done)
{
    m_settings->setValue(settingsKey(key), value);
    m_settings->sync();
    answerLater(std::move(done), {});
}

void SettingsSecretStore::remove(const QString &key, Callback done)
{
    const QString name = settingsKey(key);
    const bool existed = m_settings->contains(name);
    m_settings->remove(name);
    m_settings->sync();
    answerLater(std::move(done), {existed ? Status::Ok : Status::NotFound, {}, {}});
}

} // namespace Easel
