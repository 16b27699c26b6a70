#pragma once

#include "result.h"
#include "wiretypes.h"

#include <QByteArray>
#include <QMetaType>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Easel {

// One node's entry of a progress_state message.
struct NodeProgress
{
    QString nodeId;
    QString displayNodeId;
    QString state; // "running" or "finished"
    double value = 0;
    double max = 0;
};

// A decoded JSON text frame of /ws. Fields not used by a type stay empty.
struct ServerEvent
{
    enum class Type {
        Unknown, // a type Easel does not know (custom nodes invent them): ignored, counted
        Status,
        FeatureFlags,
        ExecutionStart,
        ExecutionCached,
        Executing,      // node empty + prompt id set = the prompt finished
        Executed,
        Progress,
        ProgressState,
        ExecutionSuccess,
        ExecutionError, // blocked = the "Execution Blocked" variant, which is not terminal
        ExecutionInterrupted,
        Logs,
    };

    Type type = Type::Unknown;
    QString typeName;        // the wire "type" string
    QString promptId;
    QString node;            // executing/executed/progress node; execution_error node_id
    QString displayNode;
    QString sid;             // first status frame only
    int queueRemaining = -1; // status
    qint64 timestampMs = 0;
    double value = 0;        // progress
    double max = 0;
    QStringList nodes;       // execution_cached nodes; execution_error/_interrupted executed
    QList<NodeProgress> nodeProgress; // progress_state
    NodeOutput output;                // executed
    QString nodeType;                 // execution_error / _interrupted
    QString exceptionType;
    QString exceptionMessage;
    QStringList traceback;
    bool blocked = false;
    // The whole data object; empty for the types the socket's ServerEventReader reads
    // with simdjson (only feature_flags is read from it).
    QJsonObject data;
};

namespace ServerEvents {
// Parses one text frame. A frame that is not a JSON object with a string "type" is an
// error (UnexpectedShape or MalformedJson); a well-formed frame of an unknown type is
// Type::Unknown, not an error.
Result<ServerEvent> parse(const QByteArray &frame);
bool isTerminal(const ServerEvent &event); // success, error (not blocked), interrupted
} // namespace ServerEvents

} // namespace Easel

Q_DECLARE_METATYPE(Easel::ServerEvent)
