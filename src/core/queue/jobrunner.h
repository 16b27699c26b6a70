#pragma once

#include "protocolerror.h"
#include "wiretypes.h"

#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <memory>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Easel {

class ComfyClient;
class EventStream;
class OutputSaver;
struct ServerEvent;
struct PreviewFrame;

struct SavedOutput
{
    QString promptId;
    QString nodeId;
    OutputFile file;
    QString path; // where it was written
};

struct JobOutcome
{
    enum class Status { Succeeded, Failed, Interrupted, Rejected };
    Status status = Status::Succeeded;
    QString message;   // translated, for the user; empty on success
    QString nodeId;    // the failing node, when one is known
    ProtocolError error; // a rejected prompt's error, with node_errors
    QList<SavedOutput> outputs;
};

// Runs prompts on one server from POST to saved files: queues, follows the event stream
// (progress, previews, the terminal message), then fetches the history entry and every
// output through /view and writes them into the output folder. When events stop coming
// (socket down or silent) it asks /history itself, so a finished prompt is never missed.
class JobRunner : public QObject
{
    Q_OBJECT
public:
    JobRunner(ComfyClient *client, EventStream *events, const QString &outputDirectory,
              QObject *parent = nullptr);
    ~JobRunner() override;

    // Queues a prompt and returns its (client-made) prompt id at once.
    QString submit(const QByteArray &promptJson, const QByteArray &workflowJson = {});
    void interrupt(const QString &promptId);
    int activeJobCount() const { return int(m_jobs.size()); }
    QString outputDirectory() const;
    // How long a job may go without events before /history is asked directly.
    void setPollAfterMs(int ms) { m_pollAfterMs = ms; }

signals:
    void jobAccepted(const QString &promptId, double number);
    void jobProgress(const QString &promptId, double fraction, const QString &nodeId);
    void jobNodeExecuting(const QString &promptId, const QString &nodeId);
    void jobProgressText(const QString &promptId, const QString &nodeId, const QString &text);
    void jobPreview(const QString &promptId, const QImage &image);
    void jobOutputSaved(const Easel::SavedOutput &output);
    void jobFinished(const QString &promptId, const Easel::JobOutcome &outcome);

private:
    struct Job
    {
        QString promptId;
        int nodeCount = 1;
        QSet<QString> cached;
        QHash<QString, double> nodeFraction;
        bool accepted = false;
        bool terminalSeen = false;
        bool fetching = false;
        int pendingDownloads = 0;
        int historyAttempts = 0;
        QDateTime lastEvent;
        JobOutcome outcome;
    };

    void onEvent(const ServerEvent &event);
    void onPreview(const PreviewFrame &frame);
    void reportProgress(Job &job, const QString &nodeId);
    void fetchOutputs(const QString &promptId);
    void download(const QString &promptId, const QString &nodeId, const OutputFile &file,
                  int attempt);
    void finishIfDone(const QString &promptId);
    void finish(const QString &promptId);
    void pollSilentJobs();

    ComfyClient *m_client;
    EventStream *m_events;
    std::shared_ptr<OutputSaver> m_saver;
    QTimer *m_pollTimer;
    QHash<QString, Job> m_jobs;
    int m_pollAfterMs = 3000;
};

} // namespace Easel

Q_DECLARE_METATYPE(Easel::SavedOutput)
Q_DECLARE_METATYPE(Easel::JobOutcome)
