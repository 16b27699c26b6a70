#pragma once

#include "outputref.h"

#include <QImage>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>

#include <functional>

QT_BEGIN_NAMESPACE
class QAction;
class QMenu;
class QMimeData;
class QUrl;
class QWidget;
QT_END_NAMESPACE

namespace Easel {

class GalleryWorker;
class OutputStore;

// The one set of actions on an output, wherever it appears (viewer, filmstrip, library,
// compare): the same menu, the same words, the same behaviour. Work that reads files runs
// off the GUI thread; what cannot be done is said in the window (messageRaised), never
// only on stderr.
class OutputActions : public QObject
{
    Q_OBJECT
public:
    // The store may be null (no library): library-only actions are then left out.
    OutputActions(OutputStore *store, QWidget *window);

    OutputStore *store() const { return m_store; }

    // The context menu for one output; the caller execs (or pops up) and deletes it.
    QMenu *createMenu(const OutputRef &output, QWidget *parent);
    // The menu for several at once (the library's multi-selection): the same words, for the
    // actions that mean something on many; Compare when exactly two are chosen. One output
    // gets the one-output menu.
    QMenu *createMenu(const QList<OutputRef> &outputs, QWidget *parent);
    // What a drag or a copy carries: the file's URL (file managers, browsers, mail), its
    // path as text, and the pixels when they are at hand (image editors, chat programs).
    static QMimeData *mimeData(const OutputRef &output, const QImage &image = {});

    void copyImage(const OutputRef &output);
    void copyFilePath(const OutputRef &output);
    void openContainingFolder(const OutputRef &output);
    // The system's application for the file: the only place the system viewer is used.
    void openWith(const OutputRef &output);
    void useSettings(const OutputRef &output);
    void showWorkflow(const OutputRef &output);
    void toggleFavourite(const OutputRef &output);
    void editTags(const OutputRef &output);
    // To the trash (a hidden folder of the library where there is none), then out of the
    // index, on the actions' worker (file and index off the GUI thread): outputTrashed for
    // each one moved, a message for each that could not be (it stays where it was).
    void moveToTrash(const OutputRef &output);

    // The same on several outputs.
    void copyFilePaths(const QList<OutputRef> &outputs);
    void openContainingFolders(const QList<OutputRef> &outputs);
    void setFavourite(const QList<OutputRef> &outputs, bool favourite);
    void editTagsOfAll(const QList<OutputRef> &outputs);
    void moveAllToTrash(const QList<OutputRef> &outputs);

    // Opens URLs (QDesktopServices::openUrl by default). Replaceable so a test can see a
    // launch fail the way it does on a machine without a viewer.
    using Launcher = std::function<bool(const QUrl &url)>;
    void setLauncher(Launcher launcher);
    using TrashFunction = std::function<bool(const QString &path, QString *pathInTrash)>;
    void setTrashFunction(TrashFunction trash);

signals:
    // A line for the status bar: what went wrong and what to do next, or what was done.
    void messageRaised(const QString &message);
    // workflowJson: the job's saved workflow, when it has one (its text as written).
    void useSettingsRequested(const QByteArray &apiPromptJson, const QByteArray &workflowJson);
    void showWorkflowRequested(const QString &path, const QByteArray &apiPromptJson);
    // "Use as input": put this output into an image input of the open workflow.
    void useAsInputRequested(const Easel::OutputRef &output);
    void compareRequested(const Easel::OutputRef &output);
    // Compare the two chosen together (the first is the reference, on the left).
    void compareTwoRequested(const Easel::OutputRef &first, const Easel::OutputRef &second);
    void detailsRequested(const Easel::OutputRef &output);
    void favouriteChanged(qint64 id, bool favourite);
    // The output's tags as written (for the galleries' rows, which hold them).
    void tagsChanged(qint64 id, const QStringList &tags);
    void outputTrashed(const Easel::OutputRef &output, const QString &pathInTrash);

private:
    bool launch(const QUrl &url);
    // Favourites and tags are written by a gallery worker of their own (made when first
    // asked), never on the GUI thread; the views follow at once and go back if it failed.
    GalleryWorker *editor();
    void writeFavourites(const QList<qint64> &ids, bool favourite);
    // Ticks a menu's Favourite when all of the outputs are favourites, read on editor().
    void tickFavourite(QAction *action, const QList<qint64> &ids);
    void writeTags(const QList<qint64> &ids, const QStringList &add, const QStringList &remove);
    // The tag dialog of these outputs, once their tags are read off the GUI thread.
    void openTagDialog(const QList<qint64> &ids);
    void trash(const QList<OutputRef> &outputs);
    void reportTrashed(const QList<OutputRef> &outputs, const QVariantList &where);

    OutputStore *m_store;
    GalleryWorker *m_editor = nullptr;
    // Favourites asked and not written yet: the last value asked and how many writes are
    // out. A toggle of one of them flips what the artist sees, not the index's older value.
    struct FavouriteWrite
    {
        bool favourite = false;
        int writes = 0;
    };
    QHash<qint64, FavouriteWrite> m_favouritesWriting;
    QPointer<QWidget> m_window;
    Launcher m_launcher;
    TrashFunction m_trash;
};

} // namespace Easel
