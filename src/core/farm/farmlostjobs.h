#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Easel {

// The farm's clocks for jobs whose server is away. A job on a server that goes down (or
// adopted after a restart, before its server has been asked) gets a clock; one whose
// clock runs past the timeout is lost and runs elsewhere. Whatever a server away still
// holds of a prompt given up on there is remembered, to be deleted when it returns.
// The dispatcher owns the jobs and decides; this only keeps the times, and ticks while
// there is something to judge (loss is judged by the clock, not by an event).
class FarmLostJobs : public QObject
{
    Q_OBJECT
public:
    explicit FarmLostJobs(QObject *parent = nullptr);
    ~FarmLostJobs() override;

    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setTickMs(int ms);

    // Ticks (tick()) until stop(): while the farm has unfinished jobs.
    void start();
    void stop();
    bool isActive() const;

    // The job's server went away now (a clock already running starts again).
    void startClock(const QString &jobId, const QDateTime &now = QDateTime::currentDateTimeUtc());
    void stopClock(const QString &jobId);
    bool hasClock(const QString &jobId) const { return m_clocks.contains(jobId); }
    // Its server has been away at least the timeout by now.
    bool hasExpired(const QString &jobId, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // promptId was given up on while serverId was away: deleted there when it returns.
    void abandon(const QString &serverId, const QString &promptId);
    QStringList takeAbandoned(const QString &serverId) { return m_abandoned.take(serverId); }

signals:
    void tick();

private:
    QTimer *m_timer;
    QHash<QString, QDateTime> m_clocks;       // job id -> when its server went away
    QHash<QString, QStringList> m_abandoned;  // server id -> prompt ids run elsewhere
    int m_timeoutMs = 60000;
};

} // namespace Easel
