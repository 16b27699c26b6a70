#include "animationplayer.h"

namespace Easel {

AnimationPlayer::AnimationPlayer(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &AnimationPlayer::advance);
}

void AnimationPlayer::setFrames(const AnimationFrames &frames)
{
    pause();
    m_frames = frames;
    m_starts.clear();
    m_duration = 0;
    for (const int delay : std::as_const(m_frames.delaysMs)) {
        m_starts.append(m_duration);
        m_duration += delay;
    }
    m_index = 0;
    if (!isEmpty())
        showFrame(0);
}

void AnimationPlayer::clear()
{
    setFrames({});
}

QImage AnimationPlayer::currentImage() const
{
    return isEmpty() ? QImage() : m_frames.frames.at(m_index);
}

qint64 AnimationPlayer::position() const
{
    return m_starts.isEmpty() ? 0 : m_starts.at(m_index);
}

void AnimationPlayer::play()
{
    if (frameCount() < 2)
        return;
    if (!m_loop && m_index == frameCount() - 1)
        showFrame(0);
    m_playing = true;
    m_timer.start(int(m_frames.delaysMs.at(m_index) / m_rate));
    emit playingChanged(true);
}

void AnimationPlayer::pause()
{
    if (!m_playing)
        return;
    m_playing = false;
    m_timer.stop();
    emit playingChanged(false);
}

void AnimationPlayer::setPosition(qint64 ms)
{
    if (isEmpty())
        return;
    const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), std::clamp<qint64>(ms, 0, m_duration));
    showFrame(std::max(0, int(it - m_starts.cbegin()) - 1));
}

void AnimationPlayer::step(int frames)
{
    if (isEmpty())
        return;
    pause();
    showFrame(((m_index + frames) % frameCount() + frameCount()) % frameCount());
}

void AnimationPlayer::showFrame(int index)
{
    m_index = index;
    emit frameChanged(m_frames.frames.at(index));
    emit positionChanged(position());
}

void AnimationPlayer::advance()
{
    if (m_index + 1 >= frameCount() && !m_loop) {
        emit positionChanged(m_duration);
        m_playing = false;
        emit playingChanged(false);
        return;
    }
    showFrame((m_index + 1) % frameCount());
    m_timer.start(int(m_frames.delaysMs.at(m_index) / m_rate));
}

} // namespace Easel
