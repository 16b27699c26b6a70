#include "historystore.h"

namespace Easel::Sim {

void HistoryStore::add(const QString &promptId, const JsonTree &entry)
{
    remove(promptId);
    m_entries.insert(promptId, entry);
    m_order.append(promptId);
    while (m_order.size() > 10000)
        m_entries.remove(m_order.takeFirst());
}

JsonTree HistoryStore::entry(const QString &promptId) const
{
    JsonTree result = JsonTree::object();
    if (const auto it = m_entries.constFind(promptId); it != m_entries.constEnd())
        result.insert(promptId, it.value());
    return result;
}

JsonTree HistoryStore::list(int maxItems, int offset) const
{
    const int count = size();
    int start = 0;
    int end = count;
    if (offset >= 0)
        start = offset;
    else if (maxItems >= 0)
        start = qMax(0, count - maxItems);
    if (maxItems >= 0)
        end = qMin(count, start + maxItems);
    JsonTree result = JsonTree::object();
    for (int i = start; i < end; ++i)
        result.insert(m_order.at(i), m_entries.value(m_order.at(i)));
    return result;
}

void HistoryStore::remove(const QString &promptId)
{
    if (m_entries.remove(promptId))
        m_order.removeOne(promptId);
}

void HistoryStore::clear()
{
    m_entries.clear();
    m_order.clear();
}

} // namespace Easel::Sim
