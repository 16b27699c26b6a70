// ProfileStore: non-secret fields in QSettings, secrets only in the secret store, the
// plain-text fallback only when asked for, and a QtKeychain backend that answers
// "unavailable" on a machine without a keychain instead of hanging.
#include "connectionprofile.h"
#include "keychainsecretstore.h"
#include "memorysecretstore.h"
#include "profilestore.h"
#include "settingssecretstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSslError>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Easel;

namespace {

ConnectionProfile studioProfile()
{
    ConnectionProfile profile;
    profile.name = u"Studio / GPU 2"_s;
    profile.url = QUrl(u"https://comfy.studio.example:8443/comfy"_s);
    profile.tls = true;
    profile.pinnedSha256 = QByteArray(64, 'a');
    profile.headers = {{"Authorization", "Bearer s3cret-token"}, {"X-Team", "lighting-42"}};
    profile.comfyApiKey = u"comfyui-apikey-0123456789"_s;
    return profile;
}


} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settingsPath = m_dir->filePath(u"easel.ini"_s);
        m_settings = std::make_unique<QSettings>(m_settingsPath, QSettings::IniFormat);
    }
    void cleanup()
    {
        m_settings.reset();
        m_dir.reset();
    }

    void fingerprintText()
    {
        const QString shown = u"AB:cd:00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff:00:11:22:33:44:"
                              "55:66:77:88:99:aa:bb:cc:dd"_s;
        const QByteArray hex = TransportOptions::normalizedFingerprint(shown);
        QCOMPARE(hex.size(), 64);
        QVERIFY(hex.startsWith("abcd0011"));
        QCOMPARE(TransportOptions::displayFingerprint(hex), shown.toUpper());
        QVERIFY(TransportOptions::normalizedFingerprint(u"ab:cd"_s).isEmpty());
        QVERIFY(TransportOptions::normalizedFingerprint(shown + u"zz"_s).isEmpty());
        // No pin: nothing is ever accepted.
        QVERIFY(!TransportOptions().acceptsErrors({QSslError(QSslError::SelfSignedCertificate)}));
    }

    void profileRules()
    {
        ConnectionProfile profile = studioProfile();
        QVERIFY2(profile.validationError().isEmpty(), qPrintable(profile.validationError()));
        QCOMPARE(profile.serverUrl(), QUrl(u"https://comfy.studio.example:8443/comfy"_s));
        profile.tls = false;
        QCOMPARE(profile.serverUrl().scheme(), u"http"_s);
        QVERIFY(profile.transportOptions().pinnedSha256.isEmpty()); // a pin only means something with TLS
        profile.url = QUrl(u"localhost:8188"_s);
        QCOMPARE(profile.serverUrl().host(), u"localhost"_s);
        QCOMPARE(profile.serverUrl().port(), 8188);
        profile.headers = {{"Bad Header", "x"}};
        QVERIFY(!profile.validationError().isEmpty());
        profile.headers = {{"X-Ok", "line\r\nInjected: yes"}};
        QVERIFY(!profile.validationError().isEmpty());
        profile.headers.clear();
        profile.name = u"  "_s;
        QVERIFY(!profile.validationError().isEmpty());
    }

    void secretsGoToTheKeychainOnly()
    {
        MemorySecretStore keychain;
        SettingsSecretStore plain(m_settings.get());
        ProfileStore store(m_settings.get(), &keychain, &plain);
        const ConnectionProfile profile = studioProfile();

        std::optional<ProfileStore::SaveResult> saved;
        store.save(profile, ProfileStore::SaveMode::KeychainOnly,
                   [&](const ProfileStore::SaveResult &r) { saved = r; });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 20000);
        QCOMPARE(saved->outcome, ProfileStore::SaveOutcome::Saved);
        QCOMPARE(store.names(), QStringList{profile.name});
        QCOMPARE(keychain.contents().size(), 3);
        QVERIFY(!store.secretsInPlainText(profile.name));

        // What QSettings holds: no header value, no API key.
        m_settings->sync();
        QFile file(m_settingsPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("comfy.studio.example"));
        QVERIFY(text.contains("Authorization"));
        QVERIFY(!text.contains("s3cret-token"));
        QVERIFY(!text.contains("lighting-42"));
        QVERIFY(!text.contains("apikey-0123456789"));

        const ConnectionProfile bare = store.profileWithoutSecrets(profile.name);
        QCOMPARE(bare.headers.size(), 2);
        QVERIFY(bare.headers.at(0).second.isEmpty());
        QVERIFY(bare.comfyApiKey.isEmpty());

        // A second store over the same settings and keychain reads the whole profile back.
        ProfileStore again(m_settings.get(), &keychain, &plain);
        std::optional<ProfileStore::LoadResult> loaded;
        again.load(profile.name, [&](const ProfileStore::LoadResult &r) { loaded = r; });
        QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 20000);
        QVERIFY(loaded->found);
        QVERIFY2(loaded->warning.isEmpty(), qPrintable(loaded->warning));
        QCOMPARE(loaded->profile, profile);
    }

    void dropsSecretsItNoLongerHas()
    {
        MemorySecretStore keychain;
        ProfileStore store(m_settings.get(), &keychain, nullptr);
        ConnectionProfile profile = studioProfile();
        std::optional<ProfileStore::SaveResult> saved;
        store.save(profile, ProfileStore::SaveMode::KeychainOnly,
                   [&](const ProfileStore::SaveResult &r) { saved = r; });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 20000);
        profile.headers.removeLast();
        profile.comfyApiKey.clear();
        saved.reset();
        store.save(profile, ProfileStore::SaveMode::KeychainOnly,
                   [&](const ProfileStore::SaveResult &r) { saved = r; });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 20000);
        QTRY_COMPARE(keychain.contents().size(), 1);

        store.remove(profile.name);
        QVERIFY(store.names().isEmpty());
        QTRY_VERIFY(keychain.contents().isEmpty());
    }

    void asksBeforePlainText()
    {
        MemorySecretStore keychain;
        keychain.setAvailable(false);
        SettingsSecretStore plain(m_settings.get());
        ProfileStore store(m_settings.get(), &keychain, &plain);
        const ConnectionProfile profile = studioProfile();

        std::optional<ProfileStore::SaveResult> saved;
        store.save(profile, ProfileStore::SaveMode::KeychainOnly,
                   [&](const ProfileStore::SaveResult &r) { saved = r; });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 20000);
        QCOMPARE(saved->outcome, ProfileStore::SaveOutcome::KeychainUnavailable);
        QVERIFY(!saved->message.isEmpty());
        QVERIFY(store.names().isEmpty()); // nothing stored until the user agrees
        m_settings->sync();
        QFile file(m_settingsPath);
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains("s3cret"));

        saved.reset();
        store.save(profile, ProfileStore::SaveMode::AllowPlainText,
                   [&](const ProfileStore::SaveResult &r) { saved = r; });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 20000);
        QCOMPARE(saved->outcome, ProfileStore::SaveOutcome::SavedInPlainText);
        QVERIFY(store.secretsInPlainText(profile.name));

        std::optional<ProfileStore::LoadResult> loaded;
        store.load(profile.name, [&](const ProfileStore::LoadResult &r) { loaded = r; });
        QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 20000);
        QCOMPARE(loaded->profile, profile);
    }

    void keychainWithoutServiceAnswersUnavailable()
    {
        // No session bus here (a container, CI): QtKeychain cannot reach Secret Service or
        // KWallet. Point D-Bus at a socket that does not exist so the answer is the same
        // on a developer machine that has one.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/easel-test-bus");
        KeychainSecretStore keychain(u"easel-test"_s);
        keychain.setTimeoutMs(5000);
        QElapsedTimer clock;
        clock.start();
        std::optional<SecretStore::Reply> written;
        keychain.write(u"probe"_s, "value", [&](const SecretStore::Reply &r) { written = r; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 30000);
        QCOMPARE(written->status, SecretStore::Status::Unavailable);
        QVERIFY(!written->message.isEmpty());
        QVERIFY(!written->message.contains(u"value"_s));
        std::optional<SecretStore::Reply> read;
        keychain.read(u"probe"_s, [&](const SecretStore::Reply &r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 30000);
        QCOMPARE(read->status, SecretStore::Status::Unavailable);

        // And the store turns that into the question for the user.
        ProfileStore store(m_settings.get(), &keychain, nullptr);
        std::optional<ProfileStore::SaveResult> saved;
        store.save(studioProfile(), ProfileStore::SaveMode::AllowPlainText,
                   [&](const ProfileStore::SaveResult &r) { saved = r; });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 30000);
        QCOMPARE(saved->outcome, ProfileStore::SaveOutcome::KeychainUnavailable);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_settingsPath;
    std::unique_ptr<QSettings> m_settings;
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
