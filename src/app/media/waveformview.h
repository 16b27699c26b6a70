#pragma once

#include <QList>
#include <QWidget>

namespace Easel {

// A sound's waveform (the loudest sample per bin, from MediaProbe) with the playhead;
// a click or drag seeks.
class WaveformView : public QWidget
{
    Q_OBJECT
public:
    explicit WaveformView(QWidget *parent = nullptr);

    void setPeaks(const QList<float> &peaks);
    void setDuration(qint64 ms);
    void setPosition(qint64 ms);
    QSize sizeHint() const override { return {640, 160}; }

signals:
    void seekRequested(qint64 ms);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void seekTo(int x);

    QList<float> m_peaks;
    qint64 m_duration = 0;
    qint64 m_position = 0;
};

} // namespace Easel
