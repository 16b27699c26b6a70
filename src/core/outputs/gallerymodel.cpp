// GalleryModel's window over the library: which rows are held, reloads and pages (here or
// on the worker), new outputs at the live end, and the bound. Roles and edits are in
// gallerymodelroles.cpp; the SQL is GalleryQuery's.
#include "gallerymodel.h"

#include "galleryworker.h"
#include "libraryindex.h"
#include "outputrecord.h"

#include <QSet>

#include <algorithm>
#include <utility>

namespace Easel {

GalleryModel::GalleryModel(LibraryIndex *index, QObject *parent)
    : QAbstractListModel(parent)
    , m_index(index)
    , m_libraryDirectory(index->libraryDirectory())
    , m_databasePath(index->databasePath())
{}

GalleryModel::GalleryModel(const QString &libraryDirectory, const QString &databasePath, QObject *parent)
    : QAbstractListModel(parent)
    , m_libraryDirectory(libraryDirectory)
    , m_databasePath(databasePath)
    , m_onWorker(true)
{}

void GalleryModel::setFilter(const GalleryFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

GalleryWorker *GalleryModel::worker()
{
    if (!m_worker)
        m_worker = new GalleryWorker(m_libraryDirectory, m_databasePath, this);
    return m_worker;
}

GalleryQuery GalleryModel::pageQuery(bool before) const
{
    GalleryQuery query;
    query.filter = m_filter;
    query.before = before;
    query.limit = m_pageSize;
    if (!m_rows.isEmpty())
        query.anchor = before ? m_rows.constFirst() : m_rows.constLast();
    return query;
}

void GalleryModel::reload()
{
    if (m_onWorker) {
        startReload();
        return;
    }
    // Answers still on their way from a worker are for what is replaced here.
    ++m_generation;
    m_loading = m_fetching = m_fetchingEarlier = false;
    m_arrivedWhileLoading.clear();
    // The first page inside the reset: a view gets one signal and has something to show
    // without waiting for fetchMore. The order's last page when anchored at the end, read
    // backwards on the same index.
    GalleryQuery query;
    query.filter = m_filter;
    query.before = m_anchorEnd;
    query.limit = m_pageSize;
    setFirstPage(query.run(*m_index));
}

void GalleryModel::setFirstPage(const QList<Row> &page)
{
    m_busy = true;
    beginResetModel();
    m_rows.clear();
    m_sequenceOfPath.clear();
    m_sequenceOfId.clear();
    m_firstSequence = 0;
    m_atEnd = m_anchorEnd || page.size() < m_pageSize;
    m_atStart = !m_anchorEnd || page.size() < m_pageSize;
    m_sequenceOfId.reserve(page.size());
    for (const Row &row : page) {
        hold(row, m_rows.size());
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
    m_fetchingEarlier = false;
    GalleryQuery query;
    query.filter = m_filter;
    query.before = m_anchorEnd;
    query.limit = m_pageSize;
    worker()->run(query, [this, generation](const QList<Row> &page) {
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
    const GalleryQuery query = pageQuery(false);
    worker()->run(query, [this, generation, anchorId = query.anchor->id](const QList<Row> &page) {
        if (generation != m_generation)
            return;
        m_fetching = false;
        // The window moved meanwhile (rows dropped at the end): a view asks again.
        if (m_rows.isEmpty() || m_rows.constLast().id != anchorId)
            return;
        insertPage(page);
    });
}

void GalleryModel::startFetchEarlier()
{
    if (m_rows.isEmpty())
        return;
    m_fetchingEarlier = true;
    const quint64 generation = m_generation;
    const GalleryQuery query = pageQuery(true);
    worker()->run(query, [this, generation, anchorId = query.anchor->id](const QList<Row> &page) {
        if (generation != m_generation)
            return;
        m_fetchingEarlier = false;
        // The window moved meanwhile (rows dropped at the start): the view asks again.
        if (m_rows.isEmpty() || m_rows.constFirst().id != anchorId)
            return;
        prependPage(page);
    });
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
    if (m_onWorker) {
        startFetch();
        return;
    }
    // A page of an indexed keyset query takes well under a millisecond, even at row
    // 100,000; without a worker (tests, the library's first page) it runs here.
    insertPage(pageQuery(false).run(*m_index));
}

QList<GalleryModel::Row> GalleryModel::newRows(const QList<Row> &page) const
{
    QList<Row> rows;
    rows.reserve(page.size());
    for (const Row &row : page) {
        if (!indexOfId(row.id).isValid())
            rows.append(row);
    }
    return rows;
}

void GalleryModel::insertPage(const QList<Row> &fetched)
{
    if (fetched.size() < m_pageSize)
        m_atEnd = true;
    const QList<Row> page = newRows(fetched);
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    m_busy = true;
    beginInsertRows({}, first, first + int(page.size()) - 1);
    for (const Row &row : page) {
        hold(row, m_firstSequence + m_rows.size());
        m_rows.append(row);
    }
    endInsertRows();
    m_busy = false;
}

int GalleryModel::fetchEarlier()
{
    if (m_atStart || m_busy || m_loading || m_fetchingEarlier)
        return 0;
    if (m_onWorker) {
        startFetchEarlier();
        return 0;
    }
    return prependPage(pageQuery(true).run(*m_index));
}

int GalleryModel::prependPage(const QList<Row> &fetched)
{
    if (fetched.size() < m_pageSize)
        m_atStart = true;
    const QList<Row> page = newRows(fetched);
    const int count = int(page.size());
    if (count == 0) {
        emit earlierRowsFetched(0); // the answer came: nothing was before, or nothing new
        return 0;
    }
    m_busy = true;
    beginInsertRows({}, 0, count - 1);
    m_firstSequence -= count;
    for (int i = 0; i < count; ++i)
        hold(page.at(i), m_firstSequence + i);
    m_rows = page + m_rows;
    if (m_inUseFirst >= 0) {
        m_inUseFirst += count;
        m_inUseLast += count;
    }
    endInsertRows();
    m_busy = false;
    emit earlierRowsFetched(count);
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
    for (int i = from; i < from + count; ++i)
        release(m_rows.at(i), m_firstSequence + i);
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

void GalleryModel::addStored(const OutputRecord &record)
{
    if (m_loading) {
        if (GalleryQuery::matches(m_filter, record))
            m_arrivedWhileLoading.append(record);
        return;
    }
    if (!GalleryQuery::matches(m_filter, record) || indexOfId(record.id).isValid())
        return;
    const bool ascending = GalleryQuery::isAscending(m_filter.sort);
    if (ascending && !m_atEnd)
        return; // newer than every row paged in: the next page brings it
    if (!ascending && m_filter.sort != GalleryFilter::Sort::NewestFirst) {
        // Its place depends on rows not paged in yet; a reload puts it right.
        reload();
        return;
    }
    const Row row = Row::fromRecord(record);
    if (ascending) {
        // A filmstrip: newest at the end, where it is followed.
        const int last = int(m_rows.size());
        m_busy = true;
        beginInsertRows({}, last, last);
        hold(row, m_firstSequence + last);
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
    hold(row, --m_firstSequence);
    endInsertRows();
    m_busy = false;
    trim();
}

QModelIndex GalleryModel::indexOfId(qint64 id) const
{
    const auto found = m_sequenceOfId.constFind(id);
    if (found == m_sequenceOfId.cend())
        return {};
    const qint64 row = found.value() - m_firstSequence;
    if (row >= 0 && row < m_rows.size() && m_rows.at(row).id == id)
        return index(int(row));
    if (!m_removing)
        return {};
    // Inside removeIds' signals the numbers are renewed only at its end: a slot asking
    // then gets the row by a scan (the hash still has every id held before it began).
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return index(i);
    }
    return {};
}

void GalleryModel::removeIds(const QList<qint64> &ids)
{
    const QSet<qint64> gone(ids.cbegin(), ids.cend());
    // Busy as in the other changes: a slot that fetches (fetchMore) inside these signals
    // would insert a page in the middle of the removal.
    m_busy = m_removing = true;
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (gone.contains(m_rows.at(i).id)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    m_busy = m_removing = false;
    rebuildSequences();
}

void GalleryModel::rebuildSequences()
{
    m_sequenceOfPath.clear();
    m_sequenceOfId.clear();
    m_firstSequence = 0;
    for (int i = 0; i < m_rows.size(); ++i)
        hold(m_rows.at(i), i);
}

void GalleryModel::hold(const Row &row, qint64 sequence)
{
    m_sequenceOfPath.insert(row.path, sequence);
    m_sequenceOfId.insert(row.id, sequence);
}

void GalleryModel::release(const Row &row, qint64 sequence)
{
    m_sequenceOfPath.remove(row.path, sequence);
    m_sequenceOfId.remove(row.id);
}

} // namespace Easel
