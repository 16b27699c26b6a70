#pragma once

#include "transportoptions.h"

#include <QHash>
#include <QMainWindow>
#include <QUrl>
#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QSystemTrayIcon;
namespace Ui {
class MainWindow;
}
QT_END_NAMESPACE

namespace Easel {

class CatalogueCache;
class ComfyClient;
class ConnectionMonitor;
class EventStream;
class GalleryWidget;
class JobQueue;
class JobResync;
class JobRunner;
class NodeCatalogue;
class NoticeBar;
class OutputListModel;
class OutputStore;
class PreviewPane;
class QueuePanel;
class WorkflowEditor;
struct JobFailure;
struct SavedOutput;

// The main window: the workflow editor on the left, the live preview and the queue, this
// session's outputs and the library on the right. It wires core objects to widgets and
// does no work of its own: files are read, JSON parsed and images decoded off the GUI
// thread by the parts it connects.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // transport: a connection profile's headers, pinned certificate and API key.
    MainWindow(const QUrl &server, const QString &outputDirectory, QWidget *parent = nullptr,
               const TransportOptions &transport = {});
    ~MainWindow() override;

    // Opens a workflow (API or saved JSON, or a PNG/WebP that carries one).
    void openWorkflow(const QString &path);
    // "Use these settings" of a library output (its job's API prompt): applied to the open
    // workflow in one undo step when it is the same graph, else opened as a new document.
    void useOutputSettings(const QByteArray &apiPromptJson);
    WorkflowEditor *editor() const { return m_editor; }
    JobQueue *jobQueue() const { return m_queue; }
    // Switches to another server or connection profile (Server → Connections…).
    void useConnection(const QUrl &server, const TransportOptions &transport);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUpEditor();
    void setUpQueue();
    void loadCatalogue();
    void setCatalogue(const std::shared_ptr<const NodeCatalogue> &catalogue);
    void chooseWorkflow();
    void queueWorkflow();
    void queueVariations();
    QByteArray promptForQueue(bool *ok);
    void interruptRunning();
    void onJobFailed(const QString &jobId, const JobFailure &failure);
    void noteLostJob(const QString &jobId);
    void retryLostJobs();
    void onOutputSaved(const SavedOutput &output);
    void showFinishedImage(const QString &path);
    void uploadImage(const QString &nodeId, const QString &input, const QString &localPath);
    void retranslateCodeTexts();
    void updateTitle();
    void showPreferences();
    void showConnections();
    void log(const QString &message);
    void updateButtons();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QUrl m_server;
    ComfyClient *m_client;
    EventStream *m_events;
    ConnectionMonitor *m_monitor;
    OutputStore *m_store;
    JobRunner *m_runner;
    JobQueue *m_queue;
    JobResync *m_resync;
    WorkflowEditor *m_editor;
    PreviewPane *m_preview;
    QueuePanel *m_queuePanel;
    GalleryWidget *m_gallery = nullptr;
    QString m_queueingName; // the document being queued, while queueWorkflow/queueVariations run
    OutputListModel *m_outputs;
    QLabel *m_connectionLabel;
    QProgressBar *m_progressBar;
    QSystemTrayIcon *m_tray;
    NoticeBar *m_restartNotice;
    QStringList m_lostJobIds; // forgotten by a restarted server, offered for retry
    QHash<QString, QString> m_batchWorkflowNames; // batch id -> document name, this session
    std::unique_ptr<CatalogueCache> m_catalogueCache;
    std::shared_ptr<const NodeCatalogue> m_catalogue;
    QByteArray m_catalogueHash;
};

} // namespace Easel
