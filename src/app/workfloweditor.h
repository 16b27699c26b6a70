#pragma once

#include "workflowautosave.h"
#include "workflowdocument.h"
#include "workflowfiltermodel.h"
#include "workflowmodel.h"

#include <QImage>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QMenu;
class QTimer;
class QUndoStack;
namespace Ui {
class WorkflowEditor;
}
QT_END_NAMESPACE

namespace Easel {

class ComfyClient;
class InputDelegate;
class InputThumbnails;
class NameColumnFit;
class NodeCatalogue;

// The workflow editor: a filterable tree of the open document's nodes and inputs with
// editors that know each input (InputDelegate), undo/redo, save, autosave, drag and drop,
// and the problems panel (validation as you type, the server's node_errors, nodes the
// server lacks). It does no network itself: uploads go out as uploadRequested() and come
// back through uploadFinished(); the queue path asks apiPromptJson() and then calls
// applyAfterQueue().
class WorkflowEditor : public QWidget
{
    Q_OBJECT
public:
    using Format = WorkflowDocument::Format;

    explicit WorkflowEditor(QWidget *parent = nullptr);
    ~WorkflowEditor() override;

    void setCatalogue(std::shared_ptr<const NodeCatalogue> catalogue);
    // For the pictures of image inputs (LoadImage) beside their file names.
    void setClient(ComfyClient *client);

    // Reads the file on a worker thread; opened() or openFailed() follows. Asks first when
    // the open document has unsaved edits (unless force).
    enum class OpenMode { AskToSave, Discard };
    void openFile(const QString &path, OpenMode mode = OpenMode::AskToSave);
    void setDocument(const WorkflowDocument &document);
    const WorkflowDocument &document() const;
    bool hasDocument() const;
    WorkflowModel *model() const { return m_model; }
    QString filePath() const;
    QString displayName() const; // the file name, for the window title with [*]

    QUndoStack *undoStack() const;
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    bool isModified() const;

    bool save(QString *error = nullptr);                  // to filePath() in its format, else Save As
    bool saveAs(const QString &path, Format format, QString *error = nullptr);
    bool saveAsWithDialog();
    // Before closing the document or the window: Save / Discard / Cancel when modified.
    bool confirmDiscard();
    void closeDocument(); // drops the document and its autosave

    // Queueing: the API prompt (conversion + validation, diagnostics out; the problems
    // panel shows them too), the saved workflow for extra_pnginfo (empty for API
    // documents), and control_after_generate after the server accepted the prompt.
    // parsed, when given, gets the same prompt as a tree (the queue keeps one; not parsed
    // again). A document unchanged since the last call (same revision and catalogue) is
    // not converted again: runs queued one after another reuse the prompt, its findings
    // and the saved workflow's text; any edit, undo or new catalogue converts afresh.
    QByteArray apiPromptJson(WorkflowDiagnostics *diagnostics = nullptr, JsonTree *parsed = nullptr);
    QByteArray savedWorkflowJson() const;
    // How many times apiPromptJson converted the document (tests: reuse and invalidation).
    int promptConversions() const { return m_promptConversions; }
    int applyAfterQueue();
    void setNodeErrors(const QList<InputError> &errors);
    void setRunningNode(const QString &nodeId);

    void jumpTo(const QString &nodeId, const QString &input = {});
    // Ctrl+F: the filter box, its text selected.
    void focusFilter();
    // In a window that has its own Queue (Ctrl+Enter) and Find (Ctrl+F) actions, the
    // editor's would make those keys ambiguous: it drops its own.
    void leaveShortcutsToWindow();

    // Image inputs (LoadImage's "image" and any with an upload button): node id and input.
    QList<std::pair<QString, QString>> imageInputs() const { return m_imageInputs; }
    // The image input of the current row, or an empty pair.
    std::pair<QString, QString> currentImageInput() const;

    static QStringList recentFiles();
    void populateRecentFilesMenu(QMenu *menu);
    // Autosaves a previous run left behind (crash); restoreAutosave opens one as modified.
    static QList<WorkflowAutosave::Recovery> pendingAutosaves();
    bool restoreAutosave(const WorkflowAutosave::Recovery &recovery, QString *error = nullptr);
    // Offers every pending autosave in a dialog; returns true when one was restored.
    bool offerAutosaves();

public slots:
    void uploadFinished(const QString &nodeId, const QString &input, const QString &serverName);
    void uploadFailed(const QString &nodeId, const QString &input, const QString &message);
    // Bytes of an upload into the input sent so far: shown on the input until it ends.
    void uploadProgress(const QString &nodeId, const QString &input, qint64 sent, qint64 total);
    // A line under the tree (red for an error), e.g. why a paste was refused.
    void showMessage(const QString &text, bool error) { showStatus(text, error); }

signals:
    // An upload into an input under way, shown on it (percent of the request sent).
    void uploadProgressShown(const QString &nodeId, const QString &input, int percent);
    void modifiedChanged(bool modified);
    void documentChanged(); // a new document (opened, restored, closed)
    void opened(const QString &path);
    void openFailed(const QString &path, const QString &message);
    void saved(const QString &path);
    void recentFilesChanged();
    void uploadRequested(const QString &nodeId, const QString &input, const QString &localPath);
    void queueRequested(); // Ctrl+Enter
    // Image inputs you can work on: the thumbnail was clicked (or Edit Mask… chosen), Ctrl+V
    // was pressed (empty ids: no image input is current), pictures were dropped on an input.
    void maskEditRequested(const QString &nodeId, const QString &input);
    void imagePasteRequested(const QString &nodeId, const QString &input);
    void imageDropped(const QString &nodeId, const QString &input, const QList<QUrl> &urls, const QImage &image);
    void validated();      // the findings of the current document are shown
    // The tree's current row is on another node (an input row counts as its node); empty
    // when no row is current.
    void currentNodeChanged(const QString &nodeId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void addRecentFile(const QString &path);
    void updateErrorPanel();
    void showStatus(const QString &text, bool error = false);
    void expandForView();
    void validate(); // on a worker thread; validated() follows
    void collectImageInputs();
    void refreshThumbnails();
    void refilter(const std::function<void()> &change);
    void showContextMenu(const QPoint &pos);
    // The catalogue picker, then the new node after or before the anchor (one undo step).
    void addNode(const QString &anchorId, StructureEdit::Placement placement);
    void submitStructureEdit(const QString &nodeId, const QString &input,
                             const WorkflowModel::StructureRequest &request);
    QModelIndex currentSourceIndex() const;
    void scheduleAutosave();
    std::pair<QString, QString> imageInputAt(const QPoint &editorPos) const;

    std::unique_ptr<Ui::WorkflowEditor> m_ui;
    WorkflowModel *m_model;
    WorkflowFilterModel *m_filter;
    InputDelegate *m_delegate;
    InputThumbnails *m_thumbnails;
    NameColumnFit *m_nameFit;
    QList<std::pair<QString, QString>> m_imageInputs; // node and input of every image input
    std::shared_ptr<const NodeCatalogue> m_catalogue;
    bool m_hasDocument = false;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QAction *m_findAction;
    QAction *m_queueAction;
    QTimer *m_validateTimer;
    QTimer *m_autosaveTimer;
    std::unique_ptr<WorkflowAutosave> m_autosave;
    quint64 m_openGeneration = 0;
    quint64 m_validation = 0; // the validation whose findings may be shown
    // The last conversion for the queue and the document state it was made from.
    struct ConvertedPrompt
    {
        bool valid = false;
        quint64 revision = 0;
        const NodeCatalogue *catalogue = nullptr;
        QByteArray json;
        JsonTree tree;
        WorkflowDiagnostics diagnostics;
        bool hasSaved = false; // saved below, made on first ask
        QByteArray saved;
    };
    bool convertedIsCurrent() const;
    mutable ConvertedPrompt m_converted;
    int m_promptConversions = 0;
};

} // namespace Easel
