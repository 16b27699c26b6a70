#pragma once

#include <QDialog>

#include <memory>

QT_BEGIN_NAMESPACE
class QTimer;
namespace Ui {
class KioskUnlockDialog;
}
QT_END_NAMESPACE

namespace Easel {

class KioskThrottle;

// Asks for the administrator's PIN. The PIN is checked against the stored PBKDF2 hash;
// the throttle (owned by the caller, so closing and reopening the dialog does not reset
// it) refuses attempts while locked out and the dialog counts the wait down.
class KioskUnlockDialog : public QDialog
{
    Q_OBJECT
public:
    KioskUnlockDialog(const QString &pinHash, KioskThrottle *throttle, QWidget *parent = nullptr);
    ~KioskUnlockDialog() override;

    // Checks pin (as if typed and confirmed); accepts the dialog when it matches.
    bool tryPin(const QString &pin);
    QString message() const;

private:
    void updateLockout();

    std::unique_ptr<Ui::KioskUnlockDialog> m_ui;
    QString m_pinHash;
    KioskThrottle *m_throttle;
    QTimer *m_countdown;
};

} // namespace Easel
