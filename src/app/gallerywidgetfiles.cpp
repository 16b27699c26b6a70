#include "gallerywidget.h"

#include "futurecallback.h"
#include "gallerymodel.h"
#include "libraryindex.h"
#include "outputstore.h"
#include "safefilename.h"

#include <QDir>
#include <QFileInfo>
#include <QListView>
#include <QMessageBox>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

// GalleryWidget's file work: moving outputs to the trash (on the model's worker, with the
// index) and exporting copies (on a thread of the widget's own).

using namespace Qt::StringLiterals;

namespace Easel {

void GalleryWidget::setTrashFunction(TrashFunction trash)
{
    m_trash = std::move(trash);
}

QString GalleryWidget::fallbackTrashDirectory() const
{
    return QFileInfo(m_store->databasePath()).absoluteDir().filePath(u"trash"_s);
}

namespace {
// A file to the platform's trash (or the test's function), else to the library's hidden
// folder, where it can still be recovered by hand. Never deleted outright. Runs on the
// model's worker.
bool moveFileToTrash(const QString &path, QString *pathInTrash, const GalleryWidget::TrashFunction &trash,
                     const QString &fallback)
{
    const bool trashed = trash ? trash(path, pathInTrash) : QFile::moveToTrash(path, pathInTrash);
    if (trashed)
        return true;
    QDir folder(fallback);
    if (!folder.mkpath(u"."_s))
        return false;
    const QFileInfo info(path);
    QString target = folder.filePath(info.fileName());
    for (int n = 1; QFileInfo::exists(target); ++n)
        target = folder.filePath(u"%1 (%2).%3"_s.arg(info.completeBaseName()).arg(n).arg(info.suffix()));
    if (!QFile::rename(path, target))
        return false;
    if (pathInTrash)
        *pathInTrash = target;
    return true;
}
} // namespace

void GalleryWidget::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    // Files and index rows on the model's worker (never the GUI thread waiting on another
    // process's write lock or a slow disk), in order: the last of several outputs sharing
    // a file sees the others' rows gone and takes the file.
    m_model->editIndex(
        [ids, trash = m_trash, fallback = fallbackTrashDirectory()](LibraryIndex &index,
                                                                   GalleryWorker::EditResult &result) {
            QVariantList removed;
            QStringList trashed;
            QStringList failed;
            for (const qint64 id : ids) {
                const auto record = index.output(id);
                if (!record)
                    continue;
                // A file shared by identical outputs stays until the last of them goes.
                if (QFile::exists(record->path) && index.references(record->path) <= 1) {
                    QString where;
                    if (!moveFileToTrash(record->path, &where, trash, fallback)) {
                        failed.append(record->path);
                        continue;
                    }
                    trashed.append(where);
                }
                if (index.removeOutput(id))
                    removed.append(id);
            }
            result.values = {removed, trashed, failed};
        },
        [this](const GalleryWorker::EditResult &result) {
            QList<qint64> removed;
            for (const QVariant &id : result.values.value(0).toList())
                removed.append(id.toLongLong());
            const QStringList trashed = result.values.value(1).toStringList();
            const QStringList failed = result.values.value(2).toStringList();
            m_model->removeIds(removed);
            if (!trashed.isEmpty())
                emit outputsTrashed(trashed);
            if (!failed.isEmpty())
                QMessageBox::warning(this, tr("Move to Trash"),
                                     tr("Could not move to the trash:\n%1").arg(failed.join(u'\n')));
        });
}

void GalleryWidget::exportSelected(const QString &directory)
{
    // What the selected outputs are was read with their rows; the copies are made on a
    // thread of the widget's own, one export after another (a second export names its
    // copies after the first one's), never on the GUI thread.
    QList<std::pair<QString, QString>> chosen; // path, the server's name
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes())
        chosen.append({index.data(GalleryModel::PathRole).toString(), index.data(GalleryModel::ServerFileNameRole).toString()});
    const auto copied = QtConcurrent::run(&m_exports, [chosen, directory] {
        QStringList failed;
        for (const auto &[path, serverFileName] : chosen) {
            // Each under its own name (identical outputs share one file in the library,
            // named after the first). The server's name, and the export folder may be on
            // another file system: the name is made safe here, and never replaces a file there.
            const QFileInfo info(safeFileName(serverFileName.isEmpty() ? QFileInfo(path).fileName() : serverFileName));
            QString target = QDir(directory).filePath(info.fileName());
            for (int n = 1; QFileInfo::exists(target); ++n) {
                target = QDir(directory).filePath(
                    u"%1 (%2).%3"_s.arg(info.completeBaseName()).arg(n).arg(info.suffix()));
            }
            QFile source(path);
            QSaveFile copy(target);
            bool ok = source.open(QIODevice::ReadOnly) && copy.open(QIODevice::WriteOnly);
            while (ok && !source.atEnd()) {
                const QByteArray chunk = source.read(1 << 20);
                ok = !chunk.isEmpty() && copy.write(chunk) == chunk.size();
            }
            // Only a whole copy appears under the target name.
            if (!ok || !copy.commit())
                failed.append(path);
        }
        return failed;
    });
    onFinished(copied, this, [this](const QStringList &failed) {
        emit exported(failed);
        if (!failed.isEmpty())
            QMessageBox::warning(this, tr("Export"), tr("Could not export:\n%1").arg(failed.join(u'\n')));
    });
}

} // namespace Easel
