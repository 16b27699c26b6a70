#include "jobrunnerwatch.h"

#include "comfyclient.h"
#include "eventstream.h"
#include "futurecallback.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace Easel {

JobRunnerWatch::JobRunnerWatch(ComfyClient *client, EventStream *events, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_events(events)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &JobRunnerWatch::poll);
}

JobRunnerWatch::~JobRunnerWatch() = default;

void JobRunnerWatch::start()
{
    if (!m_timer->isActive())
        m_timer->start();
}

void JobRunnerWatch::posted(const QString &promptId)
{
    Prompt prompt;
    prompt.lastEvent = QDateTime::currentDateTimeUtc();
    prompt.postedAt = prompt.lastEvent;
    m_prompts.insert(promptId, prompt);
    start();
}

void JobRunnerWatch::accepted(const QString &promptId)
{
    auto it = m_prompts.find(promptId);
    if (it == m_prompts.end())
        return;
    it->accepted = true;
    it->acceptedOrder = ++m_acceptedCount;
    it->lastEvent = QDateTime::currentDateTimeUtc();
    if (std::exchange(it->waitingShown, false))
        emit waiting(promptId, {});
}

void JobRunnerWatch::resumed(const QString &promptId)
{
    Prompt prompt;
    prompt.accepted = true;
    // Silent from the start: the first poll asks /history at once.
    prompt.lastEvent = QDateTime::currentDateTimeUtc().addMSecs(-m_pollAfterMs);
    prompt.resumed = true;
    m_prompts.insert(promptId, prompt);
    start();
    QTimer::singleShot(0, this, &JobRunnerWatch::poll);
}

void JobRunnerWatch::heard(const QString &promptId)
{
    auto it = m_prompts.find(promptId);
    if (it == m_prompts.end())
        return;
    it->lastEvent = QDateTime::currentDateTimeUtc();
    it->started = true;
}

void JobRunnerWatch::rewait(const QString &promptId)
{
    auto it = m_prompts.find(promptId);
    if (it == m_prompts.end())
        return;
    it->lastEvent = QDateTime::currentDateTimeUtc();
    checkUnknown(promptId);
}

void JobRunnerWatch::unwatch(const QString &promptId)
{
    m_prompts.remove(promptId);
    if (m_prompts.isEmpty())
        m_timer->stop();
}

void JobRunnerWatch::poll()
{
    // Silence is normal for a job that waits in the server's queue: only the running
    // prompt produces events. So with the stream up, only jobs the server has started
    // (or whose state a restart left unknown) are asked about, and never twice at once;
    // asking /history for every waiting job would be a storm with a long queue. With the
    // stream down, every accepted job is asked, one question per job per interval.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool streamDown = m_events->state() != EventStream::State::Connected;
    // The first accepted job that has not started is the one the server runs next (or
    // runs already, if its first events were missed): it alone is also asked.
    const Prompt *next = nullptr;
    QList<QPair<QString, qint64>> unanswered;
    for (auto it = m_prompts.cbegin(); it != m_prompts.cend(); ++it) {
        if (!it->accepted && it->postedAt.isValid()) {
            const qint64 waitedMs = it->postedAt.msecsTo(now);
            if (waitedMs >= m_answerNoticeAfterMs)
                unanswered.append({it.key(), waitedMs});
        }
        if (it->accepted && !it->started && (!next || it->acceptedOrder < next->acceptedOrder))
            next = &*it;
    }
    for (auto it = m_prompts.begin(); it != m_prompts.end(); ++it) {
        if (!it->accepted || it->polling || busy(it.key()))
            continue;
        if (!streamDown && !it->started && !it->resumed && &*it != next)
            continue;
        if (it->lastEvent.msecsTo(now) < m_pollAfterMs)
            continue;
        it->lastEvent = now;
        it->polling = true;
        const QString promptId = it.key();
        onFinished(m_client->historyEntry(promptId), this, [this, promptId](const Result<QList<HistoryEntry>> &result) {
            auto prompt = m_prompts.find(promptId);
            if (prompt == m_prompts.end())
                return;
            prompt->polling = false;
            if (result.isOk() && !result.value().isEmpty())
                emit foundInHistory(promptId);
            else if (result.isOk())
                checkUnknown(promptId);
        });
    }
    // A POST the server has not answered yet (a slow proxy, a server busy loading a
    // model): say so and for how long, so the wait is visible; the request's own deadline
    // ends it (ProtocolLimits). The words are the runner's (its translation context).
    // Every translate() count here is a plain local: lupdate (Qt 6.4) loops forever on a
    // count written as a call with a literal or a comma in it, e.g. int(ms / 1000).
    for (const auto &[promptId, waitedMs] : std::as_const(unanswered)) {
        auto it = m_prompts.find(promptId);
        if (it == m_prompts.end() || it->accepted)
            continue;
        it->waitingShown = true;
        const int waitedSeconds = int(waitedMs / 1000);
        emit waiting(promptId, QCoreApplication::translate(
                                   "Easel::JobRunner", "waiting for the server's answer, %n second(s)",
                                   "", waitedSeconds));
    }
}

void JobRunnerWatch::checkUnknown(const QString &promptId)
{
    auto it = m_prompts.find(promptId);
    if (it == m_prompts.end() || it->polling)
        return;
    it->polling = true;
    onFinished(m_client->queue(), this, [this, promptId](const Result<QueueSnapshot> &snapshot) {
        auto prompt = m_prompts.find(promptId);
        if (prompt == m_prompts.end())
            return;
        prompt->polling = false;
        if (!snapshot.isOk() || busy(promptId))
            return; // unanswered: the server's reachability is the connection monitor's
        const auto known = [&](const QList<QueueItem> &items) {
            return std::any_of(items.cbegin(), items.cend(),
                               [&](const QueueItem &item) { return item.promptId == promptId; });
        };
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (known(snapshot.value().running) || known(snapshot.value().pending)) {
            if (std::exchange(prompt->unknownSince, QDateTime()).isValid())
                emit waiting(promptId, {});
            return;
        }
        if (!prompt->unknownSince.isValid())
            prompt->unknownSince = now;
        const qint64 leftMs = m_lostAfterMs - prompt->unknownSince.msecsTo(now);
        if (leftMs <= 0) {
            const int lostAfterSeconds = int(m_lostAfterMs / 1000);
            emit lost(promptId, QCoreApplication::translate(
                                    "Easel::JobRunner",
                                    "The server does not know this job (in neither its queue nor its "
                                    "history for %n second(s)); it was lost",
                                    "", lostAfterSeconds));
            return;
        }
        const int leftSeconds = int((leftMs + 999) / 1000);
        emit waiting(promptId, QCoreApplication::translate(
                                   "Easel::JobRunner", "the server does not know this job; lost in %n second(s)",
                                   "", leftSeconds));
    });
}

} // namespace Easel
