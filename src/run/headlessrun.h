#pragma once

#include "terminalreporter.h"
#include "transportoptions.h"

#include <QObject>
#include <QUrl>

namespace Easel {

class JobQueue;
class RunQueue;
class ServerSession;
struct RunJobs;

// easel-run on one server: checks the server and opens the library (sending no job when
// it cannot be opened), then runs the jobs through Easel's own queue on that server's
// session (the window's road: JobQueue and its
// SingleServerDispatch), reports progress, saves every output, and finishes with the
// exit code (0 only when every job succeeded).
class HeadlessRun : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Success = 0, JobsFailed = 1, BadUsage = 2, ServerUnreachable = 3 };

    // transport: what a connection profile (--profile) adds to every request and to the
    // event stream: headers, pinned certificate, API key.
    HeadlessRun(const QUrl &server, const QString &outputDirectory,
                const TransportOptions &transport = {}, QObject *parent = nullptr);
    ~HeadlessRun() override;

    // Starts the run (jobs: not copied; it must outlive the run); finished(exitCode) is
    // emitted once.
    void start(const RunJobs &jobs);
    void setConnectTimeoutMs(int ms) { m_connectTimeoutMs = ms; }
    TerminalReporter &reporter() { return m_reporter; }
    // --print-outputs: one JSON line per saved output on stdout, for scripts; progress and
    // messages then go to stderr.
    void setPrintOutputs(bool on);

signals:
    void finished(int exitCode);

private:
    void queueAll();

    TerminalReporter m_reporter;
    ServerSession *m_session;
    JobQueue *m_queue;
    RunQueue *m_run;
    const RunJobs *m_jobs = nullptr;
    int m_connectTimeoutMs = 5000;
    bool m_waitingForLibrary = false;
    bool m_libraryFailed = false;
    // A window of prompts at the server, the next one sent as one leaves it: 10,000 POSTs
    // at once would each hold a reply (and Qt's timers for it) in QNAM's queue, and every
    // timer start and stop costs O(n) there; the server sees a full queue either way.
    static constexpr int maxAtServer = 64;
};

} // namespace Easel
