#include "galleryquery.h"

#include "libraryindex.h"
#include "outputrecord.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

// The column a sort orders by (then by id), and which of a row's values it is.
QString keyColumn(GalleryFilter::Sort sort)
{
    switch (sort) {
    case GalleryFilter::Sort::LargestFirst:
        return u"size"_s;
    case GalleryFilter::Sort::StoredOrder:
        return u"stored_at"_s;
    case GalleryFilter::Sort::NewestFirst:
    case GalleryFilter::Sort::OldestFirst:
        break;
    }
    return u"created_at"_s;
}

qint64 keyOf(const GalleryRow &row, GalleryFilter::Sort sort)
{
    switch (sort) {
    case GalleryFilter::Sort::LargestFirst:
        return row.size;
    case GalleryFilter::Sort::StoredOrder:
        return row.storedMs;
    case GalleryFilter::Sort::NewestFirst:
    case GalleryFilter::Sort::OldestFirst:
        break;
    }
    return row.createdMs;
}

// The page's tags in one statement per 500 rows (SQLite's bound-variable limit is 999 in
// older builds), in the order LibraryIndex::tags gives them.
void readTags(const LibraryIndex &index, QList<GalleryRow> &rows)
{
    constexpr qsizetype chunk = 500;
    QHash<qint64, qsizetype> position;
    position.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        position.insert(rows.at(i).id, i);
    for (qsizetype from = 0; from < rows.size(); from += chunk) {
        const qsizetype count = std::min(chunk, rows.size() - from);
        QString marks = u"?"_s;
        for (qsizetype i = 1; i < count; ++i)
            marks += u",?"_s;
        QSqlQuery query(index.database());
        query.setForwardOnly(true);
        query.prepare(u"SELECT output_id, tag FROM tags WHERE output_id IN (%1) ORDER BY output_id, tag"_s.arg(marks));
        for (qsizetype i = from; i < from + count; ++i)
            query.addBindValue(rows.at(i).id);
        if (!query.exec()) {
            qWarning("gallery tags query failed: %s", qPrintable(query.lastError().text()));
            continue;
        }
        while (query.next()) {
            const auto it = position.constFind(query.value(0).toLongLong());
            if (it != position.cend())
                rows[it.value()].tags.append(query.value(1).toString());
        }
    }
}

} // namespace

GalleryRow GalleryRow::fromRecord(const OutputRecord &record)
{
    GalleryRow row;
    row.id = record.id;
    row.path = record.path;
    row.serverFileName = record.serverFileName;
    row.server = record.server;
    row.promptId = record.promptId;
    row.nodeId = record.nodeId;
    row.seed = record.seed;
    row.promptText = record.promptText;
    row.createdMs = record.createdAt.toMSecsSinceEpoch();
    row.storedMs = record.storedAt.isValid() ? record.storedAt.toMSecsSinceEpoch() : 0;
    row.size = record.size;
    row.favourite = record.favourite;
    row.kind = record.kind;
    row.tags = record.tags;
    return row;
}

bool GalleryQuery::isAscending(GalleryFilter::Sort sort)
{
    return sort == GalleryFilter::Sort::OldestFirst || sort == GalleryFilter::Sort::StoredOrder;
}

GalleryQuery::Statement GalleryQuery::statement(qint64 anchorKey) const
{
    Statement statement;
    QString &sql = statement.sql;
    QVariantList &binds = statement.binds;
    sql = u"SELECT id, path, server_filename, prompt_id, node_id, seed, prompt_text,"
          " created_at, size, favourite, server, stored_at, kind FROM outputs WHERE state = 1"_s;
    if (filter.favouritesOnly)
        sql += u" AND favourite = 1"_s;
    if (filter.from.isValid()) {
        sql += u" AND created_at >= ?"_s;
        binds << filter.from.toMSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        sql += u" AND created_at < ?"_s;
        binds << filter.to.toMSecsSinceEpoch();
    }
    if (filter.storedFrom.isValid()) {
        sql += u" AND stored_at >= ?"_s;
        binds << filter.storedFrom.toMSecsSinceEpoch();
    }
    if (!filter.workflowName.isEmpty()) {
        sql += u" AND workflow_name = ?"_s;
        binds << filter.workflowName;
    }
    if (!filter.server.isEmpty()) {
        sql += u" AND server = ?"_s;
        binds << filter.server;
    }
    if (!filter.tag.isEmpty()) {
        sql += u" AND EXISTS (SELECT 1 FROM tags WHERE tags.output_id = outputs.id AND tags.tag = ?)"_s;
        binds << filter.tag;
    }
    if (!filter.text.isEmpty()) {
        QString pattern = filter.text;
        pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        pattern = u'%' + pattern + u'%';
        sql += u" AND (prompt_text LIKE ? ESCAPE '\\' OR server_filename LIKE ? ESCAPE '\\'"
               " OR seed = ?)"_s;
        binds << pattern << pattern << filter.text.trimmed();
    }
    // Keyset pagination: continue after the last row held (or before the first one), on the
    // sort's own index. Reading before the first row walks the same index the other way.
    const bool descending = !isAscending(filter.sort);
    const QString key = keyColumn(filter.sort);
    if (anchor) {
        const bool less = descending != before;
        sql += u" AND (%1, id) %2 (?, ?)"_s.arg(key, less ? u"<"_s : u">"_s);
        binds << anchorKey << anchor->id;
    }
    const QString direction = descending != before ? u"DESC"_s : u"ASC"_s;
    sql += u" ORDER BY %1 %2, id %2"_s.arg(key, direction);
    sql += u" LIMIT %1"_s.arg(limit);
    return statement;
}

QList<GalleryRow> GalleryQuery::run(const LibraryIndex &index) const
{
    qint64 anchorKey = anchor ? keyOf(*anchor, filter.sort) : 0;
    if (anchor) {
        QSqlQuery key(index.database());
        key.setForwardOnly(true);
        key.prepare(u"SELECT %1 FROM outputs WHERE id = ?"_s.arg(keyColumn(filter.sort)));
        key.addBindValue(anchor->id);
        if (key.exec() && key.next() && !key.value(0).isNull())
            anchorKey = key.value(0).toLongLong();
    }
    const Statement statement = this->statement(anchorKey);
    QSqlQuery query(index.database());
    query.setForwardOnly(true);
    query.prepare(statement.sql);
    for (const QVariant &bind : statement.binds)
        query.addBindValue(bind);
    QList<GalleryRow> rows;
    if (!query.exec()) {
        qWarning("gallery query failed: %s", qPrintable(query.lastError().text()));
        return rows;
    }
    rows.reserve(limit);
    while (query.next()) {
        GalleryRow row;
        row.id = query.value(0).toLongLong();
        row.path = index.absolutePath(query.value(1).toString());
        row.serverFileName = query.value(2).toString();
        row.promptId = query.value(3).toString();
        row.nodeId = query.value(4).toString();
        row.seed = query.value(5).toString();
        row.promptText = query.value(6).toString();
        row.createdMs = query.value(7).toLongLong();
        row.size = query.value(8).toLongLong();
        row.favourite = query.value(9).toInt() != 0;
        row.server = query.value(10).toString();
        row.storedMs = query.value(11).toLongLong();
        row.kind = MediaKind(query.value(12).toInt());
        rows.append(row);
    }
    readTags(index, rows);
    if (before)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

bool GalleryQuery::matches(const GalleryFilter &filter, const OutputRecord &record)
{
    const qint64 created = record.createdAt.toMSecsSinceEpoch();
    if (filter.favouritesOnly && !record.favourite)
        return false;
    if (filter.from.isValid() && created < filter.from.toMSecsSinceEpoch())
        return false;
    if (filter.to.isValid() && created >= filter.to.toMSecsSinceEpoch())
        return false;
    if (filter.storedFrom.isValid()
        && (!record.storedAt.isValid() || record.storedAt < filter.storedFrom))
        return false;
    if (!filter.workflowName.isEmpty() && record.workflowName != filter.workflowName)
        return false;
    if (!filter.server.isEmpty() && record.server != filter.server)
        return false;
    if (!filter.tag.isEmpty() && !record.tags.contains(filter.tag, Qt::CaseInsensitive))
        return false;
    if (!filter.text.isEmpty() && !record.promptText.contains(filter.text, Qt::CaseInsensitive)
        && !record.serverFileName.contains(filter.text, Qt::CaseInsensitive)
        && record.seed != filter.text.trimmed())
        return false;
    return true;
}

} // namespace Easel
