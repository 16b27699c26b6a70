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
    // The whole data object, for the types whose fields are not all read above (feature
    // flags, logs, executed, errors, unknown types). Empty for the types a running prompt
    // repeats when they are read from the socket's text (parse(QStringView)).
    QJsonObject data;
};

namespace ServerEvents {
// Parses one text frame. A frame that is not a JSON object with a string "type" is an
// error (UnexpectedShape or MalformedJson); a well-formed frame of an unknown type is
// Type::Unknown, not an error.
Result<ServerEvent> parse(const QByteArray &frame);
// The same from the text as the WebSocket hands it (UTF-16): status, execution_start,
// execution_cached, executing, progress, progress_state and execution_success are read
// without a UTF-8 copy or a QJsonDocument (their `data` stays empty); every other message,
// and any text this reader does not take for certain, goes through parse(QByteArray).
// Same fields and errors as parse(text.toUtf8()) (servereventtext.cpp).
Result<ServerEvent> parse(QStringView text);
// Whether two events say the same (every field but `data` and `output`): what
// parse(QStringView) promises against parse(QByteArray) (tests, fuzz_serverevent).
bool sameFields(const ServerEvent &a, const ServerEvent &b);
// The type of a wire "type" string (Unknown for one Easel does not know).
ServerEvent::Type typeOf(QStringView name);
bool isTerminal(const ServerEvent &event); // success, error (not blocked), interrupted
} // namespace ServerEvents

} // namespace Easel

Q_DECLARE_METATYPE(Easel::ServerEvent)
