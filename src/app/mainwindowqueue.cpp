// MainWindow's queue: queueing the open workflow (runs and variations), the queue's
// wiring to the window (progress line, failures, the viewer), and the jobs a restarted
// server lost.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "batchnotifier.h"
#include "displaythrottle.h"
#include "failuredetails.h"
#include "jobdispatch.h"
#include "jobfailureinputs.h"
#include "jobqueue.h"
#include "noticebar.h"
#include "pacedlabel.h"
#include "promptpreflight.h"
#include "queuemodel.h"
#include "queuepanel.h"
#include "queueservers.h"
#include "rungroupsummary.h"
#include "settings.h"
#include "sweepdialog.h"
#include "sweepspec.h"
#include "taskbarprogress.h"
#include "viewer/filmstrip.h"
#include "viewer/viewerpane.h"
#include "workfloweditor.h"
#include "workflowmodel.h"

#include <QAbstractItemView>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace Easel {

void MainWindow::setUpQueue()
{
    m_queuePanel->setQueue(m_queue);
    // A job's progress reaches the queue at most once per queue-model frame (its first
    // state and its last at once): the model shows at most one state a frame, and each
    // event sent on at once cost a chain of queue updates, several a job on a fast server.
    m_runner->setProgressIntervalMs(QueueModel::frameMs);
    const int keep = Settings().keepFinishedJobs();
    m_queue->setKeepFinished(keep, QueuePanel::keepFinishedSlack(keep));
    m_queue->setJournalPath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u'/'
                            + m_servers->journalFileName());
    m_queue->loadJournal();
    new BatchNotifier(m_queue, this, m_tray, this);
    // The document's name goes with each job it queues: the library's workflow filter.
    // A retry or a pull-back sends the job again under a new prompt id, and jobs restored
    // from the journal were queued by an earlier session, so the name is given at every
    // submission (the batch's label when this session did not queue it), and only then:
    // a job is sent under the prompt id it is submitted with, and naming it when added as
    // well cost an index look-up per job for nothing.
    connect(m_queue, &JobQueue::jobAdded, this, [this](const QString &jobId) {
        const QueuedJob *job = m_queue->job(jobId);
        if (!job || m_queueingName.isEmpty())
            return;
        m_batchWorkflowNames.insert(job->batchId, m_queueingName);
        // Batches the queue has dropped (keepFinishedJobs) need their name no more.
        if (m_batchWorkflowNames.size() % 256 == 0)
            m_batchWorkflowNames.removeIf([this](auto it) { return !m_queue->batch(it.key()); });
    });
    connect(m_queue, &JobQueue::jobStateChanged, this, [this](const QString &jobId, QueuedJob::State state) {
        const QueuedJob *job = state == QueuedJob::State::Submitted ? m_queue->job(jobId) : nullptr;
        if (!job)
            return;
        QString name = m_batchWorkflowNames.value(job->batchId);
        if (const QueueBatch *batch = m_queue->batch(job->batchId); name.isEmpty() && batch)
            name = batch->label;
        setWorkflowName(*job, name);
    });

    connect(m_ui->queueButton, &QPushButton::clicked, this, [this] { queueWorkflow(); });
    connect(m_ui->actionQueue, &QAction::triggered, this, [this] { queueWorkflow(); });
    connect(m_ui->sweepButton, &QPushButton::clicked, this, &MainWindow::queueVariations);
    connect(m_ui->actionVariations, &QAction::triggered, this, &MainWindow::queueVariations);
    connect(m_ui->interruptButton, &QPushButton::clicked, this, &MainWindow::interruptRunning);
    connect(m_ui->actionPause, &QAction::toggled, m_queue, &JobQueue::setPaused);
    connect(m_queue, &JobQueue::pausedChanged, m_ui->actionPause, &QAction::setChecked);

    m_viewer->setJobNames([this](const QString &jobId) { return m_queue->jobName(jobId); });
    connect(m_queue, &JobQueue::previewReceived, m_viewer, &ViewerPane::showPreview);
    // What changes per node and per job reaches the screen at display rate (DisplayThrottle):
    // the newest running node and overall progress, a few texts a second.
    m_statusLine = new PacedLabel(m_ui->progressLabel, this);
    struct Running
    {
        QString jobId;
        QString nodeId;
        double overall = -1;
    };
    const auto running = std::make_shared<Running>();
    auto *nodeShown = new DisplayThrottle(DisplayThrottle::frameMs, [this, running] {
        m_editor->setRunningNode(running->nodeId);
        if (!running->nodeId.isEmpty())
            m_statusLine->setText(tr("Running %1").arg(m_queue->jobName(running->jobId)));
    }, this);
    connect(m_queue, &JobQueue::runningNodeChanged, this, [running, nodeShown](const QString &jobId, const QString &nodeId) {
        running->jobId = jobId;
        running->nodeId = nodeId;
        nodeShown->request();
    });
    // Nothing runs any more after a pause took the waiting jobs back: say so.
    connect(m_queue, &JobQueue::pausedChanged, this, [this](bool paused) {
        if (paused && m_queue->runningJobId().isEmpty())
            m_statusLine->setText(tr("Paused"));
        else if (!paused && m_statusLine->text() == tr("Paused"))
            m_statusLine->clear();
    });
    auto *progressShown = new DisplayThrottle(DisplayThrottle::frameMs, [this, running] {
        m_progressBar->setVisible(running->overall >= 0);
        if (running->overall >= 0)
            m_progressBar->setValue(int(running->overall * 100.0 + 0.5));
        updateButtons();
    }, this);
    connect(m_queue, &JobQueue::overallProgressChanged, this, [running, progressShown](double fraction) {
        running->overall = fraction;
        progressShown->request();
    });
    connect(m_queue, &JobQueue::idle, this, [running, progressShown] {
        running->overall = -1;
        progressShown->request();
    });
    // The same progress on the task-bar entry, where the desktop has one.
    auto *taskbar = new TaskbarProgress(this);
    connect(m_queue, &JobQueue::overallProgressChanged, taskbar, &TaskbarProgress::setProgress);
    connect(m_queue, &JobQueue::idle, taskbar, [taskbar] { taskbar->setProgress(-1); });
    // "Back to live" only while a job runs: with none there is nothing live to go back to
    // (compare or a picked output offered it on an idle queue). Jobs of a farm run side by
    // side, so it stays while any of them runs.
    if (Filmstrip *strip = m_viewer->filmstrip()) {
        strip->setLiveAvailable(false);
        const auto runningJobs = std::make_shared<QSet<QString>>();
        connect(m_queue, &JobQueue::jobStateChanged, strip,
                [strip, runningJobs](const QString &jobId, QueuedJob::State state) {
                    if (state == QueuedJob::State::Running)
                        runningJobs->insert(jobId);
                    else
                        runningJobs->remove(jobId);
                    strip->setLiveAvailable(!runningJobs->isEmpty());
                });
    }
    connect(m_queue, &JobQueue::jobFailed, this, &MainWindow::onJobFailed);
    // The viewer stays on the batch's last picture (the filmstrip follows it).
    m_runGroups = new RunGroupSummary(m_queue, this);
    connect(m_runGroups, &RunGroupSummary::finished, m_statusLine, &PacedLabel::setText);
    connect(m_queue, &JobQueue::journalError, this, &MainWindow::log);
    // Batches a restart brings back keep their numbers: the next one of a document is
    // numbered after them ("#5" after a restored "#4"), never as one of them.
    connect(m_queue, &JobQueue::journalLoaded, this, [this] {
        QSet<QString> batches;
        for (const QString &jobId : m_queue->jobIds()) {
            const QueuedJob *job = m_queue->job(jobId);
            if (!job || batches.contains(job->batchId))
                continue;
            batches.insert(job->batchId);
            if (const QueueBatch *batch = m_queue->batch(job->batchId))
                m_batchNames.restore(batch->label);
        }
    });
    // Whichever server's runner saved it (a farm's servers save into the same library).
    connect(m_queue, &JobQueue::jobOutputSaved, this,
            [this](const QString &, const SavedOutput &output) { onOutputSaved(output); });
    // A click on a job shows its outputs in the viewer (its last one; a running job's live
    // preview); double-click or Enter also explains a failure.
    if (auto *queueView = m_queuePanel->findChild<QAbstractItemView *>(u"queueView"_s)) {
        connect(queueView, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
            if (const QueuedJob *job = m_queue->job(index.data(JobQueue::JobIdRole).toString()))
                m_viewer->showJob(job->promptId);
        });
    }
    connect(m_queuePanel, &QueuePanel::jobActivated, this, [this](const QString &jobId) {
        const QueuedJob *job = m_queue->job(jobId);
        if (job)
            m_viewer->showJob(job->promptId);
        if (!job || job->state != QueuedJob::State::Failed)
            return;
        // Named as the queue names it, with what to do next and a way to do it.
        const QString name = m_queue->jobName(jobId);
        QDialog dialog(this);
        dialog.setObjectName(u"failureDialog"_s);
        dialog.setWindowTitle(tr("Why “%1” failed").arg(name));
        auto *layout = new QVBoxLayout(&dialog);
        auto *details = new FailureDetails(&dialog);
        details->showFailure(name, job->failure);
        layout->addWidget(details);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
        QPushButton *retry = buttons->addButton(tr("&Retry"), QDialogButtonBox::AcceptRole);
        retry->setObjectName(u"retryButton"_s);
        QPushButton *settings = buttons->addButton(tr("Open Its &Settings"), QDialogButtonBox::ActionRole);
        settings->setObjectName(u"openSettingsButton"_s);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        connect(retry, &QPushButton::clicked, &dialog, [this, &dialog, jobId] {
            m_queue->retry(jobId);
            dialog.accept();
        });
        connect(settings, &QPushButton::clicked, &dialog, [this, &dialog, jobId] {
            dialog.accept();
            openJobSettings(jobId);
        });
        layout->addWidget(buttons);
        dialog.resize(640, 420);
        dialog.exec();
    });
    connect(m_queuePanel, &QueuePanel::showOutputRequested, this, [this](const QString &jobId) {
        const QueuedJob *job = m_queue->job(jobId);
        if (job && !job->outputs.isEmpty())
            m_viewer->showJob(job->promptId);
    });
    connect(m_queuePanel, &QueuePanel::openSettingsRequested, this, &MainWindow::openJobSettings);
}

// The settings one job runs with (its batch's prompt with the job's own changes), applied
// to the open workflow as "Use these settings" does.
void MainWindow::openJobSettings(const QString &jobId)
{
    const QueuedJob *job = m_queue->job(jobId);
    const QueueBatch *batch = job ? m_queue->batch(job->batchId) : nullptr;
    if (!batch)
        return;
    const QByteArray prompt = Sweep::apply(batch->promptJson, job->overrides);
    if (!prompt.isEmpty())
        useOutputSettings(prompt);
}

// The API prompt of the open document, or an empty array with ok false when it cannot
// be converted (the problems panel says why) or the user chose not to queue it.
QByteArray MainWindow::promptForQueue(bool *ok, JsonTree *parsed)
{
    *ok = false;
    if (!m_editor->hasDocument())
        return {};
    WorkflowDiagnostics diagnostics;
    const QByteArray prompt = m_editor->apiPromptJson(&diagnostics, parsed);
    if (prompt.isEmpty()) {
        log(tr("The workflow cannot be converted to a prompt; see the problems below the tree."));
        return {};
    }
    // What the server is sure to refuse (unknown node types, broken links, loops, wrong
    // shapes) stays here: the nodes are marked in the tree, and the log lists them.
    if (PromptPreflight::refuses(diagnostics)) {
        int count = 0;
        for (const WorkflowDiagnostic &d : std::as_const(diagnostics)) {
            if (PromptPreflight::refuses({d})) {
                log(d.toString());
                ++count;
            }
        }
        const QString message = tr("Not queued: the server would refuse this workflow (%n problem(s), "
                                   "marked on the nodes and listed in the log).", nullptr, count);
        log(message);
        statusBar()->showMessage(message, 15000);
        return {};
    }
    // Other local findings inform; they do not block. The catalogue may be stale, and the
    // server's own answer (node_errors on the inputs) is the authority.
    if (hasErrors(diagnostics)) {
        log(tr("Queued with %n problem(s) found here; the server will judge them.", nullptr,
               int(diagnostics.size())));
    }
    *ok = true;
    return prompt;
}

void MainWindow::queueWorkflow(QueuePlace place)
{
    const int count = m_ui->countSpin->value();
    m_queueingName = m_editor->displayName();
    QString label; // "name", then "name #2": numbered once something is queued
    const auto named = qScopeGuard([this] { m_queueingName.clear(); });
    QStringList batchIds; // one batch per run (each its own seed), told as one group
    const auto grouped = qScopeGuard([this, &label, &batchIds] { m_runGroups->addGroup(label, batchIds); });
    for (int i = 0; i < count; ++i) {
        bool ok = false;
        JsonTree parsed;
        const QByteArray prompt = promptForQueue(&ok, &parsed);
        if (!ok)
            return;
        if (i == 0)
            label = m_batchNames.take(m_queueingName);
        // Runs queued together are told apart in the queue as a sweep's jobs are ("3/10").
        const QString runLabel = count > 1 ? tr("%1 %2/%3", "workflow, run, runs").arg(label).arg(i + 1).arg(count)
                                           : label;
        const QString batchId =
            m_queue->enqueueParsed(prompt, std::move(parsed), {}, runLabel, m_editor->savedWorkflowJson(),
                                   uploadsForBatch(prompt));
        batchIds.append(batchId);
        pinBatch(batchId, m_ui->runOnCombo->currentData().toString());
        if (place == QueuePlace::Front)
            moveBatchToFront(batchId);
        // As the web UI does: the queued prompt keeps the current values, then seeds set
        // to increment or randomize change for the next run.
        m_editor->applyAfterQueue();
    }
    m_statusLine->setText(tr("Queued %n job(s)", nullptr, count));
    // What is being made is what the artist sees (a picked output waits for Space).
    m_viewer->followNewWork();
    m_ui->outputTabs->setCurrentWidget(m_ui->queueTab);
    // When tabbed behind another dock. Not when on screen already: raising repaints the
    // whole dock, and a run of jobs queued one by one would repaint it for each.
    if (m_ui->queueDock->visibleRegion().isEmpty())
        m_ui->queueDock->raise();
    updateButtons();
}

void MainWindow::queueVariations()
{
    bool ok = false;
    const QByteArray prompt = promptForQueue(&ok);
    if (!ok)
        return;
    SweepDialog dialog(prompt, this);
    dialog.setDefaultLabel(m_batchNames.peek(m_editor->displayName()));
    // The choices of every combo input, so a list axis can be picked from them.
    QHash<QString, QStringList> choices;
    const WorkflowModel *model = m_editor->model();
    for (int nodeRow = 0; nodeRow < model->rowCount(); ++nodeRow) {
        const QModelIndex node = model->index(nodeRow, 0);
        for (int inputRow = 0; inputRow < model->rowCount(node); ++inputRow) {
            const QModelIndex input = model->index(inputRow, 0, node);
            const QStringList list = input.data(WorkflowModel::ChoicesRole).toStringList();
            if (!list.isEmpty()) {
                choices.insert(input.data(WorkflowModel::NodeIdRole).toString() + u'.'
                                   + input.data(WorkflowModel::InputNameRole).toString(),
                               list);
            }
        }
    }
    dialog.setChoices(choices);
    // "Run on": the dispatch's servers (none for the queue's own server: hidden).
    QList<std::pair<QString, QString>> servers;
    const JobDispatch *dispatch = m_queue->dispatch();
    for (const QString &id : dispatch->serverIds())
        servers.append({id, dispatch->serverName(id)});
    dialog.setServers(servers);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    m_queueingName = m_editor->displayName();
    const auto named = qScopeGuard([this] { m_queueingName.clear(); });
    SweepSpec spec = dialog.spec();
    // Unnamed, a sweep is named as runs are: after its document ("portrait.json 3/16"),
    // numbered as every queue action of it is ("portrait.json #2 3/16"); a name of the
    // user's own too, when it was queued before.
    const QString base = spec.label.isEmpty() ? m_queueingName : spec.label;
    spec.label = m_batchNames.peek(base);
    const QString batchId = m_queue->enqueueSweep(prompt, spec, m_editor->savedWorkflowJson(), &error,
                                                  uploadsForBatch(prompt));
    if (batchId.isEmpty()) {
        log(error);
        return;
    }
    m_batchNames.take(base);
    pinBatch(batchId, dialog.pinnedServer());
    m_viewer->followNewWork();
    m_editor->applyAfterQueue();
    m_ui->outputTabs->setCurrentWidget(m_ui->queueTab);
    updateButtons();
}

void MainWindow::interruptRunning()
{
    for (int row = 0; row < m_queue->rowCount(); ++row) {
        const QString jobId = m_queue->index(row, 0).data(JobQueue::JobIdRole).toString();
        const QueuedJob *job = m_queue->job(jobId);
        if (job && job->state == QueuedJob::State::Running)
            m_queue->interrupt(jobId);
    }
}

void MainWindow::onJobFailed(const QString &jobId, const JobFailure &failure)
{
    Q_UNUSED(jobId)
    log(failure.message);
    // A rejected prompt's reasons on their nodes and inputs, an execution error on its node.
    if (const QList<InputError> errors = inputErrorsOf(failure); !errors.isEmpty())
        m_editor->setNodeErrors(errors);
    m_statusLine->setText(failure.message);
}

// Jobs a restarted server forgot arrive one by one from the resync; one notice gathers
// them and offers a single retry, so nothing is silently dropped and nothing runs twice
// without the user saying so (the queue keeps each one as failed until then).
void MainWindow::noteLostJob(const QString &jobId)
{
    if (jobId.isEmpty() || m_lostJobIds.contains(jobId))
        return;
    m_lostJobIds.append(jobId);
    const int lost = int(m_lostJobIds.size());
    m_restartNotice->showNotice(tr("The server restarted and lost %n job(s). They are kept in the queue as failed.",
                                   nullptr, lost),
                                tr("Retry %n job(s)", nullptr, lost));
}

void MainWindow::retryLostJobs()
{
    int retried = 0;
    for (const QString &jobId : std::as_const(m_lostJobIds))
        retried += m_queue->retry(jobId) ? 1 : 0;
    m_lostJobIds.clear();
    log(tr("%n lost job(s) queued again.", nullptr, retried));
}

} // namespace Easel
