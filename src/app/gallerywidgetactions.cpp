#include "gallerywidget.h"

#include "embeddedworkflow.h"
#include "futurecallback.h"
#include "gallerymodel.h"
#include "libraryindex.h"
#include "outputdetaildialog.h"
#include "outputstore.h"
#include "pngchunkscreen.h"
#include "tagdialog.h"
#include "viewer/filmstrip.h"
#include "viewer/outputactions.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMetaMethod>
#include <QMimeData>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <optional>

// GalleryWidget's actions on outputs: the context menu, use the settings, the detail
// dialog and comparison, copy, reveal, tags. Each reads what it needs from the rows the
// grid holds or on the model's worker, never on the GUI thread.

using namespace Qt::StringLiterals;

namespace Easel {

void GalleryWidget::editTagsOfSelection()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QList<QStringList> tags;
    tags.reserve(ids.size());
    // The rows hold their tags (read with their pages): no query per selected output.
    for (const qint64 id : ids)
        tags.append(m_model->indexOfId(id).data(GalleryModel::TagsRole).toStringList());
    // The library's tags (the completions) on the model's worker: the dialog opens when
    // they are in, never with the GUI thread waiting on the index.
    m_model->editIndex(
        [](LibraryIndex &index, GalleryWorker::EditResult &result) { result.values = {index.allTags()}; },
        [this, tags, ids](const GalleryWorker::EditResult &result) {
            auto *dialog = new TagDialog(tags, result.values.value(0).toStringList(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
                applyTags(ids, dialog->tagsToAdd(), dialog->tagsToRemove());
            });
            dialog->open();
        });
}

void GalleryWidget::applyTags(const QList<qint64> &ids, const QStringList &add,
                              const QStringList &remove)
{
    // Written by the model's worker: tagsWritten says how it went (and refreshes the lists).
    for (const QString &tag : add)
        m_model->addTag(ids, tag);
    for (const QString &tag : remove)
        m_model->removeTag(ids, tag);
}

void GalleryWidget::withOutput(qint64 outputId, std::function<void(const std::optional<GalleryRow> &)> done)
{
    // A row the library holds was read with its page: nothing is read for it.
    const QModelIndex held = m_model->indexOfId(outputId);
    if (held.isValid()) {
        GalleryRow row;
        row.id = outputId;
        row.path = held.data(GalleryModel::PathRole).toString();
        row.serverFileName = held.data(GalleryModel::ServerFileNameRole).toString();
        row.promptId = held.data(GalleryModel::PromptIdRole).toString();
        row.nodeId = held.data(GalleryModel::NodeIdRole).toString();
        row.seed = held.data(GalleryModel::SeedRole).toString();
        done(row);
        return;
    }
    // One not held (filtered out, scrolled far away) is read on the model's worker, never
    // on the GUI thread (another process's write lock, a busy disk).
    auto read = std::make_shared<std::optional<GalleryRow>>();
    m_model->editIndex(
        [outputId, read](LibraryIndex &index, GalleryWorker::EditResult &) {
            if (const auto record = index.output(outputId))
                *read = GalleryRow::fromRecord(*record);
        },
        [read, done = std::move(done)](const GalleryWorker::EditResult &) { done(*read); });
}

void GalleryWidget::useSettings(qint64 outputId)
{
    // The job's JSON (big for a large graph) and, for an imported file, the PNG's own copy
    // are read on the model's worker; the editor gets them when they are in.
    struct Settings
    {
        QByteArray apiJson;
        QByteArray workflowJson;
        QString seed;
    };
    auto read = std::make_shared<std::optional<Settings>>();
    m_model->editIndex(
        [outputId, read](LibraryIndex &index, GalleryWorker::EditResult &) {
            const std::optional<OutputRecord> record = index.output(outputId);
            if (!record)
                return;
            const std::optional<JobRecord> job = index.job(record->promptId);
            if (job && !job->apiJson.isEmpty()) {
                *read = Settings{job->apiJson, job->workflowJson, record->seed};
                return;
            }
            // No job record (an imported file): the PNG's own copy is the next best thing.
            const EmbeddedWorkflow embedded = readEmbeddedWorkflow(record->path);
            if (!embedded.isEmpty())
                *read = Settings{embedded.apiJson, embedded.workflowJson, record->seed};
        },
        [this, read](const GalleryWorker::EditResult &) {
            if (*read)
                emit useSettingsRequested((*read)->apiJson, (*read)->workflowJson, (*read)->seed);
        });
}

OutputDetailDialog *GalleryWidget::openDetail(qint64 outputId)
{
    if (outputId <= 0)
        return nullptr;
    auto *dialog = new OutputDetailDialog(m_store->libraryDirectory(), m_store->databasePath(), outputId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OutputDetailDialog::useSettingsRequested, this, [this, outputId] {
        useSettings(outputId);
    });
    dialog->show();
    return dialog;
}

OutputDetailDialog *GalleryWidget::compareSelected()
{
    // The selected outputs are rows the library holds: what they are was read with their
    // page, nothing is read here.
    QModelIndexList chosen = m_view->selectionModel()->selectedIndexes();
    if (chosen.size() != 2)
        return nullptr;
    // The one the artist clicked last is the reference, on the left.
    if (chosen.at(1) == m_view->currentIndex())
        chosen.swapItemsAt(0, 1);
    // In the window the two go to the viewer's compare (one viewer everywhere).
    if (isSignalConnected(QMetaMethod::fromSignal(&GalleryWidget::compareRequested))) {
        emit compareRequested(Filmstrip::refAt(chosen.at(0)), Filmstrip::refAt(chosen.at(1)));
        return nullptr;
    }
    OutputDetailDialog *dialog = openDetail(chosen.at(0).data(GalleryModel::IdRole).toLongLong());
    if (dialog)
        dialog->compareWith(chosen.at(1).data(GalleryModel::PathRole).toString());
    return dialog;
}

void GalleryWidget::copySeed(qint64 outputId)
{
    withOutput(outputId, [](const std::optional<GalleryRow> &row) {
        if (row)
            QApplication::clipboard()->setText(row->seed);
    });
}

void GalleryWidget::copyImage(qint64 outputId)
{
    withOutput(outputId, [this](const std::optional<GalleryRow> &row) {
        if (!row)
            return;
        // Decoded off the GUI thread (screened first, as every PNG is), up to a size an
        // image editor or chat program takes; beyond that the file only.
        const QString path = row->path;
        const auto decode = QtConcurrent::run([path] {
            if (!PngChunkScreen::fileProblem(path).isEmpty())
                return QImage();
            QImageReader reader(path);
            reader.setAutoTransform(true);
            const QSize size = reader.size();
            constexpr qint64 maxClipboardPixels = 8192LL * 8192;
            if (!size.isValid() || qint64(size.width()) * size.height() > maxClipboardPixels)
                return QImage();
            return reader.read();
        });
        onFinished(decode, this, [path](const QImage &image) {
            // The pixels for image editors and chat programs, the file for file managers
            // and mail; each takes what it understands.
            auto *mime = new QMimeData;
            if (!image.isNull())
                mime->setImageData(image);
            mime->setUrls({QUrl::fromLocalFile(path)});
            QApplication::clipboard()->setMimeData(mime);
        });
    });
}

void GalleryWidget::revealInFolder(qint64 outputId)
{
    withOutput(outputId, [](const std::optional<GalleryRow> &row) {
        if (row)
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(row->path).absolutePath()));
    });
}

void GalleryWidget::setOutputActions(OutputActions *actions)
{
    m_actions = actions;
    // "Compare the Two" of the shared multi-selection menu: only this widget offers it.
    connect(actions, &OutputActions::compareTwoRequested, this, &GalleryWidget::compareRequested);
    // Tags written, or outputs trashed, through them change what the tag list offers: a
    // first tag makes it appear, the last one gone takes it away.
    connect(actions, &OutputActions::tagsChanged, this, &GalleryWidget::refreshFilterLists);
    connect(actions, &OutputActions::outputTrashed, this, &GalleryWidget::refreshFilterLists);
}

void GalleryWidget::showContextMenu(const QPoint &position)
{
    const qint64 id = currentId();
    if (id <= 0)
        return;
    if (m_actions) {
        // The same actions as in the viewer and the filmstrip, on one output or on all the
        // selected ones (the current one first: the reference of a comparison).
        QList<OutputRef> chosen{Filmstrip::refAt(m_view->currentIndex())};
        for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes()) {
            if (index != m_view->currentIndex())
                chosen.append(Filmstrip::refAt(index));
        }
        if (!m_view->selectionModel()->isSelected(m_view->currentIndex()) && chosen.size() > 1)
            chosen.removeFirst(); // the current item was not part of the selection
        QMenu *shared = m_actions->createMenu(chosen, this);
        shared->setAttribute(Qt::WA_DeleteOnClose);
        if (chosen.size() > 1) {
            shared->addSeparator();
            QAction *exportAction = shared->addAction(tr("Export Selected…"), this, [this] {
                const QString directory = QFileDialog::getExistingDirectory(this, tr("Export to"));
                if (!directory.isEmpty())
                    exportSelected(directory);
            });
            exportAction->setObjectName(u"actionExport"_s);
        }
        shared->popup(m_view->viewport()->mapToGlobal(position));
        return;
    }
    QMenu menu(this);
    menu.addAction(tr("Open"), this, [this, id] { openDetail(id); });
    menu.addAction(tr("Use these settings"), this, [this, id] { useSettings(id); });
    menu.addSeparator();
    menu.addAction(tr("Copy image"), this, [this, id] { copyImage(id); });
    menu.addAction(tr("Copy seed"), this, [this, id] { copySeed(id); });
    menu.addAction(tr("Open containing folder"), this, [this, id] { revealInFolder(id); });
    const bool favourite = m_view->currentIndex().data(GalleryModel::FavouriteRole).toBool();
    menu.addAction(favourite ? tr("Remove from favourites") : tr("Add to favourites"), this,
                   [this, favourite] { m_model->setFavourite(m_view->currentIndex(), !favourite); });
    QAction *compare = menu.addAction(tr("Compare the two selected"), this, &GalleryWidget::compareSelected);
    compare->setEnabled(m_view->selectionModel()->selectedIndexes().size() == 2);
    menu.addAction(tr("Edit tags…"), this, &GalleryWidget::editTagsOfSelection);
    menu.addSeparator();
    menu.addAction(tr("Export selected…"), this, [this] {
        const QString directory = QFileDialog::getExistingDirectory(this, tr("Export to"));
        if (!directory.isEmpty())
            exportSelected(directory);
    });
    menu.addAction(tr("Move selected to trash"), this, &GalleryWidget::deleteSelected);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace Easel
