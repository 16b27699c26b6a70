// OutputActions: moving outputs to the trash (or the library's own), then out of the index.
#include "outputactions.h"

#include "galleryworker.h"
#include "libraryindex.h"
#include "outputstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Easel {

void OutputActions::moveAllToTrash(const QList<OutputRef> &outputs)
{
    trash(outputs);
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
    const QString libraryTrash = QFileInfo(m_store->databasePath()).absoluteDir().filePath(u"trash"_s);
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
