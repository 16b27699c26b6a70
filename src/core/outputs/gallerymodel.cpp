#include "gallerymodel.h"

#include "libraryindex.h"
#include "outputrecord.h"
#include "thumbnailprovider.h"
#include "futurecallback.h"

#include <QFileInfo>
#include <QMimeData>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Easel {

GalleryModel::GalleryModel(LibraryIndex *index, QObject *parent)
    : QAbstractListModel(parent)
    , m_index(index)
{}

void GalleryModel::setThumbnailProvider(ThumbnailProvider *provider)
{
    if (m_thumbnails)
        disconnect(m_thumbnails, nullptr, this, nullptr);
    m_thumbnails = provider;
    if (provider)
        connect(provider, &ThumbnailProvider::thumbnailReady, this, &GalleryModel::onThumbnailReady);
}

void GalleryModel::setFilter(const GalleryFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void GalleryModel::reload()
{
    if (m_worker) {
        startReload();
        return;
    }
    // The first page inside the reset: a view gets one signal and has something to show
    // without waiting for fetchMore. The order's last page when anchored at the end, read
    // backwards on the same index.
    setFirstPage(runQuery(*m_index, m_filter, std::nullopt, m_anchorEnd, m_pageSize));
}

void GalleryModel::setFirstPage(const QList<Row> &page)
{
    m_busy = true;
    beginResetModel();
    m_rows.clear();
    m_sequenceOfPath.clear();
    m_firstSequence = 0;
    m_atEnd = m_anchorEnd || page.size() < m_pageSize;
    m_atStart = !m_anchorEnd || page.size() < m_pageSize;
    for (const Row &row : page) {
        m_sequenceOfPath.insert(row.path, m_rows.size());
        m_rows.append(row);
    }
    endResetModel();
    m_busy = false;
}

void GalleryModel::startReload()
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_fetching = false;
    const QString directory = m_index->libraryDirectory();
    const QString database = m_index->databasePath();
    const GalleryFilter filter = m_filter;
    const bool fromEnd = m_anchorEnd;
    const int limit = m_pageSize;
    const QFuture<QList<Row>> answer = QtConcurrent::run([directory, database, filter, fromEnd, limit] {
        // A connection of this thread's own (connections never cross threads); WAL lets
        // it read while the GUI thread's connection writes.
        LibraryIndex index(directory, database);
        if (!index.open())
            return QList<Row>();
        return runQuery(index, filter, std::nullopt, fromEnd, limit);
    });
    onFinished(answer, this, [this, generation](const QList<Row> &page) {
        if (generation != m_generation)
            return; // another filter was chosen meanwhile
        m_loading = false;
        setFirstPage(page);
        // Outputs stored while the query ran (it may not have seen them) join now.
        const QList<OutputRecord> arrived = std::exchange(m_arrivedWhileLoading, {});
        for (const OutputRecord &record : arrived)
            addStored(record);
    });
}

void GalleryModel::startFetch()
{
    if (m_rows.isEmpty())
        return;
    m_fetching = true;
    const quint64 generation = m_generation;
    const QString directory = m_index->libraryDirectory();
    const QString database = m_index->databasePath();
    const GalleryFilter filter = m_filter;
    const Row anchor = m_rows.constLast();
    const int limit = m_pageSize;
    const QFuture<QList<Row>> answer = QtConcurrent::run([directory, database, filter, anchor, limit] {
        LibraryIndex index(directory, database);
        if (!index.open())
            return QList<Row>();
        return runQuery(index, filter, anchor, false, limit);
    });
    onFinished(answer, this, [this, generation, anchorId = anchor.id](const QList<Row> &page) {
        if (generation != m_generation)
            return;
        m_fetching = false;
        // The window moved meanwhile (rows dropped at the end): a view asks again.
        if (m_rows.isEmpty() || m_rows.constLast().id != anchorId)
            return;
        insertPage(page);
    });
}

QStringList GalleryModel::serverNames() const
{
    // outputs_identity begins with the server: this walks that index, not the table (a
    // server whose only outputs are still downloading is listed too).
    QSqlQuery query(m_index->database());
    query.setForwardOnly(true);
    QStringList names;
    if (!query.exec(u"SELECT DISTINCT server FROM outputs ORDER BY server"_s)) {
        qWarning("gallery server query failed: %s", qPrintable(query.lastError().text()));
        return names;
    }
    while (query.next()) {
        const QString server = query.value(0).toString();
        if (!server.isEmpty())
            names.append(server);
    }
    return names;
}

QList<GalleryModel::Row> GalleryModel::queryPage(int limit, bool before) const
{
    std::optional<Row> anchor;
    if (!m_rows.isEmpty())
        anchor = before ? m_rows.constFirst() : m_rows.constLast();
    return runQuery(*m_index, m_filter, anchor, before, limit);
}

QList<GalleryModel::Row> GalleryModel::runQuery(const LibraryIndex &index, const GalleryFilter &filter,
                                                const std::optional<Row> &anchor, bool before, int limit)
{
    QString sql = u"SELECT id, path, server_filename, prompt_id, node_id, seed, prompt_text,"
                  " created_at, size, favourite, server FROM outputs WHERE state = 1"_s;
    QVariantList binds;
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
    const bool descending = filter.sort != GalleryFilter::Sort::OldestFirst;
    const bool bySize = filter.sort == GalleryFilter::Sort::LargestFirst;
    const QString key = bySize ? u"size"_s : u"created_at"_s;
    if (anchor) {
        const bool less = descending != before;
        sql += u" AND (%1, id) %2 (?, ?)"_s.arg(key, less ? u"<"_s : u">"_s);
        binds << (bySize ? anchor->size : anchor->createdMs) << anchor->id;
    }
    const QString direction = descending != before ? u"DESC"_s : u"ASC"_s;
    sql += u" ORDER BY %1 %2, id %2"_s.arg(key, direction);
    sql += u" LIMIT %1"_s.arg(limit);

    QSqlQuery query(index.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &bind : std::as_const(binds))
        query.addBindValue(bind);
    QList<Row> rows;
    if (!query.exec()) {
        qWarning("gallery query failed: %s", qPrintable(query.lastError().text()));
        return rows;
    }
    rows.reserve(limit);
    while (query.next()) {
        Row row;
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
        rows.append(row);
    }
    if (before)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

bool GalleryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading && !m_fetching;
}

void GalleryModel::fetchMore(const QModelIndex &parent)
{
    // Not from inside our own signals: a slot on rowsAboutToBeInserted or modelReset that
    // fetches (QAbstractItemModelTester does) would otherwise nest a second insertion into
    // the first, with a keyset that does not yet include the rows being added.
    if (parent.isValid() || m_atEnd || m_busy || m_loading || m_fetching)
        return;
    if (m_worker) {
        startFetch();
        return;
    }
    // A page of an indexed keyset query takes well under a millisecond, even at row
    // 100,000; without a worker (the filmstrip, tests) it runs here.
    insertPage(queryPage(m_pageSize));
}

void GalleryModel::insertPage(const QList<Row> &page)
{
    if (page.size() < m_pageSize)
        m_atEnd = true;
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    m_busy = true;
    beginInsertRows({}, first, first + int(page.size()) - 1);
    for (const Row &row : page) {
        m_sequenceOfPath.insert(row.path, m_firstSequence + m_rows.size());
        m_rows.append(row);
    }
    endInsertRows();
    m_busy = false;
}

int GalleryModel::fetchEarlier()
{
    if (m_atStart || m_busy)
        return 0;
    const QList<Row> page = queryPage(m_pageSize, true);
    if (page.size() < m_pageSize)
        m_atStart = true;
    if (page.isEmpty())
        return 0;
    const int count = int(page.size());
    m_busy = true;
    beginInsertRows({}, 0, count - 1);
    m_firstSequence -= count;
    for (int i = 0; i < count; ++i)
        m_sequenceOfPath.insert(page.at(i).path, m_firstSequence + i);
    m_rows = page + m_rows;
    if (m_inUseFirst >= 0) {
        m_inUseFirst += count;
        m_inUseLast += count;
    }
    endInsertRows();
    m_busy = false;
    return count;
}

void GalleryModel::setRowsInUse(int first, int last)
{
    m_inUseFirst = first;
    m_inUseLast = std::max(first, last);
    trim();
}

void GalleryModel::trim()
{
    const int rows = int(m_rows.size());
    if (m_busy || rows <= m_maxRows)
        return;
    int from = 0;
    int count = 0;
    if (m_anchorEnd) {
        // The live end is the last row: the oldest rows at the start go, not those shown.
        count = rows - m_maxRows;
        if (m_inUseFirst >= 0)
            count = std::min(count, std::max(0, m_inUseFirst - m_pageSize));
    } else {
        int keep = m_maxRows;
        if (m_inUseLast >= 0)
            keep = std::max(keep, m_inUseLast + 1 + m_pageSize);
        from = keep;
        count = rows - keep;
    }
    if (count <= 0)
        return;
    m_busy = true;
    beginRemoveRows({}, from, from + count - 1);
    for (int i = from; i < from + count; ++i) {
        // A path shared by identical outputs may now name a row still held.
        const auto it = m_sequenceOfPath.constFind(m_rows.at(i).path);
        if (it != m_sequenceOfPath.cend() && it.value() == m_firstSequence + i)
            m_sequenceOfPath.erase(it);
    }
    m_rows.remove(from, count);
    if (from == 0) {
        m_firstSequence += count;
        m_atStart = false;
        if (m_inUseFirst >= 0) {
            m_inUseFirst = std::max(0, m_inUseFirst - count);
            m_inUseLast = std::max(0, m_inUseLast - count);
        }
    } else {
        m_atEnd = false;
    }
    endRemoveRows();
    m_busy = false;
}

bool GalleryModel::matches(const OutputRecord &record) const
{
    const qint64 created = record.createdAt.toMSecsSinceEpoch();
    if (m_filter.favouritesOnly && !record.favourite)
        return false;
    if (m_filter.from.isValid() && created < m_filter.from.toMSecsSinceEpoch())
        return false;
    if (m_filter.to.isValid() && created >= m_filter.to.toMSecsSinceEpoch())
        return false;
    if (m_filter.storedFrom.isValid()
        && (!record.storedAt.isValid() || record.storedAt < m_filter.storedFrom))
        return false;
    if (!m_filter.workflowName.isEmpty() && record.workflowName != m_filter.workflowName)
        return false;
    if (!m_filter.server.isEmpty() && record.server != m_filter.server)
        return false;
    if (!m_filter.tag.isEmpty() && !record.tags.contains(m_filter.tag, Qt::CaseInsensitive))
        return false;
    if (!m_filter.text.isEmpty() && !record.promptText.contains(m_filter.text, Qt::CaseInsensitive)
        && !record.serverFileName.contains(m_filter.text, Qt::CaseInsensitive)
        && record.seed != m_filter.text.trimmed())
        return false;
    return true;
}

void GalleryModel::addStored(const OutputRecord &record)
{
    if (m_loading) {
        if (matches(record))
            m_arrivedWhileLoading.append(record);
        return;
    }
    if (!matches(record) || indexOfId(record.id).isValid())
        return;
    const bool oldestFirst = m_filter.sort == GalleryFilter::Sort::OldestFirst;
    if (oldestFirst && !m_atEnd)
        return; // newer than every row paged in: the next page brings it
    if (!oldestFirst && m_filter.sort != GalleryFilter::Sort::NewestFirst) {
        // Its place depends on rows not paged in yet; a reload puts it right.
        reload();
        return;
    }
    Row row;
    row.id = record.id;
    row.path = record.path;
    row.serverFileName = record.serverFileName;
    row.server = record.server;
    row.promptId = record.promptId;
    row.nodeId = record.nodeId;
    row.seed = record.seed;
    row.promptText = record.promptText;
    row.createdMs = record.createdAt.toMSecsSinceEpoch();
    row.size = record.size;
    row.favourite = record.favourite;
    if (oldestFirst) {
        // A filmstrip: newest at the end, where it is followed.
        const int last = int(m_rows.size());
        m_busy = true;
        beginInsertRows({}, last, last);
        m_sequenceOfPath.insert(row.path, m_firstSequence + last);
        m_rows.append(row);
        endInsertRows();
        m_busy = false;
        trim();
        return;
    }
    if (!m_atStart)
        return; // above the rows held: fetchEarlier brings it
    // Outputs arrive newest last; a late download of an older job still goes to the top,
    // the place the artist looks.
    m_busy = true;
    beginInsertRows({}, 0, 0);
    m_rows.prepend(row);
    // The rows in use stay as they are: a view keeps its scroll offset, so it shows the
    // same row numbers (one output further down the order).
    m_sequenceOfPath.insert(row.path, --m_firstSequence);
    endInsertRows();
    m_busy = false;
    trim();
}

QModelIndex GalleryModel::indexOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return index(i);
    }
    return {};
}

bool GalleryModel::setFavourite(const QModelIndex &index, bool favourite)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = m_rows[index.row()];
    if (!m_index->setFavourite(row.id, favourite))
        return false;
    row.favourite = favourite;
    emit dataChanged(index, index, {FavouriteRole});
    return true;
}

void GalleryModel::noteFavourite(qint64 id, bool favourite)
{
    const QModelIndex changed = indexOfId(id);
    if (!changed.isValid())
        return;
    if (m_filter.favouritesOnly && !favourite) {
        removeIds({id});
        return;
    }
    m_rows[changed.row()].favourite = favourite;
    emit dataChanged(changed, changed, {FavouriteRole});
}

void GalleryModel::noteTagsChanged(qint64 id)
{
    const QModelIndex changed = indexOfId(id);
    if (changed.isValid())
        emit dataChanged(changed, changed, {TagsRole, Qt::ToolTipRole});
}

bool GalleryModel::addTag(const QList<qint64> &ids, const QString &tag)
{
    return changeTag(ids, tag, true);
}

bool GalleryModel::removeTag(const QList<qint64> &ids, const QString &tag)
{
    return changeTag(ids, tag, false);
}

bool GalleryModel::changeTag(const QList<qint64> &ids, const QString &tag, bool add)
{
    const QString name = tag.trimmed();
    if (name.isEmpty() || ids.isEmpty())
        return false;
    // One transaction: tagging a thousand selected outputs is one disk sync, not a thousand.
    m_index->transaction();
    bool ok = true;
    for (const qint64 id : ids)
        ok = (add ? m_index->addTag(id, name) : m_index->removeTag(id, name)) && ok;
    if (!m_index->commit())
        ok = false;
    if (!add && !m_filter.tag.isEmpty() && m_filter.tag.compare(name, Qt::CaseInsensitive) == 0) {
        removeIds(ids);
        return ok;
    }
    // One pass over the rows, not one scan per id: a selection can be large.
    const QSet<qint64> tagged(ids.cbegin(), ids.cend());
    for (int i = 0; i < m_rows.size(); ++i) {
        if (tagged.contains(m_rows.at(i).id))
            emit dataChanged(index(i), index(i), {TagsRole, Qt::ToolTipRole});
    }
    return ok;
}

void GalleryModel::removeIds(const QList<qint64> &ids)
{
    const QSet<qint64> gone(ids.cbegin(), ids.cend());
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (gone.contains(m_rows.at(i).id)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    rebuildSequences();
}

void GalleryModel::rebuildSequences()
{
    m_sequenceOfPath.clear();
    m_firstSequence = 0;
    for (int i = 0; i < m_rows.size(); ++i)
        m_sequenceOfPath.insert(m_rows.at(i).path, i);
}

void GalleryModel::onThumbnailReady(const QString &path)
{
    const auto it = m_sequenceOfPath.constFind(path);
    if (it == m_sequenceOfPath.cend())
        return;
    const qint64 row = it.value() - m_firstSequence;
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).path != path)
        return;
    const QModelIndex changed = index(int(row));
    emit dataChanged(changed, changed, {Qt::DecorationRole});
}

int GalleryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant GalleryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QFileInfo(row.path).fileName();
    case Qt::ToolTipRole: {
        // Tags are read only here, when a tooltip is asked for, not for every row paged in.
        QString text = row.promptText.isEmpty() ? row.path : row.promptText;
        if (!row.server.isEmpty())
            text += u'\n' + tr("Server: %1").arg(row.server);
        const QStringList tags = m_index->tags(row.id);
        return tags.isEmpty() ? text : text + u'\n' + tr("Tags: %1").arg(tags.join(u", "_s));
    }
    case Qt::DecorationRole:
        // Asks for the thumbnail only when a view paints the item: decoding follows the eye.
        if (m_thumbnails) {
            const QImage image = m_thumbnails->thumbnail(row.path);
            if (!image.isNull())
                return image;
        }
        return {};
    case IdRole:
        return row.id;
    case PathRole:
        return row.path;
    case PromptIdRole:
        return row.promptId;
    case NodeIdRole:
        return row.nodeId;
    case SeedRole:
        return row.seed;
    case PromptTextRole:
        return row.promptText;
    case CreatedAtRole:
        return QDateTime::fromMSecsSinceEpoch(row.createdMs, Qt::UTC);
    case FavouriteRole:
        return row.favourite;
    case SizeRole:
        return row.size;
    case ServerFileNameRole:
        return row.serverFileName;
    case TagsRole:
        return m_index->tags(row.id);
    case ServerRole:
        return row.server;
    default:
        return {};
    }
}

QHash<int, QByteArray> GalleryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "outputId");
    names.insert(PathRole, "path");
    names.insert(PromptIdRole, "promptId");
    names.insert(NodeIdRole, "nodeId");
    names.insert(SeedRole, "seed");
    names.insert(PromptTextRole, "promptText");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(FavouriteRole, "favourite");
    names.insert(SizeRole, "size");
    names.insert(ServerFileNameRole, "serverFileName");
    names.insert(TagsRole, "tags");
    names.insert(ServerRole, "server");
    return names;
}

Qt::ItemFlags GalleryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
    return flags;
}

QStringList GalleryModel::mimeTypes() const
{
    return {u"text/uri-list"_s};
}

QMimeData *GalleryModel::mimeData(const QModelIndexList &indexes) const
{
    // File URLs: what file managers, browsers and image editors take from a drag.
    QList<QUrl> urls;
    for (const QModelIndex &index : indexes) {
        if (index.isValid())
            urls.append(QUrl::fromLocalFile(m_rows.at(index.row()).path));
    }
    auto *mime = new QMimeData;
    mime->setUrls(urls);
    return mime;
}

} // namespace Easel
