#pragma once

#include <QImage>
#include <QPixmap>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QUndoStack;
QT_END_NAMESPACE

namespace Easel {

// The mask editor's canvas: the picture with the mask over it in a colour, painted with a
// round brush (size, hardness, opacity; a tablet's pressure scales the size) or erased,
// zoomed around the cursor and panned like the viewer. The mask is an Alpha8 image at the
// picture's size, 255 where the user painted; strokes change only the pixels under the
// brush and repaint only that part of the widget, so a 4096² picture paints smoothly.
// Each stroke, fill, clear and invert is one step of its own undo stack.
class MaskCanvas : public QWidget
{
    Q_OBJECT
public:
    enum class Tool { Brush, Eraser };

    explicit MaskCanvas(QWidget *parent = nullptr);
    ~MaskCanvas() override;

    // image: any format (shown opaque); mask: Alpha8 of the same size, or null for none.
    void setLayers(const QImage &image, const QImage &mask);
    QImage mask() const { return m_mask; }
    QSize imageSize() const { return m_image.size(); }
    QUndoStack *undoStack() const { return m_undo; }

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);
    int brushSize() const { return m_brushSize; } // diameter in picture pixels
    void setBrushSize(int size);
    double hardness() const { return m_hardness; }
    void setHardness(double hardness);
    double opacity() const { return m_opacity; }
    void setOpacity(double opacity);
    double maskOpacity() const { return m_maskOpacity; }
    void setMaskOpacity(double opacity);
    QColor maskColor() const { return m_maskColor; }
    void setMaskColor(const QColor &color);

    void fillMask();
    void clearMask();
    void invertMask();

    double zoom() const { return m_zoom; }
    // Where a point of the picture is on the widget (and back).
    QPointF mapFromImage(QPointF imagePos) const { return m_offset + imagePos * m_zoom; }
    QPointF mapToImage(QPointF widgetPos) const { return toImage(widgetPos); }
    void zoomAt(double zoom, QPointF widgetAnchor);
    void fitToView();
    void actualSize();

    static constexpr int minBrushSize = 1;
    static constexpr int maxBrushSize = 1000;

signals:
    void toolChanged(Easel::MaskCanvas::Tool tool);
    void brushSizeChanged(int size);
    void zoomChanged(double zoom);
    void maskEdited();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void tabletEvent(QTabletEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;

private:
    friend class MaskPatchCommand;

    void beginStroke(QPointF imagePos, double pressure, bool erase);
    void strokeTo(QPointF imagePos, double pressure);
    void endStroke();
    QRect stamp(QPointF center, double pressure);
    void pushWholeMaskChange(const QImage &before, const QString &text);
    void applyPatch(const QRect &rect, const QImage &patch);
    void updateOverlay(const QRect &imageRect);
    void updateImageRect(const QRect &imageRect);
    void moveCursorTo(QPointF widgetPos);
    QPointF toImage(QPointF widgetPos) const;
    QRectF toWidget(const QRectF &imageRect) const;
    void clampOffset();

    QImage m_image;   // ARGB32_Premultiplied, opaque
    QImage m_mask;    // Alpha8
    QImage m_overlay; // ARGB32_Premultiplied: maskColor × mask × maskOpacity
    QPixmap m_scaled; // m_image at m_zoom when below 100 %
    double m_scaledZoom = 0;
    QUndoStack *m_undo;

    Tool m_tool = Tool::Brush;
    int m_brushSize = 64;
    double m_hardness = 0.8;
    double m_opacity = 1.0;
    double m_maskOpacity = 0.6;
    QColor m_maskColor{255, 40, 90};

    double m_zoom = 1.0;
    QPointF m_offset; // widget position of the picture's (0,0)
    bool m_fitted = true;

    // The stroke under way.
    bool m_stroking = false;
    bool m_erasing = false;
    QPointF m_last;
    double m_lastPressure = 1.0;
    double m_carry = 0; // distance since the last dab
    QRect m_strokeRect;
    QImage m_before; // the mask before the stroke under way (equal to m_mask between strokes)
    QImage m_dab;    // the brush's coverage, Alpha8
    double m_dabRadius = -1;
    double m_dabHardness = -1;
    double m_dabOpacity = -1;

    bool m_panning = false;
    bool m_spaceDown = false;
    QPointF m_panFrom;
    QPointF m_cursor{-1e9, -1e9};
};

} // namespace Easel
