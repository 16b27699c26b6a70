#include "previewpacer.h"

#include "futurecallback.h"
#include "previewdecoder.h"

#include <QFuture>

namespace Easel {

PreviewPacer::PreviewPacer(PreviewDecoder *decoder, QObject *parent)
    : QObject(parent), m_decoder(decoder)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PreviewPacer::tryDecode);
}

void PreviewPacer::offer(PendingPreviewFrame frame)
{
    if (hasEnded(frame.promptId)) {
        ++m_dropped;
        return;
    }
    if (m_waiting)
        ++m_dropped; // stale before anyone showed it: never decoded
    m_waiting = std::move(frame);
    tryDecode();
}

void PreviewPacer::promptEnded(const QString &promptId)
{
    if (promptId.isEmpty() || hasEnded(promptId))
        return;
    m_ended.append(promptId);
    if (m_ended.size() > 16)
        m_ended.removeFirst();
    if (m_waiting && m_waiting->promptId == promptId) {
        m_waiting.reset();
        ++m_dropped;
    }
    if (m_decodingPrompt == promptId)
        discardDecode(); // its result comes too late to be shown
}

void PreviewPacer::setWanted(bool wanted)
{
    m_wanted = wanted;
    if (!wanted)
        m_timer.stop();
    tryDecode();
}

void PreviewPacer::setIntervalMs(int ms)
{
    m_intervalMs = qMax(0, ms);
    m_timer.stop();
    tryDecode();
}

void PreviewPacer::reset()
{
    if (m_waiting) {
        m_waiting.reset();
        ++m_dropped;
    }
    discardDecode();
    m_timer.stop();
}

void PreviewPacer::discardDecode()
{
    if (!m_decoding || m_decodeDiscarded)
        return;
    m_decodeDiscarded = true;
    ++m_decodeToken;
    ++m_dropped;
}

void PreviewPacer::tryDecode()
{
    if (!m_wanted || m_decoding || !m_waiting)
        return;
    if (m_sinceDecode.isValid() && m_sinceDecode.elapsed() < m_intervalMs) {
        if (!m_timer.isActive())
            m_timer.start(int(m_intervalMs - m_sinceDecode.elapsed()));
        return;
    }
    PendingPreviewFrame frame = std::move(*m_waiting);
    m_waiting.reset();
    m_decoding = true;
    m_decodingPrompt = frame.promptId;
    m_sinceDecode.start();
    const quint64 token = m_decodeToken;
    onFinished(m_decoder->decodeAsync(frame.image()), this,
        [this, token, promptId = frame.promptId, nodeId = frame.nodeId,
         fromMetadataFrame = frame.fromMetadataFrame](const Result<QImage> &r) {
            m_decoding = false;
            m_decodeDiscarded = false;
            m_decodingPrompt.clear();
            if (token == m_decodeToken) {
                if (r.isOk())
                    emit decoded(promptId, nodeId, r.value(), fromMetadataFrame);
                else
                    emit failed(r.error().message());
            }
            tryDecode();
        });
}

} // namespace Easel
