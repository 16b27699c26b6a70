#pragma once

#include <QElapsedTimer>
#include <QImage>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Easel {

// Live preview frames of the running job. Frames arrive decoded (EventStream decodes them
// on its pool); the pane keeps only the newest one not shown yet and paints at most once
// per screen refresh, so frames that come faster than the screen are dropped, never queued.
// A frame is presented as it arrives when a refresh interval (less a little slack) has
// passed since the last one; otherwise a one-shot timer presents the newest pending frame
// when the interval is up. A fixed-period timer alone drifts late by a millisecond or two
// each period, which costs frames (57 shown/s of 100 arriving).
class PreviewPane : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewPane(QWidget *parent = nullptr);
    ~PreviewPane() override;

    // Matches JobQueue::previewReceived.
    void showPreview(const QString &jobId, const QString &nodeId, const QImage &image);
    void showFrame(const QImage &image, const QString &caption = {});
    void clear();

    QImage currentImage() const { return m_current; }
    QString caption() const { return m_caption; }
    qint64 framesReceived() const { return m_received; }
    qint64 framesShown() const { return m_shown; }
    qint64 framesDropped() const { return m_received - m_shown - (m_hasPending ? 1 : 0); }
    int frameIntervalMs() const { return m_intervalMs; }

signals:
    void frameShown(qint64 shown);

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void present();

    QTimer *m_timer;
    QImage m_current;
    QImage m_pending;
    QString m_caption;
    QString m_pendingCaption;
    bool m_hasPending = false;
    bool m_newFrame = false;
    qint64 m_received = 0;
    qint64 m_shown = 0;
    int m_intervalMs = 16;
    qint64 m_minGapNs = 0; // shortest time between two presents
    QElapsedTimer m_sinceLast;
};

} // namespace Easel
