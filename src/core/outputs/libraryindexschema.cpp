// The index's schema: its steps from an empty file to schemaVersion, and the migration that
// runs them on open.

#include "libraryindex.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

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

} // namespace Easel
