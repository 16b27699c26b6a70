#include "farmqueuedispatch.h"

#include "farmdispatcher.h"
#include "farmserver.h"

#include <QFileInfo>

namespace Easel {

FarmQueueDispatch::FarmQueueDispatch(FarmDispatcher *farm, QObject *parent)
    : JobDispatch(parent)
    , m_farm(farm)
{
    // Queued: JobQueue answers a signal by sending the next job, and the farm is never
    // re-entered from inside its own loop over its jobs.
    const auto queued = Qt::QueuedConnection;
    connect(farm, &FarmDispatcher::placesChanged, this, &JobDispatch::placesChanged, queued);
    connect(farm, &FarmDispatcher::jobAssigned, this, &JobDispatch::assigned, queued);
    connect(farm, &FarmDispatcher::jobNodeExecuting, this, &JobDispatch::nodeExecuting, queued);
    connect(farm, &FarmDispatcher::jobProgress, this, &JobDispatch::progress, queued);
    connect(farm, &FarmDispatcher::jobNodesDone, this, &JobDispatch::nodesDone, queued);
    connect(farm, &FarmDispatcher::jobStepProgress, this, &JobDispatch::stepProgress, queued);
    connect(farm, &FarmDispatcher::jobPreviewFrame, this, &JobDispatch::previewFrame, queued);
    connect(farm, &FarmDispatcher::jobOutputSaved, this, &JobDispatch::outputSaved, queued);
    connect(farm, &FarmDispatcher::jobLeftServer, this, &JobDispatch::leftServer, queued);
    connect(farm, &FarmDispatcher::jobWaiting, this, &JobDispatch::waiting, queued);
    connect(farm, &FarmDispatcher::jobRequeued, this, &JobDispatch::requeued, queued);
    connect(farm, &FarmDispatcher::jobTakenBack, this, &JobDispatch::takenBack, queued);
    connect(
        farm, &FarmDispatcher::jobFinished, this,
        [this](const QString &jobId) {
            if (!m_farm)
                return;
            const FarmJob *job = m_farm->job(jobId);
            if (!job || !job->isFinished())
                return; // a retry took the id again before this arrived
            const JobOutcome outcome = job->outcome;
            // JobQueue keeps the record from here on (a retry dispatches the id again).
            m_farm->remove(jobId);
            emit finished(jobId, outcome);
        },
        queued);
}

FarmQueueDispatch::~FarmQueueDispatch() = default;

int FarmQueueDispatch::freePlaces() const
{
    return m_farm ? m_farm->freePlaces() : 0;
}

QStringList FarmQueueDispatch::serverIds() const
{
    QStringList ids;
    if (m_farm) {
        for (const FarmServer *server : m_farm->servers())
            ids.append(server->id());
    }
    return ids;
}

QString FarmQueueDispatch::serverName(const QString &serverId) const
{
    const FarmServer *server = m_farm ? m_farm->server(serverId) : nullptr;
    return server ? server->displayName() : serverId;
}

void FarmQueueDispatch::dispatch(const DispatchRequest &request)
{
    // An input image gone since it was chosen: the job fails naming it, rather than run
    // with whatever a server still has under that name.
    const QHash<QString, QString> &imageUploads = request.imageUploads;
    for (auto it = imageUploads.cbegin(); it != imageUploads.cend(); ++it) {
        if (!QFileInfo(it.value()).isFile()) {
            failLater(request.jobId, tr("The input image %1 (node %2) no longer exists").arg(it.value(), it.key()));
            return;
        }
    }
    if (m_farm
        && m_farm->add(request.jobId, {request.promptJson, request.workflowJson, imageUploads}, request.pinnedServer))
        return;
    // Still under way there (or no farm): say so rather than hold the job forever.
    failLater(request.jobId, tr("The farm could not take this job (it is still running there)"));
}

void FarmQueueDispatch::failLater(const QString &jobId, const QString &message)
{
    JobOutcome outcome;
    outcome.status = JobOutcome::Status::Failed;
    outcome.message = message;
    QMetaObject::invokeMethod(this, [this, jobId, outcome] { emit finished(jobId, outcome); },
                              Qt::QueuedConnection);
}

void FarmQueueDispatch::cancel(const QString &jobId)
{
    if (m_farm)
        m_farm->cancel(jobId);
}

void FarmQueueDispatch::interrupt(const QString &jobId)
{
    if (m_farm)
        m_farm->interrupt(jobId);
}

void FarmQueueDispatch::takeBack(const QString &jobId)
{
    if (m_farm)
        m_farm->takeBack(jobId);
}

void FarmQueueDispatch::adopt(const QString &jobId, const QString &promptId, const QString &server,
                              const QByteArray &promptJson, const QByteArray &workflowJson,
                              const QHash<QString, QString> &imageUploads)
{
    if (m_farm)
        m_farm->adopt(jobId, {promptJson, workflowJson, imageUploads}, server, promptId);
}

bool FarmQueueDispatch::holds(const QString &jobId) const
{
    const FarmJob *job = m_farm ? m_farm->job(jobId) : nullptr;
    return job && !job->isFinished();
}

} // namespace Easel
