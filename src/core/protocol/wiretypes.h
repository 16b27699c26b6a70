#pragma once

#include "protocolerror.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// Typed values of the server's HTTP answers. Parsers for each live in wireparsers.h.
namespace Easel {

// What the client sends with POST /prompt. The prompt (and the workflow) travel as JSON
// text, never through QJsonDocument, so 64-bit seeds and key order reach the server as
// written (QJsonDocument turns 18446744073709551615 into 18446744073709552000).
struct PromptRequest
{
    QByteArray promptJson;      // the API-format graph, a JSON object
    QString promptId;           // client-made; empty = the client makes a uuid
    QString clientId;           // the event stream's sid
    QByteArray workflowJson;    // saved-format workflow for extra_pnginfo.workflow; may be empty
    bool front = false;
    std::optional<double> number;
    QStringList partialExecutionTargets;
    // The caller parsed promptJson and found a JSON object (the job runner does, once a
    // job): queuePrompt does not parse it again. False: queuePrompt checks it.
    bool promptIsObject = false;
};

// 200 answer of POST /prompt.
struct QueuedPrompt
{
    QString promptId;
    double number = 0;
    QList<NodeError> nodeErrors; // outputs the server dropped although it accepted the prompt
};

// One item of GET /queue: [number, prompt_id, prompt, extra_data, outputs_to_execute].
struct QueueItem
{
    double number = 0;
    QString promptId;
    QJsonObject prompt;
    QJsonObject extraData;
    QStringList outputsToExecute;
};

struct QueueSnapshot
{
    QList<QueueItem> running;
    QList<QueueItem> pending; // sorted by number (execution order), ties by prompt id
};

// A file the server can serve through /view.
struct OutputFile
{
    QString filename;
    QString subfolder;
    QString type = QStringLiteral("output"); // output, temp or input
    bool operator==(const OutputFile &other) const = default;
};

// A file ComfyClient::viewToFile fetched: its size and the SHA-256 of the bytes, hashed as
// they arrived (the store then reads nothing back to hash it). A body small enough to be
// kept in memory (the memoryBytes of viewToFile) is in bytes, and nothing was written to
// disk; else it was streamed to the path.
struct SavedFile
{
    qint64 size = 0;
    QByteArray sha256;
    QByteArray bytes;
    bool inMemory = false;
};

// One node's UI output ({"images": [...], "text": [...], ...}).
struct NodeOutput
{
    QString nodeId;
    QList<OutputFile> files; // every element with filename, subfolder and type, in order
    QJsonObject raw;         // the whole dict, for keys Easel does not know yet
};

struct HistoryEntry
{
    QString promptId;
    double number = 0;
    QJsonObject prompt;
    QJsonObject extraData;
    QStringList outputsToExecute;
    QList<NodeOutput> outputs; // sorted by node id
    QString statusStr;         // "success" or "error"
    bool completed = false;
    qint64 startTimestampMs = 0;    // execution_start timestamp, 0 when absent
    QString terminalMessageType;    // execution_success / _error / _interrupted
    QJsonObject terminalMessageData;
};

struct Features
{
    bool supportsPreviewMetadata = false;
    qint64 maxUploadSize = 0;
    QJsonObject raw;
};

struct DeviceStats
{
    QString name;
    QString type;
    qint64 vramTotal = 0;
    qint64 vramFree = 0;
};

struct SystemStats
{
    QString os;
    QString comfyuiVersion;
    QString pythonVersion;
    QString pytorchVersion;
    qint64 ramTotal = 0;
    qint64 ramFree = 0;
    QStringList argv;
    QList<DeviceStats> devices;
};

// 200 answer of POST /upload/image and /upload/mask.
struct UploadResult
{
    QString name; // use this name: the server may have renamed the file
    QString subfolder;
    QString type;

    // What an image input (LoadImage's "image") takes to load this upload: "name", or
    // "subfolder/name" (comfyui-protocol.md 1.6). Every upload of Easel names its file so.
    QString inputValue() const { return subfolder.isEmpty() ? name : subfolder + u'/' + name; }
    // The same with the folder it lies in, " [input]" / " [temp]" / " [output]", which
    // LoadImage resolves through folder_paths.get_annotated_filepath (the mask editor's way).
    QString annotatedInputValue() const
    {
        return inputValue() + QStringLiteral(" [") + (type.isEmpty() ? QStringLiteral("input") : type) + u']';
    }
};

} // namespace Easel
