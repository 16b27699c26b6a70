// MainWindow's document: the workflow editor and its image inputs, opening workflows,
// "Use these settings" of an output, and uploading the images a workflow uses.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "comfyclient.h"
#include "futurecallback.h"
#include "graphmapdock.h"
#include "imageinputcontroller.h"
#include "queuetimetemplates.h"
#include "settings.h"
#include "settingstransfer.h"
#include "startpage.h"
#include "viewer/outputactions.h"
#include "viewer/viewerpane.h"
#include "workfloweditor.h"
#include "workflowmodel.h"

#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Easel {

void MainWindow::setUpEditor()
{
    connect(m_editor, &WorkflowEditor::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_editor, &WorkflowEditor::documentChanged, this, [this] {
        m_uploads.clear(); // those were the previous document's
        updateTitle();
        updateButtons();
    });
    connect(m_editor, &WorkflowEditor::saved, this, &MainWindow::updateTitle);
    connect(m_editor, &WorkflowEditor::opened, this, [this](const QString &path) {
        log(tr("Opened %1").arg(QFileInfo(path).fileName()));
        updateTitle();
        updateButtons();
    });
    connect(m_editor, &WorkflowEditor::openFailed, this, [this](const QString &, const QString &message) {
        log(message);
        statusBar()->showMessage(message, 15000);
    });
    connect(m_editor, &WorkflowEditor::queueRequested, this, [this] { queueWorkflow(); });
    connect(m_editor, &WorkflowEditor::uploadRequested, this, &MainWindow::uploadImage);
    m_editor->setClient(m_client); // thumbnails of image inputs
    // The graph map beside the tree (issue 22): hidden until View › Graph shows it.
    auto *graphMap = new GraphMapDock(m_editor, this);
    graphMap->setQueue(m_queue);
    graphMap->toggleViewAction()->setObjectName(u"actionGraphMap"_s); // a shortcut's id
    addWorkspaceDock(graphMap, Qt::LeftDockWidgetArea, false, 0.25);
    m_images = new ImageInputController(m_editor, this);
    m_images->setClient(m_client);
    connect(m_images, &ImageInputController::uploadRequested, this, &MainWindow::uploadImage);
    m_images->setImageToImageStarter([this] {
        for (const Starter &starter : StartPage::shippedStarters()) {
            if (starter.id == "image-to-image"_L1) {
                openStarter(starter);
                break;
            }
        }
        return m_editor->hasDocument();
    });
    connect(m_images, &ImageInputController::messageShown, m_editor, &WorkflowEditor::showMessage);
    connect(m_images, &ImageInputController::maskSaved, this,
            [this](const QString &nodeId, const QString &input, const QString &value, const QString &localPath) {
                // The farm uploads the local copy of the masked picture to the server that runs a job.
                if (!localPath.isEmpty())
                    m_uploads.insert(nodeId, {input, value, localPath});
                m_editor->uploadFinished(nodeId, input, value);
            });
    connect(m_viewer->actions(), &OutputActions::useAsInputRequested, m_images,
            [this](const OutputRef &output) { m_images->useAsInput(output.path); });
    connect(m_editor, &WorkflowEditor::recentFilesChanged, this,
            [this] { m_editor->populateRecentFilesMenu(m_ui->menuRecent); });
    m_editor->populateRecentFilesMenu(m_ui->menuRecent);
}

void MainWindow::chooseWorkflow()
{
    Settings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workflow"), settings.lastWorkflowDirectory(),
        tr("Workflows and images (*.json *.png *.webp);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setLastWorkflowDirectory(QFileInfo(path).absolutePath());
    openWorkflow(path);
}

void MainWindow::openWorkflow(const QString &path)
{
    m_editor->openFile(path);
}

void MainWindow::useOutputSettings(const QByteArray &ranPromptJson, const QByteArray &workflowJson)
{
    // The resolved text the job ran with, or (the user's choice) the {a|b} and %…% text
    // as written, which the job's saved workflow keeps.
    const QByteArray apiPromptJson = Settings().useSettingsKeepsTemplates()
        ? QueueTimeTemplates::restore(ranPromptJson, workflowJson, m_catalogue)
        : ranPromptJson;
    QString difference;
    if (m_editor->hasDocument()) {
        const SettingsTransfer plan = SettingsTransfer::plan(m_editor->document(), apiPromptJson);
        if (plan.sameGraph()) {
            // Through the editor's model: one undo step, checked like a typed value.
            QStringList refused;
            const int applied = m_editor->model()->setValues(plan.changes, tr("Use settings of an output"), &refused);
            const QString message = tr("Applied %n value(s) of the output to the open workflow.", nullptr, applied);
            statusBar()->showMessage(message, 10000);
            log(message);
            if (!refused.isEmpty())
                log(tr("Not applied: %1").arg(refused.join(u"; "_s)));
            if (!plan.skipped.isEmpty())
                log(tr("Left as they are (linked in the open workflow): %1").arg(plan.skipped.join(u", "_s)));
            return;
        }
        difference = plan.error.isEmpty() ? plan.differences.join(u"; "_s) : plan.error;
    }
    // Another graph (or none open): the job's own prompt, exactly as queued, as a new document.
    const QString path = QStandardPaths::writableLocation(QStandardPaths::TempLocation)
                         + u"/easel-settings-%1.json"_s.arg(QDateTime::currentMSecsSinceEpoch());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(apiPromptJson) != apiPromptJson.size() || !file.commit()) {
        log(tr("The output's workflow cannot be opened: %1").arg(file.errorString()));
        return;
    }
    openWorkflow(path);
    if (!difference.isEmpty()) {
        const QString message =
            tr("The open workflow is a different graph (%1), so the output's workflow was opened as a new document.")
                .arg(difference);
        statusBar()->showMessage(message, 15000);
        log(message);
    }
}

void MainWindow::uploadImage(const QString &nodeId, const QString &input, const QString &localPath)
{
    const auto read = QtConcurrent::run([localPath] {
        QFile file(localPath);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    });
    onFinished(read, this, [this, nodeId, input, localPath](const QByteArray &bytes) {
        if (bytes.isEmpty()) {
            m_editor->uploadFailed(nodeId, input, tr("%1 cannot be read").arg(localPath));
            return;
        }
        QPointer<WorkflowEditor> editor = m_editor;
        const auto progress = [editor, nodeId, input](qint64 sent, qint64 total) {
            if (editor)
                editor->uploadProgress(nodeId, input, sent, total);
        };
        onFinished(m_client->uploadImage(bytes, QFileInfo(localPath).fileName(), {}, u"input"_s, false, progress), this,
                   [this, nodeId, input, localPath](const Result<UploadResult> &result) {
                       if (!result.isOk()) {
                           m_editor->uploadFailed(nodeId, input, result.error().message());
                           return;
                       }
                       const QString name = result.value().inputValue();
                       m_uploads.insert(nodeId, {input, name, QFileInfo(localPath).absoluteFilePath()});
                       m_editor->uploadFinished(nodeId, input, name);
                   });
    });
}

} // namespace Easel
