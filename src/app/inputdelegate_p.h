#pragma once

// InputDelegate's helpers that both its painting and its editors use.
#include "workflowmodel.h"

#include <QTreeView>

namespace Easel::InputDelegateDetail {

inline bool isNode(const QModelIndex &index)
{
    return index.data(WorkflowModel::KindRole).toInt() == WorkflowModel::NodeKind;
}

inline bool rowsMayDiffer(const QWidget *widget)
{
    const auto *tree = qobject_cast<const QTreeView *>(widget);
    return tree && !tree->uniformRowHeights();
}

} // namespace Easel::InputDelegateDetail
