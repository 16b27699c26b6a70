// The mask editor's pixel work against the recorded exchange of the web UI's mask editor
// with a real ComfyUI (captures/run_media_upload_mask): what Easel uploads and what it
// expects the server to store are compared pixel by pixel with the recorded files.
#include "maskcapture.h"
#include "maskcomposition.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {

using MaskCapture::paintedMask;
using MaskCapture::recordedImage;

QString capture(const QString &name)
{
    return MaskCapture::path(name);
}

void comparePixels(const QImage &actual, const QImage &expected)
{
    QCOMPARE(actual.size(), expected.size());
    const QImage a = actual.convertToFormat(QImage::Format_ARGB32);
    const QImage e = expected.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (a.pixel(x, y) != e.pixel(x, y)) {
                QFAIL(qPrintable(u"pixel (%1,%2): %3 != %4"_s.arg(x).arg(y).arg(a.pixel(x, y), 8, 16, QLatin1Char('0'))
                                     .arg(e.pixel(x, y), 8, 16, QLatin1Char('0'))));
            }
        }
    }
}

} // namespace

class tst_MaskComposition : public QObject
{
    Q_OBJECT

private slots:
    void names();
    void namesFromValue_data();
    void namesFromValue();
    void maskUploadEqualsRecorded();
    void editorMaskRoundTrips();
    void serverCompositeEqualsStored();
    void paintedAndPaintLayers();
    void loadImageMaskFromComposite();
    void maskScaledToImageSize();
    void encodeKeepsColourUnderZeroAlpha();
};

void tst_MaskComposition::names()
{
    const ClipspaceNames names = ClipspaceNames::forTimestamp(3483147);
    const QByteArray body1 = MaskCapture::read(u"upload_mask_1_mask.request_body.multipart"_s);
    QVERIFY(body1.contains(QByteArray("filename=\"" + names.mask().toUtf8() + '"')));
    QVERIFY(MaskCapture::read(u"upload_mask_2_paint.request_body.multipart"_s).contains(QByteArray("filename=\"" + names.paint().toUtf8() + '"')));
    QVERIFY(MaskCapture::read(u"upload_mask_3_painted.request_body.multipart"_s)
                .contains(QByteArray("filename=\"" + names.painted().toUtf8() + '"')));
    QVERIFY(MaskCapture::read(u"upload_mask_4_painted_masked.request_body.multipart"_s)
                .contains(QByteArray("filename=\"" + names.paintedMasked().toUtf8() + '"')));
    // The widget value the web UI sets when the editor closes (the recorded prompt's).
    const QJsonObject prompt = QJsonDocument::fromJson(MaskCapture::read(u"post_prompt.request_body.json"_s)).object();
    QCOMPARE(names.inputValue(),
             prompt.value("prompt"_L1).toObject().value("1"_L1).toObject().value("inputs"_L1).toObject().value("image"_L1).toString());
}

void tst_MaskComposition::namesFromValue_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<qint64>("timestamp"); // -1: not an edited picture
    QTest::addRow("prompt value") << u"clipspace/clipspace-painted-masked-3483147.png [input]"_s << qint64(3483147);
    QTest::addRow("bare name") << u"clipspace-painted-masked-12.png"_s << qint64(12);
    QTest::addRow("plain picture") << u"capture_media_mask_src.png"_s << qint64(-1);
    QTest::addRow("other folder") << u"mine/clipspace-painted-masked-12.png"_s << qint64(-1);
    QTest::addRow("renamed copy") << u"clipspace/clipspace-painted-masked-12 (1).png [input]"_s << qint64(-1);
    QTest::addRow("mask layer") << u"clipspace/clipspace-mask-12.png [input]"_s << qint64(-1);
    QTest::addRow("no digits") << u"clipspace/clipspace-painted-masked-.png"_s << qint64(-1);
}

void tst_MaskComposition::namesFromValue()
{
    QFETCH(QString, value);
    QFETCH(qint64, timestamp);
    const auto names = ClipspaceNames::fromValue(value);
    QCOMPARE(names.has_value(), timestamp >= 0);
    if (names)
        QCOMPARE(names->timestamp, timestamp);
}

void tst_MaskComposition::maskUploadEqualsRecorded()
{
    const QImage recorded = recordedImage(u"upload_mask_1_mask.request_body.multipart"_s);
    // The fixture is what the README says it is.
    QCOMPARE(qAlpha(recorded.pixel(20, 20)), 0);
    QCOMPARE(qAlpha(recorded.pixel(3, 3)), 128);
    QCOMPARE(qAlpha(recorded.pixel(60, 60)), 255);
    comparePixels(MaskComposition::maskUpload(paintedMask(), QSize(64, 64)), recorded);
    // The bytes sent are that picture (grey and alpha, read as RGB 0 + alpha).
    comparePixels(QImage::fromData(MaskComposition::encodeMaskPng(paintedMask(), QSize(64, 64))), recorded);
    // Both /upload/mask requests carry the same mask.
    comparePixels(recordedImage(u"upload_mask_4_painted_masked.request_body.multipart"_s), recorded);
}

void tst_MaskComposition::editorMaskRoundTrips()
{
    // Editing again: the stored mask file's alpha gives back what the user painted.
    const QImage stored = QImage(capture(u"view_input_1_mask.png"_s));
    QVERIFY(!stored.isNull());
    const QImage mask = MaskComposition::editorMask(stored);
    comparePixels(mask.convertToFormat(QImage::Format_ARGB32), paintedMask().convertToFormat(QImage::Format_ARGB32));
    // An opaque picture has nothing masked.
    QImage opaque(8, 8, QImage::Format_RGB32);
    opaque.fill(Qt::red);
    QVERIFY(MaskComposition::isEmpty(MaskComposition::editorMask(opaque)));
    QVERIFY(!MaskComposition::isEmpty(mask));
}

void tst_MaskComposition::serverCompositeEqualsStored()
{
    const QImage source = recordedImage(u"upload_source_image.request_body.multipart"_s);
    const QImage maskUpload = MaskComposition::maskUpload(paintedMask(), source.size());
    comparePixels(MaskComposition::serverComposite(source, maskUpload), QImage(capture(u"view_input_1_mask.png"_s)));
    const QImage painted = QImage(capture(u"view_input_3_painted.png"_s));
    comparePixels(MaskComposition::serverComposite(painted, maskUpload),
                  QImage(capture(u"view_input_4_painted_masked.png"_s)));
    QVERIFY(MaskComposition::serverComposite(source, QImage(8, 8, QImage::Format_ARGB32)).isNull());
}

void tst_MaskComposition::paintedAndPaintLayers()
{
    const QImage source = recordedImage(u"upload_source_image.request_body.multipart"_s);
    const QImage paint = MaskComposition::emptyPaint(source.size());
    comparePixels(paint, QImage(capture(u"view_input_2_paint.png"_s)));
    comparePixels(MaskComposition::paintedImage(source, paint), QImage(capture(u"view_input_3_painted.png"_s)));
    // Paint covers the picture where it is opaque, and only there.
    QImage stroke = paint;
    stroke.setPixel(5, 5, qRgba(0, 0, 255, 255));
    const QImage painted = MaskComposition::paintedImage(source, stroke);
    QCOMPARE(painted.pixel(5, 5), qRgba(0, 0, 255, 255));
    QCOMPARE(painted.pixel(6, 6), source.pixel(6, 6) | 0xff000000u);
}

void tst_MaskComposition::loadImageMaskFromComposite()
{
    // LoadImage: MASK = 1 - alpha/255; MaskToImage + SaveImage write it truncated to 8 bits.
    const QImage stored = QImage(capture(u"view_input_4_painted_masked.png"_s)).convertToFormat(QImage::Format_ARGB32);
    const QImage output = QImage(capture(u"view_output1.png"_s)).convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(output.size(), stored.size());
    for (int y = 0; y < stored.height(); ++y) {
        for (int x = 0; x < stored.width(); ++x) {
            const int expected = int((1.0f - float(qAlpha(stored.pixel(x, y))) / 255.0f) * 255.0f);
            QCOMPARE(qRed(output.pixel(x, y)), expected);
        }
    }
    QCOMPARE(qRed(output.pixel(3, 3)), 126); // the README's truncation
}

void tst_MaskComposition::maskScaledToImageSize()
{
    QImage mask(32, 32, QImage::Format_Alpha8);
    mask.fill(255);
    const QImage upload = MaskComposition::maskUpload(mask, QSize(100, 60));
    QCOMPARE(upload.size(), QSize(100, 60));
    QCOMPARE(upload.pixel(50, 30), qRgba(0, 0, 0, 0));
}

void tst_MaskComposition::encodeKeepsColourUnderZeroAlpha()
{
    // The server's file keeps red under alpha 0 at (20,20); Easel's local copy of it must too.
    const QImage composite = QImage(capture(u"view_input_1_mask.png"_s)).convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(composite.pixel(20, 20), qRgba(255, 0, 0, 0));
    const QImage decoded = QImage::fromData(MaskComposition::encodePng(composite)).convertToFormat(QImage::Format_ARGB32);
    comparePixels(decoded, composite);
    // An opaque picture goes as RGB, pixel for pixel; odd sizes and many rows too.
    QImage picture(333, 517, QImage::Format_RGB32);
    for (int y = 0; y < picture.height(); ++y)
        for (int x = 0; x < picture.width(); ++x)
            picture.setPixel(x, y, qRgb((x * 7) & 0xff, (y * 3) & 0xff, (x ^ y) & 0xff));
    const QImage back = QImage::fromData(MaskComposition::encodePng(picture));
    QVERIFY(!back.hasAlphaChannel());
    comparePixels(back, picture);
}

QTEST_GUILESS_MAIN(tst_MaskComposition)
#include "tst_maskcomposition.moc"
