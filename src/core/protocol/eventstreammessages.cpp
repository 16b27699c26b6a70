// EventStream's messages: what crosses from the socket's thread is filtered to the watched
// prompts and turned into typed signals; previews go to the pacer or the decoder.
#include "eventstream.h"

#include "futurecallback.h"

#include "binaryframe.h"
#include "eventsocketworker.h"
#include "previewdecoder.h"
#include "previewpacer.h"

#include <QFuture>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

// executing {node: null}, success, error (not the blocked variant) or interrupted.
bool endsPrompt(const ServerEvent &event)
{
    if (event.promptId.isEmpty())
        return false;
    if (event.type == ServerEvent::Type::Executing)
        return event.node.isEmpty();
    return ServerEvents::isTerminal(event);
}

} // namespace

void EventStream::setPreviewMode(PreviewMode mode)
{
    m_previewMode = mode;
    m_worker->setPreviewPolicy(mode == PreviewMode::None     ? EventSocketWorker::PreviewPolicy::Drop
                               : mode == PreviewMode::Latest ? EventSocketWorker::PreviewPolicy::Latest
                                                             : EventSocketWorker::PreviewPolicy::Every);
}

int EventStream::droppedPreviewCount() const
{
    return m_droppedPreviews + m_pacer->droppedCount() + m_worker->droppedPreviewCount();
}

void EventStream::setPreviewsWanted(bool wanted)
{
    m_pacer->setWanted(wanted);
}

void EventStream::setPreviewIntervalMs(int ms)
{
    m_pacer->setIntervalMs(ms);
}

void EventStream::previewPromptEnded(const QString &promptId)
{
    m_pacer->promptEnded(promptId);
}

void EventStream::handleItems(quint64 generation, const QList<StreamItem> &items)
{
    if (generation != m_generation)
        return; // said by a connection we have since dropped
    ++m_deliveries;
    frameArrived();
    // A slot may close or reopen the stream (a new generation: the rest is dropped) or
    // delete it.
    const QPointer<EventStream> alive(this);
    // A prompt that ends in this batch can show none of its frames in it (its end drops
    // what waits and discards what decodes): they are dropped before anything decodes them.
    m_endingInBatch.clear();
    for (const StreamItem &item : items) {
        if (!item.binary && endsPrompt(item.event))
            m_endingInBatch.append(item.event.promptId);
    }
    for (const StreamItem &item : items) {
        if (!alive || generation != m_generation)
            return;
        if (item.binary)
            handleBinary(item);
        else
            handleEvent(item.event);
    }
}

void EventStream::handleEvent(const ServerEvent &event)
{
    switch (event.type) {
    case ServerEvent::Type::Unknown: // counted by the worker, never sent on
        return;
    case ServerEvent::Type::Status:
        if (!event.sid.isEmpty()) {
            if (event.sid != m_clientId) {
                m_clientId = event.sid;
                emit clientIdChanged(event.sid);
            }
            emit connected(event.sid);
        }
        emit eventReceived(event);
        if (event.queueRemaining >= 0)
            emit statusReceived(event.queueRemaining);
        return;
    case ServerEvent::Type::FeatureFlags:
        m_serverSupportsMetadata = event.data.value("supports_preview_metadata"_L1).toBool();
        emit eventReceived(event);
        return;
    case ServerEvent::Type::Logs:
        emit eventReceived(event);
        return;
    default:
        break;
    }
    // After a reconnect the server re-announces the running node without a prompt_id; it
    // can only be the watched prompt we saw running.
    if (event.promptId.isEmpty() && event.type == ServerEvent::Type::Executing) {
        if (m_currentPromptId.isEmpty() || !m_watched.contains(m_currentPromptId)) {
            ++m_foreignCount;
            return;
        }
        ServerEvent named = event;
        named.promptId = m_currentPromptId;
        dispatch(named);
        return;
    }
    if (event.promptId.isEmpty() || !m_watched.contains(event.promptId)) {
        ++m_foreignCount;
        return;
    }
    dispatch(event);
}

void EventStream::dispatch(const ServerEvent &event)
{
    emit eventReceived(event);
    const QString &pid = event.promptId;
    switch (event.type) {
    case ServerEvent::Type::ExecutionStart:
        m_currentPromptId = pid;
        m_currentNodeId.clear();
        setRunning(true);
        emit executionStarted(pid);
        break;
    case ServerEvent::Type::Executing:
        if (event.node.isEmpty()) {
            if (pid == m_currentPromptId) {
                m_currentPromptId.clear();
                m_currentNodeId.clear();
            }
            setRunning(false);
            previewPromptEnded(pid);
            emit promptFinished(pid);
        } else {
            m_currentPromptId = pid;
            m_currentNodeId = event.node;
            setRunning(true);
            emit nodeExecuting(pid, event.node, event.displayNode);
        }
        break;
    case ServerEvent::Type::Executed:
        emit nodeExecuted(pid, event.output);
        break;
    case ServerEvent::Type::Progress:
        m_currentPromptId = pid;
        if (!event.node.isEmpty())
            m_currentNodeId = event.node;
        emit progressChanged(pid, event.node, event.value, event.max);
        break;
    case ServerEvent::Type::ProgressState:
        emit progressStateChanged(pid, event.nodeProgress);
        break;
    case ServerEvent::Type::ExecutionSuccess:
        setRunning(false);
        previewPromptEnded(pid);
        emit executionSucceeded(pid);
        break;
    case ServerEvent::Type::ExecutionError:
        if (!event.blocked) { // the blocked variant is informative; the prompt goes on
            setRunning(false);
            previewPromptEnded(pid);
            emit executionFailed(pid, event);
        }
        break;
    case ServerEvent::Type::ExecutionInterrupted:
        setRunning(false);
        previewPromptEnded(pid);
        emit executionInterrupted(pid, event);
        break;
    default:
        break;
    }
}

void EventStream::handleBinary(const StreamItem &item)
{
    const BinaryFrame &frame = item.frame;
    // The image: a copy the parser made, or the whole message from imageOffset on.
    const QByteArray &bytes = item.payload.isNull() ? frame.imageBytes : item.payload;
    switch (frame.type) {
    case BinaryFrame::Type::Text:
        // Progress text carries no prompt id and is broadcast: keep it only while one of
        // our prompts runs.
        if (m_currentPromptId.isEmpty()) {
            ++m_foreignCount;
            return;
        }
        emit progressTextReceived(frame.nodeId, frame.text);
        return;
    case BinaryFrame::Type::PreviewImageWithMetadata:
        if (!m_watched.contains(frame.promptId)) {
            ++m_foreignCount;
            return;
        }
        schedulePreview({frame.promptId, frame.nodeId, bytes, true, item.imageOffset});
        return;
    case BinaryFrame::Type::PreviewImage:
        // Legacy previews name nothing: they belong to the last node of our running prompt.
        if (m_currentPromptId.isEmpty() || m_currentNodeId.isEmpty()) {
            ++m_foreignCount;
            return;
        }
        schedulePreview({m_currentPromptId, m_currentNodeId, bytes, false, item.imageOffset});
        return;
    }
}

void EventStream::schedulePreview(PendingPreviewFrame preview)
{
    if (m_previewMode == PreviewMode::Latest && m_endingInBatch.contains(preview.promptId)) {
        ++m_droppedPreviews; // its prompt's end follows in this batch: never shown
        return;
    }
    switch (m_previewMode) {
    case PreviewMode::None:
        ++m_droppedPreviews;
        return;
    case PreviewMode::Latest:
        m_pacer->offer(std::move(preview)); // decoded when the display can take it
        return;
    case PreviewMode::All:
        break;
    }
    decodePreview(preview.promptId, preview.nodeId, preview.image(), preview.fromMetadataFrame);
}

void EventStream::decodePreview(const QString &promptId, const QString &nodeId,
                                const QByteArray &bytes, bool fromMetadataFrame)
{
    const quint64 generation = m_generation;
    onFinished(m_decoder->decodeAsync(bytes), this,
        [this, generation, promptId, nodeId, fromMetadataFrame](const Result<QImage> &r) {
            if (generation != m_generation)
                return; // closed or reconnected meanwhile
            if (!r.isOk()) {
                ++m_malformedCount;
                emit protocolWarning(r.error().message());
                return;
            }
            emit previewReceived(PreviewFrame{promptId, nodeId, r.value(), fromMetadataFrame});
        });
}

} // namespace Easel
