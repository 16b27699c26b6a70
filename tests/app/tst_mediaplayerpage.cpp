// The viewer's media page, offscreen, on the captures' real files: a video (Qt Multimedia
// with the GStreamer backend) plays to its end and its position reaches its duration;
// frame steps, loop, mute and speed act on it; an animated WebP and PNG play frame by
// frame with their own timing; sound shows its waveform; text is shown whole.
#include "animationplayer.h"
#include "mediaplayerpage.h"
#include "waveformview.h"
#include "viewer/outputref.h"
#include "viewer/viewerpane.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QMenu>
#include <QStackedWidget>

#include <QAudioOutput>
#include <QMediaPlayer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {
QString capture(const QString &relative)
{
    return QStringLiteral(EASEL_SHARED_DIR "/captures/") + relative;
}
} // namespace

class tst_MediaPlayerPage : public QObject
{
    Q_OBJECT
private slots:
    void videoPlaysToItsEnd_data();
    void videoPlaysToItsEnd();
    void frameStepLoopMuteSpeed();
    void animations_data();
    void animations();
    void audioShowsItsWaveform();
    void textShownWhole();
    void viewerMenuOnEveryKind();
};

void tst_MediaPlayerPage::videoPlaysToItsEnd_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("mp4 h264") << u"run_media_video_mp4/view_output0.mp4"_s;
    QTest::newRow("mp4 h264 + aac") << u"run_media_video_mp4_audio/view_output0.mp4"_s;
    QTest::newRow("webm vp9") << u"run_media_video_webm/view_output0.webm"_s;
}

void tst_MediaPlayerPage::videoPlaysToItsEnd()
{
    QFETCH(QString, file);
    MediaPlayerPage page;
    page.resize(320, 240);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setLooping(false);
    QSignalSpy ended(page.mediaPlayer(), &QMediaPlayer::mediaStatusChanged);
    page.showFile(capture(file), MediaKind::Video);
    QTRY_VERIFY_WITH_TIMEOUT(page.isPlaying(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(page.mediaPlayer()->mediaStatus(), QMediaPlayer::EndOfMedia, 15000);
    QCOMPARE(page.duration(), 1000); // 8 frames at 8 fps
    QCOMPARE(page.position(), page.duration());
    QVERIFY(!page.isPlaying());
}

void tst_MediaPlayerPage::frameStepLoopMuteSpeed()
{
    MediaPlayerPage page;
    page.resize(320, 240);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.showFile(capture(u"run_media_video_mp4/view_output0.mp4"_s), MediaKind::Video);
    QTRY_VERIFY_WITH_TIMEOUT(page.duration() == 1000, 10000);
    page.togglePlay(); // pause
    QTRY_VERIFY(!page.isPlaying());
    page.mediaPlayer()->setPosition(0);
    QTRY_COMPARE(page.position(), 0);
    // '.' twice: two frames of 125 ms (8 fps, from the file).
    QTest::keyClick(&page, Qt::Key_Period);
    QTest::keyClick(&page, Qt::Key_Period);
    QTRY_COMPARE_WITH_TIMEOUT(page.position(), 250, 5000);
    QTest::keyClick(&page, Qt::Key_Comma);
    QTRY_COMPARE_WITH_TIMEOUT(page.position(), 125, 5000);
    QCOMPARE(page.mediaPlayer()->loops(), int(QMediaPlayer::Infinite)); // looping by default
    QTest::keyClick(&page, Qt::Key_L);
    QCOMPARE(page.mediaPlayer()->loops(), int(QMediaPlayer::Once));
    QTest::keyClick(&page, Qt::Key_M);
    QVERIFY(page.mediaPlayer()->audioOutput()->isMuted());
    page.setRate(2.0);
    QCOMPARE(page.mediaPlayer()->playbackRate(), 2.0);
}

void tst_MediaPlayerPage::animations_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("animated webp") << u"run_media_animated_webp/view_output0.webp"_s;
    QTest::newRow("animated png") << u"run_media_animated_png/view_output0.png"_s;
}

void tst_MediaPlayerPage::animations()
{
    QFETCH(QString, file);
    MediaPlayerPage page;
    page.resize(320, 240);
    page.show();
    QSignalSpy loaded(&page, &MediaPlayerPage::loaded);
    page.showFile(capture(file), MediaKind::Animation);
    QVERIFY(loaded.wait(10000));
    AnimationPlayer *animation = page.animationPlayer();
    QCOMPARE(animation->frameCount(), 8);
    QCOMPARE(page.duration(), 1000);
    QVERIFY(page.isPlaying());
    page.togglePlay();
    QVERIFY(!page.isPlaying());
    animation->setPosition(0);
    // Frame k of the batch has colour k: red, orange, yellow, green, ...
    QCOMPARE(animation->currentImage().pixelColor(8, 8).red(), 255);
    QCOMPARE(animation->currentImage().pixelColor(8, 8).green(), 0);
    QTest::keyClick(&page, Qt::Key_Period);
    QCOMPARE(animation->currentFrame(), 1);
    QCOMPARE(page.position(), 125);
    QVERIFY(qAbs(animation->currentImage().pixelColor(8, 8).green() - 128) <= 2); // orange
    QTest::keyClick(&page, Qt::Key_Comma);
    QTest::keyClick(&page, Qt::Key_Comma);
    QCOMPARE(animation->currentFrame(), 7); // wraps to the last (white) frame
    QCOMPARE(animation->currentImage().pixelColor(8, 8), QColor(Qt::white));
    // Played without looping, it stops on its last frame.
    page.setLooping(false);
    animation->setPosition(0);
    page.togglePlay();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isPlaying(), 5000);
    QCOMPARE(animation->currentFrame(), 7);
}

void tst_MediaPlayerPage::audioShowsItsWaveform()
{
    MediaPlayerPage page;
    page.resize(400, 200);
    page.show();
    page.showFile(capture(u"run_media_audio/view_output2.flac"_s), MediaKind::Audio);
    WaveformView *waveform = page.findChild<WaveformView *>();
    QVERIFY(waveform);
    QTRY_VERIFY_WITH_TIMEOUT(page.duration() == 1000, 10000);
    // Drawn: the tone's bars across the middle of the view.
    QTRY_VERIFY_WITH_TIMEOUT(waveform->grab().toImage().pixelColor(waveform->width() / 2, waveform->height() / 2)
                                 != waveform->palette().base().color(),
                             10000);
}

void tst_MediaPlayerPage::textShownWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"text_2_1.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QString text = QString::fromUtf8("capture text: caf\u00e9 \u2713 \u65e5\u672c \"quoted\"\nsecond line");
    file.write(text.toUtf8());
    file.close();
    MediaPlayerPage page;
    QSignalSpy loaded(&page, &MediaPlayerPage::loaded);
    page.showFile(path, MediaKind::Text);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(page.text(), text);
}

// In the viewer, a video gets the same menu as a picture: "Copy File Path" copies its path.
void tst_MediaPlayerPage::viewerMenuOnEveryKind()
{
    ViewerPane pane(nullptr);
    auto *page = new MediaPlayerPage;
    pane.setMediaPage(page);
    connect(&pane, &ViewerPane::mediaOutputRequested, page, &MediaPlayerPage::showOutput);
    pane.resize(640, 480);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const QString video = capture(u"run_media_video_webm/view_output0.webm"_s);
    pane.showOutput(OutputRef{0, video, {}, {}});
    QCOMPARE(pane.pages()->currentWidget(), page);
    QCOMPARE(page->path(), video);
    QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, QPoint(10, 10), page->mapToGlobal(QPoint(10, 10)));
    QApplication::sendEvent(page, &menuEvent);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = pane.findChild<QMenu *>(u"outputMenu"_s)) != nullptr);
    menu->findChild<QAction *>(u"actionCopyPath"_s)->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QDir::toNativeSeparators(video));
    menu->close();
}

QTEST_MAIN(tst_MediaPlayerPage)
#include "tst_mediaplayerpage.moc"
