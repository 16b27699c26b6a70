#include "gallerywidget.h"

#include "embeddedworkflow.h"
#include "futurecallback.h"
#include "gallerymodel.h"
#include "libraryindex.h"
#include "outputstore.h"
#include "thumbnailprovider.h"
#include "viewer/filmstrip.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QGuiApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDragEnterEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMetaMethod>
#include <QMimeData>
#include <QScrollBar>
#include <QSlider>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

// The grid, its filter bar and what it shows. The filter bar's choices and the filter they
// make are in gallerywidgetfilter.cpp, the actions on outputs in gallerywidgetactions.cpp,
// moving to the trash and exporting in gallerywidgetfiles.cpp.

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

namespace {
constexpr int defaultThumbnailPixels = 112;
}

GalleryWidget::GalleryWidget(OutputStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_thumbnails(new ThumbnailProvider(
          QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/thumbnails"_s, this))
    , m_model(new GalleryModel(store->libraryDirectory(), store->databasePath(), this))
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
    // Two columns in the library's dock at 1366 px (one 192 px column showed two pictures
    // at a time); the slider makes them larger.
    m_size->setValue(defaultThumbnailPixels);
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

    // What to look for and in which order; then where to look, two choices to a row, and
    // how large. The library shares a dock about 320 px wide at 1366 px: in one row the
    // four lists and the slider asked for 528 px, and the dock took them from the viewer.
    // Rows whose lists are all hidden (no tags yet, one server) take no room.
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_favourites);
    bar->addWidget(m_sort);
    auto *scope = new QGridLayout;
    scope->addWidget(m_period, 0, 0);
    scope->addWidget(m_workflow, 0, 1);
    scope->addWidget(m_size, 0, 2);
    scope->addWidget(m_fromDate, 1, 0);
    scope->addWidget(m_toDate, 1, 1);
    scope->addWidget(m_tag, 2, 0);
    scope->addWidget(m_server, 2, 1);
    scope->setColumnStretch(0, 1);
    scope->setColumnStretch(1, 1);
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
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (QGuiApplication::keyboardModifiers() == Qt::NoModifier) // not a Ctrl/Shift selection
            emit outputClicked(Filmstrip::refAt(index));
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

    // Every page, the first too, is read on the model's worker (a text search scans the
    // table): the model has only the library's paths, and the GUI thread opens no
    // connection, whose open may wait on a migration or another process's lock.
    m_model->reload();
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

void GalleryWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->source() != m_view)
        event->acceptProposedAction();
}

void GalleryWidget::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    event->acceptProposedAction();
    // The files are read for their workflows on a pool thread (a big PNG, a slow disk or a
    // network share must not hold the window, nor the program the drag came from); each
    // one that holds a workflow opens when it is read, in the order dropped.
    using Found = QList<std::pair<QString, EmbeddedWorkflow>>;
    onFinished(QtConcurrent::run([paths] {
                   Found found;
                   for (const QString &path : paths) {
                       EmbeddedWorkflow embedded = readEmbeddedWorkflow(path);
                       if (!embedded.isEmpty())
                           found.append({path, std::move(embedded)});
                   }
                   return found;
               }),
               this, [this](const Found &found) {
                   for (const auto &[path, embedded] : found)
                       emit workflowFileOpened(path, embedded.apiJson, embedded.workflowJson);
               });
}

} // namespace Easel
