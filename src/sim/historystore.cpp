#include "historystore.h"

namespace Easel::Sim {

void HistoryStore::add(const QString &promptId, const JsonTree &entry)
{
    m_entries.remove(promptId);
    m_entries.insert(promptId, entry);
    while (m_entries.size() > 10000)
        m_entries.remove(m_entries.keys().constFirst());
}

JsonTree HistoryStore::entry(const QString &promptId) const
{
    JsonTree result = JsonTree::object();
    if (const JsonTree *e = m_entries.find(promptId))
        result.insert(promptId, *e);
    return result;
}

JsonTree HistoryStore::list(int maxItems, int offset) const
{
    const int count = m_entries.size();
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
        result.insert(m_entries.keys().at(i), m_entries.at(i));
    return result;
}

void HistoryStore::remove(const QString &promptId)
{
    m_entries.remove(promptId);
}

void HistoryStore::clear()
{
    m_entries = JsonTree::object();
}

} // namespace Easel::Sim
