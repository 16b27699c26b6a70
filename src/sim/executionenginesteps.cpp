// ExecutionEngine's steps of a run, paced by the event loop: each node's executing,
// progress and previews, its outputs, and the run's end in history.
#include "executionengine.h"

#include "executionengine_p.h"
#include "faultinjector.h"
#include "imagesynth.h"
#include "nodeoutputs.h"
#include "promptvalidator.h"
#include "wshub.h"

#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Easel::Sim {

using Detail::str;

void ExecutionEngine::tick()
{
    if (!m_running) {
        startNext();
        if (!m_running)
            return;
    }
    Run &run = *m_running;
    if (run.index >= run.order.size()) {
        finish(Terminal::Success, withPrompt(JsonTree::object()));
        return;
    }
    const QString nodeId = run.order.at(run.index);
    if (run.cachedNodes.contains(nodeId)) { // a cached output node: re-announce
        const JsonTree ui = m_cache.value(run.signatures.value(nodeId));
        if (ui.isNull() && !run.item.outputs.contains(nodeId)) {
            // A cached node that only feeds the others (run_media_animated_png: frames 1-15
            // cached, only the new save node runs): ComfyUI says nothing more of it.
            ++run.index;
            schedule(0);
            return;
        }
        if (!run.sid.isEmpty()) {
            JsonTree executed = JsonTree::object();
            executed.insert(u"node"_s, str(nodeId));
            executed.insert(u"display_node"_s, str(nodeId));
            executed.insert(u"output"_s, ui);
            m_hub.sendJson(u"executed"_s, withPrompt(executed), run.sid);
        }
        if (!ui.isNull())
            run.uiOutputs.insert(nodeId, ui);
        run.progressOrder.append(nodeId);
        run.progress.insert(nodeId, {JsonNumber::fromInt(1), JsonNumber::fromInt(1), true});
        sendProgressState();
        ++run.index;
        schedule(0);
        return;
    }
    if (run.interruptRequested) {
        JsonTree data = withPrompt(JsonTree::object());
        data.insert(u"node_id"_s, str(nodeId));
        data.insert(u"node_type"_s, str(classOf(nodeId)));
        data.insert(u"executed"_s, JsonTree::fromStringList(run.executed));
        data.insert(u"timestamp"_s, JsonTree::fromInt(nowMs()));
        finish(Terminal::Interrupted, data);
        return;
    }
    if (run.step == 0) {
        if (!run.progress.contains(nodeId))
            run.progressOrder.append(nodeId);
        run.progress.insert(nodeId, {JsonNumber::fromDouble(0.0), JsonNumber::fromDouble(1.0), false});
        sendProgressState();
        if (!run.sid.isEmpty()) {
            JsonTree executing = JsonTree::object();
            executing.insert(u"node"_s, str(nodeId));
            executing.insert(u"display_node"_s, str(nodeId));
            m_hub.sendJson(u"executing"_s, withPrompt(executing), run.sid);
        }
        run.steps = NodeOutputs::stepsOf(classOf(nodeId), run.item.prompt.value(nodeId).value(u"inputs"));
        run.step = 1;
        const int stall = m_injector ? m_injector->stepStallMs(run.item.promptId, nodeId, 1) : 0;
        schedule(m_stepMs + stall);
        return;
    }
    if (run.step <= run.steps) {
        runStep();
        ++run.step;
        const int stall = m_injector ? m_injector->stepStallMs(run.item.promptId, nodeId, run.step) : 0;
        schedule(run.step <= run.steps ? m_stepMs + stall : 0);
        return;
    }
    finishNode();
}

void ExecutionEngine::runStep()
{
    Run &run = *m_running;
    const QString nodeId = run.order.at(run.index);
    const QString classType = classOf(nodeId);
    const JsonTree inputs = run.item.prompt.value(nodeId).value(u"inputs");
    const int i = run.step;
    const int n = run.steps;
    const bool capture = classType == "CaptureProgressPreview"_L1;
    if (capture && inputs.value(u"send_text").toBool()) {
        const QByteArray id = nodeId.toUtf8();
        QByteArray frame(8, Qt::Uninitialized);
        qToBigEndian<quint32>(3, frame.data());
        qToBigEndian<quint32>(quint32(id.size()), frame.data() + 4);
        frame += id + u"step %1/%2"_s.arg(i).arg(n).toUtf8();
        m_hub.sendBinary(frame, QString()); // send_progress_text without sid: broadcast
    }
    run.progress.insert(nodeId, {JsonNumber::fromInt(i), JsonNumber::fromInt(n), false});
    sendProgressState();

    const bool png = capture && inputs.value(u"preview_format").toString() == "PNG"_L1;
    const int maxSize = capture && inputs.value(u"max_size").isNumber() ? inputs.value(u"max_size").toNumber().toInt(512) : 512;
    const JsonTree latent = inputs.value(u"latent_image");
    NodeOutputs outputs(run.item.prompt, run.item.extraData, m_dataDir);
    const QSize source = outputs.geometry(latent.isArray() ? latent.at(0).toString() : nodeId).size;
    const QByteArray image = ImageSynth::preview(source, i, n, qBound(8, maxSize, 4096), png);

    JsonTree progress = JsonTree::object();
    progress.insert(u"value"_s, JsonTree::fromInt(i));
    progress.insert(u"max"_s, JsonTree::fromInt(n));
    progress = withPrompt(progress);
    progress.insert(u"node"_s, str(nodeId));

    QByteArray header(8, Qt::Uninitialized);
    if (!run.sid.isEmpty() && m_hub.supportsPreviewMetadata(run.sid)) {
        JsonTree meta = JsonTree::object();
        meta.insert(u"node_id"_s, str(nodeId));
        meta.insert(u"prompt_id"_s, str(run.item.promptId));
        meta.insert(u"display_node_id"_s, str(nodeId));
        meta.insert(u"parent_node_id"_s, JsonTree());
        meta.insert(u"real_node_id"_s, str(nodeId));
        meta.insert(u"image_type"_s, str(png ? u"image/png"_s : u"image/jpeg"_s));
        const QByteArray metaBytes = meta.toPython();
        qToBigEndian<quint32>(4, header.data());
        qToBigEndian<quint32>(quint32(metaBytes.size()), header.data() + 4);
        m_hub.sendBinary(header + metaBytes + image, run.sid);
        m_hub.sendJson(u"progress"_s, progress, run.sid);
    } else {
        qToBigEndian<quint32>(1, header.data());
        qToBigEndian<quint32>(png ? 2 : 1, header.data() + 4);
        m_hub.sendJson(u"progress"_s, progress, run.sid);
        m_hub.sendBinary(header + image, run.sid);
    }
}

void ExecutionEngine::finishNode()
{
    Run &run = *m_running;
    const QString nodeId = run.order.at(run.index);
    const QString classType = classOf(nodeId);
    JsonTree ui;
    if (classType == "PreviewAny"_L1) {
        ui = NodeOutputs(run.item.prompt, run.item.extraData, m_dataDir).previewText(nodeId);
    } else if (classType == "SaveImage"_L1 || classType == "PreviewImage"_L1
               || NodeOutputs::isMediaSaver(classType)) {
        NodeOutputs outputs(run.item.prompt, run.item.extraData, m_dataDir);
        const bool media = NodeOutputs::isMediaSaver(classType);
        const NodeOutputs::SaveResult saved = media ? outputs.saveMedia(nodeId)
                                                    : outputs.saveImages(nodeId, classType == "PreviewImage"_L1);
        if (!saved.errorMessage.isEmpty()) {
            JsonTree data = withPrompt(JsonTree::object());
            data.insert(u"node_id"_s, str(nodeId));
            data.insert(u"node_type"_s, str(classType));
            data.insert(u"executed"_s, JsonTree::fromStringList(run.executed));
            data.insert(u"exception_message"_s, str(saved.errorMessage));
            data.insert(u"exception_type"_s, str(u"Exception"_s));
            data.insert(u"traceback"_s, JsonTree::fromStringList({u"  (simulated by easel-sim)\n"_s}));
            JsonTree currentInputs = JsonTree::object();
            const JsonTree inputs = run.item.prompt.value(nodeId).value(u"inputs");
            for (int i = 0; i < inputs.size(); ++i) {
                const JsonTree v = inputs.at(i);
                const bool link = v.isArray() && v.size() == 2;
                currentInputs.insert(inputs.keys().at(i),
                                     JsonTree::fromStringList({link ? u"tensor(...)"_s : pythonRepr(v)}));
            }
            data.insert(u"current_inputs"_s, currentInputs);
            data.insert(u"current_outputs"_s, JsonTree::fromStringList(run.item.prompt.keys()));
            data.insert(u"timestamp"_s, JsonTree::fromInt(nowMs()));
            finish(Terminal::Error, data);
            return;
        }
        if (media) {
            ui = saved.ui;
        } else {
            JsonTree out = JsonTree::object();
            out.insert(u"images"_s, saved.images);
            ui = out;
        }
    }
    if (!ui.isNull()) {
        run.uiOutputs.insert(nodeId, ui);
        if (!run.sid.isEmpty()) {
            JsonTree executed = JsonTree::object();
            executed.insert(u"node"_s, str(nodeId));
            executed.insert(u"display_node"_s, str(nodeId));
            executed.insert(u"output"_s, ui);
            m_hub.sendJson(u"executed"_s, withPrompt(executed), run.sid);
        }
    }
    NodeProgress &p = run.progress[nodeId];
    if (run.steps == 0)
        p.value = JsonNumber::fromDouble(1.0);
    p.finished = true;
    sendProgressState();
    m_cache.insert(run.signatures.value(nodeId), ui);
    run.executed.append(nodeId);
    ++run.index;
    run.step = 0;
    run.steps = 0;
    schedule(0);
}

void ExecutionEngine::finish(Terminal terminal, const JsonTree &terminalData)
{
    Run &run = *m_running;
    const QString type = terminal == Terminal::Success ? u"execution_success"_s
        : terminal == Terminal::Error                  ? u"execution_error"_s
                                                       : u"execution_interrupted"_s;
    JsonTree data = terminalData;
    if (terminal == Terminal::Success)
        data.insert(u"timestamp"_s, JsonTree::fromInt(nowMs()));
    addMessage(type, data, terminal == Terminal::Interrupted);

    // Classic cache: keep only what this prompt used (clean_unused).
    QHash<QString, JsonTree> kept;
    for (const QString &sig : std::as_const(run.signatures)) {
        if (m_cache.contains(sig))
            kept.insert(sig, m_cache.value(sig));
    }
    m_cache = kept;

    const bool success = terminal == Terminal::Success;
    JsonTree entry = JsonTree::object();
    entry.insert(u"prompt"_s, Detail::queueTuple(run.item, true));
    const JsonTree outputs = success ? run.uiOutputs : JsonTree::object();
    entry.insert(u"outputs"_s, outputs);
    JsonTree status = JsonTree::object();
    status.insert(u"status_str"_s, str(success ? u"success"_s : u"error"_s));
    status.insert(u"completed"_s, JsonTree::fromBool(success));
    status.insert(u"messages"_s, run.messages);
    entry.insert(u"status"_s, status);
    JsonTree meta = JsonTree::object();
    for (const QString &id : outputs.keys()) {
        JsonTree m = JsonTree::object();
        m.insert(u"node_id"_s, str(id));
        m.insert(u"display_node"_s, str(id));
        m.insert(u"parent_node"_s, JsonTree());
        m.insert(u"real_node_id"_s, str(id));
        meta.insert(id, m);
    }
    entry.insert(u"meta"_s, meta);
    m_history.add(run.item.promptId, entry);

    const QString promptId = run.item.promptId;
    const QString sid = run.sid;
    m_running.reset();
    broadcastStatus();
    if (!sid.isEmpty()) {
        JsonTree executing = JsonTree::object();
        executing.insert(u"node"_s, JsonTree());
        executing.insert(u"prompt_id"_s, str(promptId));
        m_hub.sendJson(u"executing"_s, executing, sid);
    }
    emit promptFinished(promptId);
    if (!m_pending.isEmpty())
        schedule(0);
}

} // namespace Easel::Sim
