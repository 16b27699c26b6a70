#include "otherclientswatcher.h"

#include "comfyclient.h"
#include "eventstream.h"
#include "futurecallback.h"

#include <QTimer>

namespace Easel {

namespace {
constexpr int refreshDelayMs = 250; // a burst of status broadcasts costs one /queue
}

OtherClientsWatcher::OtherClientsWatcher(ComfyClient *client, EventStream *events, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(refreshDelayMs);
    connect(m_timer, &QTimer::timeout, this, &OtherClientsWatcher::refresh);
    connect(events, &EventStream::statusReceived, this, [this] {
        if (m_enabled && !m_timer->isActive())
            m_timer->start();
    });
    connect(events, &EventStream::connected, this, [this] {
        if (m_enabled)
            m_timer->start();
    });
}

void OtherClientsWatcher::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled) {
        m_timer->start();
        return;
    }
    m_timer->stop();
    report({}, {});
}

void OtherClientsWatcher::refresh()
{
    if (!m_enabled || m_requestRunning)
        return;
    m_requestRunning = true;
    onFinished(m_client->queue(), this, [this](const Result<QueueSnapshot> &snapshot) {
        m_requestRunning = false;
        if (!snapshot.isOk() || !m_enabled)
            return;
        QStringList running;
        QStringList pending;
        for (const QueueItem &item : snapshot.value().running)
            running.append(item.promptId);
        for (const QueueItem &item : snapshot.value().pending)
            pending.append(item.promptId);
        report(running, pending);
    });
}

void OtherClientsWatcher::report(const QStringList &running, const QStringList &pending)
{
    if (running == m_running && pending == m_pending)
        return;
    m_running = running;
    m_pending = pending;
    emit changed(running, pending);
}

} // namespace Easel
