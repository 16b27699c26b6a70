#include "libraryindex.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QScopeGuard>
#include <QThread>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

QAtomicInteger<quint64> s_connectionCounter;

qint64 toMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

// A null QString binds as SQL NULL, which NOT NULL columns refuse (and INSERT OR IGNORE
// then drops the row silently).
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

// Binds values to a prepared statement's positions, from the first.
void bindAll(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    int position = 0;
    for (const QVariant &value : values)
        query.bindValue(position++, value);
}

QString statementSql(int which)
{
    static const QString sql[] = {
        // AddJob
        u"INSERT OR REPLACE INTO jobs (prompt_id, server, api_json, workflow_json,"
        " changed_inputs, workflow_name, submitted_at, fetched) VALUES (?,?,?,?,?,?,?,?)"_s,
        // Job
        u"SELECT prompt_id, server, api_json, workflow_json, changed_inputs,"
        " workflow_name, submitted_at, fetched FROM jobs WHERE prompt_id = ?"_s,
        // MarkJobFetched
        u"UPDATE jobs SET fetched = 1 WHERE prompt_id = ?"_s,
        // AddPendingOutput
        u"INSERT OR IGNORE INTO outputs (state, server, prompt_id, node_id, server_filename,"
        " subfolder, type, path, size, created_at, stored_at, favourite, seed, prompt_text,"
        " workflow_name, attempts, kind, text, owner) VALUES (?,?,?,?,?,?,?,?,0,?,NULL,0,?,?,?,0,?,?,?)"_s,
        // MarkStored
        u"UPDATE outputs SET state = ?, size = ?, stored_at = ? WHERE id = ?"_s,
        // Output
        u"SELECT "_s + LibraryIndex::outputColumns() + u" FROM outputs WHERE id = ?"_s,
        // Tags
        u"SELECT tag FROM tags WHERE output_id = ? ORDER BY tag"_s,
        // OutputsOfJob
        u"SELECT "_s + LibraryIndex::outputColumns() + u" FROM outputs WHERE prompt_id = ? ORDER BY id"_s,
        // IsPathTaken
        u"SELECT 1 FROM outputs WHERE path = ?"_s,
        // MarkStoredAs
        u"UPDATE outputs SET state = ?, size = ?, stored_at = ?, path = ?, sha256 = ? WHERE id = ?"_s,
        // MarkStoredWithMedia: MarkStoredAs and SetMediaInfo in one update of the row
        u"UPDATE outputs SET state = ?, size = ?, stored_at = ?, path = ?, sha256 = ?, kind = ?,"
        " media_state = ?, width = ?, height = ?, frame_count = ?, duration_ms = ?, codec = ?,"
        " media_error = ? WHERE id = ?"_s,
        // MarkStoredHere, MarkStoredHereWithMedia: the same at the path the row holds already
        u"UPDATE outputs SET state = ?, size = ?, stored_at = ?, sha256 = ? WHERE id = ?"_s,
        u"UPDATE outputs SET state = ?, size = ?, stored_at = ?, sha256 = ?, kind = ?,"
        " media_state = ?, width = ?, height = ?, frame_count = ?, duration_ms = ?, codec = ?,"
        " media_error = ? WHERE id = ?"_s,
        // StoredWithHash: the oldest stored row with these bytes (its file is the shared one)
        u"SELECT path FROM outputs WHERE sha256 = ? AND size = ? AND state = 1 ORDER BY id LIMIT 1"_s,
        // PathReferences
        u"SELECT COUNT(*) FROM outputs WHERE path = ?"_s,
        // ForgetHash
        u"UPDATE outputs SET sha256 = NULL WHERE path = ?"_s,
        // SetMediaInfo (once per stored file: prepared once, not parsed each time)
        u"UPDATE outputs SET kind = ?, media_state = ?, width = ?, height = ?,"
        " frame_count = ?, duration_ms = ?, codec = ?, media_error = ? WHERE id = ?"_s,
        // HoldsContent: the file is still on record with these bytes
        u"SELECT 1 FROM outputs WHERE path = ? AND sha256 = ? AND size = ? AND state = 1 LIMIT 1"_s,
        // UnnamedJob, NameJob, NameOutputs: setWorkflowName, once or twice a job
        u"SELECT 1 FROM jobs WHERE prompt_id = ? AND (workflow_name IS NULL OR workflow_name = '')"_s,
        u"UPDATE jobs SET workflow_name = ? WHERE prompt_id = ? AND (workflow_name IS NULL OR workflow_name = '')"_s,
        u"UPDATE outputs SET workflow_name = ? WHERE prompt_id = ? AND (workflow_name IS NULL OR workflow_name = '')"_s,
        // Begin, Commit, Rollback (QSqlDatabase::transaction() parses "BEGIN" every time).
        // IMMEDIATE: every transaction here writes, and other processes (the window and an
        // easel-run on one library) write the same file. A deferred BEGIN that reads first
        // cannot take the write lock once another connection has committed since its read
        // (SQLITE_BUSY_SNAPSHOT, no waiting), so a batch's rows would be lost; and what it
        // read (a free path, a stored copy) would be stale. IMMEDIATE takes the lock at
        // BEGIN, waiting through busy_timeout, and reads the newest state.
        u"BEGIN IMMEDIATE"_s,
        u"COMMIT"_s,
        u"ROLLBACK"_s,
    };
    return sql[which];
}

// SQLITE_BUSY (5) or SQLITE_LOCKED (6).
bool isBusy(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == "5"_L1 || code == "6"_L1;
}

QDateTime fromMs(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

// Step n turns schema version n-1 into n. Append, never edit a shipped step.
const QList<QList<QString>> &migrations()
{
    static const QList<QList<QString>> steps = {
        {
            u"CREATE TABLE jobs ("
            "prompt_id TEXT PRIMARY KEY, server TEXT NOT NULL, api_json BLOB, workflow_json BLOB,"
            "changed_inputs BLOB, workflow_name TEXT, submitted_at INTEGER, fetched INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX jobs_unfetched ON jobs(server, fetched)"_s,
            u"CREATE TABLE outputs ("
            "id INTEGER PRIMARY KEY, state INTEGER NOT NULL, server TEXT NOT NULL,"
            "prompt_id TEXT NOT NULL, node_id TEXT NOT NULL, server_filename TEXT NOT NULL,"
            "subfolder TEXT NOT NULL, type TEXT NOT NULL, path TEXT NOT NULL UNIQUE,"
            "size INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, stored_at INTEGER,"
            "favourite INTEGER NOT NULL DEFAULT 0, seed TEXT, prompt_text TEXT, workflow_name TEXT,"
            "attempts INTEGER NOT NULL DEFAULT 0)"_s,
            // One row per file of a job: reading /history twice never duplicates.
            u"CREATE UNIQUE INDEX outputs_identity ON outputs"
            "(server, prompt_id, node_id, type, subfolder, server_filename)"_s,
            // The gallery's pages: newest first, all or favourites, by workflow.
            u"CREATE INDEX outputs_by_time ON outputs(state, created_at, id)"_s,
            u"CREATE INDEX outputs_favourites ON outputs(state, favourite, created_at, id)"_s,
            u"CREATE INDEX outputs_by_workflow ON outputs(state, workflow_name, created_at, id)"_s,
            u"CREATE INDEX outputs_by_size ON outputs(state, size, id)"_s,
            u"CREATE INDEX outputs_by_prompt ON outputs(prompt_id)"_s,
            u"CREATE TABLE tags (output_id INTEGER NOT NULL REFERENCES outputs(id) ON DELETE CASCADE,"
            "tag TEXT NOT NULL, PRIMARY KEY(output_id, tag)) WITHOUT ROWID"_s,
            u"CREATE INDEX tags_by_tag ON tags(tag, output_id)"_s,
        },
        {
            // Tags compare without case: "Portrait" typed once and "portrait" later are one
            // tag, in the filter and in the list. SQLite cannot change a column's collation
            // in place, so the table is rebuilt; the tags already given are kept (merged
            // where they differed only in case).
            u"CREATE TABLE tags_v2 (output_id INTEGER NOT NULL REFERENCES outputs(id) ON DELETE CASCADE,"
            "tag TEXT NOT NULL COLLATE NOCASE, PRIMARY KEY(output_id, tag)) WITHOUT ROWID"_s,
            u"INSERT OR IGNORE INTO tags_v2 (output_id, tag) SELECT output_id, tag FROM tags"_s,
            u"DROP TABLE tags"_s,
            u"ALTER TABLE tags_v2 RENAME TO tags"_s,
            u"CREATE INDEX tags_by_tag ON tags(tag, output_id)"_s,
        },
        {
            // Every kind of output: the kind (from the file name for rows made before, as
            // new rows get it; animated PNG/WebP are told apart when the file is read),
            // what reading the file found, and the text of text outputs. ADD COLUMN keeps
            // every row and its id, so tags and favourites stay attached.
            u"ALTER TABLE outputs ADD COLUMN kind INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE outputs ADD COLUMN media_state INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE outputs ADD COLUMN width INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE outputs ADD COLUMN height INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE outputs ADD COLUMN frame_count INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE outputs ADD COLUMN duration_ms INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE outputs ADD COLUMN codec TEXT"_s,
            u"ALTER TABLE outputs ADD COLUMN text TEXT"_s,
            u"ALTER TABLE outputs ADD COLUMN media_error TEXT"_s,
            u"UPDATE outputs SET kind = "_s + mediaKindSqlCase(u"server_filename"_s),
            u"CREATE INDEX outputs_by_kind ON outputs(state, kind, created_at, id)"_s,
        },
        {
            // Identical bytes stored once: several outputs (one row each) may point at one
            // file, found by its SHA-256 and size. The path loses its UNIQUE constraint,
            // which SQLite can only drop by rebuilding the table (foreign keys are off
            // during migrations, so the tags of each id stay as they are). Rows made before
            // have no hash and are never shared.
            u"CREATE TABLE outputs_v4 ("
            "id INTEGER PRIMARY KEY, state INTEGER NOT NULL, server TEXT NOT NULL,"
            "prompt_id TEXT NOT NULL, node_id TEXT NOT NULL, server_filename TEXT NOT NULL,"
            "subfolder TEXT NOT NULL, type TEXT NOT NULL, path TEXT NOT NULL,"
            "size INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, stored_at INTEGER,"
            "favourite INTEGER NOT NULL DEFAULT 0, seed TEXT, prompt_text TEXT, workflow_name TEXT,"
            "attempts INTEGER NOT NULL DEFAULT 0, kind INTEGER NOT NULL DEFAULT 0,"
            "media_state INTEGER NOT NULL DEFAULT 0, width INTEGER NOT NULL DEFAULT 0,"
            "height INTEGER NOT NULL DEFAULT 0, frame_count INTEGER NOT NULL DEFAULT 0,"
            "duration_ms INTEGER NOT NULL DEFAULT 0, codec TEXT, text TEXT, media_error TEXT,"
            "sha256 BLOB)"_s,
            u"INSERT INTO outputs_v4 (id, state, server, prompt_id, node_id, server_filename,"
            " subfolder, type, path, size, created_at, stored_at, favourite, seed, prompt_text,"
            " workflow_name, attempts, kind, media_state, width, height, frame_count, duration_ms,"
            " codec, text, media_error) SELECT id, state, server, prompt_id, node_id,"
            " server_filename, subfolder, type, path, size, created_at, stored_at, favourite, seed,"
            " prompt_text, workflow_name, attempts, kind, media_state, width, height, frame_count,"
            " duration_ms, codec, text, media_error FROM outputs"_s,
            u"DROP TABLE outputs"_s,
            u"ALTER TABLE outputs_v4 RENAME TO outputs"_s,
            u"CREATE UNIQUE INDEX outputs_identity ON outputs"
            "(server, prompt_id, node_id, type, subfolder, server_filename)"_s,
            u"CREATE INDEX outputs_by_time ON outputs(state, created_at, id)"_s,
            u"CREATE INDEX outputs_favourites ON outputs(state, favourite, created_at, id)"_s,
            u"CREATE INDEX outputs_by_workflow ON outputs(state, workflow_name, created_at, id)"_s,
            u"CREATE INDEX outputs_by_size ON outputs(state, size, id)"_s,
            u"CREATE INDEX outputs_by_prompt ON outputs(prompt_id)"_s,
            u"CREATE INDEX outputs_by_kind ON outputs(state, kind, created_at, id)"_s,
            // The file's references (how many rows point at it) and the sharing look-up.
            u"CREATE INDEX outputs_by_path ON outputs(path)"_s,
            u"CREATE INDEX outputs_by_hash ON outputs(sha256, size) WHERE sha256 IS NOT NULL"_s,
        },
        {
            // This session's outputs (the filmstrip: stored since the window opened, in the
            // order they were stored). Without it, a session's pages and its start walked
            // every row of the library's time index to find the few stored since.
            u"CREATE INDEX outputs_by_stored ON outputs(state, stored_at, id)"_s,
        },
        {
            // The process that records a Pending row and fetches it (LibraryOwner): two
            // processes on one library and server must never fetch one row at once. Rows
            // made before have none, and go to the first process that resumes them.
            u"ALTER TABLE outputs ADD COLUMN owner TEXT"_s,
        },
        {
            // Fewer index pages written a job (each new row is written twice: Pending, then
            // Stored). The gallery reads Stored rows only (every page and filter says
            // state = 1), so its indexes hold only those: a Pending row enters none of them,
            // and a Stored row enters each once instead of moving inside it. Favourites hold
            // only favourites (set by hand, never by a job). outputs_by_kind is read by no
            // query. Pending rows, which a start resumes by server, get an index of their
            // own that holds only them (a few rows: one page). jobs_unfetched likewise holds
            // only the jobs whose history is still to read, in the order they are resumed.
            // Each keeps its columns, state first: the queries' state = 1 stays an equality
            // on the index, so the planner picks the same index as before (without it, a
            // server filter chose outputs_identity and sorted the server's every row), and
            // counts and DISTINCT stay covering (SQLite reads a column of the index's WHERE
            // from the table).
            u"DROP INDEX outputs_by_kind"_s,
            u"DROP INDEX outputs_by_time"_s,
            u"DROP INDEX outputs_favourites"_s,
            u"DROP INDEX outputs_by_workflow"_s,
            u"DROP INDEX outputs_by_size"_s,
            u"DROP INDEX outputs_by_stored"_s,
            u"DROP INDEX jobs_unfetched"_s,
            u"DROP INDEX outputs_by_hash"_s,
            u"CREATE INDEX outputs_by_time ON outputs(state, created_at, id) WHERE state = 1"_s,
            u"CREATE INDEX outputs_favourites ON outputs(state, favourite, created_at, id)"
              " WHERE state = 1 AND favourite = 1"_s,
            u"CREATE INDEX outputs_by_workflow ON outputs(state, workflow_name, created_at, id) WHERE state = 1"_s,
            u"CREATE INDEX outputs_by_size ON outputs(state, size, id) WHERE state = 1"_s,
            u"CREATE INDEX outputs_by_stored ON outputs(state, stored_at, id) WHERE state = 1"_s,
            u"CREATE INDEX outputs_pending ON outputs(state, server) WHERE state = 0"_s,
            u"CREATE INDEX jobs_unfetched ON jobs(server, fetched, submitted_at) WHERE fetched = 0"_s,
            // The sharing look-ups (sha256 = ? AND size = ? AND state = 1) have state among the
            // hash's columns: with outputs_by_size now partial too, the planner took it
            // (state = 1 AND size = ?) over the hash, walking every stored row of that size.
            u"CREATE INDEX outputs_by_hash ON outputs(sha256, size, state) WHERE sha256 IS NOT NULL"_s,
        },
    };
    return steps;
}

} // namespace

LibraryIndex::LibraryIndex(QString libraryDirectory, QString databasePath)
    : m_libraryDirectory(QDir(libraryDirectory).absolutePath())
    , m_databasePath(databasePath.isEmpty() ? defaultDatabasePath(m_libraryDirectory)
                                            : std::move(databasePath))
    , m_connectionName(u"easel-library-%1"_s.arg(++s_connectionCounter))
    , m_cleanDirectory(m_libraryDirectory != u"/"_s && QDir::cleanPath(m_libraryDirectory) == m_libraryDirectory)
{}

LibraryIndex::~LibraryIndex()
{
    if (m_transactionDepth > 0) {
        // A batch still open (its owner went away first): keep what it wrote.
        m_transactionDepth = 1;
        commit();
    }
    for (std::unique_ptr<QSqlQuery> &query : m_statements)
        query.reset(); // before the connection closes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString LibraryIndex::defaultDatabasePath(const QString &libraryDirectory)
{
    return QDir(libraryDirectory).filePath(u".easel/library.sqlite"_s);
}

QSqlDatabase LibraryIndex::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery &LibraryIndex::statement(Statement which) const
{
    std::unique_ptr<QSqlQuery> &query = m_statements.at(size_t(which));
    if (!query) {
        query = std::make_unique<QSqlQuery>(database());
        query->setForwardOnly(true);
        // A failed prepare leaves the query unprepared: its exec() fails and says why.
        query->prepare(statementSql(int(which)));
    }
    return *query;
}

bool LibraryIndex::open()
{
    if (!QDir().mkpath(QFileInfo(m_databasePath).absolutePath())
        || !QDir().mkpath(m_libraryDirectory)) {
        m_error = QCoreApplication::translate("Easel::LibraryIndex", "Cannot create the folder for %1")
                      .arg(m_databasePath);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_databasePath);
    if (!db.open()) {
        m_error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    // WAL: readers never wait for the writer; NORMAL sync is safe with WAL. busy_timeout:
    // a write waits this long for another connection's (another process's, or a farm
    // store's) transaction, each a short batch, before failing; 10 s also covers another
    // process migrating a large library on open.
    for (const QString &pragma : {u"PRAGMA busy_timeout=10000"_s, u"PRAGMA journal_mode=WAL"_s,
                                  u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA foreign_keys=ON"_s}) {
        // Turning a new library's file to WAL takes an exclusive lock, and SQLite answers
        // "database is locked" at once, without busy_timeout, when another connection (two
        // processes opening a new library) does the same at that moment: its deadlock
        // avoidance. Tried again briefly; once WAL, the file stays WAL and later opens
        // need no such lock.
        bool ok = query.exec(pragma);
        for (int attempt = 0; !ok && attempt < 200 && isBusy(query.lastError()); ++attempt) {
            QThread::msleep(10);
            ok = query.exec(pragma);
        }
        if (!ok) {
            m_error = query.lastError().text();
            return false;
        }
    }
    return migrate();
}

int LibraryIndex::version() const
{
    QSqlQuery query(database());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool LibraryIndex::migrate()
{
    const int current = version();
    if (current > schemaVersion) {
        m_error = QCoreApplication::translate("Easel::LibraryIndex",
                                              "The library index %1 was made by a newer Easel")
                      .arg(m_databasePath);
        return false;
    }
    QSqlDatabase db = database();
    // A step may rebuild a table that others refer to (tags -> outputs): with foreign keys
    // on, dropping the old table would delete every tag. The pragma is a no-op inside a
    // transaction, so it is set around the steps; foreign_key_check runs before each commit.
    QSqlQuery pragma(db);
    if (current < schemaVersion && !pragma.exec(u"PRAGMA foreign_keys=OFF"_s)) {
        m_error = pragma.lastError().text();
        return false;
    }
    const auto keysOn = qScopeGuard([&pragma] { pragma.exec(u"PRAGMA foreign_keys=ON"_s); });
    QSqlQuery query(db);
    const auto fail = [&](const QString &error) {
        m_error = error;
        query.exec(u"ROLLBACK"_s);
        return false;
    };
    for (int step = current; step < schemaVersion; ++step) {
        // IMMEDIATE, and the version read again under the write lock: another process
        // opening the same library at the same moment (two easel-run) may have made this
        // step already; doing it twice would fail ("table already exists").
        if (!query.exec(u"BEGIN IMMEDIATE"_s)) {
            m_error = query.lastError().text();
            return false;
        }
        if (const int now = version(); now != step) {
            query.exec(u"COMMIT"_s);
            if (now < step || now > schemaVersion)
                return fail(QCoreApplication::translate("Easel::LibraryIndex",
                                                        "The library index %1 changed while it was opened")
                                .arg(m_databasePath));
            step = now - 1;
            continue;
        }
        for (const QString &statement : migrations().at(step)) {
            if (!query.exec(statement))
                return fail(query.lastError().text());
        }
        if (!query.exec(u"PRAGMA foreign_key_check"_s) || query.next())
            return fail(QCoreApplication::translate("Easel::LibraryIndex",
                                                    "The library index %1 has rows that refer to missing outputs")
                            .arg(m_databasePath));
        if (!query.exec(u"PRAGMA user_version=%1"_s.arg(step + 1)) || !query.exec(u"COMMIT"_s))
            return fail(query.lastError().text());
    }
    return true;
}

bool LibraryIndex::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    return false;
}

QString LibraryIndex::relativePath(const QString &absolutePath) const
{
    // A file straight inside the library (every reserved path): the name after the folder,
    // which is what QDir::relativeFilePath answers for it, without cleaning and splitting
    // both paths. Asked three times for each output (its reservation, its row, its Stored
    // state).
    if (m_cleanDirectory && absolutePath.size() > m_libraryDirectory.size() + 1
        && absolutePath.startsWith(m_libraryDirectory) && absolutePath.at(m_libraryDirectory.size()) == u'/') {
        const QStringView name = QStringView(absolutePath).mid(m_libraryDirectory.size() + 1);
        if (!name.contains(u'/') && name != QStringView(u".") && name != QStringView(u".."))
            return name.toString();
    }
    return QDir(m_libraryDirectory).relativeFilePath(absolutePath);
}

QString LibraryIndex::absolutePath(const QString &relativePath) const
{
    return QDir::cleanPath(QDir(m_libraryDirectory).filePath(relativePath));
}

bool LibraryIndex::addJob(const JobRecord &job)
{
    QSqlQuery &query = statement(Statement::AddJob);
    bindAll(query, {job.promptId, notNull(job.server), job.apiJson, job.workflowJson,
                    job.changedInputs, job.workflowName, toMs(job.submittedAt), job.fetched ? 1 : 0});
    const bool ok = exec(query);
    query.finish();
    return ok;
}

std::optional<JobRecord> LibraryIndex::job(const QString &promptId) const
{
    QSqlQuery &query = statement(Statement::Job);
    query.bindValue(0, promptId);
    if (!query.exec() || !query.next()) {
        query.finish();
        return std::nullopt;
    }
    JobRecord job;
    job.promptId = query.value(0).toString();
    job.server = query.value(1).toString();
    job.apiJson = query.value(2).toByteArray();
    job.workflowJson = query.value(3).toByteArray();
    job.changedInputs = query.value(4).toByteArray();
    job.workflowName = query.value(5).toString();
    job.submittedAt = fromMs(query.value(6).toLongLong());
    job.fetched = query.value(7).toInt() != 0;
    query.finish();
    return job;
}

QStringList LibraryIndex::unfetchedJobs(const QString &server) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT prompt_id FROM jobs WHERE server = ? AND fetched = 0 ORDER BY submitted_at"_s);
    query.addBindValue(server);
    QStringList ids;
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toString());
    }
    return ids;
}

bool LibraryIndex::markJobFetched(const QString &promptId)
{
    QSqlQuery &query = statement(Statement::MarkJobFetched);
    query.bindValue(0, promptId);
    const bool ok = exec(query);
    query.finish();
    return ok;
}

bool LibraryIndex::setWorkflowName(const QString &promptId, const QString &name)
{
    // Read first: the window names every job it queues, usually before the job is
    // recorded (nothing to write), and a read takes no write lock.
    QSqlQuery &unnamed = statement(Statement::UnnamedJob);
    unnamed.bindValue(0, promptId);
    const bool due = unnamed.exec() && unnamed.next();
    unnamed.finish();
    if (!due)
        return true;
    if (!transaction())
        return false;
    bool ok = true;
    for (const Statement which : {Statement::NameJob, Statement::NameOutputs}) {
        QSqlQuery &query = statement(which);
        bindAll(query, {name, promptId});
        ok = exec(query) && ok;
        query.finish();
    }
    return commit() && ok;
}

QString LibraryIndex::outputColumns()
{
    return u"id, state, server, prompt_id, node_id, server_filename, subfolder, type, path, size,"
           " created_at, stored_at, favourite, seed, prompt_text, workflow_name, attempts,"
           " kind, media_state, width, height, frame_count, duration_ms, codec, text, media_error"_s;
}

OutputRecord LibraryIndex::recordFromQuery(const QSqlQuery &query, const LibraryIndex &index)
{
    OutputRecord r;
    r.id = query.value(0).toLongLong();
    r.state = OutputRecord::State(query.value(1).toInt());
    r.server = query.value(2).toString();
    r.promptId = query.value(3).toString();
    r.nodeId = query.value(4).toString();
    r.serverFileName = query.value(5).toString();
    r.subfolder = query.value(6).toString();
    r.type = query.value(7).toString();
    r.path = index.absolutePath(query.value(8).toString());
    r.size = query.value(9).toLongLong();
    r.createdAt = fromMs(query.value(10).toLongLong());
    r.storedAt = fromMs(query.value(11).toLongLong());
    r.favourite = query.value(12).toInt() != 0;
    r.seed = query.value(13).toString();
    r.promptText = query.value(14).toString();
    r.workflowName = query.value(15).toString();
    r.attempts = query.value(16).toInt();
    r.kind = MediaKind(query.value(17).toInt());
    r.mediaState = OutputRecord::MediaState(query.value(18).toInt());
    r.width = query.value(19).toInt();
    r.height = query.value(20).toInt();
    r.frameCount = query.value(21).toInt();
    r.durationMs = query.value(22).toLongLong();
    r.codec = query.value(23).toString();
    r.text = query.value(24).toString();
    r.mediaError = query.value(25).toString();
    return r;
}

qint64 LibraryIndex::addPendingOutput(const OutputRecord &output)
{
    QSqlQuery &query = statement(Statement::AddPendingOutput);
    bindAll(query, {int(OutputRecord::State::Pending), notNull(output.server),
                    notNull(output.promptId), notNull(output.nodeId),
                    notNull(output.serverFileName), notNull(output.subfolder),
                    notNull(output.type), relativePath(output.path),
                    toMs(output.createdAt.isValid() ? output.createdAt
                                                    : QDateTime::currentDateTimeUtc()),
                    output.seed, output.promptText, output.workflowName, int(output.kind),
                    output.kind == MediaKind::Text ? QVariant(notNull(output.text)) : QVariant(),
                    m_owner.isEmpty() ? QVariant() : QVariant(m_owner)});
    const qint64 id = exec(query) && query.numRowsAffected() >= 1
                          ? query.lastInsertId().toLongLong()
                          : 0;
    query.finish();
    return id;
}

bool LibraryIndex::markStored(qint64 id, qint64 size)
{
    QSqlQuery &query = statement(Statement::MarkStored);
    bindAll(query, {int(OutputRecord::State::Stored), size, QDateTime::currentMSecsSinceEpoch(), id});
    const bool ok = exec(query);
    query.finish();
    return ok;
}

bool LibraryIndex::markStoredAs(qint64 id, qint64 size, const QByteArray &sha256, const QString &absolutePath,
                                const OutputRecord *media, const QString &rowPath)
{
    const bool here = absolutePath == rowPath;
    QSqlQuery &query = statement(here ? (media ? Statement::MarkStoredHereWithMedia : Statement::MarkStoredHere)
                                      : (media ? Statement::MarkStoredWithMedia : Statement::MarkStoredAs));
    const QVariant hash = sha256.isEmpty() ? QVariant() : QVariant(sha256);
    if (here)
        bindAll(query, {int(OutputRecord::State::Stored), size, QDateTime::currentMSecsSinceEpoch(), hash});
    else
        bindAll(query, {int(OutputRecord::State::Stored), size, QDateTime::currentMSecsSinceEpoch(),
                        relativePath(absolutePath), hash});
    if (media) {
        int position = here ? 4 : 5;
        for (const QVariant &value : {QVariant(int(media->kind)), QVariant(int(media->mediaState)), QVariant(media->width),
                                      QVariant(media->height), QVariant(media->frameCount), QVariant(media->durationMs),
                                      QVariant(media->codec), QVariant(media->mediaError)})
            query.bindValue(position++, value);
        query.bindValue(position, id);
    } else {
        query.bindValue(here ? 4 : 5, id);
    }
    const bool ok = exec(query);
    query.finish();
    return ok;
}

QString LibraryIndex::storedWithHash(const QByteArray &sha256, qint64 size) const
{
    if (sha256.isEmpty())
        return {};
    QSqlQuery &query = statement(Statement::StoredWithHash);
    bindAll(query, {sha256, size});
    QString path;
    if (query.exec() && query.next())
        path = absolutePath(query.value(0).toString());
    query.finish();
    return path;
}

std::optional<QString> LibraryIndex::claimContent(qint64 id, qint64 size, const QByteArray &sha256,
                                                  const QString &ownPath, const OutputRecord *media)
{
    if (!transaction())
        return std::nullopt;
    const QString holder = storedWithHash(sha256, size);
    if (!holder.isEmpty()) {
        commit(); // nothing written
        return holder;
    }
    const bool marked = markStoredAs(id, size, sha256, ownPath, media, ownPath);
    if (!commit() || !marked)
        return std::nullopt;
    return QString();
}

bool LibraryIndex::shareContent(qint64 id, qint64 size, const QByteArray &sha256, const QString &sharedPath,
                                const OutputRecord *media)
{
    if (!transaction())
        return false;
    QSqlQuery &query = statement(Statement::HoldsContent);
    bindAll(query, {relativePath(sharedPath), sha256, size});
    const bool held = query.exec() && query.next();
    query.finish();
    const bool marked = held && markStoredAs(id, size, sha256, sharedPath, media);
    return commit() && marked;
}

int LibraryIndex::references(const QString &absolutePath) const
{
    QSqlQuery &query = statement(Statement::PathReferences);
    query.bindValue(0, relativePath(absolutePath));
    const int count = query.exec() && query.next() ? query.value(0).toInt() : 0;
    query.finish();
    return count;
}

bool LibraryIndex::forgetHash(const QString &absolutePath)
{
    QSqlQuery &query = statement(Statement::ForgetHash);
    query.bindValue(0, relativePath(absolutePath));
    const bool ok = exec(query);
    query.finish();
    return ok;
}

bool LibraryIndex::isFileShared(qint64 id) const
{
    const std::optional<OutputRecord> record = output(id);
    return record && references(record->path) > 1;
}

bool LibraryIndex::setMediaInfo(qint64 id, const OutputRecord &media)
{
    QSqlQuery &query = statement(Statement::SetMediaInfo);
    bindAll(query, {int(media.kind), int(media.mediaState), media.width, media.height,
                    media.frameCount, media.durationMs, media.codec, media.mediaError, id});
    const bool ok = exec(query);
    query.finish();
    return ok;
}

QList<OutputRecord> LibraryIndex::unreadMedia(int limit) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT "_s + outputColumns()
                  + u" FROM outputs WHERE state = 1 AND media_state = 0 ORDER BY id LIMIT ?"_s);
    query.addBindValue(limit);
    QList<OutputRecord> records;
    if (query.exec()) {
        while (query.next())
            records.append(recordFromQuery(query, *this));
    }
    return records;
}

bool LibraryIndex::markAttemptFailed(qint64 id, int attempts)
{
    QSqlQuery query(database());
    query.prepare(u"UPDATE outputs SET attempts = ? WHERE id = ?"_s);
    query.addBindValue(attempts);
    query.addBindValue(id);
    return exec(query);
}

QList<OutputRecord> LibraryIndex::pendingOutputs(const QString &server) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT "_s + outputColumns() + u" FROM outputs WHERE state = 0"_s
                  + (server.isEmpty() ? QString() : u" AND server = ?"_s) + u" ORDER BY id"_s);
    if (!server.isEmpty())
        query.addBindValue(server);
    QList<OutputRecord> records;
    if (query.exec()) {
        while (query.next())
            records.append(recordFromQuery(query, *this));
    }
    return records;
}

QList<OutputRecord> LibraryIndex::takePendingOutputs(const QString &server, const QString &promptId,
                                                     const std::function<bool(const QString &)> &ownerAlive)
{
    // Under the write lock, so two processes resuming at once never both take a row: the
    // second finds the first's token on it, and the first alive.
    if (!transaction())
        return {};
    QString where = u"state = 0"_s;
    if (!server.isEmpty())
        where += u" AND server = ?"_s;
    if (!promptId.isEmpty())
        where += u" AND prompt_id = ?"_s;
    const auto bindWhere = [&](QSqlQuery &query) {
        if (!server.isEmpty())
            query.addBindValue(server);
        if (!promptId.isEmpty())
            query.addBindValue(promptId);
    };
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT DISTINCT owner FROM outputs WHERE "_s + where);
    bindWhere(query);
    QStringList gone;
    if (exec(query)) {
        while (query.next()) {
            const QString owner = query.value(0).toString();
            if (owner == m_owner)
                continue;
            if (owner.isEmpty() || !ownerAlive || !ownerAlive(owner))
                gone.append(owner);
        }
    }
    query.finish();
    // Rows of no owner or of a process that is gone become this one's.
    for (const QString &owner : std::as_const(gone)) {
        QSqlQuery adopt(database());
        adopt.prepare(u"UPDATE outputs SET owner = ? WHERE "_s + where
                      + (owner.isEmpty() ? u" AND (owner IS NULL OR owner = '')"_s : u" AND owner = ?"_s));
        adopt.addBindValue(m_owner.isEmpty() ? QVariant() : QVariant(m_owner));
        bindWhere(adopt);
        if (!owner.isEmpty())
            adopt.addBindValue(owner);
        exec(adopt);
    }
    QList<OutputRecord> records;
    QSqlQuery rows(database());
    rows.setForwardOnly(true);
    rows.prepare(u"SELECT "_s + outputColumns() + u" FROM outputs WHERE "_s + where
                 + (m_owner.isEmpty() ? u" AND (owner IS NULL OR owner = '')"_s : u" AND owner = ?"_s)
                 + u" ORDER BY id"_s);
    bindWhere(rows);
    if (!m_owner.isEmpty())
        rows.addBindValue(m_owner);
    if (exec(rows)) {
        while (rows.next())
            records.append(recordFromQuery(rows, *this));
    }
    rows.finish();
    commit();
    return records;
}

int LibraryIndex::pendingCount(const QString &promptId) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT COUNT(*) FROM outputs WHERE state = 0 AND prompt_id = ?"_s);
    query.addBindValue(promptId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

std::optional<OutputRecord> LibraryIndex::output(qint64 id) const
{
    QSqlQuery &query = statement(Statement::Output);
    query.bindValue(0, id);
    if (!query.exec() || !query.next()) {
        query.finish();
        return std::nullopt;
    }
    OutputRecord record = recordFromQuery(query, *this);
    query.finish();
    record.tags = tags(id);
    return record;
}

QList<OutputRecord> LibraryIndex::outputsOfJob(const QString &promptId) const
{
    QSqlQuery &query = statement(Statement::OutputsOfJob);
    query.bindValue(0, promptId);
    QList<OutputRecord> records;
    if (query.exec()) {
        while (query.next())
            records.append(recordFromQuery(query, *this));
    }
    query.finish();
    return records;
}

bool LibraryIndex::isPathTaken(const QString &absolutePath) const
{
    QSqlQuery &query = statement(Statement::IsPathTaken);
    query.bindValue(0, relativePath(absolutePath));
    const bool taken = query.exec() && query.next();
    query.finish();
    return taken;
}

int LibraryIndex::storedCount() const
{
    QSqlQuery query(database());
    return query.exec(u"SELECT COUNT(*) FROM outputs WHERE state = 1"_s) && query.next()
               ? query.value(0).toInt()
               : 0;
}

bool LibraryIndex::setFavourite(qint64 id, bool favourite)
{
    QSqlQuery query(database());
    query.prepare(u"UPDATE outputs SET favourite = ? WHERE id = ?"_s);
    query.addBindValue(favourite ? 1 : 0);
    query.addBindValue(id);
    return exec(query);
}

bool LibraryIndex::addTag(qint64 id, const QString &tag)
{
    QSqlQuery query(database());
    query.prepare(u"INSERT OR IGNORE INTO tags (output_id, tag) VALUES (?, ?)"_s);
    query.addBindValue(id);
    query.addBindValue(tag.trimmed());
    return exec(query);
}

bool LibraryIndex::removeTag(qint64 id, const QString &tag)
{
    QSqlQuery query(database());
    query.prepare(u"DELETE FROM tags WHERE output_id = ? AND tag = ?"_s);
    query.addBindValue(id);
    query.addBindValue(tag.trimmed());
    return exec(query);
}

QStringList LibraryIndex::tags(qint64 id) const
{
    QSqlQuery &query = statement(Statement::Tags);
    query.bindValue(0, id);
    QStringList result;
    if (query.exec()) {
        while (query.next())
            result.append(query.value(0).toString());
    }
    query.finish();
    return result;
}

QStringList LibraryIndex::allTags() const
{
    // DISTINCT over tags_by_tag: one pass over the index, no sort.
    QSqlQuery query(database());
    query.setForwardOnly(true);
    QStringList result;
    if (query.exec(u"SELECT DISTINCT tag FROM tags ORDER BY tag"_s)) {
        while (query.next())
            result.append(query.value(0).toString());
    }
    return result;
}

QStringList LibraryIndex::workflowNames() const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    QStringList result;
    if (query.exec(u"SELECT DISTINCT workflow_name FROM outputs WHERE state = 1"
                   " AND workflow_name IS NOT NULL AND workflow_name <> '' ORDER BY workflow_name"_s)) {
        while (query.next())
            result.append(query.value(0).toString());
    }
    return result;
}

bool LibraryIndex::removeOutput(qint64 id)
{
    QSqlQuery query(database());
    query.prepare(u"DELETE FROM outputs WHERE id = ?"_s);
    query.addBindValue(id);
    return exec(query);
}

bool LibraryIndex::transaction()
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        return true;
    }
    QSqlQuery &begin = statement(Statement::Begin);
    const bool ok = exec(begin);
    begin.finish();
    if (!ok)
        return false;
    m_transactionDepth = 1;
    return true;
}

bool LibraryIndex::commit()
{
    if (m_transactionDepth == 0)
        return false;
    if (--m_transactionDepth > 0)
        return true;
    QSqlQuery &commitStatement = statement(Statement::Commit);
    const bool ok = exec(commitStatement);
    commitStatement.finish();
    if (ok)
        return true;
    // Back to autocommit either way: a transaction left open would swallow every later
    // write into a commit that never comes.
    QSqlQuery &rollback = statement(Statement::Rollback);
    rollback.exec();
    rollback.finish();
    return false;
}

} // namespace Easel
