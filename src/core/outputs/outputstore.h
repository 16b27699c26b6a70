#pragma once

#include "outputrecord.h"
#include "outputstorewriter.h"
#include "wiretypes.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QThread>
#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

namespace Easel {

class ComfyClient;
class LibraryIndex;
struct HistoryEntry;

// Brings every output of Easel's jobs onto the artist's disk and into the library index.
// Identical bytes are stored once: a download whose SHA-256 and size match a stored file
// (checked again on disk) is not kept; its row points at that file (one row per output).
// Identical bytes in flight in two stores of one library (a farm: one store per server)
// are placed one after the other through ContentClaims, so the second shares the first;
// across processes (the window and an easel-run on one library) the index decides when
// the row is recorded (LibraryIndex::claimContent), and the later one shares the file.
// A history entry's files are first recorded as Pending rows (each with the path it will
// get), then fetched through /view (kept in memory up to ProtocolLimits::viewInMemoryBytes
// and written once, else streamed to a part file and renamed), so a file at its path is
// always complete; the row turns Stored only after that. Failed downloads are retried with
// exponential backoff; what is still Pending when Easel quits is fetched by resumePending()
// on the next start. Jobs submitted but never read from /history (Easel was closed or
// offline when they finished) are found by recoverUnfetchedJobs(), once.
// The index's open and migration, its writes and the file work run on the store's writer
// thread (OutputStoreWriter), in the order they were asked for; the GUI thread never waits
// on a migration, on the index's write lock (another process may hold it for seconds) or
// on the disk. Work asked before the index is open waits behind the open on that thread.
class OutputStore : public QObject
{
    Q_OBJECT
public:
    OutputStore(ComfyClient *client, const QString &libraryDirectory, QObject *parent = nullptr);
    ~OutputStore() override;

    enum class LibraryState {
        Closed,  // open() not called yet
        Opening, // on the writer thread
        Open,
        Failed,  // errorString() says why; tried again with the writer's next call
    };
    Q_ENUM(LibraryState)

    // Starts the writer thread and opens (migrates, when need be) the index there; returns
    // at once. libraryOpened() or libraryFailed() follows. Every call below may be made
    // meanwhile: it runs once the open is through. Should the open fail, jobs still run:
    // recordJob still calls back (the prompt is posted), and a history entry's outputs
    // fail to be recorded, so the job settles as failed with the reason, its files left on
    // the server; the writer tries the open again with each later call (at most every
    // OutputStoreWriter::retryOpenMs), and libraryOpened() says when it worked.
    void open();
    LibraryState libraryState() const { return m_state; }
    // Why the library could not be opened (Failed), else empty.
    QString errorString() const { return m_error; }

    // The `type` of a text output's row: no server file, the text is in the row.
    static constexpr QLatin1StringView textOutputType{"text"};
    // Longer texts are cut (with a note at the end) before they reach the index.
    static constexpr qsizetype maxTextChars = 4 * 1024 * 1024;
    static QString boundedText(const QString &text);
    // A connection on the calling thread, opened (and migrated if need be) at the first
    // call: for tests and tools that read the library where they run. Not for the GUI
    // thread (file I/O): the window's parts open their own on a worker (GalleryWorker)
    // from libraryDirectory() and databasePath(). The store's own writes go through its
    // writer thread.
    LibraryIndex *index() const;
    QString libraryDirectory() const;
    QString databasePath() const;
    QString server() const;

    void setRetryDelays(int firstMs, int maxMs);
    void setMaxAttemptsPerSession(int attempts) { m_maxAttempts = attempts; }

    // Called when a job is queued, so its workflow is known even if Easel quits before it
    // ends. The row is written on the writer thread; recorded (when given) is called on
    // this store's thread once it is committed, unless context is gone by then: the
    // prompt is posted only then, so a job the server has is always in the index. api:
    // apiJson parsed by the caller when it has it (not parsed again for the changed inputs).
    void recordJob(const QString &promptId, const QByteArray &apiJson,
                   const QByteArray &workflowJson = {}, const QByteArray &baseApiJson = {},
                   const QString &workflowName = {}, QObject *context = nullptr,
                   std::function<void()> recorded = {}, std::optional<QJsonObject> api = {});
    // The workflow name (the document's) for the job with this prompt id, given by the
    // window when it queues: used by recordJob when the queue passes none, or written to
    // the job and its outputs when the job is recorded already.
    void setWorkflowName(const QString &promptId, const QString &name);
    // Records every file of the entry (on the writer thread) and fetches those not stored
    // yet. Returns 0 when the entry lists no output, else how many of the job's files and
    // entries this store still owes (> 0): jobSettled follows once all are stored or given
    // up on, including when every file turns out to be stored already (history read twice).
    int addHistoryEntry(const HistoryEntry &entry);
    // Reads /history/{id} itself, then as addHistoryEntry.
    void fetchJob(const QString &promptId);
    // Fetches the Pending rows of this server that this process may take (its own, and
    // those no live process owns: LibraryOwner); resumed(n) says how many once known.
    void resumePending();
    void recoverUnfetchedJobs(const QSet<QString> &except = {});
    int outstanding(const QString &promptId) const { return m_outstanding.value(promptId); }
    // The job's outputs the library held Stored already when its history was recorded
    // again this session (every file known): what a job that settles with nothing new
    // produced. Valid while jobSettled is emitted for it, forgotten after.
    QList<OutputRecord> storedBefore(const QString &promptId) const { return m_storedBefore.value(promptId); }
    // Downloads on disk waiting for another placement of the same bytes (ContentClaims).
    int placementsWaiting() const { return int(m_waitingToPlace.size()); }

signals:
    void outputStored(const Easel::OutputRecord &record);
    void downloadFailed(const Easel::OutputRecord &record, const QString &message, bool willRetry);
    // Every file of the job that this session tried is stored or given up on.
    void jobSettled(const QString &promptId, int failures, const QString &lastError);
    // resumePending() found this many rows to fetch (and those found complete on disk).
    void resumed(int rows);
    // The index is open on the writer thread (after open(), or later, after a failure).
    void libraryOpened();
    // The index could not be opened (error: why); said once until it opens.
    void libraryFailed(const QString &error);

private:
    // Runs work(writer) on the writer thread, then done(result) on this store's thread once
    // its writes are committed (OutputStoreWriter::post: what is queued meanwhile goes in
    // the same wake-up, its answers in one queued call).
    template<typename Work, typename Done>
    void onWriter(Work work, Done done);
    template<typename Work>
    void onWriter(Work work);
    void entryRecorded(const QString &promptId, const OutputStoreWriter::RecordedEntry &recorded);
    // fresh: the row was written just now by this store (kept in m_records).
    void enqueue(const OutputRecord &record);
    void pump();
    void download(const OutputRecord &record);
    // A finished download: its SHA-256 and size, and its bytes when they stayed in memory
    // (else they are in part).
    struct Fetched
    {
        OutputRecord record;
        QString part;
        QByteArray sha256;
        qint64 size = 0;
        QByteArray bytes;
        bool inMemory = false;
    };
    // Puts a download in its place, on the writer, once checked against its type: shared
    // with a stored file of the same bytes, else at its reserved path.
    void place(const Fetched &fetched);
    void placed(const OutputRecord &record, const OutputStoreWriter::Placed &result, const QByteArray &sha256);
    // Another placement of these bytes into this library ended (ContentClaims::released):
    // the downloads that waited for it try again, and now share the stored file.
    void placeWaiting(const QString &library, const QByteArray &sha256);
    // The row is Stored in the index (the writer marked it): tell and settle.
    void stored(const OutputRecord &record, qint64 size, const OutputRecord *media, const QString &path);
    void failed(const OutputRecord &record, const QString &message, const QString &part = {});
    void settleOne(const QString &promptId, bool ok, const QString &error);

    ComfyClient *m_client;
    // Opened by index() only: until then it holds the library's paths.
    std::unique_ptr<LibraryIndex> m_index;
    mutable bool m_indexOpened = false;
    OutputStoreWriter *m_writer = nullptr;
    QThread *m_writerThread = nullptr;
    LibraryState m_state = LibraryState::Closed;
    QString m_error;
    bool m_resumeAsked = false;
    QHash<QString, QList<OutputRecord>> m_storedBefore;
    // Jobs recorded this session and not yet read from history: what addHistoryEntry needs
    // of them, without reading the row back. A cache only; the index has the same.
    struct RecentJob
    {
        QByteArray apiJson;
        QString workflowName;
    };
    QHash<QString, RecentJob> m_recentJobs;
    QList<qint64> m_queue;
    QHash<qint64, OutputRecord> m_records; // queued this session, as the index has them
    QHash<QString, QString> m_pendingNames; // prompt id -> workflow name, until recorded
    // Names of jobs not recorded this session, for the index should an earlier session
    // have recorded them: written with the writer's next call (no call of their own).
    QList<std::pair<QString, QString>> m_namesToWrite;
    QSet<qint64> m_queued;   // in m_queue, in flight or waiting for a retry
    int m_inFlight = 0;
    int m_maxInFlight = 2;
    QHash<qint64, int> m_sessionAttempts;
    QHash<QString, int> m_outstanding; // per prompt: files and entries owed this session
    QHash<QString, int> m_failures;
    QHash<QString, qint64> m_jobBytes; // per prompt: bytes stored this session (bytesPerJob)
    QHash<QString, QString> m_lastError;
    QSet<QString> m_fetchingJobs;
    // Content this store is placing (claimed in ContentClaims under m_libraryKey), and its
    // downloads of content that some store is placing, waiting for the release (each in
    // flight: at most m_maxInFlight bodies in memory).
    QString m_libraryKey;
    QSet<QByteArray> m_claimed;
    QList<Fetched> m_waitingToPlace;
    int m_firstRetryMs = 500;
    int m_maxRetryMs = 30000;
    int m_maxAttempts = 6;
};

template<typename Work, typename Done>
void OutputStore::onWriter(Work work, Done done)
{
    using Result = std::invoke_result_t<Work &, OutputStoreWriter &>;
    // The store outlives every call: its destructor lets the writer finish its queue. The
    // answer is made once the writes are committed, and turned into a failure should a
    // group's commit fail (OutputStoreWriter::isGroupable).
    m_writer->post(
        this,
        {OutputStoreWriter::isGroupable<Result>,
         [names = std::exchange(m_namesToWrite, {}),
          work = std::move(work),
          done = std::move(done)](OutputStoreWriter &writer) mutable -> OutputStoreWriter::Finish {
             for (const auto &[promptId, name] : std::as_const(names))
                 writer.setWorkflowName(promptId, name);
             return [result = work(writer), done = std::move(done)](
                        const QString &notCommitted) mutable -> OutputStoreWriter::Answer {
                 if constexpr (OutputStoreWriter::isGroupable<Result>) {
                     if (!notCommitted.isEmpty())
                         OutputStoreWriter::uncommitted(result, notCommitted);
                 }
                 return [result = std::move(result), done = std::move(done)]() mutable {
                     done(result);
                 };
             };
         }});
}

template<typename Work>
void OutputStore::onWriter(Work work)
{
    m_writer->post(this,
                   {false,
                    [names = std::exchange(m_namesToWrite, {}), work = std::move(work)](
                        OutputStoreWriter &writer) mutable -> OutputStoreWriter::Finish {
                        for (const auto &[promptId, name] : std::as_const(names))
                            writer.setWorkflowName(promptId, name);
                        work(writer);
                        return {};
                    }});
}

} // namespace Easel
