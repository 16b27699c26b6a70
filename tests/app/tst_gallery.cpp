// The gallery over a real library: it shows the stored outputs, and "Use these settings"
// (from the grid and from the detail dialog) hands over the job's prompt with its seed;
// tags are edited through TagDialog and filter the grid, as do the workflow and a custom
// date range; copy, reveal, export and move to trash do what they say on disk and in the
// index.
#include "closeindexconnection.h"
#include "comfyclient.h"
#include "compareview.h"
#include "gallerymodel.h"
#include "gallerywidget.h"
#include "libraryindex.h"
#include "outputdetaildialog.h"
#include "viewer/outputactions.h"
#include "outputstore.h"
#include "viewer/filmstrip.h"
#include "tagdialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QImage>
#include <QLayout>
#include <QLineEdit>
#include <QListView>
#include <QDropEvent>
#include <QMimeData>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {

// Receives what QDesktopServices::openUrl would have handed to the desktop.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};

struct Output
{
    QString name;
    QString workflow;
    QDateTime created;
    QColor colour = Qt::red;
};

// Stores real PNG files and their index rows, as OutputStore does after a download.
QList<qint64> addOutputs(OutputStore &store, const QString &folder, const QList<Output> &outputs)
{
    QList<qint64> ids;
    for (const Output &output : outputs) {
        OutputRecord record;
        record.server = store.server();
        record.promptId = u"job-"_s + output.name;
        record.nodeId = u"9"_s;
        record.serverFileName = output.name;
        record.type = u"output"_s;
        record.path = QDir(folder).filePath(output.name);
        record.createdAt = output.created;
        record.workflowName = output.workflow;
        QImage image(32, 24, QImage::Format_RGB32);
        image.fill(output.colour);
        if (!image.save(record.path))
            return {};
        const qint64 id = store.index()->addPendingOutput(record);
        if (id <= 0 || !store.index()->markStored(id, QFileInfo(record.path).size()))
            return {};
        ids.append(id);
    }
    return ids;
}

void select(GalleryWidget &gallery, const QList<qint64> &ids)
{
    // The last filter's answer first (it comes from the gallery's worker).
    QVERIFY(QTest::qWaitFor([&gallery] { return !gallery.model()->isLoading(); }, 10000));
    QItemSelectionModel *selection = gallery.view()->selectionModel();
    selection->clearSelection();
    for (const qint64 id : ids) {
        const QModelIndex index = gallery.model()->indexOfId(id);
        QVERIFY(index.isValid());
        selection->select(index, QItemSelectionModel::Select);
        selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
}

QSet<qint64> shownIds(GalleryWidget &gallery)
{
    // Filters and pages are read on a worker: wait for each answer (a condition, not a delay).
    GalleryModel *model = gallery.model();
    const auto answered = [model] { return !model->isLoading(); };
    if (!QTest::qWaitFor(answered, 10000))
        qWarning("the gallery's worker did not answer");
    while (model->canFetchMore({})) {
        model->fetchMore({});
        if (!QTest::qWaitFor(answered, 10000))
            qWarning("the gallery's worker did not answer");
    }
    QSet<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->index(row).data(GalleryModel::IdRole).toLongLong());
    return ids;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_Gallery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsOutputsAndRestoresSeed();
    void editsTagsAndFilters();
    void tagDialogReadsTheLibraryTagsOffTheGuiThread();
    void filterListsAreReadOffTheGuiThread();
    void libraryActionsReadOffTheGuiThread();
    void tagListFollowsTheSharedActions();
    void narrowDockShowsTwoColumns();
    void droppedFilesAreReadOffTheGuiThread();
    void copyRevealExport();
    void movesToTrash_data();
    void movesToTrash();
    void sharedFileGoesWithItsLastOutput();
    void identicalOutputsKeepTheirOwnNames();
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
    store.open();
    const QByteArray prompt =
        R"({"3":{"class_type":"KSampler","inputs":{"seed":18446744073709551615,"positive":["6",0]}},)"
        R"("6":{"class_type":"CLIPTextEncode","inputs":{"text":"a red fox"}},)"
        R"("9":{"class_type":"SaveImage","_meta":{"title":"Save Image"},"inputs":{"filename_prefix":"fox"}}})";
    store.recordJob(u"job1"_s, prompt, R"({"nodes":[]})");
    QTRY_VERIFY(store.index()->job(u"job1"_s)); // written on the store's writer thread
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
    QTRY_COMPARE(gallery.view()->model()->rowCount(), 3); // the first page too is read on the model's worker
    // Thumbnails arrive from the workers.
    QTRY_VERIFY(!gallery.model()->index(0, 0).data(Qt::DecorationRole).value<QImage>().isNull());

    QSignalSpy use(&gallery, &GalleryWidget::useSettingsRequested);
    QVERIFY(use.isValid());
    gallery.useSettings(ids.constFirst());
    QTRY_COMPARE(use.size(), 1); // read on the model's worker
    QCOMPARE(use.constFirst().at(0).toByteArray(), prompt);
    QCOMPARE(use.constFirst().at(2).toString(), u"18446744073709551615"_s);

    OutputDetailDialog dialog(store.libraryDirectory(), store.databasePath(), ids.constFirst());
    QTRY_VERIFY(dialog.isRead()); // read on a worker
    // In the editor's words: the settings of the prompt that ran, and the node that wrote
    // the file by its title. The prompt and node IDs only in what "Copy details" copies.
    const QString shown = dialog.parametersText();
    QVERIFY2(shown.contains(u"Seed: 18446744073709551615"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"Positive prompt: a red fox"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"Made by: Save Image"_s), qPrintable(shown));
    QVERIFY2(!shown.contains(u"job1"_s) && !shown.contains(u"node 9"_s), qPrintable(shown));
    QVERIFY(dialog.detailsText().startsWith(shown));
    QVERIFY(dialog.detailsText().contains(u"Prompt ID: job1"_s));
    QVERIFY(dialog.detailsText().contains(u"Node ID: 9"_s));
    QSignalSpy dialogUse(&dialog, &OutputDetailDialog::useSettingsRequested);
    auto *button = dialog.findChild<QPushButton *>(u"useSettingsButton"_s);
    QVERIFY(button);
    button->click();
    QCOMPARE(dialogUse.size(), 1);

    // Filtering by text narrows, favourites only shows none yet.
    GalleryFilter filter;
    filter.favouritesOnly = true;
    gallery.model()->setFilter(filter);
    QTRY_VERIFY(!gallery.model()->isLoading());
    QCOMPARE(gallery.model()->rowCount(), 0);
    filter.favouritesOnly = false;
    filter.text = u"fox_1"_s;
    gallery.model()->setFilter(filter);
    QTRY_VERIFY(!gallery.model()->isLoading());
    QCOMPARE(gallery.model()->rowCount(), 1);
}

// The dialog's completions (every tag of the library) are read on the model's worker: with
// the GUI thread's connection closed the dialog still offers them (it offered none when
// they were read here).
void tst_Gallery::tagDialogReadsTheLibraryTagsOffTheGuiThread()
{
    QTemporaryDir library;
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, library.path());
    store.open();
    const QDateTime today = QDate::currentDate().startOfDay().addSecs(60);
    const QList<qint64> ids = addOutputs(store, library.path(), {{u"a.png"_s, u"portrait"_s, today},
                                                                 {u"b.png"_s, u"portrait"_s, today}});
    QCOMPARE(ids.size(), 2);
    QVERIFY(store.index()->addTag(ids[0], u"keeper"_s));
    GalleryWidget gallery(&store);
    gallery.resize(800, 600);
    gallery.show();
    QVERIFY(QTest::qWaitForWindowExposed(&gallery));
    QTRY_COMPARE(shownIds(gallery).size(), 2);
    QCOMPARE(closeIndexConnections(store.index()->databasePath()), 1);
    select(gallery, {ids[1]});
    gallery.editTagsOfSelection();
    TagDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = gallery.findChild<TagDialog *>()));
    auto *edit = dialog->findChild<QLineEdit *>(u"newTagEdit"_s);
    QVERIFY(edit && edit->completer());
    auto *known = qobject_cast<QStringListModel *>(edit->completer()->model());
    QVERIFY(known);
    QCOMPARE(known->stringList(), QStringList{u"keeper"_s});
    dialog->reject();
}

// The filter lists (workflows, tags, servers) are read on the model's worker: with the GUI
// thread's connection closed they still list what the library has (they emptied when they
// were read here).
void tst_Gallery::filterListsAreReadOffTheGuiThread()
{
    QTemporaryDir library;
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, library.path());
    store.open();
    const QDateTime today = QDate::currentDate().startOfDay().addSecs(60);
    const QList<qint64> ids = addOutputs(store, library.path(), {{u"a.png"_s, u"portrait"_s, today},
                                                                 {u"b.png"_s, u"landscape"_s, today}});
    QCOMPARE(ids.size(), 2);
    GalleryWidget gallery(&store);
    gallery.resize(800, 600);
    gallery.show();
    QVERIFY(QTest::qWaitForWindowExposed(&gallery));
    QTRY_COMPARE(shownIds(gallery).size(), 2);
    auto *workflow = gallery.findChild<QComboBox *>(u"galleryWorkflow"_s);
    auto *tag = gallery.findChild<QComboBox *>(u"galleryTag"_s);
    QVERIFY(workflow && tag);
    QTRY_COMPARE(workflow->count(), 3);
    QVERIFY(store.index()->addTag(ids[0], u"keeper"_s)); // another window's tag, say
    QCOMPARE(closeIndexConnections(store.index()->databasePath()), 1);
    QVERIFY(store.index()->allTags().isEmpty()); // nothing read here any more
    gallery.refreshFilterLists();
    QTRY_COMPARE(tag->count(), 2); // any, keeper
    QCOMPARE(tag->itemData(1).toString(), u"keeper"_s);
    QVERIFY(tag->isVisible());
    QCOMPARE(workflow->count(), 3);
    QVERIFY(workflow->findData(u"portrait"_s) > 0 && workflow->findData(u"landscape"_s) > 0);
}

// The library's own actions (use these settings, copy seed, copy image, open the folder,
// compare the two selected, export) read nothing on the GUI thread: with its connection closed they
// still work, on outputs the grid holds (their rows say) and on one it does not (filtered
// out: read on the model's worker).
void tst_Gallery::libraryActionsReadOffTheGuiThread()
{
    QTemporaryDir library;
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, library.path());
    store.open();
    const QByteArray prompt = R"({"3":{"class_type":"KSampler","inputs":{"seed":42}}})";
    store.recordJob(u"job1"_s, prompt, R"({"nodes":[]})");
    QTRY_VERIFY(store.index()->job(u"job1"_s)); // written on the store's writer thread
    QList<qint64> ids;
    const QList<std::tuple<QString, QString, QString, QColor>> outputs{
        {u"fox.png"_s, u"a red fox"_s, u"42"_s, Qt::red}, {u"owl.png"_s, u"an owl"_s, u"7"_s, Qt::blue}};
    for (const auto &[name, text, seed, colour] : outputs) {
        OutputRecord record;
        record.server = store.server();
        record.promptId = u"job1"_s;
        record.nodeId = u"9"_s;
        record.serverFileName = name;
        record.type = u"output"_s;
        record.path = library.filePath(name);
        record.seed = seed;
        record.promptText = text;
        QImage image(32, 24, QImage::Format_RGB32);
        image.fill(colour);
        QVERIFY(image.save(record.path));
        const qint64 id = store.index()->addPendingOutput(record);
        QVERIFY2(id > 0, qPrintable(store.index()->errorString()));
        QVERIFY(store.index()->markStored(id, QFileInfo(record.path).size()));
        ids.append(id);
    }
    GalleryWidget gallery(&store);
    QSignalSpy compared(&gallery, &GalleryWidget::compareRequested);
    QSignalSpy use(&gallery, &GalleryWidget::useSettingsRequested);
    QTRY_COMPARE(gallery.model()->rowCount(), 2);
    QCOMPARE(closeIndexConnections(store.index()->databasePath()), 1);
    QVERIFY(!store.index()->output(ids[0])); // nothing read here any more

    // Held: the rows say.
    select(gallery, {ids[1], ids[0]}); // fox is current: the reference
    QVERIFY(!gallery.compareSelected());
    QCOMPARE(compared.size(), 1);
    QCOMPARE(compared.first().at(0).value<OutputRef>().path, library.filePath(u"fox.png"_s));
    QCOMPARE(compared.first().at(1).value<OutputRef>().path, library.filePath(u"owl.png"_s));
    QTemporaryDir target; // exported: both, copied off the GUI thread
    QSignalSpy exported(&gallery, &GalleryWidget::exported);
    gallery.exportSelected(target.path());
    QTRY_COMPARE(exported.size(), 1);
    QVERIFY(exported.first().first().toStringList().isEmpty());
    QVERIFY(QFileInfo::exists(target.filePath(u"fox.png"_s)) && QFileInfo::exists(target.filePath(u"owl.png"_s)));
    gallery.copySeed(ids[1]);
    QTRY_COMPARE(QApplication::clipboard()->text(), u"7"_s);
    // The job's settings are read on the worker.
    gallery.useSettings(ids[0]);
    QTRY_COMPARE(use.size(), 1);
    QCOMPARE(use.first().at(0).toByteArray(), prompt);
    QCOMPARE(use.first().at(2).toString(), u"42"_s);

    // Not held: read on the model's worker.
    GalleryFilter filter;
    filter.text = u"owl"_s;
    gallery.model()->setFilter(filter);
    QTRY_VERIFY(!gallery.model()->isLoading() && !gallery.model()->indexOfId(ids[0]).isValid());
    gallery.copySeed(ids[0]);
    QTRY_COMPARE(QApplication::clipboard()->text(), u"42"_s);
    gallery.copyImage(ids[0]);
    QTRY_VERIFY(QApplication::clipboard()->mimeData() && QApplication::clipboard()->mimeData()->hasImage());
    const QMimeData *copied = QApplication::clipboard()->mimeData();
    QCOMPARE(qvariant_cast<QImage>(copied->imageData()).pixelColor(0, 0), QColor(Qt::red));
    QCOMPARE(copied->urls(), QList<QUrl>{QUrl::fromLocalFile(library.filePath(u"fox.png"_s))});
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"file"_s, &catcher, "open");
    const auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(u"file"_s); });
    gallery.revealInFolder(ids[0]);
    QTRY_COMPARE(catcher.urls.size(), 1);
    QCOMPARE(QDir(catcher.urls.constFirst().toLocalFile()).canonicalPath(), QDir(library.path()).canonicalPath());

    // The detail dialog opens at once, saying it reads, and reads its record and job on a
    // worker (it read them here and showed nothing but "Output", once, before).
    OutputDetailDialog *dialog = gallery.openDetail(ids[0]);
    QVERIFY(dialog);
    const auto closeDialog = qScopeGuard([dialog] { dialog->close(); });
    QVERIFY(!dialog->isRead());
    QVERIFY2(dialog->parametersText().startsWith(u"Reading"_s), qPrintable(dialog->parametersText()));
    auto *copySeedButton = dialog->findChild<QPushButton *>(u"copySeedButton"_s);
    QVERIFY(copySeedButton && !copySeedButton->isEnabled());
    QTRY_VERIFY(dialog->isRead());
    QCOMPARE(dialog->windowTitle(), u"fox.png"_s);
    const QString shown = dialog->parametersText();
    QVERIFY2(shown.contains(u"Seed: 42"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"File: "_s + QDir::toNativeSeparators(library.filePath(u"fox.png"_s))), qPrintable(shown));
    QVERIFY(dialog->detailsText().contains(u"Prompt ID: job1"_s));
    QVERIFY(copySeedButton->isEnabled());
    QApplication::clipboard()->clear();
    copySeedButton->click();
    QCOMPARE(QApplication::clipboard()->text(), u"42"_s);
    // A comparison asked before the record is in starts once it is: both pictures shown.
    OutputDetailDialog pending(store.libraryDirectory(), store.databasePath(), ids[0]);
    pending.compareWith(library.filePath(u"owl.png"_s));
    auto *compareView = pending.findChild<CompareView *>();
    QVERIFY(compareView);
    const auto shownAt = [compareView](double x) {
        const QImage grabbed = compareView->grab().toImage();
        return grabbed.pixelColor(int(grabbed.width() * x), grabbed.height() / 2);
    };
    QTRY_COMPARE(shownAt(0.25), QColor(Qt::red));
    QCOMPARE(shownAt(0.75), QColor(Qt::blue));
}

void tst_Gallery::editsTagsAndFilters()
{
    QTemporaryDir library;
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, library.path());
    store.open();
    const QDateTime today = QDate::currentDate().startOfDay().addSecs(60);
    const QDateTime tenDaysAgo = QDate::currentDate().addDays(-10).startOfDay().addSecs(12 * 3600);
    const QDateTime longAgo = QDate::currentDate().addDays(-40).startOfDay().addSecs(12 * 3600);
    const QList<qint64> ids = addOutputs(store, library.path(), {
        {u"a.png"_s, u"portrait"_s, today},
        {u"b.png"_s, u"portrait"_s, tenDaysAgo},
        {u"c.png"_s, u"landscape"_s, tenDaysAgo},
        {u"d.png"_s, u"landscape"_s, longAgo},
    });
    QCOMPARE(ids.size(), 4);

    GalleryWidget gallery(&store);
    gallery.resize(1000, 700);
    gallery.show();
    QVERIFY(QTest::qWaitForWindowExposed(&gallery));
    QCOMPARE(shownIds(gallery).size(), 4);
    // No tags yet: no tag list to choose from.
    QVERIFY(!gallery.findChild<QComboBox *>(u"galleryTag"_s)->isVisible());

    // The workflow list offers every workflow with outputs; choosing one filters.
    auto *workflow = gallery.findChild<QComboBox *>(u"galleryWorkflow"_s);
    QVERIFY(workflow);
    QTRY_COMPARE(workflow->count(), 3); // any, landscape, portrait (read on the worker)
    workflow->setCurrentIndex(workflow->findData(u"portrait"_s));
    QCOMPARE(shownIds(gallery), (QSet<qint64>{ids[0], ids[1]}));
    workflow->setCurrentIndex(0);
    QCOMPARE(shownIds(gallery).size(), 4);

    // Tag two outputs through the dialog.
    select(gallery, {ids[1], ids[2]});
    gallery.editTagsOfSelection();
    TagDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = gallery.findChild<TagDialog *>())); // the library's tags read first
    QVERIFY(dialog->tagsToAdd().isEmpty());
    dialog->addTag(u" keeper "_s);
    QCOMPARE(dialog->tagsToAdd(), QStringList{u"keeper"_s});
    dialog->accept();
    // The rows show it at once; the model's worker writes it to the index.
    QCOMPARE(gallery.model()->indexOfId(ids[1]).data(GalleryModel::TagsRole).toStringList(), QStringList{u"keeper"_s});
    QTRY_COMPARE(store.index()->tags(ids[1]), QStringList{u"keeper"_s});
    QTRY_COMPARE(store.index()->tags(ids[2]), QStringList{u"keeper"_s});
    QVERIFY(store.index()->tags(ids[0]).isEmpty());

    // The tag list appears (once written) and offers it; choosing it shows only the
    // tagged outputs.
    auto *tag = gallery.findChild<QComboBox *>(u"galleryTag"_s);
    QVERIFY(tag);
    QTRY_VERIFY(tag->isVisible());
    const int keeper = tag->findData(u"keeper"_s);
    QVERIFY(keeper > 0);
    tag->setCurrentIndex(keeper);
    QCOMPARE(shownIds(gallery), (QSet<qint64>{ids[1], ids[2]}));

    // Removing the tag from one: it leaves the filtered grid and the index.
    QTRY_VERIFY(!gallery.findChild<TagDialog *>()); // the first dialog deleted itself
    select(gallery, {ids[2]});
    gallery.editTagsOfSelection();
    QTRY_VERIFY((dialog = gallery.findChild<TagDialog *>()));
    dialog->setTagChecked(u"KEEPER"_s, false);
    QCOMPARE(dialog->tagsToRemove(), QStringList{u"keeper"_s});
    dialog->accept();
    QTRY_VERIFY(store.index()->tags(ids[2]).isEmpty());
    QCOMPARE(shownIds(gallery), QSet<qint64>{ids[1]});

    // A tag on some of the selection only is left alone unless changed.
    QTRY_VERIFY(!gallery.findChild<TagDialog *>());
    tag->setCurrentIndex(0);
    select(gallery, {ids[1], ids[2]});
    gallery.editTagsOfSelection();
    QTRY_VERIFY((dialog = gallery.findChild<TagDialog *>()));
    QVERIFY(dialog->tagsToAdd().isEmpty());
    QVERIFY(dialog->tagsToRemove().isEmpty());
    dialog->grab().save(QDir::temp().filePath(u"easel-tag-dialog.png"_s));
    dialog->reject();

    // A custom date range, both days included.
    auto *period = gallery.findChild<QComboBox *>(u"galleryPeriod"_s);
    auto *from = gallery.findChild<QDateEdit *>(u"galleryFromDate"_s);
    auto *to = gallery.findChild<QDateEdit *>(u"galleryToDate"_s);
    QVERIFY(period && from && to);
    QVERIFY(!from->isVisible());
    period->setCurrentIndex(period->findData(-1));
    QVERIFY(from->isVisible() && to->isVisible());
    from->setDate(QDate::currentDate().addDays(-10));
    to->setDate(QDate::currentDate().addDays(-10));
    QCOMPARE(shownIds(gallery), (QSet<qint64>{ids[1], ids[2]}));
    from->setDate(QDate::currentDate().addDays(-50));
    to->setDate(QDate::currentDate());
    QCOMPARE(shownIds(gallery).size(), 4);
    // Reversed, read the right way round.
    from->setDate(QDate::currentDate());
    to->setDate(QDate::currentDate().addDays(-11));
    QCOMPARE(shownIds(gallery), (QSet<qint64>{ids[0], ids[1], ids[2]}));
    // Combined with the workflow.
    workflow->setCurrentIndex(workflow->findData(u"landscape"_s));
    QCOMPARE(shownIds(gallery), QSet<qint64>{ids[2]});
    // The preset periods still work.
    period->setCurrentIndex(period->findData(7));
    QVERIFY(!from->isVisible());
    workflow->setCurrentIndex(0);
    QCOMPARE(shownIds(gallery), QSet<qint64>{ids[0]});
    gallery.layout()->activate();
    gallery.grab().save(QDir::temp().filePath(u"easel-gallery-filters.png"_s));
}

void tst_Gallery::copyRevealExport()
{
    QTemporaryDir library;
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, library.path());
    store.open();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<qint64> ids = addOutputs(store, library.path(), {
        {u"fox.png"_s, {}, now, Qt::red},
        {u"owl.png"_s, {}, now.addSecs(-5), Qt::blue},
    });
    QCOMPARE(ids.size(), 2);
    const QString foxPath = store.index()->output(ids[0])->path;
    GalleryWidget gallery(&store);

    // Copy: the pixels (decoded off the GUI thread) and the file.
    QApplication::clipboard()->clear();
    gallery.copyImage(ids[0]);
    QTRY_VERIFY(QApplication::clipboard()->mimeData() && QApplication::clipboard()->mimeData()->hasImage());
    const QMimeData *copied = QApplication::clipboard()->mimeData();
    const QImage image = qvariant_cast<QImage>(copied->imageData());
    QCOMPARE(image.size(), QSize(32, 24));
    QCOMPARE(image.pixelColor(0, 0), QColor(Qt::red));
    QCOMPARE(copied->urls(), QList<QUrl>{QUrl::fromLocalFile(foxPath)});

    // Reveal: the folder that holds the file goes to the desktop's file URL handler.
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"file"_s, &catcher, "open");
    gallery.revealInFolder(ids[0]);
    QDesktopServices::unsetUrlHandler(u"file"_s);
    QCOMPARE(catcher.urls.size(), 1);
    QCOMPARE(QDir(catcher.urls.constFirst().toLocalFile()).canonicalPath(),
             QDir(library.path()).canonicalPath());

    // Compare: the two selected side by side, the current one on the left.
    select(gallery, {ids[1], ids[0]}); // fox is current
    OutputDetailDialog *dialog = gallery.compareSelected();
    QVERIFY(dialog);
    auto *compare = dialog->findChild<CompareView *>();
    QVERIFY(compare);
    compare->resize(320, 240);
    // Both pictures are decoded off the GUI thread.
    auto shownAt = [compare](double x) {
        const QImage shown = compare->grab().toImage();
        return shown.pixelColor(int(shown.width() * x), shown.height() / 2);
    };
    QTRY_COMPARE(shownAt(0.25), QColor(Qt::red));
    QCOMPARE(shownAt(0.75), QColor(Qt::blue));
    dialog->close();
    select(gallery, {ids[0]});
    QVERIFY(!gallery.compareSelected()); // needs two

    // Export: whole copies, under safe names, never over an existing file.
    QTemporaryDir target;
    select(gallery, ids);
    QSignalSpy exported(&gallery, &GalleryWidget::exported);
    gallery.exportSelected(target.path()); // copied off the GUI thread
    gallery.exportSelected(target.path()); // after the first: named after its copies
    QTRY_COMPARE(exported.size(), 2);
    QVERIFY(exported.at(0).at(0).toStringList().isEmpty() && exported.at(1).at(0).toStringList().isEmpty());
    QCOMPARE(contents(target.filePath(u"fox.png"_s)), contents(foxPath));
    QCOMPARE(contents(target.filePath(u"owl.png"_s)), contents(store.index()->output(ids[1])->path));
    QCOMPARE(contents(target.filePath(u"fox (1).png"_s)), contents(foxPath));
    QVERIFY(QFileInfo::exists(target.filePath(u"owl (1).png"_s)));
    // Nothing else: no temporary files left behind by QSaveFile.
    QCOMPARE(QDir(target.path()).entryList(QDir::Files | QDir::Hidden).size(), 4);
}

void tst_Gallery::movesToTrash_data()
{
    QTest::addColumn<bool>("platformTrash");
    // The platform's trash where it works here; the fallback when it refuses.
    QTest::newRow("platform trash") << true;
    QTest::newRow("no trash") << false;
}

void tst_Gallery::movesToTrash()
{
    QFETCH(bool, platformTrash);
    QTemporaryDir library;
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, library.path());
    store.open();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<qint64> ids = addOutputs(store, library.path(), {
        {u"keep.png"_s, {}, now},
        {u"gone.png"_s, {}, now.addSecs(-5)},
    });
    QCOMPARE(ids.size(), 2);
    store.index()->addTag(ids[1], u"doomed"_s);
    const QString gonePath = store.index()->output(ids[1])->path;
    const QByteArray goneBytes = contents(gonePath);
    QVERIFY(!goneBytes.isEmpty());

    GalleryWidget gallery(&store);
    if (!platformTrash)
        gallery.setTrashFunction([](const QString &, QString *) { return false; });
    QSignalSpy trashed(&gallery, &GalleryWidget::outputsTrashed);
    select(gallery, {ids[1]});
    gallery.deleteSelected();
    QTRY_COMPARE(trashed.size(), 1); // file and row on the model's worker

    // Gone from the library folder, the index and the grid; the other output untouched.
    QVERIFY(!QFileInfo::exists(gonePath));
    QVERIFY(!store.index()->output(ids[1]));
    QVERIFY(store.index()->tags(ids[1]).isEmpty());
    QVERIFY(!gallery.model()->indexOfId(ids[1]).isValid());
    QVERIFY(gallery.model()->indexOfId(ids[0]).isValid());
    QVERIFY(QFileInfo::exists(store.index()->output(ids[0])->path));

    // Recoverable: the bytes are where the signal says.
    QCOMPARE(trashed.size(), 1);
    const QStringList where = trashed.constFirst().at(0).toStringList();
    QCOMPARE(where.size(), 1);
    QCOMPARE(contents(where.constFirst()), goneBytes);
    if (platformTrash) {
        // QFile::moveToTrash may or may not work on this machine; if it did not, the
        // fallback caught it. Either way nothing was deleted outright.
        qInfo() << "trashed to" << where.constFirst();
        if (!where.constFirst().startsWith(gallery.fallbackTrashDirectory())) {
            // Do not fill the test user's trash: the file and its .trashinfo (XDG layout).
            const QFileInfo file(where.constFirst());
            QFile::remove(file.absoluteFilePath());
            QFile::remove(file.dir().filePath(u"../info/%1.trashinfo"_s.arg(file.fileName())));
        }
    } else {
        QCOMPARE(QFileInfo(where.constFirst()).absolutePath(), gallery.fallbackTrashDirectory());
        // The hidden folder is not a gallery folder: the fallback trash stays out of sight.
        QVERIFY(where.constFirst().startsWith(QFileInfo(store.index()->databasePath()).absolutePath()));
    }
}

// Identical outputs share one file (OutputStore stores identical bytes once): deleting one
// of them removes its row only; the file goes to the trash with the last one.
void tst_Gallery::sharedFileGoesWithItsLastOutput()
{
    QTemporaryDir library;
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, library.path());
    store.open();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<qint64> ids = addOutputs(store, library.path(), {
        {u"same.png"_s, {}, now},
        {u"twin.png"_s, {}, now.addSecs(-5)},
    });
    QCOMPARE(ids.size(), 2);
    // The second output's row points at the first one's file, as a shared output's does.
    const QString shared = store.index()->output(ids[0])->path;
    QVERIFY(QFile::remove(store.index()->output(ids[1])->path));
    QVERIFY(store.index()->markStoredAs(ids[1], QFileInfo(shared).size(), QByteArray(32, 's'), shared));
    QCOMPARE(store.index()->references(shared), 2);

    GalleryWidget gallery(&store);
    gallery.setTrashFunction([](const QString &, QString *) { return false; }); // the library's own
    QSignalSpy trashed(&gallery, &GalleryWidget::outputsTrashed);
    select(gallery, {ids[0]});
    gallery.deleteSelected();
    QTRY_VERIFY(!gallery.model()->indexOfId(ids[0]).isValid()); // after the worker's write
    QVERIFY(!store.index()->output(ids[0]));
    QVERIFY(QFileInfo::exists(shared)); // the other output still shows it
    QCOMPARE(trashed.size(), 0);
    QCOMPARE(store.index()->references(shared), 1);

    select(gallery, {ids[1]});
    gallery.deleteSelected();
    QTRY_COMPARE(trashed.size(), 1);
    QVERIFY(!store.index()->output(ids[1]));
    QVERIFY(!QFileInfo::exists(shared));
    QCOMPARE(QFileInfo(trashed.constFirst().at(0).toStringList().value(0)).absolutePath(),
             gallery.fallbackTrashDirectory());
}

// Identical outputs share one file, named after the first of them: each tile, tooltip,
// detail window and exported copy still goes by the output's own name from the server,
// while copying and revealing use the file where it is.
void tst_Gallery::identicalOutputsKeepTheirOwnNames()
{
    QTemporaryDir library;
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, library.path());
    store.open();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<qint64> ids = addOutputs(store, library.path(), {
        {u"check_00001_.png"_s, {}, now.addSecs(-10)},
        {u"check_00002_.png"_s, {}, now.addSecs(-5)},
        {u"check_00003_.png"_s, {}, now},
    });
    QCOMPARE(ids.size(), 3);
    const QString shared = store.index()->output(ids[0])->path;
    for (const qint64 id : {ids[1], ids[2]}) {
        QVERIFY(QFile::remove(store.index()->output(id)->path));
        QVERIFY(store.index()->markStoredAs(id, QFileInfo(shared).size(), QByteArray(32, 's'), shared));
    }
    QCOMPARE(store.index()->references(shared), 3);

    GalleryWidget gallery(&store);
    GalleryModel *model = gallery.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(shownIds(gallery), QSet<qint64>(ids.cbegin(), ids.cend()));
    for (int n = 0; n < 3; ++n) {
        const QModelIndex index = model->indexOfId(ids[n]);
        const QString own = u"check_%1_.png"_s.arg(n + 1, 5, 10, QChar(u'0'));
        QCOMPARE(index.data(Qt::DisplayRole).toString(), own);
        QCOMPARE(index.data(Qt::ToolTipRole).toString().section(u'\n', 0, 0), own);
        QCOMPARE(index.data(GalleryModel::PathRole).toString(), shared);
        OutputDetailDialog *dialog = gallery.openDetail(ids[n]);
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->windowTitle(), own);
        dialog->close();
    }

    // Copying gives the file where it is.
    QApplication::clipboard()->clear();
    gallery.copyImage(ids[2]);
    QTRY_VERIFY(QApplication::clipboard()->mimeData() && !QApplication::clipboard()->mimeData()->urls().isEmpty());
    QCOMPARE(QApplication::clipboard()->mimeData()->urls(), QList<QUrl>{QUrl::fromLocalFile(shared)});

    // Exported, each is a copy of the one file under its own name.
    QTemporaryDir target;
    select(gallery, ids);
    QSignalSpy exported(&gallery, &GalleryWidget::exported);
    gallery.exportSelected(target.path());
    QTRY_COMPARE(exported.size(), 1);
    for (int n = 1; n <= 3; ++n)
        QCOMPARE(contents(target.filePath(u"check_%1_.png"_s.arg(n, 5, 10, QChar(u'0')))), contents(shared));
    QCOMPARE(QDir(target.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);
}

// In the window the library's menu is the shared one (OutputActions): a tag written there
// makes the tag list appear (it stayed hidden until the library was opened again), and
// trashing the last tagged output takes it away.
void tst_Gallery::tagListFollowsTheSharedActions()
{
    QTemporaryDir library;
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, library.path());
    store.open();
    const QDateTime today = QDate::currentDate().startOfDay().addSecs(60);
    const QList<qint64> ids = addOutputs(store, library.path(), {{u"a.png"_s, u"portrait"_s, today}});
    QCOMPARE(ids.size(), 1);
    GalleryWidget gallery(&store);
    OutputActions actions(&store, &gallery);
    actions.setTrashFunction([](const QString &, QString *) { return false; }); // to the library's own folder
    gallery.setOutputActions(&actions);
    auto *tags = gallery.findChild<QComboBox *>(u"galleryTag"_s);
    QVERIFY(tags);
    QTRY_COMPARE(gallery.model()->rowCount(), 1);
    QTRY_VERIFY(gallery.findChild<QComboBox *>(u"galleryWorkflow"_s)->count() > 1); // the lists were read
    QVERIFY(tags->isHidden());

    const OutputRef ref = Filmstrip::refAt(gallery.model()->indexOfId(ids[0]));
    actions.editTags(ref);
    TagDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = gallery.findChild<TagDialog *>()));
    dialog->addTag(u"keeper"_s);
    dialog->accept();
    QTRY_VERIFY(!tags->isHidden());
    QVERIFY(tags->findData(u"keeper"_s) > 0);

    actions.moveToTrash(ref);
    QTRY_VERIFY(tags->isHidden());
}

// The library shares a dock about 290 px wide with the queue at 1366×768: its thumbnails
// start at a size that puts two in a row there (one 192 px column showed two pictures at a
// time, and the artist scrolled for every third).
void tst_Gallery::narrowDockShowsTwoColumns()
{
    QTemporaryDir library;
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, library.path());
    store.open();
    GalleryWidget gallery(&store);
    gallery.resize(290, 500);
    gallery.show();
    QVERIFY(QTest::qWaitForWindowExposed(&gallery));
    // With its scroll bar showing, as in a library of more than a screenful.
    gallery.view()->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    QTRY_VERIFY2(gallery.view()->viewport()->width() >= 2 * gallery.view()->gridSize().width(),
                 qPrintable(u"viewport %1, cell %2"_s.arg(gallery.view()->viewport()->width())
                                .arg(gallery.view()->gridSize().width())));
    QVERIFY(gallery.view()->iconSize().width() >= 96); // still pictures, not icons

    // With every filter list shown (a workflow, a tag, two servers) the bar still fits the
    // dock (about 320 px at 1366x768): in one row it asked for 528 px, and the dock took
    // them from the viewer.
    const QDateTime today = QDate::currentDate().startOfDay().addSecs(60);
    const QList<qint64> ids = addOutputs(store, library.path(), {{u"a.png"_s, u"portrait"_s, today}});
    QCOMPARE(ids.size(), 1);
    QVERIFY(store.index()->addTag(ids[0], u"keeper"_s));
    gallery.refreshFilterLists();
    for (const char *name : {"galleryWorkflow", "galleryTag"})
        QTRY_VERIFY(!gallery.findChild<QComboBox *>(QLatin1StringView(name))->isHidden());
    gallery.findChild<QComboBox *>(u"galleryServer"_s)->setVisible(true);
    qInfo("the library asks for %d px", gallery.minimumSizeHint().width());
    QVERIFY2(gallery.minimumSizeHint().width() <= 310, qPrintable(QString::number(gallery.minimumSizeHint().width())));
}

// A PNG made with ComfyUI or Easel dropped on the library opens its workflow: the file is
// read on a pool thread, so nothing has opened when the drop returns (the old code read it
// there, holding the window and the program the drag came from); files without a workflow
// open nothing.
void tst_Gallery::droppedFilesAreReadOffTheGuiThread()
{
    QTemporaryDir library;
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, library.path());
    store.open();
    const QByteArray prompt = R"({"3":{"class_type":"KSampler","inputs":{"seed":42}}})";
    QImage made(16, 16, QImage::Format_RGB32);
    made.fill(Qt::red);
    made.setText(u"prompt"_s, QString::fromUtf8(prompt));
    const QString withWorkflow = library.filePath(u"made.png"_s);
    QVERIFY(made.save(withWorkflow));
    QImage plain(16, 16, QImage::Format_RGB32);
    plain.fill(Qt::blue);
    const QString without = library.filePath(u"plain.png"_s);
    QVERIFY(plain.save(without));

    GalleryWidget gallery(&store);
    QSignalSpy opened(&gallery, &GalleryWidget::workflowFileOpened);
    gallery.show();
    QVERIFY(QTest::qWaitForWindowExposed(&gallery));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(without), QUrl::fromLocalFile(withWorkflow)});
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&gallery, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&gallery, &drop);
    QCOMPARE(opened.size(), 0); // not read here
    QTRY_COMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(0).toString(), withWorkflow);
    QCOMPARE(opened.first().at(1).toByteArray(), prompt);
}

QTEST_MAIN(tst_Gallery)
#include "tst_gallery.moc"
