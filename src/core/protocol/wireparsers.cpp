#include "wireparsers.h"

#include "textposition.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Easel::WireParsers {

namespace {

// lupdate files tr() calls by the class they are made from; a free helper would file these
// strings under the namespace, where the translation is never looked up.
struct ProtocolErrorText
{
    Q_DECLARE_TR_FUNCTIONS(Easel::ProtocolError)
};

ProtocolError shapeError(const QString &endpoint, const QString &expected)
{
    return ProtocolError(ProtocolError::Kind::UnexpectedShape, endpoint,
                         ProtocolErrorText::tr("%1: unexpected answer, expected %2").arg(endpoint, expected));
}

Result<QJsonObject> parseObject(const QByteArray &body, const QString &endpoint,
                                const QString &expected)
{
    Result<QJsonDocument> doc = parseJson(body, endpoint);
    if (!doc.isOk())
        return doc.error();
    if (!doc.value().isObject())
        return shapeError(endpoint, expected);
    return doc.value().object();
}

QStringList stringList(const QJsonArray &array)
{
    QStringList list;
    list.reserve(array.size());
    for (const QJsonValue &value : array)
        list.append(value.toString());
    return list;
}


// [number, prompt_id, prompt, extra_data, outputs_to_execute] of queue and history.
bool parsePromptTuple(const QJsonValue &value, double *number, QString *promptId,
                      QJsonObject *prompt, QJsonObject *extraData, QStringList *outputs)
{
    const QJsonArray tuple = value.toArray();
    if (!value.isArray() || tuple.size() < 2 || !tuple.at(0).isDouble() || !tuple.at(1).isString())
        return false;
    *number = tuple.at(0).toDouble();
    *promptId = tuple.at(1).toString();
    *prompt = tuple.at(2).toObject();
    *extraData = tuple.at(3).toObject();
    *outputs = stringList(tuple.at(4).toArray());
    return true;
}

Result<QList<QueueItem>> parseQueueList(const QJsonValue &value, const QString &endpoint,
                                        const QString &key)
{
    if (!value.isArray())
        return shapeError(endpoint, u"\"%1\" as an array"_s.arg(key));
    QList<QueueItem> items;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array) {
        QueueItem item;
        if (!parsePromptTuple(entry, &item.number, &item.promptId, &item.prompt, &item.extraData,
                              &item.outputsToExecute)) {
            return shapeError(endpoint,
                              u"[number, prompt_id, prompt, extra_data, outputs] in \"%1\""_s.arg(key));
        }
        items.append(item);
    }
    return items;
}

} // namespace

QString lineColumn(const QByteArray &text, qint64 offset)
{
    return describeTextPosition(text, offset);
}

Result<QJsonDocument> parseJson(const QByteArray &body, const QString &endpoint)
{
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        ProtocolError error(ProtocolError::Kind::MalformedJson, endpoint,
                            ProtocolErrorText::tr("%1: the answer is not valid JSON (%2 at %3, byte %4)")
                                .arg(endpoint, parseError.errorString(),
                                     lineColumn(body, parseError.offset))
                                .arg(parseError.offset));
        error.setJsonOffset(parseError.offset);
        error.setDetail(QString::fromUtf8(body.left(200)));
        return error;
    }
    return doc;
}

Result<QueuedPrompt> parseQueuedPrompt(const QByteArray &body, const QString &endpoint)
{
    Result<QJsonObject> object = parseObject(body, endpoint, u"an object with prompt_id"_s);
    if (!object.isOk())
        return object.error();
    const QJsonObject &o = object.value();
    if (!o.value("prompt_id"_L1).isString() || !o.value("number"_L1).isDouble())
        return shapeError(endpoint, u"{\"prompt_id\": string, \"number\": number}"_s);
    QueuedPrompt queued;
    queued.promptId = o.value("prompt_id"_L1).toString();
    queued.number = o.value("number"_L1).toDouble();
    queued.nodeErrors = parseNodeErrors(o.value("node_errors"_L1).toObject());
    return queued;
}

Result<QueueSnapshot> parseQueue(const QByteArray &body, const QString &endpoint)
{
    Result<QJsonObject> object = parseObject(body, endpoint, u"{queue_running, queue_pending}"_s);
    if (!object.isOk())
        return object.error();
    auto running = parseQueueList(object.value().value("queue_running"_L1), endpoint,
                                  u"queue_running"_s);
    if (!running.isOk())
        return running.error();
    auto pending = parseQueueList(object.value().value("queue_pending"_L1), endpoint,
                                  u"queue_pending"_s);
    if (!pending.isOk())
        return pending.error();
    QueueSnapshot snapshot;
    snapshot.running = running.value();
    snapshot.pending = pending.value();
    // The server keeps pending items in a heap: its array order is not the run order.
    std::stable_sort(snapshot.pending.begin(), snapshot.pending.end(),
                     [](const QueueItem &a, const QueueItem &b) {
                         if (a.number != b.number)
                             return a.number < b.number;
                         return a.promptId < b.promptId;
                     });
    return snapshot;
}

NodeOutput parseNodeOutput(const QString &nodeId, const QJsonObject &output)
{
    NodeOutput result;
    result.nodeId = nodeId;
    result.raw = output;
    for (auto it = output.begin(); it != output.end(); ++it) {
        if (!it.value().isArray())
            continue;
        const QJsonArray array = it.value().toArray();
        for (const QJsonValue &value : array) {
            const QJsonObject file = value.toObject();
            if (!file.value("filename"_L1).isString() || !file.value("subfolder"_L1).isString()
                || !file.value("type"_L1).isString()) {
                continue;
            }
            result.files.append({file.value("filename"_L1).toString(),
                                 file.value("subfolder"_L1).toString(),
                                 file.value("type"_L1).toString()});
        }
    }
    return result;
}

Result<QList<HistoryEntry>> parseHistory(const QByteArray &body, const QString &endpoint)
{
    Result<QJsonObject> object = parseObject(body, endpoint, u"{prompt_id: entry}"_s);
    if (!object.isOk())
        return object.error();
    QList<HistoryEntry> entries;
    const QJsonObject &all = object.value();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject e = it.value().toObject();
        HistoryEntry entry;
        if (!it.value().isObject()
            || !parsePromptTuple(e.value("prompt"_L1), &entry.number, &entry.promptId,
                                 &entry.prompt, &entry.extraData, &entry.outputsToExecute)) {
            return shapeError(endpoint, u"a history entry with a \"prompt\" array for %1"_s
                                            .arg(it.key()));
        }
        const QJsonObject outputs = e.value("outputs"_L1).toObject();
        QStringList ids = outputs.keys();
        std::sort(ids.begin(), ids.end(), nodeIdLess);
        for (const QString &id : std::as_const(ids))
            entry.outputs.append(parseNodeOutput(id, outputs.value(id).toObject()));

        const QJsonObject status = e.value("status"_L1).toObject();
        entry.statusStr = status.value("status_str"_L1).toString();
        entry.completed = status.value("completed"_L1).toBool();
        const QJsonArray messages = status.value("messages"_L1).toArray();
        for (const QJsonValue &message : messages) {
            const QJsonArray pair = message.toArray();
            const QString type = pair.at(0).toString();
            const QJsonObject data = pair.at(1).toObject();
            if (type == "execution_start"_L1) {
                entry.startTimestampMs = data.value("timestamp"_L1).toInteger();
            } else if (type == "execution_success"_L1 || type == "execution_error"_L1
                       || type == "execution_interrupted"_L1) {
                entry.terminalMessageType = type;
                entry.terminalMessageData = data;
            }
        }
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const HistoryEntry &a, const HistoryEntry &b) {
        if (a.startTimestampMs != b.startTimestampMs)
            return a.startTimestampMs < b.startTimestampMs;
        if (a.number != b.number)
            return a.number < b.number;
        return a.promptId < b.promptId;
    });
    return entries;
}

Result<Features> parseFeatures(const QByteArray &body, const QString &endpoint)
{
    Result<QJsonObject> object = parseObject(body, endpoint, u"an object of feature flags"_s);
    if (!object.isOk())
        return object.error();
    Features features;
    features.raw = object.value();
    features.supportsPreviewMetadata =
        features.raw.value("supports_preview_metadata"_L1).toBool();
    features.maxUploadSize = features.raw.value("max_upload_size"_L1).toInteger();
    return features;
}

Result<SystemStats> parseSystemStats(const QByteArray &body, const QString &endpoint)
{
    Result<QJsonObject> object = parseObject(body, endpoint, u"{system, devices}"_s);
    if (!object.isOk())
        return object.error();
    const QJsonValue systemValue = object.value().value("system"_L1);
    if (!systemValue.isObject())
        return shapeError(endpoint, u"a \"system\" object"_s);
    const QJsonObject system = systemValue.toObject();
    SystemStats stats;
    stats.os = system.value("os"_L1).toString();
    stats.comfyuiVersion = system.value("comfyui_version"_L1).toString();
    stats.pythonVersion = system.value("python_version"_L1).toString();
    stats.pytorchVersion = system.value("pytorch_version"_L1).toString();
    stats.ramTotal = system.value("ram_total"_L1).toInteger();
    stats.ramFree = system.value("ram_free"_L1).toInteger();
    stats.argv = stringList(system.value("argv"_L1).toArray());
    const QJsonArray devices = object.value().value("devices"_L1).toArray();
    for (const QJsonValue &value : devices) {
        const QJsonObject d = value.toObject();
        stats.devices.append({d.value("name"_L1).toString(), d.value("type"_L1).toString(),
                              d.value("vram_total"_L1).toInteger(),
                              d.value("vram_free"_L1).toInteger()});
    }
    return stats;
}

Result<UploadResult> parseUploadResult(const QByteArray &body, const QString &endpoint)
{
    Result<QJsonObject> object = parseObject(body, endpoint, u"{name, subfolder, type}"_s);
    if (!object.isOk())
        return object.error();
    const QJsonObject &o = object.value();
    if (!o.value("name"_L1).isString())
        return shapeError(endpoint, u"{\"name\": string, \"subfolder\", \"type\"}"_s);
    return UploadResult{o.value("name"_L1).toString(), o.value("subfolder"_L1).toString(),
                        o.value("type"_L1).toString()};
}

Result<QStringList> parseStringList(const QByteArray &body, const QString &endpoint)
{
    Result<QJsonDocument> doc = parseJson(body, endpoint);
    if (!doc.isOk())
        return doc.error();
    if (!doc.value().isArray())
        return shapeError(endpoint, u"an array of strings"_s);
    const QJsonArray array = doc.value().array();
    for (const QJsonValue &value : array) {
        if (!value.isString())
            return shapeError(endpoint, u"an array of strings"_s);
    }
    return stringList(array);
}

Result<int> parseQueueRemaining(const QByteArray &body, const QString &endpoint)
{
    Result<QJsonObject> object = parseObject(body, endpoint, u"{exec_info: {queue_remaining}}"_s);
    if (!object.isOk())
        return object.error();
    const QJsonValue remaining =
        object.value().value("exec_info"_L1).toObject().value("queue_remaining"_L1);
    if (!remaining.isDouble())
        return shapeError(endpoint, u"{\"exec_info\": {\"queue_remaining\": number}}"_s);
    return remaining.toInt();
}

ProtocolError httpError(int status, const QByteArray &body, const QByteArray &contentType,
                        const QString &endpoint)
{
    // A rejected prompt is JSON {"error": {...}, "node_errors": {...}}; anything else (aiohttp's
    // text/plain 500, an HTML proxy page, an empty /view 404) is described by status + excerpt.
    if (contentType.contains("json") || body.trimmed().startsWith('{')) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        const QJsonObject o = doc.object();
        if (parseError.error == QJsonParseError::NoError && o.contains("error"_L1)) {
            const QJsonValue errorValue = o.value("error"_L1);
            const QJsonObject e = errorValue.toObject();
            const QString serverMessage =
                errorValue.isString() ? errorValue.toString() : e.value("message"_L1).toString();
            ProtocolError error(ProtocolError::Kind::Http, endpoint,
                                ProtocolErrorText::tr("%1 was rejected (HTTP %2): %3")
                                    .arg(endpoint)
                                    .arg(status)
                                    .arg(serverMessage));
            error.setHttpStatus(status);
            error.setServerError(e.value("type"_L1).toString(), serverMessage,
                                 e.value("details"_L1).toString());
            error.setNodeErrors(parseNodeErrors(o.value("node_errors"_L1).toObject()));
            error.setDetail(e.value("details"_L1).toString());
            return error;
        }
    }
    QString excerpt = QString::fromUtf8(body.left(300)).simplified();
    if (contentType.contains("html")) {
        // Strip tags so the excerpt reads as text in a status bar.
        QString text;
        bool inTag = false;
        for (const QChar c : std::as_const(excerpt)) {
            if (c == u'<')
                inTag = true;
            else if (c == u'>')
                inTag = false;
            else if (!inTag)
                text.append(c);
        }
        excerpt = text.simplified();
    }
    excerpt.truncate(160);
    ProtocolError error(ProtocolError::Kind::Http, endpoint,
                        excerpt.isEmpty()
                            ? ProtocolErrorText::tr("%1 failed with HTTP status %2").arg(endpoint).arg(status)
                            : ProtocolErrorText::tr("%1 failed with HTTP status %2: %3")
                                  .arg(endpoint)
                                  .arg(status)
                                  .arg(excerpt));
    error.setHttpStatus(status);
    error.setDetail(excerpt);
    return error;
}

} // namespace Easel::WireParsers
