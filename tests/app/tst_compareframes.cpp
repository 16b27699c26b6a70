// Compare frame by frame (issue 20), offscreen, on the captures' real files: a VP9 WebM
// and an H.264 MP4 (and an animated PNG) of the same 8 frames, where frame k is filled
// with colour k (captures README, "frames"). One scrubber and ',' / '.' step both sides;
// stepping to frame k shows colour k on both sides in wipe, side by side and difference.
#include "comparecanvas.h"
#include "comparepane.h"

#include <QLabel>
#include <QSlider>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {
QString capture(const QString &relative)
{
    return QStringLiteral(EASEL_SHARED_DIR "/captures/") + relative;
}

// The colours of the capture workflow's EmptyImage nodes "1"-"8", in batch order.
const QList<QRgb> frameColours{0xFF0000, 0xFF8000, 0xFFFF00, 0x00FF00, 0x00FFFF, 0x0000FF, 0x8000FF, 0xFFFFFF};

// Lossy codecs and 4:2:0 chroma move a flat colour a little; a neighbouring frame's colour
// is at least 128 away in some channel, so 48 still tells every frame apart.
QString near(QColor got, QRgb expected, int tolerance = 48)
{
    const QColor want(expected);
    if (std::abs(got.red() - want.red()) <= tolerance && std::abs(got.green() - want.green()) <= tolerance
        && std::abs(got.blue() - want.blue()) <= tolerance)
        return {};
    return u"got %1, expected %2"_s.arg(got.name(), want.name());
}

OutputRef fileRef(const QString &path)
{
    OutputRef ref;
    ref.path = path;
    return ref;
}
} // namespace

class tst_CompareFrames : public QObject
{
    Q_OBJECT
private slots:
    void stepsBothSidesToTheSameFrame_data();
    void stepsBothSidesToTheSameFrame();
    void scrubberAndStillsAndDifferentLengths();
};

void tst_CompareFrames::stepsBothSidesToTheSameFrame_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::newRow("webm vs mp4") << u"run_media_video_webm/view_output0.webm"_s << u"run_media_video_mp4/view_output0.mp4"_s;
    QTest::newRow("apng vs webm") << u"run_media_animated_png/view_output0.png"_s << u"run_media_video_webm/view_output0.webm"_s;
}

void tst_CompareFrames::stepsBothSidesToTheSameFrame()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    ComparePane pane(nullptr);
    pane.resize(800, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.compare(fileRef(capture(left)), fileRef(capture(right)));
    QTRY_VERIFY_WITH_TIMEOUT(pane.isReady(), 20000);
    QCOMPARE(pane.frameCount(), 8);
    auto *scrubber = pane.findChild<QSlider *>(u"compareScrubber"_s);
    QVERIFY(scrubber && scrubber->isVisible());
    QCOMPARE(scrubber->maximum(), 7);
    CompareCanvas *canvas = pane.canvas();
    canvas->setFocus();
    canvas->setZoom(5.0); // 64 px frames; the zoom must survive every step

    for (int k = 0; k < frameColours.size(); ++k) {
        if (k > 0)
            QTest::keyClick(canvas, Qt::Key_Period);
        QCOMPARE(pane.frame(), k);
        QTRY_COMPARE(pane.shownFrame(), k);
        QCOMPARE(scrubber->value(), k);
        // Wipe: left of the split is A, right of it is B.
        canvas->setMode(CompareCanvas::Mode::Wipe);
        QImage shot = canvas->grab().toImage();
        const QPoint a(canvas->width() / 2 - 20, canvas->height() / 2 + 40);
        const QPoint b(canvas->width() / 2 + 20, canvas->height() / 2 + 40);
        QString mismatch = near(shot.pixelColor(a), frameColours.at(k));
        QVERIFY2(mismatch.isEmpty(), qPrintable(u"wipe A, frame %1: %2"_s.arg(k).arg(mismatch)));
        mismatch = near(shot.pixelColor(b), frameColours.at(k));
        QVERIFY2(mismatch.isEmpty(), qPrintable(u"wipe B, frame %1: %2"_s.arg(k).arg(mismatch)));
        // Side by side: the middle of each half.
        canvas->setMode(CompareCanvas::Mode::SideBySide);
        shot = canvas->grab().toImage();
        mismatch = near(shot.pixelColor(canvas->width() / 4, canvas->height() / 2 + 40), frameColours.at(k));
        QVERIFY2(mismatch.isEmpty(), qPrintable(u"side A, frame %1: %2"_s.arg(k).arg(mismatch)));
        mismatch = near(shot.pixelColor(canvas->width() * 3 / 4, canvas->height() / 2 + 40), frameColours.at(k));
        QVERIFY2(mismatch.isEmpty(), qPrintable(u"side B, frame %1: %2"_s.arg(k).arg(mismatch)));
        // Difference of the same frame of both: dark (only codec noise, brightened 4×).
        canvas->setMode(CompareCanvas::Mode::Difference);
        shot = canvas->grab().toImage();
        const QColor diff = shot.pixelColor(canvas->width() / 2, canvas->height() / 2 + 40);
        QVERIFY2(diff.red() < 128 && diff.green() < 128 && diff.blue() < 128,
                 qPrintable(u"difference at frame %1: %2"_s.arg(k).arg(diff.name())));
    }
    // Past the end stays on the last frame; ',' steps back on both sides.
    QTest::keyClick(canvas, Qt::Key_Period);
    QCOMPARE(pane.frame(), 7);
    QTest::keyClick(canvas, Qt::Key_Comma);
    QTest::keyClick(canvas, Qt::Key_Comma);
    QTRY_COMPARE(pane.shownFrame(), 5);
    canvas->setMode(CompareCanvas::Mode::SideBySide);
    const QImage shot = canvas->grab().toImage();
    QVERIFY(near(shot.pixelColor(canvas->width() / 4, canvas->height() / 2 + 40), frameColours.at(5)).isEmpty());
    QVERIFY(near(shot.pixelColor(canvas->width() * 3 / 4, canvas->height() / 2 + 40), frameColours.at(5)).isEmpty());
}

void tst_CompareFrames::scrubberAndStillsAndDifferentLengths()
{
    ComparePane pane(nullptr);
    pane.resize(800, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.compare(fileRef(capture(u"run_media_video_mp4/view_output0.mp4"_s)),
                 fileRef(capture(u"run_media_animated_webp/view_output0.webp"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(pane.isReady(), 20000);
    QCOMPARE(pane.frameCount(), 8);
    // The scrubber moves both sides, like the keys.
    auto *scrubber = pane.findChild<QSlider *>(u"compareScrubber"_s);
    QVERIFY(scrubber);
    scrubber->setValue(3);
    QTRY_COMPARE(pane.shownFrame(), 3);
    auto *label = pane.findChild<QLabel *>(u"compareFrameLabel"_s);
    QVERIFY(label);
    QCOMPARE(label->text(), u"Frame 4 of 8"_s);
    CompareCanvas *canvas = pane.canvas();
    canvas->setZoom(5.0);
    canvas->setMode(CompareCanvas::Mode::SideBySide);
    const QImage shot = canvas->grab().toImage();
    QVERIFY(near(shot.pixelColor(canvas->width() / 4, canvas->height() / 2 + 40), frameColours.at(3)).isEmpty());
    QVERIFY(near(shot.pixelColor(canvas->width() * 3 / 4, canvas->height() / 2 + 40), frameColours.at(3)).isEmpty());

    // A video against a still: compared as pictures (the first frame), no scrubber.
    const QString still = capture(u"run_media_mixed/view_output0.png"_s);
    pane.compare(fileRef(capture(u"run_media_video_webm/view_output0.webm"_s)), fileRef(still));
    QTRY_VERIFY_WITH_TIMEOUT(pane.isReady(), 20000);
    QCOMPARE(pane.frameCount(), 0);
    QVERIFY(!scrubber->isVisible());
    QTest::keyClick(canvas, Qt::Key_Period);
    QCOMPARE(pane.frame(), 0);
    canvas->setZoom(5.0);
    canvas->setMode(CompareCanvas::Mode::SideBySide);
    const QImage first = canvas->grab().toImage(); // still side by side: frame 0 is red on both
    QVERIFY(near(first.pixelColor(canvas->width() / 4, canvas->height() / 2 + 40), frameColours.at(0)).isEmpty());
    QVERIFY(near(first.pixelColor(canvas->width() * 3 / 4, canvas->height() / 2 + 40), frameColours.at(0)).isEmpty());
}

QTEST_MAIN(tst_CompareFrames)
#include "tst_compareframes.moc"
