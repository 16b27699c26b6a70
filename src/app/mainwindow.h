#pragma once

#include "batchnames.h"
#include "serverchoice.h"
#include "transportoptions.h"

#include <QHash>
#include <QSet>
#include <QMainWindow>
#include <QUrl>
#include <memory>

QT_BEGIN_NAMESPACE
class QDockWidget;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QSystemTrayIcon;
namespace Ui {
class MainWindow;
}
QT_END_NAMESPACE

namespace Easel {

class CatalogueLoader;
class DockLayout;
class ComfyClient;
class ConnectionMonitor;
class EventStream;
class FarmDispatcher;
class GalleryWidget;
class ImageInputController;
class JobQueue;
class JsonTree;
class LibraryDock;
class JobResync;
class JobRunner;
class NodeCatalogue;
class NoticeBar;
class OutputListModel;
class OutputStore;
class PacedLabel;
class ViewerPane;
class QueuePanel;
class QueueServers;
class RunGroupSummary;
class ServerSession;
class ServersPanel;
class Shortcuts;
class StartPage;
class WorkflowEditor;
struct JobFailure;
struct QueuedJob;
struct SavedOutput;
struct Starter;

// The main window: the workflow editor on the left, the live preview and the queue, this
// session's outputs and the library on the right. It wires core objects to widgets and
// does no work of its own: files are read, JSON parsed and images decoded off the GUI
// thread by the parts it connects.
//
// With several servers it runs a render farm: QueueServers gives the queue a farm's
// dispatch, the Servers dock shows their health and the status bar how many are ready; the
// first server still serves the editor (node catalogue, image thumbnails and uploads), as
// the only one does otherwise. The window never asks which it has: it shows what the
// queue, its dispatch and QueueServers say.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // transport: a connection profile's headers, pinned certificate and API key.
    MainWindow(const QUrl &server, const QString &outputDirectory, QWidget *parent = nullptr,
               const TransportOptions &transport = {});
    // Two or more servers: a render farm over them all. One: exactly the constructor above.
    MainWindow(const ServerChoices &servers, const QString &outputDirectory, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workflow (API or saved JSON, or a PNG/WebP that carries one).
    void openWorkflow(const QString &path);
    // "Use these settings" of a library output (its job's API prompt): applied to the open
    // workflow in one undo step when it is the same graph, else opened as a new document.
    // With the preference set, {a|b} and %…% text comes back as written, from the job's
    // saved workflow (workflowJson) when there is one.
    void useOutputSettings(const QByteArray &apiPromptJson, const QByteArray &workflowJson = {});
    // Queue (the button and Ctrl+Return): the open workflow, as many times as the count
    // says. Public for kiosk mode, which decides first whether a visitor may queue.
    // Front (Ctrl+Shift+Enter): before every waiting job, as the web UI's "queue front".
    enum class QueuePlace { Back, Front };
    void queueWorkflow(QueuePlace place = QueuePlace::Back);
    WorkflowEditor *editor() const { return m_editor; }
    // Pictures into image inputs: the mask editor, paste, drop, "Use as input".
    ImageInputController *imageInputs() const { return m_images; }
    JobQueue *jobQueue() const { return m_queue; }
    // Switches to another server or connection profile (Server → Connections…); a farm
    // stops (the caller checks that no job is on a server).
    void useConnection(const QUrl &server, const TransportOptions &transport);
    // Switches to a render farm over these servers (two or more; Server → Connections…
    // with the farm ticked). Refused (false) while jobs are on a server.
    bool useFarm(const ServerChoices &servers);
    bool isFarm() const;
    FarmDispatcher *farm() const; // nullptr with one server
    // The viewer at the centre (showOutput, showJob: what the queue and library call).
    ViewerPane *viewer() const { return m_viewer; }
    QDockWidget *serversDock() const { return m_serversDock; }
    // Adds a dock to the window's dock set around the viewer: a View menu toggle, saved
    // and restored with the layout, put back by View › Reset Layout. Call it while the
    // window is built (before the constructor restores the saved layout); the dock needs
    // an object name. side: Left/Right (width) or Top/Bottom (height); share: its default
    // depth as a part of the window's (0: its size hint).
    void addWorkspaceDock(QDockWidget *dock, Qt::DockWidgetArea side, bool shownByDefault, double share = 0);
    DockLayout *dockLayout() const { return m_docks; }
    StartPage *startPage() const { return m_startPage; }
    Shortcuts *shortcuts() const { return m_shortcuts; }
    // A starter workflow as a new document, its model files fitted to the server.
    void openStarter(const Starter &starter);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUpEditor();
    void setUpQueue();
    void loadCatalogue();
    void setCatalogue(const std::shared_ptr<const NodeCatalogue> &catalogue);
    void chooseWorkflow();
    void queueVariations();
    // parsed, when given, gets the prompt as a tree (WorkflowEditor::apiPromptJson).
    QByteArray promptForQueue(bool *ok, JsonTree *parsed = nullptr);
    void interruptRunning();
    void onJobFailed(const QString &jobId, const JobFailure &failure);
    void openJobSettings(const QString &jobId);
    void noteLostJob(const QString &jobId);
    void retryLostJobs();
    void onOutputSaved(const SavedOutput &output);
    void setUpViewer();
    // The library's open (on the store's writer thread) as the library tab shows it.
    void showLibraryState();
    void setUpDocks();
    void uploadImage(const QString &nodeId, const QString &input, const QString &localPath);
    void retranslateCodeTexts();
    void updateTitle();
    void showPreferences();
    void showConnections();
    void log(const QString &message);
    void updateButtons();
    void connectPrimary(const QUrl &server, const TransportOptions &transport);
    void setUpServersDock();
    void showServersDock();
    void onServersChanged();
    void refuseSwitch(); // says why the servers cannot change yet
    void updateConnectionStatus();
    void fillRunOnChoices();
    void pinBatch(const QString &batchId, const QString &serverId);
    QHash<QString, QString> uploadsForBatch(const QByteArray &prompt);
    void chooseFarm(const QStringList &profileNames);
    void setWorkflowName(const QueuedJob &job, const QString &name);
    // The workspace (mainwindowworkspace.cpp): start page, templates, Help, shortcuts.
    void setUpWorkspace();
    void setUpHelpMenu();
    void setUpShortcuts();
    void showStartPageOrEditor();
    void updateServerModels();
    void showAbout();
    void showDocumentation();
    void showShortcuts();
    void moveBatchToFront(const QString &batchId);
    void fitToScreen();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QString m_outputDirectory;
    QUrl m_server;
    // The first (or only) server's stack; its parts below are the session's, for brevity.
    ServerSession *m_session;
    ComfyClient *m_client;
    EventStream *m_events;
    ConnectionMonitor *m_monitor;
    OutputStore *m_store;
    JobRunner *m_runner;
    JobQueue *m_queue;
    JobResync *m_resync;
    WorkflowEditor *m_editor;
    ViewerPane *m_viewer = nullptr;
    ImageInputController *m_images = nullptr;
    QueuePanel *m_queuePanel;
    GalleryWidget *m_gallery = nullptr;
    QString m_queueingName; // the document being queued, while queueWorkflow/queueVariations run
    BatchNames m_batchNames; // "name", "name #2": each queue action of a document its own name
    OutputListModel *m_outputs;
    QLabel *m_connectionLabel;
    QProgressBar *m_progressBar;
    QSystemTrayIcon *m_tray;
    // The queue's own server or a farm (whose dispatch the queue holds: created after the
    // queue, so deleted after it).
    QueueServers *m_servers;
    ServersPanel *m_serversPanel = nullptr;
    QDockWidget *m_serversDock = nullptr;
    LibraryDock *m_libraryDock = nullptr;
    DockLayout *m_docks = nullptr; // the editor, queue, filmstrip, log, library and servers docks
    NoticeBar *m_restartNotice;
    QStackedWidget *m_editorStack = nullptr; // the start page, or the editor with a document
    StartPage *m_startPage = nullptr;
    Shortcuts *m_shortcuts = nullptr;
    QString m_serverVersion; // from /system_stats, for Help › About
    QStringList m_lostJobIds; // forgotten by a restarted server, offered for retry
    QHash<QString, QString> m_batchWorkflowNames; // batch id -> document name, this session
    RunGroupSummary *m_runGroups = nullptr; // the status line's word when queued runs end
    PacedLabel *m_statusLine = nullptr; // progressLabel's per-job texts, a few a second
    // The open document's images uploaded from local files: node id -> where and what. In a
    // farm they travel with each batch (uploaded to whichever server runs a job); dropped
    // with the document, or once the node names another image.
    struct EditorUpload
    {
        QString input;     // the node's input ("image")
        QString name;      // the server's name for it, as the editor shows it
        QString localPath; // absolute
    };
    QHash<QString, EditorUpload> m_uploads;
    CatalogueLoader *m_catalogueLoader; // cached first, then the server's (core's policy)
    std::shared_ptr<const NodeCatalogue> m_catalogue;
};

} // namespace Easel
