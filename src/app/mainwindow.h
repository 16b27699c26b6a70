#pragma once

#include <QMainWindow>
#include <QUrl>
#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QStandardItemModel;
namespace Ui {
class MainWindow;
}
QT_END_NAMESPACE

namespace Easel {

class ApiWorkflow;
class ComfyClient;
class EventStream;
class JobRunner;
class GalleryWidget;
class OutputListModel;
class OutputStore;
struct JobOutcome;
struct SavedOutput;

// The main window: open a workflow, queue it, watch its progress and live preview, and
// see the finished outputs as thumbnails. Files are read and images decoded off the GUI
// thread; the window only shows results.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const QUrl &server, const QString &outputDirectory, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openWorkflow(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateCodeTexts();
    void showPreferences();
    void chooseWorkflow();
    void showWorkflow(const ApiWorkflow &workflow);
    void queueWorkflow();
    void interruptAll();
    void onJobFinished(const QString &promptId, const JobOutcome &outcome);
    void onOutputSaved(const SavedOutput &output);
    void showFinishedImage(const QString &path);
    void log(const QString &message);
    void updateButtons();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<ApiWorkflow> m_workflow;
    ComfyClient *m_client;
    EventStream *m_events;
    OutputStore *m_store;
    JobRunner *m_runner;
    GalleryWidget *m_gallery;
    OutputListModel *m_outputs;
    QStandardItemModel *m_nodes;
    QLabel *m_connectionLabel;
    QUrl m_server;
    QStringList m_activeJobs;
    quint64 m_openGeneration = 0;
};

} // namespace Easel
