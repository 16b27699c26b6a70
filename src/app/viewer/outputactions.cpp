#include "outputactions.h"

#include "embeddedworkflow.h"
#include "futurecallback.h"
#include "galleryworker.h"
#include "libraryindex.h"
#include "outputrecord.h"
#include "pngchunkscreen.h"
#include "outputstore.h"
#include "tagdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMenu>
#include <QMimeData>
#include <QPointer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
// The clipboard gets the picture as it is, up to a size a chat program or editor takes
// without choking; beyond that it gets the file only.
constexpr qint64 maxClipboardPixels = 8192LL * 8192;
} // namespace

OutputActions::OutputActions(OutputStore *store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
{}

GalleryWorker *OutputActions::editor()
{
    if (!m_editor)
        m_editor = new GalleryWorker(m_store->index()->libraryDirectory(), m_store->index()->databasePath(), this);
    return m_editor;
}

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

void OutputActions::setLauncher(Launcher launcher)
{
    m_launcher = std::move(launcher);
}

void OutputActions::setTrashFunction(TrashFunction trash)
{
    m_trash = std::move(trash);
}

bool OutputActions::launch(const QUrl &url)
{
    return m_launcher ? m_launcher(url) : QDesktopServices::openUrl(url);
}

QMenu *OutputActions::createMenu(const OutputRef &output, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"outputMenu"_s);
    const bool inLibrary = m_store && output.id > 0;
    const auto add = [&](const QString &text, const char *name, auto slot) {
        QAction *action = menu->addAction(text, this, [this, output, slot] { (this->*slot)(output); });
        action->setObjectName(QString::fromLatin1(name));
        return action;
    };
    add(tr("Copy Image"), "actionCopyImage", &OutputActions::copyImage);
    add(tr("Copy File Path"), "actionCopyPath", &OutputActions::copyFilePath);
    add(tr("Open Containing Folder"), "actionOpenFolder", &OutputActions::openContainingFolder);
    add(tr("Open With…"), "actionOpenWith", &OutputActions::openWith);
    menu->addSeparator();
    QAction *details = menu->addAction(tr("Details"), this, [this, output] { emit detailsRequested(output); });
    details->setObjectName(u"actionDetails"_s);
    add(tr("Show Workflow"), "actionShowWorkflow", &OutputActions::showWorkflow);
    add(tr("Use These Settings"), "actionUseSettings", &OutputActions::useSettings);
    QAction *input = menu->addAction(tr("Use as Input"), this, [this, output] { emit useAsInputRequested(output); });
    input->setObjectName(u"actionUseAsInput"_s);
    input->setEnabled(output.kind() == OutputRef::Kind::Image);
    QAction *compare = menu->addAction(tr("Compare With…"), this, [this, output] { emit compareRequested(output); });
    compare->setObjectName(u"actionCompare"_s);
    menu->addSeparator();
    if (inLibrary) {
        QAction *favourite = add(tr("Favourite"), "actionFavourite", &OutputActions::toggleFavourite);
        favourite->setCheckable(true);
        tickFavourite(favourite, {output.id});
        add(tr("Tags…"), "actionTags", &OutputActions::editTags);
        menu->addSeparator();
    }
    add(tr("Move to Trash"), "actionTrash", &OutputActions::moveToTrash);
    return menu;
}

QMenu *OutputActions::createMenu(const QList<OutputRef> &outputs, QWidget *parent)
{
    if (outputs.size() == 1)
        return createMenu(outputs.first(), parent);
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"outputsMenu"_s);
    const auto add = [&](const QString &text, const char *name, auto work) {
        QAction *action = menu->addAction(text, this, [this, outputs, work] { work(this, outputs); });
        action->setObjectName(QString::fromLatin1(name));
        return action;
    };
    const int n = int(outputs.size());
    add(tr("Copy %n File Path(s)", "", n), "actionCopyPath",
        [](OutputActions *self, const QList<OutputRef> &chosen) { self->copyFilePaths(chosen); });
    add(tr("Open Containing Folder"), "actionOpenFolder",
        [](OutputActions *self, const QList<OutputRef> &chosen) { self->openContainingFolders(chosen); });
    QAction *compare = add(tr("Compare the Two"), "actionCompare", [](OutputActions *self, const QList<OutputRef> &chosen) {
        emit self->compareTwoRequested(chosen.at(0), chosen.at(1));
    });
    compare->setEnabled(n == 2);
    menu->addSeparator();
    QList<OutputRef> stored;
    for (const OutputRef &output : outputs) {
        if (output.id > 0)
            stored.append(output);
    }
    if (m_store && !stored.isEmpty()) {
        // Checked when every one is a favourite already: the click then takes them all out.
        // What the click asks is what the artist sees (the tick as the click leaves it).
        QAction *favourite = menu->addAction(tr("Favourite"));
        connect(favourite, &QAction::triggered, this, [this, stored](bool checked) { setFavourite(stored, checked); });
        favourite->setObjectName(u"actionFavourite"_s);
        favourite->setCheckable(true);
        QList<qint64> ids;
        for (const OutputRef &output : std::as_const(stored))
            ids.append(output.id);
        tickFavourite(favourite, ids);
        QAction *tags = menu->addAction(tr("Tags…"), this, [this, stored] { editTagsOfAll(stored); });
        tags->setObjectName(u"actionTags"_s);
        menu->addSeparator();
    }
    add(tr("Move %n to Trash", "", n), "actionTrash",
        [](OutputActions *self, const QList<OutputRef> &chosen) { self->moveAllToTrash(chosen); });
    return menu;
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

void OutputActions::copyFilePaths(const QList<OutputRef> &outputs)
{
    // One path a line as text; the files as URLs, for file managers.
    QStringList paths;
    QList<QUrl> urls;
    for (const OutputRef &output : outputs) {
        paths.append(QDir::toNativeSeparators(output.path));
        urls.append(QUrl::fromLocalFile(output.path));
    }
    auto *mime = new QMimeData;
    mime->setUrls(urls);
    mime->setText(paths.join(u'\n'));
    QApplication::clipboard()->setMimeData(mime);
}

void OutputActions::openContainingFolders(const QList<OutputRef> &outputs)
{
    // Each folder once, and a bound: a selection of a thousand is not a thousand windows.
    QStringList folders;
    for (const OutputRef &output : outputs) {
        const QString folder = QFileInfo(output.path).absolutePath();
        if (!folders.contains(folder))
            folders.append(folder);
    }
    constexpr int maxWindows = 8;
    for (const QString &folder : folders.mid(0, maxWindows)) {
        if (!launch(QUrl::fromLocalFile(folder))) {
            emit messageRaised(tr("No file manager could be started to show %1.").arg(QDir::toNativeSeparators(folder)));
            return;
        }
    }
    if (folders.size() > maxWindows)
        emit messageRaised(tr("Opened the first %1 of %n folder(s).", "", int(folders.size())).arg(maxWindows));
}

void OutputActions::setFavourite(const QList<OutputRef> &outputs, bool favourite)
{
    if (!m_store)
        return;
    QList<qint64> ids;
    for (const OutputRef &output : outputs) {
        if (output.id > 0)
            ids.append(output.id);
    }
    writeFavourites(ids, favourite);
}

void OutputActions::editTagsOfAll(const QList<OutputRef> &outputs)
{
    if (!m_store)
        return;
    QList<qint64> ids;
    for (const OutputRef &output : outputs) {
        if (output.id > 0)
            ids.append(output.id);
    }
    openTagDialog(ids);
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

void OutputActions::moveAllToTrash(const QList<OutputRef> &outputs)
{
    trash(outputs);
}

QMimeData *OutputActions::mimeData(const OutputRef &output, const QImage &image)
{
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(output.path)});
    mime->setText(QDir::toNativeSeparators(output.path));
    if (!image.isNull())
        mime->setImageData(image);
    return mime;
}

void OutputActions::copyImage(const OutputRef &output)
{
    // Decoded off the GUI thread; the clipboard is filled when the pixels are ready.
    const QString path = output.path;
    const auto decode = QtConcurrent::run([path] {
        if (!PngChunkScreen::fileProblem(path).isEmpty())
            return QImage();
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (!size.isValid() || qint64(size.width()) * size.height() > maxClipboardPixels)
            return QImage();
        return reader.read();
    });
    onFinished(decode, this, [this, output](const QImage &image) {
        QApplication::clipboard()->setMimeData(mimeData(output, image));
        emit messageRaised(image.isNull() ? tr("Copied the file %1 (its pixels could not be read).")
                                                .arg(output.displayName())
                                          : tr("Copied %1 to the clipboard.").arg(output.displayName()));
    });
}

void OutputActions::copyFilePath(const OutputRef &output)
{
    QApplication::clipboard()->setText(QDir::toNativeSeparators(output.path));
}

void OutputActions::openContainingFolder(const OutputRef &output)
{
    const QString folder = QFileInfo(output.path).absolutePath();
    if (!launch(QUrl::fromLocalFile(folder)))
        emit messageRaised(tr("No file manager could be started to show %1.").arg(QDir::toNativeSeparators(folder)));
}

void OutputActions::openWith(const OutputRef &output)
{
    if (!QFileInfo::exists(output.path)) {
        emit messageRaised(tr("%1 is no longer there.").arg(QDir::toNativeSeparators(output.path)));
        return;
    }
    if (!launch(QUrl::fromLocalFile(output.path))) {
        emit messageRaised(tr("No application is set up to open %1 on this system. "
                              "Copy its path (right-click › Copy File Path) and open it from your editor.")
                               .arg(QFileInfo(output.path).fileName()));
    }
}

void OutputActions::useSettings(const OutputRef &output)
{
    // The job's JSON (big for a large graph) on the actions' worker, and the file's own
    // embedded copy where the library has none: never on the GUI thread.
    const QString path = output.path;
    const auto fromFile = [](const QString &file) {
        const EmbeddedWorkflow embedded = readEmbeddedWorkflow(file);
        return QVariantList{embedded.apiJson, embedded.workflowJson};
    };
    const auto use = [this, output](const QVariantList &values) {
        const QByteArray api = values.value(0).toByteArray();
        if (!api.isEmpty())
            emit useSettingsRequested(api, values.value(1).toByteArray());
        else
            emit messageRaised(tr("%1 carries no workflow.").arg(output.displayName()));
    };
    if (m_store && output.id > 0) {
        const qint64 id = output.id;
        editor()->edit(
            [id, path, fromFile](LibraryIndex &index, GalleryWorker::EditResult &result) {
                const auto record = index.output(id);
                const auto job = record ? index.job(record->promptId) : std::nullopt;
                if (job && !job->apiJson.isEmpty())
                    result.values = {job->apiJson, job->workflowJson};
                else // not in the library (or no job record): the file's own copy
                    result.values = fromFile(path);
            },
            [use](const GalleryWorker::EditResult &result) { use(result.values); });
        return;
    }
    onFinished(QtConcurrent::run([path, fromFile] { return fromFile(path); }), this, use);
}

void OutputActions::showWorkflow(const OutputRef &output)
{
    if (!m_store || output.id <= 0) {
        emit showWorkflowRequested(output.path, {});
        return;
    }
    // The job's prompt is read on the actions' worker, not on the GUI thread.
    const qint64 id = output.id;
    editor()->edit(
        [id](LibraryIndex &index, GalleryWorker::EditResult &result) {
            const auto record = index.output(id);
            if (const auto job = record ? index.job(record->promptId) : std::nullopt)
                result.values = {job->apiJson};
        },
        [this, path = output.path](const GalleryWorker::EditResult &result) {
            emit showWorkflowRequested(path, result.values.value(0).toByteArray());
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

void OutputActions::moveToTrash(const OutputRef &output)
{
    trash({output});
}

namespace {
// One output to the trash, then out of the index: where it went, or a null value when the
// file could not be moved. Identical outputs share one file: it goes with the last output
// that refers to it; before that only this output's row goes. Outputs of one call are
// taken in order on one connection, so the last of several sharing a file sees the others
// gone.
QVariant trashOne(const OutputRef &output, const OutputActions::TrashFunction &trashFunction,
                  const QString &libraryTrash, LibraryIndex *index)
{
    QString where;
    const bool shared = index && output.id > 0 && index->isFileShared(output.id);
    if (!shared && QFile::exists(output.path)) {
        bool trashed = trashFunction ? trashFunction(output.path, &where) : QFile::moveToTrash(output.path, &where);
        if (!trashed && !libraryTrash.isEmpty()) {
            // No trash here: a hidden folder of the library, where it can be recovered by
            // hand (the library widget does the same). Never deleted outright.
            QDir folder(libraryTrash);
            const QFileInfo info(output.path);
            QString target = folder.filePath(info.fileName());
            for (int n = 1; QFileInfo::exists(target); ++n)
                target = folder.filePath(u"%1 (%2).%3"_s.arg(info.completeBaseName()).arg(n).arg(info.suffix()));
            trashed = folder.mkpath(u"."_s) && QFile::rename(output.path, target);
            if (trashed)
                where = target;
        }
        if (!trashed)
            return {};
    }
    if (index && output.id > 0)
        index->removeOutput(output.id);
    return QVariant(where); // valid even when empty (a shared file only loses a row)
}
} // namespace

void OutputActions::trash(const QList<OutputRef> &outputs)
{
    if (outputs.isEmpty())
        return;
    if (!m_store) {
        QVariantList where;
        for (const OutputRef &output : outputs)
            where.append(trashOne(output, m_trash, {}, nullptr));
        reportTrashed(outputs, where);
        return;
    }
    const QString libraryTrash = QFileInfo(m_store->index()->databasePath()).absoluteDir().filePath(u"trash"_s);
    editor()->edit(
        [outputs, trashFunction = m_trash, libraryTrash](LibraryIndex &index, GalleryWorker::EditResult &result) {
            for (const OutputRef &output : outputs)
                result.values.append(trashOne(output, trashFunction, libraryTrash, &index));
        },
        [this, outputs](const GalleryWorker::EditResult &result) { reportTrashed(outputs, result.values); });
}

void OutputActions::reportTrashed(const QList<OutputRef> &outputs, const QVariantList &where)
{
    int moved = 0;
    for (qsizetype i = 0; i < outputs.size() && i < where.size(); ++i) {
        const OutputRef &output = outputs.at(i);
        if (!where.at(i).isValid()) {
            emit messageRaised(tr("%1 could not be moved to the trash.").arg(QDir::toNativeSeparators(output.path)));
            continue;
        }
        ++moved;
        emit outputTrashed(output, where.at(i).toString());
        if (outputs.size() == 1)
            emit messageRaised(tr("Moved %1 to the trash.").arg(output.displayName()));
    }
    if (outputs.size() > 1)
        emit messageRaised(tr("Moved %n output(s) to the trash.", "", moved));
}

} // namespace Easel
