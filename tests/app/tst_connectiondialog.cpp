// Server → Connections…: the dialog against the simulator over TLS (a certificate the test
// makes), with a keychain that is not there: test before saving, accept a certificate by
// fingerprint, the plain-text question, headers, delete, and the window's menu item.
#include "connectiondialog.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "profilestore.h"
#include "settingssecretstore.h"
#include "simserver.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_ConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testShowsStatsAfterTheUserAcceptsTheCertificate();
    void declinedCertificateIsNotPinned();
    void savingWithoutKeychainAsksFirst();
    void headersReachTheServer();
    void deleteRemovesTheProfile();
    void windowHasConnectionsMenuItem();
    void farmChoiceIsSavedByName();

private:
    void fillForm(ConnectionDialog &dialog, const QString &name);
    template<typename T>
    T *child(QWidget &parent, const char *name)
    {
        T *widget = parent.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
    std::unique_ptr<Sim::SimServer> m_sim;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<SettingsSecretStore> m_plain;
    std::unique_ptr<ProfileStore> m_store;
    QStringList m_questions;
    bool m_answer = true;
};

void tst_ConnectionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString certPath = m_dir.filePath(u"sim.crt"_s);
    const QString keyPath = m_dir.filePath(u"sim.key"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                 u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=easel-sim"_s, u"-keyout"_s,
                                 keyPath, u"-out"_s, certPath});
    QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
             openssl.readAllStandardError().constData());
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    m_certificate = QSslCertificate(certFile.readAll());
    m_key = QSslKey(keyFile.readAll(), QSsl::Rsa);
    QVERIFY(!m_certificate.isNull() && !m_key.isNull());
}

void tst_ConnectionDialog::init()
{
    m_sim = std::make_unique<Sim::SimServer>();
    m_sim->setTls(m_certificate, m_key);
    QVERIFY(m_sim->listen(QHostAddress::LocalHost, 0) != 0);
    m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings-%1.ini"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))),
                                             QSettings::IniFormat);
    m_keychain = std::make_unique<MemorySecretStore>();
    m_keychain->setAvailable(false); // as on a machine without a keychain service
    m_plain = std::make_unique<SettingsSecretStore>(m_settings.get());
    m_store = std::make_unique<ProfileStore>(m_settings.get(), m_keychain.get(), m_plain.get());
    m_questions.clear();
    m_answer = true;
}

void tst_ConnectionDialog::cleanup()
{
    m_store.reset();
    m_plain.reset();
    m_keychain.reset();
    m_settings.reset();
    m_sim.reset();
}

void tst_ConnectionDialog::fillForm(ConnectionDialog &dialog, const QString &name)
{
    dialog.setAsk([this](const QString &, const QString &text) {
        m_questions.append(text);
        return m_answer;
    });
    QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
    child<QLineEdit>(dialog, "nameEdit")->setText(name);
    child<QLineEdit>(dialog, "urlEdit")->setText(m_sim->baseUrl().toString());
    child<QCheckBox>(dialog, "tlsCheck")->setChecked(true);
}

void tst_ConnectionDialog::testShowsStatsAfterTheUserAcceptsTheCertificate()
{
    ConnectionDialog dialog(m_store.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillForm(dialog, u"Studio"_s);
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "testButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QCOMPARE(finished.constLast().at(0).toBool(), true);

    // The user was shown exactly the server's certificate fingerprint, and it is now pinned.
    const QString fingerprint = TransportOptions::displayFingerprint(
        m_certificate.digest(QCryptographicHash::Sha256).toHex());
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.constFirst().contains(fingerprint));
    QCOMPARE(child<QLineEdit>(dialog, "fingerprintEdit")->text(), fingerprint);

    // The system stats the simulator serves (a copy of the recorded capture).
    QFile capture(QStringLiteral(EASEL_SHARED_DIR "/captures/system_stats.json"));
    QVERIFY(capture.open(QIODevice::ReadOnly));
    const QJsonObject stats = QJsonDocument::fromJson(capture.readAll()).object();
    const QString version = stats.value("system"_L1).toObject().value("comfyui_version"_L1).toString();
    const QString device = stats.value("devices"_L1).toArray().at(0).toObject().value("name"_L1).toString();
    QVERIFY(!version.isEmpty());
    QVERIFY2(dialog.resultText().contains(version), qPrintable(dialog.resultText()));
    QVERIFY2(dialog.resultText().contains(device), qPrintable(dialog.resultText()));
    QVERIFY(dialog.resultText().contains(u"VRAM"_s));
    dialog.grab().save(m_dir.filePath(u"connectiondialog.png"_s));
    if (qEnvironmentVariableIsSet("EASEL_SCREENSHOT_DIR"))
        dialog.grab().save(qEnvironmentVariable("EASEL_SCREENSHOT_DIR") + u"/connectiondialog.png"_s);
}

void tst_ConnectionDialog::declinedCertificateIsNotPinned()
{
    ConnectionDialog dialog(m_store.get());
    fillForm(dialog, u"Studio"_s);
    m_answer = false;
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    dialog.testConnection();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QCOMPARE(finished.constLast().at(0).toBool(), false);
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(child<QLineEdit>(dialog, "fingerprintEdit")->text().isEmpty());
    QVERIFY2(dialog.resultText().contains(u"certificate"_s), qPrintable(dialog.resultText()));
}

void tst_ConnectionDialog::savingWithoutKeychainAsksFirst()
{
    ConnectionDialog dialog(m_store.get());
    fillForm(dialog, u"Studio"_s);
    child<QLineEdit>(dialog, "apiKeyEdit")->setText(u"comfy-key-for-the-dialog"_s);
    QSignalSpy saved(&dialog, &ConnectionDialog::saveFinished);

    m_answer = false; // "store in plain text?" -> no
    dialog.saveProfile();
    QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 30000);
    QCOMPARE(saved.constLast().at(0).toBool(), false);
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_store->names().isEmpty());

    m_answer = true;
    dialog.saveProfile();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 30000);
    QCOMPARE(saved.constLast().at(0).toBool(), true);
    QCOMPARE(m_store->names(), QStringList{u"Studio"_s});
    QVERIFY(m_store->secretsInPlainText(u"Studio"_s));
    QCOMPARE(child<QListWidget>(dialog, "profileList")->count(), 1);
}

void tst_ConnectionDialog::headersReachTheServer()
{
    m_sim.reset();
    m_sim = std::make_unique<Sim::SimServer>();
    m_sim->setTls(m_certificate, m_key);
    m_sim->setRequiredHeader("Authorization", "Bearer dialog-token");
    QVERIFY(m_sim->listen(QHostAddress::LocalHost, 0) != 0);

    ConnectionDialog dialog(m_store.get());
    fillForm(dialog, u"Proxy"_s);
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    dialog.testConnection(); // accepts the certificate, then 401
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QCOMPARE(finished.constLast().at(0).toBool(), false);
    QVERIFY2(dialog.resultText().contains(u"401"_s), qPrintable(dialog.resultText()));

    QTest::mouseClick(child<QPushButton>(dialog, "addHeaderButton"), Qt::LeftButton);
    auto *table = child<QTableWidget>(dialog, "headerTable");
    QCOMPARE(table->rowCount(), 1);
    table->item(0, 0)->setText(u"Authorization"_s);
    table->item(0, 1)->setText(u"Bearer dialog-token"_s);
    dialog.testConnection();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QCOMPARE(finished.constLast().at(0).toBool(), true);
}

void tst_ConnectionDialog::deleteRemovesTheProfile()
{
    ConnectionProfile profile;
    profile.name = u"Old server"_s;
    profile.url = QUrl(u"http://127.0.0.1:1/"_s);
    bool done = false;
    m_store->save(profile, ProfileStore::SaveMode::KeychainOnly,
                  [&](const ProfileStore::SaveResult &) { done = true; });
    QTRY_VERIFY(done);
    ConnectionDialog dialog(m_store.get());
    dialog.setAsk([](const QString &, const QString &) { return true; });
    QCOMPARE(child<QListWidget>(dialog, "profileList")->count(), 1);
    QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), profile.name);
    QTest::mouseClick(child<QPushButton>(dialog, "deleteButton"), Qt::LeftButton);
    QVERIFY(m_store->names().isEmpty());
    QCOMPARE(child<QListWidget>(dialog, "profileList")->count(), 0);
}

void tst_ConnectionDialog::windowHasConnectionsMenuItem()
{
    QTemporaryDir out;
    MainWindow window(m_sim->baseUrl(), out.path());
    auto *action = window.findChild<QAction *>(u"actionConnections"_s);
    QVERIFY(action);
    QVERIFY(!action->text().isEmpty());
}

// "Use several servers together as a farm": tick boxes appear on the saved profiles,
// Connect needs two, and the choice is kept by name only (secrets stay where each profile
// keeps them), read back by the next dialog, and follows deletes.
void tst_ConnectionDialog::farmChoiceIsSavedByName()
{
    const QString secret = u"farm-member-api-key"_s;
    for (const QString &name : {u"Attic GPU"_s, u"Basement GPU"_s, u"Cloud GPU"_s}) {
        ConnectionProfile profile;
        profile.name = name;
        profile.url = QUrl(u"http://127.0.0.1:%1/"_s.arg(9000 + name.size()));
        if (name.startsWith(u'B'))
            profile.comfyApiKey = secret;
        bool done = false;
        m_store->save(profile, ProfileStore::SaveMode::AllowPlainText,
                      [&](const ProfileStore::SaveResult &) { done = true; });
        QTRY_VERIFY(done);
    }
    QCOMPARE(m_store->names().size(), 3);
    QVERIFY(!m_store->isFarmEnabled());

    {
        ConnectionDialog dialog(m_store.get());
        dialog.setAsk([](const QString &, const QString &) { return true; });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = child<QListWidget>(dialog, "profileList");
        auto *farm = child<QCheckBox>(dialog, "farmCheck");
        auto *connectButton = child<QPushButton>(dialog, "connectButton");
        QVERIFY(!farm->isChecked());
        // One server: no tick boxes, and Connect uses the form.
        QVERIFY(!list->item(0)->data(Qt::CheckStateRole).isValid());
        QVERIFY(connectButton->isEnabled());

        farm->setChecked(true);
        QCOMPARE(list->count(), 3);
        QCOMPARE(list->item(0)->checkState(), Qt::Unchecked);
        QVERIFY(!connectButton->isEnabled()); // none ticked yet
        list->item(0)->setCheckState(Qt::Checked);
        QVERIFY(!connectButton->isEnabled()); // one is no farm
        list->item(1)->setCheckState(Qt::Checked);
        QVERIFY(connectButton->isEnabled());
        QCOMPARE(dialog.farmSelection(), (QStringList{u"Attic GPU"_s, u"Basement GPU"_s}));
        QVERIFY(child<QLabel>(dialog, "farmHint")->text().contains(u'2'));
        if (qEnvironmentVariableIsSet("EASEL_SCREENSHOT_DIR"))
            dialog.grab().save(qEnvironmentVariable("EASEL_SCREENSHOT_DIR") + u"/connectiondialog-farm.png"_s);

        QSignalSpy chosen(&dialog, &ConnectionDialog::farmChosen);
        QSignalSpy single(&dialog, &ConnectionDialog::profileChosen);
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(single.size(), 0);
        QCOMPARE(chosen.constFirst().at(0).toStringList(), (QStringList{u"Attic GPU"_s, u"Basement GPU"_s}));
    }
    QVERIFY(m_store->isFarmEnabled());
    QCOMPARE(m_store->farmProfiles(), (QStringList{u"Attic GPU"_s, u"Basement GPU"_s}));
    // Names only in the settings: the member's API key is not next to them.
    m_settings->sync();
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll();
    QVERIFY(text.contains("[connectionFarm]"));
    const QByteArray farmGroup = text.mid(text.indexOf("[connectionFarm]"));
    QVERIFY(!farmGroup.left(farmGroup.indexOf("\n[", 1)).contains(secret.toUtf8()));

    {
        // The next dialog shows the farm as saved.
        ConnectionDialog dialog(m_store.get());
        dialog.setAsk([](const QString &, const QString &) { return true; });
        QVERIFY(child<QCheckBox>(dialog, "farmCheck")->isChecked());
        auto *list = child<QListWidget>(dialog, "profileList");
        QCOMPARE(list->item(0)->checkState(), Qt::Checked);
        QCOMPARE(list->item(1)->checkState(), Qt::Checked);
        QCOMPARE(list->item(2)->checkState(), Qt::Unchecked);
        // A deleted member leaves the farm; one server left is no farm.
        dialog.selectProfile(u"Basement GPU"_s);
        QTest::mouseClick(child<QPushButton>(dialog, "deleteButton"), Qt::LeftButton);
        QCOMPARE(m_store->farmProfiles(), QStringList{u"Attic GPU"_s});
        QVERIFY(!m_store->isFarmEnabled());
        QVERIFY(!child<QPushButton>(dialog, "connectButton")->isEnabled());

        // Connecting to one server keeps the ticks but turns the farm off.
        child<QCheckBox>(dialog, "farmCheck")->setChecked(false);
        dialog.selectProfile(u"Cloud GPU"_s);
        QSignalSpy single(&dialog, &ConnectionDialog::profileChosen);
        QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
        QCOMPARE(single.size(), 1);
        QCOMPARE(single.constFirst().at(0).value<ConnectionProfile>().name, u"Cloud GPU"_s);
    }
    QVERIFY(!m_store->isFarmEnabled());
    QCOMPARE(m_store->farmProfiles(), QStringList{u"Attic GPU"_s});
}

QTEST_MAIN(tst_ConnectionDialog)
#include "tst_connectiondialog.moc"
