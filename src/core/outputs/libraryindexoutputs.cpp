// Reading outputs (Pending ones to resume, one, a job's, counts), favourites, tags and
// removal.

#include "libraryindex.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Easel {

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

} // namespace Easel
