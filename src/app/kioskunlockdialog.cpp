#include "kioskunlockdialog.h"
#include "ui_kioskunlockdialog.h"

#include "kioskpin.h"
#include "kioskthrottle.h"

#include <QFutureWatcher>
#include <QPushButton>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Easel {

KioskUnlockDialog::KioskUnlockDialog(const QString &pinHash, KioskThrottle *throttle, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::KioskUnlockDialog>())
    , m_pinHash(pinHash)
    , m_throttle(throttle)
    , m_countdown(new QTimer(this))
{
    m_ui->setupUi(this);
    setObjectName(u"kioskUnlockDialog"_s);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &KioskUnlockDialog::updateLockout);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] { tryPin(m_ui->pinEdit->text()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_pinHash.isEmpty())
        m_ui->messageLabel->setText(tr("No administrator PIN is configured; kiosk mode cannot be left here."));
    updateLockout();
}

KioskUnlockDialog::~KioskUnlockDialog() = default;

QString KioskUnlockDialog::message() const
{
    return m_ui->messageLabel->text();
}

bool KioskUnlockDialog::tryPin(const QString &pin)
{
    m_ui->pinEdit->clear();
    if (m_checking || m_pinHash.isEmpty() || !m_throttle->mayAttempt()) {
        updateLockout();
        return false;
    }
    if (pin.isEmpty()) {
        // A press of OK on an empty field is not a guess: it does not count.
        m_ui->messageLabel->setText(tr("Type the PIN."));
        return false;
    }
    m_checking = true;
    m_ui->messageLabel->setText(tr("Checking…"));
    m_ui->pinEdit->setEnabled(false);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher] {
        watcher->deleteLater();
        onChecked(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([pin, hash = m_pinHash] { return KioskPin::verify(pin, hash); }));
    return true;
}

void KioskUnlockDialog::onChecked(bool matched)
{
    m_checking = false;
    if (matched) {
        m_throttle->recordSuccess();
        emit checked(true);
        accept();
        return;
    }
    m_throttle->recordFailure();
    m_ui->messageLabel->setText(tr("Wrong PIN."));
    m_ui->pinEdit->setEnabled(true);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
    updateLockout();
    emit checked(false);
}

void KioskUnlockDialog::updateLockout()
{
    const qint64 remaining = m_throttle->remainingMs();
    const bool locked = remaining > 0 || m_pinHash.isEmpty();
    m_ui->pinEdit->setEnabled(!locked);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!locked);
    if (remaining > 0) {
        m_ui->messageLabel->setText(
            tr("Too many wrong PINs. Try again in %n second(s).", nullptr, int((remaining + 999) / 1000)));
        m_countdown->start();
    } else {
        if (m_countdown->isActive()) {
            m_countdown->stop();
            m_ui->messageLabel->clear();
        }
        if (!m_pinHash.isEmpty())
            m_ui->pinEdit->setFocus();
    }
}

} // namespace Easel
