#include "jobrunner.h"

#include "comfyclient.h"
#include "eventstream.h"
#include "futurecallback.h"
#include "jobprogress.h"
#include "jobrunnerwatch.h"
#include "libraryindex.h"
#include "outputstore.h"
#include "serverevent.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
constexpr int maxHistoryAttempts = 5;

int nodeCountOf(const QByteArray &promptJson)
{
    return std::max<int>(1, int(QJsonDocument::fromJson(promptJson).object().size()));
}
} // namespace

JobRunner::JobRunner(ComfyClient *client, EventStream *events, const QString &outputDirectory,
                     QObject *parent)
    : JobRunner(client, events, new OutputStore(client, outputDirectory), parent)
{
    m_store->setParent(this);
    m_store->open(); // on the store's writer thread; resumed once open
    m_store->resumePending();
}

JobRunner::JobRunner(ComfyClient *client, EventStream *events, OutputStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_events(events)
    , m_store(store)
    , m_watch(new JobRunnerWatch(client, events, this))
    , m_progress(new JobProgress(this))
{
    qRegisterMetaType<Easel::SavedOutput>();
    qRegisterMetaType<Easel::JobOutcome>();
    connect(m_progress, &JobProgress::stepProgress, this, &JobRunner::jobStepProgress);
    connect(m_progress, &JobProgress::nodesDone, this, &JobRunner::jobNodesDone);
    connect(m_progress, &JobProgress::progress, this, &JobRunner::jobProgress);
    connect(m_events, &EventStream::eventReceived, this, &JobRunner::onEvent);
    connect(m_events, &EventStream::previewReceived, this, &JobRunner::onPreview);
    connect(m_events, &EventStream::progressTextReceived, this,
            [this](const QString &nodeId, const QString &text) {
                // Text frames carry no prompt id; with one job running it is that job's.
                if (m_jobs.size() == 1)
                    emit jobProgressText(m_jobs.begin().key(), nodeId, text);
            });
    // Messages sent while the stream was down are gone: those jobs' outputs come from
    // /history.
    connect(m_events, &EventStream::disconnected, this, [this] {
        m_progress->flush(); // what the job queue decides next (resync) sees the last state
        for (RunnerJob &job : m_jobs)
            job.eventsComplete = false;
    });
    // Each (re)connection: jobs that ended while Easel was away are fetched, once.
    connect(m_events, &EventStream::connected, this, [this] {
        QSet<QString> active;
        for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it)
            active.insert(it.key());
        m_store->recoverUnfetchedJobs(active);
    });
    connect(m_store, &OutputStore::outputStored, this, &JobRunner::onOutputStored);
    connect(m_store, &OutputStore::jobSettled, this, &JobRunner::onJobSettled);
    // The watch neither polls nor counts down a job whose history and outputs are being
    // fetched.
    m_watch->setBusyCheck([this](const QString &promptId) {
        const auto it = m_jobs.constFind(promptId);
        return it != m_jobs.cend() && it->fetching;
    });
    connect(m_watch, &JobRunnerWatch::foundInHistory, this, &JobRunner::fetchOutputs);
    connect(m_watch, &JobRunnerWatch::lost, this, &JobRunner::abandon);
    connect(m_watch, &JobRunnerWatch::waiting, this, &JobRunner::jobWaiting);
}

JobRunner::~JobRunner() = default;

void JobRunner::setPollAfterMs(int ms)
{
    m_watch->setPollAfterMs(ms);
}

void JobRunner::setLostAfterMs(int ms)
{
    m_watch->setLostAfterMs(ms);
}

void JobRunner::setAnswerNoticeAfterMs(int ms)
{
    m_watch->setAnswerNoticeAfterMs(ms);
}

void JobRunner::setProgressIntervalMs(int ms)
{
    m_progress->setIntervalMs(ms);
}

QString JobRunner::outputDirectory() const
{
    return m_store->libraryDirectory();
}

QString JobRunner::submit(const QByteArray &promptJson, const QByteArray &workflowJson,
                          const QByteArray &basePromptJson, const QString &givenPromptId, int promptNodes)
{
    const QString promptId = givenPromptId.isEmpty() ? ComfyClient::makePromptId() : givenPromptId;
    RunnerJob job;
    job.promptId = promptId;
    m_jobs.insert(promptId, job);
    // Parsed once here at most: its node count, the store's changed inputs and queuePrompt's
    // check use it (each parsed the prompt again, growing with the workflow). Not at all
    // when the caller has it parsed (promptNodes): the GUI thread's share of a job (issue
    // 17); the library writer parses it then, on its thread. A prompt that is not a JSON
    // object is left to queuePrompt, which says why it is not.
    std::optional<QJsonObject> prompt;
    bool promptIsObject = promptNodes > 0;
    if (!promptIsObject) {
        QJsonParseError parseError;
        const QJsonDocument parsed = QJsonDocument::fromJson(promptJson, &parseError);
        promptIsObject = parseError.error == QJsonParseError::NoError && parsed.isObject();
        prompt = parsed.object();
        promptNodes = int(prompt->size());
    }
    m_progress->track(promptId, std::max(1, promptNodes));
    m_events->watchPrompt(promptId);
    m_watch->posted(promptId);

    PromptRequest request;
    request.promptJson = promptJson;
    request.workflowJson = workflowJson;
    request.promptId = promptId;
    request.clientId = m_events->clientId();
    request.promptIsObject = promptIsObject;
    // Posted once the job's row is committed (on the store's writer thread, never waited
    // for here): if Easel quits the moment the server has it, the next start still finds it.
    m_store->recordJob(promptId, promptJson, workflowJson, basePromptJson, {}, this, [this, request] {
        if (!m_jobs.contains(request.promptId))
            return; // forgotten or abandoned before it was sent
        const auto answered = [this, promptId = request.promptId](const Result<QueuedPrompt> &result) {
            auto it = m_jobs.find(promptId);
            if (it == m_jobs.end())
                return;
            if (!result.isOk()) {
                it->outcome.status = JobOutcome::Status::Rejected;
                it->outcome.error = result.error();
                it->outcome.message = result.error().message();
                finish(promptId);
                return;
            }
            m_watch->accepted(promptId); // a "waiting for the answer" text is cleared
            emit jobAccepted(promptId, result.value().number);
        };
        QFuture<Result<QueuedPrompt>> answer = m_client->queuePrompt(request);
        if (answer.isFinished()) {
            onFinished(answer, this, answered); // refused before it was sent: on the next turn, as ever
            return;
        }
        // The client finishes the answer on this thread, in the reply's handler: taken there
        // (issue 17), not through a QFutureWatcher, which cost an object and three posted
        // events a job. A refusal still ends the job on the next turn, out of the handler
        // (the window may show it).
        answer.then(QtFuture::Launch::Sync, [guard = QPointer<JobRunner>(this), answered](const QFuture<Result<QueuedPrompt>> &done) {
            if (!guard || done.resultCount() == 0)
                return;
            const Result<QueuedPrompt> result = done.result();
            if (result.isOk())
                answered(result);
            else
                QMetaObject::invokeMethod(guard.data(), [answered, result] { answered(result); }, Qt::QueuedConnection);
        });
    }, std::move(prompt));
    return promptId;
}

void JobRunner::resume(const QString &promptId, const QByteArray &promptJson)
{
    if (m_jobs.contains(promptId))
        return;
    RunnerJob job;
    job.promptId = promptId;
    job.resumed = true;
    m_jobs.insert(promptId, job);
    m_progress->track(promptId, nodeCountOf(promptJson));
    m_events->watchPrompt(promptId);
    m_watch->resumed(promptId); // asks /history at once
}

void JobRunner::forget(const QString &promptId)
{
    if (!m_jobs.remove(promptId))
        return;
    m_progress->untrack(promptId);
    m_events->unwatchPrompt(promptId);
    m_watch->unwatch(promptId);
    emit jobForgotten(promptId);
}

void JobRunner::abandon(const QString &promptId, const QString &message)
{
    auto it = m_jobs.find(promptId);
    if (it == m_jobs.end() || it->fetching)
        return;
    it->outcome.status = JobOutcome::Status::Failed;
    it->outcome.message = message;
    finish(promptId);
}

void JobRunner::interrupt(const QString &promptId)
{
    if (m_jobs.contains(promptId))
        m_client->interrupt(promptId);
}

void JobRunner::onEvent(const ServerEvent &event)
{
    auto it = m_jobs.find(event.promptId);
    if (event.promptId.isEmpty() || it == m_jobs.end())
        return;
    RunnerJob &job = *it;
    m_watch->heard(event.promptId);
    job.takeEvent(event); // its outputs and its end, as the events tell them
    // `job` may not survive a signal (a slot can submit, and the hash can grow): by id.
    const QString promptId = job.promptId;
    using Type = ServerEvent::Type;
    switch (event.type) {
    case Type::ExecutionCached:
        m_progress->nodesCached(promptId, event.nodes);
        break;
    case Type::Executing:
        if (event.node.isEmpty()) {
            // The server has dropped the prompt from its queue: the next one may go out
            // while this one's history and files are fetched.
            const bool fromEvents = job.eventsComplete && job.terminalSeen
                                    && job.outcome.status == JobOutcome::Status::Succeeded;
            markLeftServer(promptId);
            if (fromEvents)
                takeOutputsFromEvents(promptId);
            else
                fetchOutputs(promptId);
        } else {
            // Progress coalesced at an interval stays pending across a node's start (it
            // goes out with the timer or before the job ends): flushing here sent nearly
            // every state of a fast job, one chain of queue updates each. It names the
            // node now running.
            const QString node = event.displayNode.isEmpty() ? event.node : event.displayNode;
            m_progress->nodeStarted(promptId, event.node, node);
            emit jobNodeExecuting(promptId, node);
        }
        break;
    case Type::Progress:
        m_progress->stepped(promptId, event.node, event.value, event.max);
        break;
    case Type::ProgressState:
        m_progress->nodeStates(promptId, event.nodeProgress);
        break;
    default:
        break;
    }
}

void JobRunner::onPreview(const PreviewFrame &frame)
{
    if (m_jobs.contains(frame.promptId)) {
        emit jobPreview(frame.promptId, frame.image);
        emit jobPreviewFrame(frame.promptId, frame.nodeId, frame.image);
    }
}

void JobRunner::fetchOutputs(const QString &promptId)
{
    auto it = m_jobs.find(promptId);
    if (it == m_jobs.end() || it->fetching)
        return;
    it->fetching = true;
    ++it->historyAttempts;
    onFinished(m_client->historyEntry(promptId), this, [this, promptId](const Result<QList<HistoryEntry>> &result) {
        auto job = m_jobs.find(promptId);
        if (job == m_jobs.end())
            return;
        if (!result.isOk() || result.value().isEmpty()) {
            // The entry is written before executing{null}; an empty answer here means the
            // server restarted or the read raced a reconnect: ask again a few times.
            job->fetching = false;
            if (job->historyAttempts >= maxHistoryAttempts && !result.isOk()) {
                job->outcome.status = JobOutcome::Status::Failed;
                job->outcome.message = result.error().message();
                finish(promptId);
            } else if (job->historyAttempts >= maxHistoryAttempts) {
                // An early "executing null" (a custom node, a proxy) while the server still
                // has the prompt: back to waiting; the watchdog ends it if the server does
                // not know it at all.
                job->historyAttempts = 0;
                job->terminalSeen = false;
                m_watch->rewait(promptId);
            } else {
                QTimer::singleShot(500 * job->historyAttempts, this,
                                   [this, promptId] { fetchOutputs(promptId); });
            }
            return;
        }
        takeHistoryEntry(promptId, result.value().constFirst());
    });
}

void JobRunner::takeOutputsFromEvents(const QString &promptId)
{
    auto job = m_jobs.find(promptId);
    if (job == m_jobs.end() || job->fetching)
        return;
    job->fetching = true; // no poll asks /history meanwhile
    // What GET /history/{id} would have said of a successful run.
    const HistoryEntry entry = job->historyFromEvents();
    takeHistoryEntry(promptId, entry);
}

void JobRunner::takeHistoryEntry(const QString &promptId, const HistoryEntry &entry)
{
    auto job = m_jobs.find(promptId);
    if (job == m_jobs.end())
        return;
    // The server is done with it (from its events, or from /history when events were
    // missed or it was polled). The slot may submit and grow m_jobs: look the job up
    // again after it.
    if (!job->leftServer) {
        markLeftServer(promptId);
        job = m_jobs.find(promptId);
        if (job == m_jobs.end())
            return;
    }
    job->takeHistoryStatus(entry); // learnt from history when events were missed
    // A server may list any number of files; a job takes at most outputsPerJob
    // (ProtocolLimits) and fails, downloading none, past that.
    qsizetype files = 0;
    for (const NodeOutput &node : entry.outputs)
        files += node.files.size();
    const int maxOutputs = m_client->limits().outputsPerJob;
    if (files > maxOutputs) {
        job->outcome.status = JobOutcome::Status::Failed;
        job->outcome.message = tr("The server listed %1 output files for this job; the limit is %2 a job")
                                   .arg(files)
                                   .arg(maxOutputs);
        finish(promptId);
        return;
    }
    job->downloading = true;
    // 0: nothing owed, the entry lists no output (or the store was never opened). Files
    // stored before (history read twice) are owed until the writer has looked: jobSettled.
    if (m_store->addHistoryEntry(entry) == 0 && m_jobs.contains(promptId))
        finish(promptId);
}

void JobRunner::onOutputStored(const OutputRecord &record)
{
    auto job = m_jobs.find(record.promptId);
    if (job == m_jobs.end())
        return; // a recovered job of an earlier session: the library has it
    const SavedOutput output = SavedOutput::fromRecord(record);
    job->outcome.outputs.append(output);
    emit jobOutputSaved(output);
}

void JobRunner::onJobSettled(const QString &promptId, int failures, const QString &lastError)
{
    auto job = m_jobs.find(promptId);
    if (job == m_jobs.end() || !job->downloading)
        return;
    if (failures > 0) {
        // The index keeps the missing files Pending; the next start fetches them.
        job->outcome.status = JobOutcome::Status::Failed;
        job->outcome.message = lastError;
    } else if (job->outcome.outputs.isEmpty()) {
        // Every file was stored before (history read twice, or a resumed download finished
        // first): the outputs are the library's, as the store's writer read them.
        for (const OutputRecord &record : m_store->storedBefore(promptId))
            job->outcome.outputs.append(SavedOutput::fromRecord(record));
    }
    finish(promptId);
}

void JobRunner::finish(const QString &promptId)
{
    m_progress->flush(promptId); // what was pending goes out before the end
    if (!m_jobs.contains(promptId))
        return; // a progress slot ended it meanwhile
    const RunnerJob job = m_jobs.take(promptId);
    m_progress->untrack(promptId);
    m_events->unwatchPrompt(promptId);
    m_watch->unwatch(promptId);
    if (job.outcome.status == JobOutcome::Status::Succeeded)
        emit jobProgress(promptId, 1.0, {});
    emit jobFinished(promptId, job.outcome);
}

void JobRunner::markLeftServer(const QString &promptId)
{
    auto it = m_jobs.find(promptId);
    if (it == m_jobs.end() || it->leftServer)
        return;
    it->leftServer = true;
    emit jobLeftServer(promptId);
}

} // namespace Easel
