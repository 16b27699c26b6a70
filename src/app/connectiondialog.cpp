#include "connectiondialog.h"
#include "ui_connectiondialog.h"

#include "comfyclient.h"
#include "futurecallback.h"
#include "profilestore.h"

#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Easel {

ConnectionDialog::ConnectionDialog(ProfileStore *store, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConnectionDialog>()), m_store(store)
{
    m_ui->setupUi(this);
    m_ui->headerTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    // Screen readers name the lists and the table's corner (it selects every header).
    m_ui->profileList->setAccessibleName(tr("Saved connections"));
    m_ui->headerTable->setAccessibleName(tr("Extra request headers"));
    if (auto *corner = m_ui->headerTable->findChild<QAbstractButton *>())
        corner->setAccessibleName(tr("Select all headers"));
    m_connectButton = m_ui->buttonBox->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(u"connectButton"_s);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &ConnectionDialog::saveProfile);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_connectButton, &QPushButton::clicked, this, &ConnectionDialog::connectChosen);
    connect(m_ui->farmCheck, &QCheckBox::toggled, this, [this] {
        reloadList(m_loadedName);
        updateFarm();
    });
    connect(m_ui->profileList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_ui->farmCheck->isChecked())
            return;
        const QString name = item->text();
        if (item->checkState() == Qt::Checked && !m_farm.contains(name))
            m_farm.append(name);
        else if (item->checkState() != Qt::Checked)
            m_farm.removeAll(name);
        updateFarm();
    });
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ConnectionDialog::newProfile);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(m_ui->addHeaderButton, &QPushButton::clicked, this, [this] { addHeaderRow(); });
    connect(m_ui->removeHeaderButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->headerTable->currentRow();
        if (row >= 0)
            m_ui->headerTable->removeRow(row);
    });
    connect(m_ui->tlsCheck, &QCheckBox::toggled, m_ui->fingerprintEdit, &QWidget::setEnabled);
    connect(m_ui->profileList, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (!name.isEmpty() && name != m_loadedName)
            selectProfile(name);
    });
    m_ui->fingerprintEdit->setEnabled(false);
    {
        const QSignalBlocker blocker(m_ui->farmCheck);
        m_farm = m_store->farmProfiles();
        m_ui->farmCheck->setChecked(m_store->isFarmEnabled());
    }
    reloadList({});
    updateFarm();
    if (m_ui->profileList->count() > 0)
        m_ui->profileList->setCurrentRow(0);
}

ConnectionDialog::~ConnectionDialog() = default;

bool ConnectionDialog::ask(const QString &title, const QString &text)
{
    if (m_ask)
        return m_ask(title, text);
    return QMessageBox::question(this, title, text) == QMessageBox::Yes;
}

void ConnectionDialog::reloadList(const QString &select)
{
    const QSignalBlocker blocker(m_ui->profileList);
    m_ui->profileList->clear();
    const bool farm = m_ui->farmCheck->isChecked();
    for (const QString &name : m_store->names()) {
        auto *item = new QListWidgetItem(name, m_ui->profileList);
        // Tick boxes only while a farm is being chosen: one server needs none.
        if (farm) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(m_farm.contains(name) ? Qt::Checked : Qt::Unchecked);
        }
    }
    const QList<QListWidgetItem *> found = m_ui->profileList->findItems(select, Qt::MatchExactly);
    if (!found.isEmpty())
        m_ui->profileList->setCurrentItem(found.constFirst());
}

bool ConnectionDialog::isFarmChecked() const
{
    return m_ui->farmCheck->isChecked();
}

QStringList ConnectionDialog::farmSelection() const
{
    // In the list's order, which is the order the servers appear in the farm.
    QStringList names;
    for (const QString &name : m_store->names()) {
        if (m_farm.contains(name))
            names.append(name);
    }
    return names;
}

void ConnectionDialog::setFarmSelection(bool farm, const QStringList &names)
{
    m_farm = names;
    if (m_ui->farmCheck->isChecked() == farm)
        reloadList(m_loadedName);
    m_ui->farmCheck->setChecked(farm); // reloads the list when it changes
    updateFarm();
}

void ConnectionDialog::updateFarm()
{
    const bool farm = m_ui->farmCheck->isChecked();
    const int ticked = int(farmSelection().size());
    m_ui->farmHint->setVisible(farm);
    if (farm) {
        m_ui->farmHint->setText(ticked < 2 ? tr("Tick the saved servers to use together (at least two).")
                                           : tr("%n servers ticked: the queue is spread over them.", nullptr,
                                                ticked));
        m_connectButton->setText(tr("&Connect to Farm"));
        m_connectButton->setToolTip(tr("Use the ticked servers together"));
        m_connectButton->setEnabled(ticked >= 2);
    } else {
        m_connectButton->setText(tr("&Connect"));
        m_connectButton->setToolTip(tr("Use the server shown in the form"));
        m_connectButton->setEnabled(true);
    }
}

void ConnectionDialog::connectChosen()
{
    if (m_ui->farmCheck->isChecked()) {
        const QStringList names = farmSelection();
        if (names.size() < 2)
            return;
        // Names only: each profile's secrets stay in the keychain until the farm loads them.
        m_store->setFarm(true, names);
        emit farmChosen(names);
        accept();
        return;
    }
    const ConnectionProfile profile = profileFromForm();
    const QString invalid = profile.validationError();
    if (!invalid.isEmpty()) {
        showResult(invalid, false);
        return;
    }
    m_store->setFarm(false, farmSelection()); // the ticks are kept for another time
    emit profileChosen(profile);
    accept();
}

void ConnectionDialog::selectProfile(const QString &name)
{
    m_loadedName = name;
    reloadList(name);
    setForm(m_store->profileWithoutSecrets(name));
    QPointer<ConnectionDialog> self = this;
    m_store->load(name, [self, name](const ProfileStore::LoadResult &result) {
        if (!self || self->m_loadedName != name || !result.found)
            return;
        self->setForm(result.profile);
        if (!result.warning.isEmpty())
            self->showResult(result.warning, false);
    });
}

void ConnectionDialog::newProfile()
{
    m_loadedName.clear();
    m_ui->profileList->clearSelection();
    ConnectionProfile profile;
    profile.name = tr("New server");
    profile.url = QUrl(u"http://127.0.0.1:8188/"_s);
    setForm(profile);
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
}

void ConnectionDialog::addHeaderRow(const QByteArray &name, const QByteArray &value)
{
    const int row = m_ui->headerTable->rowCount();
    m_ui->headerTable->insertRow(row);
    m_ui->headerTable->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(name)));
    m_ui->headerTable->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(value)));
}

void ConnectionDialog::setForm(const ConnectionProfile &profile)
{
    m_ui->nameEdit->setText(profile.name);
    m_ui->urlEdit->setText(profile.url.toString());
    m_ui->tlsCheck->setChecked(profile.tls);
    m_ui->fingerprintEdit->setEnabled(profile.tls);
    m_ui->fingerprintEdit->setText(TransportOptions::displayFingerprint(profile.pinnedSha256));
    m_ui->fingerprintEdit->setCursorPosition(0);
    m_ui->headerTable->setRowCount(0);
    for (const auto &[name, value] : profile.headers)
        addHeaderRow(name, value);
    m_ui->apiKeyEdit->setText(profile.comfyApiKey);
    m_ui->resultLabel->clear();
}

ConnectionProfile ConnectionDialog::profileFromForm() const
{
    ConnectionProfile profile;
    profile.name = m_ui->nameEdit->text().trimmed();
    profile.url = QUrl::fromUserInput(m_ui->urlEdit->text().trimmed());
    profile.tls = m_ui->tlsCheck->isChecked();
    const QString fingerprint = m_ui->fingerprintEdit->text().trimmed();
    profile.pinnedSha256 = TransportOptions::normalizedFingerprint(fingerprint);
    if (profile.pinnedSha256.isEmpty() && !fingerprint.isEmpty())
        profile.pinnedSha256 = "invalid"; // validationError() names it
    for (int row = 0; row < m_ui->headerTable->rowCount(); ++row) {
        const QTableWidgetItem *name = m_ui->headerTable->item(row, 0);
        const QTableWidgetItem *value = m_ui->headerTable->item(row, 1);
        const QString headerName = name ? name->text().trimmed() : QString();
        if (headerName.isEmpty())
            continue;
        profile.headers.append({headerName.toLatin1(), value ? value->text().toUtf8() : QByteArray()});
    }
    profile.comfyApiKey = m_ui->apiKeyEdit->text().trimmed();
    return profile;
}

QString ConnectionDialog::resultText() const
{
    return m_ui->resultLabel->text();
}

void ConnectionDialog::showResult(const QString &text, bool ok)
{
    m_ui->resultLabel->setText(text);
    m_ui->resultLabel->setStyleSheet(ok ? QString() : u"color: palette(link-visited);"_s);
}

void ConnectionDialog::testConnection()
{
    const ConnectionProfile profile = profileFromForm();
    const QString invalid = profile.validationError();
    if (!invalid.isEmpty()) {
        showResult(invalid, false);
        emit testFinished(false);
        return;
    }
    if (m_testClient)
        m_testClient->deleteLater();
    m_testClient = new ComfyClient(profile.serverUrl(), this);
    m_testClient->setTransportOptions(profile.transportOptions());
    m_testClient->setMaxRetries(0);
    m_testClient->setTransferTimeoutMs(15000);
    auto rejected = std::make_shared<QByteArray>();
    connect(m_testClient, &ComfyClient::certificateRejected, this,
            [rejected](const QByteArray &sha256, const QStringList &) { *rejected = sha256; });
    m_ui->testButton->setEnabled(false);
    showResult(tr("Asking %1…").arg(profile.serverUrl().toString()), true);
    onFinished(m_testClient->systemStats(), this, [this, rejected](const Result<SystemStats> &result) {
        m_ui->testButton->setEnabled(true);
        if (result.isOk()) {
            const SystemStats &stats = result.value();
            QStringList lines{tr("ComfyUI %1").arg(stats.comfyuiVersion)};
            const QLocale locale;
            for (const DeviceStats &device : stats.devices) {
                lines.append(tr("%1: %2 of %3 VRAM free")
                                 .arg(device.name, locale.formattedDataSize(device.vramFree),
                                      locale.formattedDataSize(device.vramTotal)));
            }
            showResult(lines.join(u'\n'), true);
            emit testFinished(true);
            return;
        }
        if (!rejected->isEmpty()) {
            // Only this certificate, and only after the user compared the fingerprint.
            const QString fingerprint = TransportOptions::displayFingerprint(*rejected);
            if (ask(tr("Untrusted certificate"),
                    tr("The server presents a certificate this system does not trust.\n\n"
                       "SHA-256 fingerprint:\n%1\n\nAccept exactly this certificate for this "
                       "profile? Compare the fingerprint with the one the server's "
                       "administrator gave you.")
                        .arg(fingerprint))) {
                m_ui->tlsCheck->setChecked(true);
                m_ui->fingerprintEdit->setText(fingerprint);
                m_ui->fingerprintEdit->setCursorPosition(0);
                testConnection();
                return;
            }
        }
        showResult(result.error().message(), false);
        emit testFinished(false);
    });
}

void ConnectionDialog::saveProfile()
{
    const ConnectionProfile profile = profileFromForm();
    QPointer<ConnectionDialog> self = this;
    const QString previous = m_loadedName;
    auto finish = [self, profile, previous](const ProfileStore::SaveResult &result) {
        if (!self)
            return false;
        const bool ok = result.outcome == ProfileStore::SaveOutcome::Saved
                        || result.outcome == ProfileStore::SaveOutcome::SavedInPlainText;
        if (!ok)
            return false;
        if (!previous.isEmpty() && previous != profile.name) {
            // Renamed: the farm keeps it under its new name.
            const qsizetype place = self->m_farm.indexOf(previous);
            if (place >= 0)
                self->m_farm[place] = profile.name;
            const QStringList savedFarm = self->m_store->farmProfiles();
            const bool farmEnabled = self->m_store->isFarmEnabled();
            self->m_store->remove(previous);
            if (savedFarm.contains(previous)) {
                QStringList renamed = savedFarm;
                renamed[renamed.indexOf(previous)] = profile.name;
                self->m_store->setFarm(farmEnabled, renamed);
            }
        }
        self->m_loadedName = profile.name;
        self->reloadList(profile.name);
        self->updateFarm();
        self->showResult(result.outcome == ProfileStore::SaveOutcome::Saved
                             ? tr("Saved.")
                             : tr("Saved; the secrets are in a plain-text file."),
                         true);
        emit self->saveFinished(true);
        return true;
    };
    m_store->save(profile, ProfileStore::SaveMode::KeychainOnly,
                  [self, profile, finish](const ProfileStore::SaveResult &result) {
                      if (!self || finish(result))
                          return;
                      if (result.outcome != ProfileStore::SaveOutcome::KeychainUnavailable) {
                          self->showResult(result.message, false);
                          emit self->saveFinished(false);
                          return;
                      }
                      if (!self->ask(tr("No keychain"),
                                     tr("No keychain is available to keep this profile's "
                                        "secrets (%1).\n\nStore the header values and API key "
                                        "in a plain-text file that anyone who can read your "
                                        "settings can read?")
                                         .arg(result.message))) {
                          self->showResult(tr("Not saved: no keychain."), false);
                          emit self->saveFinished(false);
                          return;
                      }
                      self->m_store->save(profile, ProfileStore::SaveMode::AllowPlainText,
                                          [self, finish](const ProfileStore::SaveResult &again) {
                                              if (!self || finish(again))
                                                  return;
                                              self->showResult(again.message, false);
                                              emit self->saveFinished(false);
                                          });
                  });
}

void ConnectionDialog::deleteProfile()
{
    const QString name = m_loadedName;
    if (name.isEmpty())
        return;
    if (!ask(tr("Delete profile"), tr("Delete the profile “%1” and its secrets?").arg(name)))
        return;
    m_store->remove(name);
    m_farm.removeAll(name);
    m_loadedName.clear();
    reloadList({});
    updateFarm();
    if (m_ui->profileList->count() > 0)
        selectProfile(m_ui->profileList->item(0)->text());
    else
        newProfile();
}

} // namespace Easel
