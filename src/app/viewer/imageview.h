#pragma once

#include "imagepyramid.h"

#include <QElapsedTimer>
#include <QPointF>
#include <QThreadPool>
#include <QWidget>

#include <atomic>
#include <memory>

namespace Easel {

class FullResTiles;

// One picture, as large as the room allows: fit to the window by default, wheel or pinch
// zoom around the cursor, drag to pan, F fit, 1 (or Z) 100 %, +/- in steps. Smooth when
// scaled down, nearest neighbour from 200 % up, so single pixels can be judged.
//
// Files are decoded on a worker (ImagePyramid::load); the previous picture stays until the
// new one is ready, and a hint says what is being opened. Live preview frames arrive
// already decoded and are shown at once; a widget repaint coalesces frames that come
// faster than the screen.
//
// Keys that mean "another picture" (arrows, Space, F11, Escape) are only announced: the
// viewer around it decides what they show.
class ImageView : public QWidget
{
    Q_OBJECT
public:
    explicit ImageView(QWidget *parent = nullptr);
    ~ImageView() override;

    // Opens a file off the GUI thread. Emits imageLoaded (or loadFailed) when it is shown.
    // A stand-in already in memory (the filmstrip's thumbnail, the job's last live preview)
    // is shown scaled to the file's pixel size as soon as its header is read, marked as a
    // preview, until the decoded picture replaces it.
    void openFile(const QString &path, const QImage &standIn = {});
    // Shows an image in memory (a live preview frame), replacing any file.
    void showImage(const QImage &image);
    void showPyramid(std::shared_ptr<const ImagePyramid> pyramid, const QString &path = {});
    void clear();
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

    QString path() const { return m_path; }
    bool isLoading() const { return m_loading; }
    // A stand-in is on screen while the file decodes.
    bool isShowingStandIn() const { return m_standInShown; }
    // The top of the decoded picture is on screen, the rest still decoding (PNGs come in
    // bands, top first, over the stand-in if there is one).
    bool isShowingPartial() const { return m_partialShown; }
    bool hasImage() const { return m_pyramid && !m_pyramid->isNull(); }
    QSize imageSize() const { return m_pyramid ? m_pyramid->fullSize : QSize(); }
    QImage image() const; // the working copy (a downscaled one for very large files)
    std::shared_ptr<const ImagePyramid> pyramid() const { return m_pyramid; }
    // The file's full-resolution tiles drawn when zoomed into a scaled-down working copy.
    FullResTiles *fullResTiles() const { return m_tiles; }

    // Screen pixels per image pixel.
    double zoom() const { return m_zoom; }
    bool isFit() const { return m_fit; }
    // The image pixel at the centre of the view.
    QPointF centre() const { return m_centre; }
    void setZoom(double zoom, const QPointF &anchor = QPointF(-1, -1));
    void setView(double zoom, const QPointF &centre); // both at once (locked compare)
    void fitToWindow();
    void zoomIn();
    void zoomOut();
    // "512 × 512 px · 100 %"
    QString infoText() const;
    // True when the current zoom draws pixels as hard squares.
    bool isNearestNeighbour() const { return m_zoom >= 2.0; }
    static QList<double> zoomSteps();

signals:
    void imageLoaded(const QString &path);
    void loadFailed(const QString &path, const QString &message);
    void viewChanged(); // zoom, centre or fit changed
    void previousRequested();
    void nextRequested();
    void toggleLiveRequested();
    void fullScreenRequested();
    void escapePressed();
    // A drag of the picture out of the window began (the picture cannot be panned, or
    // Ctrl was held); the owner fills the QDrag.
    void dragOutRequested();
    void contextMenuRequested(const QPoint &globalPosition);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    double fitZoom() const;
    void clampCentre();
    void zoomAround(double zoom, const QPointF &widgetPoint);
    void setPyramid(std::shared_ptr<const ImagePyramid> pyramid);
    void showRows(std::shared_ptr<const ImagePyramid> partial, int rowsReady, int generation, const QString &path,
                  const QImage &standIn);

    std::shared_ptr<const ImagePyramid> m_pyramid;
    QString m_path;
    QString m_placeholder;
    QString m_loadingText;
    bool m_loading = false;
    bool m_standInShown = false;
    bool m_partialShown = false;
    QImage m_underlay; // the stand-in, under the rows decoded so far
    // Set to stop the decode in progress (another picture was asked for, or the view goes).
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_fit = true;
    double m_zoom = 1.0;
    QPointF m_centre;
    int m_generation = 0;
    QPointF m_pressPosition;
    QPointF m_pressCentre;
    bool m_pressed = false;
    bool m_dragOutStarted = false;
    double m_pinchStartZoom = 1.0;
    QThreadPool m_pool;
    FullResTiles *m_tiles = nullptr;
};

} // namespace Easel
