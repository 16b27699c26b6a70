#include "runnerjob.h"

#include "outputrecord.h"
#include "serverevent.h"
#include "textposition.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Easel {

// The texts are the runner's and keep its translation context.

SavedOutput SavedOutput::fromRecord(const OutputRecord &record)
{
    OutputFile file;
    file.filename = record.serverFileName;
    file.subfolder = record.subfolder;
    file.type = record.type;
    return {record.promptId, record.nodeId, file, record.path, record};
}

void RunnerJob::takeEvent(const ServerEvent &event)
{
    using Type = ServerEvent::Type;
    switch (event.type) {
    case Type::ExecutionStart:
        startMs = event.timestampMs;
        eventsComplete = !resumed;
        executedOutputs.clear();
        break;
    case Type::Executed:
        if (event.output.raw.isEmpty()) {
            eventsComplete = false; // a cached output node's null: only history has it
        } else {
            const auto same
                = [&](const NodeOutput &known) { return known.nodeId == event.output.nodeId; };
            executedOutputs.removeIf(same);
            executedOutputs.append(event.output);
        }
        break;
    case Type::ExecutionSuccess:
        terminalSeen = true;
        outcome.status = JobOutcome::Status::Succeeded;
        break;
    case Type::ExecutionError:
        if (event.blocked)
            break; // not terminal: the prompt goes on
        terminalSeen = true;
        outcome.status = JobOutcome::Status::Failed;
        outcome.nodeId = event.node;
        outcome.message = QCoreApplication::translate("Easel::JobRunner", "Node %1 (%2) failed: %3")
                              .arg(event.node, event.nodeType, event.exceptionMessage.trimmed());
        outcome.nodeType = event.nodeType;
        outcome.exceptionType = event.exceptionType;
        outcome.exceptionMessage = event.exceptionMessage;
        outcome.traceback = event.traceback;
        break;
    case Type::ExecutionInterrupted:
        terminalSeen = true;
        outcome.status = JobOutcome::Status::Interrupted;
        outcome.nodeId = event.node;
        outcome.message
            = QCoreApplication::translate("Easel::JobRunner", "Interrupted at node %1 (%2)")
                  .arg(event.node, event.nodeType);
        break;
    default:
        break;
    }
}

void RunnerJob::takeHistoryStatus(const HistoryEntry &entry)
{
    if (terminalSeen)
        return;
    terminalSeen = true;
    if (entry.statusStr == "success"_L1)
        return;
    const bool interrupted = entry.terminalMessageType == "execution_interrupted"_L1;
    outcome.status = interrupted ? JobOutcome::Status::Interrupted : JobOutcome::Status::Failed;
    const QJsonObject data = entry.terminalMessageData;
    outcome.nodeId = data.value("node_id"_L1).toString();
    outcome.nodeType = data.value("node_type"_L1).toString();
    outcome.exceptionType = data.value("exception_type"_L1).toString();
    outcome.exceptionMessage = data.value("exception_message"_L1).toString();
    for (const QJsonValue &line : data.value("traceback"_L1).toArray())
        outcome.traceback.append(line.toString());
    outcome.message
        = interrupted ? QCoreApplication::translate("Easel::JobRunner", "Interrupted at node %1")
                            .arg(outcome.nodeId)
                      : QCoreApplication::translate("Easel::JobRunner", "Node %1 (%2) failed: %3")
                            .arg(outcome.nodeId,
                                 data.value("node_type"_L1).toString(),
                                 data.value("exception_message"_L1).toString().trimmed());
}

HistoryEntry RunnerJob::historyFromEvents() const
{
    // Its outputs are the executed messages' UI dicts (cached output nodes included), by
    // node id.
    HistoryEntry entry;
    entry.promptId = promptId;
    entry.outputs = executedOutputs;
    std::sort(
        entry.outputs.begin(), entry.outputs.end(), [](const NodeOutput &a, const NodeOutput &b) {
            return nodeIdLess(a.nodeId, b.nodeId);
        });
    entry.statusStr = u"success"_s;
    entry.completed = true;
    entry.startTimestampMs = startMs;
    entry.terminalMessageType = u"execution_success"_s;
    return entry;
}

} // namespace Easel
