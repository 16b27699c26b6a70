#include "eventstream.h"

#include "futurecallback.h"

#include "binaryframe.h"
#include "previewdecoder.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>
#include <QWebSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Easel {

EventStream::EventStream(QObject *parent)
    : QObject(parent),
      m_decoder(new PreviewDecoder(this)),
      m_reconnectTimer(new QTimer(this)),
      m_watchdog(new QTimer(this)),
      m_keepAlive(new QTimer(this))
{
    // Keep-alive: while connected, a ping every silence period. A ping still unanswered
    // one period later means the socket is dead without having closed: drop and reopen.
    m_keepAlive->setInterval(m_silenceTimeoutMs);
    connect(m_keepAlive, &QTimer::timeout, this, [this] {
        if (!m_socket || m_state != State::Connected)
            return;
        if (m_pingOutstanding) {
            emit socketStalled();
            reconnectNow();
            return;
        }
        m_pingOutstanding = true;
        m_socket->ping();
    });
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &EventStream::connectSocket);
    m_watchdog->setSingleShot(true);
    m_watchdog->setInterval(m_silenceTimeoutMs);
    connect(m_watchdog, &QTimer::timeout, this, [this] {
        emit silenceDetected(m_silenceTimeoutMs);
        // A ping makes a half-open TCP connection show itself; keep watching.
        if (m_socket)
            m_socket->ping();
        m_watchdog->start();
    });
}

EventStream::~EventStream()
{
    m_closing = true;
    if (m_socket)
        m_socket->disconnect(this);
}

void EventStream::open(const QUrl &baseUrl, const QString &clientId)
{
    // The server adopts our clientId as its sid; it makes uuid4 hex ids itself.
    m_clientId = clientId.isEmpty() ? QUuid::createUuid().toString(QUuid::Id128) : clientId;
    QUrl url = baseUrl;
    url.setScheme(baseUrl.scheme() == "https"_L1 ? u"wss"_s : u"ws"_s);
    QString prefix = baseUrl.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + "/ws"_L1);
    QUrlQuery query;
    query.addQueryItem(u"clientId"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_clientId)));
    url.setQuery(query);
    url.setFragment({});
    m_url = url;
    m_closing = false;
    m_reconnectAttempt = 0;
    m_reconnectTimer->stop();
    connectSocket();
}

void EventStream::close()
{
    m_closing = true;
    ++m_generation; // previews still decoding are dropped
    m_reconnectTimer->stop();
    m_keepAlive->stop();
    setRunning(false);
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_state != State::Disconnected) {
        setState(State::Disconnected);
        emit disconnected();
    }
}

void EventStream::watchPrompt(const QString &promptId)
{
    m_watched.insert(promptId);
}

void EventStream::unwatchPrompt(const QString &promptId)
{
    m_watched.remove(promptId);
    if (promptId == m_currentPromptId) {
        m_currentPromptId.clear();
        m_currentNodeId.clear();
        setRunning(false);
    }
}

void EventStream::setSilenceTimeoutMs(int ms)
{
    m_silenceTimeoutMs = ms;
    m_watchdog->setInterval(std::max(ms, 1));
    m_keepAlive->setInterval(std::max(ms, 1));
    if (ms <= 0) {
        m_watchdog->stop();
        m_keepAlive->stop();
    }
}

void EventStream::setReconnectDelays(int firstMs, int maxMs)
{
    m_firstReconnectDelayMs = std::max(firstMs, 1);
    m_maxReconnectDelayMs = std::max(maxMs, m_firstReconnectDelayMs);
}

int EventStream::reconnectCeilingMs(int attempt) const
{
    const int shift = std::clamp(attempt, 0, 16);
    const qint64 delay = qint64(m_firstReconnectDelayMs) << shift;
    return int(std::min<qint64>(delay, m_maxReconnectDelayMs));
}

void EventStream::reconnectNow()
{
    if (m_closing || m_url.isEmpty())
        return;
    m_reconnectTimer->stop();
    setRunning(false);
    m_keepAlive->stop();
    m_pingOutstanding = false;
    const bool wasConnected = m_state == State::Connected;
    if (wasConnected) {
        setState(State::Disconnected);
        emit disconnected();
    }
    connectSocket();
}

void EventStream::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void EventStream::connectSocket()
{
    if (m_closing)
        return;
    ++m_generation;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    // A fresh socket per attempt: no late signal of an old connection can reach us.
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    // Qt's defaults (about 2 GiB each) let one message cost gigabytes: text is kept as
    // frame bytes plus a UTF-16 copy.
    m_socket->setMaxAllowedIncomingMessageSize(
        quint64(std::max(m_limits.webSocketBinaryMessageBytes, m_limits.webSocketTextMessageBytes)));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(m_limits.webSocketFrameBytes));
    // No read buffer limit (setReadBufferSize): Qt 6.4's frame reader waits until a whole
    // frame's payload is buffered, so a limit below the frame size stalls the stream for
    // good on the first bigger frame (a preview). A flood of small messages is therefore
    // handled in bursts as large as what has arrived; see bench_progressflood.
    connect(m_socket, &QWebSocket::pong, this, [this] { m_pingOutstanding = false; });
    connect(m_socket, &QWebSocket::connected, this, [this] {
        m_reconnectAttempt = 0;
        m_pingOutstanding = false;
        if (m_silenceTimeoutMs > 0)
            m_keepAlive->start();
        if (m_announceMetadata) {
            // Must be the first frame we send: the server ignores flags sent later.
            m_socket->sendTextMessage(
                u"{\"type\":\"feature_flags\",\"data\":{\"supports_preview_metadata\":true}}"_s);
        }
        setState(State::Connected);
    });
    connect(m_socket, &QWebSocket::disconnected, this, &EventStream::onSocketGone);
    // Qt 6.4 names this signal error(); errorOccurred() arrives in 6.5.
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this](QAbstractSocket::SocketError) {
        if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
            onSocketGone();
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &EventStream::handleText);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &EventStream::handleBinary);
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (m_transport.acceptsErrors(errors)) {
            m_socket->ignoreSslErrors(errors);
            return;
        }
        QStringList reasons;
        for (const QSslError &error : errors)
            reasons.append(error.errorString());
        const QSslCertificate presented =
            errors.isEmpty() ? QSslCertificate() : errors.constFirst().certificate();
        emit protocolWarning(
            tr("The server's certificate is not trusted (%1); its SHA-256 fingerprint is %2")
                .arg(reasons.join(u"; "_s),
                     TransportOptions::displayFingerprint(TransportOptions::fingerprint(presented))));
    });
    setState(State::Connecting);
    QNetworkRequest request(m_url);
    m_transport.applyTo(request);
    m_socket->open(request);
}

void EventStream::onSocketGone()
{
    // errorOccurred and disconnected may both report one loss: handle it once.
    if (m_reconnectTimer->isActive() || m_closing)
        return;
    setRunning(false);
    m_keepAlive->stop();
    m_pingOutstanding = false;
    const bool wasConnected = m_state == State::Connected;
    setState(State::Disconnected);
    if (wasConnected)
        emit disconnected();
    scheduleReconnect();
}

void EventStream::scheduleReconnect()
{
    if (m_closing || !m_reconnectEnabled)
        return;
    const int ceiling = reconnectCeilingMs(m_reconnectAttempt);
    const int delay = ceiling / 2 + int(QRandomGenerator::global()->bounded(ceiling / 2 + 1));
    ++m_reconnectAttempt;
    m_reconnectTimer->start(delay);
    emit reconnectScheduled(delay, m_reconnectAttempt);
}

void EventStream::setRunning(bool running)
{
    m_running = running;
    if (running && m_silenceTimeoutMs > 0) {
        if (!m_watchdog->isActive())
            m_watchdog->start();
    } else if (!running) {
        m_watchdog->stop();
    }
}

void EventStream::frameArrived()
{
    m_pingOutstanding = false; // anything arriving proves the socket alive
    if (m_running && m_silenceTimeoutMs > 0)
        m_watchdog->start();
}

void EventStream::handleText(const QString &text)
{
    frameArrived();
    if (qint64(text.size()) > m_limits.webSocketTextMessageBytes) {
        ++m_malformedCount;
        emit protocolWarning(tr("A WebSocket text message of %n character(s) was dropped: the limit is %1 bytes",
                                "", int(std::min<qint64>(text.size(), INT_MAX)))
                                 .arg(m_limits.webSocketTextMessageBytes));
        return;
    }
    Result<ServerEvent> parsed = ServerEvents::parse(text.toUtf8());
    if (!parsed.isOk()) {
        // A bad frame is counted and reported, never fatal to the stream.
        ++m_malformedCount;
        emit protocolWarning(parsed.error().message());
        return;
    }
    ServerEvent &event = parsed.value();
    switch (event.type) {
    case ServerEvent::Type::Unknown:
        ++m_unknownCount;
        return;
    case ServerEvent::Type::Status:
        if (!event.sid.isEmpty()) {
            m_clientId = event.sid;
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
    if (event.promptId.isEmpty() && event.type == ServerEvent::Type::Executing)
        event.promptId = m_currentPromptId;
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
        emit executionSucceeded(pid);
        break;
    case ServerEvent::Type::ExecutionError:
        if (!event.blocked) { // the blocked variant is informative; the prompt goes on
            setRunning(false);
            emit executionFailed(pid, event);
        }
        break;
    case ServerEvent::Type::ExecutionInterrupted:
        setRunning(false);
        emit executionInterrupted(pid, event);
        break;
    default:
        break;
    }
}

void EventStream::handleBinary(const QByteArray &bytes)
{
    frameArrived();
    Result<BinaryFrame> parsed = BinaryFrames::parse(bytes);
    if (!parsed.isOk()) {
        if (BinaryFrames::isUnknownType(parsed.error())) {
            ++m_unknownCount;
        } else {
            ++m_malformedCount;
            emit protocolWarning(parsed.error().message());
        }
        return;
    }
    const BinaryFrame &frame = parsed.value();
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
        schedulePreview({frame.promptId, frame.nodeId, frame.imageBytes, true});
        return;
    case BinaryFrame::Type::PreviewImage:
        // Legacy previews name nothing: they belong to the last node of our running prompt.
        if (m_currentPromptId.isEmpty() || m_currentNodeId.isEmpty()) {
            ++m_foreignCount;
            return;
        }
        schedulePreview({m_currentPromptId, m_currentNodeId, frame.imageBytes, false});
        return;
    }
}

void EventStream::schedulePreview(PendingPreview preview)
{
    switch (m_previewMode) {
    case PreviewMode::None:
        ++m_droppedPreviews;
        return;
    case PreviewMode::Latest:
        if (m_previewDecoding) {
            if (m_waitingPreview)
                ++m_droppedPreviews; // stale before it was decoded
            m_waitingPreview = std::move(preview);
            return;
        }
        m_previewDecoding = true;
        break;
    case PreviewMode::All:
        break;
    }
    decodePreview(preview.promptId, preview.nodeId, preview.bytes, preview.fromMetadataFrame);
}

void EventStream::decodePreview(const QString &promptId, const QString &nodeId,
                                const QByteArray &bytes, bool fromMetadataFrame)
{
    const quint64 generation = m_generation;
    onFinished(m_decoder->decodeAsync(bytes), this,
        [this, generation, promptId, nodeId, fromMetadataFrame](const Result<QImage> &r) {
            if (m_previewMode == PreviewMode::Latest) {
                // The next frame (the newest that arrived meanwhile) goes out after this one.
                m_previewDecoding = false;
                if (m_waitingPreview) {
                    PendingPreview next = std::move(*m_waitingPreview);
                    m_waitingPreview.reset();
                    QMetaObject::invokeMethod(this, [this, next = std::move(next)]() mutable {
                        schedulePreview(std::move(next));
                    }, Qt::QueuedConnection);
                }
            }
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
