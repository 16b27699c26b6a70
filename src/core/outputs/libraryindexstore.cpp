// An output's row from Pending to Stored: recording it, storing it at its own file or
// sharing another's (content by hash), its media facts.

#include "libraryindex.h"
#include "libraryindexsql.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Easel {

using namespace IndexSql;

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

} // namespace Easel
