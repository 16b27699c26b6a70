#pragma once

#include "parameterlabels.h"
#include "structureedit.h"
#include "workflowdocument.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <vector>

namespace Easel {

// A finding the editor shows on a node and input: from the server's node_errors after a
// rejected queue, or from validating the document as the user types.
struct InputError
{
    QString nodeId;
    QString inputName; // empty: about the whole node
    QString message;
    bool fromServer = false;
};

// The document as a tree for the editor: nodes (title, class, state, errors), under each
// its inputs (a value, or the link it takes), and under a subgraph node the nodes inside
// it (edits to them change the subgraph's definition). Column 0 names the row,
// column 1 holds the value. Every edit goes through the undo stack, and setData refuses
// values the input's spec does not allow (lastError() says why); nothing is clamped.
// Written in workflowmodel*.cpp: the rows' shape here, what they show and the findings
// (data), value edits and their undo (edits), structure edits (structure).
class WorkflowModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, ColumnCount };
    enum Kind { NodeKind, InputKind };
    enum Role {
        KindRole = Qt::UserRole + 1,
        NodeIdRole,
        InputNameRole,
        InputTypeRole,   // INT, FLOAT, STRING, BOOLEAN, COMBO, or a socket type
        ClassTypeRole,
        MinimumRole,     // QString, exact (seeds are 64-bit); invalid when none
        MaximumRole,
        StepRole,
        RoundRole,       // double; invalid when none
        ChoicesRole,     // QStringList (COMBO)
        MultilineRole,
        DynamicPromptsRole,
        UploadRole,      // "image", ... for inputs with an upload button
        HasControlRole,  // a seed-like input with control_after_generate
        ControlModeRole, // fixed, increment, decrement, randomize
        IsLinkRole,
        LinkNodeIdRole,
        ModeRole,        // node mode: 0 normal, 2 muted, 4 bypassed
        ErrorRole,       // messages, one per line; empty when none
        InvalidValueRole,// why the current value is invalid (out of range, not a choice)
        FavouriteRole,
        ExposedRole,
        KnownRole,
        RunningRole,
        ValueTextRole,   // the full value as text (multi-line strings whole)
        CustomTitleRole,
        ControlEditableRole, // may the control_after_generate mode be changed (EditRules)
        LabelRole,       // inputs: the label that stands alone ("Positive prompt", "Seed")
        RankRole,        // nodes: ParameterLabels::rank, what matters first is smaller
        LinkableRole,    // inputs: the value column chooses a link (linked, or a socket only)
        LinkSlotRole,    // inputs: the output slot of the link
    };
    Q_ENUM(Role)

    explicit WorkflowModel(QObject *parent = nullptr);
    ~WorkflowModel() override;

    void setDocument(const WorkflowDocument &document); // resets the model and the undo stack
    const WorkflowDocument &document() const { return m_document; }
    // The document's inputs in an artist's words (kept in step with titles and catalogue).
    const ParameterLabels &labels() const { return m_labels; }
    void setCatalogue(std::shared_ptr<const NodeCatalogue> catalogue);
    QUndoStack *undoStack() const { return m_undo; }

    QModelIndex nodeIndex(const QString &nodeId, int column = NameColumn) const;
    QModelIndex inputIndex(const QString &nodeId, const QString &input, int column = ValueColumn) const;
    // How many of parent's rows are nodes inside it (a subgraph node's; they follow its inputs).
    int innerNodeRows(const QModelIndex &parent) const;

    // Edits through the undo stack; false with lastError() when refused.
    bool setValue(const QString &nodeId, const QString &input, const JsonTree &value);
    bool setControlMode(const QString &nodeId, const QString &input, const QString &mode);
    bool setNodeMode(const QString &nodeId, int mode);
    bool setTitle(const QString &nodeId, const QString &title);
    bool setFavourite(const QString &nodeId, bool favourite);
    // Moves a saved workflow's node on the web UI's canvas (the graph map's drag); refused
    // for API prompts, which keep no positions.
    bool setNodePosition(const QString &nodeId, const QPointF &pos);
    // Structure edits (StructureEdit), each one undo step; refused ones leave the document
    // as it is and say why in lastError(). graph is a subgraph definition's id, or empty
    // for the workflow itself. insertNode and duplicateNode return the new node's id.
    QString insertNode(const QString &anchorId, const QString &classType, StructureEdit::Placement placement,
                       const QString &graph = {});
    bool removeNode(const QString &nodeId, const QString &graph = {});
    QString duplicateNode(const QString &nodeId, const QString &graph = {});
    bool connectInput(const QString &nodeId, const QString &input, const QString &sourceId, int sourceSlot,
                      const QString &graph = {});
    bool disconnectInput(const QString &nodeId, const QString &input, const QString &graph = {});
    // The same edits without holding the GUI thread: the edit and its check (two prompt
    // conversions, tens of milliseconds on a big workflow) run on a worker, on a copy of
    // the document; the result is pushed when it comes back valid. If the document changed
    // meanwhile (the user typed a value, undid something), the edit is made again on the
    // document as it is then, so that no edit is lost or undone by another. done() is
    // called on this thread with the outcome (lastError() says why it was refused) and the
    // new node's id for an insert or duplicate; not at all if the model goes first.
    using StructureRequest = std::function<StructureEdit::Result(const StructureEdit &)>;
    using StructureDone = std::function<void(bool ok, const QString &newNodeId)>;
    void submitStructureEdit(const QString &nodeId, StructureRequest request, StructureDone done,
                             const QString &graph = {});
    // Bumped by every change of the document (edits, undo, redo, a new document).
    quint64 revision() const { return m_revision; }
    // Several values as one undo step ("Use these settings"). Each is checked as setValue
    // checks it (edit guard, the input's spec); refused ones are left out and listed in
    // *refused as "node.input: why". Returns how many values changed.
    int setValues(const QList<WorkflowDocument::ValueChange> &changes, const QString &text,
                  QStringList *refused = nullptr);
    QString lastError() const { return m_lastError; }
    // An administrator's lock (kiosk mode), consulted before every user edit (setData and
    // the setters above, so the editor, dropped images and applied settings alike) and by
    // flags(). input is empty for node-level edits (title, mode, favourite); value is null
    // when the question is whether the input may be edited at all. It returns false with
    // *why set to refuse. applyAfterQueue() is the workflow's own control_after_generate
    // rule, not a user edit, and does not consult it.
    using EditGuard = std::function<bool(const QString &nodeId, const QString &input, const JsonTree *value,
                                         QString *why)>;
    void setEditGuard(EditGuard guard);
    bool mayEdit(const QString &nodeId, const QString &input) const;
    // An administrator's further rules (kiosk mode, KioskPolicy::install), each optional:
    // whether a control_after_generate mode may be set (setControlMode, ControlEditableRole);
    // the range and choices offered to the editors (Minimum/Maximum/ChoicesRole, narrowed
    // from the spec's); and what control_after_generate may write after a queue (change->
    // after may be replaced, false leaves the value as it is).
    struct EditRules
    {
        std::function<bool(const QString &nodeId, const QString &input, const QString &mode, QString *why)>
            controlMode;
        std::function<void(const QString &nodeId, const DocumentInput &input, JsonNumber *minimum,
                           JsonNumber *maximum, QStringList *choices)>
            offer;
        std::function<bool(const WorkflowDocument &document, WorkflowDocument::ValueChange *change)> afterQueue;
    };
    void setEditRules(EditRules rules);
    // control_after_generate, after a queue (one undoable step); returns the changes made.
    int applyAfterQueue();

    // Findings: the server's (kept until replaced; an edit clears the input's own) and the
    // validator's (revalidate()).
    void setServerErrors(const QList<InputError> &errors);
    void revalidate();
    // Shows the validator's findings computed elsewhere (a worker thread, or the queue's own
    // conversion) instead of validating here.
    void setDiagnostics(const WorkflowDiagnostics &diagnostics);
    QList<InputError> errors() const;
    WorkflowDiagnostics diagnostics() const { return m_diagnostics; }
    void setRunningNode(const QString &nodeId);

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Converts an editor's value to the input's JSON type (INT text stays exact).
    static JsonTree valueFromVariant(const DocumentInput &input, const QVariant &value, bool *ok);
    static QString valueText(const JsonTree &value);

signals:
    void errorsChanged();
    void documentEdited(); // after every applied edit, undo and redo

private:
    friend class WorkflowEditCommand;
    friend class StructureEditCommand;
    bool pushStructure(const QString &nodeId, const StructureEdit::Result &result);
    bool structureAllowed(const QString &nodeId);
    void runStructureEdit(const QString &nodeId, const StructureRequest &request, const StructureDone &done,
                          const QString &graph, int attempt);
    void replaceTree(const JsonTree &tree);
    enum class Edit { Value, ControlMode, Mode, Title, Favourite, Position };
    bool push(Edit edit, const QString &nodeId, const QString &input, const JsonTree &after, const QString &text);
    bool apply(Edit edit, const QString &nodeId, const QString &input, const JsonTree &value);
    JsonTree current(Edit edit, const QString &nodeId, const QString &input) const;
    QString linkText(const DocumentInput &input) const;
    const DocumentInput *inputAt(const QModelIndex &index) const;
    void rebuildSlots();
    const DocumentNode &nodeAtSlot(int slot) const;
    int slotOf(const QString &nodeId) const;
    int nodeSlotAt(const QModelIndex &index) const; // -1 for an input row
    QModelIndex slotIndex(int slot, int column) const;

    WorkflowDocument m_document;
    ParameterLabels m_labels;
    QUndoStack *m_undo;
    QString m_lastError;
    quint64 m_revision = 0;
    QString m_runningNode;
    EditGuard m_editGuard;
    EditRules m_editRules;
    QList<InputError> m_serverErrors;
    WorkflowDiagnostics m_diagnostics;
    QHash<QString, QStringList> m_errorText; // "node" or "node\x1finput" -> messages
    // The rows' shape (rebuildSlots): per node slot its parent's slot (-1 at the top), its
    // row under that parent, and the slots of the nodes inside it.
    std::vector<int> m_parentSlot;
    std::vector<int> m_rowInParent;
    std::vector<QList<int>> m_childSlots;
};

} // namespace Easel
