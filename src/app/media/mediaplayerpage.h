#pragma once

#include "mediakind.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QAudioOutput;
class QComboBox;
class QLabel;
class QMediaPlayer;
class QPlainTextEdit;
class QSlider;
class QStackedWidget;
class QToolButton;
class QVideoWidget;
QT_END_NAMESPACE

namespace Easel {

class AnimationPlayer;
class WaveformView;
struct OutputRef;

// The viewer's page for every output that is not a still: video (Qt Multimedia, the
// GStreamer backend), animations (decoded frames with their own timing), sound (waveform
// and player) and text, with one transport bar: play/pause (Space), scrub, frame step
// (',' and '.'), loop (L), mute (M) and speed. Decoding and file reading run off the GUI
// thread.
class MediaPlayerPage : public QWidget
{
    Q_OBJECT
public:
    explicit MediaPlayerPage(QWidget *parent = nullptr);
    ~MediaPlayerPage() override;

    void showOutput(const Easel::OutputRef &output);
    // kind Still is shown as an animation (a PNG/WebP/GIF sent here is animated).
    void showFile(const QString &path, MediaKind kind);

    QString path() const { return m_path; }
    MediaKind kind() const { return m_kind; }
    QMediaPlayer *mediaPlayer() const { return m_player; }
    AnimationPlayer *animationPlayer() const { return m_animation; }
    QString text() const;
    bool isPlaying() const;
    qint64 position() const;
    qint64 duration() const;

    void togglePlay();
    void stepFrame(int frames);
    void setLooping(bool loop);
    void setMuted(bool muted);
    void setRate(double rate);

signals:
    // The current output is ready to play (duration known) or could not be read.
    void loaded();
    void loadFailed(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void stop();
    void updateTransport();
    void seek(qint64 ms);
    qint64 frameDurationMs() const;

    QString m_path;
    MediaKind m_kind = MediaKind::Other;
    int m_generation = 0; // bumps per file: late results of an earlier one are dropped
    qint64 m_frameMs = 40;

    QStackedWidget *m_views;
    QVideoWidget *m_video;
    QLabel *m_animationView;
    QWidget *m_audioView;
    QLabel *m_audioTitle;
    WaveformView *m_waveform;
    QPlainTextEdit *m_text;
    QLabel *m_other;

    QWidget *m_transport;
    QToolButton *m_play;
    QToolButton *m_previousFrame;
    QToolButton *m_nextFrame;
    QSlider *m_slider;
    QLabel *m_time;
    QToolButton *m_loop;
    QToolButton *m_mute;
    QComboBox *m_speed;

    QMediaPlayer *m_player;
    QAudioOutput *m_audio;
    AnimationPlayer *m_animation;
    bool m_scrubbing = false;
};

} // namespace Easel
