#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;
QT_END_NAMESPACE

namespace Easel {

class JobQueue;

// The queue panel: every job of Easel's queue (and other clients' jobs on the server) with
// its batch, changed inputs, state, position, elapsed and estimated time. Waiting jobs are
// reordered by drag and drop; the buttons pause/resume the queue and cancel, interrupt or
// retry the selected jobs. The running job's step progress is shown under the list.
class QueuePanel : public QWidget
{
    Q_OBJECT
public:
    explicit QueuePanel(QWidget *parent = nullptr);
    ~QueuePanel() override;

    void setQueue(JobQueue *queue);
    JobQueue *queue() const { return m_queue; }
    QTreeView *view() const { return m_view; }
    QStringList selectedJobIds() const;
    // The Server column (which server of a render farm runs each job): shown in farm mode.
    void setShowServers(bool show);
    bool showsServers() const { return m_showServers; }

signals:
    // The artist picked a job (to show its failure, outputs or node errors).
    void jobActivated(const QString &jobId);

private:
    void updateButtons();
    void cancelSelected();
    void interruptSelected();
    void retrySelected();

    JobQueue *m_queue = nullptr;
    QTreeView *m_view;
    QPushButton *m_pauseButton;
    QPushButton *m_cancelButton;
    QPushButton *m_interruptButton;
    QPushButton *m_retryButton;
    QPushButton *m_clearButton;
    QLabel *m_stepLabel;
    QProgressBar *m_stepBar;
    bool m_showServers = false;
};

} // namespace Easel
