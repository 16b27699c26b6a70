#pragma once

#include "parameterlabels.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QTreeView;
QT_END_NAMESPACE

namespace Easel {

class DisplayThrottle;
class JobQueue;
class QueueView;

// The queue panel: every job of Easel's queue (and other clients' jobs on the server) with
// its batch, changed inputs, state, position, elapsed and estimated time. Waiting jobs are
// reordered by drag and drop; the buttons pause/resume the queue and cancel, interrupt or
// retry the selected jobs. The running job's step progress is shown under the list.
// The same commands, and moving waiting jobs, are in a context menu and on keys while the
// list has the focus: Ctrl+Home/Up/Down/End move, Delete cancels, Ctrl+R retries, Enter
// shows the output. Job names are elided in the middle (index and changes stay readable).
// The line under the list follows the running job at display rate (DisplayThrottle), not
// once per message: on a fast server many jobs and steps go by between two updates.
class QueuePanel : public QWidget
{
    Q_OBJECT
public:
    explicit QueuePanel(QWidget *parent = nullptr);
    ~QueuePanel() override;

    void setQueue(JobQueue *queue);
    JobQueue *queue() const { return m_queue; }
    QTreeView *view() const;
    QStringList selectedJobIds() const;
    // The Server column (which server of a render farm runs each job): shown in farm mode.
    void setShowServers(bool show);
    bool showsServers() const { return m_showServers; }

    enum class Move { Top, Up, Down, Bottom };
    // Moves the selected waiting jobs (those on a server or finished stay where they are).
    void moveSelected(Move move);
    QAction *moveTopAction() const { return m_moveTop; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *moveBottomAction() const { return m_moveBottom; }
    QAction *cancelAction() const { return m_cancelAction; }
    QAction *retryAction() const { return m_retryAction; }
    QAction *showOutputAction() const { return m_showOutput; }
    QAction *openSettingsAction() const { return m_openSettings; }
    // The menu the list shows on a right click (built for the current selection).
    QMenu *createContextMenu(QWidget *parent);
    // The step line's pace (tests make it long to see many changes make one).
    DisplayThrottle *stepThrottle() const { return m_stepShown; }
    // The list keeps the running job in view (a few finished rows above it, the waiting
    // ones below) until the artist scrolls it away; scrolling back to it follows again.
    // While the pointer is over the list nothing moves (a row aimed at stays put).
    bool followsRunningJob() const { return m_followRunning; }
    // How many finished rows the queue may pass its bound by before it drops the oldest
    // together (JobQueue::setKeepFinished's slack): a removal per batch, not per job.
    static int keepFinishedSlack(int keep);
    // How many times the buttons were worked out from the selection (tests read it).
    qint64 buttonUpdateCount() const { return m_buttonUpdates; }

signals:
    // The artist picked a job (to show its failure, outputs or node errors).
    void jobActivated(const QString &jobId);
    void showOutputRequested(const QString &jobId);
    // Open the settings this job runs with (its own prompt) in the editor.
    void openSettingsRequested(const QString &jobId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // In a narrow dock (beside the viewer) the columns that repeat the job's name (its
    // changes) or matter less (position, elapsed) step aside, so the name and the state
    // are read without scrolling; a wider dock shows them all.
    void fitColumns();
    void updateButtons();
    // Puts the running job's node and step (m_step) or the queue's state under the list.
    void showStep();
    // Scrolls the running job into view while following (at display rate, from showStep).
    void followRunningJob();
    // After the artist's own scrolling: follow while the running job is still in view.
    void updateFollowing();
    // The running node in the editor's words, from the job's own prompt.
    QString nodeLabel(const QString &jobId, const QString &nodeId);
    QString currentJobId() const;
    void cancelSelected();
    void interruptSelected();
    void retrySelected();

    JobQueue *m_queue = nullptr;
    QueueView *m_view;
    QPushButton *m_pauseButton;
    QPushButton *m_cancelButton;
    QPushButton *m_interruptButton;
    QPushButton *m_retryButton;
    QPushButton *m_clearButton;
    QAction *m_moveTop;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_moveBottom;
    QAction *m_cancelAction;
    QAction *m_retryAction;
    QAction *m_showOutput;
    QAction *m_openSettings;
    QLabel *m_emptyLabel; // over the empty list: what appears there
    QLabel *m_stepLabel;
    QProgressBar *m_stepBar;
    // The newest running node and step the queue reported, shown by m_stepShown.
    struct Step
    {
        QString jobId;
        QString nodeId; // empty: no node reported since the job started
        double value = 0;
        double max = 0; // 0: the node has reported no steps
    };
    Step m_step;
    bool m_barShown = false; // stays up between jobs of a run: no flicker at 50 jobs a second
    DisplayThrottle *m_stepShown;
    bool m_showServers = false;
    bool m_followRunning = true;
    qint64 m_buttonUpdates = 0;
    QString m_labelsJobId; // whose prompt m_labels names
    ParameterLabels m_labels;
};

} // namespace Easel
