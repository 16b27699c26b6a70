#pragma once

namespace Easel {

class ConnectionMonitor;
class EventStream;
class JobResync;
class JobRunner;

// The bookkeeping that ties a server's resync to its runner, the same for the window's
// single server and for every server of a farm: resync on reconnects and silences
// (JobResync::follow); a prompt is tracked once the server accepted it and untracked when
// it finished (noted to the monitor, which tells a restarted server by it) or was deleted
// from the server queue (forgotten: cancelled or taken back, not lost); one the resync
// finds finished on the server is collected by the runner. What a prompt the server forgot
// means (fail it, run it elsewhere) stays the caller's: connect JobResync::forgotten.
void followJobs(JobResync *resync, JobRunner *runner, ConnectionMonitor *monitor, EventStream *events);

} // namespace Easel
