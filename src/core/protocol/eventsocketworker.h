#pragma once

#include "binaryframe.h"
#include "protocollimits.h"
#include "serverevent.h"
#include "servereventreader.h"
#include "transportoptions.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QNetworkRequest>
#include <QObject>

#include <atomic>

QT_BEGIN_NAMESPACE
class QTimer;
class QWebSocket;
QT_END_NAMESPACE

namespace Easel {

// One message of /ws as it crosses from the socket's thread: a parsed text message or a
// binary frame.
struct StreamItem
{
    bool binary = false;
    ServerEvent event;
    BinaryFrame frame;
    // A preview frame read by the worker: frame.imageBytes is empty and the image is
    // payload (the message as Qt delivered it, shared, not copied) from imageOffset on.
    QByteArray payload;
    qsizetype imageOffset = 0;
};

// The receiving half of EventStream, on a thread of its own: owns the QWebSocket, reads and
// parses every frame there, and coalesces what only says "where things are now" before it
// crosses to the owner's thread. A server that floods progress (200,000 messages in a
// second) then costs the GUI thread one event per prompt and node per interval, not one per
// message, and the socket's bursts are read where they block nobody.
//
// Coalescing rules (interval > 0):
// - progress and progress_state messages are "latest wins" per prompt (and node, for
//   progress); the first one after a quiet interval goes out at once, later ones at most
//   once per interval;
// - with previews coalesced (the window shows only the newest), a preview frame replaces an
//   undelivered one of the same prompt; with previews dropped, none goes out;
// - every other message (executing, executed, execution_*, status, progress text, ...)
//   first sends what is pending, in arrival order, then goes out at once: nothing the job's
//   state depends on is delayed or overtaken.
//
// What goes out crosses in batches: every message parsed (or flushed from the coalescing
// slots) in one turn of this thread's event loop, which is one socket read, is put in the
// owner's queue at once (at most 256 messages a delivery), in arrival order, and the owner
// is told by one queued call (itemsReady) that takes it. While that call has not run yet
// (the owner's thread is busy), later reads join the same delivery: a busy window is woken
// once for all that arrived meanwhile, not once per socket read, and takes it whole (a
// preview and its prompt's end in one go: the frame is dropped, never decoded). A batch is
// queued when the loop is about to wait again, and before any other signal, so connected,
// gone, refused and warning signals keep their place among the messages.
//
// All slots are called through queued invocations from the owner's thread; every signal
// carries the generation of the socket it came from, so the owner drops what an older
// connection said after it moved on.
class EventSocketWorker : public QObject
{
    Q_OBJECT
public:
    enum class PreviewPolicy { Every, Latest, Drop };

    explicit EventSocketWorker(QObject *parent = nullptr);
    ~EventSocketWorker() override;

    // Thread-safe: read when the next frame arrives.
    void setCoalesceIntervalMs(int ms) { m_intervalMs.store(ms); }
    void setPreviewPolicy(PreviewPolicy policy) { m_previewPolicy.store(int(policy)); }
    int droppedPreviewCount() const { return m_droppedPreviews.load(); }
    int unknownMessageCount() const { return m_unknown.load(); }
    int malformedMessageCount() const { return m_malformed.load(); }
    qint64 coalescedCount() const { return m_coalesced.load(); }
    // Text frames read by simdjson (ServerEventReader) rather than QJsonDocument.
    qint64 commonFrameCount() const { return m_commonFrames.load(); }

    // Owner's thread (thread-safe): the oldest delivery, in arrival order (never empty), and
    // the generation of the socket it came from; false when there is none.
    bool takeItems(quint64 *generation, QList<Easel::StreamItem> *items);

    // Worker thread only (invoke queued).
    void openSocket(quint64 generation, const QNetworkRequest &request,
                    const TransportOptions &transport, const ProtocolLimits &limits,
                    bool announceMetadata);
    void closeSocket();
    void abortSocket();
    void ping();

signals:
    void socketConnected(quint64 generation);
    void socketGone(quint64 generation);
    void pongReceived(quint64 generation);
    // Messages are waiting: takeItems() has them (one signal per delivery).
    void itemsReady();
    // A frame that was refused (too large, not parseable): counted here, reported there.
    void frameRefused(quint64 generation, const QString &message);
    void warning(quint64 generation, const QString &message);

private:
    using Item = StreamItem;
    static constexpr qsizetype maxBatch = 256; // messages in one delivery at most
    void dropSocket(bool graceful);
    void onText(const QString &text);
    void onBinary(const QByteArray &bytes);
    // A coalescable item: out at once after a quiet interval, else into its pending slot.
    void offer(Item item);
    // The pending item `item` replaces, or -1.
    qsizetype slotOf(const Item &item);
    void emitItem(Item item); // into the batch
    void sendBatch();        // the batch into the owner's queue; told once per delivery
    void sendBatchBeforeSignal(); // and what follows waits for a delivery of its own
    void flushPending();
    void onTick();

    QWebSocket *m_socket = nullptr;
    QTimer *m_tick = nullptr;
    quint64 m_generation = 0;
    ProtocolLimits m_limits;
    TransportOptions m_transport;
    bool m_announceMetadata = true;
    bool m_batchHooked = false; // sendBatch runs whenever this thread's loop is about to wait
    QList<Item> m_batch; // parsed this loop turn, not yet sent
    QList<Item> m_pending;
    struct Delivery
    {
        quint64 generation = 0;
        QList<Item> items;
        bool open = true; // later messages may join it (no other signal was sent after it)
    };
    QMutex m_outLock;
    QList<Delivery> m_out; // queued for the owner, one itemsReady each, oldest first
    ServerEventReader m_reader; // this thread's parser and buffers, reused frame to frame
    // Slots are found by a look along m_pending while it is short (a job's few nodes), by
    // this index of it beyond (a flood of progress for thousands of nodes).
    static constexpr qsizetype linearSlots = 16;
    QHash<QString, qsizetype> m_pendingSlot; // slotKey -> index into m_pending
    std::atomic<int> m_intervalMs{16};
    std::atomic<int> m_previewPolicy{int(PreviewPolicy::Every)};
    std::atomic<int> m_droppedPreviews{0};
    std::atomic<int> m_unknown{0};
    std::atomic<int> m_malformed{0};
    std::atomic<qint64> m_coalesced{0};
    std::atomic<qint64> m_commonFrames{0};
};

} // namespace Easel

Q_DECLARE_METATYPE(Easel::StreamItem)

