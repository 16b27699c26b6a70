#include "namecolumnfit.h"

#include <QEvent>
#include <QHeaderView>
#include <QTreeView>

#include <algorithm>

namespace Easel {

NameColumnFit::NameColumnFit(QTreeView *tree, int column)
    : QObject(tree)
    , m_tree(tree)
    , m_column(column)
{
    m_tree->viewport()->installEventFilter(this);
    connect(m_tree->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == m_column && !m_fitting)
            m_userSized = true; // a drag on the header (fitting sets the width itself)
    });
}

void NameColumnFit::refit()
{
    if (m_userSized || !m_tree->model())
        return;
    const int room = m_tree->viewport()->width();
    if (room <= 0)
        return;
    // The names as drawn (indentation, bold titles, ★ and warning icons): the delegate's
    // size hints of the rows laid out (QTreeView's own, protected there), plus the
    // header's own label.
    const int names = std::max(static_cast<const QAbstractItemView *>(m_tree)->sizeHintForColumn(m_column), m_tree->header()->sectionSizeHint(m_column));
    const int width = std::min(names, int(room * maxShare));
    if (width == m_tree->columnWidth(m_column))
        return;
    m_fitting = true;
    m_tree->setColumnWidth(m_column, width);
    m_fitting = false;
}

bool NameColumnFit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        refit();
    return QObject::eventFilter(watched, event);
}

} // namespace Easel
