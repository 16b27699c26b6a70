#include "eventstream.h"

#include "binaryframe.h"
#include "eventsocketworker.h"
#include "previewdecoder.h"
#include "previewpacer.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>
#include <QNetworkRequest>
#include <QThread>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Easel {

EventStream::EventStream(QObject *parent, WorkerThread where)
    : QObject(parent),
      m_decoder(new PreviewDecoder(this)),
      m_pacer(new PreviewPacer(m_decoder, this)),
      m_reconnectTimer(new QTimer(this)),
      m_watchdog(new QTimer(this)),
      m_keepAlive(new QTimer(this))
{
    qRegisterMetaType<Easel::ServerEvent>();
    qRegisterMetaType<Easel::BinaryFrame>();
    qRegisterMetaType<Easel::StreamItem>();
    qRegisterMetaType<QList<Easel::StreamItem>>();
    connect(m_pacer, &PreviewPacer::decoded, this,
            [this](const QString &promptId, const QString &nodeId, const QImage &image, bool fromMetadataFrame) {
                emit previewReceived(PreviewFrame{promptId, nodeId, image, fromMetadataFrame});
            });
    connect(m_pacer, &PreviewPacer::failed, this, [this](const QString &message) {
        ++m_malformedCount;
        emit protocolWarning(message);
    });
    // The socket and its parsing live on a thread of their own (see EventSocketWorker),
    // unless the caller asked for its own thread.
    m_worker = new EventSocketWorker;
    if (where == WorkerThread::Own) {
        m_thread = new QThread(this);
        m_thread->setObjectName(u"EventStream"_s);
        m_worker->moveToThread(m_thread);
    }
    connect(m_worker, &EventSocketWorker::socketConnected, this, [this](quint64 generation) {
        if (generation != m_generation)
            return;
        m_reconnectAttempt = 0;
        m_pingOutstanding = false;
        if (m_silenceTimeoutMs > 0)
            m_keepAlive->start();
        setState(State::Connected);
    });
    connect(m_worker, &EventSocketWorker::socketGone, this, [this](quint64 generation) {
        if (generation == m_generation)
            onSocketGone();
    });
    connect(m_worker, &EventSocketWorker::pongReceived, this, [this](quint64 generation) {
        if (generation == m_generation)
            m_pingOutstanding = false;
    });
    connect(m_worker, &EventSocketWorker::itemsReady, this, [this] {
        quint64 generation = 0;
        QList<StreamItem> items;
        if (m_worker && m_worker->takeItems(&generation, &items))
            handleItems(generation, items);
    });
    connect(m_worker, &EventSocketWorker::frameRefused, this,
            [this](quint64 generation, const QString &message) {
                if (generation != m_generation)
                    return;
                frameArrived();
                emit protocolWarning(message);
            });
    connect(m_worker, &EventSocketWorker::warning, this,
            [this](quint64 generation, const QString &message) {
                if (generation == m_generation)
                    emit protocolWarning(message);
            });
    if (m_thread)
        m_thread->start();

    // Keep-alive: while connected, a ping every silence period. A ping still unanswered
    // one period later means the socket is dead without having closed: drop and reopen.
    m_keepAlive->setInterval(m_silenceTimeoutMs);
    connect(m_keepAlive, &QTimer::timeout, this, [this] {
        if (!m_socketOpen || m_state != State::Connected)
            return;
        if (m_pingOutstanding) {
            emit socketStalled();
            reconnectNow();
            return;
        }
        m_pingOutstanding = true;
        QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->ping(); }, Qt::QueuedConnection);
    });
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &EventStream::connectSocket);
    m_watchdog->setSingleShot(true);
    m_watchdog->setInterval(m_silenceTimeoutMs);
    connect(m_watchdog, &QTimer::timeout, this, [this] {
        // Frames do not restart the timer (one restart per delivery is a timer registered
        // and unregistered each time): it looks when the last one came and waits the rest.
        const int timeout = std::max(m_silenceTimeoutMs, 1);
        const qint64 quietMs = m_lastFrame.isValid() ? m_lastFrame.elapsed() : timeout;
        if (quietMs < timeout) {
            m_watchdog->start(int(timeout - quietMs));
            return;
        }
        emit silenceDetected(m_silenceTimeoutMs);
        // A ping makes a half-open TCP connection show itself; keep watching.
        if (m_socketOpen)
            QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->ping(); }, Qt::QueuedConnection);
        m_watchdog->start(timeout);
    });
}

EventStream::~EventStream()
{
    m_closing = true;
    ++m_generation;
    m_worker->disconnect(this);
    if (!m_thread) {
        delete std::exchange(m_worker, nullptr); // on this thread, as it lives
        return;
    }
    // The worker (and its socket) is deleted on its own thread, then the thread ends.
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { delete w; }, Qt::BlockingQueuedConnection);
    m_worker = nullptr;
    m_thread->quit();
    m_thread->wait();
}

void EventStream::setCoalesceIntervalMs(int ms)
{
    m_worker->setCoalesceIntervalMs(std::max(ms, 0));
}

qint64 EventStream::coalescedMessageCount() const
{
    return m_worker->coalescedCount();
}

qint64 EventStream::commonFrameCount() const
{
    return m_worker->commonFrameCount();
}

int EventStream::unknownMessageCount() const
{
    return m_worker->unknownMessageCount();
}

int EventStream::malformedMessageCount() const
{
    return m_malformedCount + m_worker->malformedMessageCount();
}

void EventStream::open(const QUrl &baseUrl, const QString &clientId)
{
    // The server adopts our clientId as its sid; it makes uuid4 hex ids itself.
    if (const QString id = clientId.isEmpty() ? QUuid::createUuid().toString(QUuid::Id128) : clientId;
        id != m_clientId) {
        m_clientId = id;
        emit clientIdChanged(id);
    }
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
    m_pacer->reset();
    m_reconnectTimer->stop();
    m_keepAlive->stop();
    setRunning(false);
    if (m_socketOpen) {
        m_socketOpen = false;
        QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->closeSocket(); }, Qt::QueuedConnection);
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
    previewPromptEnded(promptId);
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
    // A fresh socket per attempt, made by the worker on its thread; what the old one still
    // says carries an older generation and is dropped.
    setState(State::Connecting);
    QNetworkRequest request(m_url);
    m_transport.applyTo(request);
    m_socketOpen = true;
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, generation = m_generation, request, transport = m_transport,
         limits = m_limits, announce = m_announceMetadata] {
            w->openSocket(generation, request, transport, limits, announce);
        },
        Qt::QueuedConnection);
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
        if (!m_watchdog->isActive()) {
            m_lastFrame.start(); // silence counts from here
            m_watchdog->start(m_silenceTimeoutMs);
        }
    } else if (!running) {
        m_watchdog->stop();
    }
}

void EventStream::frameArrived()
{
    m_pingOutstanding = false; // anything arriving proves the socket alive
    m_lastFrame.start();
}

} // namespace Easel
