#pragma once

#include "imagepyramid.h"

#include <QPointF>
#include <QWidget>

#include <memory>

namespace Easel {

// Two pictures drawn with one zoom and one pan (they cannot drift apart): a wipe with a
// draggable split, side by side (each half shows the same part), or their difference.
// The second picture is drawn over the first one's frame when their sizes differ.
class CompareCanvas : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Wipe, SideBySide, Difference };

    explicit CompareCanvas(QWidget *parent = nullptr);

    void setPictures(std::shared_ptr<const ImagePyramid> left, std::shared_ptr<const ImagePyramid> right);
    void setDifference(const QImage &difference);
    // Another frame of the same two videos/animations: the view (zoom, pan, split) stays.
    void setFramePictures(std::shared_ptr<const ImagePyramid> left, std::shared_ptr<const ImagePyramid> right,
                          const QImage &difference);
    void setLabels(const QString &left, const QString &right);
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    double split() const { return m_split; }
    void setSplit(double fraction);
    double zoom() const { return m_zoom; }
    QPointF centre() const { return m_centre; }
    void fitToWindow();
    void setZoom(double zoom);

signals:
    void closeRequested();
    void frameStepRequested(int delta); // ',' and '.'

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QSizeF viewSize() const; // one half in side by side, the whole canvas otherwise
    double fitZoom() const;
    void drawPicture(QPainter &painter, const ImagePyramid &picture, const QRectF &viewport, const QRectF &clip);
    void drawLabel(QPainter &painter, const QString &text, const QRectF &area, Qt::Alignment alignment);

    std::shared_ptr<const ImagePyramid> m_left;
    std::shared_ptr<const ImagePyramid> m_right;
    std::shared_ptr<const ImagePyramid> m_difference;
    QString m_leftLabel;
    QString m_rightLabel;
    Mode m_mode = Mode::Wipe;
    double m_split = 0.5;
    double m_zoom = 1.0;
    bool m_fit = true;
    QPointF m_centre;
    QPointF m_pressPosition;
    QPointF m_pressCentre;
    bool m_draggingSplit = false;
    bool m_panning = false;
};

} // namespace Easel
