#pragma once

#include "jobdispatch.h"

#include <QHash>
#include <QSet>

namespace Easel {

class ComfyClient;
class EventStream;
class OtherClientsWatcher;
struct PromptLocation;

// JobQueue's jobs on its one server, through that server's JobRunner. Posts under
// JobQueue's own prompt ids (already in its journal, so a restarted Easel finds them),
// one POST at a time (two under way on separate connections may reach the server in
// either order, and it queues them in the order they arrive), at most maxInFlight on the
// server at once. Taking a job back and cancelling ask the server where the prompt is
// (PromptLocator) rather than guess. Its one server has no id: serverIds() is empty and
// the jobs carry no server.
class SingleServerDispatch : public JobDispatch
{
    Q_OBJECT
public:
    // None owned. runner and client are reached only while jobs move, never from the
    // destructor, so the server's stack may go first (the window's session is created,
    // and so deleted, before its queue). events is not kept at all: its client id, for the
    // journal's last write, comes with EventStream::clientIdChanged.
    SingleServerDispatch(JobRunner *runner, ComfyClient *client, EventStream *events,
                         QObject *parent = nullptr);
    ~SingleServerDispatch() override;

    int maxInFlight() const { return m_maxInFlight; }
    void setMaxInFlight(int jobs);

    int freePlaces() const override;
    QStringList serverIds() const override { return {}; }
    void dispatch(const DispatchRequest &request) override;
    void cancel(const QString &jobId) override;
    void interrupt(const QString &jobId) override;
    void takeBack(const QString &jobId) override;
    void adopt(const QString &jobId, const QString &promptId, const QString &server,
               const QByteArray &promptJson, const QByteArray &workflowJson,
               const QHash<QString, QString> &imageUploads = {}) override;
    bool holds(const QString &jobId) const override { return m_jobs.contains(jobId); }
    void setWatchOtherClients(bool watch) override;
    QString clientId() const override;

private:
    struct Job
    {
        enum class Step {
            Checking,   // a look-up (restored job) is under way; not posted by this Easel
            Posting,    // POST /prompt sent, not answered yet
            OnServer,   // accepted (or found there): pending or running
            ServerDone, // the server finished it; the runner fetches its outputs
        };
        QString promptId;
        QByteArray promptJson;
        QByteArray workflowJson;
        QByteArray basePromptJson;
        int promptNodes = 0; // DispatchRequest::promptNodes
        Step step = Step::Checking;
        bool started = false;         // an event of its own arrived: it runs
        bool locating = false;        // a delete-and-locate is under way
        bool cancelRequested = false;
        bool takeBackRequested = false;
        bool interruptWhenStarted = false; // cancelled, but the delete did not take it out
    };

    Job *jobForPrompt(const QString &promptId);
    void post(const QString &jobId);
    void follow(const QString &jobId, const PromptLocation &location);
    void lookUpAdopted();
    void lookUpBeforePosting(const QString &jobId);
    void cancelOnServer(const QString &jobId);
    void takeBackFromServer(const QString &jobId);
    void endCancelled(const QString &jobId);
    void onAccepted(const QString &promptId);
    void onStarted(const QString &promptId);

    JobRunner *m_runner;
    ComfyClient *m_client;
    QString m_clientId; // the stream's, kept for the journal (its last write included)
    OtherClientsWatcher *m_watcher;
    QHash<QString, Job> m_jobs;           // job id -> job
    QHash<QString, QString> m_byPrompt;   // prompt id -> job id
    QSet<QString> m_posting;              // prompt ids whose POST is not answered yet
    QStringList m_adopting;               // looked up together, with one GET /queue
    int m_maxInFlight = 2;
};

} // namespace Easel
