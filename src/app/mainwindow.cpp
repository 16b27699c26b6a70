#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "apiworkflow.h"
#include "comfyclient.h"
#include "eventstream.h"
#include "futurecallback.h"
#include "gallerywidget.h"
#include "jobrunner.h"
#include "outputlistmodel.h"
#include "outputstore.h"
#include "previewdecoder.h"
#include "settings.h"
#include "settingsdialog.h"

#include <QDesktopServices>
#include <QFile>
#include <QImageReader>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPixmap>
#include <QPointer>
#include <QCloseEvent>
#include <QStandardItemModel>
#include <QTime>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
constexpr int thumbnailSize = 128;
constexpr qint64 maxOutputPixels = 16384LL * 16384;
} // namespace

MainWindow::MainWindow(const QUrl &server, const QString &outputDirectory, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_client(new ComfyClient(server, this))
    , m_events(new EventStream(this))
    , m_store(new OutputStore(m_client, outputDirectory, this))
    , m_runner(new JobRunner(m_client, m_events, m_store, this))
    , m_gallery(nullptr)
    , m_outputs(new OutputListModel(this))
    , m_nodes(new QStandardItemModel(0, 3, this))
    , m_connectionLabel(new QLabel(this))
    , m_server(server)
{
    m_ui->setupUi(this);
    m_ui->toolBar->setObjectName(u"mainToolBar"_s);
    m_ui->actionPreferences->setShortcut(QKeySequence::Preferences);
    // The library keeps every output of every session (SQLite index beside the files);
    // downloads that were cut off last time resume now.
    if (m_store->open()) {
        m_store->resumePending();
        m_gallery = new GalleryWidget(m_store, m_ui->libraryTab);
        m_ui->libraryTab->layout()->addWidget(m_gallery);
        connect(m_gallery, &GalleryWidget::workflowFileOpened, this,
                [this](const QString &path, const QByteArray &, const QByteArray &) { openWorkflow(path); });
    } else {
        m_ui->outputTabs->setTabEnabled(m_ui->outputTabs->indexOf(m_ui->libraryTab), false);
        log(tr("The output library cannot be opened: %1").arg(m_store->errorString()));
    }
    retranslateCodeTexts();
    m_ui->nodeView->setModel(m_nodes);
    m_ui->outputView->setModel(m_outputs);
    m_ui->outputView->setGridSize(QSize(thumbnailSize + 24, thumbnailSize + 36));
    m_ui->mainSplitter->setStretchFactor(1, 2);
    m_ui->mainSplitter->setSizes({420, 680});
    m_ui->rightSplitter->setSizes({440, 200});
    statusBar()->addPermanentWidget(m_connectionLabel);

    connect(m_ui->outputView, &QListView::activated, this, [](const QModelIndex &index) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(index.data(OutputListModel::PathRole).toString()));
    });
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseWorkflow);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->queueButton, &QPushButton::clicked, this, &MainWindow::queueWorkflow);
    connect(m_ui->interruptButton, &QPushButton::clicked, this, &MainWindow::interruptAll);

    connect(m_events, &EventStream::stateChanged, this, &MainWindow::retranslateCodeTexts);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_client, &ComfyClient::errorOccurred, this, [this](const ProtocolError &error) {
        statusBar()->showMessage(error.message(), 10000);
    });
    connect(m_events, &EventStream::protocolWarning, this, &MainWindow::log);
    connect(m_runner, &JobRunner::jobAccepted, this, [this](const QString &promptId, double number) {
        log(tr("Queued %1 (number %2)").arg(promptId).arg(number));
    });
    connect(m_runner, &JobRunner::jobProgress, this,
            [this](const QString &, double fraction, const QString &nodeId) {
                m_ui->progressBar->setValue(int(fraction * 100.0 + 0.5));
                if (!nodeId.isEmpty())
                    m_ui->progressLabel->setText(tr("Running node %1").arg(nodeId));
            });
    connect(m_runner, &JobRunner::jobPreview, this, [this](const QString &, const QImage &image) {
        const QSize box = m_ui->previewLabel->size();
        m_ui->previewLabel->setPixmap(
            QPixmap::fromImage(image).scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    });
    connect(m_runner, &JobRunner::jobOutputSaved, this, &MainWindow::onOutputSaved);
    connect(m_runner, &JobRunner::jobFinished, this, &MainWindow::onJobFinished);

    m_events->open(server);
    updateButtons();
    Settings().restoreWindowLayout(this);
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings().saveWindowLayout(this);
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateCodeTexts();
    }
    QMainWindow::changeEvent(event);
}

// Texts set in code rather than in the form: set again when the language changes.
void MainWindow::retranslateCodeTexts()
{
    m_nodes->setHorizontalHeaderLabels({tr("Node"), tr("Class"), tr("Title")});
    const QString server = m_server.toDisplayString();
    switch (m_events->state()) {
    case EventStream::State::Connected:
        m_connectionLabel->setText(tr("Connected to %1").arg(server));
        break;
    case EventStream::State::Connecting:
        m_connectionLabel->setText(tr("Connecting to %1…").arg(server));
        break;
    case EventStream::State::Disconnected:
        m_connectionLabel->setText(tr("Not connected to %1").arg(server));
        break;
    }
    if (m_workflow) {
        m_ui->workflowLabel->setText(tr("%1: %n node(s)", nullptr, int(m_workflow->nodes().size()))
                                         .arg(m_workflow->sourceName()));
    }
}

void MainWindow::showPreferences()
{
    Settings settings;
    SettingsDialog dialog(&settings, this);
    dialog.exec();
}

void MainWindow::chooseWorkflow()
{
    Settings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workflow"),
                                                      settings.lastWorkflowDirectory(),
                                                      tr("Workflows (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setLastWorkflowDirectory(QFileInfo(path).absolutePath());
    openWorkflow(path);
}

void MainWindow::openWorkflow(const QString &path)
{
    // Reading and checking a workflow can take a while for big files: do it on a worker
    // and ignore results that a newer open has overtaken.
    const quint64 generation = ++m_openGeneration;
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    const auto load = QtConcurrent::run([path] {
        ApiWorkflow::LoadError error;
        ApiWorkflow workflow = ApiWorkflow::fromFile(path, &error);
        return std::make_pair(workflow, error.message);
    });
    onFinished(load, this, [this, generation](const std::pair<ApiWorkflow, QString> &loaded) {
        if (generation != m_openGeneration)
            return;
        statusBar()->clearMessage();
        if (loaded.first.isNull()) {
            log(loaded.second);
            statusBar()->showMessage(loaded.second, 15000);
            return;
        }
        showWorkflow(loaded.first);
    });
}

void MainWindow::showWorkflow(const ApiWorkflow &workflow)
{
    m_workflow = std::make_unique<ApiWorkflow>(workflow);
    m_nodes->removeRows(0, m_nodes->rowCount());
    for (const ApiWorkflow::Node &node : workflow.nodes()) {
        auto *id = new QStandardItem(node.id);
        id->setEditable(false);
        auto *classType = new QStandardItem(node.classType);
        classType->setEditable(false);
        auto *title = new QStandardItem(node.title);
        title->setEditable(false);
        m_nodes->appendRow({id, classType, title});
    }
    m_ui->nodeView->resizeColumnToContents(0);
    m_ui->nodeView->resizeColumnToContents(1);
    m_ui->workflowLabel->setText(tr("%1: %n node(s)", nullptr, int(workflow.nodes().size()))
                                     .arg(workflow.sourceName()));
    setWindowTitle(tr("%1 — Easel").arg(workflow.sourceName()));
    updateButtons();
}

void MainWindow::queueWorkflow()
{
    if (!m_workflow)
        return;
    const int count = m_ui->countSpin->value();
    for (int i = 0; i < count; ++i) {
        ApiWorkflow variant = *m_workflow;
        if (i > 0)
            variant.randomizeSeeds({});
        m_activeJobs.append(m_runner->submit(variant.json()));
    }
    m_ui->progressBar->setValue(0);
    m_ui->progressLabel->setText(tr("Queued %n prompt(s)", nullptr, count));
    updateButtons();
}

void MainWindow::interruptAll()
{
    for (const QString &promptId : std::as_const(m_activeJobs))
        m_runner->interrupt(promptId);
}

void MainWindow::onJobFinished(const QString &promptId, const JobOutcome &outcome)
{
    m_activeJobs.removeAll(promptId);
    switch (outcome.status) {
    case JobOutcome::Status::Succeeded:
        m_ui->progressLabel->setText(tr("Finished: %n output(s)", nullptr, int(outcome.outputs.size())));
        if (!outcome.outputs.isEmpty())
            showFinishedImage(outcome.outputs.constFirst().path);
        break;
    case JobOutcome::Status::Rejected:
        m_ui->progressLabel->setText(tr("The server rejected the prompt"));
        log(tr("Rejected: %1").arg(outcome.message));
        for (const NodeError &node : outcome.error.nodeErrors()) {
            for (const NodeErrorReason &reason : node.reasons) {
                log(tr("  node %1 (%2), input %3: %4 %5")
                        .arg(node.nodeId, node.classType,
                             reason.inputName.isEmpty() ? tr("-") : reason.inputName,
                             reason.message, reason.details));
            }
        }
        break;
    case JobOutcome::Status::Failed:
    case JobOutcome::Status::Interrupted:
        m_ui->progressLabel->setText(outcome.message);
        log(outcome.message);
        break;
    }
    updateButtons();
}

void MainWindow::onOutputSaved(const SavedOutput &output)
{
    m_outputs->addOutput(output.path, output.promptId, output.nodeId, output.file.filename);
    const QString path = output.path;
    const auto decode = QtConcurrent::run([path] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QImage();
        const auto decoded = PreviewDecoder::decode(file.readAll(), maxOutputPixels,
                                                    QSize(thumbnailSize, thumbnailSize));
        return decoded.isOk() ? decoded.value() : QImage();
    });
    onFinished(decode, m_outputs, [model = m_outputs, path](const QImage &thumbnail) {
        if (!thumbnail.isNull())
            model->setThumbnail(path, thumbnail);
    });
}

void MainWindow::showFinishedImage(const QString &path)
{
    // The finished image replaces the last preview frame, decoded off the GUI thread at
    // the size it is shown.
    const QSize box = m_ui->previewLabel->size();
    const auto decode = QtConcurrent::run([path, box] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QImage();
        QImageReader probe(&file);
        const QSize full = probe.size();
        file.seek(0);
        const QSize scaled = full.isValid() ? full.scaled(box, Qt::KeepAspectRatio) : box;
        const auto decoded = PreviewDecoder::decode(file.readAll(), maxOutputPixels, scaled);
        return decoded.isOk() ? decoded.value() : QImage();
    });
    onFinished(decode, this, [this](const QImage &image) {
        if (!image.isNull())
            m_ui->previewLabel->setPixmap(QPixmap::fromImage(image));
    });
}

void MainWindow::log(const QString &message)
{
    m_ui->logView->appendPlainText(u"%1  %2"_s.arg(QTime::currentTime().toString(u"HH:mm:ss"_s), message));
}

void MainWindow::updateButtons()
{
    m_ui->queueButton->setEnabled(m_workflow != nullptr);
    m_ui->interruptButton->setEnabled(!m_activeJobs.isEmpty());
}

} // namespace Easel
