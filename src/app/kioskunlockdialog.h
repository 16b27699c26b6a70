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

// Asks for the administrator's PIN. The PIN is checked against the stored slow hash off
// the GUI thread (Argon2id takes a good part of a second by design); the throttle (owned
// by the caller, so closing and reopening the dialog does not reset it) refuses attempts
// while locked out and the dialog counts the wait down. An empty PIN is not an attempt.
class KioskUnlockDialog : public QDialog
{
    Q_OBJECT
public:
    KioskUnlockDialog(const QString &pinHash, KioskThrottle *throttle, QWidget *parent = nullptr);
    ~KioskUnlockDialog() override;

    // Checks pin (as if typed and confirmed); accepts the dialog when it matches. False
    // when refused at once (empty, locked out, a check already running); else the answer
    // comes with checked().
    bool tryPin(const QString &pin);
    bool isChecking() const { return m_checking; }
    QString message() const;

signals:
    void checked(bool matched);

private:
    void updateLockout();
    void onChecked(bool matched);

    std::unique_ptr<Ui::KioskUnlockDialog> m_ui;
    QString m_pinHash;
    KioskThrottle *m_throttle;
    QTimer *m_countdown;
    bool m_checking = false;
};

} // namespace Easel
