#include "singleserverdispatch.h"

#include "comfyclient.h"
#include "eventstream.h"
#include "futurecallback.h"
#include "otherclientswatcher.h"
#include "promptlocator.h"

#include <QTimer>

namespace Easel {

SingleServerDispatch::SingleServerDispatch(JobRunner *runner, ComfyClient *client, EventStream *events,
                                           QObject *parent)
    : JobDispatch(parent)
    , m_runner(runner)
    , m_client(client)
    , m_clientId(events->clientId())
    , m_watcher(new OtherClientsWatcher(client, events, this))
{
    connect(m_watcher, &OtherClientsWatcher::changed, this, &JobDispatch::otherClientsJobs);
    connect(events, &EventStream::clientIdChanged, this, [this](const QString &id) { m_clientId = id; });

    connect(runner, &JobRunner::jobAccepted, this, [this](const QString &promptId) { onAccepted(promptId); });
    connect(runner, &JobRunner::jobNodeExecuting, this, [this](const QString &promptId, const QString &nodeId) {
        onStarted(promptId);
        if (const QString jobId = m_byPrompt.value(promptId); !jobId.isEmpty())
            emit nodeExecuting(jobId, nodeId);
    });
    connect(runner, &JobRunner::jobProgress, this,
            [this](const QString &promptId, double fraction, const QString &nodeId) {
                onStarted(promptId);
                if (const QString jobId = m_byPrompt.value(promptId); !jobId.isEmpty())
                    emit progress(jobId, fraction, nodeId);
            });
    connect(runner, &JobRunner::jobNodesDone, this, [this](const QString &promptId, int done, int total) {
        if (const QString jobId = m_byPrompt.value(promptId); !jobId.isEmpty())
            emit nodesDone(jobId, done, total);
    });
    connect(runner, &JobRunner::jobStepProgress, this,
            [this](const QString &promptId, const QString &nodeId, double value, double max) {
                if (const QString jobId = m_byPrompt.value(promptId); !jobId.isEmpty())
                    emit stepProgress(jobId, nodeId, value, max);
            });
    connect(runner, &JobRunner::jobPreviewFrame, this,
            [this](const QString &promptId, const QString &nodeId, const QImage &image) {
                onStarted(promptId);
                if (const QString jobId = m_byPrompt.value(promptId); !jobId.isEmpty())
                    emit previewFrame(jobId, nodeId, image);
            });
    connect(runner, &JobRunner::jobWaiting, this, [this](const QString &promptId, const QString &state) {
        if (const QString jobId = m_byPrompt.value(promptId); !jobId.isEmpty())
            emit waiting(jobId, state);
    });
    connect(runner, &JobRunner::jobOutputSaved, this, [this](const SavedOutput &output) {
        if (const QString jobId = m_byPrompt.value(output.promptId); !jobId.isEmpty())
            emit outputSaved(jobId, output);
    });
    connect(runner, &JobRunner::jobLeftServer, this, [this](const QString &promptId) {
        // Its place on the server is free: the next job may go now, not after the downloads.
        Job *job = jobForPrompt(promptId);
        if (!job || job->step == Job::Step::ServerDone)
            return;
        job->step = Job::Step::ServerDone;
        emit leftServer(m_byPrompt.value(promptId));
        emit placesChanged();
    });
    connect(runner, &JobRunner::jobFinished, this, [this](const QString &promptId, const JobOutcome &outcome) {
        m_posting.remove(promptId);
        const QString jobId = m_byPrompt.take(promptId);
        if (jobId.isEmpty())
            return;
        m_jobs.remove(jobId);
        emit finished(jobId, outcome);
    });
}

SingleServerDispatch::~SingleServerDispatch() = default;

void SingleServerDispatch::setMaxInFlight(int jobs)
{
    m_maxInFlight = std::max(1, jobs);
    emit placesChanged();
}

int SingleServerDispatch::freePlaces() const
{
    // One POST at a time: the next one goes when the server has answered this one.
    if (!m_posting.isEmpty())
        return 0;
    const auto onServer = std::count_if(m_jobs.cbegin(), m_jobs.cend(),
                                        [](const Job &job) { return job.step != Job::Step::ServerDone; });
    return std::max(0, m_maxInFlight - int(onServer));
}

QString SingleServerDispatch::clientId() const
{
    return m_clientId;
}

void SingleServerDispatch::setWatchOtherClients(bool watch)
{
    m_watcher->setEnabled(watch);
}

SingleServerDispatch::Job *SingleServerDispatch::jobForPrompt(const QString &promptId)
{
    const auto it = m_jobs.find(m_byPrompt.value(promptId));
    return it == m_jobs.end() || it->promptId != promptId ? nullptr : &*it;
}

void SingleServerDispatch::dispatch(const DispatchRequest &request)
{
    Job job;
    job.promptId = request.promptId.isEmpty() ? ComfyClient::makePromptId() : request.promptId;
    job.promptJson = request.promptJson;
    job.workflowJson = request.workflowJson;
    job.basePromptJson = request.basePromptJson;
    job.promptNodes = request.promptNodes;
    m_byPrompt.insert(job.promptId, request.jobId);
    m_jobs.insert(request.jobId, job);
    if (request.maybePosted)
        lookUpBeforePosting(request.jobId);
    else
        post(request.jobId);
}

void SingleServerDispatch::post(const QString &jobId)
{
    Job &job = m_jobs[jobId];
    job.step = Job::Step::Posting;
    m_posting.insert(job.promptId);
    const QString promptId = job.promptId;
    emit assigned(jobId, {}, promptId, {});
    // The handler of assigned may have ended the job (a queue that cancels at once).
    const auto it = m_jobs.constFind(jobId);
    if (it == m_jobs.cend() || it->promptId != promptId)
        return;
    m_runner->submit(it->promptJson, it->workflowJson, it->basePromptJson, promptId, it->promptNodes);
}

void SingleServerDispatch::onAccepted(const QString &promptId)
{
    if (!m_posting.remove(promptId))
        return;
    if (Job *job = jobForPrompt(promptId)) {
        if (job->step == Job::Step::Posting)
            job->step = Job::Step::OnServer;
        // Cancelled or taken back while its POST was under way: a delete sent then could
        // have overtaken the POST, so it goes now that the server has the prompt.
        const QString jobId = m_byPrompt.value(promptId);
        if (job->cancelRequested)
            cancelOnServer(jobId);
        else if (job->takeBackRequested)
            takeBackFromServer(jobId);
    }
    emit placesChanged();
}

void SingleServerDispatch::onStarted(const QString &promptId)
{
    Job *job = jobForPrompt(promptId);
    if (!job || job->started)
        return;
    job->started = true;
    // Cancelled while pending, but the delete did not take it out: stop it now.
    if (job->interruptWhenStarted)
        m_client->interrupt(promptId);
}

void SingleServerDispatch::cancel(const QString &jobId)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end() || it->cancelRequested)
        return;
    it->cancelRequested = true;
    // A look-up, a POST or a delete under way: its answer carries the cancel on.
    if (it->step != Job::Step::OnServer || it->locating)
        return;
    if (it->started)
        m_client->interrupt(it->promptId); // ends as Interrupted
    else
        cancelOnServer(jobId);
}

void SingleServerDispatch::interrupt(const QString &jobId)
{
    // Always targeted: a global interrupt would stop whatever runs, maybe someone else's.
    const auto it = m_jobs.constFind(jobId);
    if (it != m_jobs.cend() && it->step != Job::Step::Checking)
        m_client->interrupt(it->promptId);
}

void SingleServerDispatch::takeBack(const QString &jobId)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end() || it->cancelRequested)
        return;
    switch (it->step) {
    case Job::Step::Checking:
    case Job::Step::Posting:
        it->takeBackRequested = true; // when the look-up or the POST is answered
        return;
    case Job::Step::OnServer:
        if (!it->started && !it->locating)
            takeBackFromServer(jobId);
        return;
    case Job::Step::ServerDone:
        return;
    }
}

void SingleServerDispatch::cancelOnServer(const QString &jobId)
{
    takeBackFromServer(jobId); // the same delete-then-locate; the answer sees the cancel
}

void SingleServerDispatch::takeBackFromServer(const QString &jobId)
{
    Job &job = m_jobs[jobId];
    job.locating = true;
    job.takeBackRequested = false;
    const QString promptId = job.promptId;
    // Until the server's answer is known the job keeps its place there: it may have
    // started running in the meantime.
    PromptLocator::locate(m_client, promptId, PromptLocator::Mode::DeleteFirst, this,
                          [this, jobId, promptId](const PromptLocation &location) {
                              Job *current = jobForPrompt(promptId);
                              if (!current || m_byPrompt.value(promptId) != jobId)
                                  return;
                              current->locating = false;
                              const bool gone = location.place == PromptLocation::Place::Gone;
                              if (!current->cancelRequested) {
                                  // Deleted while pending: the queue has it back. Anything
                                  // else: it stays, and the runner reports how it ends.
                                  if (gone) {
                                      m_runner->forget(promptId);
                                      m_byPrompt.remove(promptId);
                                      m_jobs.remove(jobId);
                                      emit takenBack(jobId);
                                  }
                                  return;
                              }
                              switch (location.place) {
                              case PromptLocation::Place::Running:
                                  m_client->interrupt(promptId); // ends as Interrupted
                                  return;
                              case PromptLocation::Place::Finished:
                                  return; // it ran: the runner reports how it ended
                              case PromptLocation::Place::Pending:
                                  // Still queued after the delete: it is stopped as soon as
                                  // it starts, and ends as Interrupted then.
                                  current->interruptWhenStarted = true;
                                  if (current->started)
                                      m_client->interrupt(promptId);
                                  return;
                              case PromptLocation::Place::Gone:
                              case PromptLocation::Place::Unknown:
                                  // Deleted, or nobody can tell: it ends here.
                                  endCancelled(jobId);
                                  return;
                              }
                          });
}

void SingleServerDispatch::endCancelled(const QString &jobId)
{
    const Job job = m_jobs.take(jobId);
    m_byPrompt.remove(job.promptId);
    m_posting.remove(job.promptId);
    if (job.step != Job::Step::Checking)
        m_runner->forget(job.promptId);
    JobOutcome outcome;
    outcome.status = JobOutcome::Status::Interrupted;
    emit finished(jobId, outcome);
}

void SingleServerDispatch::lookUpBeforePosting(const QString &jobId)
{
    // A job from the journal may have been posted just before Easel stopped: ask the
    // server before posting it again (the server does not refuse duplicate ids).
    const QString promptId = m_jobs.value(jobId).promptId;
    PromptLocator::locate(m_client, promptId, PromptLocator::Mode::Locate, this,
                          [this, jobId, promptId](const PromptLocation &location) {
                              Job *current = jobForPrompt(promptId);
                              if (!current || current->step != Job::Step::Checking)
                                  return;
                              // On the server or run already: follow it, never post it twice.
                              if (location.isOnServer() || location.place == PromptLocation::Place::Finished) {
                                  follow(jobId, location);
                              } else if (current->cancelRequested) {
                                  endCancelled(jobId);
                              } else if (current->takeBackRequested) {
                                  m_byPrompt.remove(promptId);
                                  m_jobs.remove(jobId);
                                  emit takenBack(jobId);
                              } else {
                                  post(jobId);
                              }
                          });
}

void SingleServerDispatch::adopt(const QString &jobId, const QString &promptId, const QString &server,
                                 const QByteArray &promptJson, const QByteArray &workflowJson,
                                 const QHash<QString, QString> &imageUploads)
{
    Q_UNUSED(server)       // one server: it is this one
    Q_UNUSED(imageUploads) // its images are on the server already (the editor uploaded them)
    Job job;
    job.promptId = promptId;
    job.promptJson = promptJson;
    job.workflowJson = workflowJson;
    m_byPrompt.insert(promptId, jobId);
    m_jobs.insert(jobId, job);
    // Every job adopted in one go is looked up with one GET /queue.
    m_adopting.append(jobId);
    if (m_adopting.size() == 1)
        QTimer::singleShot(0, this, &SingleServerDispatch::lookUpAdopted);
}

void SingleServerDispatch::lookUpAdopted()
{
    const QStringList jobIds = std::exchange(m_adopting, {});
    // Where is each job now? Still queued or running: follow it. In history: fetch how it
    // ended and its outputs. Nowhere (the server restarted): post it again.
    onFinished(m_client->queue(), this, [this, jobIds](const Result<QueueSnapshot> &snapshot) {
        for (const QString &jobId : jobIds) {
            const auto it = m_jobs.constFind(jobId);
            if (it == m_jobs.cend() || it->step != Job::Step::Checking)
                continue;
            const QString promptId = it->promptId;
            const PromptLocation queued = snapshot.isOk() ? PromptLocator::fromQueue(snapshot.value(), promptId)
                                                          : PromptLocation();
            if (queued.isOnServer()) {
                follow(jobId, queued);
                continue;
            }
            PromptLocator::askHistory(m_client, promptId, queued, this,
                                      [this, jobId, promptId](const PromptLocation &location) {
                                          Job *current = jobForPrompt(promptId);
                                          if (!current || current->step != Job::Step::Checking)
                                              return;
                                          if (location.place != PromptLocation::Place::Gone) {
                                              // Finished, or nobody can tell (a question went
                                              // unanswered): follow it. The runner asks again
                                              // and reports it lost if the server never knew
                                              // it; posting it now could run it twice.
                                              follow(jobId, location);
                                          } else if (current->cancelRequested) {
                                              endCancelled(jobId);
                                          } else {
                                              post(jobId); // the server forgot it: run it again
                                          }
                                      });
        }
    });
}

void SingleServerDispatch::follow(const QString &jobId, const PromptLocation &location)
{
    Job &job = m_jobs[jobId];
    job.step = Job::Step::OnServer;
    const QString promptId = job.promptId;
    m_runner->resume(promptId, job.promptJson);
    emit assigned(jobId, {}, promptId, {});
    if (location.place == PromptLocation::Place::Running && jobForPrompt(promptId)) {
        emit progress(jobId, 0, {}); // shown as running until its own events arrive
        onStarted(promptId);
    }
    Job *current = jobForPrompt(promptId);
    if (!current)
        return;
    if (current->cancelRequested && current->started)
        m_client->interrupt(promptId);
    else if (current->cancelRequested)
        cancelOnServer(jobId);
    else if (current->takeBackRequested && !current->started)
        takeBackFromServer(jobId);
}

} // namespace Easel
