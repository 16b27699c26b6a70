#pragma once

#include "wiretypes.h"

#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

namespace Easel {

class ComfyClient;

// Where a prompt stands on a server, as one answer instead of a /queue snapshot and a
// /history reply read by hand at every call site.
struct PromptLocation
{
    enum class Place {
        Running,  // in queue_running
        Pending,  // in queue_pending (position = its index there, in execution order)
        Finished, // in /history/{id} (entry is its record)
        Gone,     // both questions answered: in neither (deleted, or the server restarted)
        Unknown,  // a question went unanswered and the prompt was not found elsewhere
    };
    Place place = Place::Unknown;
    int position = -1;
    double number = 0; // the server's queue number (Running, Pending, Finished)
    HistoryEntry entry;
    // Which questions got an answer. Callers that must tell "the queue could not be read"
    // from "the history could not be read" (the farm remembers the latter) look here.
    bool queueAnswered = false;
    bool historyAnswered = false;

    bool isOnServer() const { return place == Place::Running || place == Place::Pending; }
};

// "Where is this prompt now?" in one place: optionally POST /queue {"delete": [id]} first
// (taking it back or cancelling it), then GET /queue (asked after the delete's answer, so
// the snapshot reflects it), then GET /history/{id} only when the prompt is in neither
// list. A failed /queue answer does not end the search: /history can still show that it
// finished; otherwise the answer is Unknown. The answer goes to `done` on context's thread,
// never after context is destroyed (nor when the client goes away first).
class PromptLocator
{
public:
    enum class Mode { Locate, DeleteFirst };
    using Callback = std::function<void(const PromptLocation &)>;

    static void locate(ComfyClient *client, const QString &promptId, Mode mode, QObject *context,
                       Callback done);

    // The answer a snapshot gives on its own (Running, Pending, or Unknown when the prompt
    // is in neither list: then only /history can tell). For callers that read one snapshot
    // for many prompts.
    static PromptLocation fromQueue(const QueueSnapshot &snapshot, const QString &promptId);
    // The rest of the search for a prompt in neither list of a snapshot (fromQueue's
    // answer, or a default PromptLocation when /queue was not answered): GET /history/{id}.
    static void askHistory(ComfyClient *client, const QString &promptId, PromptLocation location,
                           QObject *context, Callback done);
};

} // namespace Easel
