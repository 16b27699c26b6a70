#include "applicationprofiles.h"

#include "keychainsecretstore.h"
#include "profilestore.h"
#include "settingssecretstore.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
QString plainSecretsPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QDir().mkpath(dir);
    const QString path = dir + u"/plain-text-secrets.ini"_s;
    // Owner-only before anything is written into it.
    if (!QFile::exists(path)) {
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.commit();
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}
} // namespace

ApplicationProfiles::ApplicationProfiles(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
    , m_plainSettings(std::make_unique<QSettings>(plainSecretsPath(), QSettings::IniFormat))
    , m_keychain(new KeychainSecretStore(u"Easel"_s, this))
    , m_plain(new SettingsSecretStore(m_plainSettings.get(), this))
    , m_store(new ProfileStore(m_settings.get(), m_keychain, m_plain, this))
{
}

ApplicationProfiles::~ApplicationProfiles()
{
    // The stores refer to the settings: delete them first.
    delete m_store;
    delete m_plain;
    delete m_keychain;
}

} // namespace Easel
