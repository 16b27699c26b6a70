#include "imageview.h"

#include "fullrestiles.h"
#include "futurecallback.h"
#include "pngchunkscreen.h"
#include "zoompan.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
QColor backdrop(const QPalette &palette)
{
    // A neutral grey a little away from the window colour: colours are judged against
    // grey, not against a tinted theme.
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0x1c, 0x1c, 0x1c) : QColor(0x9a, 0x9a, 0x9a);
}
} // namespace

ImageView::ImageView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"imageView"_s);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(160, 120);
    grabGesture(Qt::PinchGesture);
    // One file at a time: two 16k pictures decoding at once would double the memory peak.
    m_pool.setMaxThreadCount(1);
    setAccessibleName(tr("Picture"));
    m_tiles = new FullResTiles(this);
    connect(m_tiles, &FullResTiles::tilesArrived, this, qOverload<>(&QWidget::update));
    m_cancel = std::make_shared<std::atomic<bool>>(false);
}

ImageView::~ImageView()
{
    m_cancel->store(true); // a decode in progress stops at its next band
    m_pool.clear();
    m_pool.waitForDone();
}

QList<double> ImageView::zoomSteps()
{
    return {1.0 / 32, 1.0 / 24, 1.0 / 16, 1.0 / 12, 1.0 / 8, 1.0 / 6, 1.0 / 4, 1.0 / 3, 1.0 / 2, 2.0 / 3,
            1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0, 24.0, 32.0};
}

QImage ImageView::image() const
{
    return hasImage() ? m_pyramid->levels.first() : QImage();
}

void ImageView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    update();
}

void ImageView::openFile(const QString &path, const QImage &standIn)
{
    const int generation = ++m_generation;
    m_loading = true;
    m_standInShown = false;
    m_partialShown = false;
    m_underlay = QImage();
    m_cancel->store(true); // the picture before, if still decoding, is not wanted now
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_loadingText = tr("Opening %1…").arg(QFileInfo(path).fileName());
    // The header alone (its pixel size, for the hint) is read off the GUI thread too.
    const auto probe = QtConcurrent::run([path] {
        return PngChunkScreen::fileProblem(path).isEmpty() ? QImageReader(path).size() : QSize();
    });
    onFinished(probe, this, [this, path, standIn, generation](const QSize &size) {
        // The first bands of the picture itself may be on screen already.
        if (generation != m_generation || !m_loading || !size.isValid() || m_partialShown)
            return;
        if (standIn.isNull()) {
            m_loadingText = tr("Opening %1 (%2 × %3)…").arg(QFileInfo(path).fileName()).arg(size.width()).arg(size.height());
            update();
            return;
        }
        // What is already in memory, on screen at once: the whole picture at the stand-in's
        // fidelity, sharpened when the decode ends. Its pixel size is the file's, so the
        // zoom and the size shown are already right and the view does not jump.
        auto shown = std::make_shared<ImagePyramid>();
        shown->fullSize = size;
        shown->levels.append(standIn);
        m_standInShown = true;
        m_loadingText = tr("Preview · opening %1 × %2…").arg(size.width()).arg(size.height());
        showPyramid(std::move(shown), path);
    });
    update();
    m_pool.clear(); // a picture asked for and passed over is not decoded
    // First the working copy alone, on screen as soon as it is decoded; then the smaller
    // levels that make zoomed-out views smooth, swapped in without moving the view.
    // A PNG arrives in bands, top first: each is on screen as it is ready (at most one
    // hand-over per 40 ms, so a fast decode is not slowed by repaints).
    const auto future = QtConcurrent::run(&m_pool, [this, path, standIn, generation, cancel = m_cancel] {
        QElapsedTimer sinceLast;
        const auto onRows = [&](const ImagePyramid &partial, int rowsReady) {
            if (sinceLast.isValid() && sinceLast.elapsed() < 40)
                return;
            sinceLast.start();
            auto shared = std::make_shared<const ImagePyramid>(partial);
            // Queued to the GUI thread; dropped if the view is gone (its destructor waits
            // for this decode, so `this` is alive while it is posted).
            QMetaObject::invokeMethod(
                this, [this, shared, rowsReady, generation, path, standIn] {
                    showRows(shared, rowsReady, generation, path, standIn);
                },
                Qt::QueuedConnection);
        };
        return ImagePyramid::load(path, ImagePyramid::maxWorkingSide, ImagePyramid::Levels::WorkingCopyOnly, onRows,
                                  cancel.get());
    });
    onFinished(future, this, [this, path, generation](const ImagePyramid &loaded) {
        if (generation != m_generation)
            return; // another picture was asked for meanwhile
        m_loading = false;
        m_underlay = QImage();
        const bool wasPartial = std::exchange(m_partialShown, false);
        const bool wasStandIn = std::exchange(m_standInShown, false);
        if (loaded.isNull()) {
            if (wasStandIn || wasPartial) {
                // A stand-in of a file that cannot be read would pass for the picture.
                m_path.clear();
                setPyramid(nullptr);
            }
            update();
            emit loadFailed(path, loaded.error);
            return;
        }
        auto shown = std::make_shared<const ImagePyramid>(loaded);
        showPyramid(shown, path);
        emit imageLoaded(path);
        if (std::max(loaded.fullSize.width(), loaded.fullSize.height()) <= 512)
            return; // nothing to halve
        const auto levels = QtConcurrent::run(&m_pool, [shown] { return shown->withLevels(); });
        onFinished(levels, this, [this, generation](const ImagePyramid &complete) {
            if (generation == m_generation && !complete.isNull())
                showPyramid(std::make_shared<const ImagePyramid>(complete), m_path);
        });
    });
}

void ImageView::showRows(std::shared_ptr<const ImagePyramid> partial, int rowsReady, int generation,
                         const QString &path, const QImage &standIn)
{
    if (generation != m_generation || !m_loading || partial->isNull())
        return;
    if (!m_partialShown) {
        m_partialShown = true;
        // The stand-in stays under the rows not decoded yet (shown here if the header probe
        // has not shown it yet: never the bands without it).
        m_underlay = standIn;
        m_standInShown = !standIn.isNull();
    }
    const QSize size = partial->fullSize;
    const int height = std::max(1, int(std::lround(size.height() * partial->workingScale())));
    m_loadingText = tr("Opening %1 × %2… %3 %")
                        .arg(size.width())
                        .arg(size.height())
                        .arg(std::min(99, rowsReady * 100 / height));
    showPyramid(std::move(partial), path);
}

void ImageView::showImage(const QImage &image)
{
    ++m_generation; // a frame replaces a file still decoding
    m_cancel->store(true);
    m_loading = false;
    m_standInShown = false;
    m_partialShown = false;
    m_underlay = QImage();
    m_path.clear();
    auto pyramid = std::make_shared<ImagePyramid>();
    if (!image.isNull()) {
        pyramid->fullSize = image.size();
        pyramid->levels.append(image); // preview frames are small: no levels, no conversion
    }
    setPyramid(std::move(pyramid));
}

void ImageView::showPyramid(std::shared_ptr<const ImagePyramid> pyramid, const QString &path)
{
    m_path = path;
    setPyramid(std::move(pyramid));
}

void ImageView::clear()
{
    ++m_generation;
    m_cancel->store(true);
    m_loading = false;
    m_standInShown = false;
    m_partialShown = false;
    m_underlay = QImage();
    m_path.clear();
    setPyramid(nullptr);
}

void ImageView::setPyramid(std::shared_ptr<const ImagePyramid> pyramid)
{
    const QSize before = imageSize();
    m_pyramid = std::move(pyramid);
    const QSize after = imageSize();
    // A file read scaled down gets full-resolution tiles when zoomed in past its copy.
    // A stand-in is not read in tiles: the decode it waits for has the first claim on the disk.
    const bool reduced = m_pyramid && !m_pyramid->isNull() && m_pyramid->workingScale() < 1.0 && !m_standInShown
                         && !m_partialShown;
    m_tiles->setSource(reduced ? m_path : QString(), after, reduced ? m_pyramid->rowIndex : nullptr);
    if (m_fit || !before.isValid() || !after.isValid()) {
        m_fit = true;
        m_zoom = fitZoom();
        m_centre = QPointF(after.width() / 2.0, after.height() / 2.0);
    } else if (before != after && before.width() > 0) {
        // A preview frame and its finished output can differ in size: keep the same part
        // of the picture on screen at the same apparent size.
        const double ratio = double(after.width()) / before.width();
        m_centre *= ratio;
        m_zoom /= ratio;
        clampCentre();
    }
    update();
    emit viewChanged();
}

double ImageView::fitZoom() const
{
    const QSize size = imageSize();
    if (!size.isValid() || size.isEmpty())
        return 1.0;
    // Small pictures are not blown up past 100 %... unless they are tiny (a 128×96 thumbnail
    // would be a stamp): those grow to fit by whole steps so pixels stay square.
    const double fit = std::min(double(width()) / size.width(), double(height()) / size.height());
    if (fit <= 1.0)
        return fit;
    return fit >= 2.0 ? std::floor(fit) : 1.0;
}

void ImageView::fitToWindow()
{
    m_fit = true;
    m_zoom = fitZoom();
    const QSize size = imageSize();
    m_centre = QPointF(size.width() / 2.0, size.height() / 2.0);
    update();
    emit viewChanged();
}

void ImageView::setZoom(double zoom, const QPointF &anchor)
{
    const QPointF at = anchor.x() < 0 ? QPointF(width() / 2.0, height() / 2.0) : anchor;
    zoomAround(zoom, at);
}

void ImageView::setView(double zoom, const QPointF &centre)
{
    m_fit = false;
    m_zoom = ZoomPan::clampZoom(zoom);
    m_centre = centre;
    clampCentre();
    update();
    emit viewChanged();
}

void ImageView::zoomIn()
{
    for (const double step : zoomSteps()) {
        if (step > m_zoom * 1.001) {
            setZoom(step);
            return;
        }
    }
}

void ImageView::zoomOut()
{
    const QList<double> steps = zoomSteps();
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        if (*it < m_zoom / 1.001) {
            setZoom(*it);
            return;
        }
    }
}

void ImageView::zoomAround(double zoom, const QPointF &widgetPoint)
{
    if (!hasImage())
        return;
    zoom = ZoomPan::clampZoom(zoom);
    // The picture point under the cursor stays under it.
    const QPointF middle(width() / 2.0, height() / 2.0);
    m_centre = ZoomPan::centreAfterZoom(widgetPoint, middle, m_centre, m_zoom, zoom);
    m_zoom = zoom;
    m_fit = false;
    clampCentre();
    update();
    emit viewChanged();
}

void ImageView::clampCentre()
{
    const QSize size = imageSize();
    if (size.isValid())
        m_centre = ZoomPan::clampCentre(m_centre, QSizeF(size), QSizeF(this->size()), m_zoom);
}

QString ImageView::infoText() const
{
    if (!hasImage())
        return {};
    const QSize size = imageSize();
    return tr("%1 × %2 px · %3 %").arg(size.width()).arg(size.height()).arg(QLocale().toString(m_zoom * 100.0, 'f', m_zoom < 0.1 ? 1 : 0));
}

void ImageView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), backdrop(palette()));
    if (hasImage()) {
        const QSize size = imageSize();
        const QPointF middle(width() / 2.0, height() / 2.0);
        const QPointF topLeft = middle - m_centre * m_zoom;
        const QRectF target(topLeft, QSizeF(size) * m_zoom);
        const QRectF visible = target.intersected(QRectF(rect()));
        if (!visible.isEmpty()) {
            double levelScale = 1.0;
            const QImage &level = m_pyramid->levelFor(m_zoom, &levelScale);
            const QRectF source((visible.topLeft() - topLeft) / m_zoom * levelScale,
                                visible.size() / m_zoom * levelScale);
            // Transparency on a checkerboard, as every image editor shows it.
            const auto checkerboard = [&painter](const QRectF &area) {
                QPixmap checker(16, 16);
                checker.fill(QColor(0xcc, 0xcc, 0xcc));
                QPainter squares(&checker);
                squares.fillRect(0, 0, 8, 8, QColor(0x99, 0x99, 0x99));
                squares.fillRect(8, 8, 8, 8, QColor(0x99, 0x99, 0x99));
                squares.end();
                painter.fillRect(area, QBrush(checker));
            };
            if (level.hasAlphaChannel())
                checkerboard(visible);
            // The stand-in under a picture still arriving in bands (the bands cover it from the top).
            if (!m_underlay.isNull()) {
                painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
                const double underlayScale = double(m_underlay.width()) / std::max(1, size.width());
                painter.drawImage(visible, m_underlay,
                                  QRectF((visible.topLeft() - topLeft) / m_zoom * underlayScale,
                                         visible.size() / m_zoom * underlayScale));
            }
            // Pixels as hard squares from 200 % (pixel peeping); filtered below that.
            const double shownScale = m_zoom / levelScale;
            // A stand-in is enlarged many times over: smooth, so it reads as a blurred preview,
            // not as pixels of the file.
            painter.setRenderHint(QPainter::SmoothPixmapTransform,
                                  (m_standInShown && !m_partialShown) || !(shownScale >= 2.0));
            // A level still decoding has only its top rows: QPainter draws the part of `source`
            // inside the image, where it belongs in `visible`.
            painter.drawImage(visible, level, source);
            // Zoomed in past a scaled-down working copy: the file's own pixels, tile by
            // tile as they are read, over the enlarged copy.
            if (m_tiles->isAvailable() && m_zoom > m_pyramid->workingScale()) {
                const QRect region = QRectF((visible.topLeft() - topLeft) / m_zoom, visible.size() / m_zoom)
                                         .toAlignedRect();
                painter.setRenderHint(QPainter::SmoothPixmapTransform, !isNearestNeighbour());
                const QList<FullResTiles::Tile> tiles = m_tiles->tilesFor(region);
                for (const FullResTiles::Tile &tile : tiles) {
                    const QRectF onScreen(topLeft + QPointF(tile.rect.topLeft()) * m_zoom,
                                          QSizeF(tile.rect.size()) * m_zoom);
                    if (tile.image.hasAlphaChannel())
                        checkerboard(onScreen.intersected(visible));
                    painter.drawImage(onScreen, tile.image);
                }
            }
        }
    } else if (!m_loading) {
        // Dark on the light theme's mid grey, light on the dark one's near black: #dddddd
        // on #9a9a9a was 2.1:1, unreadable.
        painter.setPen(backdrop(palette()).lightness() < 128 ? QColor(0xdd, 0xdd, 0xdd) : QColor(0x1e, 0x1e, 0x1e));
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
    }
    if (m_loading) {
        // The progress hint: what is opening, over the previous picture.
        const QFontMetrics metrics(font());
        const QRect box = metrics.boundingRect(m_loadingText).adjusted(-12, -6, 12, 6);
        QRect where = box;
        where.moveCenter(rect().center());
        // Over a stand-in or the first bands the hint sits at the bottom, out of the picture's middle.
        if (m_standInShown || m_partialShown)
            where.moveBottom(rect().bottom() - 16);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 170));
        painter.drawRoundedRect(where, 6, 6);
        painter.setPen(Qt::white);
        painter.drawText(where, Qt::AlignCenter, m_loadingText);
    }
}

void ImageView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fit) {
        m_zoom = fitZoom();
        emit viewChanged();
    } else {
        clampCentre();
    }
}

} // namespace Easel
