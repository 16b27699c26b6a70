#include "outputactions.h"

#include "embeddedworkflow.h"
#include "futurecallback.h"
#include "galleryworker.h"
#include "libraryindex.h"
#include "outputrecord.h"
#include "pngchunkscreen.h"
#include "outputstore.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMenu>
#include <QMimeData>
#include <QPointer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
// The clipboard gets the picture as it is, up to a size a chat program or editor takes
// without choking; beyond that it gets the file only.
constexpr qint64 maxClipboardPixels = 8192LL * 8192;
} // namespace

OutputActions::OutputActions(OutputStore *store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
{}

GalleryWorker *OutputActions::editor()
{
    if (!m_editor)
        m_editor = new GalleryWorker(m_store->libraryDirectory(), m_store->databasePath(), this);
    return m_editor;
}

void OutputActions::setLauncher(Launcher launcher)
{
    m_launcher = std::move(launcher);
}

void OutputActions::setTrashFunction(TrashFunction trash)
{
    m_trash = std::move(trash);
}

bool OutputActions::launch(const QUrl &url)
{
    return m_launcher ? m_launcher(url) : QDesktopServices::openUrl(url);
}

QMenu *OutputActions::createMenu(const OutputRef &output, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"outputMenu"_s);
    const bool inLibrary = m_store && output.id > 0;
    const auto add = [&](const QString &text, const char *name, auto slot) {
        QAction *action = menu->addAction(text, this, [this, output, slot] { (this->*slot)(output); });
        action->setObjectName(QString::fromLatin1(name));
        return action;
    };
    add(tr("Copy Image"), "actionCopyImage", &OutputActions::copyImage);
    add(tr("Copy File Path"), "actionCopyPath", &OutputActions::copyFilePath);
    add(tr("Open Containing Folder"), "actionOpenFolder", &OutputActions::openContainingFolder);
    add(tr("Open With…"), "actionOpenWith", &OutputActions::openWith);
    menu->addSeparator();
    QAction *details = menu->addAction(tr("Details"), this, [this, output] { emit detailsRequested(output); });
    details->setObjectName(u"actionDetails"_s);
    add(tr("Show Workflow"), "actionShowWorkflow", &OutputActions::showWorkflow);
    add(tr("Use These Settings"), "actionUseSettings", &OutputActions::useSettings);
    QAction *input = menu->addAction(tr("Use as Input"), this, [this, output] { emit useAsInputRequested(output); });
    input->setObjectName(u"actionUseAsInput"_s);
    input->setEnabled(output.kind() == OutputRef::Kind::Image);
    QAction *compare = menu->addAction(tr("Compare With…"), this, [this, output] { emit compareRequested(output); });
    compare->setObjectName(u"actionCompare"_s);
    menu->addSeparator();
    if (inLibrary) {
        QAction *favourite = add(tr("Favourite"), "actionFavourite", &OutputActions::toggleFavourite);
        favourite->setCheckable(true);
        tickFavourite(favourite, {output.id});
        add(tr("Tags…"), "actionTags", &OutputActions::editTags);
        menu->addSeparator();
    }
    add(tr("Move to Trash"), "actionTrash", &OutputActions::moveToTrash);
    return menu;
}

QMenu *OutputActions::createMenu(const QList<OutputRef> &outputs, QWidget *parent)
{
    if (outputs.size() == 1)
        return createMenu(outputs.first(), parent);
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"outputsMenu"_s);
    const auto add = [&](const QString &text, const char *name, auto work) {
        QAction *action = menu->addAction(text, this, [this, outputs, work] { work(this, outputs); });
        action->setObjectName(QString::fromLatin1(name));
        return action;
    };
    const int n = int(outputs.size());
    add(tr("Copy %n File Path(s)", "", n), "actionCopyPath",
        [](OutputActions *self, const QList<OutputRef> &chosen) { self->copyFilePaths(chosen); });
    add(tr("Open Containing Folder"), "actionOpenFolder",
        [](OutputActions *self, const QList<OutputRef> &chosen) { self->openContainingFolders(chosen); });
    QAction *compare = add(tr("Compare the Two"), "actionCompare", [](OutputActions *self, const QList<OutputRef> &chosen) {
        emit self->compareTwoRequested(chosen.at(0), chosen.at(1));
    });
    compare->setEnabled(n == 2);
    menu->addSeparator();
    QList<OutputRef> stored;
    for (const OutputRef &output : outputs) {
        if (output.id > 0)
            stored.append(output);
    }
    if (m_store && !stored.isEmpty()) {
        // Checked when every one is a favourite already: the click then takes them all out.
        // What the click asks is what the artist sees (the tick as the click leaves it).
        QAction *favourite = menu->addAction(tr("Favourite"));
        connect(favourite, &QAction::triggered, this, [this, stored](bool checked) { setFavourite(stored, checked); });
        favourite->setObjectName(u"actionFavourite"_s);
        favourite->setCheckable(true);
        QList<qint64> ids;
        for (const OutputRef &output : std::as_const(stored))
            ids.append(output.id);
        tickFavourite(favourite, ids);
        QAction *tags = menu->addAction(tr("Tags…"), this, [this, stored] { editTagsOfAll(stored); });
        tags->setObjectName(u"actionTags"_s);
        menu->addSeparator();
    }
    add(tr("Move %n to Trash", "", n), "actionTrash",
        [](OutputActions *self, const QList<OutputRef> &chosen) { self->moveAllToTrash(chosen); });
    return menu;
}

void OutputActions::copyFilePaths(const QList<OutputRef> &outputs)
{
    // One path a line as text; the files as URLs, for file managers.
    QStringList paths;
    QList<QUrl> urls;
    for (const OutputRef &output : outputs) {
        paths.append(QDir::toNativeSeparators(output.path));
        urls.append(QUrl::fromLocalFile(output.path));
    }
    auto *mime = new QMimeData;
    mime->setUrls(urls);
    mime->setText(paths.join(u'\n'));
    QApplication::clipboard()->setMimeData(mime);
}

void OutputActions::openContainingFolders(const QList<OutputRef> &outputs)
{
    // Each folder once, and a bound: a selection of a thousand is not a thousand windows.
    QStringList folders;
    for (const OutputRef &output : outputs) {
        const QString folder = QFileInfo(output.path).absolutePath();
        if (!folders.contains(folder))
            folders.append(folder);
    }
    constexpr int maxWindows = 8;
    for (const QString &folder : folders.mid(0, maxWindows)) {
        if (!launch(QUrl::fromLocalFile(folder))) {
            emit messageRaised(tr("No file manager could be started to show %1.").arg(QDir::toNativeSeparators(folder)));
            return;
        }
    }
    if (folders.size() > maxWindows)
        emit messageRaised(tr("Opened the first %1 of %n folder(s).", "", int(folders.size())).arg(maxWindows));
}

QMimeData *OutputActions::mimeData(const OutputRef &output, const QImage &image)
{
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(output.path)});
    mime->setText(QDir::toNativeSeparators(output.path));
    if (!image.isNull())
        mime->setImageData(image);
    return mime;
}

void OutputActions::copyImage(const OutputRef &output)
{
    // Decoded off the GUI thread; the clipboard is filled when the pixels are ready.
    const QString path = output.path;
    const auto decode = QtConcurrent::run([path] {
        if (!PngChunkScreen::fileProblem(path).isEmpty())
            return QImage();
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (!size.isValid() || qint64(size.width()) * size.height() > maxClipboardPixels)
            return QImage();
        return reader.read();
    });
    onFinished(decode, this, [this, output](const QImage &image) {
        QApplication::clipboard()->setMimeData(mimeData(output, image));
        emit messageRaised(image.isNull() ? tr("Copied the file %1 (its pixels could not be read).")
                                                .arg(output.displayName())
                                          : tr("Copied %1 to the clipboard.").arg(output.displayName()));
    });
}

void OutputActions::copyFilePath(const OutputRef &output)
{
    QApplication::clipboard()->setText(QDir::toNativeSeparators(output.path));
}

void OutputActions::openContainingFolder(const OutputRef &output)
{
    const QString folder = QFileInfo(output.path).absolutePath();
    if (!launch(QUrl::fromLocalFile(folder)))
        emit messageRaised(tr("No file manager could be started to show %1.").arg(QDir::toNativeSeparators(folder)));
}

void OutputActions::openWith(const OutputRef &output)
{
    if (!QFileInfo::exists(output.path)) {
        emit messageRaised(tr("%1 is no longer there.").arg(QDir::toNativeSeparators(output.path)));
        return;
    }
    if (!launch(QUrl::fromLocalFile(output.path))) {
        emit messageRaised(tr("No application is set up to open %1 on this system. "
                              "Copy its path (right-click › Copy File Path) and open it from your editor.")
                               .arg(QFileInfo(output.path).fileName()));
    }
}

void OutputActions::useSettings(const OutputRef &output)
{
    // The job's JSON (big for a large graph) on the actions' worker, and the file's own
    // embedded copy where the library has none: never on the GUI thread.
    const QString path = output.path;
    const auto fromFile = [](const QString &file) {
        const EmbeddedWorkflow embedded = readEmbeddedWorkflow(file);
        return QVariantList{embedded.apiJson, embedded.workflowJson};
    };
    const auto use = [this, output](const QVariantList &values) {
        const QByteArray api = values.value(0).toByteArray();
        if (!api.isEmpty())
            emit useSettingsRequested(api, values.value(1).toByteArray());
        else
            emit messageRaised(tr("%1 carries no workflow.").arg(output.displayName()));
    };
    if (m_store && output.id > 0) {
        const qint64 id = output.id;
        editor()->edit(
            [id, path, fromFile](LibraryIndex &index, GalleryWorker::EditResult &result) {
                const auto record = index.output(id);
                const auto job = record ? index.job(record->promptId) : std::nullopt;
                if (job && !job->apiJson.isEmpty())
                    result.values = {job->apiJson, job->workflowJson};
                else // not in the library (or no job record): the file's own copy
                    result.values = fromFile(path);
            },
            [use](const GalleryWorker::EditResult &result) { use(result.values); });
        return;
    }
    onFinished(QtConcurrent::run([path, fromFile] { return fromFile(path); }), this, use);
}

void OutputActions::showWorkflow(const OutputRef &output)
{
    if (!m_store || output.id <= 0) {
        emit showWorkflowRequested(output.path, {});
        return;
    }
    // The job's prompt is read on the actions' worker, not on the GUI thread.
    const qint64 id = output.id;
    editor()->edit(
        [id](LibraryIndex &index, GalleryWorker::EditResult &result) {
            const auto record = index.output(id);
            if (const auto job = record ? index.job(record->promptId) : std::nullopt)
                result.values = {job->apiJson};
        },
        [this, path = output.path](const GalleryWorker::EditResult &result) {
            emit showWorkflowRequested(path, result.values.value(0).toByteArray());
        });
}

} // namespace Easel
