// The media reader on the real files of the run_media_* captures (made by ComfyUI 0.3.64
// with PyAV and Pillow): sizes, frames, durations and codecs as the captures' README states
// them, thumbnails that show the frames' colours, the workflow read back from each
// container; and bad input (truncated, empty, absurd claims, 100,000 frames) answered with
// a message, in bounded memory.
#include "mediaprobe.h"
#include "mediatags.h"
#include "workflowfile.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <sys/resource.h>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {

QString capture(const QString &relative)
{
    return QStringLiteral(EASEL_SHARED_DIR "/captures/") + relative;
}

QByteArray readCapture(const QString &relative)
{
    QFile file(capture(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

MediaProbe probeBytes(QByteArray bytes, const MediaProbeOptions &options = {})
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return probeMedia(&buffer, options);
}

qint64 maxRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

void appendLe32(QByteArray *bytes, quint32 value)
{
    char raw[4];
    qToLittleEndian(value, raw);
    bytes->append(raw, 4);
}

void appendChunk(QByteArray *bytes, const char *type, const QByteArray &data)
{
    bytes->append(type, 4);
    appendLe32(bytes, quint32(data.size()));
    bytes->append(data);
    if (data.size() & 1)
        bytes->append('\0');
}

// An AVI whose video stream claims width x height (uncompressed RGB) and holds one tiny
// packet: the demuxer believes the header, so the reader must refuse before decoding.
QByteArray aviClaiming(int width, int height)
{
    QByteArray avih;
    for (quint32 value : {40000u, 0u, 0u, 0u, 1u, 0u, 1u, 0u, quint32(width), quint32(height), 0u, 0u, 0u, 0u})
        appendLe32(&avih, value);
    QByteArray strh("vidsDIB ");
    for (quint32 value : {0u, 0u, 0u, 1u, 25u, 0u, 1u, 0u, 0xffffffffu, 0u, 0u, 0u})
        appendLe32(&strh, value);
    QByteArray strf;
    appendLe32(&strf, 40);
    appendLe32(&strf, quint32(width));
    appendLe32(&strf, quint32(height));
    strf.append("\x01\x00\x18\x00", 4); // planes 1, 24 bits
    for (int i = 0; i < 6; ++i)
        appendLe32(&strf, 0);
    QByteArray strl("strl");
    appendChunk(&strl, "strh", strh);
    appendChunk(&strl, "strf", strf);
    QByteArray hdrl("hdrl");
    appendChunk(&hdrl, "avih", avih);
    appendChunk(&hdrl, "LIST", strl);
    QByteArray movi("movi");
    appendChunk(&movi, "00db", QByteArray(16, '\x7f'));
    QByteArray body("AVI ");
    appendChunk(&body, "LIST", hdrl);
    appendChunk(&body, "LIST", movi);
    QByteArray riff;
    appendChunk(&riff, "RIFF", body);
    return riff;
}

// An animated WebP of `frames` frames, each the first (lossless 64x64) frame of the
// captured SaveAnimatedWEBP output, 125 ms apiece.
QByteArray webpWithFrames(int frames)
{
    const QByteArray source = readCapture(u"run_media_animated_webp/view_output0.webp"_s);
    QByteArray vp8x, anim, anmf;
    qint64 position = 12;
    while (position + 8 <= source.size()) {
        const QByteArray type = source.mid(position, 4);
        const quint32 size = qFromLittleEndian<quint32>(source.constData() + position + 4);
        const QByteArray data = source.mid(position + 8, size);
        if (type == "VP8X")
            vp8x = data;
        else if (type == "ANIM")
            anim = data;
        else if (type == "ANMF" && anmf.isEmpty())
            anmf = data;
        position += 8 + size + (size & 1);
    }
    vp8x[0] = char(quint8(vp8x.at(0)) & ~0x08); // no EXIF chunk in this one
    QByteArray body("WEBP");
    appendChunk(&body, "VP8X", vp8x);
    appendChunk(&body, "ANIM", anim);
    body.reserve(body.size() + frames * (anmf.size() + 9));
    for (int i = 0; i < frames; ++i)
        appendChunk(&body, "ANMF", anmf);
    QByteArray riff;
    appendChunk(&riff, "RIFF", body);
    return riff;
}

} // namespace

class tst_MediaProbe : public QObject
{
    Q_OBJECT
private slots:
    void videos_data();
    void videos();
    void audio_data();
    void audio();
    void animatedWebp();
    void animatedPng();
    void workflowFromEveryContainer_data();
    void workflowFromEveryContainer();
    void truncatedMp4();
    void emptyAudio();
    void hugeClaimedVideo();
    void webpWithHundredThousandFrames();
    void garbage();
};

void tst_MediaProbe::videos_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("videoCodec");
    QTest::addColumn<QString>("audioCodec");
    QTest::addColumn<int>("frames");
    QTest::newRow("webm vp9") << u"run_media_video_webm/view_output0.webm"_s << u"vp9"_s << QString() << 8;
    QTest::newRow("mp4 h264") << u"run_media_video_mp4/view_output0.mp4"_s << u"h264"_s << QString() << 8;
    QTest::newRow("mp4 h264 + aac") << u"run_media_video_mp4_audio/view_output0.mp4"_s << u"h264"_s
                                    << u"aac"_s << 8;
}

void tst_MediaProbe::videos()
{
    QFETCH(QString, file);
    QFETCH(QString, videoCodec);
    QFETCH(QString, audioCodec);
    QFETCH(int, frames);
    const MediaProbe probe = probeMediaFile(capture(file));
    QVERIFY2(probe.ok, qPrintable(probe.error));
    QVERIFY2(probe.error.isEmpty(), qPrintable(probe.error));
    QCOMPARE(probe.videoCodec, videoCodec);
    QCOMPARE(probe.audioCodec, audioCodec);
    QCOMPARE(probe.width, 64);
    QCOMPARE(probe.height, 64);
    QCOMPARE(probe.frameCount, frames);
    // 8 frames at 8 fps; a container may round its duration by a few ms (AAC priming).
    QVERIFY2(qAbs(probe.durationMs - 1000) <= 50, qPrintable(QString::number(probe.durationMs)));
    if (!audioCodec.isEmpty()) {
        QCOMPARE(probe.sampleRate, 44100);
        QCOMPARE(probe.channels, 2); // the mono input became stereo (README)
    }
    // The middle frame: the batch's frame k has colour k (red, orange, yellow, green, cyan,
    // blue, violet, white), so the middle is a saturated colour, not black or grey.
    QCOMPARE(probe.thumbnail.size(), QSize(64, 64));
    const QColor centre = probe.thumbnail.pixelColor(32, 32);
    QVERIFY2(centre.saturation() > 150, qPrintable(centre.name()));

    MediaProbeOptions first;
    first.frame = MediaProbeOptions::Frame::First;
    first.thumbnailSize = 16;
    const MediaProbe firstFrame = probeMediaFile(capture(file), first);
    QCOMPARE(firstFrame.thumbnail.size(), QSize(16, 16));
    const QColor red = firstFrame.thumbnail.pixelColor(8, 8);
    QVERIFY2(red.red() > 200 && red.green() < 60 && red.blue() < 60, qPrintable(red.name()));
}

void tst_MediaProbe::audio_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("codec");
    QTest::addColumn<int>("sampleRate");
    QTest::newRow("flac") << u"run_media_audio/view_output2.flac"_s << u"flac"_s << 44100;
    QTest::newRow("mp3") << u"run_media_audio/view_output1.mp3"_s << u"mp3"_s << 44100;
    QTest::newRow("opus") << u"run_media_audio/view_output0.opus"_s << u"opus"_s << 48000;
}

void tst_MediaProbe::audio()
{
    QFETCH(QString, file);
    QFETCH(QString, codec);
    QFETCH(int, sampleRate);
    const MediaProbe probe = probeMediaFile(capture(file));
    QVERIFY2(probe.ok, qPrintable(probe.error));
    QVERIFY2(probe.error.isEmpty(), qPrintable(probe.error));
    QVERIFY(!probe.hasVideo());
    QCOMPARE(probe.audioCodec, codec);
    QCOMPARE(probe.sampleRate, sampleRate);
    QCOMPARE(probe.channels, 1);
    // A 1 s tone (MP3 pads its first and last frame).
    QVERIFY2(probe.durationMs >= 990 && probe.durationMs <= 1100, qPrintable(QString::number(probe.durationMs)));
    // A steady 440 Hz sine: every bin in the middle is loud, and about equally so.
    QCOMPARE(probe.peaks.size(), 200);
    const float middle = probe.peaks.at(100);
    QVERIFY2(middle > 0.2f && middle <= 1.0f, qPrintable(QString::number(middle)));
    for (int bin = 20; bin < 180; ++bin)
        QVERIFY2(qAbs(probe.peaks.at(bin) - middle) < 0.1f, qPrintable(QString::number(bin)));
    const QImage tile = renderWaveform(probe.peaks, QSize(200, 60), qRgb(0, 0, 0));
    QCOMPARE(tile.size(), QSize(200, 60));
    QVERIFY(qAlpha(tile.pixel(100, 30)) > 0);  // a bar through the middle
    QCOMPARE(qAlpha(tile.pixel(100, 0)), 0);   // not to the edge
}

void tst_MediaProbe::animatedWebp()
{
    const MediaProbe probe = probeMediaFile(capture(u"run_media_animated_webp/view_output0.webp"_s));
    QVERIFY2(probe.ok, qPrintable(probe.error));
    QCOMPARE(probe.width, 64);
    QCOMPARE(probe.height, 64);
    QCOMPARE(probe.frameCount, 8);
    QCOMPARE(probe.durationMs, 1000); // 8 x 125 ms = int(1000/fps)
    QCOMPARE(probe.videoCodec, u"webp"_s);
    QCOMPARE(probe.thumbnail.pixelColor(8, 8), QColor(255, 0, 0)); // lossless first frame

    const MediaProbe lossy = probeMediaFile(capture(u"run_media_mixed/view_output8.webp"_s));
    QCOMPARE(lossy.frameCount, 8);
    QCOMPARE(lossy.durationMs, 1000);

    QFile still(capture(u"run_media_mixed/view_output0.png"_s));
    QVERIFY(still.open(QIODevice::ReadOnly));
    QFile file(capture(u"run_media_animated_webp/view_output0.webp"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const WebpAnimation webp = readWebpAnimation(&file);
    QVERIFY(webp.animated);
    QCOMPARE(webp.loopCount, 0);
}

void tst_MediaProbe::animatedPng()
{
    // FFmpeg's apng demuxer: acTL 8 frames, fcTL delays 125/1000.
    const MediaProbe probe = probeMediaFile(capture(u"run_media_animated_png/view_output0.png"_s));
    QVERIFY2(probe.ok, qPrintable(probe.error));
    QCOMPARE(probe.videoCodec, u"apng"_s);
    QCOMPARE(probe.width, 64);
    QCOMPARE(probe.height, 64);
    QCOMPARE(probe.frameCount, 8);
    QCOMPARE(probe.durationMs, 1000);
    QVERIFY(!probe.thumbnail.isNull());
}

void tst_MediaProbe::workflowFromEveryContainer_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("outputNode");
    QTest::addColumn<QString>("outputClass");
    QTest::newRow("animated webp (EXIF)") << u"run_media_animated_webp/view_output0.webp"_s << u"16"_s << u"SaveAnimatedWEBP"_s;
    QTest::newRow("animated png (comf)") << u"run_media_animated_png/view_output0.png"_s << u"16"_s << u"SaveAnimatedPNG"_s;
    QTest::newRow("webm (PROMPT tag)") << u"run_media_video_webm/view_output0.webm"_s << u"16"_s << u"SaveWEBM"_s;
    QTest::newRow("mp4 (prompt tag)") << u"run_media_video_mp4/view_output0.mp4"_s << u"17"_s << u"SaveVideo"_s;
    QTest::newRow("mp4 with audio") << u"run_media_video_mp4_audio/view_output0.mp4"_s << u"18"_s << u"SaveVideo"_s;
    QTest::newRow("flac") << u"run_media_audio/view_output2.flac"_s << u"2"_s << u"SaveAudio"_s;
    QTest::newRow("mp3") << u"run_media_audio/view_output1.mp3"_s << u"3"_s << u"SaveAudioMP3"_s;
    QTest::newRow("opus (stream tag)") << u"run_media_audio/view_output0.opus"_s << u"4"_s << u"SaveAudioOpus"_s;
}

// Each file opens as a workflow: the API prompt it carries, with its output node.
void tst_MediaProbe::workflowFromEveryContainer()
{
    QFETCH(QString, file);
    QFETCH(QString, outputNode);
    QFETCH(QString, outputClass);
    QString error;
    const WorkflowFile workflow = WorkflowFile::fromFile(capture(file), &error);
    QVERIFY2(!workflow.isNull(), qPrintable(error));
    QCOMPARE(workflow.format(), WorkflowFile::Format::Api);
    QVERIFY(workflow.tree().contains(outputNode));
    QCOMPARE(workflow.tree().value(outputNode).value(u"class_type").toString(), outputClass);
    // The same from bytes in memory (drag and drop).
    const WorkflowFile fromData = WorkflowFile::fromData(readCapture(file), file, &error);
    QVERIFY2(!fromData.isNull(), qPrintable(error));
}

void tst_MediaProbe::truncatedMp4()
{
    // moov comes last in SaveVideo's MP4 (at byte 1053 of 4290): cut before it, the file
    // has no index at all.
    const QByteArray whole = readCapture(u"run_media_video_mp4/view_output0.mp4"_s);
    for (const int cut : {40, 100, 1000, 1053}) {
        const MediaProbe probe = probeBytes(whole.left(cut));
        QVERIFY(!probe.ok);
        QVERIFY2(probe.error.contains(u"cut short"_s), qPrintable(probe.error));
        QVERIFY(probe.thumbnail.isNull());
        QString error;
        QVERIFY(WorkflowFile::fromData(whole.left(cut), u"cut.mp4"_s, &error).isNull());
        QVERIFY(!error.isEmpty());
    }
    // Cut inside the index or the frames: whatever is read, no crash and no hang.
    for (int cut = 1060; cut < whole.size(); cut += 97)
        (void)probeBytes(whole.left(cut));
}

void tst_MediaProbe::emptyAudio()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"empty.flac"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const MediaProbe probe = probeMediaFile(path);
    QVERIFY(!probe.ok);
    QCOMPARE(probe.error, u"The file is empty"_s);
}

void tst_MediaProbe::hugeClaimedVideo()
{
    const qint64 before = maxRssKiB();
    const MediaProbe probe = probeBytes(aviClaiming(100000, 100000));
    QVERIFY(probe.ok); // what it claims is reported...
    QCOMPARE(probe.width, 100000);
    QCOMPARE(probe.height, 100000);
    QVERIFY(probe.thumbnail.isNull()); // ...but nothing is decoded
    QVERIFY2(probe.error.contains(u"100000×100000"_s), qPrintable(probe.error));
    QVERIFY2(maxRssKiB() - before < 64 * 1024, qPrintable(QString::number(maxRssKiB() - before)));
    // A sane claim in the same container is decoded.
    const MediaProbe small = probeBytes(aviClaiming(4, 4));
    QVERIFY2(small.ok, qPrintable(small.error));
    QCOMPARE(small.width, 4);
}

void tst_MediaProbe::webpWithHundredThousandFrames()
{
    const QByteArray bytes = webpWithFrames(100000);
    const qint64 before = maxRssKiB();
    const MediaProbe probe = probeBytes(bytes);
    QVERIFY2(probe.ok, qPrintable(probe.error));
    QCOMPARE(probe.frameCount, 100000);
    QCOMPARE(probe.durationMs, qint64(100000) * 125);
    QCOMPARE(probe.width, 64);
    QVERIFY(!probe.thumbnail.isNull());
    // Frames are counted by walking chunks; none but the first is decoded.
    QVERIFY2(maxRssKiB() - before < 128 * 1024, qPrintable(QString::number(maxRssKiB() - before)));
}

void tst_MediaProbe::garbage()
{
    QByteArray noise(4096, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919) ^ (i >> 3));
    const MediaProbe probe = probeBytes(noise);
    QVERIFY(!probe.ok);
    QVERIFY(!probe.error.isEmpty());
    QVERIFY(!probeBytes(QByteArray("RIFF\x04\0\0\0WEBP", 12)).thumbnail.isNull() == false);
}

QTEST_GUILESS_MAIN(tst_MediaProbe)
#include "tst_mediaprobe.moc"
