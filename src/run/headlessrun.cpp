#include "headlessrun.h"

#include "runjobs.h"
#include "runqueue.h"

#include "comfyclient.h"
#include "eventstream.h"
#include "futurecallback.h"
#include "jobqueue.h"
#include "jobresync.h"
#include "jobrunner.h"
#include "outputstore.h"
#include "serversession.h"

#include <QTimer>

namespace Easel {

HeadlessRun::HeadlessRun(const QUrl &server, const QString &outputDirectory,
                         const TransportOptions &transport, QObject *parent)
    : QObject(parent)
    // The event socket read on this thread: nothing here has to stay responsive, and a
    // hand-over between threads per read woke both of them for every message.
    , m_session(new ServerSession(server, outputDirectory, transport, this, EventStream::WorkerThread::Caller))
    , m_queue(new JobQueue(m_session->runner(), m_session->client(), m_session->events(), this))
    , m_run(new RunQueue(m_queue, &m_reporter, outputDirectory, this))
{
    m_session->events()->setPreviewMode(EventStream::PreviewMode::None); // shows none: decodes none
    m_queue->setMaxInFlight(maxAtServer);
    JobRunner *runner = m_session->runner();
    // Progress at the terminal's rate: a job's first state at once (the queue acts on it),
    // then its newest at most every refreshMs and its last before it ends, instead of a
    // chain of signals, queue updates and a formatted line per progress message.
    runner->setProgressIntervalMs(TerminalReporter::refreshMs);
    // A prompt the server forgot (it restarted) ends as a failure instead of waiting forever.
    connect(m_session->resync(), &JobResync::forgotten, runner, [runner](const QString &promptId) {
        runner->abandon(promptId, tr("The server restarted and lost this job."));
    });
    connect(m_queue, &JobQueue::jobStateChanged, this, [this](const QString &jobId, QueuedJob::State state) {
        const QueuedJob *job = m_queue->job(jobId);
        if (state == QueuedJob::State::Submitted && job)
            m_reporter.line(tr("job %1/%2 queued as %3").arg(job->indexInBatch).arg(m_run->jobCount()).arg(job->promptId));
    });
    connect(m_run, &RunQueue::finished, this, &HeadlessRun::finished);
}

HeadlessRun::~HeadlessRun()
{
    // The queue's dispatch uses the session's runner: it goes first.
    delete m_run;
    delete m_queue;
    delete m_session;
}

void HeadlessRun::start(const RunJobs &jobs)
{
    m_jobs = &jobs;
    ComfyClient *client = m_session->client();
    // Ask the server something cheap first, so a wrong address fails at once with the
    // transport's own reason instead of as N rejected jobs.
    client->setTransferTimeoutMs(m_connectTimeoutMs);
    onFinished(client->queueRemaining(), this, [this, client](const Result<int> &result) {
        client->setTransferTimeoutMs(30000);
        if (!result.isOk()) {
            m_reporter.line(tr("Cannot reach the server at %1: %2")
                                .arg(client->baseUrl().toString(), result.error().message()));
            emit finished(ServerUnreachable);
            return;
        }
        connect(m_session->events(), &EventStream::connected, this, &HeadlessRun::queueAll);
        m_session->open();
        // Without live events the runner still learns of the end from /history.
        QTimer::singleShot(m_connectTimeoutMs, this, [this] {
            if (!m_run->isQueued()) {
                m_reporter.line(tr("No event stream from the server; following the jobs by polling."));
                queueAll();
            }
        });
    });
}

void HeadlessRun::queueAll()
{
    if (m_run->isQueued() || m_libraryFailed)
        return;
    // No job is sent before the library is open (on its store's writer thread): one that
    // cannot be opened ends the run here, instead of every job running to outputs that
    // have nowhere to go (they would fail, their files left on the server).
    OutputStore *store = m_session->store();
    switch (store->libraryState()) {
    case OutputStore::LibraryState::Closed:
    case OutputStore::LibraryState::Opening:
        if (!m_waitingForLibrary) {
            m_waitingForLibrary = true;
            connect(store, &OutputStore::libraryOpened, this, &HeadlessRun::queueAll);
            connect(store, &OutputStore::libraryFailed, this, &HeadlessRun::queueAll);
        }
        return;
    case OutputStore::LibraryState::Failed:
        m_libraryFailed = true;
        m_reporter.line(tr("Cannot open the output library in %1: %2; no job was sent.")
                            .arg(store->libraryDirectory(), store->errorString()));
        emit finished(JobsFailed);
        return;
    case OutputStore::LibraryState::Open:
        m_run->queueAll(*m_jobs);
        return;
    }
}

void HeadlessRun::setPrintOutputs(bool on)
{
    m_reporter = TerminalReporter(on ? stderr : stdout);
    m_run->setPrintOutputs(on);
}

} // namespace Easel
