// Video and sound inputs can be uploaded like images: the recorded catalogue marks LoadAudio
// (audio_upload) and LoadVideo (video_upload), and the input editor then offers "Upload…"
// for that kind of file.
#include "inputeditors.h"
#include "nodecatalogue.h"

#include <QFile>
#include <QTest>
#include <QToolButton>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_MediaInputs : public QObject
{
    Q_OBJECT
private slots:
    void catalogueMarksMediaUploads();
    void editorOffersUploadForEachKind();
};

void tst_MediaInputs::catalogueMarksMediaUploads()
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/object_info.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const NodeCatalogue catalogue = NodeCatalogue::fromJson(file.readAll());
    QVERIFY(catalogue.nodeClass(u"LoadAudio"_s));
    QCOMPARE(catalogue.nodeClass(u"LoadAudio"_s)->input(u"audio")->uploadKind(), u"audio"_s);
    QCOMPARE(catalogue.nodeClass(u"LoadVideo"_s)->input(u"file")->uploadKind(), u"video"_s);
    QCOMPARE(catalogue.nodeClass(u"LoadImage"_s)->input(u"image")->uploadKind(), u"image"_s);
}

void tst_MediaInputs::editorOffersUploadForEachKind()
{
    ComboEditor editor;
    editor.show();
    auto *upload = editor.findChild<QToolButton *>(u"uploadButton"_s);
    QVERIFY(upload);
    editor.setUploadKind(u"audio"_s);
    QVERIFY(upload->isVisible());
    QVERIFY(upload->toolTip().contains(u"sound"_s));
    editor.setUploadKind(u"video"_s);
    QVERIFY(upload->isVisible());
    QVERIFY(upload->toolTip().contains(u"video"_s));
    editor.setUploadKind(u"image"_s);
    QVERIFY(upload->isVisible());
    editor.setUploadKind(QString());
    QVERIFY(!upload->isVisible());
}

QTEST_MAIN(tst_MediaInputs)
#include "tst_mediainputs.moc"
