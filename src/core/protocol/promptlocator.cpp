#include "promptlocator.h"

#include "comfyclient.h"
#include "futurecallback.h"

namespace Easel {

PromptLocation PromptLocator::fromQueue(const QueueSnapshot &snapshot, const QString &promptId)
{
    PromptLocation location;
    location.queueAnswered = true;
    for (const QueueItem &item : snapshot.running) {
        if (item.promptId == promptId) {
            location.place = PromptLocation::Place::Running;
            location.number = item.number;
            return location;
        }
    }
    for (qsizetype i = 0; i < snapshot.pending.size(); ++i) {
        if (snapshot.pending.at(i).promptId == promptId) {
            location.place = PromptLocation::Place::Pending;
            location.position = int(i);
            location.number = snapshot.pending.at(i).number;
            return location;
        }
    }
    return location;
}

void PromptLocator::locate(ComfyClient *client, const QString &promptId, Mode mode, QObject *context,
                           Callback done)
{
    auto askQueue = [client, promptId, context, done] {
        onFinished(client->queue(), context, [client, promptId, context, done](const Result<QueueSnapshot> &snapshot) {
            PromptLocation location;
            if (snapshot.isOk()) {
                location = fromQueue(snapshot.value(), promptId);
                if (location.isOnServer()) {
                    done(location);
                    return;
                }
            }
            askHistory(client, promptId, location, context, done);
        });
    };
    if (mode == Mode::Locate) {
        askQueue();
        return;
    }
    // The delete's own answer says nothing of where the prompt was: the lookup does.
    onFinished(client->deleteFromQueue({promptId}), context, [askQueue](const Result<Done> &) { askQueue(); });
}

void PromptLocator::askHistory(ComfyClient *client, const QString &promptId, PromptLocation location,
                               QObject *context, Callback done)
{
    onFinished(client->historyEntry(promptId), context,
               [location, done](const Result<QList<HistoryEntry>> &history) mutable {
                   location.historyAnswered = history.isOk();
                   if (history.isOk() && !history.value().isEmpty()) {
                       location.place = PromptLocation::Place::Finished;
                       location.entry = history.value().constFirst();
                       location.number = location.entry.number;
                   } else if (history.isOk() && location.queueAnswered) {
                       location.place = PromptLocation::Place::Gone;
                   } else {
                       location.place = PromptLocation::Place::Unknown;
                   }
                   done(location);
               });
}

} // namespace Easel
