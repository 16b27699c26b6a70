#include "jobresyncwiring.h"

#include "connectionmonitor.h"
#include "jobresync.h"
#include "jobrunner.h"

namespace Easel {

void followJobs(JobResync *resync, JobRunner *runner, ConnectionMonitor *monitor, EventStream *events)
{
    resync->follow(monitor, events);
    QObject::connect(runner, &JobRunner::jobAccepted, resync,
                     [resync](const QString &promptId, double) { resync->track(promptId); });
    QObject::connect(runner, &JobRunner::jobFinished, resync,
                     [resync, monitor](const QString &promptId, const JobOutcome &) {
                         resync->untrack(promptId);
                         if (monitor)
                             monitor->noteFinishedPrompt(promptId);
                     });
    QObject::connect(runner, &JobRunner::jobForgotten, resync, &JobResync::untrack);
    QObject::connect(resync, &JobResync::finishedOnServer, runner,
                     [runner](const QString &promptId, const HistoryEntry &) { runner->collect(promptId); });
}

} // namespace Easel
