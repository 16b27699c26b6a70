#pragma once

#include <QSortFilterProxyModel>

#include <vector>

namespace Easel {

class WorkflowModel;
struct DocumentNode;

// Filters the editor's tree by text (a node shows with all its inputs when its own text
// matches, else with the inputs that match) and, in the Simple view, to favourite and
// exposed nodes (or the common inputs when the workflow exposes none).
//
// Built for a keystroke on a 10,000-node document within a frame: the lower-case search
// keys are prepared once and kept up to date on edits; a needle that extends the previous
// one is tested only against the previous matches; a changed filter rebuilds the mapping
// in one layout change instead of QSortFilterProxyModel's row-range removals (quadratic
// over thousands of ranges); and hasChildren() answers from the match table instead of
// building a child mapping for every row the view lays out.
class WorkflowFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit WorkflowFilterModel(QObject *parent = nullptr);
    ~WorkflowFilterModel() override;

    void setFilterText(const QString &text);
    QString filterText() const { return m_needle; }
    void setSimpleView(bool simple);
    bool isSimpleView() const { return m_simple; }
    // A visitor's view (the kiosk), in the Simple view and in All: only values a person sets
    // (no link rows, no unconnected sockets, no node without such a value) and no node ids
    // or class names beside the node labels.
    void setVisitorView(bool visitor);
    bool isVisitorView() const { return m_visitor; }
    // Whether the Simple view of the current document shows anything (it is where a
    // workflow opens when it does).
    bool simpleViewHasInputs();
    void setSourceModel(QAbstractItemModel *model) override;

    bool hasChildren(const QModelIndex &parent = {}) const override;
    // The Simple and the visitor's view name a node by its label alone: its value column
    // says only what a person needs (bypassed, muted, not installed), not "KSampler #3".
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Nodes: what matters first (ParameterLabels::rank: positive prompts, negative prompts,
    // samplers, size, model, LoRAs, images, the rest), else document order; inputs keep
    // the node's order.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void rebuildKeys();
    void updateKeys(int node);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void matchNeedle(bool narrowing);
    bool matchNode(int node);
    bool acceptsRow(int sourceRow, const QModelIndex &sourceParent) const;
    bool isValueInput(int node, int input) const;
    void computeSimple();
    QString innerNodeKey(const DocumentNode &node) const;
    bool innerNodeMatches(const QString &nodeId) const;
    bool acceptsInnerRow(int sourceRow, const QModelIndex &sourceParent) const;
    bool isInnerRow(int sourceRow, const QModelIndex &sourceParent) const;
    void rebuildRanks();

    WorkflowModel *m_model = nullptr;
    QList<QMetaObject::Connection> m_connections;
    QString m_needle;
    bool m_simple = false;
    bool m_visitor = false;

    // Search keys, lower case: per node its title, class and "#id"; per input its name and
    // value; and per node everything joined, so a node without a match costs one search.
    std::vector<QString> m_nodeKey;
    std::vector<QString> m_allKey;
    std::vector<std::vector<QString>> m_inputKey;
    std::vector<QString> m_innerKey; // a subgraph node's: the keys of the nodes inside it

    // Matches of m_needle (valid while m_matched is); m_candidates are the nodes that
    // match, ascending, which the next, longer needle needs to look at only.
    std::vector<char> m_nodeMatch;
    std::vector<std::vector<char>> m_inputMatch;
    std::vector<char> m_anyInputMatch;
    std::vector<char> m_innerMatch;
    std::vector<int> m_candidates;
    bool m_matched = false;    // the tables above hold m_needle's matches
    bool m_narrowable = false; // and no search key changed since

    // The Simple view's rows (computed while it is on) and the favourites they follow.
    std::vector<char> m_simpleNode;
    std::vector<std::vector<char>> m_simpleInput;
    std::vector<char> m_favourite;
    std::vector<int> m_rank; // per source node row
};

} // namespace Easel
