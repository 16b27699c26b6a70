#pragma once

#include "farmjobcheck.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Easel {

class NodeCatalogue;

// Where a farm job goes: the dispatcher's rule as a pure function of what it knows at that
// moment, so it can be tested without a socket. A job goes only to a server whose
// catalogue has all its node classes and list values (model files); among the usable ones
// with room in their window, to the one whose last job used the same checkpoint (warm),
// then to the shortest queue, then in the order given. It waits while a capable server
// may still come (not read yet during discovery, or down for less than the lost timeout)
// and fails, saying what is missing where, when none can.
namespace FarmPlacement {

// One server as the dispatcher sees it now.
struct Server
{
    QString id;
    const NodeCatalogue *catalogue = nullptr; // null: not read yet
    bool connected = false;
    bool usable = false;                      // connected and its catalogue read
    QDateTime downSince;                      // invalid: not down
    QString warmCheckpoint;
    int queueRemaining = 0;                   // every client's prompts there
    int load = 0;                             // this farm's jobs there, uploading or not yet left
};

struct Job
{
    FarmJobNeeds needs;
    QString pinnedServer; // a server id: only there
    QStringList skipServers;
};

struct Rules
{
    int window = 2;             // jobs of the farm per server at once
    int lostTimeoutMs = 60000;  // how long a capable server that is down is waited for
    bool discovering = false;   // servers never reached may still answer
    QDateTime now;
};

struct Decision
{
    enum class Kind { Send, Wait, Unrunnable };
    Kind kind = Kind::Wait;
    QString server; // Send: where
    QString reason; // Send: why there; Unrunnable: what is missing where (translated)
};

Decision place(const Job &job, const QList<Server> &servers, const Rules &rules);

} // namespace FarmPlacement

} // namespace Easel
