#pragma once

#include "joboutcome.h"
#include "wiretypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Easel {

struct ServerEvent;

// One prompt a JobRunner follows: where it stands between POST and saved files, and what
// its events and its history entry say of how it ended. The runner decides what to do
// next; this only keeps the record and reads the server's words into it.
struct RunnerJob
{
    QString promptId;
    bool terminalSeen = false;
    bool fetching = false;
    bool downloading = false;
    bool resumed = false;    // known from before a restart: its state is unknown
    bool leftServer = false; // jobLeftServer was emitted
    // Its outputs as the `executed` messages told them, and whether they are the whole
    // story: execution_start seen, no cached output node without its UI dict, the
    // stream not lost meanwhile. Then /history is not asked (one request fewer a job).
    QList<NodeOutput> executedOutputs;
    qint64 startMs = 0;
    bool eventsComplete = false;
    int historyAttempts = 0;
    JobOutcome outcome;

    // execution_start, executed, execution_success, execution_error (unless it only
    // blocked a node), execution_interrupted: what they say of the outputs and the end.
    // Other events change nothing here.
    void takeEvent(const ServerEvent &event);
    // Its history entry, when its end was learnt from there (events were missed): the
    // status, and a failure's node, exception and traceback. Nothing once an end was seen.
    void takeHistoryStatus(const HistoryEntry &entry);
    // What GET /history/{id} would say of its successful run, from its events.
    HistoryEntry historyFromEvents() const;
};

} // namespace Easel
