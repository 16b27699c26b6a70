#include "libraryindex.h"
#include "libraryindexsql.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Easel {

namespace IndexSql {

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

QDateTime fromMs(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

} // namespace IndexSql

using namespace IndexSql;

namespace {

QAtomicInteger<quint64> s_connectionCounter;

// How long a statement waits for another connection's lock (PRAGMA busy_timeout).
constexpr int busyTimeoutMs = 10000;

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
    for (const QString &pragma : {u"PRAGMA busy_timeout=%1"_s.arg(busyTimeoutMs), u"PRAGMA journal_mode=WAL"_s,
                                  u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA foreign_keys=ON"_s}) {
        // Turning a new library's file to WAL takes an exclusive lock, and SQLite answers
        // "database is locked" at once, without busy_timeout, when another connection (two
        // processes opening a new library) does the same at that moment: its deadlock
        // avoidance. Tried again briefly; once WAL, the file stays WAL and later opens
        // need no such lock. Briefly in all: a file another connection holds locked makes
        // each try wait the whole busy_timeout, and 200 of those kept an open waiting for
        // half an hour.
        QElapsedTimer trying;
        trying.start();
        bool ok = query.exec(pragma);
        for (int attempt = 0; !ok && attempt < 200 && isBusy(query.lastError()) && !trying.hasExpired(busyTimeoutMs);
             ++attempt) {
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

} // namespace Easel
