// The gallery over a real library: it shows the stored outputs, and "Use these settings"
// (from the grid and from the detail dialog) hands over the job's prompt with its seed.
#include "comfyclient.h"
#include "gallerymodel.h"
#include "gallerywidget.h"
#include "libraryindex.h"
#include "outputdetaildialog.h"
#include "outputstore.h"

#include <QImage>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_Gallery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsOutputsAndRestoresSeed();
};

void tst_Gallery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Gallery::showsOutputsAndRestoresSeed()
{
    QTemporaryDir library;
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, library.path());
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    const QByteArray prompt =
        R"({"3":{"class_type":"KSampler","inputs":{"seed":18446744073709551615,"positive":["6",0]}},)"
        R"("6":{"class_type":"CLIPTextEncode","inputs":{"text":"a red fox"}}})";
    store.recordJob(u"job1"_s, prompt, R"({"nodes":[]})");
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        OutputRecord record;
        record.server = store.server();
        record.promptId = u"job1"_s;
        record.nodeId = u"9"_s;
        record.serverFileName = u"fox_%1.png"_s.arg(i);
        record.type = u"output"_s;
        record.path = library.filePath(record.serverFileName);
        record.seed = u"18446744073709551615"_s;
        record.promptText = u"a red fox"_s;
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(record.path));
        const qint64 id = store.index()->addPendingOutput(record);
        QVERIFY2(id > 0, qPrintable(store.index()->errorString()));
        QVERIFY(store.index()->markStored(id, QFileInfo(record.path).size()));
        ids.append(id);
    }

    GalleryWidget gallery(&store);
    gallery.resize(800, 600);
    gallery.show();
    QVERIFY(QTest::qWaitForWindowExposed(&gallery));
    QCOMPARE(gallery.view()->model()->rowCount(), 3);
    // Thumbnails arrive from the workers.
    QTRY_VERIFY(!gallery.model()->index(0, 0).data(Qt::DecorationRole).value<QImage>().isNull());

    QSignalSpy use(&gallery, &GalleryWidget::useSettingsRequested);
    QVERIFY(use.isValid());
    gallery.useSettings(ids.constFirst());
    QCOMPARE(use.size(), 1);
    QCOMPARE(use.constFirst().at(0).toByteArray(), prompt);
    QCOMPARE(use.constFirst().at(2).toString(), u"18446744073709551615"_s);

    OutputDetailDialog dialog(store.index(), ids.constFirst());
    QVERIFY(dialog.parametersText().contains(u"18446744073709551615"_s));
    QVERIFY(dialog.parametersText().contains(u"a red fox"_s));
    QSignalSpy dialogUse(&dialog, &OutputDetailDialog::useSettingsRequested);
    auto *button = dialog.findChild<QPushButton *>(u"useSettingsButton"_s);
    QVERIFY(button);
    button->click();
    QCOMPARE(dialogUse.size(), 1);

    // Filtering by text narrows, favourites only shows none yet.
    GalleryFilter filter;
    filter.favouritesOnly = true;
    gallery.model()->setFilter(filter);
    QCOMPARE(gallery.model()->rowCount(), 0);
    filter.favouritesOnly = false;
    filter.text = u"fox_1"_s;
    gallery.model()->setFilter(filter);
    QCOMPARE(gallery.model()->rowCount(), 1);
}

QTEST_MAIN(tst_Gallery)
#include "tst_gallery.moc"
