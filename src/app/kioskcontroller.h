#pragma once

#include "kioskfairshare.h"
#include "kioskpolicy.h"
#include "kioskthrottle.h"

#include <QObject>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
QT_END_NAMESPACE

namespace Easel {

class KioskEscapeFilter;
class KioskWindowGuard;
class MainWindow;
class OutputListModel;

// Kiosk mode (docs/kiosk.md): locks a MainWindow down for visitors, from the outside, so
// the window itself stays as it is. Full screen and frameless; one list of the approved
// workflows instead of File > Open; the administrator's input locks installed as the
// workflow model's edit guard (every edit path obeys it); a big Generate button, the
// preview and this session's outputs. An application-wide event filter blocks the
// escapes (closing, Ctrl+Q, drag and drop, file dialogs, context menus, upload buttons),
// every window action but Queue is made inert, and URL opening is refused. Every value
// that leaves the kiosk passes KioskEditRules; Generate gets a fair share
// (KioskFairShare) and the visitor sees only calm text of the kiosk's own (server
// addresses and errors go to the log). The window takes itself back (KioskWindowGuard).
// User input restarts the idle timer, whose timeout brings back a clean state. The PIN
// dialog (KioskUnlockDialog) is the only way out.
class KioskController : public QObject
{
    Q_OBJECT
public:
    // Exit status of an administrator's quit; the systemd unit does not restart on it.
    static constexpr int adminExitCode = 3;

    KioskController(MainWindow *window, const KioskPolicy &policy, KioskThrottle::Clock clock = {},
                    QObject *parent = nullptr);
    ~KioskController() override;

    const KioskPolicy &policy() const { return m_policy; }
    KioskThrottle *throttle() { return &m_throttle; }
    KioskFairShare *fairShare() { return &m_fairShare; }
    KioskWindowGuard *windowGuard() const { return m_guard; }
    // What the visitor reads under the workflow list (empty after the idle reset).
    QString visitorStatus() const;
    // This kiosk's jobs that are not finished (waiting in Easel or on the server, running).
    int unfinishedJobs() const;
    QStringList approvedWorkflows() const { return m_workflows; }
    bool isUnlocked() const { return m_unlocked; }
    int refusedUrlCount() const { return m_refusedUrls; }

    // Shows the window over the whole screen, also where no window manager honours full
    // screen requests.
    void show();
    void selectWorkflow(int index);
    // The Generate button and Ctrl+Return: queues the open workflow when the fair share
    // and the rules allow; true when a job was queued.
    bool generate();
    // The visitor's Cancel: their newest job that has not started running.
    bool cancelWaiting();
    // "Use these settings" in kiosk mode: the prompt's values for the open workflow's
    // inputs, each through the lock (locked or out-of-range ones are refused). Returns the
    // number applied; refused counts the ones the lock refused.
    int applySettings(const QByteArray &apiPromptJson, int *refused = nullptr);
    // Back to a clean state: the first approved workflow reloaded, this session's outputs
    // and the preview cleared, open dialogs closed.
    void resetToCleanState();
    // Opens the PIN dialog; on the right PIN the kiosk is unlocked and adminQuitRequested()
    // is emitted (main() exits with adminExitCode).
    void showUnlockDialog();

public slots:
    // The URL handler for http, https and file: refuses every URL.
    void refuseUrl(const QUrl &url);

signals:
    void urlRefused(const QUrl &url);
    void escapeBlocked(const QString &what);
    void resetDone();
    void adminQuitRequested();

private:
    void lockDown();
    void makeActionsInert();
    void buildKioskBar();
    void ensureApproved();
    void onOutputSaved(const QString &path);
    void showOutputMenu(const QPoint &position);
    void restartIdleTimer();
    void setVisitorStatus(const QString &text);
    void updateCancel();
    void onJobStateChanged(const QString &jobId, int state);

    MainWindow *m_window;
    KioskPolicy m_policy;
    KioskThrottle m_throttle;
    KioskFairShare m_fairShare;
    QStringList m_workflows;
    int m_current = 0;
    bool m_unlocked = false;
    int m_refusedUrls = 0;
    QTimer *m_idleTimer;
    KioskEscapeFilter *m_filter;
    KioskWindowGuard *m_guard;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QComboBox *m_workflowCombo = nullptr;
    OutputListModel *m_outputs = nullptr;
};

} // namespace Easel
