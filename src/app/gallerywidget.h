#pragma once

#include "galleryquery.h"
#include "viewer/outputref.h"

#include <QHash>
#include <QThreadPool>
#include <QWidget>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListView;
class QSlider;
QT_END_NAMESPACE

namespace Easel {

class GalleryModel;
class OutputActions;
class OutputDetailDialog;
class OutputStore;
class ThumbnailProvider;
struct OutputRecord;

// The library as a grid of thumbnails: a virtualised QListView in icon mode over a
// GalleryModel that pages in from the index, with a filter bar (text, period or a custom
// date range, workflow, tag, server, favourites, sort) and a thumbnail size slider. Many can be selected; the context menu copies,
// reveals, favourites, exports, deletes (to the trash) and reuses an output's settings.
// Double-click opens OutputDetailDialog. Files dropped on the grid are read for an embedded
// workflow.
class GalleryWidget : public QWidget
{
    Q_OBJECT
public:
    // The store must be open and outlive the widget.
    explicit GalleryWidget(OutputStore *store, QWidget *parent = nullptr);
    ~GalleryWidget() override;

    GalleryModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QList<qint64> selectedIds() const;

    // Moves a file to the platform's trash and says where it went; QFile::moveToTrash by
    // default. Replaceable so a test can see what happens where there is no trash.
    using TrashFunction = std::function<bool(const QString &path, QString *pathInTrash)>;
    void setTrashFunction(TrashFunction trash);
    // The window's shared output actions: a single output's context menu is theirs (the
    // same menu as in the viewer); many selected get the library's batch actions.
    void setOutputActions(OutputActions *actions);
    // Where outputs go when the platform has no trash (or refuses): never a plain delete.
    QString fallbackTrashDirectory() const;

    void useSettings(qint64 outputId);
    OutputDetailDialog *openDetail(qint64 outputId);
    // The two selected outputs side by side under the slider (the current one on the left).
    OutputDetailDialog *compareSelected();
    void copySeed(qint64 outputId);
    void copyImage(qint64 outputId);
    void revealInFolder(qint64 outputId);
    // To the trash, then out of the index and the grid; a file that cannot be moved stays
    // in the library and in the index.
    void deleteSelected();
    void exportSelected(const QString &directory);
    // Opens TagDialog for the selected outputs; its changes go to the index on OK.
    void editTagsOfSelection();
    void applyTags(const QList<qint64> &ids, const QStringList &add, const QStringList &remove);
    // Also shows what another store writes into the same library as it stores it: a
    // farm's servers each save through a store of their own. Not owned.
    void followStore(OutputStore *store);
    // Re-reads the tags, workflows and servers offered by the filter lists, keeping the choice.
    void refreshFilterLists();
    // Names to show for servers (base URL -> a connection profile's name) in the server
    // filter; a server without one is shown by its address.
    void setServerDisplayNames(const QHash<QString, QString> &names);

signals:
    // "Use these settings": the job's API prompt as queued (exact text, 64-bit seeds
    // intact), its saved-format workflow (may be empty) and the seed it used.
    void useSettingsRequested(const QByteArray &apiPromptJson, const QByteArray &workflowJson,
                              const QString &seed);
    // A PNG (or other image) with an embedded workflow was dropped or opened.
    void workflowFileOpened(const QString &path, const QByteArray &apiPromptJson,
                            const QByteArray &workflowJson);
    // Double-click: show this output in the window's viewer (when connected; otherwise
    // the detail dialog opens).
    void outputOpened(const Easel::OutputRef &output);
    // A plain click on an item (it selects; the viewer takes it when it waits for the
    // second output of a comparison).
    void outputClicked(const Easel::OutputRef &output);
    // "Compare the two selected", where a viewer is connected (else the detail dialog).
    void compareRequested(const Easel::OutputRef &left, const Easel::OutputRef &right);
    // Where deleted outputs went (the trash, or fallbackTrashDirectory()).
    void outputsTrashed(const QStringList &pathsInTrash);
    // An export is done: the files that could not be copied (none when all were).
    void exported(const QStringList &failed);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // Calls done with the output as the library holds it (its row, or read on the model's
    // worker when not held), or nothing when it is not in the library.
    void withOutput(qint64 outputId, std::function<void(const std::optional<GalleryRow> &)> done);
    // Fills the filter lists with names read on the model's worker, keeping the choice.
    void fillFilterLists(const QStringList &workflows, const QStringList &tags, const QStringList &servers);
    void applyFilter();
    void noteRowsInUse();
    void addStored(const OutputRecord &record);
    void showContextMenu(const QPoint &position);
    void setThumbnailSize(int pixels);
    qint64 currentId() const;

    OutputStore *m_store;
    ThumbnailProvider *m_thumbnails;
    GalleryModel *m_model;
    QListView *m_view;
    QLineEdit *m_search;
    QComboBox *m_period;
    QDateEdit *m_fromDate;
    QDateEdit *m_toDate;
    QComboBox *m_workflow;
    QComboBox *m_tag;
    QComboBox *m_server;
    QComboBox *m_sort;
    QCheckBox *m_favourites;
    QSlider *m_size;
    TrashFunction m_trash;
    QThreadPool m_exports; // one thread: exports copy one after another, off the GUI thread
    QHash<QString, QString> m_serverNames;
    OutputActions *m_actions = nullptr;
    int m_deepestRowInUse = -1; // see noteRowsInUse
    bool m_filterListsReading = false; // a read of the filter lists is out on the worker
    bool m_filterListsStale = false;   // and another was asked meanwhile
};

} // namespace Easel
