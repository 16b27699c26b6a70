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
    bool accepted = false;
    bool terminalSeen = false;
    bool fetching = false;
    bool downloading = false;
    bool started = false;    // an event of its own arrived: the server is running it
    bool polling = false;    // a /history question is out
    bool resumed = false;    // known from before a restart: its state is unknown
    bool leftServer = false; // jobLeftServer was emitted
    // Its outputs as the `executed` messages told them, and whether they are the whole
    // story: execution_start seen, no cached output node without its UI dict, the
    // stream not lost meanwhile. Then /history is not asked (one request fewer a job).
    QList<NodeOutput> executedOutputs;
    qint64 startMs = 0;
    bool eventsComplete = false;
    quint64 acceptedOrder = 0;
    int historyAttempts = 0;
    QDateTime unknownSince;    // first seen in neither /queue nor /history (the watchdog)
    QDateTime postedAt;        // its POST /prompt went out (unanswered while !accepted)
    bool waitingShown = false; // a jobWaiting with a text went out for the POST
    QDateTime lastEvent;
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
