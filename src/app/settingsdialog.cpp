#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "settings.h"
#include "theme.h"
#include "translations.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

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
    m_ui->keepFinishedSpin->setValue(m_settings->keepFinishedJobs());
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

void SettingsDialog::setRunning(const QString &server, const QString &outputDirectory)
{
    m_runningServer = server;
    m_runningOutput = outputDirectory;
    if (!m_runningNote) {
        m_runningNote = new QLabel(this);
        m_runningNote->setObjectName(u"runningNote"_s);
        m_runningNote->setWordWrap(true);
        m_runningNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_runningNote->setFrameShape(QFrame::StyledPanel);
        m_runningNote->setContentsMargins(8, 6, 8, 6);
        m_ui->dialogLayout->insertWidget(0, m_runningNote);
    }
    const bool serverDiffers = !server.isEmpty()
                               && QUrl(server).adjusted(QUrl::StripTrailingSlash)
                                      != m_settings->serverUrl().adjusted(QUrl::StripTrailingSlash);
    const bool outputDiffers = !outputDirectory.isEmpty()
                               && QDir::cleanPath(outputDirectory) != QDir::cleanPath(m_settings->effectiveOutputDirectory());
    QStringList lines;
    if (serverDiffers)
        lines << tr("This window uses the server <b>%1</b> (from the command line, a connection profile or "
                    "the farm), not the one below.")
                     .arg(server.toHtmlEscaped());
    if (outputDiffers)
        lines << tr("It saves outputs in <b>%1</b> (from the command line), not in the folder below.")
                     .arg(QDir::toNativeSeparators(outputDirectory).toHtmlEscaped());
    if (!lines.isEmpty())
        lines << tr("The fields below are what Easel uses when it starts without those options.");
    m_runningNote->setText(lines.join(u"<br>"_s));
    m_runningNote->setVisible(!lines.isEmpty());
}

QString SettingsDialog::runningNote() const
{
    return m_runningNote && m_runningNote->isVisibleTo(this) ? m_runningNote->text() : QString();
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
    // The window applies it to its queue on applied().
    m_settings->setKeepFinishedJobs(m_ui->keepFinishedSpin->value());

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
