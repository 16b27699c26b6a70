// Every kind of output end to end over real sockets: the recorded media prompts
// (run_media_*) run on the simulator, which encodes real WebP/APNG/WebM/MP4/FLAC/MP3/Opus
// files with FFmpeg; Easel's JobRunner saves each one, indexes it with what it holds
// (kind, size, frames, duration, codec, text), makes its thumbnail, and the animated WebP
// and MP4 outputs open again as the workflow that made them.
#include "capturedprompt.h"

#include "comfyclient.h"
#include "embeddedworkflow.h"
#include "eventstream.h"
#include "futurecallback.h"
#include "jobrunner.h"
#include "libraryindex.h"
#include "outputstore.h"
#include "simserver.h"
#include "thumbnailprovider.h"
#include "workflowfile.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Easel::MediaKind)

namespace {

// The WAV the recording uploaded, out of its multipart body.
QByteArray recordedWav()
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/run_media_audio/upload_wav.request_body.multipart"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray body = file.readAll();
    const qsizetype start = body.indexOf("RIFF");
    const qsizetype end = body.indexOf("\r\n------CaptureBoundary", start);
    return start < 0 || end < 0 ? QByteArray() : body.mid(start, end - start);
}

} // namespace

class tst_MediaRuns : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyKind_data();
    void everyKind();

private:
    std::unique_ptr<Sim::SimServer> m_sim;
};

void tst_MediaRuns::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sim = std::make_unique<Sim::SimServer>();
    m_sim->setStepMs(0);
    QVERIFY(m_sim->listen(QHostAddress::LocalHost, 0) != 0);
    // LoadAudio's file, uploaded the way the window uploads an input.
    ComfyClient client(m_sim->baseUrl());
    const QByteArray wav = recordedWav();
    QVERIFY(wav.size() > 80000);
    QFuture<Result<UploadResult>> upload = client.uploadImage(wav, u"capture_media_tone.wav"_s, {}, u"input"_s, true);
    QTRY_VERIFY_WITH_TIMEOUT(upload.isFinished(), 10000);
    QVERIFY(upload.result().isOk());
    QCOMPARE(upload.result().value().name, u"capture_media_tone.wav"_s);
}

void tst_MediaRuns::everyKind_data()
{
    QTest::addColumn<QString>("run");
    QTest::addColumn<QStringList>("kinds");      // of the job's outputs, in the index's order
    QTest::addColumn<QStringList>("codecs");
    QTest::addColumn<QString>("workflowNode");   // an output whose file carries the workflow
    QTest::newRow("animated webp") << u"run_media_animated_webp"_s << QStringList{u"animation"_s}
                                   << QStringList{u"webp"_s} << u"16"_s;
    QTest::newRow("animated png") << u"run_media_animated_png"_s << QStringList{u"animation"_s}
                                  << QStringList{u"apng"_s} << u"16"_s;
    QTest::newRow("webm") << u"run_media_video_webm"_s << QStringList{u"video"_s} << QStringList{u"vp9"_s} << u"16"_s;
    QTest::newRow("mp4") << u"run_media_video_mp4"_s << QStringList{u"video"_s} << QStringList{u"h264"_s} << u"17"_s;
    QTest::newRow("mp4 with sound") << u"run_media_video_mp4_audio"_s << QStringList{u"video"_s}
                                    << QStringList{u"h264+aac"_s} << u"18"_s;
    QTest::newRow("audio") << u"run_media_audio"_s
                           << QStringList{u"audio"_s, u"audio"_s, u"audio"_s, u"audio"_s}
                           << QStringList{u"flac"_s, u"mp3"_s, u"opus"_s, u"flac"_s} << u"2"_s;
    QTest::newRow("text") << u"run_media_text"_s << QStringList{u"text"_s, u"text"_s}
                          << QStringList{QString(), QString()} << QString();
}

void tst_MediaRuns::everyKind()
{
    QFETCH(QString, run);
    QFETCH(QStringList, kinds);
    QFETCH(QStringList, codecs);
    QFETCH(QString, workflowNode);
    QTemporaryDir library;
    ComfyClient client(m_sim->baseUrl());
    EventStream events;
    JobRunner runner(&client, &events, library.path());
    QSignalSpy connected(&events, &EventStream::connected);
    events.open(m_sim->baseUrl());
    QVERIFY(connected.wait(5000));
    const QByteArray prompt = capturedPrompt(run + u"/post_prompt.request_body.json"_s);
    QVERIFY(!prompt.isEmpty());
    QSignalSpy finished(&runner, &JobRunner::jobFinished);
    const QString promptId = runner.submit(prompt);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const auto outcome = finished.constFirst().at(1).value<JobOutcome>();
    QVERIFY2(outcome.status == JobOutcome::Status::Succeeded, qPrintable(outcome.message));
    QCOMPARE(outcome.outputs.size(), kinds.size());

    QList<OutputRecord> records = runner.store()->index()->outputsOfJob(promptId);
    std::sort(records.begin(), records.end(),
              [](const OutputRecord &a, const OutputRecord &b) { return a.nodeId.toInt() < b.nodeId.toInt(); });
    QCOMPARE(records.size(), kinds.size());
    for (int i = 0; i < records.size(); ++i) {
        const OutputRecord &record = records.at(i);
        QCOMPARE(record.state, OutputRecord::State::Stored);
        QCOMPARE(mediaKindName(record.kind), kinds.at(i));
        QCOMPARE(record.mediaState, OutputRecord::MediaState::Read);
        QVERIFY2(record.mediaError.isEmpty(), qPrintable(record.mediaError));
        QCOMPARE(record.codec, codecs.at(i));
        if (record.kind == MediaKind::Text)
            continue;
        if (record.kind == MediaKind::Audio) {
            // The uploaded 1 s tone, re-encoded (MP3 and Opus pad a few ms).
            QVERIFY2(record.durationMs >= 990 && record.durationMs <= 1100, qPrintable(QString::number(record.durationMs)));
        } else {
            // The batch of 8 frames at 8 fps from the workflow: 64x64, 1 s.
            QCOMPARE(record.width, 64);
            QCOMPARE(record.height, 64);
            QCOMPARE(record.frameCount, 8);
            QVERIFY2(qAbs(record.durationMs - 1000) <= 50, qPrintable(QString::number(record.durationMs)));
        }
        if (record.kind == MediaKind::Animation) {
            // The frames follow the workflow: the first is EmptyImage "1" (red).
            const QColor first = QImage(record.path).pixelColor(8, 8);
            QVERIFY2(first.red() > 240 && first.green() < 16 && first.blue() < 16, qPrintable(first.name()));
        }
        // What the library grid shows: a picture for every kind but text.
        const QImage thumbnail = ThumbnailProvider::makeThumbnail(record.path, 96, {});
        QVERIFY2(!thumbnail.isNull(), qPrintable(record.path));
    }
    if (run == u"run_media_text"_s) {
        QCOMPARE(records.at(0).text,
                 QString::fromUtf8("capture text: caf\u00e9 \u2713 \u65e5\u672c \"quoted\"\nsecond line"));
        QCOMPARE(records.at(1).text, u"42"_s);
        QFile written(records.at(0).path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readAll()), records.at(0).text);
        return;
    }
    // Reopened as a workflow: the prompt it carries, with this save node in it.
    const auto withWorkflow = std::find_if(records.cbegin(), records.cend(),
                                           [&](const OutputRecord &r) { return r.nodeId == workflowNode; });
    QVERIFY(withWorkflow != records.cend());
    QString error;
    const WorkflowFile reopened = WorkflowFile::fromFile(withWorkflow->path, &error);
    QVERIFY2(!reopened.isNull(), qPrintable(error));
    QCOMPARE(reopened.format(), WorkflowFile::Format::Api);
    QCOMPARE(reopened.tree().value(workflowNode).value(u"class_type").toString(),
             QJsonDocument::fromJson(prompt).object().value(workflowNode).toObject().value(u"class_type"_s).toString());
    // The library's "Use these settings" reads the same (readEmbeddedWorkflow).
    const EmbeddedWorkflow embedded = readEmbeddedWorkflow(withWorkflow->path);
    QCOMPARE(QJsonDocument::fromJson(embedded.apiJson).object(), QJsonDocument::fromJson(prompt).object());
}

QTEST_GUILESS_MAIN(tst_MediaRuns)
#include "tst_mediaruns.moc"
