#pragma once

#include <QObject>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Easel {

class ComfyClient;
class EventStream;

// Who else has prompts on the server: GET /queue after every status broadcast (debounced,
// one request at a time) and when the stream connects. Reports the prompt ids running and
// pending there whenever they change; telling Easel's own apart is the caller's.
class OtherClientsWatcher : public QObject
{
    Q_OBJECT
public:
    // events: only connected to here (its broadcasts start a refresh), never kept.
    OtherClientsWatcher(ComfyClient *client, EventStream *events, QObject *parent = nullptr);

    bool isEnabled() const { return m_enabled; }
    // Off: nothing is asked, and an empty report goes out if the last one was not.
    void setEnabled(bool enabled);

signals:
    void changed(const QStringList &running, const QStringList &pending);

private:
    void refresh();
    void report(const QStringList &running, const QStringList &pending);

    ComfyClient *m_client; // not owned; reached from refresh() only, never from the destructor
    QTimer *m_timer;
    QStringList m_running;
    QStringList m_pending;
    bool m_enabled = true;
    bool m_requestRunning = false;
};

} // namespace Easel
