#include "eventsocketworker.h"

#include <QAbstractEventDispatcher>
#include <QSslCertificate>
#include <QtEndian>
#include <QSslError>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace Easel {

EventSocketWorker::EventSocketWorker(QObject *parent)
    : QObject(parent), m_tick(new QTimer(this))
{
    m_tick->setSingleShot(true);
    m_tick->setTimerType(Qt::PreciseTimer);
    connect(m_tick, &QTimer::timeout, this, &EventSocketWorker::onTick);
}

EventSocketWorker::~EventSocketWorker()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void EventSocketWorker::dropSocket(bool graceful)
{
    m_tick->stop();
    sendBatch(); // said by this socket: the owner drops it if it has moved on
    m_pending.clear();
    m_pendingSlot.clear();
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    if (graceful)
        m_socket->close();
    else
        m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

void EventSocketWorker::closeSocket()
{
    dropSocket(true);
}

void EventSocketWorker::abortSocket()
{
    dropSocket(false);
}

void EventSocketWorker::ping()
{
    if (m_socket)
        m_socket->ping();
}

void EventSocketWorker::openSocket(quint64 generation, const QNetworkRequest &request,
                                   const TransportOptions &transport, const ProtocolLimits &limits,
                                   bool announceMetadata)
{
    // A fresh socket per attempt: no late signal of an old connection can reach us.
    dropSocket(false);
    if (!m_batchHooked) {
        // What one turn of this thread's loop parsed goes out when the loop is about to
        // wait again: the messages of one socket read travel together.
        if (QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance()) {
            connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this, &EventSocketWorker::sendBatch,
                    Qt::DirectConnection);
            m_batchHooked = true;
        }
    }
    m_generation = generation;
    m_transport = transport;
    m_limits = limits;
    m_announceMetadata = announceMetadata;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    // Qt's defaults (about 2 GiB each) let one message cost gigabytes: text is kept as
    // frame bytes plus a UTF-16 copy.
    m_socket->setMaxAllowedIncomingMessageSize(
        quint64(std::max(m_limits.webSocketBinaryMessageBytes, m_limits.webSocketTextMessageBytes)));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(m_limits.webSocketFrameBytes));
    // No read buffer limit (setReadBufferSize): Qt 6.4's frame reader waits until a whole
    // frame's payload is buffered, so a limit below the frame size stalls the stream for
    // good on the first bigger frame (a preview). A flood is read here, in bursts as large
    // as what has arrived, off the owner's thread.
    connect(m_socket, &QWebSocket::pong, this, [this] {
        sendBatchBeforeSignal();
        emit pongReceived(m_generation);
    });
    connect(m_socket, &QWebSocket::connected, this, [this] {
        if (m_announceMetadata) {
            // Must be the first frame we send: the server ignores flags sent later.
            m_socket->sendTextMessage(
                u"{\"type\":\"feature_flags\",\"data\":{\"supports_preview_metadata\":true}}"_s);
        }
        sendBatchBeforeSignal();
        emit socketConnected(m_generation);
    });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        flushPending();
        sendBatchBeforeSignal();
        emit socketGone(m_generation);
    });
    // Qt 6.4 names this signal error(); errorOccurred() arrives in 6.5.
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState) {
                    flushPending();
                    sendBatchBeforeSignal();
                    emit socketGone(m_generation);
                }
            });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &EventSocketWorker::onText);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &EventSocketWorker::onBinary);
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (m_transport.acceptsErrors(errors)) {
            m_socket->ignoreSslErrors(errors);
            return;
        }
        sendBatchBeforeSignal();
        QStringList reasons;
        for (const QSslError &error : errors)
            reasons.append(error.errorString());
        const QSslCertificate presented =
            errors.isEmpty() ? QSslCertificate() : errors.constFirst().certificate();
        emit warning(m_generation,
                     tr("The server's certificate is not trusted (%1); its SHA-256 fingerprint is %2")
                         .arg(reasons.join(u"; "_s),
                              TransportOptions::displayFingerprint(TransportOptions::fingerprint(presented))));
    });
    m_socket->open(request);
}

void EventSocketWorker::onText(const QString &text)
{
    if (qint64(text.size()) > m_limits.webSocketTextMessageBytes) {
        ++m_malformed;
        sendBatchBeforeSignal();
        emit frameRefused(m_generation,
                          tr("A WebSocket text message of %n character(s) was dropped: the limit is %1 bytes",
                             "", int(std::min<qint64>(text.size(), INT_MAX)))
                              .arg(m_limits.webSocketTextMessageBytes));
        return;
    }
    Result<ServerEvent> parsed = m_reader.read(text);
    m_commonFrames.store(m_reader.commonCount(), std::memory_order_relaxed);
    if (!parsed.isOk()) {
        // A bad frame is counted and reported, never fatal to the stream.
        ++m_malformed;
        sendBatchBeforeSignal();
        emit frameRefused(m_generation, parsed.error().message());
        return;
    }
    Item item;
    item.event = std::move(parsed.value());
    switch (item.event.type) {
    case ServerEvent::Type::Unknown:
        ++m_unknown; // counted here: a flood of custom types costs the owner nothing
        return;
    case ServerEvent::Type::Progress:
    case ServerEvent::Type::ProgressState:
        offer(std::move(item));
        return;
    default:
        break;
    }
    flushPending();
    emitItem(std::move(item));
}

void EventSocketWorker::onBinary(const QByteArray &bytes)
{
    const auto policy = PreviewPolicy(m_previewPolicy.load());
    // A run that shows no previews drops them by their type word alone: no metadata JSON
    // parsed, no image bytes copied (a preview frame whose metadata is broken is dropped
    // the same, unreported, since nothing would have used it).
    if (bytes.size() >= 8 && policy == PreviewPolicy::Drop) {
        const quint32 type = qFromBigEndian<quint32>(bytes.constData());
        if (type == quint32(BinaryFrame::Type::PreviewImage)
            || type == quint32(BinaryFrame::Type::PreviewImageWithMetadata)) {
            ++m_droppedPreviews;
            return;
        }
    }
    Item item;
    item.binary = true;
    // A preview's header is read without its image (most frames are replaced by a newer
    // one before anything decodes them); the rest, and what simdjson leaves, are parsed
    // whole.
    if (std::optional<BinaryFrame> header = m_reader.readPreviewHeader(bytes, &item.imageOffset)) {
        item.frame = std::move(*header);
        item.payload = bytes;
    } else {
        Result<BinaryFrame> parsed = BinaryFrames::parse(bytes);
        if (!parsed.isOk()) {
            if (BinaryFrames::isUnknownType(parsed.error())) {
                ++m_unknown;
            } else {
                ++m_malformed;
                sendBatchBeforeSignal();
                emit frameRefused(m_generation, parsed.error().message());
            }
            return;
        }
        item.frame = std::move(parsed.value());
    }
    const bool preview = item.frame.type != BinaryFrame::Type::Text;
    if (preview && policy == PreviewPolicy::Drop) {
        ++m_droppedPreviews; // a headless run shows none: never decoded, never sent on
        return;
    }
    if (preview && policy == PreviewPolicy::Latest) {
        offer(std::move(item));
        return;
    }
    flushPending();
    emitItem(std::move(item));
}

namespace {

// The slot an item coalesces in: progress per prompt and node, progress_state per prompt,
// previews per prompt (legacy frames name no prompt: they share one slot, the running
// prompt's).
QString slotKey(const StreamItem &item)
{
    if (item.binary)
        return u"v\x1f"_s + item.frame.promptId;
    if (item.event.type == ServerEvent::Type::Progress)
        return u"p\x1f"_s + item.event.promptId + u'\x1f' + item.event.node;
    return u"s\x1f"_s + item.event.promptId;
}

bool sameSlot(const StreamItem &a, const StreamItem &b)
{
    if (a.binary != b.binary)
        return false;
    if (a.binary)
        return a.frame.promptId == b.frame.promptId;
    return a.event.type == b.event.type && a.event.promptId == b.event.promptId
           && (a.event.type != ServerEvent::Type::Progress || a.event.node == b.event.node);
}

} // namespace

qsizetype EventSocketWorker::slotOf(const Item &item)
{
    if (m_pending.size() <= linearSlots) {
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            if (sameSlot(m_pending.at(i), item))
                return i;
        }
        return -1;
    }
    if (m_pendingSlot.isEmpty()) {
        for (qsizetype i = 0; i < m_pending.size(); ++i)
            m_pendingSlot.insert(slotKey(m_pending.at(i)), i);
    }
    return m_pendingSlot.value(slotKey(item), -1);
}

void EventSocketWorker::offer(Item item)
{
    const int interval = m_intervalMs.load();
    if (interval <= 0 || (!m_tick->isActive() && m_pending.isEmpty())) {
        // Quiet until now (or no coalescing): out at once; the interval starts here.
        emitItem(std::move(item));
        if (interval > 0)
            m_tick->start(interval);
        return;
    }
    if (const qsizetype slot = slotOf(item); slot >= 0) {
        Item &older = m_pending[slot];
        if (older.binary)
            ++m_droppedPreviews; // replaced before it was ever decoded
        older = std::move(item);
        ++m_coalesced;
    } else {
        if (!m_pendingSlot.isEmpty())
            m_pendingSlot.insert(slotKey(item), m_pending.size());
        m_pending.append(std::move(item));
    }
    if (!m_tick->isActive())
        m_tick->start(interval);
}

void EventSocketWorker::onTick()
{
    if (m_pending.isEmpty())
        return; // quiet for a whole interval: the next message goes out at once
    flushPending();
    m_tick->start(std::max(1, m_intervalMs.load()));
}

void EventSocketWorker::flushPending()
{
    if (m_pending.isEmpty())
        return;
    m_pendingSlot.clear();
    if (m_batch.isEmpty()) {
        m_batch = std::exchange(m_pending, {});
        return;
    }
    for (Item &item : m_pending)
        m_batch.append(std::move(item));
    m_pending.clear();
}

void EventSocketWorker::emitItem(Item item)
{
    m_batch.append(std::move(item));
    // A flood read in one go (thousands of messages, nothing coalesced) goes out in parts,
    // so the owner's loop can run its timers and paint between them.
    if (m_batch.size() >= maxBatch)
        sendBatch();
}

void EventSocketWorker::sendBatch()
{
    if (m_batch.isEmpty())
        return;
    {
        QMutexLocker lock(&m_outLock);
        // The owner has not taken the last delivery yet: these messages go with it.
        if (!m_out.isEmpty() && m_out.constLast().open && m_out.constLast().generation == m_generation
            && m_out.constLast().items.size() + m_batch.size() <= maxBatch) {
            m_out.last().items.append(std::move(m_batch));
            m_batch.clear();
            return;
        }
        m_out.append(Delivery{m_generation, std::exchange(m_batch, {})});
    }
    emit itemsReady();
}

void EventSocketWorker::sendBatchBeforeSignal()
{
    sendBatch();
    // Messages read after the signal must not join a delivery queued before it.
    QMutexLocker lock(&m_outLock);
    if (!m_out.isEmpty())
        m_out.last().open = false;
}

bool EventSocketWorker::takeItems(quint64 *generation, QList<Item> *items)
{
    QMutexLocker lock(&m_outLock);
    if (m_out.isEmpty())
        return false;
    Delivery delivery = m_out.takeFirst();
    *generation = delivery.generation;
    *items = std::move(delivery.items);
    return true;
}

} // namespace Easel
