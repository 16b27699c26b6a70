#include "gallerywidget.h"

#include "embeddedworkflow.h"
#include "gallerymodel.h"
#include "libraryindex.h"
#include "outputdetaildialog.h"
#include "outputstore.h"
#include "thumbnailprovider.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSlider>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

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
    , m_sort(new QComboBox(this))
    , m_favourites(new QCheckBox(tr("Favourites"), this))
    , m_size(new QSlider(Qt::Horizontal, this))
{
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
    m_sort->setObjectName(u"gallerySort"_s);
    m_sort->addItem(tr("Newest first"), int(GalleryFilter::Sort::NewestFirst));
    m_sort->addItem(tr("Oldest first"), int(GalleryFilter::Sort::OldestFirst));
    m_sort->addItem(tr("Largest first"), int(GalleryFilter::Sort::LargestFirst));
    m_favourites->setObjectName(u"galleryFavourites"_s);
    m_size->setObjectName(u"gallerySize"_s);
    m_size->setRange(64, 384);
    m_size->setValue(m_thumbnails->thumbnailSize());
    m_size->setToolTip(tr("Thumbnail size"));

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
    m_view->setModel(m_model);
    m_view->setItemDelegate(new GalleryItemDelegate(m_view));
    setThumbnailSize(m_size->value());

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_period);
    bar->addWidget(m_favourites);
    bar->addWidget(m_sort);
    bar->addWidget(m_size);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    // Typing filters after a pause, not per key: each filter change reloads from the index.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &GalleryWidget::applyFilter);
    connect(m_period, &QComboBox::currentIndexChanged, this, &GalleryWidget::applyFilter);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &GalleryWidget::applyFilter);
    connect(m_favourites, &QCheckBox::toggled, this, &GalleryWidget::applyFilter);
    connect(m_size, &QSlider::valueChanged, this, &GalleryWidget::setThumbnailSize);
    connect(m_view, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        openDetail(index.data(GalleryModel::IdRole).toLongLong());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &GalleryWidget::showContextMenu);
    connect(m_store, &OutputStore::outputStored, m_model, &GalleryModel::addStored);

    m_model->reload();
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
    }
    m_model->setFilter(filter);
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

void GalleryWidget::useSettings(qint64 outputId)
{
    const std::optional<OutputRecord> record = m_store->index()->output(outputId);
    if (!record)
        return;
    const std::optional<JobRecord> job = m_store->index()->job(record->promptId);
    if (job && !job->apiJson.isEmpty()) {
        emit useSettingsRequested(job->apiJson, job->workflowJson, record->seed);
        return;
    }
    // No job record (an imported file): the PNG's own copy is the next best thing.
    const EmbeddedWorkflow embedded = readEmbeddedWorkflow(record->path);
    if (!embedded.isEmpty())
        emit useSettingsRequested(embedded.apiJson, embedded.workflowJson, record->seed);
}

void GalleryWidget::openDetail(qint64 outputId)
{
    if (outputId <= 0)
        return;
    auto *dialog = new OutputDetailDialog(m_store->index(), outputId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OutputDetailDialog::useSettingsRequested, this, [this, outputId] {
        useSettings(outputId);
    });
    dialog->show();
}

void GalleryWidget::copySeed(qint64 outputId)
{
    if (const auto record = m_store->index()->output(outputId))
        QApplication::clipboard()->setText(record->seed);
}

void GalleryWidget::copyImage(qint64 outputId)
{
    if (const auto record = m_store->index()->output(outputId))
        QApplication::clipboard()->setImage(QImage(record->path));
}

void GalleryWidget::revealInFolder(qint64 outputId)
{
    if (const auto record = m_store->index()->output(outputId))
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(record->path).absolutePath()));
}

void GalleryWidget::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    QList<qint64> removed;
    for (const qint64 id : ids) {
        const auto record = m_store->index()->output(id);
        if (!record)
            continue;
        // To the trash where the platform has one; a plain delete only where it has none.
        if (QFile::exists(record->path) && !QFile::moveToTrash(record->path)
            && !QFile::remove(record->path))
            continue;
        if (m_store->index()->removeOutput(id))
            removed.append(id);
    }
    m_model->removeIds(removed);
}

void GalleryWidget::exportSelected(const QString &directory)
{
    QStringList failed;
    for (const qint64 id : selectedIds()) {
        const auto record = m_store->index()->output(id);
        if (!record)
            continue;
        QString target = QDir(directory).filePath(QFileInfo(record->path).fileName());
        for (int n = 1; QFileInfo::exists(target); ++n) {
            const QFileInfo info(record->path);
            target = QDir(directory).filePath(u"%1 (%2).%3"_s.arg(info.completeBaseName()).arg(n).arg(info.suffix()));
        }
        if (!QFile::copy(record->path, target))
            failed.append(record->path);
    }
    if (!failed.isEmpty())
        QMessageBox::warning(this, tr("Export"), tr("Could not export:\n%1").arg(failed.join(u'\n')));
}

void GalleryWidget::showContextMenu(const QPoint &position)
{
    const qint64 id = currentId();
    if (id <= 0)
        return;
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
