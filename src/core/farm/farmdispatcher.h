#pragma once

#include "eventstream.h"
#include "farmjob.h"
#include "farmplacement.h"
#include "transportoptions.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

Q_DECLARE_LOGGING_CATEGORY(lcFarm)

namespace Easel {

class FarmLostJobs;
class FarmServer;
class FarmUploader;

// One logged choice of the dispatcher, for tests, the log and the servers panel.
struct FarmDecision
{
    enum class Kind {
        Assigned,   // sent to a server (reason: warm, shortest queue, pinned)
        Unrunnable, // no server has what it needs: failed, saying what is missing where
        Lost,       // its server went down and it is known lost (forgotten or timed out)
        Requeued,   // waiting again, to go elsewhere
        Collected,  // its server came back and had finished it: not run again
        Finished,   // done or failed on its server
    };
    Kind kind = Kind::Assigned;
    QString jobId;
    QString server;
    QString reason;
};

// Spreads jobs over several ComfyUI servers, each placed by FarmPlacement::place (which
// server has what it needs and room in its window, warm first, then the shortest queue),
// with its input images sent by a FarmUploader.
// A server that goes down keeps its jobs until they are known lost: when it comes back its
// resync finds them finished (outputs collected, never run again), still queued, or
// forgotten (run elsewhere); if it stays away longer than lostTimeoutMs they are run
// elsewhere, and whatever it still holds of them is deleted when it returns (the clocks:
// FarmLostJobs). A job whose POST is still under way is not lost by the clock: the client's
// retry may still post it there (checked against the server's /queue and /history first,
// so a POST cut by a restart runs once, on the returned server); its answer, or the client
// giving up, decides. Each job's state moves only through FarmJob::transition.
class FarmDispatcher : public QObject
{
    Q_OBJECT
public:
    explicit FarmDispatcher(const QString &outputDirectory, QObject *parent = nullptr);
    ~FarmDispatcher() override;

    // One server of the farm, from its connection profile: transport = the profile's
    // TransportOptions, displayName = its name (empty = the URL). The id stays the URL.
    FarmServer *addServer(const QUrl &url, const TransportOptions &transport = {},
                          const QString &displayName = {});
    QList<FarmServer *> servers() const { return m_servers; }
    FarmServer *server(const QString &id) const;
    void start(); // connects every server

    int window() const { return m_window; }
    void setWindow(int jobsPerServer) { m_window = qMax(1, jobsPerServer); }
    int lostTimeoutMs() const;
    void setLostTimeoutMs(int ms);
    // How long a job waits for servers never reached before it fails as unrunnable.
    void setDiscoveryTimeoutMs(int ms) { m_discoveryTimeoutMs = ms; }
    void setPollAfterMs(int ms);
    // Every server's previews (EventStream::setPreviewMode and setPreviewsWanted), for the
    // servers there are and those added later: a window decodes only what it shows, a
    // headless run none.
    void setPreviewMode(EventStream::PreviewMode mode);
    void setPreviewsWanted(bool wanted);

    // --- jobs, under the caller's ids (JobQueue's, through FarmQueueDispatch) ---
    // (farmdispatchercontrol.cpp)
    // One job under jobId (a finished one of that id is replaced: a retry). False when a
    // job of that id is still under way.
    bool add(const QString &jobId, const FarmJobRequest &request, const QString &pinnedServer = {});
    // After a restart: jobId was sent as promptId to serverId; it is followed there and
    // looked up as soon as the server answers (finished: collected; forgotten: run again).
    bool adopt(const QString &jobId, const FarmJobRequest &request, const QString &serverId,
               const QString &promptId);
    // Ends a job: Waiting/uploading at once; on a server deleted from its queue or
    // interrupted there. jobFinished follows, outcome Interrupted (unless it ended first).
    void cancel(const QString &jobId);
    // POST /interrupt {prompt_id} on its server when it is there.
    void interrupt(const QString &jobId);
    // Deletes the job from its server's queue if it is still pending there; then it is
    // dropped here and jobTakenBack follows. Running (or unknown): nothing changes.
    void takeBack(const QString &jobId);
    // Drops a finished job (its record, its prompt ids).
    void remove(const QString &jobId);
    // Jobs it would take now without one waiting: the room in the window of every usable
    // server, less the jobs waiting here. placesChanged() when it changes.
    int freePlaces() const;

    const FarmJob *job(const QString &jobId) const;
    QStringList jobIds() const { return m_order; }
    int unfinishedCount() const;
    int inFlight(const QString &serverId) const;
    QString outputDirectory() const { return m_outputDirectory; }
    // Time spent choosing servers (every pump), for the benchmark's overhead per job.
    qint64 decisionNanoseconds() const { return m_decisionNs; }

signals:
    void decision(const Easel::FarmDecision &decision);
    // Sent to server as promptId (before its inputs are uploaded and it is posted).
    void jobAssigned(const QString &jobId, const QString &server, const QString &promptId,
                     const QString &reason);
    // Waiting here again for a server (lost, or its server could not be reached).
    void jobRequeued(const QString &jobId, const QString &reason);
    void jobTakenBack(const QString &jobId);
    void jobFinished(const QString &jobId);
    void jobProgress(const QString &jobId, double fraction, const QString &nodeId);
    void jobNodeExecuting(const QString &jobId, const QString &nodeId);
    void jobNodesDone(const QString &jobId, int done, int total);
    void jobStepProgress(const QString &jobId, const QString &nodeId, double value, double max);
    void jobPreviewFrame(const QString &jobId, const QString &nodeId, const QImage &image);
    void jobLeftServer(const QString &jobId);
    // JobRunner::jobWaiting of the job's current attempt (empty: the wait is over).
    void jobWaiting(const QString &jobId, const QString &state);
    void placesChanged();
    void jobOutputSaved(const QString &jobId, const Easel::SavedOutput &output);
    void idle();

private:
    void log(FarmDecision::Kind kind, const QString &jobId, const QString &server, const QString &reason);
    // FarmJob::transition, said in the log when the table refuses the move.
    bool move(FarmJob &job, FarmJob::State to);
    void schedulePump();
    void pump();
    // The server chosen, or empty when the job stays (or failed).
    QString tryDispatch(FarmJob &job, const QList<FarmPlacement::Server> &servers);
    void send(FarmJob &job, FarmServer *server, const QString &reason);
    void requeue(FarmJob &job, const QString &reason);
    void endCancelled(FarmJob &job);
    void cancelOnServer(FarmJob &job);
    void forgetAttempt(FarmJob &job);
    void checkAdopted();
    void startClocks();
    FarmJob *findJob(const QString &jobId);
    // The job whose current attempt is promptId on server (late traffic of others: null).
    FarmJob *currentJob(FarmServer *server, const QString &promptId);
    void upload(FarmJob &job, FarmServer *server);
    void post(const QString &jobId, FarmServer *server, const QByteArray &prompt);
    void onRunnerFinished(FarmServer *server, const QString &promptId, const JobOutcome &outcome);
    void onServerDown(FarmServer *server);
    void onServerBack(FarmServer *server);
    void onForgotten(FarmServer *server, const QString &promptId);
    void declareLost(FarmJob &job, const QString &reason);
    void checkLost();
    void fail(FarmJob &job, const QString &message);
    FarmJob *jobForPrompt(const QString &promptId);

    QString m_outputDirectory;
    QList<FarmServer *> m_servers;
    QHash<QString, FarmJob> m_jobs;
    QStringList m_order;
    QHash<QString, QString> m_byPrompt; // prompt id -> job id
    QTimer *m_pumpTimer;
    FarmLostJobs *m_lost; // the clocks of jobs whose server is away
    FarmUploader *m_uploader; // reads input images off this thread, sends each once per server
    QDateTime m_started;
    int m_window = 2;
    int m_discoveryTimeoutMs = 15000;
    int m_pollAfterMs = 3000;
    EventStream::PreviewMode m_previewMode = EventStream::PreviewMode::All;
    bool m_previewsWanted = true;
    qint64 m_decisionNs = 0;
    bool m_wasIdle = true;
    int m_lastPlaces = -1;
};

} // namespace Easel

Q_DECLARE_METATYPE(Easel::FarmDecision)
