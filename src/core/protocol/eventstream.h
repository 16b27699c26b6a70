#pragma once

#include "protocollimits.h"

#include "previewpacer.h"
#include "protocolerror.h"
#include "serverevent.h"
#include "transportoptions.h"

#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <optional>

QT_BEGIN_NAMESPACE
class QThread;
class QTimer;
QT_END_NAMESPACE

namespace Easel {

class EventSocketWorker;
class PreviewDecoder;
class PreviewPacer;
struct BinaryFrame;
struct StreamItem;

// A decoded preview frame, attributed to a prompt and node.
struct PreviewFrame
{
    QString promptId;
    QString nodeId;
    QImage image;
    bool fromMetadataFrame = false;
};

// The WebSocket side of one server (/ws?clientId=). Sends feature_flags first, decodes
// text and binary frames into typed signals, decodes previews on PreviewDecoder's pool,
// and keeps only prompt-scoped messages of watched prompts (progress and previews of
// other clients' prompts are broadcast). Unknown types are ignored and counted.
// Reconnects with backoff; a watchdog reports a socket that has gone silent.
// The socket is read and every frame parsed on a thread of the stream's own
// (EventSocketWorker), which coalesces progress (and, in Latest mode, previews) to at
// most one update per prompt and interval before it reaches this object's thread; every
// other message arrives at once and in order, after what was pending.
class EventStream : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected };
    Q_ENUM(State)

    // Where the socket is read and parsed. Own: a thread of the stream's own, so a busy
    // window never delays a frame. Caller: this object's thread (easel-run, which has no
    // window to keep responsive): no hand-over between threads for every read, which cost
    // each message a wake-up of both threads.
    enum class WorkerThread { Own, Caller };

    explicit EventStream(QObject *parent = nullptr, WorkerThread where = WorkerThread::Own);
    ~EventStream() override;

    // baseUrl is the http(s) URL of the server; clientId empty = make one.
    void open(const QUrl &baseUrl, const QString &clientId = {});
    void close();

    State state() const { return m_state; }
    QString clientId() const { return m_clientId; }
    bool serverSupportsPreviewMetadata() const { return m_serverSupportsMetadata; }

    // Prompt-scoped messages are delivered only for watched prompts. A prompt stays watched
    // until unwatched (finishing does not unwatch it: its history is fetched afterwards).
    void watchPrompt(const QString &promptId);
    void unwatchPrompt(const QString &promptId);
    bool isWatched(const QString &promptId) const { return m_watched.contains(promptId); }

    // A profile's headers and pinned certificate, used from the next connection on (the
    // upgrade request carries the headers; only the pinned certificate's errors are ignored).
    void setTransportOptions(const TransportOptions &options) { m_transport = options; }
    const TransportOptions &transportOptions() const { return m_transport; }

    void setAnnouncePreviewMetadata(bool announce) { m_announceMetadata = announce; }
    // What happens to preview frames. All: every frame is decoded and emitted. Latest: the
    // window's mode (PreviewPacer): only the newest frame waits, undecoded, and is decoded
    // when the display can take it (at most once per preview interval, only while previews
    // are wanted); a prompt's end drops its waiting frame and its late decode.
    // None: previews are counted and dropped (a headless run shows none).
    enum class PreviewMode { All, Latest, None };
    void setPreviewMode(PreviewMode mode);
    int droppedPreviewCount() const;
    // Latest mode: whether anyone shows previews now (the viewer follows the live job);
    // while not, nothing decodes and the newest frame waits.
    void setPreviewsWanted(bool wanted);
    // Latest mode: the display's interval (PreviewPacer::defaultIntervalMs; 0 = unpaced).
    void setPreviewIntervalMs(int ms);
    // Progress and progress_state messages are "latest wins" per prompt within this
    // interval (the first after a quiet interval is not delayed); 0 = every message is
    // delivered. Default 16 ms (display rate). Takes effect at once.
    void setCoalesceIntervalMs(int ms);
    // Progress messages merged into a newer one so far (for benches and tests).
    qint64 coalescedMessageCount() const;
    // Text frames read by simdjson, not QJsonDocument (ServerEventReader; tests).
    qint64 commonFrameCount() const;
    // No frame for this long while a watched prompt runs = silenceDetected (0 = off).
    void setSilenceTimeoutMs(int ms);
    void setReconnectEnabled(bool enabled) { m_reconnectEnabled = enabled; }
    // Reconnect delays: firstMs doubling up to maxMs, each drawn at random from
    // [delay/2, delay] (jitter: a thousand clients of one restarted server don't come back
    // in lockstep).
    void setReconnectDelays(int firstMs, int maxMs);
    int reconnectAttempt() const { return m_reconnectAttempt; }
    // The delay the next reconnect of the given attempt would wait at most (no jitter).
    int reconnectCeilingMs(int attempt) const;
    // Opens a fresh connection now (the old one, if any, is dropped): a user's "retry now",
    // or a socket that pings do not come back through.
    void reconnectNow();

    // Message and frame sizes (ProtocolLimits), from the next connection on. A message over
    // the socket limit closes the connection (Qt: close code 1009) and the stream
    // reconnects; a text message over its own limit is dropped unread.
    void setLimits(const ProtocolLimits &limits) { m_limits = limits; }
    const ProtocolLimits &limits() const { return m_limits; }

    int unknownMessageCount() const;
    int malformedMessageCount() const;
    int droppedForeignMessageCount() const { return m_foreignCount; }
    // Queued deliveries from the socket's thread so far: one per batch of messages (one
    // socket read), not one per message (for benches and tests).
    qint64 deliveryCount() const { return m_deliveries; }

signals:
    void stateChanged(Easel::EventStream::State state);
    void connected(const QString &sid);
    // clientId() is now clientId: set by open(), or taken from the server's sid. Who keeps
    // it (a queue's journal) is told here and holds no pointer to the stream.
    void clientIdChanged(const QString &clientId);
    void disconnected();
    void statusReceived(int queueRemaining);
    // Every event of a watched prompt (and status/feature_flags), after filtering.
    void eventReceived(const Easel::ServerEvent &event);
    void executionStarted(const QString &promptId);
    void nodeExecuting(const QString &promptId, const QString &nodeId, const QString &displayNodeId);
    void nodeExecuted(const QString &promptId, const Easel::NodeOutput &output);
    void progressChanged(const QString &promptId, const QString &nodeId, double value, double max);
    void progressStateChanged(const QString &promptId, const QList<Easel::NodeProgress> &nodes);
    void progressTextReceived(const QString &nodeId, const QString &text);
    void executionSucceeded(const QString &promptId);
    void executionFailed(const QString &promptId, const Easel::ServerEvent &event);
    void executionInterrupted(const QString &promptId, const Easel::ServerEvent &event);
    // executing {node: null}: history is written, outputs can be fetched.
    void promptFinished(const QString &promptId);
    void previewReceived(const Easel::PreviewFrame &frame);
    void silenceDetected(int silentForMs);
    // The socket is down and will be reopened in delayMs (attempt counts from 1).
    void reconnectScheduled(int delayMs, int attempt);
    // A ping went unanswered for a whole silence period: the socket was dropped and is
    // being reopened (a half-open TCP connection, a server that stopped reading).
    void socketStalled();
    void protocolWarning(const QString &message);

private:
    ProtocolLimits m_limits;
    void handleItems(quint64 generation, const QList<StreamItem> &items);
    void handleEvent(const ServerEvent &event);
    void handleBinary(const StreamItem &item);
    void schedulePreview(PendingPreviewFrame preview);
    void previewPromptEnded(const QString &promptId);
    PreviewMode m_previewMode = PreviewMode::All;
    QStringList m_endingInBatch; // prompts whose end is in the batch being handled
    int m_droppedPreviews = 0;
    void setState(State state);
    void scheduleReconnect();
    void connectSocket();
    void dispatch(const ServerEvent &event);
    void decodePreview(const QString &promptId, const QString &nodeId, const QByteArray &bytes,
                       bool fromMetadataFrame);
    void frameArrived(); // restarts the silence watchdog while a watched prompt runs
    void setRunning(bool running);
    void onSocketGone();

    QThread *m_thread = nullptr;           // none with WorkerThread::Caller
    EventSocketWorker *m_worker = nullptr; // lives in m_thread (else on this object's)
    bool m_socketOpen = false; // a socket exists (connecting or connected) in the worker
    PreviewDecoder *m_decoder = nullptr;
    PreviewPacer *m_pacer = nullptr;
    QTimer *m_reconnectTimer = nullptr;
    QTimer *m_watchdog = nullptr;
    QUrl m_url;
    QString m_clientId;
    State m_state = State::Disconnected;
    QSet<QString> m_watched;
    QString m_currentPromptId; // the watched prompt last seen running (legacy previews)
    QString m_currentNodeId;
    bool m_announceMetadata = true;
    bool m_serverSupportsMetadata = false;
    bool m_reconnectEnabled = true;
    bool m_closing = false;
    int m_reconnectAttempt = 0;
    int m_silenceTimeoutMs = 30000;
    int m_firstReconnectDelayMs = 250;
    int m_maxReconnectDelayMs = 5000;
    bool m_pingOutstanding = false;
    QTimer *m_keepAlive = nullptr;
    int m_malformedCount = 0; // previews that did not decode (the worker counts the rest)
    int m_foreignCount = 0;
    qint64 m_deliveries = 0;
    TransportOptions m_transport;
    quint64 m_generation = 0;
    bool m_running = false; // a watched prompt is executing (watchdog armed)
    QElapsedTimer m_lastFrame; // since the last frame (or since the prompt started running)
};

} // namespace Easel

Q_DECLARE_METATYPE(Easel::PreviewFrame)
Q_DECLARE_METATYPE(Easel::NodeOutput)
