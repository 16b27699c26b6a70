#include "filmstrip.h"

#include "gallerymodel.h"
#include "outputactions.h"
#include "outputrecord.h"
#include "outputstore.h"
#include "stripview.h"
#include "thumbnailprovider.h"

#include <QDrag>
#include <QHBoxLayout>
#include <QMimeData>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>

#include <utility>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
constexpr int thumbnail = 72;

// Thumbnails only, aspect kept, no file names (a strip of "ComfyUI_00012_.png" says
// nothing): a frame marks the one on screen, a star the favourites.
class StripDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        return {thumbnail + 8, thumbnail + 8};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        painter->save();
        const QRect cell = option.rect.adjusted(2, 2, -2, -2);
        const bool current = option.state & QStyle::State_Selected;
        painter->fillRect(cell, option.palette.color(QPalette::Base).darker(current ? 100 : 104));
        const QImage image = index.data(Qt::DecorationRole).value<QImage>();
        if (!image.isNull()) {
            QSize size = image.size();
            size.scale(cell.size() - QSize(4, 4), Qt::KeepAspectRatio);
            QRect target(QPoint(0, 0), size);
            target.moveCenter(cell.center());
            painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
            painter->drawImage(target, image);
        }
        if (current) {
            painter->setPen(QPen(option.palette.color(QPalette::Highlight), 3));
            painter->drawRect(cell.adjusted(1, 1, -2, -2));
        }
        if (index.data(GalleryModel::FavouriteRole).toBool()) {
            painter->setPen(QColor(255, 200, 40));
            QFont font = painter->font();
            font.setBold(true);
            painter->setFont(font);
            painter->drawText(cell.adjusted(4, 2, -4, -2), Qt::AlignTop | Qt::AlignRight, u"★"_s);
        }
        painter->restore();
    }
};

// Drags carry what the shared actions put on the clipboard (file URL, path), so an output
// dragged from the strip lands in other applications and in Easel's image inputs alike.
class FilmstripView : public StripView
{
public:
    using StripView::StripView;

protected:
    void startDrag(Qt::DropActions actions) override
    {
        const QModelIndex index = currentIndex();
        if (!index.isValid())
            return;
        auto *drag = new QDrag(this);
        drag->setMimeData(OutputActions::mimeData(Filmstrip::refAt(index)));
        const QImage icon = index.data(Qt::DecorationRole).value<QImage>();
        if (!icon.isNull())
            drag->setPixmap(QPixmap::fromImage(icon.scaled(64, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        drag->exec(actions & Qt::CopyAction ? Qt::CopyAction : actions);
    }
};
} // namespace

Filmstrip::Filmstrip(OutputStore *store, QWidget *parent)
    : QWidget(parent)
    , m_model(new GalleryModel(store->libraryDirectory(), store->databasePath(), this))
    , m_thumbnails(new ThumbnailProvider(
          QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/thumbnails"_s, this))
    , m_view(new FilmstripView(this))
    , m_live(new QToolButton(this))
{
    setObjectName(u"filmstrip"_s);
    m_thumbnails->setThumbnailSize(thumbnail);
    m_model->setThumbnailProvider(m_thumbnails);
    m_model->setPageSize(512);
    // The newest outputs of the session, held as a window: a day of work must not hold
    // every row. The older ones come back as the strip is scrolled to its start.
    m_model->setAnchoredAtEnd(true);
    m_model->setMaxRows(2048);

    m_view->setObjectName(u"filmstripView"_s);
    m_view->setModel(m_model);
    m_view->setCellSize(QSize(thumbnail + 8, thumbnail + 8));
    m_view->setIconSize(QSize(thumbnail, thumbnail));
    m_view->setItemDelegate(new StripDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setFixedHeight(thumbnail + 8 + m_view->horizontalScrollBar()->sizeHint().height() + 2 * m_view->frameWidth() + 2);
    m_view->setAccessibleName(tr("This session's outputs"));
    m_view->setEmptyText(tr("This session's pictures appear here as they finish, newest on the right."));
    m_view->setToolTip(tr("This session's outputs, newest on the right. Arrows move, right-click for actions."));

    m_live->setObjectName(u"backToLive"_s);
    m_live->setText(tr("Back to Live"));
    m_live->setToolTip(tr("Follow new outputs and the live preview again"));
    m_live->setVisible(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_live);

    connect(m_live, &QToolButton::clicked, this, [this] { setFollowing(true); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                if (!m_choosing && index.isValid())
                    choose(index, true);
            });
    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) { choose(index, true); });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const QModelIndex index = m_view->indexAt(position);
        if (index.isValid())
            emit contextMenuRequested(refAt(index), m_view->viewport()->mapToGlobal(position));
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int, int last) { onRowsInserted(last); });
    connect(m_model, &GalleryModel::earlierRowsFetched, this, &Filmstrip::onEarlierRowsFetched);
    // Oldest rows dropped from the window: what was on screen stays where it was.
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int first, int last) {
        if (first != 0)
            return;
        QScrollBar *bar = m_view->horizontalScrollBar();
        const int value = bar->value();
        bar->setValue(std::max(0, value - (last + 1) * m_view->cellSize().width()));
    });
    // After the view's own layout, never inside it: paging and dropping rows change the
    // model, and the scroll bar also moves while the view lays out.
    auto *scrolled = new QTimer(this);
    scrolled->setSingleShot(true);
    scrolled->setInterval(0);
    connect(scrolled, &QTimer::timeout, this, [this] {
        QScrollBar *bar = m_view->horizontalScrollBar();
        if (bar->value() == bar->minimum() && bar->maximum() > 0 && m_model->canFetchEarlier())
            m_model->fetchEarlier();
        noteRowsInUse();
    });
    connect(m_view->horizontalScrollBar(), &QScrollBar::valueChanged, scrolled, qOverload<>(&QTimer::start));
    connect(m_view->horizontalScrollBar(), &QScrollBar::rangeChanged, scrolled, qOverload<>(&QTimer::start));
    followStore(store);
    // The session's first page: a range of the stored_at index that begins now, so it finds
    // at most what another process stored this instant. Like every later page it is read
    // by the model's worker, never here (the model has only the library's paths): paging
    // back a day of work, the library's open or another process's write never holds the
    // GUI thread. Outputs stored before it answers join the strip when it does.
    setSessionStart(QDateTime::currentDateTimeUtc());
}

void Filmstrip::followStore(OutputStore *store)
{
    connect(store, &OutputStore::outputStored, m_model, &GalleryModel::addStored);
}

void Filmstrip::setSessionStart(const QDateTime &since)
{
    GalleryFilter filter;
    filter.storedFrom = since;
    // In the order they were stored, the order they join the strip in as they come: its
    // pages are ranges of the stored_at index, however large the library.
    filter.sort = GalleryFilter::Sort::StoredOrder;
    m_pendingStep = 0;
    m_model->setFilter(filter);
    // Newest at the end: the model opens on the session's last page; earlier pages come
    // back as the strip is scrolled to its start.
}

void Filmstrip::onEarlierRowsFetched(int added)
{
    if (added > 0) {
        // The rows on screen stay on screen; the earlier ones are to their left.
        QScrollBar *bar = m_view->horizontalScrollBar();
        const int value = bar->value();
        bar->setValue(value + added * m_view->cellSize().width());
    }
    // An arrow pressed past the first row held goes on now that the rows are here.
    if (const int delta = std::exchange(m_pendingStep, 0); delta != 0)
        step(delta);
}

void Filmstrip::noteRowsInUse()
{
    const int cell = m_view->cellSize().width();
    const int first = m_view->horizontalScrollBar()->value() / cell;
    const int count = m_view->viewport()->width() / cell + 2;
    m_model->setRowsInUse(first, first + count);
}

OutputRef Filmstrip::refAt(const QModelIndex &index)
{
    OutputRef ref;
    if (!index.isValid())
        return ref;
    ref.id = index.data(GalleryModel::IdRole).toLongLong();
    ref.path = index.data(GalleryModel::PathRole).toString();
    ref.promptId = index.data(GalleryModel::PromptIdRole).toString();
    ref.nodeId = index.data(GalleryModel::NodeIdRole).toString();
    ref.name = index.data(GalleryModel::ServerFileNameRole).toString();
    ref.animated = index.data(GalleryModel::MediaKindRole).toInt() == int(MediaKind::Animation);
    return ref;
}

OutputRef Filmstrip::outputAt(int row) const
{
    return refAt(m_model->index(row, 0));
}

OutputRef Filmstrip::current() const
{
    return refAt(m_view->currentIndex());
}

void Filmstrip::setFollowing(bool following)
{
    if (m_following == following)
        return;
    m_following = following;
    updateLiveButton();
    if (following && m_model->rowCount() > 0)
        choose(m_model->index(m_model->rowCount() - 1, 0), false);
    emit followingChanged(following);
}

void Filmstrip::setLiveAvailable(bool available)
{
    m_liveAvailable = available;
    updateLiveButton();
}

void Filmstrip::updateLiveButton()
{
    m_live->setVisible(!m_following && m_liveAvailable);
}

void Filmstrip::onRowsInserted(int last)
{
    // Only the newest row is followed; a page of older rows arriving changes nothing.
    if (m_following && last == m_model->rowCount() - 1)
        emit newestArrived();
}

OutputRef Filmstrip::followNewest()
{
    if (!m_following || m_model->rowCount() == 0)
        return {};
    const QModelIndex index = m_model->index(m_model->rowCount() - 1, 0);
    if (m_view->currentIndex() != index) {
        m_choosing = true;
        m_view->setCurrentIndex(index);
        m_choosing = false;
    }
    m_view->scrollTo(index);
    return refAt(index);
}

void Filmstrip::choose(const QModelIndex &index, bool byUser)
{
    if (!index.isValid())
        return;
    if (byUser && m_following) {
        m_following = false;
        updateLiveButton();
        emit followingChanged(false);
    }
    if (m_view->currentIndex() != index) {
        m_choosing = true;
        m_view->setCurrentIndex(index);
        m_choosing = false;
    }
    m_view->scrollTo(index);
    emit outputChosen(refAt(index));
}

void Filmstrip::step(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : rows - 1;
    if (row + delta < 0 && m_model->canFetchEarlier()) {
        // Before the window's first row: the session's earlier outputs are paged in by the
        // worker, and the step is taken when they come (presses meanwhile add up).
        m_pendingStep += row + delta;
        if (row > 0)
            choose(m_model->index(0, 0), true);
        m_model->fetchEarlier();
        return;
    }
    const int next = std::clamp(row + delta, 0, rows - 1);
    if (next != row || !m_view->currentIndex().isValid())
        choose(m_model->index(next, 0), true);
}

bool Filmstrip::selectOutput(qint64 id)
{
    const QModelIndex index = m_model->indexOfId(id);
    if (!index.isValid())
        return false;
    choose(index, true);
    return true;
}

void Filmstrip::clearChoice()
{
    m_choosing = true;
    m_view->selectionModel()->clear();
    m_choosing = false;
}

bool Filmstrip::showJob(const QString &promptId)
{
    QModelIndex last;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(GalleryModel::PromptIdRole).toString() == promptId)
            last = index;
    }
    if (!last.isValid())
        return false;
    choose(last, true);
    return true;
}

QImage Filmstrip::cachedThumbnail(const QString &path) const
{
    return m_thumbnails->thumbnail(path);
}

} // namespace Easel
