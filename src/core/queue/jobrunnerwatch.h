#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Easel {

class ComfyClient;
class EventStream;

// A JobRunner's eye on prompts that go silent: with events missing (stream down, or a
// prompt the server runs without a word) it asks /history itself, so a finished prompt is
// never missed; a prompt in neither /history nor /queue is counted down until it is lost,
// as after a server restart; an unanswered POST /prompt is said to wait. It owns its
// timer and each prompt's silence; the runner tells it what happens to a prompt and
// hears back through the signals. Kept apart from the runner so running a prompt and
// deciding when silence means trouble can be read (and changed) one at a time.
class JobRunnerWatch : public QObject
{
    Q_OBJECT
public:
    JobRunnerWatch(ComfyClient *client, EventStream *events, QObject *parent = nullptr);
    ~JobRunnerWatch() override;

    // How long a prompt may go without events before /history is asked directly.
    void setPollAfterMs(int ms) { m_pollAfterMs = ms; }
    // How long an accepted prompt may be in neither /queue nor /history (while the server
    // answers) before lost() is emitted.
    void setLostAfterMs(int ms) { m_lostAfterMs = ms; }
    // How long a POST /prompt may go unanswered before waiting() says so.
    void setAnswerNoticeAfterMs(int ms) { m_answerNoticeAfterMs = ms; }
    // The runner fetches this prompt's history and outputs now: it is neither polled nor
    // counted towards lost meanwhile.
    void setBusyCheck(std::function<bool(const QString &)> busy) { m_busy = std::move(busy); }

    // Its POST /prompt went out now.
    void posted(const QString &promptId);
    // The server took the POST.
    void accepted(const QString &promptId);
    // Known from before a restart, accepted, its state unknown: asked about at once.
    void resumed(const QString &promptId);
    // An event of its own arrived: the server runs it.
    void heard(const QString &promptId);
    // Its end was announced but /history never had it: wait again, from now, and ask
    // /queue whether the server still knows it.
    void rewait(const QString &promptId);
    // No longer followed (finished or forgotten).
    void unwatch(const QString &promptId);
    bool isWatching(const QString &promptId) const { return m_prompts.contains(promptId); }

signals:
    // /history has its entry: the runner fetches its outputs.
    void foundInHistory(const QString &promptId);
    // The server does not know it any more (the watchdog ran out): end it with message.
    void lost(const QString &promptId, const QString &message);
    // What it waits for, in words (empty = nothing unusual); see JobRunner::jobWaiting.
    void waiting(const QString &promptId, const QString &state);

private:
    struct Prompt
    {
        bool accepted = false;
        bool started = false;      // an event of its own arrived
        bool resumed = false;      // known from before a restart: its state is unknown
        bool polling = false;      // a /history or /queue question is out
        bool waitingShown = false; // a waiting() with a text went out for the POST
        quint64 acceptedOrder = 0;
        QDateTime lastEvent;
        QDateTime postedAt;     // its POST /prompt went out (unanswered while !accepted)
        QDateTime unknownSince; // first seen in neither /queue nor /history
    };

    void start();
    bool busy(const QString &promptId) const { return m_busy && m_busy(promptId); }
    void poll();
    // /history had nothing for a prompt: asks /queue, and either keeps waiting (still
    // queued or running) or counts the prompt towards lost.
    void checkUnknown(const QString &promptId);

    ComfyClient *m_client;
    EventStream *m_events;
    QTimer *m_timer;
    std::function<bool(const QString &)> m_busy;
    QHash<QString, Prompt> m_prompts;
    quint64 m_acceptedCount = 0;
    int m_pollAfterMs = 3000;
    int m_lostAfterMs = 60000;
    int m_answerNoticeAfterMs = 5000;
};

} // namespace Easel
