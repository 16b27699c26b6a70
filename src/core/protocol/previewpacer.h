#pragma once

#include "result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace Easel {

class PreviewDecoder;

// An undecoded preview frame as it came off the socket.
struct PendingPreviewFrame
{
    QString promptId;
    QString nodeId;
    QByteArray bytes; // the image from imageOffset on (the whole message, not copied)
    bool fromMetadataFrame = false;
    qsizetype imageOffset = 0;

    // The image's bytes, copied out only for the frames that are decoded.
    QByteArray image() const { return imageOffset > 0 ? bytes.sliced(imageOffset) : bytes; }
};

// Decodes previews lazily, for a window that shows one frame per display interval (issue 17):
// only the newest undecoded frame is kept (an older one it replaces is dropped undecoded),
// and one is decoded when the display can take it: at most once per interval, one at a time,
// off the GUI thread, and only while someone shows previews (setWanted). A burst inside one
// interval decodes the first frame (shown at once) and the newest at the interval's end.
// Order: a prompt's end drops its waiting frame and discards its decode still running, so a
// late preview never replaces the job's end or output; a newer prompt's frame replaces an
// older prompt's waiting one, and decodes run one at a time, so an older job's decode cannot
// overtake a newer job's frame.
class PreviewPacer : public QObject
{
    Q_OBJECT
public:
    PreviewPacer(PreviewDecoder *decoder, QObject *parent);

    static constexpr int defaultIntervalMs = 50; // the window's DisplayThrottle::frameMs

    void offer(PendingPreviewFrame frame);
    // The prompt ended (executing null, success, error, interrupted): nothing of it decodes
    // or comes out from now on.
    void promptEnded(const QString &promptId);
    // Nobody shows previews: frames wait (the newest only) undecoded until wanted again.
    void setWanted(bool wanted);
    bool isWanted() const { return m_wanted; }
    // 0 = no pacing (still one decode at a time and newest only).
    void setIntervalMs(int ms);
    // A closed or reconnected socket: the waiting frame and the running decode are dropped.
    void reset();
    int droppedCount() const { return m_dropped; }
    bool hasWaiting() const { return m_waiting.has_value(); }
    bool isDecoding() const { return m_decoding; }

signals:
    void decoded(const QString &promptId, const QString &nodeId, const QImage &image,
                 bool fromMetadataFrame);
    void failed(const QString &message);

private:
    void tryDecode();
    void discardDecode();
    bool hasEnded(const QString &promptId) const { return m_ended.contains(promptId); }

    PreviewDecoder *m_decoder;
    QTimer m_timer;
    QElapsedTimer m_sinceDecode; // since the last decode began
    std::optional<PendingPreviewFrame> m_waiting;
    QStringList m_ended; // the last few prompts that ended (a stream runs one at a time)
    QString m_decodingPrompt;
    quint64 m_decodeToken = 0; // bumped to discard the running decode
    bool m_decoding = false;
    bool m_decodeDiscarded = false;
    bool m_wanted = true;
    int m_intervalMs = defaultIntervalMs;
    int m_dropped = 0;
};

} // namespace Easel
