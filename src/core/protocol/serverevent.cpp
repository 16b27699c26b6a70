#include "serverevent.h"

#include "wireparsers.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Easel::ServerEvents {

namespace {

ServerEvent::Type typeFor(const QString &name)
{
    static const QHash<QString, ServerEvent::Type> types = {
        {u"status"_s, ServerEvent::Type::Status},
        {u"feature_flags"_s, ServerEvent::Type::FeatureFlags},
        {u"execution_start"_s, ServerEvent::Type::ExecutionStart},
        {u"execution_cached"_s, ServerEvent::Type::ExecutionCached},
        {u"executing"_s, ServerEvent::Type::Executing},
        {u"executed"_s, ServerEvent::Type::Executed},
        {u"progress"_s, ServerEvent::Type::Progress},
        {u"progress_state"_s, ServerEvent::Type::ProgressState},
        {u"execution_success"_s, ServerEvent::Type::ExecutionSuccess},
        {u"execution_error"_s, ServerEvent::Type::ExecutionError},
        {u"execution_interrupted"_s, ServerEvent::Type::ExecutionInterrupted},
        {u"logs"_s, ServerEvent::Type::Logs},
    };
    return types.value(name, ServerEvent::Type::Unknown);
}

// Node ids are strings on the wire, but tolerate numbers from custom senders.
QString idString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

QStringList idList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        list.append(idString(v));
    return list;
}

} // namespace

Result<ServerEvent> parse(const QByteArray &frame)
{
    const QString endpoint = u"WebSocket /ws"_s;
    Result<QJsonDocument> doc = WireParsers::parseJson(frame, endpoint);
    if (!doc.isOk())
        return doc.error();
    const QJsonObject root = doc.value().object();
    if (!doc.value().isObject() || !root.value("type"_L1).isString()) {
        return ProtocolError(ProtocolError::Kind::UnexpectedShape, endpoint,
                             QCoreApplication::translate(
                                 "Easel::ProtocolError",
                                 "%1: unexpected message, expected an object with a \"type\" string")
                                 .arg(endpoint));
    }
    ServerEvent event;
    event.typeName = root.value("type"_L1).toString();
    event.type = typeFor(event.typeName);
    event.data = root.value("data"_L1).toObject();
    const QJsonObject &d = event.data;
    event.promptId = d.value("prompt_id"_L1).toString();
    event.timestampMs = d.value("timestamp"_L1).toInteger();

    switch (event.type) {
    case ServerEvent::Type::Status:
        event.sid = d.value("sid"_L1).toString();
        event.queueRemaining = d.value("status"_L1)
                                   .toObject()
                                   .value("exec_info"_L1)
                                   .toObject()
                                   .value("queue_remaining"_L1)
                                   .toInt(-1);
        break;
    case ServerEvent::Type::ExecutionCached:
        event.nodes = idList(d.value("nodes"_L1));
        break;
    case ServerEvent::Type::Executing:
        // node null = the prompt finished (history written); after a reconnect the server
        // sends {"node": "2"} with neither prompt_id nor display_node.
        event.node = idString(d.value("node"_L1));
        event.displayNode = idString(d.value("display_node"_L1));
        break;
    case ServerEvent::Type::Executed:
        event.node = idString(d.value("node"_L1));
        event.displayNode = idString(d.value("display_node"_L1));
        // output is null for a cached output node without UI output.
        event.output = WireParsers::parseNodeOutput(event.node, d.value("output"_L1).toObject());
        break;
    case ServerEvent::Type::Progress:
        event.node = idString(d.value("node"_L1));
        event.value = d.value("value"_L1).toDouble();
        event.max = d.value("max"_L1).toDouble();
        break;
    case ServerEvent::Type::ProgressState: {
        // value/max mix ints (a node's ProgressBar) and floats (0.0/1.0 start and finish).
        const QJsonObject nodes = d.value("nodes"_L1).toObject();
        for (auto it = nodes.begin(); it != nodes.end(); ++it) {
            const QJsonObject n = it.value().toObject();
            NodeProgress progress;
            progress.nodeId = n.contains("node_id"_L1) ? idString(n.value("node_id"_L1)) : it.key();
            progress.displayNodeId = idString(n.value("display_node_id"_L1));
            progress.state = n.value("state"_L1).toString();
            progress.value = n.value("value"_L1).toDouble();
            progress.max = n.value("max"_L1).toDouble();
            event.nodeProgress.append(progress);
        }
        break;
    }
    case ServerEvent::Type::ExecutionError:
        event.exceptionType = d.value("exception_type"_L1).toString();
        event.exceptionMessage = d.value("exception_message"_L1).toString();
        event.traceback = idList(d.value("traceback"_L1));
        // The "Execution Blocked" variant reports a blocked node; the prompt goes on.
        event.blocked = event.exceptionType == "ExecutionBlocked"_L1;
        Q_FALLTHROUGH();
    case ServerEvent::Type::ExecutionInterrupted:
        event.node = idString(d.value("node_id"_L1));
        event.nodeType = d.value("node_type"_L1).toString();
        event.nodes = idList(d.value("executed"_L1));
        break;
    case ServerEvent::Type::Unknown:
    case ServerEvent::Type::FeatureFlags:
    case ServerEvent::Type::ExecutionStart:
    case ServerEvent::Type::ExecutionSuccess:
    case ServerEvent::Type::Logs:
        break;
    }
    return event;
}

bool isTerminal(const ServerEvent &event)
{
    switch (event.type) {
    case ServerEvent::Type::ExecutionSuccess:
    case ServerEvent::Type::ExecutionInterrupted:
        return true;
    case ServerEvent::Type::ExecutionError:
        return !event.blocked;
    default:
        return false;
    }
}

} // namespace Easel::ServerEvents
