#pragma once

#include "galleryfilter.h"
#include "galleryquery.h"
#include "galleryworker.h"
#include "outputrecord.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>

#include <algorithm>

namespace Easel {

class LibraryIndex;
class ThumbnailProvider;

// The stored outputs of a library, filtered and sorted, paged in from the index as a view
// scrolls (canFetchMore/fetchMore, keyset pagination on indexed columns, so page n costs
// what page 1 costs). Thumbnails come from a ThumbnailProvider, decoded off the GUI thread.
// New outputs are put at the top when the sort is newest first, at the end when it is oldest
// first or the stored order (a filmstrip); other sorts reload.
// The queries are GalleryQuery values, run here or on a GalleryWorker; this file pages and
// bounds the window, gallerymodelroles.cpp shows rows and edits them.
//
// The model is a window over the ordered result, not the result: a year of work is some
// 500,000 outputs, and a day of new ones must not grow the window's memory. It holds at
// most maxRows() rows beyond the ones a view says it shows (setRowsInUse): new outputs
// arriving at the live end push rows out at the other end, which paging brings back in
// order when a view scrolls there (fetchMore at the end, fetchEarlier at the start). The
// index, not the model, answers filters and sorts, so they always cover the whole library.
class GalleryModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        PathRole,
        PromptIdRole,
        NodeIdRole,
        SeedRole,
        PromptTextRole,
        CreatedAtRole,
        FavouriteRole,
        SizeRole,
        ServerFileNameRole,
        TagsRole, // QStringList, read with the row's page
        ServerRole, // the base URL of the server that made it (a farm has several)
        MediaKindRole, // int(MediaKind), read with the row's page
    };

    explicit GalleryModel(LibraryIndex *index, QObject *parent = nullptr);
    // A model whose every query and edit runs on its worker (the window's): it needs only
    // the library's paths and never opens the index on its own thread.
    GalleryModel(const QString &libraryDirectory, const QString &databasePath, QObject *parent = nullptr);

    void setThumbnailProvider(ThumbnailProvider *provider);
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    int pageSize() const { return m_pageSize; }
    // The rows kept besides those in use; the rest is paged in again when needed.
    void setMaxRows(int rows) { m_maxRows = std::max(1, rows); }
    int maxRows() const { return m_maxRows; }
    // Reloads show the end of the order rather than its start (a filmstrip, oldest first,
    // opens on its newest outputs); earlier rows come with fetchEarlier.
    void setAnchoredAtEnd(bool atEnd) { m_anchorEnd = atEnd; }
    // The rows a view shows (first..last, -1 for none): never dropped to bound the window.
    // Rows far outside them beyond maxRows() are dropped now (a view scrolled back).
    void setRowsInUse(int first, int last);
    // Filter changes (reload) and pages (fetchMore, fetchEarlier) are read by a worker
    // thread on a connection of its own (GalleryWorker), never on the GUI thread: a text
    // search over a year's library scans the table. Until a reload answers, the rows shown
    // are the previous filter's. Always on a worker for a model made without an index.
    void setQueriesOnWorker(bool onWorker) { m_onWorker = onWorker || !m_index; }
    // A worker's reload or page is on its way.
    bool isLoading() const { return m_loading || m_fetching || m_fetchingEarlier; }
    // Rows before the first one held (the window does not begin at the order's start).
    bool canFetchEarlier() const { return !m_atStart; }
    // Prepends up to a page of the rows before the first one held. Without a worker they
    // come now, and the count is returned; with one, 0 is returned and they come later.
    // Either way rowsInserted and then earlierRowsFetched announce them.
    int fetchEarlier();
    GalleryFilter filter() const { return m_filter; }
    void setFilter(const GalleryFilter &filter);
    void reload();
    // Every server with stored outputs (base URLs, sorted): the filter's server list. Read
    // here: none without an index (serverNames(LibraryIndex &) reads on a worker).
    QStringList serverNames() const;
    // The same, read on any index's connection (a worker's).
    static QStringList serverNames(LibraryIndex &index);

    // A new output was stored (OutputStore::outputStored).
    void addStored(const OutputRecord &record);
    // Written on the worker when queries are (see favouriteWritten), else here.
    bool setFavourite(const QModelIndex &index, bool favourite);
    // Another view changed an output in the index: its row (if shown) follows.
    void noteFavourite(qint64 id, bool favourite);
    // The output's tags now (as another view wrote them): its row shows them, or leaves
    // when they no longer match the tag filter.
    void noteTagsChanged(qint64 id, const QStringList &tags);
    // Tags on many outputs in one transaction. Rows that no longer match the tag filter
    // leave the model; the others announce their new tags.
    bool addTag(const QList<qint64> &ids, const QString &tag);
    bool removeTag(const QList<qint64> &ids, const QString &tag);
    // An edit of the index on the model's worker, in order with its pages (a reload asked
    // after it sees it), or here when queries are not on a worker; done is called after.
    void editIndex(std::function<void(LibraryIndex &, GalleryWorker::EditResult &)> edit,
                   std::function<void(const GalleryWorker::EditResult &)> done);
    // Drops the rows of outputs that were deleted (the caller removed files and index rows).
    void removeIds(const QList<qint64> &ids);
    QModelIndex indexOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

signals:
    // fetchEarlier's answer: count rows (maybe none) before the first one held were
    // prepended. A view keeps what it showed where it was.
    void earlierRowsFetched(int count);
    // With queries on the worker, favourites and tags are written there too: the rows
    // change at once, and these say how the write went (a failed one is taken back).
    void favouriteWritten(bool ok, const QString &error);
    void tagsWritten(bool ok, const QString &error);

private:
    using Row = GalleryRow;

    // A page after the last row held, or before the first one (returned in the model's
    // order), or from the order's start/end when nothing is held.
    GalleryQuery pageQuery(bool before) const;
    GalleryWorker *worker();
    void startReload();
    void startFetch();
    void startFetchEarlier();
    void setFirstPage(const QList<Row> &page);
    void insertPage(const QList<Row> &page);
    int prependPage(const QList<Row> &page);
    // The rows of a page not held already: a row stored while its neighbours were paged
    // out may come back in a page whose keyset reaches past it.
    QList<Row> newRows(const QList<Row> &page) const;
    void trim();
    void onThumbnailReady(const QString &path);
    void rebuildSequences();
    // A row joins (or leaves) the window at a sequence number: both lookups follow.
    void hold(const Row &row, qint64 sequence);
    void release(const Row &row, qint64 sequence);
    bool changeTag(const QList<qint64> &ids, const QString &tag, bool add);

    LibraryIndex *m_index = nullptr; // null: every query on the worker
    QString m_libraryDirectory;
    QString m_databasePath;
    QPointer<ThumbnailProvider> m_thumbnails;
    GalleryFilter m_filter;
    QList<Row> m_rows;
    // Thumbnail updates find their rows without a scan: each row keeps a sequence number
    // that stays valid as pages are appended and new outputs prepended. A path may be the
    // file of several rows (identical outputs share one file).
    QMultiHash<QString, qint64> m_sequenceOfPath;
    // indexOfId without a scan: every stored output looks itself up in the library's model
    // and the filmstrip's (thousands of rows each), and a page is checked against the rows
    // held. An id is held once (newRows, addStored).
    QHash<qint64, qint64> m_sequenceOfId;
    qint64 m_firstSequence = 0;
    bool m_atEnd = false;
    bool m_atStart = true;
    bool m_anchorEnd = false;
    bool m_busy = false; // inside our own reset or insertion signals
    bool m_removing = false; // inside removeIds: row numbers are renewed at its end
    int m_pageSize = 256;
    int m_maxRows = 1024;
    int m_inUseFirst = -1;
    int m_inUseLast = -1;
    bool m_onWorker = false;
    GalleryWorker *m_worker = nullptr; // made when first asked
    bool m_loading = false;  // a worker's reload is on its way
    bool m_fetching = false; // a worker's page is on its way
    bool m_fetchingEarlier = false; // a worker's page of earlier rows is on its way
    quint64 m_generation = 0; // answers to an older filter are dropped
    QList<OutputRecord> m_arrivedWhileLoading;
};

} // namespace Easel
