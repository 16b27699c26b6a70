#pragma once

#include "animationframes.h"

#include <QObject>
#include <QTimer>

namespace Easel {

// Plays decoded animation frames (AnimationFrames) with their own delays: play, pause,
// seek, frame steps, loop and speed, the same controls the video player has.
class AnimationPlayer : public QObject
{
    Q_OBJECT
public:
    explicit AnimationPlayer(QObject *parent = nullptr);

    void setFrames(const AnimationFrames &frames);
    void clear();
    bool isEmpty() const { return m_frames.frames.isEmpty(); }
    int frameCount() const { return int(m_frames.frames.size()); }
    int currentFrame() const { return m_index; }
    QImage currentImage() const;
    qint64 duration() const { return m_duration; }
    qint64 position() const;
    bool isPlaying() const { return m_playing; }

    void play();
    void pause();
    void setPosition(qint64 ms);
    void step(int frames);
    void setLooping(bool loop) { m_loop = loop; }
    void setRate(double rate) { m_rate = rate > 0 ? rate : 1.0; }

signals:
    void frameChanged(const QImage &image);
    void positionChanged(qint64 ms);
    void playingChanged(bool playing);

private:
    void showFrame(int index);
    void advance();

    AnimationFrames m_frames;
    QList<qint64> m_starts; // each frame's start time
    qint64 m_duration = 0;
    int m_index = 0;
    bool m_loop = true;
    double m_rate = 1.0;
    bool m_playing = false; // the timer is idle between frames
    QTimer m_timer;
};

} // namespace Easel
