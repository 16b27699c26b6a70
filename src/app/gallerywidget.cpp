#include "gallerywidget.h"

#include "embeddedworkflow.h"
#include "futurecallback.h"
#include "gallerymodel.h"
#include "libraryindex.h"
#include "outputdetaildialog.h"
#include "outputstore.h"
#include "pngchunkscreen.h"
#include "safefilename.h"
#include "tagdialog.h"
#include "thumbnailprovider.h"
#include "viewer/filmstrip.h"
#include "viewer/outputactions.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QScrollBar>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMetaMethod>
#include <QMimeData>
#include <QSlider>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// With uniform item sizes the view measures only the first item, usually before its
// thumbnail has been decoded; without this, every cell would take that thumbnail-less
// height and clip the images. The size follows the view's icon size instead.
class GalleryItemDelegate : public QStyledItemDelegate
{
public:
    explicit GalleryItemDelegate(QListView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QSize icon = m_view->iconSize();
        return QSize(icon.width() + 8, icon.height() + option.fontMetrics.height() + 8);
    }

private:
    QListView *m_view;
};

} // namespace

namespace Easel {

GalleryWidget::GalleryWidget(OutputStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_thumbnails(new ThumbnailProvider(
          QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/thumbnails"_s, this))
    , m_model(new GalleryModel(store->index(), this))
    , m_view(new QListView(this))
    , m_search(new QLineEdit(this))
    , m_period(new QComboBox(this))
    , m_fromDate(new QDateEdit(this))
    , m_toDate(new QDateEdit(this))
    , m_workflow(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_server(new QComboBox(this))
    , m_sort(new QComboBox(this))
    , m_favourites(new QCheckBox(tr("Favourites"), this))
    , m_size(new QSlider(Qt::Horizontal, this))
{
    m_exports.setMaxThreadCount(1);
    setAcceptDrops(true);
    m_model->setThumbnailProvider(m_thumbnails);

    m_search->setObjectName(u"gallerySearch"_s);
    m_search->setPlaceholderText(tr("Prompt, file name or seed"));
    m_search->setClearButtonEnabled(true);
    m_period->setObjectName(u"galleryPeriod"_s);
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Today"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Between…"), -1);
    // The custom range: both days included, shown only when "Between…" is chosen.
    for (QDateEdit *edit : {m_fromDate, m_toDate}) {
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
        edit->setMaximumDate(QDate::currentDate().addYears(1));
        edit->setVisible(false);
    }
    m_fromDate->setObjectName(u"galleryFromDate"_s);
    m_fromDate->setToolTip(tr("First day shown"));
    m_fromDate->setDate(QDate::currentDate().addDays(-6));
    m_toDate->setObjectName(u"galleryToDate"_s);
    m_toDate->setToolTip(tr("Last day shown"));
    m_workflow->setObjectName(u"galleryWorkflow"_s);
    m_workflow->setToolTip(tr("Only outputs of this workflow"));
    m_tag->setObjectName(u"galleryTag"_s);
    m_tag->setToolTip(tr("Only outputs with this tag"));
    m_server->setObjectName(u"galleryServer"_s);
    m_server->setToolTip(tr("Only outputs made on this server of the farm"));
    // The library shares a narrow dock at 1366 px: the choices take a few characters' room
    // and grow with the dock (their lists open as wide as their entries), so a long
    // workflow name never makes the dock, and the window, wider than the screen.
    for (QComboBox *combo : {m_period, m_workflow, m_tag, m_server, m_sort}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        combo->view()->setTextElideMode(Qt::ElideNone);
    }
    m_search->setMinimumWidth(80);
    m_sort->setObjectName(u"gallerySort"_s);
    m_sort->addItem(tr("Newest first"), int(GalleryFilter::Sort::NewestFirst));
    m_sort->addItem(tr("Oldest first"), int(GalleryFilter::Sort::OldestFirst));
    m_sort->addItem(tr("Largest first"), int(GalleryFilter::Sort::LargestFirst));
    m_favourites->setObjectName(u"galleryFavourites"_s);
    m_size->setObjectName(u"gallerySize"_s);
    m_size->setRange(64, 384);
    m_size->setValue(m_thumbnails->thumbnailSize());
    m_size->setToolTip(tr("Thumbnail size"));
    m_size->setAccessibleName(tr("Thumbnail size"));
    m_size->setMinimumWidth(48);
    m_size->setMaximumWidth(120);

    // Uniform sizes and batched layout keep a 100,000-row grid cheap: the view never asks
    // every item for its size, and lays out in steps while the model pages in.
    m_view->setObjectName(u"galleryView"_s);
    m_view->setViewMode(QListView::IconMode);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true);
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(512);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // Names are cut at their start: "Easel-ch…" on every small tile says nothing, while
    // the end of a ComfyUI name, its counter ("…_00008_.png"), tells a run's outputs apart.
    m_view->setTextElideMode(Qt::ElideLeft);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new GalleryItemDelegate(m_view));
    setThumbnailSize(m_size->value());

    // Two rows: what to look for and in which order, then where to look and how large.
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_favourites);
    bar->addWidget(m_sort);
    auto *scope = new QHBoxLayout;
    scope->addWidget(m_period);
    scope->addWidget(m_fromDate);
    scope->addWidget(m_toDate);
    scope->addWidget(m_workflow);
    scope->addWidget(m_tag);
    scope->addWidget(m_server);
    scope->addWidget(m_size);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addLayout(scope);
    layout->addWidget(m_view, 1);

    // Typing filters after a pause, not per key: each filter change reloads from the index.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &GalleryWidget::applyFilter);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_period->currentData().toInt() < 0;
        m_fromDate->setVisible(custom);
        m_toDate->setVisible(custom);
        applyFilter();
    });
    connect(m_fromDate, &QDateEdit::dateChanged, this, &GalleryWidget::applyFilter);
    connect(m_toDate, &QDateEdit::dateChanged, this, &GalleryWidget::applyFilter);
    connect(m_workflow, &QComboBox::currentIndexChanged, this, &GalleryWidget::applyFilter);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &GalleryWidget::applyFilter);
    connect(m_server, &QComboBox::currentIndexChanged, this, &GalleryWidget::applyFilter);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &GalleryWidget::applyFilter);
    connect(m_favourites, &QCheckBox::toggled, this, &GalleryWidget::applyFilter);
    connect(m_size, &QSlider::valueChanged, this, &GalleryWidget::setThumbnailSize);
    connect(m_view, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        // The window's viewer when there is one (one viewer everywhere); else the dialog.
        if (isSignalConnected(QMetaMethod::fromSignal(&GalleryWidget::outputOpened)))
            emit outputOpened(Filmstrip::refAt(index));
        else
            openDetail(index.data(GalleryModel::IdRole).toLongLong());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &GalleryWidget::showContextMenu);
    connect(m_store, &OutputStore::outputStored, this, &GalleryWidget::addStored);

    // The model keeps a window of rows; it must know which ones are on screen so that it
    // drops only others. Told once per burst of scrolling or resizing, after the view's
    // own layout (never from inside it).
    auto *inUse = new QTimer(this);
    inUse->setSingleShot(true);
    inUse->setInterval(0);
    connect(inUse, &QTimer::timeout, this, &GalleryWidget::noteRowsInUse);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, inUse, qOverload<>(&QTimer::start));
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, inUse, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_deepestRowInUse = -1; });

    // The first page of the unfiltered library is an index walk of a few hundred rows;
    // every later filter or page is read on a worker (a text search scans the table).
    m_model->reload();
    m_model->setQueriesOnWorker(true);
    // The filter lists show once their names are in (and there is a choice).
    for (QComboBox *list : {m_workflow, m_tag, m_server})
        list->setVisible(false);
    refreshFilterLists();
    // Favourites and tags are written by the model's worker (never waiting on another
    // process's write lock here): how it went comes back.
    connect(m_model, &GalleryModel::tagsWritten, this, [this](bool ok, const QString &error) {
        if (!ok)
            QMessageBox::warning(this, tr("Tags"), tr("Could not save the tags:\n%1").arg(error));
        refreshFilterLists();
    });
    connect(m_model, &GalleryModel::favouriteWritten, this, [this](bool ok, const QString &error) {
        if (!ok)
            QMessageBox::warning(this, tr("Favourites"), tr("Could not save the favourite:\n%1").arg(error));
    });
}

GalleryWidget::~GalleryWidget() = default;

void GalleryWidget::applyFilter()
{
    GalleryFilter filter;
    filter.text = m_search->text().trimmed();
    filter.favouritesOnly = m_favourites->isChecked();
    filter.sort = GalleryFilter::Sort(m_sort->currentData().toInt());
    const int days = m_period->currentData().toInt();
    if (days > 0) {
        const QDate first = QDate::currentDate().addDays(1 - days);
        filter.from = first.startOfDay();
    } else if (days < 0) {
        // Whole local days, the last one included; a reversed range is read the right way.
        QDate first = m_fromDate->date();
        QDate last = m_toDate->date();
        if (first > last)
            std::swap(first, last);
        filter.from = first.startOfDay();
        filter.to = last.addDays(1).startOfDay();
    }
    filter.workflowName = m_workflow->currentData().toString();
    filter.tag = m_tag->currentData().toString();
    filter.server = m_server->currentData().toString();
    m_model->setFilter(filter);
}

void GalleryWidget::noteRowsInUse()
{
    // Uniform cells on a grid, left to right and wrapping: the rows on screen follow from
    // the scroll offset (pixels) and the grid, without asking the view for every cell.
    const QSize grid = m_view->gridSize().isValid() ? m_view->gridSize() : QSize(64, 64);
    const QRect area = m_view->viewport()->rect();
    const int perLine = std::max(1, area.width() / std::max(1, grid.width()));
    const int offset = m_view->verticalScrollBar()->value();
    const int firstLine = offset / std::max(1, grid.height());
    const int lines = area.height() / std::max(1, grid.height()) + 2;
    const int last = (firstLine + lines) * perLine - 1;
    // A batched layout shows a partial scroll range for a moment (every new output at the
    // top lays the grid out again), so away from the top the deepest row seen only grows:
    // rows the artist scrolled to are never dropped under them. Back at the top, the rows
    // below the first screens may go again.
    m_deepestRowInUse = offset <= area.height() ? last : std::max(m_deepestRowInUse, last);
    m_model->setRowsInUse(firstLine * perLine, m_deepestRowInUse);
}

void GalleryWidget::refreshFilterLists()
{
    // The names are read on the model's worker, in order with its writes (a tag just
    // written is listed): a library of many tags or workflows, or another process's write
    // lock, never holds the GUI thread. The lists change when the names are in. Asked
    // again while a read is out (a burst of a new workflow's outputs), it reads once more
    // after that one, not once per ask.
    if (m_filterListsReading) {
        m_filterListsStale = true;
        return;
    }
    m_filterListsReading = true;
    m_model->editIndex(
        [](LibraryIndex &index, GalleryWorker::EditResult &result) {
            result.values = {index.workflowNames(), index.allTags(), GalleryModel::serverNames(index)};
        },
        [this](const GalleryWorker::EditResult &result) {
            m_filterListsReading = false;
            fillFilterLists(result.values.value(0).toStringList(), result.values.value(1).toStringList(),
                            result.values.value(2).toStringList());
            if (std::exchange(m_filterListsStale, false))
                refreshFilterLists();
        });
}

void GalleryWidget::fillFilterLists(const QStringList &workflows, const QStringList &tags,
                                    const QStringList &servers)
{
    const auto refill = [](QComboBox *box, const QString &any, const QStringList &names) {
        const QString chosen = box->currentData().toString();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(any, QString());
        for (const QString &name : names)
            box->addItem(name, name);
        // A choice that vanished (its last tag removed) falls back to "any"; the filter
        // follows below.
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
    };
    const QString workflow = m_workflow->currentData().toString();
    const QString tag = m_tag->currentData().toString();
    const QString server = m_server->currentData().toString();
    refill(m_workflow, tr("Any workflow"), workflows);
    refill(m_tag, tr("Any tag"), tags);
    refill(m_server, tr("Any server"), servers);
    if (!m_serverNames.isEmpty()) {
        // By the names the artist gave the servers, in their order (the address as tooltip).
        QList<std::pair<QString, QString>> named; // name, url
        for (int i = 1; i < m_server->count(); ++i) {
            const QString url = m_server->itemData(i).toString();
            named.append({m_serverNames.value(url, url), url});
        }
        std::sort(named.begin(), named.end(), [](const auto &a, const auto &b) {
            return QString::localeAwareCompare(a.first, b.first) < 0;
        });
        const QSignalBlocker blocker(m_server);
        const QString current = m_server->currentData().toString();
        while (m_server->count() > 1)
            m_server->removeItem(1);
        for (const auto &[name, url] : std::as_const(named)) {
            m_server->addItem(name, url);
            m_server->setItemData(m_server->count() - 1, url, Qt::ToolTipRole);
        }
        m_server->setCurrentIndex(std::max(0, m_server->findData(current)));
    }
    // Nothing to choose from is no filter: the lists appear once there is a choice (the
    // server list once outputs came from two servers: a farm).
    m_workflow->setVisible(m_workflow->count() > 1);
    m_tag->setVisible(m_tag->count() > 1);
    m_server->setVisible(m_server->count() > 2 || !server.isEmpty());
    if (workflow != m_workflow->currentData().toString() || tag != m_tag->currentData().toString()
        || server != m_server->currentData().toString())
        applyFilter();
}

void GalleryWidget::followStore(OutputStore *store)
{
    if (store && store != m_store)
        connect(store, &OutputStore::outputStored, this, &GalleryWidget::addStored);
}

void GalleryWidget::addStored(const OutputRecord &record)
{
    m_model->addStored(record);
    // A workflow's (or a server's) first output makes it a filter choice.
    if ((!record.workflowName.isEmpty() && m_workflow->findData(record.workflowName) < 0)
        || (!record.server.isEmpty() && m_server->findData(record.server) < 0))
        refreshFilterLists();
}

void GalleryWidget::setServerDisplayNames(const QHash<QString, QString> &names)
{
    m_serverNames = names;
    refreshFilterLists();
}

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

void GalleryWidget::setThumbnailSize(int pixels)
{
    m_thumbnails->setThumbnailSize(pixels);
    m_view->setIconSize(QSize(pixels, pixels));
    m_view->setGridSize(QSize(pixels + 16, pixels + fontMetrics().height() + 16));
}

qint64 GalleryWidget::currentId() const
{
    return m_view->currentIndex().data(GalleryModel::IdRole).toLongLong();
}

QList<qint64> GalleryWidget::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes())
        ids.append(index.data(GalleryModel::IdRole).toLongLong());
    return ids;
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
    auto *dialog = new OutputDetailDialog(m_store->index(), outputId, this);
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
}

void GalleryWidget::setTrashFunction(TrashFunction trash)
{
    m_trash = std::move(trash);
}

QString GalleryWidget::fallbackTrashDirectory() const
{
    return QFileInfo(m_store->index()->databasePath()).absoluteDir().filePath(u"trash"_s);
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

void GalleryWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->source() != m_view)
        event->acceptProposedAction();
}

void GalleryWidget::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        const EmbeddedWorkflow embedded = readEmbeddedWorkflow(url.toLocalFile());
        if (!embedded.isEmpty())
            emit workflowFileOpened(url.toLocalFile(), embedded.apiJson, embedded.workflowJson);
    }
    event->acceptProposedAction();
}

} // namespace Easel
