#pragma once

#include "outputrecord.h"
#include "wiretypes.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>
#include <memory>

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
// get), then fetched through /view and written with QSaveFile, so a file at its path is
// always complete; the row turns Stored only after that. Failed downloads are retried with
// exponential backoff; what is still Pending when Easel quits is fetched by resumePending()
// on the next start. Jobs submitted but never read from /history (Easel was closed or
// offline when they finished) are found by recoverUnfetchedJobs(), once.
class OutputStore : public QObject
{
    Q_OBJECT
public:
    OutputStore(ComfyClient *client, const QString &libraryDirectory, QObject *parent = nullptr);
    ~OutputStore() override;

    bool open();
    QString errorString() const;

    // The `type` of a text output's row: no server file, the text is in the row.
    static constexpr QLatin1StringView textOutputType{"text"};
    // Longer texts are cut (with a note at the end) before they reach the index.
    static constexpr qsizetype maxTextChars = 4 * 1024 * 1024;
    static QString boundedText(const QString &text);
    LibraryIndex *index() const { return m_index.get(); }
    QString libraryDirectory() const;
    QString server() const;

    void setRetryDelays(int firstMs, int maxMs);
    void setMaxAttemptsPerSession(int attempts) { m_maxAttempts = attempts; }

    // Called when a job is queued, so its workflow is known even if Easel quits before it ends.
    void recordJob(const QString &promptId, const QByteArray &apiJson,
                   const QByteArray &workflowJson = {}, const QByteArray &baseApiJson = {},
                   const QString &workflowName = {});
    // The workflow name (the document's) for the job with this prompt id, given by the
    // window when it queues: used by recordJob when the queue passes none, or written to
    // the job and its outputs when the job is recorded already.
    void setWorkflowName(const QString &promptId, const QString &name);
    // Records every file of the entry and starts fetching those not stored yet. Returns how
    // many of the job's files are still owed; 0 means all are stored already.
    int addHistoryEntry(const HistoryEntry &entry);
    // Reads /history/{id} itself, then as addHistoryEntry.
    void fetchJob(const QString &promptId);
    void resumePending();
    void recoverUnfetchedJobs(const QSet<QString> &except = {});
    int outstanding(const QString &promptId) const { return m_outstanding.value(promptId); }

signals:
    void outputStored(const Easel::OutputRecord &record);
    void downloadFailed(const Easel::OutputRecord &record, const QString &message, bool willRetry);
    // Every file of the job that this session tried is stored or given up on.
    void jobSettled(const QString &promptId, int failures, const QString &lastError);

private:
    // One transaction around the rows a history entry adds, committed before the call
    // returns: never held across event-loop turns, because other stores (a farm has one per
    // server) write to the same index file through their own connections, and a write
    // transaction left open would lock them out.
    void beginBatch();
    void commitBatch();
    QString reservePath(const QString &serverFileName, const QString &promptId) const;
    // fresh: the row was written just now by this store (kept in m_records).
    void enqueue(const OutputRecord &record, bool fresh = true);
    void pump();
    void download(const OutputRecord &record);
    // Puts a checked download (its SHA-256 and size known) in its place: shared with a
    // stored file of the same bytes, else at its reserved path.
    void place(const OutputRecord &record, const QString &part, const QByteArray &sha256, qint64 size);
    // The worker's step of place(): shares `shared` if it still holds the bytes, else puts
    // `part` at the reserved path; then records it through the index's content claim.
    // rounds: how many times another process was found holding the bytes at that moment.
    void placeAt(const OutputRecord &record, const QString &part, const QByteArray &sha256,
                 qint64 size, const QString &shared, int rounds);
    void placed(const QByteArray &sha256);
    // Another placement of these bytes into this library ended (ContentClaims::released):
    // the downloads that waited for it try again, and now share the stored file.
    void placeWaiting(const QString &library, const QByteArray &sha256);
    // path: where the bytes are, when not the record's reserved path (a shared file).
    // marked: the row says Stored already (the content claim wrote it).
    void stored(const OutputRecord &record, qint64 size, const OutputRecord *media = nullptr,
                const QByteArray &sha256 = {}, const QString &path = {}, bool marked = false);
    void failed(const OutputRecord &record, const QString &message);
    void settleOne(const QString &promptId, bool ok, const QString &error);
    std::function<bool(const QString &)> ownerAlive() const;

    ComfyClient *m_client;
    std::unique_ptr<LibraryIndex> m_index;
    bool m_batchOpen = false;
    bool m_ownerHeld = false;
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
    QSet<qint64> m_queued;   // in m_queue, in flight or waiting for a retry
    int m_inFlight = 0;
    int m_maxInFlight = 2;
    QHash<qint64, int> m_sessionAttempts;
    QHash<QString, int> m_outstanding; // per prompt: files queued this session, not settled
    QHash<QString, int> m_failures;
    QHash<QString, qint64> m_jobBytes; // per prompt: bytes stored this session (bytesPerJob)
    QHash<QString, QString> m_lastError;
    QSet<QString> m_fetchingJobs;
    // Content this store is placing (claimed in ContentClaims under m_libraryKey), and its
    // downloads of content that some store is placing, waiting for the release.
    struct WaitingPlacement
    {
        OutputRecord record;
        QString part;
        QByteArray sha256;
        qint64 size = 0;
    };
    QString m_libraryKey;
    QSet<QByteArray> m_claimed;
    QList<WaitingPlacement> m_waitingToPlace;
    int m_firstRetryMs = 500;
    int m_maxRetryMs = 30000;
    int m_maxAttempts = 6;
};

} // namespace Easel
