#pragma once

#include "outputrecord.h"
#include "promptfacts.h"
#include "wiretypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace Easel {

class LibraryIndex;

// OutputStore's index writes and file placement, on a thread of their own with their own
// SQLite connection. Every write is BEGIN IMMEDIATE and another process (the window and an
// easel-run on one library) can hold the write lock for seconds: waited for here
// (busy_timeout), never on the GUI thread. One thread per store, so the store's writes
// keep their order (a job's row before its Pending rows before their Stored state).
// What the store asked while the writer was busy is taken in one wake-up: its index
// writes in one commit where that is safe (isGroupable), and every answer goes back to
// the store, after that commit, as one queued call. Nothing is answered before what it
// says is committed: a crash before the commit leaves none of the group's rows, so a job
// whose prompt was never posted is not in the index, and a file is fetched only once
// its Pending row is committed (a crash mid-download still resumes it). Internal to
// OutputStore.
class OutputStoreWriter : public QObject
{
    Q_OBJECT
public:
    OutputStoreWriter(QString libraryDirectory, QString databasePath, QString owner);
    ~OutputStoreWriter() override;

    // The hidden part file a download streams into, beside its reserved path.
    static QString partPath(const QString &path);

    // What the store asks of the writer, in order. A task runs on the writer's thread and
    // hands back how to answer: called there once the task's writes are committed (or
    // known not to be: notCommitted says why), it gives the call to make on the store's
    // thread (empty: no answer).
    using Answer = std::function<void()>;
    using Finish = std::function<Answer(const QString &notCommitted)>;
    struct Task
    {
        // May share one transaction with the tasks queued beside it (drain).
        bool groupable = false;
        std::function<Finish(OutputStoreWriter &)> run;
    };
    // Called on the store's thread: queues the task, and wakes the writer only when its
    // queue was empty (the tasks queued meanwhile are taken in the same wake-up).
    // answerTo: the store, where the answers are called.
    void post(QObject *answerTo, Task task);

    // Every call below runs on the writer's thread.
    // Opens the index (migrating it when an older Easel made it) and holds this process's
    // owner lock in the library (LibraryOwner): the store's first call, so the GUI thread
    // never waits on a migration or on another process's lock. Says how it went with
    // opened(libraryKey) or openFailed(error), once each time that changes. A failed open
    // is tried again by the next call that needs the index, at most every retryOpenMs (a
    // library another process held past the busy timeout opens once it lets go).
    bool open();
    static constexpr int retryOpenMs = 5000;
    // open() unless the index is open already; every call below starts with it.
    bool ensureOpen() { return m_index || open(); }
    // Why the index is not open, or why its last statement failed.
    QString errorString() const;
    // Closes the connection and lets go of the owner lock: the last call before the
    // thread ends.
    void close();

    // api: job.apiJson parsed by the caller (the job runner has it), else parsed here.
    bool addJob(JobRecord job, const QByteArray &baseApiJson, const std::optional<QJsonObject> &api = {});
    void setWorkflowName(const QString &promptId, const QString &name);

    struct RecordedEntry
    {
        QList<OutputRecord> added;   // new Pending rows, with ids and reserved paths
        QList<OutputRecord> resumed; // known before and still owed: this process's to fetch
        // Known before and Stored already (history read again): the job's outputs when this
        // entry brings none new, read here rather than on the store's thread.
        QList<OutputRecord> storedBefore;
        QString error;               // the rows could not be written (nothing was)
    };
    // A history entry's files as Pending rows (each with the path it reserves), its job
    // row when the library did not know it, and the job marked fetched, in one commit
    // before any of its files is written. No file is made here: a body small enough to stay
    // in memory never needs a part file (placeBytes), and a larger one's is made by the
    // client once the body outgrows memory. apiJson: the job's prompt when the store knows
    // it (else read from the index, else taken from the entry).
    RecordedEntry recordEntry(const HistoryEntry &entry, QList<OutputRecord> records, QByteArray apiJson,
                              QString workflowName, const QString &server);

    struct Resumed
    {
        QList<OutputRecord> owed;   // to fetch
        QList<OutputRecord> stored; // found complete at their path, now marked Stored
    };
    // The Pending rows of server this process may fetch (LibraryOwner). A file already at
    // its reserved path was written before a crash or quit and not yet marked: QSaveFile
    // only ever leaves a complete file there, so it is marked Stored here.
    Resumed takePending(const QString &server);
    QStringList unfetchedJobs(const QString &server);

    struct Placed
    {
        qint64 size = -1; // < 0: failed, error says why
        QString error;
        QString path;       // where the bytes are: the reserved path or a shared file
        OutputRecord media; // what the file holds
    };
    // A download (hashed as it streamed into part) checked against its type and put in
    // place, or shared with a stored file of the same bytes, and its row marked Stored
    // with its hash and media facts through the index's content claim: all here, one
    // answer for the store.
    Placed place(const OutputRecord &record, const QString &part, const QByteArray &sha256, qint64 size);
    // A download kept in memory (ProtocolLimits::viewInMemoryBytes), hashed as it arrived:
    // checked against its type, then in one index transaction shared with a stored file of
    // the same bytes (no file made at all) or written once straight to its reserved path,
    // and its row marked Stored with its hash and media facts.
    // Its own type: one of the answers a group's commit may give (groupable).
    struct PlacedBytes : Placed
    {
    };
    PlacedBytes
    placeBytes(const OutputRecord &record, const QByteArray &bytes, const QByteArray &sha256);
    // A text output's file written and its row marked Stored.
    Placed writeText(const OutputRecord &record);
    // A failed try counted in the row; part (when given: the store gave up on the row for
    // this session) removed.
    void attemptFailed(qint64 id, int attempts, const QString &part);

    // The answers that may be given for a whole group's commit (Task::groupable): those
    // that say everything they wrote is committed, and that can be turned into a failure
    // when the group's COMMIT fails (uncommitted). A job's row (addJob's bool, the only
    // answer of that type: the caller posts the prompt after it), a history entry's Pending
    // rows (recordEntry: its files are fetched after it), a download kept in memory placed
    // (placeBytes: Stored after it). Anything else runs on its own, outside any group, as
    // before (place's claim rounds across processes, takePending's marks, text files).
    template<typename Result>
    static constexpr bool isGroupable
        = std::is_same_v<
              Result,
              bool> || std::is_same_v<Result, RecordedEntry> || std::is_same_v<Result, PlacedBytes>;
    static void uncommitted(bool &added, const QString &error);
    static void uncommitted(RecordedEntry &recorded, const QString &error);
    static void uncommitted(PlacedBytes &placed, const QString &error);

signals:
    // The index is open (libraryKey: ContentClaims::libraryKey of the library, worked out
    // here since it asks the file system).
    void opened(const QString &libraryKey);
    void openFailed(const QString &error);

private:
    // Runs what is queued: a run of two or more groupable tasks in one transaction, the
    // rest each on its own; then every answer in one call to the store.
    void drain();
    QString reservePath(const QString &serverFileName, const QString &promptId) const;
    void markStored(const OutputRecord &record, qint64 size, const QByteArray &sha256, const QString &path,
                    const OutputRecord *media);

    QString m_libraryDirectory;
    QString m_databasePath;
    QString m_owner;
    std::unique_ptr<LibraryIndex> m_index;
    // The last base prompt, parsed: a batch's jobs share one, parsed once, not once a job.
    QByteArray m_baseApiJson;
    QJsonObject m_baseApi;
    // Jobs added by this writer and not yet recorded from history: their prompt (to check it
    // is the one the entry is recorded with) and the facts its outputs get, from addJob's
    // parse. Memory only, bounded; a job not here has its facts read from its prompt.
    struct JobFacts
    {
        QByteArray apiJson;
        PromptFacts facts;
    };
    QHash<QString, JobFacts> m_jobFacts;
    QMutex m_tasksLock; // m_tasks and m_answerTo: the store's thread appends, this one takes
    QList<Task> m_tasks;
    QObject *m_answerTo = nullptr;
    // Set only once the index opened: null while it cannot be.
    QString m_openError;
    QElapsedTimer m_lastOpenTry;
    bool m_failureSaid = false;
    bool m_ownerHeld = false;
};

} // namespace Easel
