#pragma once

#include <QObject>

class QTreeView;

namespace Easel {

// The workflow tree's name column as wide as its names need, up to a share of the tree,
// and the value column the rest. A fixed 240 px of the 408 px dock at 1366×768 left values
// 168 px: the seed's "⟳ randomize" was cut to "⟳ r…", a prompt wrapped every two words and
// the seed's editor showed three digits, beside names that needed 170 px. Once the user
// drags the column's edge, the width is theirs.
class NameColumnFit : public QObject
{
    Q_OBJECT
public:
    // At most this share of the tree's width for the names.
    static constexpr double maxShare = 0.45;

    NameColumnFit(QTreeView *tree, int column);
    // Measure the names again (a new document, rows shown or hidden).
    void refit();
    bool userSized() const { return m_userSized; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeView *m_tree;
    int m_column;
    bool m_fitting = false;
    bool m_userSized = false;
};

} // namespace Easel
