#include "farmplacement.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Easel::FarmPlacement {

namespace {
// These lines were the dispatcher's: filed under its context, so their translations stay.
struct FarmDispatcherText
{
    Q_DECLARE_TR_FUNCTIONS(Easel::FarmDispatcher)
};
} // namespace

Decision place(const Job &job, const QList<Server> &servers, const Rules &rules)
{
    QStringList missingWhere;
    bool worthWaiting = false;
    QList<const Server *> free;
    bool pinnedKnown = job.pinnedServer.isEmpty();
    for (const Server &server : servers) {
        if (!job.pinnedServer.isEmpty() && server.id != job.pinnedServer)
            continue;
        pinnedKnown = true;
        if (job.skipServers.contains(server.id))
            continue;
        if (!server.catalogue) {
            if (rules.discovering || server.connected)
                worthWaiting = true;
            else
                missingWhere.append(FarmDispatcherText::tr("%1: not reachable").arg(server.id));
            continue;
        }
        const QStringList missing = job.needs.missingIn(*server.catalogue);
        if (!missing.isEmpty()) {
            missingWhere.append(FarmDispatcherText::tr("%1 lacks %2").arg(server.id, missing.join(u", "_s)));
            continue;
        }
        if (!server.usable) {
            // A capable server that is down is waited for, but not forever.
            if (!server.downSince.isValid() || server.downSince.msecsTo(rules.now) < rules.lostTimeoutMs)
                worthWaiting = true;
            else
                missingWhere.append(FarmDispatcherText::tr("%1: down").arg(server.id));
            continue;
        }
        worthWaiting = true;
        if (server.load < rules.window)
            free.append(&server);
    }
    if (free.isEmpty()) {
        if (worthWaiting)
            return {Decision::Kind::Wait, {}, {}};
        if (!pinnedKnown)
            missingWhere.append(FarmDispatcherText::tr("%1: not in the farm").arg(job.pinnedServer));
        return {Decision::Kind::Unrunnable, {},
                FarmDispatcherText::tr("No server can run this job: %1").arg(missingWhere.join(u"; "_s))};
    }
    // Warm first (the checkpoint is loaded already), then the shortest queue, then order.
    const Server *best = nullptr;
    int bestLoad = 0;
    bool bestWarm = false;
    for (const Server *server : std::as_const(free)) {
        const bool warm = !job.needs.checkpoint.isEmpty() && server->warmCheckpoint == job.needs.checkpoint;
        const int queued = std::max(server->load, server->queueRemaining);
        if (!best || (warm && !bestWarm) || (warm == bestWarm && queued < bestLoad)) {
            best = server;
            bestLoad = queued;
            bestWarm = warm;
        }
    }
    QString reason;
    if (!job.pinnedServer.isEmpty())
        reason = FarmDispatcherText::tr("pinned");
    else if (bestWarm)
        reason = FarmDispatcherText::tr("warm: %1 loaded").arg(job.needs.checkpoint);
    else
        reason = FarmDispatcherText::tr("shortest queue (%1) of %2 with room").arg(bestLoad).arg(free.size());
    return {Decision::Kind::Send, best->id, reason};
}

} // namespace Easel::FarmPlacement
