#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "settings.h"
#include "theme.h"
#include "translations.h"

#include <QEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Easel {

SettingsDialog::SettingsDialog(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    fillCombos();
    load();
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Apply),
            &QPushButton::clicked,
            this,
            &SettingsDialog::apply);
    connect(m_ui->outputBrowseButton,
            &QToolButton::clicked,
            this,
            &SettingsDialog::chooseOutputDirectory);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillCombos()
{
    const int themeIndex = qMax(0, m_ui->themeCombo->currentIndex());
    m_ui->themeCombo->clear();
    m_ui->themeCombo->addItem(tr("Same as the system"), int(ThemeChoice::System));
    m_ui->themeCombo->addItem(tr("Light"), int(ThemeChoice::Light));
    m_ui->themeCombo->addItem(tr("Dark"), int(ThemeChoice::Dark));
    m_ui->themeCombo->setCurrentIndex(themeIndex);

    const int languageIndex = qMax(0, m_ui->languageCombo->currentIndex());
    m_ui->languageCombo->clear();
    m_ui->languageCombo->addItem(tr("Same as the system"), QString());
    // Each language under its own name, so it can be found whatever the current one is.
    for (const QString &code : Translations::availableLanguages())
        m_ui->languageCombo->addItem(Translations::nativeName(code), code);
    m_ui->languageCombo->setCurrentIndex(languageIndex);
}

void SettingsDialog::load()
{
    m_ui->serverEdit->setText(m_settings->serverUrl().toString());
    m_ui->outputEdit->setText(m_settings->outputDirectory());
    m_ui->outputEdit->setPlaceholderText(m_settings->effectiveOutputDirectory());
    m_ui->themeCombo->setCurrentIndex(
        qMax(0, m_ui->themeCombo->findData(int(m_settings->theme()))));
    m_ui->languageCombo->setCurrentIndex(
        qMax(0, m_ui->languageCombo->findData(m_settings->language())));
    m_ui->singleInstanceCheck->setChecked(m_settings->singleInstance());
    m_ui->useSettingsTemplatesCheck->setChecked(m_settings->useSettingsKeepsTemplates());
}

void SettingsDialog::chooseOutputDirectory()
{
    const QString start = m_ui->outputEdit->text().isEmpty()
                              ? m_settings->effectiveOutputDirectory()
                              : m_ui->outputEdit->text();
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Save Outputs In"), start);
    if (!directory.isEmpty())
        m_ui->outputEdit->setText(directory);
}

bool SettingsDialog::apply()
{
    const QString serverText = m_ui->serverEdit->text().trimmed();
    const QUrl server
        = serverText.isEmpty() ? Settings::defaultServerUrl() : QUrl::fromUserInput(serverText);
    if (!server.isValid() || (server.scheme() != "http"_L1 && server.scheme() != "https"_L1)) {
        QMessageBox::warning(
            this, tr("Preferences"), tr("“%1” is not an http or https address.").arg(serverText));
        m_ui->serverEdit->setFocus();
        return false;
    }
    m_settings->setServerUrl(server);
    m_settings->setOutputDirectory(m_ui->outputEdit->text().trimmed());
    m_settings->setSingleInstance(m_ui->singleInstanceCheck->isChecked());
    m_settings->setUseSettingsKeepsTemplates(m_ui->useSettingsTemplatesCheck->isChecked());

    const auto theme = ThemeChoice(m_ui->themeCombo->currentData().toInt());
    m_settings->setTheme(theme);
    if (theme != Theme::current())
        Theme::apply(theme);

    const QString language = m_ui->languageCombo->currentData().toString();
    if (language != m_settings->language()) {
        m_settings->setLanguage(language);
        Translations::setLanguage(language);
    }
    m_settings->sync();
    emit applied();
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
    }
    QDialog::changeEvent(event);
}

} // namespace Easel
