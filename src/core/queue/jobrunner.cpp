#include "jobrunner.h"

#include "comfyclient.h"
#include "eventstream.h"
#include "futurecallback.h"
#include "libraryindex.h"
#include "outputstore.h"
#include "serverevent.h"
#include "textposition.h"

#include <QJsonArray>
#include <algorithm>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
constexpr int maxHistoryAttempts = 5;

SavedOutput savedOutput(const OutputRecord &record)
{
    OutputFile file;
    file.filename = record.serverFileName;
    file.subfolder = record.subfolder;
    file.type = record.type;
    return {record.promptId, record.nodeId, file, record.path, record};
}
} // namespace

JobRunner::JobRunner(ComfyClient *client, EventStream *events, const QString &outputDirectory,
                     QObject *parent)
    : JobRunner(client, events, new OutputStore(client, outputDirectory), parent)
{
    m_store->setParent(this);
    if (!m_store->open())
        qWarning("Cannot open the library index: %s", qPrintable(m_store->errorString()));
    m_store->resumePending();
}

JobRunner::JobRunner(ComfyClient *client, EventStream *events, OutputStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_events(events)
    , m_store(store)
    , m_pollTimer(new QTimer(this))
{
    qRegisterMetaType<Easel::SavedOutput>();
    qRegisterMetaType<Easel::JobOutcome>();
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
        flushProgress({}); // what the job queue decides next (resync) sees the last state
        for (Job &job : m_jobs)
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
    m_progressTimer = new QTimer(this);
    m_progressTimer->setSingleShot(true);
    connect(m_progressTimer, &QTimer::timeout, this, [this] { flushProgress({}); });
    m_pollTimer->setInterval(1000);
    connect(m_pollTimer, &QTimer::timeout, this, &JobRunner::pollSilentJobs);
}

JobRunner::~JobRunner() = default;

QString JobRunner::outputDirectory() const
{
    return m_store->libraryDirectory();
}

QString JobRunner::submit(const QByteArray &promptJson, const QByteArray &workflowJson,
                          const QByteArray &basePromptJson, const QString &givenPromptId)
{
    const QString promptId = givenPromptId.isEmpty() ? ComfyClient::makePromptId() : givenPromptId;
    // Recorded before the POST: if Easel quits now, the next start still finds the job.
    m_store->recordJob(promptId, promptJson, workflowJson, basePromptJson);
    Job job;
    job.promptId = promptId;
    job.nodeCount = std::max<int>(1, int(QJsonDocument::fromJson(promptJson).object().size()));
    job.lastEvent = QDateTime::currentDateTimeUtc();
    job.postedAt = job.lastEvent;
    m_jobs.insert(promptId, job);
    m_events->watchPrompt(promptId);
    if (!m_pollTimer->isActive())
        m_pollTimer->start();

    PromptRequest request;
    request.promptJson = promptJson;
    request.workflowJson = workflowJson;
    request.promptId = promptId;
    request.clientId = m_events->clientId();
    onFinished(m_client->queuePrompt(request), this, [this, promptId](const Result<QueuedPrompt> &result) {
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
        it->accepted = true;
        it->acceptedOrder = ++m_acceptedCount;
        it->lastEvent = QDateTime::currentDateTimeUtc();
        const bool wasWaiting = std::exchange(it->waitingShown, false);
        if (wasWaiting)
            emit jobWaiting(promptId, {});
        emit jobAccepted(promptId, result.value().number);
    });
    return promptId;
}

void JobRunner::resume(const QString &promptId, const QByteArray &promptJson)
{
    if (m_jobs.contains(promptId))
        return;
    Job job;
    job.promptId = promptId;
    job.nodeCount = std::max<int>(1, int(QJsonDocument::fromJson(promptJson).object().size()));
    job.accepted = true;
    // Silent from the start: the first poll asks /history at once.
    job.lastEvent = QDateTime::currentDateTimeUtc().addMSecs(-m_pollAfterMs);
    job.resumed = true;
    m_jobs.insert(promptId, job);
    m_events->watchPrompt(promptId);
    if (!m_pollTimer->isActive())
        m_pollTimer->start();
    QTimer::singleShot(0, this, &JobRunner::pollSilentJobs);
}

void JobRunner::forget(const QString &promptId)
{
    if (!m_jobs.remove(promptId))
        return;
    m_events->unwatchPrompt(promptId);
    if (m_jobs.isEmpty())
        m_pollTimer->stop();
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
    Job &job = *it;
    job.lastEvent = QDateTime::currentDateTimeUtc();
    job.started = true;
    using Type = ServerEvent::Type;
    switch (event.type) {
    case Type::ExecutionStart:
        job.startMs = event.timestampMs;
        job.eventsComplete = !job.resumed;
        job.executedOutputs.clear();
        break;
    case Type::Executed:
        if (event.output.raw.isEmpty()) {
            job.eventsComplete = false; // a cached output node's null: only history has it
        } else {
            const auto same = [&](const NodeOutput &known) { return known.nodeId == event.output.nodeId; };
            job.executedOutputs.removeIf(same);
            job.executedOutputs.append(event.output);
        }
        break;
    case Type::ExecutionCached:
        for (const QString &node : event.nodes)
            job.cached.insert(node);
        reportProgress(job, {});
        break;
    case Type::Executing:
        if (event.node.isEmpty()) {
            // The server has dropped the prompt from its queue: the next one may go out
            // while this one's history and files are fetched. `job` may not survive the
            // signal (a slot can submit, and the hash can grow), so go by id.
            const QString promptId = job.promptId;
            const bool fromEvents = job.eventsComplete && job.terminalSeen
                                    && job.outcome.status == JobOutcome::Status::Succeeded;
            markLeftServer(promptId);
            if (fromEvents)
                takeOutputsFromEvents(promptId);
            else
                fetchOutputs(promptId);
        } else {
            const QString promptId = job.promptId;
            flushProgress(promptId);
            emit jobNodeExecuting(promptId, event.displayNode.isEmpty() ? event.node
                                                                        : event.displayNode);
        }
        break;
    case Type::Progress: {
        PendingProgress &pending = pendingProgress(job.promptId);
        pending.step = true;
        pending.stepNode = event.node;
        pending.stepValue = event.value;
        pending.stepMax = event.max;
        if (event.max > 0)
            job.nodeFraction.insert(event.node, std::clamp(event.value / event.max, 0.0, 1.0));
        reportProgress(job, event.node);
        break;
    }
    case Type::ProgressState: {
        QString running;
        for (const NodeProgress &node : event.nodeProgress) {
            const double fraction = node.state == "finished"_L1 ? 1.0
                                    : node.max > 0 ? std::clamp(node.value / node.max, 0.0, 1.0)
                                                   : 0.0;
            job.nodeFraction.insert(node.nodeId, fraction);
            if (node.state == "running"_L1)
                running = node.displayNodeId.isEmpty() ? node.nodeId : node.displayNodeId;
        }
        reportProgress(job, running);
        break;
    }
    case Type::ExecutionSuccess:
        job.terminalSeen = true;
        job.outcome.status = JobOutcome::Status::Succeeded;
        break;
    case Type::ExecutionError:
        if (event.blocked)
            break; // not terminal: the prompt goes on
        job.terminalSeen = true;
        job.outcome.status = JobOutcome::Status::Failed;
        job.outcome.nodeId = event.node;
        job.outcome.message = tr("Node %1 (%2) failed: %3")
                                  .arg(event.node, event.nodeType, event.exceptionMessage.trimmed());
        job.outcome.nodeType = event.nodeType;
        job.outcome.exceptionType = event.exceptionType;
        job.outcome.exceptionMessage = event.exceptionMessage;
        job.outcome.traceback = event.traceback;
        break;
    case Type::ExecutionInterrupted:
        job.terminalSeen = true;
        job.outcome.status = JobOutcome::Status::Interrupted;
        job.outcome.nodeId = event.node;
        job.outcome.message = tr("Interrupted at node %1 (%2)").arg(event.node, event.nodeType);
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

void JobRunner::reportProgress(Job &job, const QString &nodeId)
{
    double done = 0;
    int finishedNodes = 0;
    for (auto it = job.nodeFraction.cbegin(); it != job.nodeFraction.cend(); ++it) {
        done += it.value();
        finishedNodes += it.value() >= 1.0 ? 1 : 0;
    }
    for (const QString &cached : std::as_const(job.cached)) {
        if (!job.nodeFraction.contains(cached)) {
            done += 1.0;
            ++finishedNodes;
        }
    }
    PendingProgress &pending = pendingProgress(job.promptId);
    pending.nodes = true;
    pending.done = std::min(finishedNodes, job.nodeCount);
    pending.total = job.nodeCount;
    pending.fraction = true;
    pending.fractionValue = std::clamp(done / job.nodeCount, 0.0, 1.0);
    pending.fractionNode = nodeId;
    // A job's first progress goes out at once: it says the job has started, which the
    // queue acts on (a started job is not sent again after a restart). Only the stream of
    // updates after it is coalesced.
    if (m_progressIntervalMs <= 0 || !job.progressShown) {
        job.progressShown = true;
        flushProgress(job.promptId);
    } else if (!m_progressTimer->isActive()) {
        m_progressTimer->start(m_progressIntervalMs);
    }
}

JobRunner::PendingProgress &JobRunner::pendingProgress(const QString &promptId)
{
    if (m_progressIntervalMs > 0 && !m_progressTimer->isActive())
        m_progressTimer->start(m_progressIntervalMs);
    return m_pendingProgress[promptId];
}

void JobRunner::flushProgress(const QString &promptId)
{
    QHash<QString, PendingProgress> due;
    if (promptId.isEmpty())
        due.swap(m_pendingProgress);
    else if (m_pendingProgress.contains(promptId))
        due.insert(promptId, m_pendingProgress.take(promptId));
    // Slots may submit or finish jobs: `due` is ours, nothing here refers into m_jobs.
    for (auto it = due.cbegin(); it != due.cend(); ++it) {
        const PendingProgress &p = it.value();
        if (p.step)
            emit jobStepProgress(it.key(), p.stepNode, p.stepValue, p.stepMax);
        if (p.nodes)
            emit jobNodesDone(it.key(), p.done, p.total);
        if (p.fraction)
            emit jobProgress(it.key(), p.fractionValue, p.fractionNode);
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
                job->lastEvent = QDateTime::currentDateTimeUtc();
                checkUnknownJob(promptId);
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
    // What GET /history/{id} would have said of a successful run: its outputs are the
    // executed messages' UI dicts (cached output nodes included), by node id.
    HistoryEntry entry;
    entry.promptId = promptId;
    entry.outputs = job->executedOutputs;
    std::sort(entry.outputs.begin(), entry.outputs.end(),
              [](const NodeOutput &a, const NodeOutput &b) { return nodeIdLess(a.nodeId, b.nodeId); });
    entry.statusStr = u"success"_s;
    entry.completed = true;
    entry.startTimestampMs = job->startMs;
    entry.terminalMessageType = u"execution_success"_s;
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
    if (!job->terminalSeen) {
        // Learnt from history (events were missed): take its status.
        job->terminalSeen = true;
        if (entry.statusStr != "success"_L1) {
            const bool interrupted = entry.terminalMessageType == "execution_interrupted"_L1;
            job->outcome.status = interrupted ? JobOutcome::Status::Interrupted
                                              : JobOutcome::Status::Failed;
            const QJsonObject data = entry.terminalMessageData;
            job->outcome.nodeId = data.value("node_id"_L1).toString();
            job->outcome.nodeType = data.value("node_type"_L1).toString();
            job->outcome.exceptionType = data.value("exception_type"_L1).toString();
            job->outcome.exceptionMessage = data.value("exception_message"_L1).toString();
            for (const QJsonValue &line : data.value("traceback"_L1).toArray())
                job->outcome.traceback.append(line.toString());
            job->outcome.message = interrupted
                                       ? tr("Interrupted at node %1").arg(job->outcome.nodeId)
                                       : tr("Node %1 (%2) failed: %3")
                                             .arg(job->outcome.nodeId,
                                                  data.value("node_type"_L1).toString(),
                                                  data.value("exception_message"_L1)
                                                      .toString()
                                                      .trimmed());
        }
    }
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
    if (m_store->addHistoryEntry(entry) == 0 && m_jobs.contains(promptId)) {
        // Nothing owed: every file is stored already (history read twice, or a resumed
        // download finished first).
        Job &done = m_jobs[promptId];
        if (done.outcome.outputs.isEmpty()) {
            for (const OutputRecord &record : m_store->index()->outputsOfJob(promptId)) {
                if (record.state == OutputRecord::State::Stored)
                    done.outcome.outputs.append(savedOutput(record));
            }
        }
        finish(promptId);
    }
}

void JobRunner::onOutputStored(const OutputRecord &record)
{
    auto job = m_jobs.find(record.promptId);
    if (job == m_jobs.end())
        return; // a recovered job of an earlier session: the library has it
    const SavedOutput output = savedOutput(record);
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
    }
    finish(promptId);
}

void JobRunner::finish(const QString &promptId)
{
    flushProgress(promptId); // what was pending goes out before the end
    if (!m_jobs.contains(promptId))
        return; // a progress slot ended it meanwhile
    const Job job = m_jobs.take(promptId);
    m_events->unwatchPrompt(promptId);
    if (m_jobs.isEmpty())
        m_pollTimer->stop();
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

void JobRunner::pollSilentJobs()
{
    // Silence is normal for a job that waits in the server's queue: only the running
    // prompt produces events. So with the stream up, only jobs the server has started
    // (or whose state a restart left unknown) are asked about, and never twice at once;
    // asking /history for every waiting job would be a storm with a long queue. With the
    // stream down, every accepted job is asked, one question per job per interval.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool streamDown = m_events->state() != EventStream::State::Connected;
    // The first accepted job that has not started is the one the server runs next (or
    // runs already, if its first events were missed): it alone is also asked.
    const Job *next = nullptr;
    QList<QPair<QString, qint64>> unanswered;
    for (const Job &job : std::as_const(m_jobs)) {
        if (!job.accepted && job.postedAt.isValid()) {
            const qint64 waitedMs = job.postedAt.msecsTo(now);
            if (waitedMs >= m_answerNoticeAfterMs)
                unanswered.append({job.promptId, waitedMs});
        }
        if (job.accepted && !job.started && (!next || job.acceptedOrder < next->acceptedOrder))
            next = &job;
    }
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it) {
        if (!it->accepted || it->fetching || it->polling)
            continue;
        if (!streamDown && !it->started && !it->resumed && &*it != next)
            continue;
        if (it->lastEvent.msecsTo(now) < m_pollAfterMs)
            continue;
        it->lastEvent = now;
        it->polling = true;
        const QString promptId = it->promptId;
        onFinished(m_client->historyEntry(promptId), this, [this, promptId](const Result<QList<HistoryEntry>> &result) {
            auto job = m_jobs.find(promptId);
            if (job == m_jobs.end())
                return;
            job->polling = false;
            if (result.isOk() && !result.value().isEmpty())
                fetchOutputs(promptId);
            else if (result.isOk())
                checkUnknownJob(promptId);
        });
    }
    // A POST the server has not answered yet (a slow proxy, a server busy loading a
    // model): say so and for how long, so the wait is visible; the request's own deadline
    // ends it (ProtocolLimits).
    for (const auto &[promptId, waitedMs] : std::as_const(unanswered)) {
        auto it = m_jobs.find(promptId);
        if (it == m_jobs.end() || it->accepted)
            continue;
        it->waitingShown = true;
        emit jobWaiting(promptId, tr("waiting for the server's answer, %n second(s)", "",
                                     int(waitedMs / 1000)));
    }
}

void JobRunner::checkUnknownJob(const QString &promptId)
{
    auto it = m_jobs.find(promptId);
    if (it == m_jobs.end() || it->polling)
        return;
    it->polling = true;
    onFinished(m_client->queue(), this, [this, promptId](const Result<QueueSnapshot> &snapshot) {
        auto job = m_jobs.find(promptId);
        if (job == m_jobs.end())
            return;
        job->polling = false;
        if (!snapshot.isOk() || job->fetching)
            return; // unanswered: the server's reachability is the connection monitor's
        const auto known = [&](const QList<QueueItem> &items) {
            return std::any_of(items.cbegin(), items.cend(),
                               [&](const QueueItem &item) { return item.promptId == promptId; });
        };
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (known(snapshot.value().running) || known(snapshot.value().pending)) {
            if (job->unknownSince.isValid())
                emit jobWaiting(promptId, {});
            job->unknownSince = {};
            return;
        }
        if (!job->unknownSince.isValid())
            job->unknownSince = now;
        const qint64 leftMs = m_lostAfterMs - job->unknownSince.msecsTo(now);
        if (leftMs <= 0) {
            abandon(promptId, tr("The server does not know this job (in neither its queue nor its "
                                 "history for %n second(s)); it was lost",
                                 "", int(m_lostAfterMs / 1000)));
            return;
        }
        emit jobWaiting(promptId, tr("the server does not know this job; lost in %n second(s)",
                                     "", int((leftMs + 999) / 1000)));
    });
}

} // namespace Easel
