// OutputActions: favourites and tags, read and written on the actions' worker.
#include "outputactions.h"

#include "galleryworker.h"
#include "libraryindex.h"
#include "outputrecord.h"
#include "tagdialog.h"

#include <QAction>
#include <QPointer>

#include <memory>

namespace Easel {

namespace {
// The library's row ids of outputs (an output not in the library has none).
QList<qint64> libraryIds(const QList<OutputRef> &outputs)
{
    QList<qint64> ids;
    for (const OutputRef &output : outputs) {
        if (output.id > 0)
            ids.append(output.id);
    }
    return ids;
}
} // namespace

void OutputActions::writeFavourites(const QList<qint64> &ids, bool favourite)
{
    if (ids.isEmpty())
        return;
    for (const qint64 id : ids) {
        FavouriteWrite &asked = m_favouritesWriting[id];
        asked.favourite = favourite;
        ++asked.writes;
        emit favouriteChanged(id, favourite);
    }
    editor()->edit(
        [ids, favourite](LibraryIndex &index, GalleryWorker::EditResult &result) {
            for (const qint64 id : ids) {
                if (!index.setFavourite(id, favourite)) {
                    result.ok = false;
                    result.error = index.errorString();
                    break;
                }
            }
            if (result.ok)
                return;
            // What the index has now the write has failed, read here too (the views go
            // back to it): null for an output that is gone.
            for (const qint64 id : ids) {
                const auto record = index.output(id);
                result.values.append(record ? QVariant(record->favourite) : QVariant());
            }
        },
        [this, ids, favourite](const GalleryWorker::EditResult &result) {
            for (const qint64 id : ids) {
                const auto asked = m_favouritesWriting.find(id);
                if (asked != m_favouritesWriting.end() && --asked->writes <= 0)
                    m_favouritesWriting.erase(asked);
            }
            if (result.ok)
                return;
            emit messageRaised(tr("The favourite could not be saved: %1").arg(result.error));
            for (qsizetype i = 0; i < ids.size(); ++i) {
                const QVariant stored = result.values.value(i);
                if (stored.isValid() && stored.toBool() != favourite)
                    emit favouriteChanged(ids.at(i), stored.toBool());
            }
        });
}

void OutputActions::writeTags(const QList<qint64> &ids, const QStringList &add, const QStringList &remove)
{
    if (ids.isEmpty() || (add.isEmpty() && remove.isEmpty()))
        return;
    editor()->edit(
        [ids, add, remove](LibraryIndex &index, GalleryWorker::EditResult &result) {
            // One transaction: tagging a large selection is one disk sync.
            bool ok = index.transaction();
            for (const qint64 id : ids) {
                for (const QString &tag : add)
                    ok = index.addTag(id, tag) && ok;
                for (const QString &tag : remove)
                    ok = index.removeTag(id, tag) && ok;
            }
            if (!ok)
                result.error = index.errorString();
            ok = index.commit() && ok;
            result.ok = ok;
            for (const qint64 id : ids)
                result.tags.insert(id, index.tags(id));
        },
        [this, ids](const GalleryWorker::EditResult &result) {
            if (!result.ok)
                emit messageRaised(tr("The tags could not be saved: %1").arg(result.error));
            for (const qint64 id : ids)
                emit tagsChanged(id, result.tags.value(id));
        });
}

void OutputActions::tickFavourite(QAction *action, const QList<qint64> &ids)
{
    // Read on the actions' worker (another process's write lock never holds the GUI
    // thread; one query an output for a large selection), in order with the writes asked
    // before: the menu shows at once and is ticked a moment later. Favourites asked and
    // not written yet count as asked. Once the artist has used the action, the answer
    // changes nothing.
    const QPointer<QAction> ticked(action);
    auto used = std::make_shared<bool>(false);
    connect(action, &QAction::triggered, action, [used] { *used = true; });
    editor()->edit(
        [ids](LibraryIndex &index, GalleryWorker::EditResult &result) {
            for (const qint64 id : ids) {
                const auto record = index.output(id);
                result.values.append(record && record->favourite);
            }
        },
        [this, ticked, used, ids](const GalleryWorker::EditResult &result) {
            if (!ticked || *used)
                return;
            bool all = !ids.isEmpty();
            for (qsizetype i = 0; i < ids.size(); ++i) {
                const auto asked = m_favouritesWriting.constFind(ids.at(i));
                all = all && (asked != m_favouritesWriting.cend() ? asked->favourite : result.values.value(i).toBool());
            }
            ticked->setChecked(all);
        });
}

void OutputActions::setFavourite(const QList<OutputRef> &outputs, bool favourite)
{
    if (!m_store)
        return;
    writeFavourites(libraryIds(outputs), favourite);
}

void OutputActions::editTagsOfAll(const QList<OutputRef> &outputs)
{
    if (!m_store)
        return;
    openTagDialog(libraryIds(outputs));
}

void OutputActions::openTagDialog(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    // The outputs' tags and the library's, read on the worker's connection in order with
    // the edits asked before (a tag just written is there): a library of many tags, or
    // another process's write, never holds the GUI thread. The dialog opens when they are in.
    editor()->edit(
        [ids](LibraryIndex &index, GalleryWorker::EditResult &result) {
            for (const qint64 id : ids)
                result.tags.insert(id, index.tags(id));
            result.values = {index.allTags()};
        },
        [this, ids](const GalleryWorker::EditResult &result) {
            if (!result.ok) {
                emit messageRaised(tr("The tags could not be read: %1").arg(result.error));
                return;
            }
            QList<QStringList> tags;
            tags.reserve(ids.size());
            for (const qint64 id : ids)
                tags.append(result.tags.value(id));
            // The dialog shows which tags all of them have and which only some have.
            auto *dialog = new TagDialog(tags, result.values.value(0).toStringList(), m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this,
                    [this, dialog, ids] { writeTags(ids, dialog->tagsToAdd(), dialog->tagsToRemove()); });
            dialog->open();
        });
}

void OutputActions::toggleFavourite(const OutputRef &output)
{
    if (!m_store || output.id <= 0)
        return;
    const qint64 id = output.id;
    // Flipping one whose write is still out flips what the artist sees, at once.
    if (const auto asked = m_favouritesWriting.constFind(id); asked != m_favouritesWriting.cend()) {
        writeFavourites({id}, !asked->favourite);
        return;
    }
    // Else the record is read on the worker's connection (a read is never held by another
    // process's write lock, under WAL), not on the GUI thread's; the views follow when it
    // is in, and the write waits on the worker.
    editor()->edit(
        [id](LibraryIndex &index, GalleryWorker::EditResult &result) {
            if (const auto record = index.output(id))
                result.values = {record->favourite};
        },
        [this, id](const GalleryWorker::EditResult &result) {
            if (result.values.isEmpty())
                return; // not in the library (any more)
            // A toggle asked meanwhile was answered first (in order): flip what it asked.
            const auto asked = m_favouritesWriting.constFind(id);
            const bool now = asked != m_favouritesWriting.cend() ? asked->favourite : result.values.first().toBool();
            writeFavourites({id}, !now);
        });
}

void OutputActions::editTags(const OutputRef &output)
{
    if (!m_store || output.id <= 0)
        return;
    openTagDialog({output.id});
}

} // namespace Easel
