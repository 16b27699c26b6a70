// GalleryModel's rows as views and actions see them: roles, tooltips, drags, thumbnails,
// and the edits made through the model (favourites, tags). The window itself (which rows
// are held, paging, bounds) is in gallerymodel.cpp.
#include "gallerymodel.h"

#include "galleryworker.h"
#include "libraryindex.h"
#include "thumbnailprovider.h"

#include <QFileInfo>
#include <QMimeData>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Easel {

void GalleryModel::setThumbnailProvider(ThumbnailProvider *provider)
{
    if (m_thumbnails)
        disconnect(m_thumbnails, nullptr, this, nullptr);
    m_thumbnails = provider;
    if (provider)
        connect(provider, &ThumbnailProvider::thumbnailReady, this, &GalleryModel::onThumbnailReady);
}

void GalleryModel::onThumbnailReady(const QString &path)
{
    // Every row of the file: identical outputs share one file, so one thumbnail. Rows
    // first, signals after: a slot may change the window (and the hash) in between.
    QList<int> rows;
    const auto [first, last] = m_sequenceOfPath.equal_range(path);
    for (auto it = first; it != last; ++it) {
        const qint64 row = it.value() - m_firstSequence;
        if (row >= 0 && row < m_rows.size() && m_rows.at(row).path == path)
            rows.append(int(row));
    }
    for (const int row : std::as_const(rows)) {
        const QModelIndex changed = index(row);
        emit dataChanged(changed, changed, {Qt::DecorationRole});
    }
}

bool GalleryModel::setFavourite(const QModelIndex &index, bool favourite)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = m_rows[index.row()];
    if (m_onWorker) {
        // Another process holding the index's write lock must not hold the GUI thread.
        const qint64 id = row.id;
        const bool was = row.favourite;
        worker()->edit(
            [id, favourite](LibraryIndex &library, GalleryWorker::EditResult &result) {
                result.ok = library.setFavourite(id, favourite);
            },
            [this, id, was](const GalleryWorker::EditResult &result) {
                if (!result.ok) {
                    const QModelIndex back = indexOfId(id);
                    if (back.isValid()) {
                        m_rows[back.row()].favourite = was;
                        emit dataChanged(back, back, {FavouriteRole});
                    }
                }
                emit favouriteWritten(result.ok, result.error);
            });
    } else if (!m_index->setFavourite(row.id, favourite)) {
        return false;
    }
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

void GalleryModel::noteTagsChanged(qint64 id, const QStringList &tags)
{
    const QModelIndex changed = indexOfId(id);
    if (!changed.isValid())
        return;
    if (!m_filter.tag.isEmpty() && !tags.contains(m_filter.tag, Qt::CaseInsensitive)) {
        removeIds({id});
        return;
    }
    m_rows[changed.row()].tags = tags;
    emit dataChanged(changed, changed, {TagsRole, Qt::ToolTipRole});
}

void GalleryModel::editIndex(std::function<void(LibraryIndex &, GalleryWorker::EditResult &)> edit,
                             std::function<void(const GalleryWorker::EditResult &)> done)
{
    if (m_onWorker) {
        worker()->edit(std::move(edit), std::move(done));
        return;
    }
    GalleryWorker::EditResult result;
    edit(*m_index, result);
    if (done)
        done(result);
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
    const auto write = [ids, name, add](LibraryIndex &library) {
        bool written = library.transaction();
        for (const qint64 id : ids)
            written = (add ? library.addTag(id, name) : library.removeTag(id, name)) && written;
        return library.commit() && written;
    };
    bool ok = true;
    if (m_onWorker) {
        // The rows change now; a failed write puts back what the index has.
        worker()->edit(
            [write, ids](LibraryIndex &library, GalleryWorker::EditResult &result) {
                result.ok = write(library);
                if (!result.ok) {
                    result.error = library.errorString();
                    for (const qint64 id : ids)
                        result.tags.insert(id, library.tags(id));
                }
            },
            [this](const GalleryWorker::EditResult &result) {
                for (auto it = result.tags.cbegin(); it != result.tags.cend(); ++it)
                    noteTagsChanged(it.key(), it.value());
                emit tagsWritten(result.ok, result.error);
            });
    } else {
        ok = write(*m_index);
    }
    if (!add && !m_filter.tag.isEmpty() && m_filter.tag.compare(name, Qt::CaseInsensitive) == 0) {
        removeIds(ids);
        return ok;
    }
    // One pass over the rows, not one scan per id: a selection can be large. The rows'
    // tags follow here (as written, the index's order: sorted), not from the index.
    const QSet<qint64> tagged(ids.cbegin(), ids.cend());
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!tagged.contains(m_rows.at(i).id))
            continue;
        // Tags compare without case, as in the index. A failed write leaves what was read.
        QStringList &tags = m_rows[i].tags;
        const bool has = tags.contains(name, Qt::CaseInsensitive);
        if (ok && add && !has) {
            tags.append(name);
            tags.sort(Qt::CaseInsensitive);
        } else if (ok && !add && has) {
            tags.removeIf([&name](const QString &held) { return held.compare(name, Qt::CaseInsensitive) == 0; });
        }
        emit dataChanged(index(i), index(i), {TagsRole, Qt::ToolTipRole});
    }
    return ok;
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
        // Its own name: identical outputs share one file (stored once), whose name is the
        // first one's. The path is for opening it.
        return row.serverFileName.isEmpty() ? QFileInfo(row.path).fileName() : row.serverFileName;
    case Qt::ToolTipRole: {
        QString text = data(index, Qt::DisplayRole).toString();
        if (!row.promptText.isEmpty())
            text += u'\n' + row.promptText;
        if (!row.server.isEmpty())
            text += u'\n' + tr("Server: %1").arg(row.server);
        return row.tags.isEmpty() ? text : text + u'\n' + tr("Tags: %1").arg(row.tags.join(u", "_s));
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
        return row.tags;
    case ServerRole:
        return row.server;
    case MediaKindRole:
        return int(row.kind);
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
    names.insert(MediaKindRole, "mediaKind");
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

QStringList GalleryModel::serverNames() const
{
    return m_index ? serverNames(*m_index) : QStringList();
}

QStringList GalleryModel::serverNames(LibraryIndex &index)
{
    // outputs_identity begins with the server. DISTINCT would walk all of that index (a
    // year's library, on the GUI thread, each time a new server or workflow shows up); this
    // seeks from one server to the next instead: one index lookup per server, ascending as
    // ORDER BY server was. A server whose only outputs are still downloading is listed too.
    QSqlQuery query(index.database());
    query.setForwardOnly(true);
    QStringList names;
    if (!query.exec(u"WITH RECURSIVE next(server) AS (SELECT min(server) FROM outputs"
                    " UNION ALL SELECT (SELECT min(server) FROM outputs WHERE server > next.server)"
                    " FROM next WHERE next.server IS NOT NULL)"
                    " SELECT server FROM next WHERE server IS NOT NULL"_s)) {
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

} // namespace Easel
