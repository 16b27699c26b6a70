#pragma once

#include "outputrecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <array>
#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QSqlQuery;
QT_END_NAMESPACE

namespace Easel {

// The SQLite index of one library folder: jobs (the workflow that made the outputs) and
// outputs (file, server, prompt, seed, timestamps, size, favourite, tags), plus the
// downloads still owed (state Pending) so they survive a restart. The schema carries its
// version in PRAGMA user_version and is migrated step by step on open.
// One instance per thread: QSqlDatabase connections must not cross threads, so each
// instance opens its own connection under a unique name.
class LibraryIndex
{
public:
    static constexpr int schemaVersion = 7;

    LibraryIndex(QString libraryDirectory, QString databasePath = {});
    ~LibraryIndex();
    LibraryIndex(const LibraryIndex &) = delete;
    LibraryIndex &operator=(const LibraryIndex &) = delete;

    // The default database file: a hidden folder inside the library, so the library and
    // its index move together and listings of the library show only outputs.
    static QString defaultDatabasePath(const QString &libraryDirectory);

    bool open();
    QString errorString() const { return m_error; }
    QSqlDatabase database() const;
    QString libraryDirectory() const { return m_libraryDirectory; }
    QString databasePath() const { return m_databasePath; }
    int version() const;

    QString relativePath(const QString &absolutePath) const;
    QString absolutePath(const QString &relativePath) const;

    bool addJob(const JobRecord &job);
    std::optional<JobRecord> job(const QString &promptId) const;
    QStringList unfetchedJobs(const QString &server) const;
    bool markJobFetched(const QString &promptId);
    // Names a job's workflow, and its outputs recorded so far, where they have no name yet.
    bool setWorkflowName(const QString &promptId, const QString &name);

    // Records an output the server announced; returns its id, or 0 when the same file of
    // the same job is already known (history read twice never duplicates an output).
    qint64 addPendingOutput(const OutputRecord &output);
    bool markStored(qint64 id, qint64 size);
    // Stored at absolutePath (its own reserved path, or the file of an earlier output with
    // the same bytes) with the SHA-256 of its bytes, so later identical outputs can share it.
    // media (when given): what reading the file found (as setMediaInfo), in the same
    // statement: one update of the row and its indexes, not two. rowPath: the path the row
    // holds now, when the caller knows it (its reservation); when it is absolutePath the
    // path is not written again (SQLite rewrites the index entry of every column that is
    // set, changed or not: a WAL page a job).
    bool markStoredAs(qint64 id, qint64 size, const QByteArray &sha256, const QString &absolutePath,
                      const OutputRecord *media = nullptr, const QString &rowPath = {});
    // The file of a stored output with exactly these bytes (hash and size), or empty.
    QString storedWithHash(const QByteArray &sha256, qint64 size) const;
    // The claim on content, across processes: marks the output stored at its own file
    // (ownPath, the path its row holds) with these bytes, unless another output already
    // holds them, stored by any process since storedWithHash was asked; then nothing
    // changes and that output's file is returned. Empty: this output now holds the bytes; nullopt: the index failed.
    // One BEGIN IMMEDIATE transaction: SQLite's write lock orders two processes' claims, so
    // of two that placed the same bytes at once, the second always finds the first.
    // media: what reading the file found (setMediaInfo), written in the same commit.
    std::optional<QString> claimContent(qint64 id, qint64 size, const QByteArray &sha256,
                                        const QString &ownPath, const OutputRecord *media = nullptr);
    // Marks the output stored at sharedPath, the file of an earlier output with the same
    // bytes, if that file is still on record with them (not removed or forgotten since it
    // was checked on disk); false, and nothing changed, when it no longer is.
    bool shareContent(qint64 id, qint64 size, const QByteArray &sha256, const QString &sharedPath,
                      const OutputRecord *media = nullptr);
    // How many outputs (rows, any state) point at this file: its reference count. A file
    // goes to the trash only with the last output that refers to it.
    int references(const QString &absolutePath) const;
    // The file at this path no longer holds the bytes its rows' hash says (changed or
    // removed outside Easel): it is never offered for sharing again.
    bool forgetHash(const QString &absolutePath);
    // Another output refers to this output's file too.
    bool isFileShared(qint64 id) const;
    bool markAttemptFailed(qint64 id, int attempts);
    // Writes what reading the file found: kind (an animated PNG/WebP or GIF is told apart
    // here), mediaState, size, frames, duration, codec and mediaError. Leaves the rest.
    bool setMediaInfo(qint64 id, const OutputRecord &media);
    // Stored outputs whose file has not been read yet (made before media kinds, or read
    // when Easel quit), oldest first.
    QList<OutputRecord> unreadMedia(int limit = 256) const;
    QList<OutputRecord> pendingOutputs(const QString &server = {}) const;
    // The Pending rows (of server, of promptId when given) this connection's owner may fetch:
    // its own, and those of no owner or of an owner ownerAlive says is gone, which become
    // its own in the same transaction (LibraryOwner). Rows of a live process are left.
    QList<OutputRecord> takePendingOutputs(const QString &server, const QString &promptId,
                                           const std::function<bool(const QString &owner)> &ownerAlive);
    // The owner written with every Pending row this connection adds (LibraryOwner::token()).
    void setOwner(const QString &owner) { m_owner = owner; }
    QString owner() const { return m_owner; }
    int pendingCount(const QString &promptId) const;
    std::optional<OutputRecord> output(qint64 id) const;
    QList<OutputRecord> outputsOfJob(const QString &promptId) const;
    bool isPathTaken(const QString &absolutePath) const;
    int storedCount() const;

    bool setFavourite(qint64 id, bool favourite);
    bool addTag(qint64 id, const QString &tag);
    bool removeTag(qint64 id, const QString &tag);
    QStringList tags(qint64 id) const;
    // Every tag in use and every workflow with stored outputs: the gallery's filter lists.
    QStringList allTags() const;
    QStringList workflowNames() const;
    bool removeOutput(qint64 id);

    // Nestable: only the outermost pair begins and commits, so a caller's batch (the
    // output store groups a job's rows into one commit) can hold smaller ones inside.
    bool transaction();
    bool commit();
    bool inTransaction() const { return m_transactionDepth > 0; }

    static OutputRecord recordFromQuery(const class QSqlQuery &query, const LibraryIndex &index);
    static QString outputColumns();

private:
    // The statements run for every job and output, prepared once per connection: parsing
    // the SQL again for each call was a tenth of the GUI thread's time draining a sweep.
    enum class Statement {
        AddJob,
        Job,
        MarkJobFetched,
        AddPendingOutput,
        MarkStored,
        Output,
        Tags,
        OutputsOfJob,
        IsPathTaken,
        MarkStoredAs,
        MarkStoredWithMedia,
        MarkStoredHere,
        MarkStoredHereWithMedia,
        StoredWithHash,
        PathReferences,
        ForgetHash,
        SetMediaInfo,
        HoldsContent,
        UnnamedJob,
        NameJob,
        NameOutputs,
        Begin,
        Commit,
        Rollback,
        Count
    };
    QSqlQuery &statement(Statement which) const;

    bool migrate();
    bool exec(class QSqlQuery &query);

    QString m_libraryDirectory;
    QString m_databasePath;
    QString m_connectionName;
    QString m_error;
    QString m_owner;
    int m_transactionDepth = 0;
    bool m_cleanDirectory = false; // m_libraryDirectory as QDir::cleanPath has it (relativePath)
    mutable std::array<std::unique_ptr<QSqlQuery>, size_t(Statement::Count)> m_statements;
};

} // namespace Easel
