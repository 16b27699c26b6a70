#pragma once

#include "result.h"
#include "wiretypes.h"

#include <QByteArray>

// Pure functions from response bodies to typed values. They never touch the network, so
// every capture in ../shared/captures is checked against them directly, and the client
// can run them on a worker thread for big bodies. `endpoint` names the request in errors.
namespace Easel::WireParsers {

// Parses JSON text; a syntax error becomes a MalformedJson error with the offset and a
// line:column in the message.
Result<QJsonDocument> parseJson(const QByteArray &body, const QString &endpoint);

Result<QueuedPrompt> parseQueuedPrompt(const QByteArray &body, const QString &endpoint);
Result<QueueSnapshot> parseQueue(const QByteArray &body, const QString &endpoint);
// {prompt_id: entry, ...}, returned oldest first (by execution_start, then number).
Result<QList<HistoryEntry>> parseHistory(const QByteArray &body, const QString &endpoint);
Result<Features> parseFeatures(const QByteArray &body, const QString &endpoint);
Result<SystemStats> parseSystemStats(const QByteArray &body, const QString &endpoint);
Result<UploadResult> parseUploadResult(const QByteArray &body, const QString &endpoint);
Result<QStringList> parseStringList(const QByteArray &body, const QString &endpoint);
// GET /prompt: {"exec_info": {"queue_remaining": N}}
Result<int> parseQueueRemaining(const QByteArray &body, const QString &endpoint);

// The error of a response with status >= 400: parses {"error": ..., "node_errors": ...}
// when the body is that JSON, otherwise describes the status and an excerpt of the body.
ProtocolError httpError(int status, const QByteArray &body, const QByteArray &contentType,
                        const QString &endpoint);

// Helpers shared with the event stream.
NodeOutput parseNodeOutput(const QString &nodeId, const QJsonObject &output);
QString lineColumn(const QByteArray &text, qint64 offset); // "line L, column C"

} // namespace Easel::WireParsers
