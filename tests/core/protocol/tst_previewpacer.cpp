// PreviewPacer (issue 17): the window's previews are decoded only when the display takes one,
// and a late decode never replaces a job's end. Frames are the capture's real JPEG previews.
#include "binaryframe.h"
#include "previewdecoder.h"
#include "previewpacer.h"

#include <QFile>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Easel;

static const QString kCaptures = QStringLiteral(EASEL_SHARED_DIR "/captures/");

static QImage fastDecoded(const QByteArray &bytes)
{
    return PreviewDecoder::decode(bytes, PreviewDecoder::defaultMaxPixels, {}, PreviewDecoder::Fidelity::Fast)
        .value()
        .convertToFormat(QImage::Format_RGB32);
}

class tst_PreviewPacer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void decodeRunningAtTheEndIsDiscarded();
    void newerJobShownAfterOlderInOrder();
    void unwantedNeverDecodes();

private:
    QList<QByteArray> m_frames; // two real preview frames whose pixels differ
};

void tst_PreviewPacer::initTestCase()
{
    // The two captures' previews: the same picture, as JPEG and as PNG (different pixels).
    for (const char *capture : {"jpeg", "png"}) {
        QFile f(kCaptures + u"run_progress_preview_%1_metadata/ws.frame013.bin"_s.arg(QLatin1String(capture)));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto frame = BinaryFrames::parse(f.readAll());
        QVERIFY(frame.isOk());
        QCOMPARE(frame.value().type, BinaryFrame::Type::PreviewImageWithMetadata);
        m_frames.append(frame.value().imageBytes);
    }
    QVERIFY(fastDecoded(m_frames.first()) != fastDecoded(m_frames.last()));
}

// The job's end arrives while its frame decodes (the decode's result is delivered through the
// event loop, after the end): the result is dropped, never shown over the job's end.
void tst_PreviewPacer::decodeRunningAtTheEndIsDiscarded()
{
    PreviewDecoder decoder;
    PreviewPacer pacer(&decoder, nullptr);
    QSignalSpy decoded(&pacer, &PreviewPacer::decoded);
    const int before = PreviewDecoder::decodeCount();
    pacer.offer({u"job-a"_s, u"2"_s, m_frames.first(), true});
    QVERIFY(pacer.isDecoding());
    pacer.promptEnded(u"job-a"_s);
    QTRY_VERIFY(!pacer.isDecoding());
    QCOMPARE(PreviewDecoder::decodeCount() - before, 1);
    QCOMPARE(decoded.count(), 0);
    QCOMPARE(pacer.droppedCount(), 1);
    // A frame of the ended job that still comes in is dropped undecoded.
    pacer.offer({u"job-a"_s, u"2"_s, m_frames.last(), true});
    QCOMPARE(pacer.droppedCount(), 2);
    QVERIFY(!pacer.isDecoding() && !pacer.hasWaiting());
    QCOMPARE(PreviewDecoder::decodeCount() - before, 1);
}

// An older job's frame is decoding when the newer job's frames come: the older one's result
// comes out first, then only the newer job's newest frame; never the other way round.
void tst_PreviewPacer::newerJobShownAfterOlderInOrder()
{
    PreviewDecoder decoder;
    PreviewPacer pacer(&decoder, nullptr);
    pacer.setIntervalMs(0);
    QSignalSpy decoded(&pacer, &PreviewPacer::decoded);
    const int before = PreviewDecoder::decodeCount();
    pacer.offer({u"job-a"_s, u"2"_s, m_frames.at(0), true});
    pacer.offer({u"job-a"_s, u"2"_s, m_frames.at(1), true}); // waits
    pacer.offer({u"job-b"_s, u"2"_s, m_frames.at(1), true}); // replaces job-a's waiting frame
    pacer.offer({u"job-b"_s, u"2"_s, m_frames.last(), true}); // and this replaces that
    QCOMPARE(pacer.droppedCount(), 2);
    QTRY_COMPARE(decoded.count(), 2);
    QTRY_VERIFY(!pacer.isDecoding());
    QCOMPARE(PreviewDecoder::decodeCount() - before, 2);
    QCOMPARE(decoded.at(0).at(0).toString(), u"job-a"_s);
    QCOMPARE(decoded.at(0).at(2).value<QImage>().convertToFormat(QImage::Format_RGB32), fastDecoded(m_frames.at(0)));
    QCOMPARE(decoded.at(1).at(0).toString(), u"job-b"_s);
    QCOMPARE(decoded.at(1).at(2).value<QImage>().convertToFormat(QImage::Format_RGB32), fastDecoded(m_frames.last()));
}

// Nobody shows previews: a hundred frames decode none and only the newest waits.
void tst_PreviewPacer::unwantedNeverDecodes()
{
    PreviewDecoder decoder;
    PreviewPacer pacer(&decoder, nullptr);
    pacer.setWanted(false);
    const int before = PreviewDecoder::decodeCount();
    for (int i = 0; i < 100; ++i)
        pacer.offer({u"job-a"_s, u"2"_s, m_frames.at(i % m_frames.size()), true});
    QCOMPARE(pacer.droppedCount(), 99);
    QVERIFY(pacer.hasWaiting() && !pacer.isDecoding());
    QCOMPARE(PreviewDecoder::decodeCount() - before, 0);
}

QTEST_GUILESS_MAIN(tst_PreviewPacer)
#include "tst_previewpacer.moc"
