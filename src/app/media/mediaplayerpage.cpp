#include "mediaplayerpage.h"

#include "animationframes.h"
#include "animationplayer.h"
#include "futurecallback.h"
#include "mediaprobe.h"
#include "viewer/outputref.h"
#include "waveformview.h"

#include <QAudioOutput>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMediaPlayer>
#include <QPlainTextEdit>
#include <QSlider>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVideoWidget>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

QString clock(qint64 ms)
{
    ms = std::max<qint64>(0, ms);
    return u"%1:%2.%3"_s.arg(ms / 60000)
        .arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'))
        .arg((ms / 100) % 10);
}

// Text outputs can be megabytes: read on a worker, shown whole (read-only, no wrapping
// cost for the rest of the window).
QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.read(16 * 1024 * 1024));
}

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

MediaPlayerPage::MediaPlayerPage(QWidget *parent)
    : QWidget(parent)
    , m_views(new QStackedWidget(this))
    , m_video(new QVideoWidget(this))
    , m_animationView(new QLabel(this))
    , m_audioView(new QWidget(this))
    , m_audioTitle(new QLabel(m_audioView))
    , m_waveform(new WaveformView(m_audioView))
    , m_text(new QPlainTextEdit(this))
    , m_other(new QLabel(this))
    , m_transport(new QWidget(this))
    , m_player(new QMediaPlayer(this))
    , m_audio(new QAudioOutput(this))
    , m_animation(new AnimationPlayer(this))
{
    setFocusPolicy(Qt::StrongFocus);
    m_player->setVideoOutput(m_video);
    m_player->setAudioOutput(m_audio);
    m_animationView->setAlignment(Qt::AlignCenter);
    m_animationView->setMinimumSize(64, 64);
    m_animationView->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Text output"));
    m_other->setAlignment(Qt::AlignCenter);
    m_other->setWordWrap(true);
    auto *audioLayout = new QVBoxLayout(m_audioView);
    m_audioTitle->setAlignment(Qt::AlignCenter);
    audioLayout->addStretch();
    audioLayout->addWidget(m_audioTitle);
    audioLayout->addWidget(m_waveform, 1);
    audioLayout->addStretch();
    for (QWidget *view : {static_cast<QWidget *>(m_video), static_cast<QWidget *>(m_animationView), m_audioView,
                          static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_other)})
        m_views->addWidget(view);

    m_play = toolButton(tr("Play"), tr("Play or pause (Space)"), m_transport);
    m_previousFrame = toolButton(u"◀|"_s, tr("Previous frame (,)"), m_transport);
    m_nextFrame = toolButton(u"|▶"_s, tr("Next frame (.)"), m_transport);
    m_slider = new QSlider(Qt::Horizontal, m_transport);
    m_slider->setAccessibleName(tr("Position"));
    m_time = new QLabel(m_transport);
    m_loop = toolButton(tr("Loop"), tr("Play again from the start (L)"), m_transport);
    m_loop->setCheckable(true);
    m_loop->setChecked(true);
    m_mute = toolButton(tr("Mute"), tr("Mute the sound (M)"), m_transport);
    m_mute->setCheckable(true);
    m_speed = new QComboBox(m_transport);
    m_speed->setAccessibleName(tr("Speed"));
    for (const double rate : {0.25, 0.5, 1.0, 1.5, 2.0})
        m_speed->addItem(tr("%1×").arg(rate), rate);
    m_speed->setCurrentIndex(2);
    auto *bar = new QHBoxLayout(m_transport);
    bar->setContentsMargins(6, 2, 6, 2);
    for (QWidget *widget : {static_cast<QWidget *>(m_play), static_cast<QWidget *>(m_previousFrame),
                            static_cast<QWidget *>(m_nextFrame)})
        bar->addWidget(widget);
    bar->addWidget(m_slider, 1);
    for (QWidget *widget : {static_cast<QWidget *>(m_time), static_cast<QWidget *>(m_loop),
                            static_cast<QWidget *>(m_mute), static_cast<QWidget *>(m_speed)})
        bar->addWidget(widget);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_views, 1);
    layout->addWidget(m_transport);

    connect(m_play, &QToolButton::clicked, this, &MediaPlayerPage::togglePlay);
    connect(m_previousFrame, &QToolButton::clicked, this, [this] { stepFrame(-1); });
    connect(m_nextFrame, &QToolButton::clicked, this, [this] { stepFrame(1); });
    connect(m_loop, &QToolButton::toggled, this, &MediaPlayerPage::setLooping);
    connect(m_mute, &QToolButton::toggled, this, &MediaPlayerPage::setMuted);
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this] { setRate(m_speed->currentData().toDouble()); });
    connect(m_slider, &QSlider::sliderPressed, this, [this] { m_scrubbing = true; });
    connect(m_slider, &QSlider::sliderReleased, this, [this] { m_scrubbing = false; });
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (m_scrubbing)
            seek(value);
    });
    connect(m_waveform, &WaveformView::seekRequested, this, &MediaPlayerPage::seek);

    connect(m_player, &QMediaPlayer::positionChanged, this, &MediaPlayerPage::updateTransport);
    connect(m_player, &QMediaPlayer::durationChanged, this, &MediaPlayerPage::updateTransport);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &MediaPlayerPage::updateTransport);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::LoadedMedia)
            emit loaded();
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &message) {
        m_other->setText(tr("This file cannot be played: %1").arg(message));
        m_views->setCurrentWidget(m_other);
        emit loadFailed(message);
    });
    connect(m_animation, &AnimationPlayer::frameChanged, this, [this](const QImage &image) {
        const QSize room = m_animationView->size();
        // Scaled to the room, never up by more than the pixels allow a sharp look.
        const QImage shown = image.width() * 4 < room.width() || image.height() * 4 < room.height()
                                 ? image.scaled(image.size() * 4, Qt::KeepAspectRatio, Qt::FastTransformation)
                                 : image;
        m_animationView->setPixmap(QPixmap::fromImage(
            shown.scaled(room.boundedTo(shown.size().expandedTo(room)), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    });
    connect(m_animation, &AnimationPlayer::positionChanged, this, &MediaPlayerPage::updateTransport);
    connect(m_animation, &AnimationPlayer::playingChanged, this, &MediaPlayerPage::updateTransport);
    setLooping(m_loop->isChecked()); // outputs are short: they loop unless told otherwise
    updateTransport();
}

MediaPlayerPage::~MediaPlayerPage()
{
    m_player->stop();
}

void MediaPlayerPage::showOutput(const OutputRef &output)
{
    MediaKind kind = mediaKindForFile(output.path);
    if (kind == MediaKind::Still)
        kind = MediaKind::Animation; // a PNG/WebP the viewer sends here is an animated one
    showFile(output.path, kind);
}

void MediaPlayerPage::stop()
{
    m_player->stop();
    m_player->setSource({});
    m_animation->clear();
    m_animationView->clear();
    m_waveform->setPeaks({});
}

void MediaPlayerPage::showFile(const QString &path, MediaKind kind)
{
    if (path == m_path && kind == m_kind)
        return;
    stop();
    m_path = path;
    m_kind = kind == MediaKind::Still ? MediaKind::Animation : kind;
    const int generation = ++m_generation;
    const bool playable = m_kind == MediaKind::Video || m_kind == MediaKind::Audio || m_kind == MediaKind::Animation;
    m_transport->setVisible(playable);
    m_previousFrame->setEnabled(m_kind != MediaKind::Audio);
    m_nextFrame->setEnabled(m_kind != MediaKind::Audio);
    m_mute->setEnabled(m_kind != MediaKind::Animation);
    switch (m_kind) {
    case MediaKind::Video:
        m_views->setCurrentWidget(m_video);
        m_frameMs = 40;
        // The frame rate for ',' and '.', from the file's own numbers.
        onFinished(QtConcurrent::run([path] {
                       MediaProbeOptions options;
                       options.thumbnailSize = 0;
                       options.peakBins = 0;
                       return probeMediaFile(path, options);
                   }),
                   this, [this, generation](const MediaProbe &probe) {
                       if (generation == m_generation && probe.frameCount > 0 && probe.durationMs > 0)
                           m_frameMs = std::max<qint64>(1, probe.durationMs / probe.frameCount);
                   });
        m_player->setSource(QUrl::fromLocalFile(path));
        m_player->play();
        break;
    case MediaKind::Audio:
        m_views->setCurrentWidget(m_audioView);
        m_audioTitle->setText(QFileInfo(path).fileName());
        onFinished(QtConcurrent::run([path] {
                       MediaProbeOptions options;
                       options.thumbnailSize = 0;
                       options.peakBins = 400;
                       return probeMediaFile(path, options);
                   }),
                   this, [this, generation](const MediaProbe &probe) {
                       if (generation != m_generation)
                           return;
                       m_waveform->setPeaks(probe.peaks);
                       m_waveform->setDuration(probe.durationMs);
                       if (!probe.ok)
                           m_audioTitle->setText(m_audioTitle->text() + u"\n"_s + probe.error);
                   });
        m_player->setSource(QUrl::fromLocalFile(path));
        m_player->play();
        break;
    case MediaKind::Animation:
        m_views->setCurrentWidget(m_animationView);
        onFinished(QtConcurrent::run([path] { return decodeAnimation(path); }), this,
                   [this, generation](const AnimationFrames &frames) {
                       if (generation != m_generation)
                           return;
                       if (frames.frames.isEmpty()) {
                           m_other->setText(tr("This animation cannot be shown: %1").arg(frames.error));
                           m_views->setCurrentWidget(m_other);
                           emit loadFailed(frames.error);
                           return;
                       }
                       m_animation->setLooping(m_loop->isChecked());
                       m_animation->setRate(m_speed->currentData().toDouble());
                       m_animation->setFrames(frames);
                       if (frames.truncated)
                           m_animationView->setToolTip(tr("Only the first %n frame(s) fit in memory", "",
                                                          int(frames.frames.size())));
                       m_animation->play();
                       updateTransport();
                       emit loaded();
                   });
        break;
    case MediaKind::Text:
        m_views->setCurrentWidget(m_text);
        m_text->setPlainText(tr("Reading…"));
        onFinished(QtConcurrent::run([path] { return readText(path); }), this,
                   [this, generation](const QString &text) {
                       if (generation != m_generation)
                           return;
                       m_text->setPlainText(text);
                       emit loaded();
                   });
        break;
    default:
        m_views->setCurrentWidget(m_other);
        m_other->setText(tr("%1\n\n%2: Easel keeps it in the library; open it with another program.")
                             .arg(QFileInfo(path).fileName(), mediaKindTitle(m_kind)));
        emit loaded();
        break;
    }
    updateTransport();
}

QString MediaPlayerPage::text() const
{
    return m_text->toPlainText();
}

bool MediaPlayerPage::isPlaying() const
{
    return m_kind == MediaKind::Animation ? m_animation->isPlaying()
                                          : m_player->playbackState() == QMediaPlayer::PlayingState;
}

qint64 MediaPlayerPage::position() const
{
    return m_kind == MediaKind::Animation ? m_animation->position() : m_player->position();
}

qint64 MediaPlayerPage::duration() const
{
    return m_kind == MediaKind::Animation ? m_animation->duration() : m_player->duration();
}

qint64 MediaPlayerPage::frameDurationMs() const
{
    return m_frameMs;
}

void MediaPlayerPage::togglePlay()
{
    if (m_kind == MediaKind::Animation) {
        m_animation->isPlaying() ? m_animation->pause() : m_animation->play();
    } else if (m_player->playbackState() == QMediaPlayer::PlayingState) {
        m_player->pause();
    } else {
        if (m_player->mediaStatus() == QMediaPlayer::EndOfMedia)
            m_player->setPosition(0);
        m_player->play();
    }
    updateTransport();
}

void MediaPlayerPage::stepFrame(int frames)
{
    if (m_kind == MediaKind::Animation) {
        m_animation->step(frames);
    } else if (m_kind == MediaKind::Video) {
        m_player->pause();
        m_player->setPosition(std::clamp<qint64>(m_player->position() + frames * frameDurationMs(), 0,
                                                 m_player->duration()));
    }
    updateTransport();
}

void MediaPlayerPage::setLooping(bool loop)
{
    if (m_loop->isChecked() != loop)
        m_loop->setChecked(loop);
    m_player->setLoops(loop ? QMediaPlayer::Infinite : QMediaPlayer::Once);
    m_animation->setLooping(loop);
}

void MediaPlayerPage::setMuted(bool muted)
{
    if (m_mute->isChecked() != muted)
        m_mute->setChecked(muted);
    m_audio->setMuted(muted);
}

void MediaPlayerPage::setRate(double rate)
{
    m_player->setPlaybackRate(rate);
    m_animation->setRate(rate);
}

void MediaPlayerPage::seek(qint64 ms)
{
    if (m_kind == MediaKind::Animation)
        m_animation->setPosition(ms);
    else
        m_player->setPosition(ms);
    updateTransport();
}

void MediaPlayerPage::updateTransport()
{
    const qint64 total = duration();
    const qint64 now = position();
    m_play->setText(isPlaying() ? tr("Pause") : tr("Play"));
    if (!m_scrubbing) {
        const QSignalBlocker blocker(m_slider);
        m_slider->setRange(0, int(std::min<qint64>(total, INT_MAX)));
        m_slider->setValue(int(std::min<qint64>(now, INT_MAX)));
    }
    m_time->setText(u"%1 / %2"_s.arg(clock(now), clock(total)));
    if (m_kind == MediaKind::Animation && !m_animation->isEmpty())
        m_time->setText(m_time->text() + u"  "_s + tr("frame %1/%2").arg(m_animation->currentFrame() + 1).arg(m_animation->frameCount()));
    m_waveform->setPosition(now);
    if (m_kind == MediaKind::Audio && total > 0)
        m_waveform->setDuration(total);
}

void MediaPlayerPage::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_K:
        togglePlay();
        return;
    case Qt::Key_Comma:
        stepFrame(-1);
        return;
    case Qt::Key_Period:
        stepFrame(1);
        return;
    case Qt::Key_L:
        setLooping(!m_loop->isChecked());
        return;
    case Qt::Key_M:
        setMuted(!m_mute->isChecked());
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace Easel
